#include "store/Retention.h"

#include "Logging.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace comptoir {

namespace {

// Payload keys that identify a patron, whatever the action.
const QStringList PatronKeys = {QStringLiteral("card"),        QStringLiteral("cardnumber"), QStringLiteral("patron"),
                                QStringLiteral("patron_name"), QStringLiteral("name"),       QStringLiteral("address"),
                                QStringLiteral("phone"),       QStringLiteral("email")};

// Overwrite what is freed from now on, and leave no old copy in the WAL.
Status scrub(Database& db, const std::function<Status()>& body)
{
    if (auto on = db.scalar(QStringLiteral("PRAGMA secure_delete=ON")); !on)
        return on.status();
    Status status = db.transaction(body);
    if (status.ok())
        if (auto ckpt = db.scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !ckpt)
            status = ckpt.status();
    return status;
}

} // namespace

Result<RetentionReport> applyRetention(LocalStore& store, const QDateTime& now, int days, const QString& slipsDir)
{
    RetentionReport report;
    const int keep = std::max(days, 1);
    const QString cutoff = now.toUTC().addDays(-keep).toString(Qt::ISODateWithMs);
    Database& outbox = store.outbox().database();
    Status status = scrub(outbox, [&]() -> Status {
        auto settled = outbox.exec(QStringLiteral("SELECT id, payload FROM actions WHERE state IN ('acknowledged', "
                                                  "'discarded') AND updated_at < ?"),
                                   {cutoff});
        if (!settled)
            return settled.status();
        QList<QPair<qint64, QString>> changed;
        while (settled.value().next()) {
            QJsonObject payload = QJsonDocument::fromJson(settled.value().value(1).toString().toUtf8()).object();
            bool had = false;
            for (const QString& key : PatronKeys)
                if (payload.contains(key)) {
                    payload.remove(key);
                    had = true;
                }
            if (had) {
                payload.insert(QStringLiteral("patron_purged"), true);
                changed.append({settled.value().value(0).toLongLong(),
                                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
            }
        }
        settled.value().finish();
        for (const auto& [id, payload] : std::as_const(changed))
            if (auto u = outbox.exec(QStringLiteral("UPDATE actions SET payload = ? WHERE id = ?"), {payload, id}); !u)
                return u.status();
        report.actions = int(changed.size());
        // The library system's reasons may quote a card or a name.
        if (auto reasons = outbox.exec(QStringLiteral("UPDATE actions SET last_error = NULL WHERE state IN "
                                                      "('acknowledged', 'discarded') AND updated_at < ? AND "
                                                      "last_error IS NOT NULL"),
                                       {cutoff});
            !reasons)
            return reasons.status();
        auto audit = outbox.exec(QStringLiteral("UPDATE audit SET detail = NULL WHERE at < ? AND detail IS NOT NULL "
                                                "AND (action_uuid IS NULL OR action_uuid NOT IN (SELECT uuid FROM "
                                                "actions WHERE state IN ('pending', 'review')))"),
                                 {cutoff});
        if (!audit)
            return audit.status();
        report.auditLines = audit.value().numRowsAffected();
        auto orders = outbox.exec(QStringLiteral("DELETE FROM collected_orders WHERE collected_at < ?"), {cutoff});
        if (!orders)
            return orders.status();
        report.orders = orders.value().numRowsAffected();
        if (auto cleared = outbox.exec(QStringLiteral("DELETE FROM cleared_holds WHERE cleared_at < ?"), {cutoff});
            !cleared)
            return cleared.status();
        // Review reasons quoted from the ILS stay while the action waits for staff.
        return {};
    });
    if (!status.ok())
        return status.error();

    Database& cache = store.cache().database();
    status = scrub(cache, [&]() -> Status {
        auto patrons = cache.exec(
            QStringLiteral("DELETE FROM patrons WHERE patron_id NOT IN (SELECT patron_id FROM holds WHERE patron_id "
                           "IS NOT NULL) AND patron_id NOT IN (SELECT patron_id FROM pick_list WHERE patron_id IS "
                           "NOT NULL)"));
        if (!patrons)
            return patrons.status();
        report.patrons = patrons.value().numRowsAffected();
        return {};
    });
    if (!status.ok())
        return status.error();

    if (!slipsDir.isEmpty() && QFileInfo(slipsDir).isDir()) {
        const QDateTime limit = now.addDays(-keep);
        QDirIterator it(slipsDir, {QStringLiteral("*.pdf")}, QDir::Files);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            if (file.lastModified() < limit && QFile::remove(file.filePath()))
                ++report.slipFiles;
        }
    }
    qCInfo(lcStore) << "privacy: retention" << keep << "days;" << report.actions << "settled actions,"
                    << report.auditLines << "audit details," << report.orders << "collected orders," << report.patrons
                    << "cached patrons," << report.slipFiles << "slip files purged";
    return report;
}

} // namespace comptoir
