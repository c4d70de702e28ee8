#pragma once

#include "print/SlipMarkup.h"
#include "print/TemplateStore.h"

#include <QImage>
#include <QString>

class QPainter;

namespace comptoir {

// A slip ready to print: its lines from a filled template, and a title for the PDF and the queue.
struct Slip
{
    QString title;
    QList<print::SlipLine> lines;
    bool isEmpty() const { return lines.isEmpty(); }
};

// Fills the library's template of that kind and reads its lines.
Slip makeSlip(const print::TemplateStore& templates, print::TemplateKind kind, const print::TemplateContext& context,
              const QString& title);

// Draws a slip on any paint device already begun (printer, PDF, image), within its viewport, and
// returns the height it used (device units).
int renderSlip(QPainter& painter, const Slip& slip);

// The slip as a picture, 80 mm wide at `dpi`, as tall as it needs (previews, screenshots).
QImage slipImage(const Slip& slip, int dpi = 150);

// The same slip as ESC/POS bytes for an 80 mm receipt printer.
QByteArray escPosSlip(const Slip& slip);

// Writes one slip as a PDF page, 80 mm wide like a receipt and as long as the slip. Returns false
// when the file cannot be written.
bool writeSlipPdf(const Slip& slip, const QString& path);

} // namespace comptoir
