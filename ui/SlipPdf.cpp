#include "SlipPdf.h"

#include "BarcodePainter.h"

#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace comptoir {

namespace {

constexpr qreal SlipWidthMm = 80;
constexpr qreal MarginMm = 4;

int pointSize(print::SlipLine::Size size)
{
    switch (size) {
    case print::SlipLine::Size::Small:
        return 8;
    case print::SlipLine::Size::Big:
        return 15;
    case print::SlipLine::Size::Normal:
        break;
    }
    return 10;
}

} // namespace

Slip makeSlip(const print::TemplateStore& templates, print::TemplateKind kind, const print::TemplateContext& context,
              const QString& title)
{
    return {title, print::parseSlip(print::renderTemplate(templates.text(kind), context))};
}

int renderSlip(QPainter& painter, const Slip& slip)
{
    const int width = painter.viewport().width();
    const qreal dpi = painter.device()->logicalDpiY();
    const int gap = int(dpi / 16);
    int y = 0;
    for (const print::SlipLine& line : slip.lines) {
        const Qt::Alignment align = line.align == print::SlipLine::Align::Center  ? Qt::AlignHCenter
                                    : line.align == print::SlipLine::Align::Right ? Qt::AlignRight
                                                                                  : Qt::AlignLeft;
        switch (line.kind) {
        case print::SlipLine::Kind::Text: {
            QFont font(QStringLiteral("DejaVu Sans"), pointSize(line.size));
            font.setBold(line.bold);
            painter.setFont(font);
            const int flags = int(align) | Qt::TextWordWrap;
            const QRect box = painter.boundingRect(QRect(0, y, width, 100000), flags, line.text);
            painter.drawText(QRect(0, y, width, box.height()), flags, line.text);
            y += box.height() + gap / 3;
            break;
        }
        case print::SlipLine::Kind::Barcode:
        case print::SlipLine::Kind::Qr: {
            const bool qr = line.kind == print::SlipLine::Kind::Qr;
            // A long QR text (a crate manifest) has small modules: its symbol grows with it, up to
            // the slip's width, so each module stays near half a millimetre.
            const qreal side =
                std::min<qreal>(width, std::max(dpi * (line.size == print::SlipLine::Size::Big ? 1.2 : 0.8),
                                                qr ? dpi * qreal(line.text.size()) / 500 : 0.0));
            const qreal w = qr ? side : std::min<qreal>(width, dpi * 2.4);
            const qreal h = qr ? side : dpi * 12 / 25.4; // Code 128, 12 mm high
            const qreal x = align == Qt::AlignHCenter ? (width - w) / 2 : align == Qt::AlignRight ? width - w : 0;
            const QRectF box(x, y, w, h);
            if (drawBarcode(painter, box, qr ? Symbology::QrCode : Symbology::Code128, line.text.toUtf8()).ok())
                y = int(box.bottom()) + gap / 2;
            if (!qr) { // the digits under the bars, for when the scanner fails
                QFont font(QStringLiteral("DejaVu Sans"), 8);
                painter.setFont(font);
                const QRect text(0, y, width, painter.fontMetrics().height());
                painter.drawText(text, int(align), line.text);
                y = text.bottom() + gap;
            }
            break;
        }
        case print::SlipLine::Kind::Rule:
            y += gap / 2;
            painter.drawLine(0, y, width, y);
            y += gap;
            break;
        case print::SlipLine::Kind::Feed:
            y += painter.fontMetrics().height();
            break;
        case print::SlipLine::Kind::Cut:
            break;
        }
    }
    return y;
}

QImage slipImage(const Slip& slip, int dpi)
{
    const int width = int(SlipWidthMm / 25.4 * dpi);
    const int margin = int(MarginMm / 25.4 * dpi);
    const int dotsPerMeter = int(dpi / 0.0254);
    QImage probe(width, 20000, QImage::Format_RGB32);
    probe.setDotsPerMeterX(dotsPerMeter);
    probe.setDotsPerMeterY(dotsPerMeter);
    int height = 0;
    {
        QPainter painter(&probe);
        painter.setViewport(margin, margin, width - 2 * margin, 20000);
        painter.setWindow(0, 0, width - 2 * margin, 20000);
        height = renderSlip(painter, slip);
    }
    QImage image(width, height + 2 * margin, QImage::Format_RGB32);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setViewport(margin, margin, width - 2 * margin, height);
    painter.setWindow(0, 0, width - 2 * margin, height);
    renderSlip(painter, slip);
    return image;
}

QByteArray escPosSlip(const Slip& slip)
{
    return print::slipToEscPos(slip.lines);
}

bool writeSlipPdf(const Slip& slip, const QString& path)
{
    // The page is as long as the slip: measured at the PDF's resolution first.
    const QImage measured = slipImage(slip, 300);
    const qreal heightMm = std::max<qreal>(60, measured.height() / 300.0 * 25.4 + 2 * MarginMm);
    QPdfWriter pdf(path);
    if (!pdf.setPageSize(QPageSize(QSizeF(SlipWidthMm, heightMm), QPageSize::Millimeter)))
        return false;
    pdf.setPageMargins(QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    pdf.setResolution(300);
    pdf.setTitle(slip.title);
    pdf.setCreator(QStringLiteral("Comptoir"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    renderSlip(painter, slip);
    return painter.end();
}

} // namespace comptoir
