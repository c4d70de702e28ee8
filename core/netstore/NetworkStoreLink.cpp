#include "netstore/NetworkStoreLink.h"

#include "Clock.h"
#include "ils/SecretStore.h"
#include "store/Outbox.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>

#include <thread>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcNetStore)

namespace comptoir::netstore {

// Between a probe's worker thread and the link: the link forgets it (null) when it is destroyed or
// reconfigured; the worker posts its verdict only while the link is there.
struct NetworkStoreLink::ProbeGuard
{
    QMutex mutex;
    NetworkStoreLink* link = nullptr;
};

namespace {

// The desk's time, read on the desk's thread when a step of the run is posted.
class PostedClock final : public Clock
{
public:
    QDateTime now() const override { return at; }
    QDateTime at;
};

struct RunSnapshot
{
    QStringList mine;
    QHash<QString, QString> elsewhere, done;
};

} // namespace

// The pull run's claims, on the store thread only (built by its first step, with that thread's
// connection).
struct NetworkStoreLink::RunBox
{
    QString site;
    QStringList lines;
    QHash<QString, QString> doneHere; // lines done at this desk before the claims (re)started
    PostedClock clock;
    std::unique_ptr<ClaimedRun> run;
};

void NetworkStoreLink::RunView::markDone(const QString& line, const QString& by)
{
    done.insert(line, by);
    elsewhere.remove(line);
    mine.removeAll(line);
}

NetworkStoreLink::NetworkStoreLink(Outbox& outbox, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &NetworkStoreLink::tick);
    connect(&m_store, &NetStore::lineDone, this, [this](const QString& site, const QString& line, const QString& by) {
        if (site != m_site || by == m_store.role())
            return;
        m_doneElsewhere.insert(line, by);
        if (m_runBox) {
            m_runView.markDone(line, by);
            runStep({}, [line, by](ClaimedRun& run) {
                run.markDone(line, by);
                return Status();
            });
        }
        Q_EMIT takenChanged();
    });
    connect(&m_store, &NetStore::notified, this, [this](const QJsonObject& n) {
        if (n.value(QStringLiteral("kind")).toString() != QLatin1String("locker.alert"))
            return;
        const QString counter = n.value(QStringLiteral("counter")).toString();
        const QString bank = n.value(QStringLiteral("bank")).toString();
        if (counter == m_store.role()) // this counter's own alert: shown here already
            return;
        if (n.value(QStringLiteral("site")).toString() != m_site && !m_servedBanks.contains(bank))
            return;
        Q_EMIT lockerAlert(bank, n.value(QStringLiteral("label")).toString(),
                           n.value(QStringLiteral("detail")).toString(), counter);
    });
    connect(&m_store, &NetStore::claimsChanged, this, [this](const QString& site, const QString& by) {
        if (site != m_site || by == m_store.role() || !m_runBox)
            return;
        runStep(tr("Reading the other desks' claims from the network store…"),
                [](ClaimedRun& run) { return run.refresh(); });
    });
    // Zones split between desks: read on connecting and whenever a desk of the site changes them.
    connect(this, &NetworkStoreLink::connectedChanged, this, [this](bool connected) {
        if (connected)
            (void)reloadZones();
    });
    connect(&m_store, &NetStore::zonesChanged, this, [this](const QString& site, const QString&) {
        if (site == m_site)
            reloadZones();
    });
}

bool NetworkStoreLink::reloadZones()
{
    if (!m_configured)
        return false;
    const int before = m_lastCall;
    const bool started = callStore<Result<ZoneSplit>>(
        this, tr("Reading the zones from the network store…"),
        [site = m_site](NetStore& store) { return ZoneSplit::load(store, site); },
        [this, call = m_lastCall + 1](Result<ZoneSplit> zones) {
            if (m_zoneCall == call)
                m_zoneCall = 0;
            if (!zones) {
                if (zones.error().code != QLatin1String("netstore.unreachable"))
                    Q_EMIT message(zones.error().message);
                return;
            }
            m_zones = zones.value();
            Q_EMIT takenChanged();
        });
    if (started && m_lastCall != before)
        m_zoneCall = m_lastCall;
    return started;
}

int NetworkStoreLink::beginCall(const QString& pending)
{
    if (!m_worker)
        return 0;
    const int call = ++m_lastCall;
    m_calls.insert(call, pending);
    QTimer::singleShot(m_storeTimeoutMs, this, [this, call] {
        if (m_calls.contains(call)) {
            qCInfo(lcNetStore) << "the network store did not answer in" << m_storeTimeoutMs << "ms";
            storeLost(tr("The network store does not answer: this desk goes on without it. Lines are not "
                         "claimed meanwhile; nothing is lost, this desk's actions wait here and are published "
                         "when the store is back."));
        }
    });
    if (!pending.isEmpty())
        Q_EMIT coordinationNoteChanged(coordinationNote());
    return call;
}

bool NetworkStoreLink::endCall(int call)
{
    auto it = m_calls.find(call);
    if (it == m_calls.end())
        return false;
    const bool shown = !it.value().isEmpty();
    m_calls.erase(it);
    if (shown)
        Q_EMIT coordinationNoteChanged(coordinationNote());
    return true;
}

void NetworkStoreLink::storeLost(const QString& why)
{
    // As when the store is unreachable: nothing waits on it any more, the run goes on without
    // claims (they expire in the store by themselves), the probe of the next tick tries again.
    m_worker.reset(); // abandoned: what it still says is dropped
    m_calls.clear();
    m_zoneCall = 0;
    m_runBox.reset();
    m_runView = {};
    // Told as lost once: the driver may have closed the connection by itself already (libpq marks
    // it bad when the server ends it), with nobody told yet.
    const bool wasOpen = m_store.isOpen() || m_up;
    m_up = false;
    m_store.drop();       // no goodbye to a store that may not answer it
    if (!why.isEmpty()) { // said once; else the next probe's failure says it
        if (!m_toldUnreachable)
            Q_EMIT message(why);
        m_toldUnreachable = true;
    }
    if (wasOpen)
        Q_EMIT connectedChanged(false);
    Q_EMIT coordinationNoteChanged(coordinationNote());
    Q_EMIT takenChanged();
}

QString NetworkStoreLink::coordinationNote() const
{
    if (!m_configured)
        return {};
    // The latest call the desk waits for that says something.
    int latest = 0;
    for (auto it = m_calls.constBegin(); it != m_calls.constEnd(); ++it)
        if (!it.value().isEmpty() && it.key() > latest)
            latest = it.key();
    if (latest)
        return m_calls.value(latest);
    if (m_runActive && !m_runBox)
        return tr("The network store cannot be reached: this run goes on without claiming its lines, other desks "
                  "may pull the same ones.");
    return {};
}

QString NetworkStoreLink::zoneDesk(const QString& zone) const
{
    if (!m_configured)
        return {};
    return m_zones.otherDesk(zone);
}

NetworkStoreLink::~NetworkStoreLink()
{
    cancelProbe();
    if (m_round) { // a worker still waiting on the store: it posts nothing after this
        QMutexLocker lock(&m_round->mutex);
        m_round->link = nullptr;
    }
    if (m_runBox && m_worker) {
        // The run's claims given back by the store thread, which ends then; nothing waits for it.
        auto box = m_runBox;
        m_worker->post<Status>([box](NetStore&) { return box->run ? box->run->stop() : Status(); }, [](Status) {});
        m_worker->abandon(true);
    }
    m_worker.reset();
    m_store.drop(); // never a goodbye the desk would wait for
}

Status NetworkStoreLink::configure(const QString& address, const QString& site, const QString& counter)
{
    m_timer.stop();
    cancelProbe();
    if (m_round) {
        QMutexLocker lock(&m_round->mutex);
        m_round->link = nullptr;
        lock.unlock();
        m_round.reset();
    }
    m_roundAgain = false;
    m_password.clear();
    m_havePassword = false;
    m_toldUnreachable = false;
    m_worker.reset();
    m_calls.clear();
    m_zoneCall = 0;
    m_runBox.reset();
    m_runView = {};
    m_runActive = false;
    m_runLines.clear();
    m_runDoneHere.clear();
    m_doneElsewhere.clear();
    m_zones = {};
    m_store.drop(); // the session ends: its LISTEN with it, no UNLISTEN to wait for
    m_configured = false;
    if (m_up) { // what listened to the link hears that this store is gone (a new one may follow)
        m_up = false;
        Q_EMIT connectedChanged(false);
    }
    m_publisher.reset();
    if (address.trimmed().isEmpty())
        return {};
    auto parsed = StoreAddress::parse(address);
    if (!parsed)
        return parsed.error();
    m_address = parsed.value();
    m_site = site;
    m_counter = counter.isEmpty() ? m_address.role : counter;
    m_publisher = std::make_unique<Publisher>(m_outbox, m_clock, site, m_counter);
    m_publisher->setReconnect(false); // reconnecting is the link's, off the UI thread
    connect(m_publisher.get(), &Publisher::conflict, this, &NetworkStoreLink::message);
    connect(m_publisher.get(), &Publisher::eventLost, this, &NetworkStoreLink::eventLost);
    m_configured = true;
    return {};
}

void NetworkStoreLink::start(ils::SecretStore& secrets, int intervalMs)
{
    if (!m_configured)
        return;
    m_timer.start(intervalMs);
    secrets.read(m_address.keychainKey(), [this](Result<QString> password) {
        if (!password) {
            Q_EMIT message(tr("No password for the network store in the keychain (%1).").arg(m_address.keychainKey()));
            return;
        }
        if (Status s = connectWith(password.value()); !s)
            Q_EMIT message(s.error().message);
    });
}

Status NetworkStoreLink::connectWith(const QString& password)
{
    if (!m_configured)
        return {};
    if (!NetStore::driverAvailable())
        return Error{QStringLiteral("netstore.driver"),
                     tr("Qt's PostgreSQL driver (QPSQL) is not installed: the network store cannot be reached.")};
    m_password = password;
    m_havePassword = true;
    startProbe();
    return {};
}

void NetworkStoreLink::startProbe()
{
    if (m_probe || m_store.isOpen() || !m_havePassword)
        return;
    auto guard = std::make_shared<ProbeGuard>();
    guard->link = this;
    m_probe = guard;
    std::thread([guard, address = m_address, password = m_password, app = m_counter] {
        const Status status = NetStore::probe(address, password, app);
        QMutexLocker lock(&guard->mutex);
        if (NetworkStoreLink* link = guard->link)
            QMetaObject::invokeMethod(
                link,
                [link, guard, status] {
                    if (link->m_probe == guard)
                        link->probeDone(status);
                },
                Qt::QueuedConnection);
    }).detach();
}

void NetworkStoreLink::probeAsync(const StoreAddress& address, const QString& password, const QString& applicationName,
                                  QObject* context, std::function<void(const Status&)> done)
{
    struct Guard
    {
        QMutex mutex;
        QObject* context = nullptr;
    };
    auto guard = std::make_shared<Guard>();
    guard->context = context;
    QObject::connect(context, &QObject::destroyed, [guard] {
        QMutexLocker lock(&guard->mutex);
        guard->context = nullptr;
    });
    std::thread([guard, address, password, applicationName, done = std::move(done)] {
        const Status status = NetStore::probe(address, password, applicationName);
        QMutexLocker lock(&guard->mutex);
        if (guard->context)
            QMetaObject::invokeMethod(
                guard->context, [done, status] { done(status); }, Qt::QueuedConnection);
    }).detach();
}

bool NetworkStoreLink::readInBackground(QObject* context, std::function<Status(NetStore&)> work,
                                        std::function<void(const Status&)> done) const
{
    if (!m_configured || !m_havePassword || !m_store.isOpen() || !context)
        return false;
    struct Guard
    {
        QMutex mutex;
        QObject* context = nullptr;
    };
    auto guard = std::make_shared<Guard>();
    guard->context = context;
    QObject::connect(context, &QObject::destroyed, [guard] {
        QMutexLocker lock(&guard->mutex);
        guard->context = nullptr;
    });
    std::thread([guard, address = m_address, password = m_password, app = m_counter, work = std::move(work),
                 done = std::move(done)] {
        Status status;
        {
            NetStore store; // this read's own connection, of this thread
            (void)store.setStatementTimeout(10 * 1000);
            if (Status opened = store.open(address, password, app); !opened)
                status = Error{QStringLiteral("netstore.unreachable"), opened.error().message};
            else
                status = work(store);
        }
        QMutexLocker lock(&guard->mutex);
        if (guard->context)
            QMetaObject::invokeMethod(
                guard->context, [done, status] { done(status); }, Qt::QueuedConnection);
    }).detach();
    return true;
}

void NetworkStoreLink::cancelProbe()
{
    if (!m_probe)
        return;
    QMutexLocker lock(&m_probe->mutex);
    m_probe->link = nullptr;
    lock.unlock();
    m_probe.reset();
}

void NetworkStoreLink::probeDone(const Status& status)
{
    m_probe.reset();
    Status s = status;
    if (s) {
        // The store just answered: this thread's own connection opens at once.
        (void)m_store.setStatementTimeout(StatementTimeoutMs);
        s = m_store.open(m_address, m_password, m_counter);
        if (s)
            s = m_store.listen();
        if (!s)
            m_store.close();
    }
    if (!s) {
        if (!m_toldUnreachable)
            Q_EMIT message(s.error().message);
        m_toldUnreachable = true;
        return;
    }
    m_toldUnreachable = false;
    m_worker = std::make_unique<StoreWorker>(this, m_address, m_password, m_counter, StatementTimeoutMs);
    m_up = true;
    Q_EMIT connectedChanged(true);
    if (m_runActive && !m_runBox)
        startClaims(); // a run went on without the store: its lines are claimed again
    publishInBackground();
}

PublishRound NetworkStoreLink::publishNow()
{
    if (!m_configured || !m_publisher)
        return {};
    if (!m_store.isOpen()) {
        // Never a connect on this thread: the events stay in the outbox until a probe succeeds.
        PublishRound round;
        if (auto collected = m_publisher->collect(); !collected)
            round.status = collected.error();
        if (auto pending = m_publisher->pendingCount())
            round.pending = pending.value();
        if (round.status)
            round.status = Error{QStringLiteral("netstore.unreachable"), tr("The network store is not connected.")};
        return round;
    }
    const bool wasOpen = m_store.isOpen();
    PublishRound round = m_publisher->publish(m_store);
    if (!round.status && wasOpen)
        qCInfo(lcNetStore) << "the network store is unreachable; events wait in the outbox:" << round.pending;
    if (!round.status && round.status.error().code == QLatin1String("netstore.unreachable"))
        storeLost({}); // the next tick tries again, off this thread
    return round;
}

bool NetworkStoreLink::publishInBackground()
{
    if (!m_configured || !m_publisher)
        return false;
    if (!m_store.isOpen()) { // the events wait in the outbox until a probe succeeds
        (void)m_publisher->collect();
        return false;
    }
    if (m_round) {
        m_roundAgain = true;
        return false;
    }
    auto batch = m_publisher->pendingBatch();
    if (!batch) {
        Q_EMIT message(batch.error().message);
        return false;
    }
    if (batch.value().isEmpty())
        return false;
    QList<StoreEvent> events;
    for (const LocalEvent& e : batch.value())
        events.append(e.event);
    auto guard = std::make_shared<ProbeGuard>();
    guard->link = this;
    m_round = guard;
    ++m_roundSerial;
    std::thread([guard, address = m_address, password = m_password, app = m_counter, events, batch = batch.value()] {
        SentEvents sent;
        {
            NetStore store; // this round's own connection, of this thread
            (void)store.setStatementTimeout(StatementTimeoutMs);
            if (Status opened = store.open(address, password, app); !opened)
                sent.status = Error{QStringLiteral("netstore.unreachable"), opened.error().message};
            else
                sent = Publisher::send(store, events, false);
        }
        QMutexLocker lock(&guard->mutex);
        if (NetworkStoreLink* link = guard->link)
            QMetaObject::invokeMethod(
                link,
                [link, guard, batch, sent] {
                    if (link->m_round == guard)
                        link->roundDone(batch, sent);
                },
                Qt::QueuedConnection);
    }).detach();
    return true;
}

void NetworkStoreLink::roundDone(const QList<LocalEvent>& batch, const SentEvents& sent)
{
    m_round.reset();
    const PublishRound round = m_publisher->apply(batch, sent);
    if (!sent.status && sent.status.error().code == QLatin1String("netstore.unreachable") &&
        (m_store.isOpen() || m_up)) {
        qCInfo(lcNetStore) << "the network store is unreachable; events wait in the outbox:" << round.pending;
        storeLost({}); // the next tick tries again, off this thread
    }
    const quint64 ended = m_roundSerial;
    Q_EMIT published(round);
    Q_EMIT roundEnded(ended, sent.status.ok() && round.status.ok() && round.pending == 0);
    if (m_roundAgain || (sent.status && round.pending > 0)) {
        m_roundAgain = false;
        publishInBackground();
    }
}

quint64 NetworkStoreLink::publishSoon()
{
    if (m_round && m_store.isOpen()) {
        m_roundAgain = true; // the round in flight read the outbox before: the next one carries it
        return m_roundSerial + 1;
    }
    return publishInBackground() ? m_roundSerial : 0;
}

void NetworkStoreLink::tick()
{
    if (!m_store.isOpen()) {
        if (m_up)
            storeLost({}); // closed under the link (the server ended the session): said now
        startProbe();      // the store back after an outage? Asked off this thread.
        return;
    }
    publishInBackground();
    // Claims last ten minutes: renewed every few while a run goes on.
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (m_runBox && now - m_lastRenew >= 3 * 60 * 1000) {
        m_lastRenew = now;
        renewClaims();
    }
}

void NetworkStoreLink::renewClaims()
{
    runStep(tr("Renewing this desk's claims at the network store…"), [](ClaimedRun& run) { return run.renew(); });
}

Verdict NetworkStoreLink::alertVerdict(const QString& bank, const QString& label, const QString& detail)
{
    // The detail is "<outcome>: <what was said>": staff read what was said.
    const qsizetype colon = detail.indexOf(QStringLiteral(": "));
    const QString said = colon > 0 && !detail.left(colon).contains(QLatin1Char(' ')) ? detail.mid(colon + 2) : detail;
    Verdict v;
    v.kind = VerdictKind::Error;
    v.title = label.isEmpty() ? tr("Locker alert at %1").arg(bank) : tr("Locker alert at %1, door %2").arg(bank, label);
    v.detail = said;
    return v;
}

bool NetworkStoreLink::takenElsewhere(const QString& line, QString* by) const
{
    if (!m_configured)
        return false;
    QString who;
    bool taken = false;
    if (m_runBox) {
        auto done = m_runView.done.constFind(line);
        auto held = m_runView.elsewhere.constFind(line);
        taken = done != m_runView.done.constEnd() || held != m_runView.elsewhere.constEnd();
        if (taken)
            who = done != m_runView.done.constEnd() ? done.value() : held.value();
    }
    if (!taken) {
        auto it = m_doneElsewhere.constFind(line);
        taken = it != m_doneElsewhere.constEnd();
        if (taken)
            who = it.value();
    }
    if (!taken || who == m_store.role())
        return false;
    if (by)
        *by = who;
    return true;
}

void NetworkStoreLink::runStarted(const QStringList& lines)
{
    if (!m_configured)
        return;
    m_runActive = true;
    m_runLines = lines;
    m_runDoneHere.clear();
    startClaims();
}

void NetworkStoreLink::startClaims()
{
    m_runBox.reset();
    m_runView = {};
    if (m_worker) {
        auto box = std::make_shared<RunBox>();
        box->site = m_site;
        box->lines = m_runLines;
        box->doneHere = m_runDoneHere;
        m_runBox = box;
        m_lastRenew = m_clock.now().toMSecsSinceEpoch();
        runStep(tr("Claiming lines at the network store…"), [](ClaimedRun& run) { return run.claimNext().status(); });
    }
    Q_EMIT coordinationNoteChanged(coordinationNote());
    Q_EMIT takenChanged();
}

void NetworkStoreLink::runStep(const QString& pending, std::function<Status(ClaimedRun&)> step)
{
    auto box = m_runBox;
    if (!box)
        return;
    const QDateTime now = m_clock.now();
    callStore<Result<RunSnapshot>>(
        this, pending,
        [box, now, step = std::move(step)](NetStore& store) -> Result<RunSnapshot> {
            box->clock.at = now;
            if (!box->run) {
                box->run = std::make_unique<ClaimedRun>(store, box->clock, box->site, box->lines, 20);
                for (auto it = box->doneHere.constBegin(); it != box->doneHere.constEnd(); ++it)
                    box->run->markDone(it.key(), it.value());
            }
            if (Status s = step(*box->run); !s)
                return s.error();
            return RunSnapshot{box->run->mine(), box->run->heldElsewhere(), box->run->doneLines()};
        },
        [this, box](Result<RunSnapshot> snapshot) {
            if (box != m_runBox)
                return; // the run stopped (or started again) meanwhile
            if (!snapshot) {
                if (snapshot.error().code != QLatin1String("netstore.unreachable"))
                    Q_EMIT message(snapshot.error().message);
                return;
            }
            // Lines done only grow: those this thread heard of since the step was posted stay done.
            RunView view{snapshot.value().mine, snapshot.value().elsewhere, snapshot.value().done};
            for (auto it = m_runView.done.constBegin(); it != m_runView.done.constEnd(); ++it)
                if (!view.done.contains(it.key()))
                    view.markDone(it.key(), it.value());
            // The list is built again only when what it leaves out changed (not after each line done).
            const bool changed = view.elsewhere != m_runView.elsewhere || view.done != m_runView.done;
            m_runView = view;
            if (changed)
                Q_EMIT takenChanged();
        });
}

void NetworkStoreLink::lineDone(const QString& line, bool found)
{
    if (!m_configured || !m_publisher)
        return;
    // Durable here first; published at once when the store answers, else on a later tick.
    if (auto recorded =
            m_publisher->record(found ? QStringLiteral("pull.pulled") : QStringLiteral("pull.not_found"), line, {});
        !recorded) {
        Q_EMIT message(recorded.error().message);
        return;
    }
    if (m_runActive)
        m_runDoneHere.insert(line, m_address.role);
    if (m_runBox) {
        const QString me = m_address.role;
        m_runView.markDone(line, me);
        // This desk's claimed lines all done: the next ones are claimed.
        const bool claims = m_runView.mine.isEmpty();
        runStep(claims ? tr("Claiming lines at the network store…") : QString(), [line, me](ClaimedRun& run) {
            run.markDone(line, me);
            if (run.mine().isEmpty())
                return run.claimNext().status();
            return Status();
        });
    }
    publishInBackground();
}

void NetworkStoreLink::runStopped()
{
    m_runActive = false;
    m_runLines.clear();
    m_runDoneHere.clear();
    if (auto box = std::exchange(m_runBox, nullptr)) {
        m_runView = {};
        // The claims not done given back (the store thread; nothing waits for it).
        const QDateTime now = m_clock.now();
        callStore<Status>(
            this, tr("Giving the lines not pulled back to the network store…"),
            [box, now](NetStore&) {
                box->clock.at = now;
                return box->run ? box->run->stop() : Status();
            },
            [](Status) {});
    }
    Q_EMIT coordinationNoteChanged(coordinationNote());
}

} // namespace comptoir::netstore
