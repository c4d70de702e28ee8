#include "netstore/NetworkReads.h"

#include "netstore/NetStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace comptoir::netstore {

namespace {

Error readError(const QSqlQuery& q, const QString& what)
{
    const QSqlError e = q.lastError();
    const QString text = (e.databaseText().isEmpty() ? e.text() : e.databaseText()).simplified();
    const QString state = e.nativeErrorCode();
    if (e.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
        state.startsWith(QLatin1String("57P")) || state.isEmpty())
        return Error{QStringLiteral("netstore.unreachable"),
                     QCoreApplication::translate("comptoir::netstore::NetStore", "The network store does not "
                                                                                 "answer (%1).")
                         .arg(text)};
    return Error{QStringLiteral("netstore.sql"), what + QStringLiteral(": ") + text};
}

QJsonObject jsonOf(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

Result<reports::NetworkCounters> readReportCounters(NetStore& store, const QDate& day)
{
    reports::NetworkCounters out;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
        return readError(q, QStringLiteral("session_user"));
    out.me = q.value(0).toString();
    if (!q.exec(QStringLiteral("SELECT role, site FROM counters ORDER BY site, role")))
        return readError(q, QStringLiteral("counters"));
    while (q.next())
        out.registered.append({q.value(0).toString(), q.value(1).toString()});
    q.prepare(QStringLiteral("SELECT counter, site, updated_at, payload::text FROM report_snapshots WHERE day = "
                             "?::date ORDER BY site, counter"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return readError(q, QStringLiteral("report snapshots"));
    while (q.next())
        out.snapshots.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toDateTime().toUTC(),
                              reports::snapshotRows(jsonOf(q.value(3)))});
    return out;
}

Result<QList<NetworkDoor>> readLockerDoors(NetStore& store)
{
    // The latest assignment of each door that holds an item: what the loading counter published.
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral(
            "SELECT d.uuid, d.site, d.bank, d.label, d.state, coalesce(d.item, ''), coalesce(d.assigned_by, ''), "
            "d.updated_at, coalesce(a.payload::text, '{}') FROM locker_doors d LEFT JOIN LATERAL (SELECT e.payload "
            "FROM events e WHERE e.object = d.uuid AND e.kind = 'locker.assign' AND d.item IS NOT NULL AND "
            "e.payload->>'item' = d.item ORDER BY e.seq DESC LIMIT 1) a ON true ORDER BY d.site, d.bank, "
            "d.label, d.uuid")))
        return readError(q, QStringLiteral("locker doors"));
    QList<NetworkDoor> doors;
    while (q.next()) {
        const QJsonObject assign = jsonOf(q.value(8));
        doors.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString(), assign.value(QStringLiteral("title")).toString(),
                      assign.value(QStringLiteral("code")).toString(), q.value(6).toString(),
                      q.value(7).toDateTime().toUTC()});
    }
    return doors;
}

Result<QList<NetworkDeliveryOrder>> readDeliveryOrders(NetStore& store, const QString& site)
{
    QSqlQuery q(store.database());
    // The counter that took the order: the one of its first event; its round and items: its last
    // event's that tells them.
    q.prepare(QStringLiteral(
        "SELECT o.uuid, o.site, coalesce(f.counter, ''), o.state, o.last_event, o.updated_at, coalesce(l.payload->>"
        "'round', ''), coalesce((l.payload->>'items')::integer, 0) FROM delivery_orders o LEFT JOIN LATERAL (SELECT "
        "e.counter FROM events e WHERE e.object = o.uuid ORDER BY e.seq LIMIT 1) f ON true LEFT JOIN LATERAL (SELECT "
        "e.payload FROM events e WHERE e.object = o.uuid AND e.payload->>'round' IS NOT NULL ORDER BY e.seq DESC LIMIT "
        "1) l ON "
        "true WHERE o.site = ? AND f.counter IS DISTINCT FROM session_user ORDER BY o.updated_at DESC, o.uuid"));
    q.addBindValue(site);
    if (!q.exec())
        return readError(q, QStringLiteral("delivery orders"));
    QList<NetworkDeliveryOrder> orders;
    while (q.next())
        orders.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toDateTime().toUTC(),
                       QDate::fromString(q.value(6).toString(), Qt::ISODate), q.value(7).toInt()});
    return orders;
}

} // namespace comptoir::netstore
