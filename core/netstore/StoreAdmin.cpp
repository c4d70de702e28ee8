#include "netstore/StoreAdmin.h"

#include "netstore/NetStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace comptoir::netstore {

namespace {
Error sqlFailed(const QSqlQuery& q)
{
    return Error{QStringLiteral("netstore.sql"),
                 QCoreApplication::translate("comptoir::netstore::NetStore", "The network store failed: %1")
                     .arg(q.lastError().text().simplified())};
}
} // namespace

Result<int> installedVersion(NetStore& store)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NULL")) || !q.next())
        return sqlFailed(q);
    if (q.value(0).toBool())
        return 0;
    return store.schemaVersion();
}

Result<StoreStatus> readStatus(NetStore& store)
{
    StoreStatus status;
    status.latest = NetStore::latestVersion();
    auto version = installedVersion(store);
    if (!version)
        return version.error();
    status.version = version.value();
    if (status.version == 0)
        return status;
    auto events = store.eventCount();
    if (!events)
        return events.error();
    status.events = events.value();
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral(
            "SELECT c.role, c.site, (SELECT count(*) FROM events e WHERE e.counter = c.role), "
            "coalesce(l.kind, ''), to_char(l.at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
            "FROM counters c LEFT JOIN LATERAL (SELECT kind, at FROM events e WHERE e.counter = c.role "
            "ORDER BY seq DESC LIMIT 1) l ON true ORDER BY c.site, c.role")))
        return sqlFailed(q);
    while (q.next()) {
        StoreCounterStatus c;
        c.role = q.value(0).toString();
        c.site = q.value(1).toString();
        c.events = q.value(2).toLongLong();
        c.lastKind = q.value(3).toString();
        if (!q.value(4).isNull())
            c.lastAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        status.counters.append(c);
    }
    return status;
}

QString newRolePassword()
{
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace comptoir::netstore
