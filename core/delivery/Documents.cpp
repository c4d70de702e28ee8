#include "delivery/DeliveryService.h"

#include <QCoreApplication>
#include <QLocale>

namespace comptoir::delivery {

namespace {

QString tr(const char* s, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("comptoir::delivery", s, disambiguation, n);
}

// The code points of Windows-1252's bytes 0x80–0x9F (0 where the byte is undefined).
constexpr char16_t High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                               0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                               0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// A CSV field: quoted when it holds the separator, a quote or a line break.
QString field(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (v.contains(QLatin1Char(';')) || v.contains(QLatin1Char('"')))
        return QLatin1Char('"') + v.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v;
}

QString line(const QStringList& fields)
{
    QStringList out;
    for (const QString& f : fields)
        out << field(f);
    return out.join(QLatin1Char(';')) + QStringLiteral("\r\n");
}

QString amount(int cents)
{
    // The billing service reads French decimals: "5,00".
    return QStringLiteral("%1,%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString outcomeText(Parcel::State s)
{
    switch (s) {
    case Parcel::State::Delivered:
        return tr("delivered");
    case Parcel::State::Absent:
        return tr("absent");
    case Parcel::State::Refused:
        return tr("refused");
    case Parcel::State::Dispatched:
        return tr("out for delivery");
    case Parcel::State::Planned:
        return tr("planned");
    }
    return {};
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

const char* const Style = "<style>body{font-family:sans-serif;font-size:10pt;}h1{font-size:16pt;margin:0;}"
                          "table{border-collapse:collapse;width:100%;}th,td{border:1px solid #444;padding:4px;"
                          "vertical-align:top;}th{background:#ddd;text-align:left;}td.n{text-align:right;}"
                          ".sign{width:28%;}.small{font-size:8pt;color:#333;}</style>";

} // namespace

QString euros(int cents)
{
    return amount(cents) + QStringLiteral(" €");
}

QByteArray toWindows1252(const QString& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out.append(char(u));
            continue;
        }
        char byte = '?';
        for (int i = 0; i < 32; ++i)
            if (High[i] == u && u != 0) {
                byte = char(0x80 + i);
                break;
            }
        out.append(byte);
    }
    return out;
}

QString fromWindows1252(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char b : bytes) {
        const uchar u = uchar(b);
        if (u >= 0x80 && u < 0xA0)
            out.append(High[u - 0x80] ? QChar(High[u - 0x80]) : QChar(0xFFFD));
        else
            out.append(QChar(ushort(u)));
    }
    return out;
}

QByteArray manifestCsv(const Manifest& m)
{
    QString csv = line({tr("Round"), tr("Parcel"), tr("Barcode"), tr("Patron"), tr("Address"), tr("Phone"),
                        tr("Window"), tr("Items"), tr("Weight (g)"), tr("Notes"), tr("Signature")});
    for (const ManifestLine& l : m.lines)
        csv += line({m.round.toString(Qt::ISODate), QString::number(l.parcel), l.barcode, l.patron, l.address, l.phone,
                     m.window, QString::number(l.items), QString::number(l.grams), l.notes, QString()});
    return "\xEF\xBB\xBF" + csv.toUtf8();
}

QString manifestHtml(const Manifest& m, const QString& libraryName)
{
    QString h =
        QStringLiteral("<html><head><meta charset=\"utf-8\">") + QLatin1String(Style) + QStringLiteral("</head><body>");
    h += QStringLiteral(
             "<table width=\"100%\" style=\"border:none\"><tr><td style=\"border:none\"><h1>%1</h1>%2<br>%3</td>"
             "<td style=\"border:none;text-align:right\"><img src=\"barcode:%4\" height=\"48\"><br>"
             "<span class=\"small\">%4</span></td></tr></table>")
             .arg(esc(tr("Home delivery — courier manifest")),
                  esc(tr("%1 — round of %2, %3")
                          .arg(libraryName, QLocale().toString(m.round, QLocale::LongFormat), m.window)),
                  esc(tr("%n parcel(s)", nullptr, int(m.lines.size()))), esc(m.roundBarcode));
    h += QStringLiteral("<p></p><table width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th "
                        "width=\"28%\">%6</th></tr>")
             .arg(esc(tr("Parcel")), esc(tr("Patron and address")), esc(tr("Phone")), esc(tr("Window")),
                  esc(tr("Items / weight")), esc(tr("Signature")));
    for (const ManifestLine& l : m.lines)
        h += QStringLiteral(
                 "<tr><td><b>%1</b><br><img src=\"barcode:%2\" height=\"22\"><br><span class=\"small\">%2</span></td>"
                 "<td><b>%3</b><br>%4%5</td><td>%6</td><td>%7</td><td class=\"n\">%8<br>%9</td>"
                 "<td class=\"sign\" width=\"28%\"></td></tr>")
                 .arg(l.parcel)
                 .arg(esc(l.barcode), esc(l.patron), esc(l.address),
                      l.notes.isEmpty() ? QString() : QStringLiteral("<br><i>%1</i>").arg(esc(l.notes)), esc(l.phone),
                      esc(m.window), QString::number(l.items),
                      esc(QLocale().toString(l.grams / 1000.0, 'f', 2) + QStringLiteral(" kg")));
    h += QStringLiteral("</table></body></html>");
    return h;
}

QByteArray billingCsv(const Billing& b, const QString& encoding)
{
    QString csv = line(
        {tr("Patron id"), tr("Card"), tr("Patron"), tr("Address"), tr("Date"), tr("Parcel"), tr("Fee"), tr("Outcome")});
    for (const BillingLine& l : b.lines)
        csv += line({QString::number(l.patronId), l.card, l.patron, l.address,
                     l.date.toString(QStringLiteral("dd/MM/yyyy")), l.barcode, amount(l.feeCents),
                     outcomeText(l.outcome)});
    csv += QStringLiteral("\r\n");
    csv += line({tr("Patron id"), tr("Card"), tr("Patron"), tr("Parcels"), tr("Total")});
    for (const BillingTotal& t : b.perPatron)
        csv += line({QString::number(t.patronId), t.card, t.patron, QString::number(t.parcels), amount(t.cents)});
    csv += line({QString(), QString(),
                 tr("Month %1").arg(QStringLiteral("%1-%2").arg(b.year).arg(b.month, 2, 10, QLatin1Char('0'))),
                 QString::number(b.lines.size()), amount(b.totalCents)});
    if (encoding.compare(QLatin1String("windows-1252"), Qt::CaseInsensitive) == 0)
        return toWindows1252(csv);
    return csv.toUtf8();
}

QString billingHtml(const Billing& b, const QString& libraryName)
{
    const QDate month(b.year, b.month, 1);
    QString h =
        QStringLiteral("<html><head><meta charset=\"utf-8\">") + QLatin1String(Style) + QStringLiteral("</head><body>");
    h += QStringLiteral("<h1>%1</h1><p>%2</p>")
             .arg(esc(tr("Home delivery — billing of %1").arg(QLocale().toString(month, QStringLiteral("MMMM yyyy")))),
                  esc(tr("%1 — %n parcel(s), total %2", nullptr, int(b.lines.size()))
                          .arg(libraryName, euros(b.totalCents))));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(tr("Patron")), esc(tr("Card")), esc(tr("Parcels")), esc(tr("Total")));
    for (const BillingTotal& t : b.perPatron)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td></tr>")
                 .arg(esc(t.patron), esc(t.card))
                 .arg(t.parcels)
                 .arg(esc(euros(t.cents)));
    h += QStringLiteral("<tr><th colspan=\"2\">%1</th><th class=\"n\">%2</th><th class=\"n\">%3</th></tr></table>")
             .arg(esc(tr("Month")))
             .arg(b.lines.size())
             .arg(esc(euros(b.totalCents)));
    h += QStringLiteral("<p></p><table width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(esc(tr("Date")), esc(tr("Parcel")), esc(tr("Patron")), esc(tr("Outcome")), esc(tr("Fee")));
    for (const BillingLine& l : b.lines)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td class=\"n\">%5</td></tr>")
                 .arg(esc(QLocale().toString(l.date, QLocale::ShortFormat)), esc(l.barcode), esc(l.patron),
                      esc(outcomeText(l.outcome)), esc(euros(l.feeCents)));
    h += QStringLiteral("</table></body></html>");
    return h;
}

} // namespace comptoir::delivery
