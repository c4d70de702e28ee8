#include "reports/ServiceFigures.h"

#include "store/Database.h"

#include <QMap>
#include <QSqlQuery>

#include <cmath>

namespace comptoir::reports {

namespace {

QString isoMs(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool hasTable(Database& db, const QString& table)
{
    auto found =
        db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
    return found && found.value().toInt() > 0;
}

SiteFigures& rowOf(DayReport& report, const QString& site)
{
    for (SiteFigures& s : report.sites)
        if (s.site == site)
            return s;
    report.sites.append(SiteFigures{site, site, {}});
    return report.sites.last();
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

} // namespace

Status addServiceFigures(Database& outbox, const QString& site, const ReportWindow& window, DayReport& report)
{
    using namespace figure;
    const QString from = isoMs(window.start());
    const QString to = isoMs(window.end());

    // Lockers, per bank: the history's events of the day; expired: requested items taken out by
    // staff (cleared) rather than by their patron; at the end of the day, from the items' history
    // (placed before the end, not yet out): the doors holding items, requested items past their
    // last pickup day; jammed: doors with a "jammed" alert or put in the jammed state that day.
    if (hasTable(outbox, QStringLiteral("locker_events"))) {
        struct Bank
        {
            int loads = 0, pickups = 0, returns = 0, expired = 0, jammed = 0, occupied = 0, uncollected = 0;
            int inService = 0;
        };
        QMap<QString, Bank> banks;
        auto events = outbox.exec(
            QStringLiteral("SELECT bank, sum(kind = 'loaded'), sum(kind = 'picked_up'), sum(kind = 'returned'), "
                           "count(DISTINCT CASE WHEN (kind = 'alert' AND detail LIKE 'jammed:%') OR kind = "
                           "'state_jammed' THEN door_uuid END) FROM locker_events WHERE at >= ? AND at < ? GROUP BY "
                           "bank"),
            {from, to});
        if (!events)
            return events.status();
        while (events.value().next()) {
            const QSqlQuery& r = events.value();
            Bank& b = banks[r.value(0).toString()];
            b.loads = r.value(1).toInt();
            b.pickups = r.value(2).toInt();
            b.returns = r.value(3).toInt();
            b.jammed = r.value(4).toInt();
        }
        auto expired = outbox.exec(QStringLiteral("SELECT d.bank, count(*) FROM locker_items i JOIN locker_doors d ON "
                                                  "d.uuid = i.door_uuid WHERE i.kind = 'hold' AND i.state = 'cleared' "
                                                  "AND i.left_at >= ? AND i.left_at < ? GROUP BY d.bank"),
                                   {from, to});
        if (!expired)
            return expired.status();
        while (expired.value().next())
            banks[expired.value().value(0).toString()].expired = expired.value().value(1).toInt();
        const QString nextDay = window.day.addDays(1).toString(Qt::ISODate);
        auto inside = outbox.exec(
            QStringLiteral("SELECT d.bank, count(DISTINCT i.door_uuid), count(DISTINCT CASE WHEN i.kind = 'hold' AND "
                           "coalesce(i.expires, d.expires) < ? THEN i.uuid END) FROM locker_items i JOIN locker_doors "
                           "d ON d.uuid = i.door_uuid WHERE i.state IN ('in', 'taken', 'cleared') AND i.placed_at < ? "
                           "AND (i.left_at IS NULL OR i.left_at >= ?) GROUP BY d.bank"),
            {nextDay, to, to});
        if (!inside)
            return inside.status();
        while (inside.value().next()) {
            Bank& b = banks[inside.value().value(0).toString()];
            b.occupied = inside.value().value(1).toInt();
            b.uncollected = inside.value().value(2).toInt();
        }
        auto doors = outbox.exec(QStringLiteral("SELECT bank, count(*) FROM locker_doors WHERE state <> "
                                                "'out_of_service' GROUP BY bank"));
        if (!doors)
            return doors.status();
        while (doors.value().next()) {
            const QString bank = doors.value().value(0).toString();
            if (banks.contains(bank))
                banks[bank].inService = doors.value().value(1).toInt();
        }
        for (auto it = banks.cbegin(); it != banks.cend(); ++it) {
            const Bank& b = it.value();
            if (b.loads + b.pickups + b.returns + b.expired + b.jammed + b.occupied == 0)
                continue;
            SiteFigures& row = rowOf(report, it.key());
            row.set(LockerLoads, b.loads);
            row.set(LockerPickups, b.pickups);
            row.set(LockerReturns, b.returns);
            row.set(LockerExpired, b.expired);
            row.set(LockerOccupied, b.occupied);
            if (b.inService > 0)
                row.set(LockerOccupancyPct, round1(100.0 * b.occupied / b.inService));
            row.set(LockerUncollected, b.uncollected);
            row.set(LockerJammed, b.jammed);
        }
    }

    // Click & collect orders handed over here.
    if (hasTable(outbox, QStringLiteral("collected_orders"))) {
        auto q = outbox.exec(QStringLiteral("SELECT count(*), coalesce(sum(items), 0) FROM collected_orders WHERE "
                                            "collected_at >= ? AND collected_at < ?"),
                             {from, to});
        if (!q)
            return q.status();
        if (q.value().next() && q.value().value(0).toInt() > 0) {
            SiteFigures& row = rowOf(report, site);
            row.set(CollectHandedOver, q.value().value(0).toInt());
            row.set(CollectItems, q.value().value(1).toInt());
        }
    }

    // Home delivery.
    if (hasTable(outbox, QStringLiteral("delivery_parcels"))) {
        auto orders = outbox.scalar(
            QStringLiteral("SELECT count(*) FROM delivery_orders WHERE created_at >= ? AND created_at < ?"),
            {from, to});
        if (!orders)
            return orders.status();
        auto sent = outbox.exec(QStringLiteral("SELECT count(*), coalesce(sum(grams), 0) FROM delivery_parcels WHERE "
                                               "dispatched_at >= ? AND dispatched_at < ?"),
                                {from, to});
        if (!sent || !sent.value().next())
            return sent ? Status(Error{QStringLiteral("store.sql"), QStringLiteral("no row")}) : sent.status();
        const int parcels = sent.value().value(0).toInt();
        const double grams = sent.value().value(1).toDouble();
        auto outcomes = outbox.exec(
            QStringLiteral(
                "SELECT sum(state = 'delivered'), sum(state = 'absent'), coalesce(sum(CASE WHEN state IN "
                "('delivered', 'absent') THEN fee_cents END), 0) FROM delivery_parcels WHERE outcome_at >= ? "
                "AND outcome_at < ?"),
            {from, to});
        if (!outcomes || !outcomes.value().next())
            return outcomes ? Status(Error{QStringLiteral("store.sql"), QStringLiteral("no row")}) : outcomes.status();
        const int delivered = outcomes.value().value(0).toInt(), absent = outcomes.value().value(1).toInt();
        const int cents = outcomes.value().value(2).toInt();
        if (orders.value().toInt() + parcels + delivered + absent > 0) {
            SiteFigures& row = rowOf(report, site);
            row.set(DeliveryOrders, orders.value().toInt());
            row.set(DeliveryParcels, parcels);
            row.set(DeliveryKg, round1(grams / 1000.0));
            row.set(DeliveryDelivered, delivered);
            row.set(DeliveryAbsent, absent);
            row.set(DeliveryBilled, delivered + absent);
            row.set(DeliveryBilledEur, cents / 100.0);
        }
    }
    return {};
}

} // namespace comptoir::reports
