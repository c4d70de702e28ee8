#pragma once

#include "CaptureService.h"
#include "Privacy.h"

#include <QString>

class QPainter;

namespace comptoir {

// What a slip says: the verdict in big letters, then who and what.
struct SlipContent
{
    QString library; // where it was printed
    QString heading; // "Étagère des réservations", "Navette vers …"
    QString patron;  // as the privacy setting allows
    QString pickupCode;
    QString title;
    QString callNumber;
    QString barcode;
    QString destination; // library name for transits
    QString date;
};

SlipContent slipFor(const desk::CaptureResult& result, const QString& barcode, const QString& libraryName,
                    const QString& destinationName, desk::NameDisplay display, const QDateTime& now);

// Draws a slip on any paint device already begun (printer, PDF, image), within its viewport.
void renderSlip(QPainter& painter, const SlipContent& slip);

// The same slip as ESC/POS bytes for an 80 mm receipt printer (Windows-1252 text, the heading in
// double size, the item's barcode as Code 128, then a cut).
QByteArray escPosSlip(const SlipContent& slip);

// Writes one slip as a PDF page, 80 mm wide like a receipt. Returns false when the file cannot be written.
bool writeSlipPdf(const SlipContent& slip, const QString& path);

} // namespace comptoir
