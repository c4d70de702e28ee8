#pragma once

#include "Result.h"
#include "netstore/StoreAddress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

namespace comptoir::netstore {

// One version of the store's schema (SQL run as one transaction by the store's owner).
struct StoreMigration
{
    int version;
    QString sql;
};

// An event a counter publishes: what happened to which object, where and when. `id` (a uuid) makes
// a replay harmless: the store applies an event once.
struct StoreEvent
{
    QString id;
    QString site;
    QString kind;   // crate.open, crate.add, crate.seal, locker.assign, pull.pulled, report.snapshot…
    QString object; // the crate id, the door uuid, the order uuid, the pull-list line
    QJsonObject payload;
    QDateTime at;
};

// The store's verdict on an event. Lost: another counter got there first (the crate is sealed, the
// door assigned, the line pulled): `by` says who. Refused: not this site's object.
struct Outcome
{
    enum class Kind { Applied, Recorded, Lost, Refused };
    Kind kind = Kind::Applied;
    bool replay = false; // the store had the event already: this is its first verdict
    QString state, by, site, reason, item;
    QDateTime at;

    static Outcome fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    bool conflict() const { return kind == Kind::Lost || kind == Kind::Refused; }
    // For staff: what happened, in a sentence (empty when nothing went wrong).
    QString message(const QString& eventKind, const QString& object) const;
};

// A pull-list line and who holds it now.
struct LineClaim
{
    QString line;
    QString by;
    QDateTime expires;
    QString state; // claimed, pulled, not_found
    bool mine = false;
};

struct StoreCrate
{
    QString id, from, destination, state, sealedBy, receivedBy;
    int items = 0;
    int version = 0;
};

// The network's shared PostgreSQL store, through Qt's QPSQL driver: one connection of this thread.
// Error codes: netstore.address, netstore.unreachable (connecting or the connection dropped),
// netstore.denied (not this counter's site, no right), netstore.sql, netstore.driver (no QPSQL).
class NetStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int ClaimMinutes = 10;
    static QList<StoreMigration> migrations();
    static int latestVersion();
    static bool driverAvailable();

    explicit NetStore(QObject* parent = nullptr);
    ~NetStore() override;

    Status open(const StoreAddress& address, const QString& password, const QString& applicationName = {});
    void close();
    // Drops the connection without a word to the server (no UNLISTEN): a server that stopped
    // answering would hold this thread on a goodbye.
    void drop();
    bool isOpen() const;
    // Closes and opens again with the same address (after the store came back).
    Status reopen();
    QString role() const { return m_address.role; }
    const StoreAddress& address() const { return m_address; }
    QSqlDatabase database() const;
    // Tries a connection of the calling thread's own (any thread) and closes it: ok when the store
    // answered. The link runs it on a worker thread so that the desk never waits on a connect.
    static Status probe(const StoreAddress& address, const QString& password, const QString& applicationName = {});
    // Bounds each statement of this connection (statement_timeout; 0: none). Kept across reopen().
    Status setStatementTimeout(int ms);

    // ---- Administration (the store's owner role)
    Status migrate();
    Result<int> schemaVersion();
    // A counter's login role, member of comptoir_counter, bound to a site.
    Status addCounter(const QString& role, const QString& password, const QString& site);

    // ---- Counters
    Result<QString> mySite();
    Result<Outcome> publish(const StoreEvent& event);
    // Events in one transaction, in order: all verdicts, or an error and none applied.
    Result<QList<Outcome>> publishAll(const QList<StoreEvent>& events);
    // Claims `lines` of a site's pull list until now + ttl (renews this counter's own claims).
    Result<QList<LineClaim>> claim(const QString& site, const QStringList& lines, const QDateTime& now,
                                   qint64 ttlMs = qint64(ClaimMinutes) * 60 * 1000, const QString& zone = {});
    Result<int> release(const QString& site, const QStringList& lines, const QDateTime& now);
    // Lines of a site held by another counter (claimed and not expired) or done, at `now`.
    Result<QList<LineClaim>> takenLines(const QString& site, const QDateTime& now);
    Result<StoreCrate> crate(const QString& id);
    Result<qint64> eventCount(const QString& kind = {});
    // Zones of a site given to desks: zone (its name in the shelf layout) → the desk's role.
    Result<QHash<QString, QString>> zoneAssignments(const QString& site);
    // Takes (take) or gives back a zone of this counter's site; returns who held it before (empty:
    // nobody). Another site's zone: netstore.denied.
    Result<QString> assignZone(const QString& site, const QString& zone, bool take);

    // Live updates: LISTEN on the store's channel; `notified` then carries every message.
    Status listen();

Q_SIGNALS:
    void notified(const QJsonObject& message);
    // A line of `site` pulled or reported not found at another desk.
    void lineDone(const QString& site, const QString& line, const QString& by);
    void claimsChanged(const QString& site, const QString& by);
    void crateChanged(const QString& id, int items, const QString& state);
    // A zone of `site` taken or given back by a desk (`by`).
    void zonesChanged(const QString& site, const QString& by);

private:
    Error sqlError(const QSqlError& error, const QString& what) const;
    void onNotification(const QString& name, int source, const QVariant& payload);

    StoreAddress m_address;
    QString m_password, m_applicationName, m_connectionName;
    bool m_listening = false;
    int m_statementTimeoutMs = 0;
};

} // namespace comptoir::netstore
