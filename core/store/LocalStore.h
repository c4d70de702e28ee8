#pragma once

#include "CacheStore.h"
#include "Outbox.h"

namespace comptoir {

// Something the user must be told after opening the store (a rebuilt cache, an outbox set aside).
struct StoreNotice
{
    enum class Kind { CacheRebuilt, OutboxMovedAside };
    Kind kind;
    QString message;
    QString path; // the file kept aside, when there is one
};

// The two local files under the data folder, opened with the recovery policy:
// a damaged cache is recreated (it is rebuilt by the next sync); a damaged outbox is renamed
// to "outbox.sqlite.corrupt-<time>" (with its WAL), a new one is started, and nothing is deleted.
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
    Status openCache(QList<StoreNotice>& notices);
    Status openOutbox(QList<StoreNotice>& notices);

    QString m_dataDir;
    const Clock& m_clock;
    CacheStore m_cache;
    Outbox m_outbox;
};

} // namespace comptoir
