#pragma once

#include "Result.h"
#include "Verdict.h"
#include "netstore/ClaimedRun.h"
#include "netstore/NetStore.h"
#include "netstore/Publisher.h"
#include "netstore/StoreWorker.h"
#include "netstore/ZoneSplit.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace comptoir {
class Clock;
class Outbox;
namespace ils {
class SecretStore;
}
} // namespace comptoir

namespace comptoir::netstore {

// What a pull list and its run ask of the desks they share the list with. Without a network store
// nothing is taken elsewhere and nothing is claimed: the page works as it always did.
class PullCoordination
{
public:
    virtual ~PullCoordination() = default;
    // A line (the item's barcode) another desk holds or did; `by` says which.
    virtual bool takenElsewhere(const QString& line, QString* by) const = 0;
    // A pull run starts on these lines (walking order): the first ones are claimed.
    virtual void runStarted(const QStringList& lines) = 0;
    // A line pulled (found) or not found here.
    virtual void lineDone(const QString& line, bool found) = 0;
    virtual void runStopped() = 0;
    // The desk another desk gave this shelf zone to (its lines are left to it); empty when the zone
    // is this desk's or nobody's.
    virtual QString zoneDesk(const QString& zone) const
    {
        Q_UNUSED(zone);
        return {};
    }
    // What the list is waiting for from the other desks (lines being claimed, zones being read), or
    // why it goes on without them; empty when there is nothing to say.
    virtual QString coordinationNote() const { return {}; }
};

// This counter's link to the network store, built from the setting netstore/address: empty, the
// link stays inactive and changes nothing. Configured, it reads the role's password from the
// keychain, connects, listens, publishes the outbox's events every `interval` (and at once after a
// line is done), and coordinates pull runs. The store unreachable: the counter goes on alone, the
// events wait in the outbox, the link tries again on the next tick.
class NetworkStoreLink : public QObject, public PullCoordination
{
    Q_OBJECT
public:
    NetworkStoreLink(Outbox& outbox, const Clock& clock, QObject* parent = nullptr);
    ~NetworkStoreLink() override;

    // address: the setting's text (empty: no store). counter: this workstation's name, for the
    // events' uuids and the store's application name.
    Status configure(const QString& address, const QString& site, const QString& counter);
    bool isConfigured() const { return m_configured; }
    bool isConnected() const { return m_store.isOpen(); }
    // Reads the password and connects (asynchronously when the keychain is); starts the timer.
    void start(ils::SecretStore& secrets, int intervalMs = 30000);
    // Connects with a password at hand (after start() read it). The desk never waits on the store:
    // the connection is tried first on a worker thread (its own QSqlDatabase connection, up to the
    // connect timeout); only once the store answered does this thread open its connection, and
    // each statement on it is then bounded (StatementTimeoutMs). connectedChanged(true) says when.
    // An error here is a wrong configuration; the store not answering comes as message().
    Status connectWith(const QString& password);
    bool isConnecting() const { return m_probe != nullptr; }
    static constexpr int StatementTimeoutMs = 100;
    // A publication round on this thread (a crate action that wants the store's verdict at once).
    PublishRound publishNow();
    // A publication round whose store part runs on a worker thread with its own connection (a pull
    // run's line done, the timer's rounds, a report snapshot): the desk never waits on the store,
    // even one that stopped answering mid-statement. The events are read from the outbox here, the
    // verdicts kept here when the worker is back (published() then); one round at a time, another
    // asked meanwhile follows it. Returns false when no round was started (none configured, not
    // connected: the events wait in the outbox; one in flight: the next follows it).
    bool publishInBackground();
    bool isPublishing() const { return m_round != nullptr; }
    // What the outbox holds now, published on a worker (publishInBackground): returns the number of
    // the round that carries it (roundEnded() with that number says when it is back; a round lost
    // with the store never ends), or 0 when no round will (not connected, nothing to publish).
    quint64 publishSoon();
    // The same try as the link's, for a screen that tests an address ("Test the connection"):
    // NetStore::probe on a worker thread, `done` called later on `context`'s thread (never when
    // `context` is gone meanwhile). The caller never waits on the store.
    static void probeAsync(const StoreAddress& address, const QString& password, const QString& applicationName,
                           QObject* context, std::function<void(const Status&)> done);

    // Banks this counter serves besides its own site's (a bank of another site it loads or
    // clears): their alerts published by other counters reach this one too.
    void setServedBanks(const QStringList& banks) { m_servedBanks = banks; }
    // What the desk shows for a locker alert from another counter (the kiosk's PC): the bank and
    // door in the title, what the kiosk said under it.
    static Verdict alertVerdict(const QString& bank, const QString& label, const QString& detail);

    // A screen's read of the store (the report's snapshots, the network's locker doors, the site's
    // delivery orders) on a worker thread with a connection of its own, so that the desk never
    // waits on the store: `work` runs there, `done` later on `context`'s thread (never once
    // `context` is gone) with work's status, or netstore.unreachable when the link is not
    // connected or the connection failed. Returns false when nothing was started (not configured
    // or not connected; `done` is not called).
    bool readInBackground(QObject* context, std::function<Status(NetStore&)> work,
                          std::function<void(const Status&)> done) const;

    NetStore& store() { return m_store; }
    Publisher* publisher() { return m_publisher.get(); }
    QString site() const { return m_site; }
    // The site's zones as split between its desks (read when the link connects, and again when a
    // desk takes or gives back a zone). Read on the link's store thread: takenChanged() says when
    // they are in; returns false when no read was started (not connected).
    const ZoneSplit& zones() const { return m_zones; }
    bool reloadZones();
    bool isReadingZones() const { return m_zoneCall != 0; }

    // The desk's reads and claims run on the link's store thread (StoreWorker: its own connection),
    // never on this one: job(store) there, then done(result) here, unless `context` is gone
    // meanwhile, the link was configured again, or the store did not answer within storeTimeout()
    // (the desk then goes on without the store, as when it is unreachable: connectedChanged(false),
    // said once, every call pending dropped, claims given up; the store back, the link connects
    // again and a run still going claims again). `pending` is what the desk shows meanwhile (empty:
    // nothing shown). Returns false when no call was started (not connected).
    template <typename R>
    bool callStore(QObject* context, const QString& pending, std::function<R(NetStore&)> job,
                   std::function<void(R)> done)
    {
        const int call = beginCall(pending);
        if (call == 0)
            return false;
        m_worker->post<R>(std::move(job),
                          [this, call, guard = QPointer<QObject>(context), done = std::move(done)](R result) {
                              if (!endCall(call))
                                  return; // timed out meanwhile: the desk went on without it
                              if (StoreWorker::dropped(result))
                                  storeLost(result.error().message);
                              if (guard)
                                  done(std::move(result));
                          });
        return true;
    }
    void setStoreTimeout(int ms) { m_storeTimeoutMs = ms; }
    int storeTimeout() const { return m_storeTimeoutMs; }
    // Calls to the store the desk is waiting for.
    int pendingCalls() const { return int(m_calls.size()); }
    // Claims of the pull run in force (false without a run, or while the run goes on without the store).
    bool isClaiming() const { return m_runBox != nullptr; }
    // Extends this desk's claims (the timer does it every three minutes while a run goes on).
    void renewClaims();

    // PullCoordination
    bool takenElsewhere(const QString& line, QString* by) const override;
    void runStarted(const QStringList& lines) override;
    void lineDone(const QString& line, bool found) override;
    void runStopped() override;
    QString zoneDesk(const QString& zone) const override;
    QString coordinationNote() const override;

Q_SIGNALS:
    void connectedChanged(bool connected);
    // A round of publishInBackground() ended, with what it did.
    void published(const comptoir::netstore::PublishRound& round);
    // The round numbered so by publishSoon() is back (after published(), and after its lost events).
    // complete: it went through and nothing waits in the outbox after it (else what an action put
    // there may not have been in it: its verdict is not known yet).
    void roundEnded(quint64 round, bool complete);
    // A line left this desk's list (pulled or claimed at another desk): the page refreshes.
    void takenChanged();
    // coordinationNote() changed (a call to the store started or ended, the store lost).
    void coordinationNoteChanged(const QString& note);
    // Something staff should read (a conflict lost, the store unreachable).
    void message(const QString& text);
    // A locker alert another counter published (a door jammed, forced or left open, a board lost,
    // a patron turned away) for a bank of this counter's site or one it serves. detail: what the
    // kiosk said, "<outcome>: <text>".
    void lockerAlert(const QString& bank, const QString& label, const QString& detail, const QString& counter);
    // One of this counter's events another counter won (or the store refused), with the verdict:
    // forwarded from the publisher (netstore/SharedCrates undoes and tells the crate ones).
    void eventLost(const comptoir::netstore::StoreEvent& event, const comptoir::netstore::Outcome& outcome);

private:
    struct ProbeGuard;
    struct RunBox;
    // The pull run's claims as this thread knows them (the run itself is on the store thread).
    struct RunView
    {
        QStringList mine;
        QHash<QString, QString> elsewhere, done;
        void markDone(const QString& line, const QString& by);
    };
    int beginCall(const QString& pending);
    bool endCall(int call);
    void storeLost(const QString& why);
    void startClaims();
    void runStep(const QString& pending, std::function<Status(ClaimedRun&)> step);
    void tick();
    void startProbe();
    void probeDone(const Status& status);
    void cancelProbe();
    void roundDone(const QList<LocalEvent>& batch, const SentEvents& sent);

    Outbox& m_outbox;
    const Clock& m_clock;
    bool m_configured = false;
    StoreAddress m_address;
    QString m_site, m_counter;
    NetStore m_store;
    std::unique_ptr<Publisher> m_publisher;
    std::unique_ptr<StoreWorker> m_worker; // the store thread of reads and claims, while connected
    QHash<int, QString> m_calls;           // calls in flight → what the desk shows meanwhile
    int m_lastCall = 0;
    int m_storeTimeoutMs = 10000;
    int m_zoneCall = 0;
    // A pull run going on at this desk: its lines, those done here; its claims (null: none, the
    // store not there) and what this thread knows of them.
    bool m_runActive = false;
    QStringList m_runLines;
    QHash<QString, QString> m_runDoneHere;
    std::shared_ptr<RunBox> m_runBox;
    RunView m_runView;
    QHash<QString, QString> m_doneElsewhere;
    QStringList m_servedBanks;
    QTimer m_timer;
    qint64 m_lastRenew = 0;
    QString m_password;
    bool m_havePassword = false; // read from the keychain (or given)
    std::shared_ptr<ProbeGuard> m_probe;
    std::shared_ptr<ProbeGuard> m_round; // the background round in flight
    bool m_roundAgain = false;
    quint64 m_roundSerial = 0; // the last round started
    bool m_up = false;         // connectedChanged(true) said last, not yet (false) since
    bool m_toldUnreachable = false;
    ZoneSplit m_zones;
};

} // namespace comptoir::netstore
