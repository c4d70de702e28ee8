#include "reports/ReportExport.h"

#include <QHash>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace comptoir::reports {

namespace {

// lupdate files the tr() calls below under the namespace around them.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("comptoir::reports", text, disambiguation, n);
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'f', 1);
}

// A column title on two lines of at most `width` characters: the first takes the words that fit
// (a word may end at a slash), the second the rest, cut with an ellipsis when still too long.
std::pair<QString, QString> headerLines(const QString& title, int width)
{
    if (title.size() <= width)
        return {title, {}};
    int cut = -1;
    for (int i = 0; i <= width && i < title.size(); ++i) {
        if (title[i] == QLatin1Char(' '))
            cut = i;
        else if (title[i] == QLatin1Char('/') && i < width)
            cut = i + 1;
    }
    if (cut <= 0)
        cut = width;
    QString a = title.left(cut).trimmed(), b = title.mid(cut).trimmed();
    if (b.size() > width)
        b = b.left(width - 1) + QChar(0x2026);
    return {a, b};
}

} // namespace

QStringList csvColumns()
{
    return {QStringLiteral("date"),    QStringLiteral("site"),   QStringLiteral("site_name"),
            QStringLiteral("section"), QStringLiteral("figure"), QStringLiteral("detail"),
            QStringLiteral("value"),   QStringLiteral("unit"),   QStringLiteral("alert")};
}

QStringList sectionColumns(Section section)
{
    using namespace figure;
    switch (section) {
    case Section::Requests:
        return {Placed, Captured, Filled, Cancelled, Expired};
    case Section::Pending:
        return {Pending, PendingUnder24h, Pending24To48h, PendingOver48h, PendingOver48hPct};
    case Section::Processing:
        return {Processed, Within24hPct, Within48hPct, ProcessingMedianH, ProcessingP90H};
    case Section::HoldShelf:
        return {ShelfWaiting, ShelfExpiringTomorrow, ShelfExpiredUncollected, InTransit};
    case Section::PullRuns:
        return {PullLines, PullFound, PullNotFound};
    case Section::Crates:
        return {CratesSealed, CratesReceived, CratesDiscrepancies};
    case Section::Transits:
        return {};
    case Section::Lockers:
        return {LockerLoads,    LockerPickups,      LockerReturns,     LockerExpired,
                LockerOccupied, LockerOccupancyPct, LockerUncollected, LockerJammed};
    case Section::ClickCollect:
        return {CollectToPrepare,    CollectReady,     CollectCollected,  CollectCancelled, CollectReadyToday,
                CollectReadyMedianH, CollectReadyP90H, CollectHandedOver, CollectItems};
    case Section::Delivery:
        return {DeliveryOrders, DeliveryParcels, DeliveryKg,       DeliveryDelivered,
                DeliveryAbsent, DeliveryBilled,  DeliveryBilledEur};
    }
    return {};
}

QByteArray toCsv(const DayReport& report, const Thresholds& thresholds)
{
    QString out = csvColumns().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    const QString day = report.day.toString(Qt::ISODate);
    QList<const SiteFigures*> rows{&report.network};
    for (const SiteFigures& s : report.sites)
        rows << &s;
    for (const SiteFigures* s : std::as_const(rows))
        for (const Figure& f : s->figures) {
            const QStringList fields{day,
                                     s->site,
                                     s->name,
                                     sectionKey(sectionOf(f.key)),
                                     f.key,
                                     f.detail,
                                     csvNumber(f.value),
                                     figureUnit(f.key),
                                     thresholds.isAlert(f.key, f.value) ? QStringLiteral("1") : QStringLiteral("0")};
            QStringList quoted;
            for (const QString& field : fields)
                quoted << csvField(field);
            out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    // With a network store, the counters: section "counters", figure counter_in or counter_missing,
    // the counter's role as detail, 1 as value.
    for (const CounterPresence& c : report.counters) {
        const QStringList fields{day,
                                 c.site,
                                 c.site,
                                 QStringLiteral("counters"),
                                 c.in ? QStringLiteral("counter_in") : QStringLiteral("counter_missing"),
                                 c.counter,
                                 QStringLiteral("1"),
                                 QStringLiteral("count"),
                                 c.in ? QStringLiteral("0") : QStringLiteral("1")};
        QStringList quoted;
        for (const QString& field : fields)
            quoted << csvField(field);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

Result<QList<QHash<QString, QString>>> parseCsv(const QByteArray& csv)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error{QStringLiteral("csv.quote"), tr("The file ends inside a quoted field.")};
    if (fieldStarted || !record.isEmpty()) {
        record << field;
        records << record;
    }
    if (records.isEmpty() || records.first() != csvColumns())
        return Error{QStringLiteral("csv.header"), tr("This is not a report file: its first line is not the header.")};
    const QStringList header = records.takeFirst();
    QList<QHash<QString, QString>> rows;
    for (const QStringList& r : std::as_const(records)) {
        if (r.size() != header.size())
            return Error{QStringLiteral("csv.columns"),
                         tr("A line has %1 fields instead of %2.").arg(r.size()).arg(header.size())};
        QHash<QString, QString> row;
        for (int i = 0; i < header.size(); ++i)
            row.insert(header[i], r[i]);
        rows << row;
    }
    return rows;
}

QString formatValue(const QString& key, double value)
{
    const QLocale locale;
    if (figureUnit(key) == QLatin1String("count"))
        return locale.toString(qint64(std::llround(value)));
    return locale.toString(value, 'f', 1);
}

QString toText(const DayReport& report, const Thresholds& thresholds, const QList<HistoryDay>& history)
{
    QString out;
    QTextStream s(&out);
    s << tr("Daily queue report — %1").arg(QLocale().toString(report.day, QLocale::LongFormat)) << '\n';
    s << tr("Taken at %1 (%2)")
             .arg(QLocale().toString(report.takenAt.toLocalTime(), QLocale::ShortFormat),
                  report.source == QLatin1String("snapshot") ? tr("stored snapshot") : tr("from the library system"))
      << '\n';
    s << attentionSentence(report, thresholds) << '\n';
    if (const QString counters = countersSentence(report); !counters.isEmpty())
        s << counters << '\n';
    s << '\n';
    QList<const SiteFigures*> rows{&report.network};
    for (const SiteFigures& site : report.sites)
        rows << &site;
    int nameWidth = 12;
    for (const SiteFigures* r : std::as_const(rows))
        nameWidth = std::max(nameWidth, int(r->name.size()) + 1);
    nameWidth = std::min(nameWidth, 34);
    for (const Section section : report.sections()) {
        s << sectionTitle(section) << '\n';
        const QStringList columns = sectionColumns(section);
        if (!columns.isEmpty()) {
            // Titles on two lines of 14 characters, broken between words (cut at 14 they read
            // "Cancelled/expi", "Median to read").
            QStringList first, second;
            for (const QString& c : columns) {
                const auto [a, b] = headerLines(figureTitle(c), 14);
                first << a;
                second << b;
            }
            for (const QStringList* line : {&first, &second}) {
                if (line == &second &&
                    std::all_of(second.cbegin(), second.cend(), [](const QString& t) { return t.isEmpty(); }))
                    continue;
                s << QString(nameWidth, QLatin1Char(' '));
                for (const QString& t : *line)
                    s << ' ' << t.rightJustified(14);
                s << '\n';
            }
            for (const SiteFigures* r : std::as_const(rows)) {
                bool any = false;
                for (const QString& c : columns)
                    any = any || r->has(c);
                if (!any)
                    continue;
                s << r->name.left(nameWidth - 1).leftJustified(nameWidth);
                for (const QString& c : columns) {
                    QString cell = r->has(c) ? formatValue(c, r->value(c)) : QStringLiteral("–");
                    if (r->has(c) && thresholds.isAlert(c, r->value(c)))
                        cell += QLatin1Char('!');
                    s << ' ' << cell.rightJustified(14);
                }
                s << '\n';
            }
        }
        // Figures with a detail (reasons, pairs of sites), one per line.
        for (const SiteFigures* r : std::as_const(rows))
            for (const Figure& f : r->figures)
                if (!f.detail.isEmpty() && sectionOf(f.key) == section)
                    s << "  " << r->name << " — " << figureTitle(f.key) << " " << f.detail << ": "
                      << formatValue(f.key, f.value) << '\n';
        s << '\n';
    }
    if (!history.isEmpty()) {
        s << tr("Last %n day(s): pending requests over 48 h, network (– : no snapshot that day)", nullptr,
                int(history.size()))
          << '\n';
        for (const HistoryDay& d : history) {
            const SiteFigures* n = d.report ? d.report->site(NetworkSite) : nullptr;
            s << "  " << d.day.toString(Qt::ISODate) << "  "
              << (n ? QStringLiteral("%1 / %2").arg(
                          formatValue(figure::PendingOver48h, n->value(figure::PendingOver48h)),
                          formatValue(figure::Pending, n->value(figure::Pending)))
                    : tr("missing"))
              << '\n';
        }
    }
    return out;
}

} // namespace comptoir::reports
