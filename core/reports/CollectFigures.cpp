#include "reports/CollectFigures.h"

#include <QHash>

#include <cmath>
#include <map>

namespace comptoir::reports {

namespace {

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

// One order as its requests tell it.
struct Order
{
    qint64 firstHold = 0; // its pickup is the pickup of its lowest request id
    QString pickup;
    int current = 0, currentWaiting = 0; // current requests, and those of them waiting (W)
    bool filled = false;                 // an old request filled (F)
    QDate left;                          // the day its last old request left
    QDate placed;                        // the earliest hold_date
    QDate lastWaiting;                   // the latest waiting_date
    QDateTime readyAt;                   // the latest capture (capturedAt of its waiting requests)
};

struct Tally
{
    int toPrepare = 0, ready = 0, collected = 0, cancelled = 0;
    std::vector<double> hours; // time to ready of the orders ready that day

    void into(SiteFigures& s) const
    {
        using namespace figure;
        s.set(CollectToPrepare, toPrepare);
        s.set(CollectReady, ready);
        s.set(CollectCollected, collected);
        s.set(CollectCancelled, cancelled);
        s.set(CollectReadyToday, double(hours.size()));
        if (!hours.empty()) {
            s.set(CollectReadyMedianH, round1(percentile(hours, 50)));
            s.set(CollectReadyP90H, round1(percentile(hours, 90)));
        }
    }
};

} // namespace

void addCollectFigures(const std::vector<HoldRecord>& holds, const ReportWindow& window, DayReport& report)
{
    std::map<qint64, Order> orders;
    for (const HoldRecord& h : holds) {
        if (h.group == 0)
            continue;
        Order& o = orders[h.group];
        if (o.firstHold == 0 || h.id < o.firstHold) {
            o.firstHold = h.id;
            o.pickup = h.pickup;
        }
        if (h.placed.isValid() && (!o.placed.isValid() || h.placed < o.placed))
            o.placed = h.placed;
        if (h.waiting.isValid() && (!o.lastWaiting.isValid() || h.waiting > o.lastWaiting))
            o.lastWaiting = h.waiting;
        if (h.waiting.isValid()) {
            HoldRecord shelved = h;
            shelved.old = true; // read from its waiting_date (and its timestamp on that day)
            const QDateTime at = capturedAt(shelved, window.zone);
            if (at.isValid() && (!o.readyAt.isValid() || at > o.readyAt))
                o.readyAt = at;
        }
        if (!h.old) {
            ++o.current;
            o.currentWaiting += h.status == QLatin1String("W");
            continue;
        }
        QDate left;
        if (h.status == QLatin1String("F")) {
            o.filled = true;
            left = h.timestamp.isValid() ? h.timestamp.toTimeZone(window.zone).date() : QDate();
        } else {
            left = h.cancelled;
        }
        if (left.isValid() && (!o.left.isValid() || left > o.left))
            o.left = left;
    }
    if (orders.empty())
        return;

    QHash<QString, Tally> bySite;
    Tally network;
    for (const auto& [group, o] : orders) {
        Tally& site = bySite[o.pickup];
        auto both = [&](auto&& apply) {
            apply(site);
            apply(network);
        };
        if (o.current > 0) {
            if (o.currentWaiting == o.current)
                both([](Tally& t) { ++t.ready; });
            else
                both([](Tally& t) { ++t.toPrepare; });
        } else if (o.left == window.day) {
            if (o.filled)
                both([](Tally& t) { ++t.collected; });
            else
                both([](Tally& t) { ++t.cancelled; });
        }
        const bool nothingLeftToCapture = o.currentWaiting == o.current;
        if (nothingLeftToCapture && o.lastWaiting == window.day && o.placed.isValid()) {
            HoldRecord first;
            first.placed = o.placed;
            const QDateTime from = placedAt(first, window.zone), to = o.readyAt;
            if (from.isValid() && to.isValid() && to >= from)
                both([&](Tally& t) { t.hours.push_back(double(from.secsTo(to)) / 3600.0); });
        }
    }
    for (auto it = bySite.cbegin(); it != bySite.cend(); ++it) {
        SiteFigures* row = nullptr;
        for (SiteFigures& s : report.sites)
            if (s.site == it.key())
                row = &s;
        if (!row) {
            report.sites.append(SiteFigures{it.key(), it.key(), {}});
            row = &report.sites.last();
        }
        it.value().into(*row);
    }
    report.network.site = NetworkSite;
    network.into(report.network);
}

} // namespace comptoir::reports
