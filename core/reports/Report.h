#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace comptoir {
class Settings;
}

namespace comptoir::reports {

// The figures of the supervisor's daily queue report, by stable key (CSV, snapshots). Counts over
// the day unless said otherwise; "now" figures are the state when the report was taken.
namespace figure {
// Requests, from the ILS (Koha REST holds, current and old): by pickup site.
inline const QString Placed = QStringLiteral("placed");       // hold_date is the day
inline const QString Captured = QStringLiteral("captured");   // put in transit or on the hold shelf during the day
inline const QString Filled = QStringLiteral("filled");       // picked up (old, status F) during the day
inline const QString Cancelled = QStringLiteral("cancelled"); // cancelled during the day (clearances excluded)
inline const QString Expired = QStringLiteral("expired");     // waiting, last pickup day was the day before
// Pending now (not yet captured), by age at the end of the day.
inline const QString Pending = QStringLiteral("pending");
inline const QString PendingUnder24h = QStringLiteral("pending_under_24h"); // ≤ 24 h
inline const QString Pending24To48h = QStringLiteral("pending_24_48h");     // > 24 h and ≤ 48 h
inline const QString PendingOver48h = QStringLiteral("pending_over_48h");   // > 48 h
inline const QString PendingOver48hPct = QStringLiteral("pending_over_48h_pct");
// Requests captured during the day: time from placed to captured.
inline const QString Processed = QStringLiteral("processed");
inline const QString Within24hPct = QStringLiteral("within_24h_pct");
inline const QString Within48hPct = QStringLiteral("within_48h_pct");
inline const QString ProcessingMedianH = QStringLiteral("processing_median_h");
inline const QString ProcessingP90H = QStringLiteral("processing_p90_h");
// Hold shelf, now.
inline const QString ShelfWaiting = QStringLiteral("shelf_waiting");
inline const QString ShelfExpiringTomorrow = QStringLiteral("shelf_expiring_tomorrow");
inline const QString ShelfExpiredUncollected = QStringLiteral("shelf_expired_uncollected");
inline const QString InTransit = QStringLiteral("in_transit"); // in transit to the site now
// This counter's own records (outbox): pull runs, crates and the transits they carried.
inline const QString PullLines = QStringLiteral("pull_lines");
inline const QString PullFound = QStringLiteral("pull_found");
inline const QString PullNotFound = QStringLiteral("pull_not_found"); // detail: the reason ("" = all)
inline const QString CratesSealed = QStringLiteral("crates_sealed");
inline const QString CratesReceived = QStringLiteral("crates_received");
inline const QString CratesDiscrepancies = QStringLiteral("crates_discrepancies");
inline const QString TransitSent = QStringLiteral("transit_sent");         // detail: FROM>TO
inline const QString TransitReceived = QStringLiteral("transit_received"); // detail: FROM>TO
inline const QString TransitMedianH = QStringLiteral("transit_median_h");  // detail: FROM>TO
// Pickup lockers (lockers/LockerStore), per bank (its row): items loaded into doors, picked up by
// patrons, returns deposited, requested items taken out uncollected (expired) during the day.
inline const QString LockerLoads = QStringLiteral("locker_loads");
inline const QString LockerPickups = QStringLiteral("locker_pickups");
inline const QString LockerReturns = QStringLiteral("locker_returns");
inline const QString LockerExpired = QStringLiteral("locker_expired");
// At the end of the day, from the items' history: doors holding items (requested or returned), their
// share of the doors in service, requested items still in past their last pickup day; and the doors
// that jammed during the day (a "jammed" alert or the door put in the jammed state).
inline const QString LockerOccupied = QStringLiteral("locker_occupied");
inline const QString LockerOccupancyPct = QStringLiteral("locker_occupancy_pct");
inline const QString LockerUncollected = QStringLiteral("locker_uncollected");
inline const QString LockerJammed = QStringLiteral("locker_jammed");
// Click & collect orders handed over at this counter during the day, and their items.
inline const QString CollectHandedOver = QStringLiteral("collect_handed_over");
inline const QString CollectItems = QStringLiteral("collect_items");
// Click & collect orders across the network, from the ILS (hold groups, reports/CollectFigures):
// by state now (to prepare, ready), ended during the day (collected, cancelled or expired), made
// ready during the day and their time from placement to ready (median, 90th percentile).
inline const QString CollectToPrepare = QStringLiteral("collect_to_prepare");
inline const QString CollectReady = QStringLiteral("collect_ready");
inline const QString CollectCollected = QStringLiteral("collect_collected");
inline const QString CollectCancelled = QStringLiteral("collect_cancelled");
inline const QString CollectReadyToday = QStringLiteral("collect_ready_today");
inline const QString CollectReadyMedianH = QStringLiteral("collect_ready_median_h");
inline const QString CollectReadyP90H = QStringLiteral("collect_ready_p90_h");
// Home delivery at this counter (delivery/DeliveryService): orders taken, parcels dispatched and
// their estimated weight, outcomes recorded (delivered, absent) and the parcels billed (delivered
// and absent: the courier went) with their fees, during the day.
inline const QString DeliveryOrders = QStringLiteral("delivery_orders");
inline const QString DeliveryParcels = QStringLiteral("delivery_parcels");
inline const QString DeliveryKg = QStringLiteral("delivery_kg");
inline const QString DeliveryDelivered = QStringLiteral("delivery_delivered");
inline const QString DeliveryAbsent = QStringLiteral("delivery_absent");
inline const QString DeliveryBilled = QStringLiteral("delivery_billed");
inline const QString DeliveryBilledEur = QStringLiteral("delivery_billed_eur");
} // namespace figure

// The network's row in every table and file.
inline const QString NetworkSite = QStringLiteral("ALL");

enum class Section {
    Requests,
    Pending,
    Processing,
    HoldShelf,
    PullRuns,
    Crates,
    Transits,
    Lockers,
    ClickCollect,
    Delivery
};
Section sectionOf(const QString& key);
QString sectionKey(Section section); // "requests", "pending", … (CSV)
QString sectionTitle(Section section);
QString figureTitle(const QString& key);
QString figureUnit(const QString& key); // "count", "percent", "hours", "kg", "euros"

struct Figure
{
    QString key;
    QString detail; // a reason, a pair of sites; empty for most figures
    double value = 0;
};

// One site's figures (or the network's: site == NetworkSite).
struct SiteFigures
{
    QString site;
    QString name;
    QList<Figure> figures;

    bool has(const QString& key, const QString& detail = {}) const;
    double value(const QString& key, const QString& detail = {}) const; // 0 when absent
    void set(const QString& key, double value, const QString& detail = {});
    void add(const QString& key, double value, const QString& detail = {});
};

// What turns a cell red (Settings, reports/…).
struct Thresholds
{
    double maxOver48hPercent = 10; // pending requests older than 48 h, share of the pending ones
    double minWithin24hPercent = 80;
    double minWithin48hPercent = 95;
    int maxExpiredUncollected = 20;
    static Thresholds fromSettings(const Settings& settings);
    bool isAlert(const QString& key, double value) const;
};

// Whether a figure comes from a counter's own records (its outbox: pull runs, crates, transits,
// lockers, orders handed over, home delivery) rather than from the ILS. With a network store, these
// are every counter's, read from the counters' snapshots (reports/NetworkCounters).
bool isCounterFigure(const QString& key);

// A counter registered in the network store, and whether its figures of the day are in the report:
// in (its snapshot of the day was read, or it is the counter that took the report) or missing (no
// snapshot: its figures are not in the report, never made up).
struct CounterPresence
{
    QString counter; // its role in the store
    QString site;
    bool in = false;
    bool local = false; // the counter that took the report (its own records, read now)
    QDateTime at;       // when its figures were taken (invalid when missing)
};

// One day's report.
struct DayReport
{
    QDate day;
    QDateTime takenAt;        // when the figures were read (UTC)
    QString source;           // "ils" (read now) or "snapshot" (stored)
    QList<SiteFigures> sites; // by site id
    SiteFigures network;      // site == NetworkSite
    QString localSite;        // the counter whose outbox gave pull runs and crates ("" when none)
    // With a network store: every counter of the network, in or missing (empty: none configured,
    // the counter figures are this counter's only); countersProblem: why they could not be read.
    QList<CounterPresence> counters;
    QString countersProblem;
    int countersMissing() const;

    const SiteFigures* site(const QString& id) const;
    // Only these sites (ids); the network's row stays the whole network's.
    DayReport only(const QStringList& siteIds) const;
    // The sections that have data in this report, in order (a section shows only when it exists).
    QList<Section> sections() const;
};

// One sentence: what needs attention today (or that nothing does).
QString attentionSentence(const DayReport& report, const Thresholds& thresholds);

// With a network store: which counters' figures the report holds, which are missing (by site), or
// why they could not be read; empty without a store.
QString countersSentence(const DayReport& report);

// Where the report's day starts and ends, in the libraries' time zone.
struct ReportWindow
{
    QDate day;
    QTimeZone zone = QTimeZone::systemTimeZone();
    QDateTime start() const { return QDateTime(day, QTime(0, 0), zone); }
    QDateTime end() const { return QDateTime(day.addDays(1), QTime(0, 0), zone); }
};

} // namespace comptoir::reports
