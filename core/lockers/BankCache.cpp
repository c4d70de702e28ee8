#include "lockers/BankCache.h"

#include "lockers/LockFrame.h"

namespace comptoir::lockers {

BankCache::BankCache(ils::KohaRestClient& rest, CacheStore& cache, const Clock& clock, const QString& bank,
                     QObject* parent)
    : QObject(parent)
    , m_engine(rest, cache, clock)
{
    m_engine.setSite(bank);
    connect(&m_engine, &sync::SyncEngine::finished, this, [this, bank](const Status& s, const sync::SyncReport& r) {
        if (s.ok())
            qCInfo(lcLockers) << "bank" << bank << "requests in the cache:" << r.holds << "received," << r.removed
                              << "removed";
        else
            qCInfo(lcLockers) << "bank" << bank << "requests not refreshed:" << s.error().code;
        Q_EMIT finished(s);
    });
}

void BankCache::follow(sync::SyncEngine& own)
{
    connect(&own, &sync::SyncEngine::finished, this, [this](const Status& s, const sync::SyncReport&) {
        if (s.ok())
            m_engine.syncNow();
    });
}

} // namespace comptoir::lockers
