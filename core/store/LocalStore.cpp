#include "LocalStore.h"

#include "Clock.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

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

Status LocalStore::openOutbox(QList<StoreNotice>& notices)
{
    const QString path = outboxPath();
    Status status = m_outbox.open(path);
    if (status.ok() || status.error().code != Database::Corrupt)
        return status;
    const QString stamp = m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = path + QStringLiteral(".corrupt-") + stamp + QStringLiteral("-%1").arg(n);
    qCWarning(lcStore) << "outbox damaged; moving it aside to" << aside;
    if (!QFile::rename(path, aside))
        return Error{Database::Io,
                     QCoreApplication::translate("comptoir::LocalStore",
                                                 "The outbox %1 is damaged and could not be moved aside. Nothing was "
                                                 "changed; call your support before going on.")
                         .arg(path)};
    // The WAL may hold committed actions: it goes with the file it belongs to.
    const QStringList companions = Database::companionFiles(path);
    const QStringList asideCompanions = Database::companionFiles(aside);
    for (int i = 0; i < companions.size(); ++i) {
        if (QFile::exists(companions[i]))
            QFile::rename(companions[i], asideCompanions[i]);
    }
    status = m_outbox.open(path);
    if (status.ok())
        notices.append({StoreNotice::Kind::OutboxMovedAside,
                        QCoreApplication::translate("comptoir::LocalStore",
                                                    "The outbox of actions waiting for the library system was "
                                                    "damaged. It has been kept, untouched, as %1 and a new one was "
                                                    "started. Tell your support: the actions it holds may still "
                                                    "need to be sent.")
                            .arg(aside),
                        aside});
    return status;
}

} // namespace comptoir
