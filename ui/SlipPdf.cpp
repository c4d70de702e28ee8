#include "SlipPdf.h"

#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace comptoir {

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
    const int width = painter.viewport().width();
    int y = 0;
    auto line = [&](const QString& text, int points, bool bold) {
        if (text.isEmpty())
            return;
        QFont font(QStringLiteral("DejaVu Sans"), points);
        font.setBold(bold);
        painter.setFont(font);
        const QRect box = painter.boundingRect(QRect(0, y, width, 10000), Qt::TextWordWrap, text);
        painter.drawText(box, Qt::TextWordWrap, text);
        y = box.bottom() + painter.fontMetrics().height() / 3;
    };
    line(slip.library, 8, false);
    line(slip.date, 8, false);
    y += 20;
    line(slip.heading, 16, true);
    if (!slip.destination.isEmpty() && !slip.heading.contains(slip.destination))
        line(slip.destination, 13, true);
    y += 20;
    line(slip.patron, 14, true);
    if (!slip.pickupCode.isEmpty())
        line(QObject::tr("Pickup code: %1").arg(slip.pickupCode), 11, false);
    y += 20;
    line(slip.title, 10, false);
    line(slip.callNumber, 12, true);
    line(slip.barcode, 9, false);
    return painter.end();
}

} // namespace comptoir
