#include "store/LocalStore.h"

#include "Clock.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace comptoir {

LocalStore::LocalStore(const QString& dataDir, const Clock& clock, FaultInjector* faults)
    : m_dataDir(dataDir)
    , m_clock(clock)
    , m_cache(faults)
    , m_outbox(clock, faults)
{
}

QString LocalStore::cachePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("cache.sqlite"));
}

QString LocalStore::outboxPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("outbox.sqlite"));
}

Result<QList<StoreNotice>> LocalStore::open()
{
    QList<StoreNotice> notices;
    // The outbox first: it holds what must not be lost.
    Status status = openOutbox(notices);
    if (!status.ok())
        return status.error();
    status = openCache(notices);
    if (!status.ok()) {
        m_outbox.close();
        return status.error();
    }
    return notices;
}

void LocalStore::close()
{
    m_cache.close();
    m_outbox.close();
}

Status LocalStore::openCache(QList<StoreNotice>& notices)
{
    const QString path = cachePath();
    Status status = m_cache.open(path);
    if (status.ok() || status.error().code != Database::Corrupt)
        return status;
    qCWarning(lcStore) << "cache damaged; recreating it";
    for (const QString& file : QStringList{path} + Database::companionFiles(path)) {
        if (QFile::exists(file) && !QFile::remove(file))
            return Error{Database::Io, QCoreApplication::translate("comptoir::LocalStore",
                                                                   "The damaged cache %1 could not be removed.")
                                           .arg(file)};
    }
    status = m_cache.open(path);
    if (status.ok())
        notices.append({StoreNotice::Kind::CacheRebuilt,
                        QCoreApplication::translate("comptoir::LocalStore",
                                                    "The local cache was damaged and has been recreated. The queues "
                                                    "will be downloaded again at the next synchronisation."),
                        QString()});
    return status;
}

namespace {

bool sameBytes(const QString& a, const QString& b)
{
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    while (!fa.atEnd())
        if (fa.read(1 << 16) != fb.read(1 << 16))
            return false;
    return true;
}

} // namespace

Status LocalStore::openOutbox(QList<StoreNotice>& notices)
{
    const QString path = outboxPath();
    // The WAL and shared-memory files as they are before any SQLite connection opens the outbox:
    // if it turns out damaged, these copies are what is set aside (opening rebuilds the -shm).
    const QStringList companions = Database::companionFiles(path);
    QStringList before;
    for (const QString& file : companions) {
        const QString copy = file + QStringLiteral(".before-open");
        QFile::remove(copy);
        if (QFile::exists(file) && !QFile::copy(file, copy))
            return Error{Database::Io, QCoreApplication::translate(
                                           "comptoir::LocalStore",
                                           "The outbox's file %1 could not be copied before opening it; nothing "
                                           "was changed.")
                                           .arg(file)};
        before << copy;
    }
    auto dropCopies = [&before] {
        for (const QString& copy : std::as_const(before))
            QFile::remove(copy);
    };
    Status status = m_outbox.open(path);
    if (status.ok() || status.error().code != Database::Corrupt) {
        dropCopies();
        return status;
    }
    // The check never checkpointed the WAL into the file (Database::open), so the file is as found.
    const QString stamp = m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = path + QStringLiteral(".corrupt-") + stamp + QStringLiteral("-%1").arg(n);
    qCWarning(lcStore) << "outbox damaged; moving it aside to" << aside;
    if (!QFile::rename(path, aside)) {
        dropCopies();
        return Error{Database::Io,
                     QCoreApplication::translate("comptoir::LocalStore",
                                                 "The outbox %1 is damaged and could not be moved aside. Nothing was "
                                                 "changed; call your support before going on.")
                         .arg(path)};
    }
    const QStringList asideCompanions = Database::companionFiles(aside);
    for (int i = 0; i < companions.size(); ++i) {
        if (QFile::exists(before[i])) {
            // The WAL holds committed actions: it goes with its file, as it was before the check.
            QFile::rename(before[i], asideCompanions[i]);
            if (QFile::exists(companions[i]) && !sameBytes(companions[i], asideCompanions[i]))
                QFile::rename(companions[i], asideCompanions[i] + QStringLiteral(".after-check"));
            else
                QFile::remove(companions[i]);
        } else if (QFile::exists(companions[i])) {
            QFile::remove(companions[i]); // created by the check itself: nothing of the old outbox
        }
    }
    status = m_outbox.open(path);
    if (!status.ok())
        return status;
    const RecoveryReport recovered = recoverFrom(aside);
    QString message = QCoreApplication::translate(
                          "comptoir::LocalStore",
                          "The outbox of actions waiting for the library system was damaged. It has been kept, "
                          "untouched, as %1 and a new one was started.")
                          .arg(aside);
    if (recovered.readable)
        message += QLatin1Char(' ') +
                   QCoreApplication::translate(
                       "comptoir::LocalStore",
                       "%n action(s) not yet confirmed by the library system could be read from it; they are in the "
                       "review list: check each one before sending it again.",
                       nullptr, recovered.recovered);
    else
        message += QLatin1Char(' ') + QCoreApplication::translate(
                                          "comptoir::LocalStore",
                                          "Nothing could be read from it: tell your support, the actions it holds may "
                                          "still need to be sent.");
    if (recovered.unreadable)
        message += QLatin1Char(' ') + QCoreApplication::translate("comptoir::LocalStore",
                                                                  "%n part(s) of it could not be read.", nullptr,
                                                                  recovered.unreadable);
    qCWarning(lcStore) << "outbox recovery:" << recovered.recovered << "actions to review," << recovered.settled
                       << "already settled," << recovered.unreadable << "unreadable parts";
    notices.append({StoreNotice::Kind::OutboxMovedAside, message, aside, recovered.recovered});
    return {};
}

LocalStore::RecoveryReport LocalStore::recoverFrom(const QString& aside)
{
    // Read a scratch copy (SQLite may write to what it opens); the file set aside stays as it is.
    RecoveryReport report;
    QTemporaryDir scratch(QDir(m_dataDir).filePath(QStringLiteral(".recovery-XXXXXX")));
    if (!scratch.isValid())
        return report;
    const QString copy = scratch.filePath(QStringLiteral("outbox.sqlite"));
    if (!QFile::copy(aside, copy))
        return report;
    const QStringList from = Database::companionFiles(aside), to = Database::companionFiles(copy);
    for (int i = 0; i < from.size(); ++i)
        if (QFile::exists(from[i]))
            QFile::copy(from[i], to[i]);
    const QString connection = QStringLiteral("comptoir-recovery-%1").arg(quintptr(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        if (db.open()) {
            // Row by row by id, so that a damaged page costs the rows on it, not the rest: the highest
            // id comes from the sequence or the index (not from the table's pages), then each id is
            // looked up on its own. Bounded: an outbox never holds more than MaxRecoveredIds.
            constexpr qint64 MaxRecoveredIds = 5000000;
            qint64 last = 0;
            for (const QString& sql : {QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'actions'"),
                                       QStringLiteral("SELECT max(id) FROM actions INDEXED BY actions_state"),
                                       QStringLiteral("SELECT max(id) FROM actions")}) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    last = std::max(last, q.value(0).toLongLong());
            }
            report.readable = last > 0;
            QList<qint64> all;
            for (qint64 id = 1; id <= std::min(last, MaxRecoveredIds); ++id)
                all << id;
            QSqlQuery row(db);
            row.prepare(QStringLiteral("SELECT uuid, created_at, kind, payload, workstation, staff, state FROM "
                                       "actions WHERE id = ?"));
            for (qint64 id : std::as_const(all)) {
                row.bindValue(0, id);
                if (!row.exec()) {
                    ++report.unreadable;
                    continue;
                }
                if (!row.next())
                    continue; // no action with this id (a rolled back append)
                const QString state = row.value(6).toString();
                if (state != QLatin1String("pending") && state != QLatin1String("review")) {
                    ++report.settled; // acknowledged or discarded: nothing left to do
                    continue;
                }
                OutboxAction action;
                action.uuid = row.value(0).toString();
                action.createdAt = QDateTime::fromString(row.value(1).toString(), Qt::ISODateWithMs);
                action.kind = row.value(2).toString();
                action.payload = QJsonDocument::fromJson(row.value(3).toString().toUtf8()).object();
                action.workstation = row.value(4).toString();
                action.staff = row.value(5).toString();
                row.finish();
                if (action.uuid.isEmpty() || action.kind.isEmpty()) {
                    ++report.unreadable;
                    continue;
                }
                if (m_outbox.find(action.uuid))
                    continue; // already recovered by an earlier start
                auto appended = m_outbox.append(action);
                if (appended &&
                    m_outbox
                        .sendToReview(action.uuid, QCoreApplication::translate(
                                                       "comptoir::LocalStore",
                                                       "Recovered from the damaged outbox %1: the library system "
                                                       "may or may not have received it.")
                                                       .arg(QFileInfo(aside).fileName()))
                        .ok())
                    ++report.recovered;
                else
                    ++report.unreadable;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return report;
}

} // namespace comptoir
