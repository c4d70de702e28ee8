#include "sandbox/BenchData.h"

#include "store/Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace comptoir::sandbox::bench {

Status changeRequests(const QString& networkFile, const QString& site, int changed)
{
    const QString connection = QStringLiteral("bench-change");
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(networkFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Error{QStringLiteral("bench.io"), db.lastError().text()};
        QSqlQuery q(db);
        const QStringList statements = {
            QStringLiteral("BEGIN"),
            QStringLiteral("UPDATE holds SET timestamp = '2026-11-23T08:00:00', notes = 'changed' WHERE hold_id IN "
                           "(SELECT hold_id FROM holds WHERE pickup_library_id = '%1' ORDER BY hold_id LIMIT %2)")
                .arg(site)
                .arg(changed / 2),
            QStringLiteral("DELETE FROM holds WHERE hold_id IN (SELECT hold_id FROM holds WHERE pickup_library_id = "
                           "'%1' ORDER BY hold_id DESC LIMIT %2)")
                .arg(site)
                .arg(changed / 4),
            QStringLiteral("INSERT INTO holds (patron_id, biblio_id, pickup_library_id, hold_date, priority, "
                           "timestamp, item_level) SELECT patron_id, biblio_id, '%1', '2026-11-23', 99, "
                           "'2026-11-23T08:00:00', 0 FROM holds ORDER BY hold_id LIMIT %2")
                .arg(site)
                .arg(changed / 4),
            QStringLiteral("COMMIT")};
        for (const QString& sql : statements)
            if (!q.exec(sql)) {
                status = Error{QStringLiteral("bench.sql"), q.lastError().text()};
                break;
            }
    }
    QSqlDatabase::removeDatabase(connection);
    return status;
}

Status fillCache(Database& cache, const QString& networkFile, const QString& site, CacheFill fill)
{
    QStringList statements = {
        QStringLiteral("ATTACH DATABASE '%1' AS network").arg(networkFile),
        QStringLiteral("INSERT INTO items (item_id, barcode, biblio_id, callnumber, location, home_library_id, "
                       "holding_library_id) SELECT item_id, external_id, biblio_id, callnumber, location, "
                       "home_library_id, holding_library_id FROM network.items"),
        QStringLiteral("INSERT INTO biblios (biblio_id, title, author) SELECT biblio_id, title, author FROM "
                       "network.biblios")};
    if (fill == CacheFill::PickList)
        statements << QStringLiteral("INSERT INTO pick_list (site, item_id, biblio_id, barcode, pickup_library_id, "
                                     "callnumber, item_level) SELECT '%1', item_id, biblio_id, external_id, '%1', "
                                     "callnumber, 0 FROM network.items")
                          .arg(site);
    else
        statements << QStringLiteral("INSERT INTO holds (hold_id, patron_id, biblio_id, item_id, pickup_library_id, "
                                     "status, priority) SELECT hold_id, patron_id, biblio_id, item_id, "
                                     "pickup_library_id, status, priority FROM network.holds")
                   << QStringLiteral("INSERT INTO libraries (library_id, name, pickup_location, data) SELECT "
                                     "library_id, name, 1, '{}' FROM network.libraries");
    statements << QStringLiteral("DETACH DATABASE network");
    for (const QString& sql : std::as_const(statements))
        if (auto r = cache.exec(sql); !r)
            return r.status();
    return {};
}

} // namespace comptoir::sandbox::bench
