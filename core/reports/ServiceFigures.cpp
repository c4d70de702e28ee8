#include "reports/ServiceFigures.h"

#include "store/Database.h"

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
    // staff (cleared) rather than by their patron.
    if (hasTable(outbox, QStringLiteral("locker_events"))) {
        auto q = outbox.exec(
            QStringLiteral("SELECT bank, sum(kind = 'loaded'), sum(kind = 'picked_up'), sum(kind = 'returned') FROM "
                           "locker_events WHERE at >= ? AND at < ? GROUP BY bank ORDER BY bank"),
            {from, to});
        if (!q)
            return q.status();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            const int loads = r.value(1).toInt(), pickups = r.value(2).toInt(), returns = r.value(3).toInt();
            if (loads + pickups + returns == 0)
                continue;
            SiteFigures& row = rowOf(report, r.value(0).toString());
            row.set(LockerLoads, loads);
            row.set(LockerPickups, pickups);
            row.set(LockerReturns, returns);
            row.set(LockerExpired, 0);
        }
        auto expired = outbox.exec(QStringLiteral("SELECT d.bank, count(*) FROM locker_items i JOIN locker_doors d ON "
                                                  "d.uuid = i.door_uuid WHERE i.kind = 'hold' AND i.state = 'cleared' "
                                                  "AND i.left_at >= ? AND i.left_at < ? GROUP BY d.bank"),
                                   {from, to});
        if (!expired)
            return expired.status();
        while (expired.value().next()) {
            SiteFigures& row = rowOf(report, expired.value().value(0).toString());
            if (!row.has(LockerLoads)) {
                row.set(LockerLoads, 0);
                row.set(LockerPickups, 0);
                row.set(LockerReturns, 0);
            }
            row.set(LockerExpired, expired.value().value(1).toInt());
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
