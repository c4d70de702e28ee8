#include "reports/HoldFigures.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace comptoir::reports {

namespace {

QDate dateOf(const QJsonValue& v)
{
    return v.isString() ? QDate::fromString(v.toString().left(10), Qt::ISODate) : QDate();
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

constexpr qint64 Hour = 3600;

// What one population (a site, or the network) adds up to.
struct Tally
{
    int placed = 0, captured = 0, filled = 0, cancelled = 0, expired = 0;
    int pending = 0, under24 = 0, from24to48 = 0, over48 = 0;
    int within24 = 0, within48 = 0;
    std::vector<double> hours;
    int waiting = 0, expiringTomorrow = 0, expiredUncollected = 0, inTransit = 0;

    void into(SiteFigures& s) const
    {
        using namespace figure;
        s.set(Placed, placed);
        s.set(Captured, captured);
        s.set(Filled, filled);
        s.set(Cancelled, cancelled);
        s.set(Expired, expired);
        s.set(Pending, pending);
        s.set(PendingUnder24h, under24);
        s.set(Pending24To48h, from24to48);
        s.set(PendingOver48h, over48);
        if (pending > 0)
            s.set(PendingOver48hPct, round1(100.0 * over48 / pending));
        s.set(Processed, double(hours.size()));
        if (!hours.empty()) {
            s.set(Within24hPct, round1(100.0 * within24 / double(hours.size())));
            s.set(Within48hPct, round1(100.0 * within48 / double(hours.size())));
            s.set(ProcessingMedianH, round1(percentile(hours, 50)));
            s.set(ProcessingP90H, round1(percentile(hours, 90)));
        }
        s.set(ShelfWaiting, waiting);
        s.set(ShelfExpiringTomorrow, expiringTomorrow);
        s.set(ShelfExpiredUncollected, expiredUncollected);
        s.set(InTransit, inTransit);
    }
};

} // namespace

HoldRecord HoldRecord::fromKoha(const QJsonObject& hold, bool isOld)
{
    HoldRecord h;
    h.id = hold.value(QLatin1String("hold_id")).toInteger();
    h.pickup = hold.value(QLatin1String("pickup_library_id")).toString();
    h.status = hold.value(QLatin1String("status")).toString();
    h.placed = dateOf(hold.value(QLatin1String("hold_date")));
    h.waiting = dateOf(hold.value(QLatin1String("waiting_date")));
    h.expires = dateOf(hold.value(QLatin1String("expiration_date")));
    h.cancelled = dateOf(hold.value(QLatin1String("cancellation_date")));
    h.timestamp = QDateTime::fromString(hold.value(QLatin1String("timestamp")).toString(), Qt::ISODate);
    h.group = hold.value(QLatin1String("hold_group_id")).toInteger();
    h.old = isOld;
    return h;
}

AgeBucket ageBucket(qint64 seconds)
{
    if (seconds <= 24 * Hour)
        return AgeBucket::UpTo24h;
    if (seconds <= 48 * Hour)
        return AgeBucket::UpTo48h;
    return AgeBucket::Over48h;
}

QDateTime placedAt(const HoldRecord& hold, const QTimeZone& zone)
{
    return hold.placed.isValid() ? QDateTime(hold.placed, QTime(0, 0), zone) : QDateTime();
}

namespace {

// The day a request was captured, and when (see capturedAt).
QDate captureDay(const HoldRecord& h, const QTimeZone& zone)
{
    if (!h.old && (h.status == QLatin1String("T") || h.status == QLatin1String("P")))
        return h.timestamp.isValid() ? h.timestamp.toTimeZone(zone).date() : QDate();
    return h.waiting; // waiting now, or filled / cancelled after it was waiting
}

} // namespace

QDateTime capturedAt(const HoldRecord& h, const QTimeZone& zone)
{
    if (!h.old && (h.status == QLatin1String("T") || h.status == QLatin1String("P")))
        return h.timestamp.isValid() ? h.timestamp.toTimeZone(zone) : QDateTime();
    if (!h.waiting.isValid())
        return {};
    // Koha changes a request's timestamp when it puts it on the shelf (W, waiting_date that day),
    // and every later change moves it on: a timestamp on the waiting day is at or after the
    // capture, so it bounds it more closely than the end of that day, and still never flatters.
    if (h.timestamp.isValid()) {
        const QDateTime at = h.timestamp.toTimeZone(zone);
        if (at.date() == h.waiting)
            return at;
    }
    return QDateTime(h.waiting.addDays(1), QTime(0, 0), zone);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    auto rank = size_t(std::ceil(p / 100.0 * double(n)));
    rank = std::clamp<size_t>(rank, 1, n);
    return values[rank - 1];
}

void addHoldFigures(const std::vector<HoldRecord>& holds, const ReportWindow& window,
                    const QList<std::pair<QString, QString>>& siteNames, DayReport& report)
{
    const QDate day = window.day;
    const QDateTime endOfDay = window.end();
    QHash<QString, Tally> bySite;
    Tally network;
    for (const HoldRecord& h : holds) {
        Tally& site = bySite[h.pickup];
        auto both = [&](auto&& apply) {
            apply(site);
            apply(network);
        };
        if (h.placed == day)
            both([](Tally& t) { ++t.placed; });
        const QDate captured = captureDay(h, window.zone);
        if (captured == day) {
            both([](Tally& t) { ++t.captured; });
            const QDateTime from = placedAt(h, window.zone);
            const QDateTime to = capturedAt(h, window.zone);
            if (from.isValid() && to.isValid() && to >= from) {
                const qint64 seconds = from.secsTo(to);
                const AgeBucket bucket = ageBucket(seconds);
                both([&](Tally& t) {
                    t.hours.push_back(double(seconds) / Hour);
                    t.within24 += bucket == AgeBucket::UpTo24h;
                    t.within48 += bucket != AgeBucket::Over48h;
                });
            }
        }
        if (h.old) {
            if (h.status == QLatin1String("F") && h.timestamp.isValid() &&
                h.timestamp.toTimeZone(window.zone).date() == day)
                both([](Tally& t) { ++t.filled; });
            const bool clearance = h.status == QLatin1String("W") && h.expires.isValid() && h.cancelled.isValid() &&
                                   h.expires < h.cancelled;
            if (h.cancelled == day && !clearance)
                both([](Tally& t) { ++t.cancelled; });
            if (clearance && h.expires == day.addDays(-1))
                both([](Tally& t) { ++t.expired; });
            continue;
        }
        if (h.status.isEmpty()) {
            const QDateTime from = placedAt(h, window.zone);
            if (!from.isValid() || h.placed > day)
                continue;
            const AgeBucket bucket = ageBucket(from.secsTo(endOfDay));
            both([&](Tally& t) {
                ++t.pending;
                t.under24 += bucket == AgeBucket::UpTo24h;
                t.from24to48 += bucket == AgeBucket::UpTo48h;
                t.over48 += bucket == AgeBucket::Over48h;
            });
        } else if (h.status == QLatin1String("W")) {
            both([&](Tally& t) {
                ++t.waiting;
                t.expiringTomorrow += h.expires == day.addDays(1);
                t.expiredUncollected += h.expires.isValid() && h.expires < day;
                t.expired += h.expires == day.addDays(-1);
            });
        } else if (h.status == QLatin1String("T")) {
            both([](Tally& t) { ++t.inTransit; });
        }
    }
    QHash<QString, QString> names;
    for (const auto& [id, name] : siteNames)
        names.insert(id, name);
    QStringList ids;
    for (const auto& [id, name] : siteNames)
        ids << id;
    for (auto it = bySite.cbegin(); it != bySite.cend(); ++it)
        if (!ids.contains(it.key()))
            ids << it.key();
    for (const QString& id : std::as_const(ids)) {
        SiteFigures* existing = nullptr;
        for (SiteFigures& s : report.sites)
            if (s.site == id)
                existing = &s;
        if (!existing) {
            report.sites.append(SiteFigures{id, names.value(id, id), {}});
            existing = &report.sites.last();
        }
        bySite.value(id).into(*existing);
    }
    report.network.site = NetworkSite;
    if (report.network.name.isEmpty())
        report.network.name = QCoreApplication::translate("reports", "Network");
    network.into(report.network);
}

} // namespace comptoir::reports
