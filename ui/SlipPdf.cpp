#include "SlipPdf.h"

#include "BarcodePainter.h"
#include "EscPos.h"

#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace comptoir {

namespace {

// The destination gets its own line unless the heading already names it ("Navette vers …").
bool destinationLine(const SlipContent& slip)
{
    return !slip.destination.isEmpty() && !slip.heading.contains(slip.destination);
}

} // namespace

SlipContent slipFor(const desk::CaptureResult& result, const QString& barcode, const QString& libraryName,
                    const QString& destinationName, desk::NameDisplay display, const QDateTime& now)
{
    SlipContent s;
    s.library = libraryName;
    s.heading = result.verdict.title;
    s.pickupCode = desk::pickupCode(result.outcome.holdPatronCard);
    if (!result.outcome.holdPatronName.isEmpty() || !s.pickupCode.isEmpty())
        s.patron = desk::displayName(result.outcome.holdPatronName, s.pickupCode, display);
    s.title = result.outcome.title;
    s.callNumber = result.outcome.callNumber;
    s.barcode = barcode;
    s.destination = destinationName;
    s.date = QLocale().toString(now.toLocalTime(), QLocale::ShortFormat);
    return s;
}

void renderSlip(QPainter& painter, const SlipContent& slip)
{
    const int width = painter.viewport().width();
    const qreal dpi = painter.device()->logicalDpiY();
    int y = 0;
    auto line = [&](const QString& text, int points, bool bold) {
        if (text.isEmpty())
            return;
        QFont font(QStringLiteral("DejaVu Sans"), points);
        font.setBold(bold);
        painter.setFont(font);
        const QRect box = painter.boundingRect(QRect(0, y, width, 100000), Qt::TextWordWrap, text);
        painter.drawText(box, Qt::TextWordWrap, text);
        y = box.bottom() + painter.fontMetrics().height() / 3;
    };
    const int gap = int(dpi / 12);
    line(slip.library, 8, false);
    line(slip.date, 8, false);
    y += gap;
    line(slip.heading, 16, true);
    if (destinationLine(slip))
        line(slip.destination, 13, true);
    y += gap;
    line(slip.patron, 14, true);
    if (!slip.pickupCode.isEmpty())
        line(QObject::tr("Pickup code: %1").arg(slip.pickupCode), 11, false);
    y += gap;
    line(slip.title, 10, false);
    line(slip.callNumber, 12, true);
    if (!slip.barcode.isEmpty()) {
        // The item's barcode, scannable at the shelf (Code 128, 12 mm high).
        const QRectF box(0, y, std::min<qreal>(width, dpi * 2.4), dpi * 12 / 25.4);
        if (drawBarcode(painter, box, Symbology::Code128, slip.barcode.toLatin1()).ok())
            y = int(box.bottom()) + gap / 2;
        line(slip.barcode, 9, false);
    }
}

QByteArray escPosSlip(const SlipContent& slip)
{
    print::EscPos job;
    job.initialize().codePage(16).justify(print::EscPos::Justify::Center);
    job.line(slip.library).line(slip.date).feed(1);
    job.bold(true).characterSize(2, 2).line(slip.heading).characterSize(1, 1);
    if (destinationLine(slip))
        job.line(slip.destination);
    job.bold(false).feed(1);
    if (!slip.patron.isEmpty())
        job.bold(true).characterSize(1, 2).line(slip.patron).characterSize(1, 1).bold(false);
    if (!slip.pickupCode.isEmpty())
        job.line(QObject::tr("Pickup code: %1").arg(slip.pickupCode));
    job.feed(1).line(slip.title).bold(true).line(slip.callNumber).bold(false);
    if (!slip.barcode.isEmpty()) {
        job.barcodeHeight(80).barcodeWidth(2).barcodeText(2);
        if (!job.barcode(print::EscPos::Barcode::Code128, "{B" + slip.barcode.toLatin1()).ok())
            job.line(slip.barcode);
    }
    job.feed(2).cut();
    return job.bytes();
}

bool writeSlipPdf(const SlipContent& slip, const QString& path)
{
    QPdfWriter pdf(path);
    if (!pdf.setPageSize(QPageSize(QSizeF(80, 120), QPageSize::Millimeter)))
        return false;
    pdf.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    pdf.setResolution(300);
    pdf.setTitle(slip.heading);
    pdf.setCreator(QStringLiteral("Comptoir"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    renderSlip(painter, slip);
    return painter.end();
}

} // namespace comptoir
