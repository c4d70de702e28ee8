#include "print/SlipMarkup.h"

#include "print/EscPos.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace comptoir::print {

QList<SlipLine> parseSlip(const QString& filled)
{
    QList<SlipLine> lines;
    qsizetype from = 0;
    while (from <= filled.size()) {
        qsizetype end = filled.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = filled.size();
        QStringView text = QStringView(filled).mid(from, end - from);
        from = end + 1;
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (text.startsWith(QLatin1Char('#')))
            continue;
        SlipLine line;
        for (int directives = 0; directives < MaxDirectivesPerLine && text.startsWith(QLatin1Char('[')); ++directives) {
            const qsizetype close = text.indexOf(QLatin1Char(']'));
            if (close < 0)
                break;
            const QString word = text.mid(1, close - 1).trimmed().toString().toLower();
            if (word == QLatin1String("center"))
                line.align = SlipLine::Align::Center;
            else if (word == QLatin1String("left"))
                line.align = SlipLine::Align::Left;
            else if (word == QLatin1String("right"))
                line.align = SlipLine::Align::Right;
            else if (word == QLatin1String("bold"))
                line.bold = true;
            else if (word == QLatin1String("big"))
                line.size = SlipLine::Size::Big;
            else if (word == QLatin1String("small"))
                line.size = SlipLine::Size::Small;
            else if (word == QLatin1String("barcode"))
                line.kind = SlipLine::Kind::Barcode;
            else if (word == QLatin1String("qr"))
                line.kind = SlipLine::Kind::Qr;
            else if (word == QLatin1String("rule"))
                line.kind = SlipLine::Kind::Rule;
            else if (word == QLatin1String("feed"))
                line.kind = SlipLine::Kind::Feed;
            else if (word == QLatin1String("cut"))
                line.kind = SlipLine::Kind::Cut;
            else
                break; // not a directive: "[" is part of the text
            text = text.mid(close + 1);
        }
        line.text = text.trimmed().toString();
        const bool needsText = line.kind == SlipLine::Kind::Text || line.kind == SlipLine::Kind::Barcode ||
                               line.kind == SlipLine::Kind::Qr;
        if (needsText && line.text.isEmpty())
            continue; // an empty line, or an optional field left empty
        if (lines.size() >= MaxSlipLines) {
            SlipLine more;
            more.text = QStringLiteral("…");
            lines.append(more);
            break;
        }
        lines.append(line);
    }
    return lines;
}

int slipColumns(SlipLine::Size size)
{
    switch (size) {
    case SlipLine::Size::Small:
        return 64;
    case SlipLine::Size::Big:
        return SlipColumns / 2;
    case SlipLine::Size::Normal:
        break;
    }
    return SlipColumns;
}

QByteArray slipToEscPos(const QList<SlipLine>& lines)
{
    return renderEscPos(lines).bytes;
}

// Dots per module for a QR code of `bytes` bytes (byte mode, level L, as EscPos::qrCode asks):
// the preferred size, smaller when the symbol and its quiet zone would not fit the 576 dots of an
// 80 mm printer (a crate manifest of 1,800 bytes is version 31: 141 modules, 3 dots each).
int qrModuleDots(qsizetype bytes, int preferred)
{
    static constexpr int Capacity[40] = {17,   32,   53,   78,   106,  134,  154,  192,  230,  271,
                                         321,  367,  425,  458,  520,  586,  644,  718,  792,  858,
                                         929,  1003, 1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732,
                                         1840, 1952, 2068, 2188, 2303, 2431, 2563, 2699, 2809, 2953};
    int version = 40;
    for (int v = 0; v < 40; ++v)
        if (Capacity[v] >= bytes) {
            version = v + 1;
            break;
        }
    const int modules = 17 + 4 * version + 8; // quiet zone of 4 modules each side
    return std::max(1, std::min(preferred, 576 / modules));
}

EscPosSlip renderEscPos(const QList<SlipLine>& lines)
{
    QStringList warnings;
    EscPos job;
    job.initialize().codePage(16);
    bool cutLast = false;
    for (const SlipLine& line : lines) {
        cutLast = false;
        job.justify(line.align == SlipLine::Align::Center  ? EscPos::Justify::Center
                    : line.align == SlipLine::Align::Right ? EscPos::Justify::Right
                                                           : EscPos::Justify::Left);
        switch (line.kind) {
        case SlipLine::Kind::Text:
            job.bold(line.bold);
            if (line.size == SlipLine::Size::Big)
                job.characterSize(2, 2);
            else if (line.size == SlipLine::Size::Small)
                job.font(1);
            job.line(line.text);
            if (line.size == SlipLine::Size::Big)
                job.characterSize(1, 1);
            else if (line.size == SlipLine::Size::Small)
                job.font(0);
            if (line.bold)
                job.bold(false);
            break;
        case SlipLine::Kind::Barcode:
            job.barcodeHeight(80).barcodeWidth(2).barcodeText(2);
            if (!job.code128(line.text).ok()) {
                job.line(line.text); // a code the printer cannot draw is at least readable
                warnings << QCoreApplication::translate(
                                "SlipMarkup", "%1 cannot be printed as a barcode or QR code: printed as text.")
                                .arg(line.text);
            }
            break;
        case SlipLine::Kind::Qr: {
            const QByteArray data = line.text.toUtf8();
            if (data.size() > MaxQrBytes) {
                job.line(line.text); // more than a QR code holds: at least readable
                warnings << QCoreApplication::translate(
                                "SlipMarkup", "%1 cannot be printed as a barcode or QR code: printed as text.")
                                .arg(line.text.left(40) + QStringLiteral("…"));
                break;
            }
            job.qrCode(data, qrModuleDots(data.size(), line.size == SlipLine::Size::Big ? 6 : 4));
            job.line();
            break;
        }
        case SlipLine::Kind::Rule:
            job.line(QString(SlipColumns, QLatin1Char('-')));
            break;
        case SlipLine::Kind::Feed:
            job.feed(1);
            break;
        case SlipLine::Kind::Cut:
            job.feed(2).cut();
            cutLast = true;
            break;
        }
    }
    if (!cutLast)
        job.feed(2).cut();
    return {job.bytes(), warnings};
}

QString slipPlainText(const QList<SlipLine>& lines)
{
    QStringList text;
    for (const SlipLine& line : lines)
        if (line.kind == SlipLine::Kind::Text || line.kind == SlipLine::Kind::Barcode)
            text << line.text;
    return text.join(QLatin1Char('\n'));
}

} // namespace comptoir::print
