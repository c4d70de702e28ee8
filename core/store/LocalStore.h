#pragma once

#include "store/CacheStore.h"
#include "store/Outbox.h"

namespace comptoir {

// Something the user must be told after opening the store (a rebuilt cache, an outbox set aside).
struct StoreNotice
{
    enum class Kind { CacheRebuilt, OutboxMovedAside };
    Kind kind;
    QString message;
    QString path;      // the file kept aside, when there is one
    int recovered = 0; // actions read back from it into the review list
};

// The two local files under the data folder, opened with the recovery policy:
// a damaged cache is recreated (it is rebuilt by the next sync); a damaged outbox is renamed
// to "outbox.sqlite.corrupt-<time>" with its WAL and shm exactly as they were before any SQLite
// connection opened them, a new one is started, what can still be read from a scratch copy of the
// old one goes to the review list, and nothing is deleted.
// A file written by a newer version is refused.
class LocalStore
{
public:
    LocalStore(const QString& dataDir, const Clock& clock, FaultInjector* faults = nullptr);

    Result<QList<StoreNotice>> open();
    void close();

    QString cachePath() const;
    QString outboxPath() const;
    CacheStore& cache() { return m_cache; }
    Outbox& outbox() { return m_outbox; }

private:
    struct RecoveryReport
    {
        bool readable = false; // the actions table could be listed
        int recovered = 0;     // pending or review actions put in the new outbox's review list
        int settled = 0;       // acknowledged or discarded: nothing to do
        int unreadable = 0;    // rows or parts that could not be read
    };
    RecoveryReport recoverFrom(const QString& aside);
    Status openCache(QList<StoreNotice>& notices);
    Status openOutbox(QList<StoreNotice>& notices);

    QString m_dataDir;
    const Clock& m_clock;
    CacheStore m_cache;
    Outbox m_outbox;
};

} // namespace comptoir
