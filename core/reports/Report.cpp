#include "reports/Report.h"

#include "Settings.h"

#include <QLocale>

#include <algorithm>

namespace comptoir::reports {

namespace {

// lupdate files the tr() calls below under the namespace around them.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("comptoir::reports", text, disambiguation, n);
}

} // namespace

Section sectionOf(const QString& key)
{
    using namespace figure;
    if (key == Placed || key == Captured || key == Filled || key == Cancelled || key == Expired)
        return Section::Requests;
    if (key.startsWith(QLatin1String("pending")))
        return Section::Pending;
    if (key == Processed || key == Within24hPct || key == Within48hPct || key == ProcessingMedianH ||
        key == ProcessingP90H)
        return Section::Processing;
    if (key.startsWith(QLatin1String("shelf_")) || key == InTransit)
        return Section::HoldShelf;
    if (key.startsWith(QLatin1String("pull_")))
        return Section::PullRuns;
    if (key.startsWith(QLatin1String("crates_")))
        return Section::Crates;
    if (key.startsWith(QLatin1String("locker_")))
        return Section::Lockers;
    if (key.startsWith(QLatin1String("collect_")))
        return Section::ClickCollect;
    if (key.startsWith(QLatin1String("delivery_")))
        return Section::Delivery;
    return Section::Transits;
}

QString sectionKey(Section section)
{
    switch (section) {
    case Section::Requests:
        return QStringLiteral("requests");
    case Section::Pending:
        return QStringLiteral("pending");
    case Section::Processing:
        return QStringLiteral("processing");
    case Section::HoldShelf:
        return QStringLiteral("hold_shelf");
    case Section::PullRuns:
        return QStringLiteral("pull_runs");
    case Section::Crates:
        return QStringLiteral("crates");
    case Section::Transits:
        return QStringLiteral("transits");
    case Section::Lockers:
        return QStringLiteral("lockers");
    case Section::ClickCollect:
        return QStringLiteral("click_collect");
    case Section::Delivery:
        return QStringLiteral("home_delivery");
    }
    return {};
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Requests:
        return tr("Requests over the day");
    case Section::Pending:
        return tr("Pending requests by age");
    case Section::Processing:
        return tr("Time from placed to captured");
    case Section::HoldShelf:
        return tr("Hold shelf");
    case Section::PullRuns:
        return tr("Pull runs");
    case Section::Crates:
        return tr("Shuttle crates");
    case Section::Transits:
        return tr("Transits between sites");
    case Section::Lockers:
        return tr("Pickup lockers");
    case Section::ClickCollect:
        return tr("Click & collect");
    case Section::Delivery:
        return tr("Home delivery");
    }
    return {};
}

QString figureTitle(const QString& key)
{
    using namespace figure;
    static const QList<std::pair<QString, const char*>> titles = {
        {Placed, QT_TRANSLATE_NOOP("reports", "Placed")},
        {Captured, QT_TRANSLATE_NOOP("reports", "Captured")},
        {Filled, QT_TRANSLATE_NOOP("reports", "Filled")},
        {Cancelled, QT_TRANSLATE_NOOP("reports", "Cancelled")},
        {Expired, QT_TRANSLATE_NOOP("reports", "Expired")},
        {Pending, QT_TRANSLATE_NOOP("reports", "Pending")},
        {PendingUnder24h, QT_TRANSLATE_NOOP("reports", "Up to 24 h")},
        {Pending24To48h, QT_TRANSLATE_NOOP("reports", "24 to 48 h")},
        {PendingOver48h, QT_TRANSLATE_NOOP("reports", "Over 48 h")},
        {PendingOver48hPct, QT_TRANSLATE_NOOP("reports", "Over 48 h (%)")},
        {Processed, QT_TRANSLATE_NOOP("reports", "Captured with their date")},
        {Within24hPct, QT_TRANSLATE_NOOP("reports", "Within 24 h (%)")},
        {Within48hPct, QT_TRANSLATE_NOOP("reports", "Within 48 h (%)")},
        {ProcessingMedianH, QT_TRANSLATE_NOOP("reports", "Median (h)")},
        {ProcessingP90H, QT_TRANSLATE_NOOP("reports", "90th percentile (h)")},
        {ShelfWaiting, QT_TRANSLATE_NOOP("reports", "Waiting")},
        {ShelfExpiringTomorrow, QT_TRANSLATE_NOOP("reports", "Expiring tomorrow")},
        {ShelfExpiredUncollected, QT_TRANSLATE_NOOP("reports", "Expired, not collected")},
        {InTransit, QT_TRANSLATE_NOOP("reports", "In transit to the site")},
        {PullLines, QT_TRANSLATE_NOOP("reports", "Lines pulled")},
        {PullFound, QT_TRANSLATE_NOOP("reports", "Found")},
        {PullNotFound, QT_TRANSLATE_NOOP("reports", "Not found")},
        {CratesSealed, QT_TRANSLATE_NOOP("reports", "Sealed")},
        {CratesReceived, QT_TRANSLATE_NOOP("reports", "Received")},
        {CratesDiscrepancies, QT_TRANSLATE_NOOP("reports", "With discrepancies")},
        {TransitSent, QT_TRANSLATE_NOOP("reports", "Items sent")},
        {TransitReceived, QT_TRANSLATE_NOOP("reports", "Items received")},
        {TransitMedianH, QT_TRANSLATE_NOOP("reports", "Median transit (h)")},
        {LockerLoads, QT_TRANSLATE_NOOP("reports", "Loaded")},
        {LockerPickups, QT_TRANSLATE_NOOP("reports", "Picked up")},
        {LockerReturns, QT_TRANSLATE_NOOP("reports", "Returns")},
        {LockerExpired, QT_TRANSLATE_NOOP("reports", "Expired, taken out")},
        {LockerOccupied, QT_TRANSLATE_NOOP("reports", "Doors occupied")},
        {LockerOccupancyPct, QT_TRANSLATE_NOOP("reports", "Occupancy (%)")},
        {LockerUncollected, QT_TRANSLATE_NOOP("reports", "Uncollected")},
        {LockerJammed, QT_TRANSLATE_NOOP("reports", "Jammed doors")},
        {CollectHandedOver, QT_TRANSLATE_NOOP("reports", "Orders handed over")},
        {CollectItems, QT_TRANSLATE_NOOP("reports", "Items handed over")},
        {CollectToPrepare, QT_TRANSLATE_NOOP("reports", "To prepare")},
        {CollectReady, QT_TRANSLATE_NOOP("reports", "Ready")},
        {CollectCollected, QT_TRANSLATE_NOOP("reports", "Collected")},
        {CollectCancelled, QT_TRANSLATE_NOOP("reports", "Cancelled/expired")},
        {CollectReadyToday, QT_TRANSLATE_NOOP("reports", "Made ready today")},
        {CollectReadyMedianH, QT_TRANSLATE_NOOP("reports", "Median to ready (h)")},
        {CollectReadyP90H, QT_TRANSLATE_NOOP("reports", "90th pct to ready (h)")},
        {DeliveryOrders, QT_TRANSLATE_NOOP("reports", "Orders")},
        {DeliveryParcels, QT_TRANSLATE_NOOP("reports", "Parcels dispatched")},
        {DeliveryKg, QT_TRANSLATE_NOOP("reports", "Weight (kg)")},
        {DeliveryDelivered, QT_TRANSLATE_NOOP("reports", "Delivered")},
        {DeliveryAbsent, QT_TRANSLATE_NOOP("reports", "Absent")},
        {DeliveryBilled, QT_TRANSLATE_NOOP("reports", "Parcels billed")},
        {DeliveryBilledEur, QT_TRANSLATE_NOOP("reports", "Billed (€)")},
    };
    for (const auto& [k, title] : titles)
        if (k == key)
            return QCoreApplication::translate("reports", title); // QT_TRANSLATE_NOOP's context
    return key;
}

QString figureUnit(const QString& key)
{
    if (key.endsWith(QLatin1String("_pct")))
        return QStringLiteral("percent");
    if (key.endsWith(QLatin1String("_h")))
        return QStringLiteral("hours");
    if (key.endsWith(QLatin1String("_kg")))
        return QStringLiteral("kg");
    if (key.endsWith(QLatin1String("_eur")))
        return QStringLiteral("euros");
    return QStringLiteral("count");
}

bool SiteFigures::has(const QString& key, const QString& detail) const
{
    return std::any_of(figures.cbegin(), figures.cend(),
                       [&](const Figure& f) { return f.key == key && f.detail == detail; });
}

double SiteFigures::value(const QString& key, const QString& detail) const
{
    for (const Figure& f : figures)
        if (f.key == key && f.detail == detail)
            return f.value;
    return 0;
}

void SiteFigures::set(const QString& key, double v, const QString& detail)
{
    for (Figure& f : figures)
        if (f.key == key && f.detail == detail) {
            f.value = v;
            return;
        }
    figures.append({key, detail, v});
}

void SiteFigures::add(const QString& key, double v, const QString& detail)
{
    for (Figure& f : figures)
        if (f.key == key && f.detail == detail) {
            f.value += v;
            return;
        }
    figures.append({key, detail, v});
}

Thresholds Thresholds::fromSettings(const Settings& settings)
{
    Thresholds t;
    t.maxOver48hPercent = settings.value(settings::ReportsMaxOver48hPercent);
    t.minWithin24hPercent = settings.value(settings::ReportsMinWithin24hPercent);
    t.minWithin48hPercent = settings.value(settings::ReportsMinWithin48hPercent);
    t.maxExpiredUncollected = settings.value(settings::ReportsMaxExpiredUncollected);
    return t;
}

bool Thresholds::isAlert(const QString& key, double value) const
{
    if (key == figure::PendingOver48hPct)
        return value > maxOver48hPercent;
    if (key == figure::Within24hPct)
        return value < minWithin24hPercent;
    if (key == figure::Within48hPct)
        return value < minWithin48hPercent;
    if (key == figure::ShelfExpiredUncollected)
        return value > maxExpiredUncollected;
    return false;
}

bool isCounterFigure(const QString& key)
{
    using namespace figure;
    switch (sectionOf(key)) {
    case Section::PullRuns:
    case Section::Crates:
    case Section::Transits:
    case Section::Lockers:
    case Section::Delivery:
        return true;
    case Section::ClickCollect:
        return key == CollectHandedOver || key == CollectItems;
    default:
        return false;
    }
}

int DayReport::countersMissing() const
{
    return int(std::count_if(counters.cbegin(), counters.cend(), [](const CounterPresence& c) { return !c.in; }));
}

const SiteFigures* DayReport::site(const QString& id) const
{
    if (id == NetworkSite)
        return &network;
    for (const SiteFigures& s : sites)
        if (s.site == id)
            return &s;
    return nullptr;
}

DayReport DayReport::only(const QStringList& siteIds) const
{
    DayReport out = *this;
    out.sites.clear();
    for (const SiteFigures& s : sites)
        if (siteIds.contains(s.site))
            out.sites << s;
    return out;
}

QList<Section> DayReport::sections() const
{
    QList<Section> present;
    auto note = [&present](const SiteFigures& s) {
        for (const Figure& f : s.figures)
            if (!present.contains(sectionOf(f.key)))
                present << sectionOf(f.key);
    };
    note(network);
    for (const SiteFigures& s : sites)
        note(s);
    std::sort(present.begin(), present.end());
    return present;
}

QString attentionSentence(const DayReport& report, const Thresholds& t)
{
    const QLocale locale;
    auto percent = [&locale](double v) -> QString { return locale.toString(v, 'f', 0) + QStringLiteral(" %"); };
    // The sites whose pending requests are too old, worst first.
    QList<std::pair<double, QString>> late;
    QStringList expired;
    for (const SiteFigures& s : report.sites) {
        if (s.value(figure::Pending) > 0 && t.isAlert(figure::PendingOver48hPct, s.value(figure::PendingOver48hPct)))
            late.append({s.value(figure::PendingOver48hPct), s.name.isEmpty() ? s.site : s.name});
        if (t.isAlert(figure::ShelfExpiredUncollected, s.value(figure::ShelfExpiredUncollected)))
            expired << (s.name.isEmpty() ? s.site : s.name);
    }
    std::sort(late.begin(), late.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    const SiteFigures& n = report.network;
    const bool slow24 =
        n.value(figure::Processed) > 0 && t.isAlert(figure::Within24hPct, n.value(figure::Within24hPct));
    if (late.isEmpty() && expired.isEmpty() && !slow24)
        return tr("Nothing needs attention today: every site keeps within its thresholds.");
    QStringList parts;
    if (!late.isEmpty()) {
        QStringList named;
        for (int i = 0; i < late.size() && i < 3; ++i)
            named << QStringLiteral("%1 (%2)").arg(late[i].second, percent(late[i].first));
        parts << tr("%n site(s) with more than %1 of pending requests older than 48 h, worst %2", nullptr,
                    int(late.size()))
                     .arg(percent(t.maxOver48hPercent), named.join(QStringLiteral(", ")));
    }
    if (slow24)
        parts << tr("the network captured %1 of the day's requests within 24 h (goal %2)")
                     .arg(percent(n.value(figure::Within24hPct)), percent(t.minWithin24hPercent));
    if (!expired.isEmpty())
        parts << tr("%n hold shelf(s) with more than %1 expired requests to clear: %2", nullptr, int(expired.size()))
                     .arg(t.maxExpiredUncollected)
                     .arg(expired.mid(0, 3).join(QStringLiteral(", ")));
    // French puts a narrow no-break space before the semicolon.
    return tr("Needs attention today: %1.").arg(parts.join(tr("; ", "between the parts of the attention sentence")));
}

QString countersSentence(const DayReport& report)
{
    if (!report.countersProblem.isEmpty())
        return tr("Counter figures of this counter only: %1").arg(report.countersProblem);
    if (report.counters.isEmpty())
        return {};
    const int total = int(report.counters.size());
    const int missing = report.countersMissing();
    const QString in = tr("Counter figures of %1 of the network's %n counter(s).", nullptr, total).arg(total - missing);
    if (missing == 0)
        return in;
    QStringList named;
    for (const CounterPresence& c : report.counters)
        if (!c.in)
            named << QStringLiteral("%1 (%2)").arg(c.counter, c.site);
    return in + QLatin1Char(' ') +
           tr("Missing (no snapshot of the day, not counted): %1.").arg(named.join(QStringLiteral(", ")));
}

} // namespace comptoir::reports
