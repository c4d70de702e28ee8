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

// Items of one library other than CENTRE that a check-in at CENTRE sends home (on the shelf, no
// request on them or their record, no transfer open): 2 × items of them, and that library.
Result<std::pair<QString, QStringList>> itemsGoingHome(const QString& file, int count)
{
    const QString name = QStringLiteral("bench-crate-items");
    std::pair<QString, QStringList> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return Error{QStringLiteral("bench"), db.lastError().text()};
        const QString available = QStringLiteral(
            "FROM items i WHERE i.home_library_id <> 'CENTRE' AND i.checked_out_patron_id IS NULL AND i.withdrawn = 0 "
            "AND i.lost_status = 0 AND i.not_for_loan_status = 0 AND i.item_id NOT IN (SELECT item_id FROM holds WHERE "
            "item_id IS NOT NULL) AND i.biblio_id NOT IN (SELECT biblio_id FROM holds) AND i.item_id NOT IN (SELECT "
            "item_id FROM transfers WHERE arrived_date IS NULL) AND i.home_library_id IN (SELECT library_id FROM "
            "libraries WHERE is_locker_bank = 0)");
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT i.home_library_id ") + available +
                    QStringLiteral(" GROUP BY i.home_library_id ORDER BY count(*) DESC LIMIT 1")) ||
            !q.next())
            return Error{QStringLiteral("bench"), QStringLiteral("no library with items to send home")};
        out.first = q.value(0).toString();
        q.finish();
        q.prepare(QStringLiteral("SELECT i.external_id ") + available +
                  QStringLiteral(" AND i.home_library_id = ? ORDER BY i.item_id LIMIT ?"));
        q.addBindValue(out.first);
        q.addBindValue(2 * count);
        if (!q.exec())
            return Error{QStringLiteral("bench"), q.lastError().text()};
        while (q.next())
            out.second << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    if (out.second.size() < 2 * count)
        return Error{QStringLiteral("bench"),
                     QStringLiteral("only %1 items of %2 to send home").arg(out.second.size()).arg(out.first)};
    return out;
}

} // namespace comptoir::sandbox::bench
