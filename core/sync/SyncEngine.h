#pragma once

#include "ConnectionState.h"
#include "Result.h"
#include "ils/IlsError.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace comptoir {
class CacheStore;
class Clock;
} // namespace comptoir

namespace comptoir::ils {
class KohaRestClient;
}

namespace comptoir::sync {

class JsonPage;

struct SyncReport
{
    bool full = false;
    qint64 holds = 0;    // received
    qint64 removed = 0;  // left the cache (cancelled, filled, moved to another pickup point)
    qint64 pickList = 0; // lines of the site's pick list
    qint64 milliseconds = 0;
};

// Pulls what one counter needs into the cache: every library, the requests to be picked up at its
// site (pending, in transit to it, waiting on its hold shelf) with their items, records and minimal
// patron data, and its pick list. The first sync takes everything; later ones ask for what changed
// since the server's last timestamp, then compare the site's totals (the ILS's X-Total-Count against
// the cache's count) and, only when they differ, counts by ranges of request ids, so that
// cancelled, filled or moved requests leave the cache within one refresh while a refresh with
// nothing changed costs two small requests whatever the site's size. Page by page, one transaction
// per page: the UI thread never waits long.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(ils::KohaRestClient& rest, CacheStore& cache, const Clock& clock, QObject* parent = nullptr);
    ~SyncEngine() override;

    void setSite(const QString& site);
    QString site() const { return m_site; }
    // Refresh every interval (and retry with backoff after a failure); 0 stops.
    void setInterval(int seconds);
    // Full the first time for this site, incremental afterwards; ignored while one runs.
    void syncNow();
    void fullSync();
    // How often an incremental sync also refreshes the pick list (a full sync always does).
    void setPickListInterval(int seconds) { m_pickListSeconds = seconds; }
    bool isRunning() const { return m_running; }
    ConnectionState state() const { return m_state; }
    const ils::Backoff& backoff() const { return m_backoff; }

    static constexpr int ReconcileLeaf = 400; // ranges with fewer requests are compared id by id

Q_SIGNALS:
    void started(bool full);
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished(const comptoir::Status& status, const comptoir::sync::SyncReport& report);
    void stateChanged(comptoir::ConnectionState state);

private:
    struct Run;
    void start(bool full);
    void stepLibraries();
    void stepHolds();
    void stepReconcile();
    void reconcileAll();
    bool pickListDue() const;
    void reconcileRange(qint64 low, qint64 high, std::function<void(Status)> done);
    // Removes the site's cached requests matching `where` that are not in `present`.
    Status removeMissing(const QString& where, const QVariantList& binds, const QSet<qint64>& present);
    void stepPickList();
    void stepPickListItems();
    Status writeItem(const JsonPage& page, qint32 item);
    Status writeBiblio(const JsonPage& page, qint32 biblio);
    void finish(Status status);
    void setState(ConnectionState state);
    Result<qint64> writeHolds(const QByteArray& page);
    Result<qint64> writePickList(const QByteArray& page, bool first);
    Result<qint64> writeItems(const QByteArray& page);

    ils::KohaRestClient& m_rest;
    CacheStore& m_cache;
    const Clock& m_clock;
    QString m_site;
    QTimer m_timer;
    int m_intervalSeconds = 0;
    int m_pickListSeconds = 600;
    bool m_running = false;
    std::unique_ptr<Run> m_run;
    quint64 m_runs = 0;
    ConnectionState m_state = ConnectionState::NotConfigured;
    ils::Backoff m_backoff;
};

} // namespace comptoir::sync
