#pragma once

#include "Result.h"
#include "sync/SyncEngine.h"

#include <QObject>

namespace comptoir {
class CacheStore;
class Clock;
namespace ils {
class KohaRestClient;
}
} // namespace comptoir

namespace comptoir::lockers {

// The requests to be picked up at a locker bank, in the cache of a counter whose own site is not
// the bank (the demo's desk, CENTRE, loads the bank CASGARE): the counter's sync pulls only its
// own site's requests, so the bank's are pulled by a second sync of the same cache for the bank's
// library, run after each of the counter's own syncs (never both at once).
class BankCache : public QObject
{
    Q_OBJECT
public:
    BankCache(ils::KohaRestClient& rest, CacheStore& cache, const Clock& clock, const QString& bank,
              QObject* parent = nullptr);
    // After each sync of `own` that succeeded, the bank's requests are refreshed.
    void follow(sync::SyncEngine& own);
    void syncNow() { m_engine.syncNow(); }
    sync::SyncEngine& engine() { return m_engine; }

Q_SIGNALS:
    void finished(const comptoir::Status& status);

private:
    sync::SyncEngine m_engine;
};

} // namespace comptoir::lockers
