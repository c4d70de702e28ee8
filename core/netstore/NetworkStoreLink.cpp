#include "netstore/NetworkStoreLink.h"

#include "Clock.h"
#include "ils/SecretStore.h"
#include "store/Outbox.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>

#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcNetStore)

namespace comptoir::netstore {

// Between a probe's worker thread and the link: the link forgets it (null) when it is destroyed or
// reconfigured; the worker posts its verdict only while the link is there.
struct NetworkStoreLink::ProbeGuard
{
    QMutex mutex;
    NetworkStoreLink* link = nullptr;
};

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
        if (m_run)
            m_run->markDone(line, by);
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
        if (site != m_site || by == m_store.role() || !m_run)
            return;
        if (m_run->refresh())
            Q_EMIT takenChanged();
    });
    // Zones split between desks: read on connecting and whenever a desk of the site changes them.
    connect(this, &NetworkStoreLink::connectedChanged, this, [this](bool connected) {
        if (connected)
            (void)reloadZones();
    });
    connect(&m_store, &NetStore::zonesChanged, this, [this](const QString& site, const QString&) {
        if (site == m_site && reloadZones())
            Q_EMIT takenChanged();
    });
}

Status NetworkStoreLink::reloadZones()
{
    if (!m_configured || !m_store.isOpen())
        return {};
    auto zones = ZoneSplit::load(m_store, m_site);
    if (!zones)
        return zones.error();
    m_zones = zones.value();
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
    if (m_run && m_store.isOpen())
        (void)m_run->stop();
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
    m_run.reset();
    m_store.close();
    m_configured = false;
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
    Q_EMIT connectedChanged(true);
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
    if (!round.status && round.status.error().code == QLatin1String("netstore.unreachable"))
        m_store.close(); // the next tick tries again, off this thread
    if (!round.status && wasOpen)
        qCInfo(lcNetStore) << "the network store is unreachable; events wait in the outbox:" << round.pending;
    if (wasOpen != m_store.isOpen())
        Q_EMIT connectedChanged(m_store.isOpen());
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
    if (!sent.status && sent.status.error().code == QLatin1String("netstore.unreachable") && m_store.isOpen()) {
        qCInfo(lcNetStore) << "the network store is unreachable; events wait in the outbox:" << round.pending;
        m_store.close(); // the next tick tries again, off this thread
        Q_EMIT connectedChanged(false);
    }
    Q_EMIT published(round);
    if (m_roundAgain || (sent.status && round.pending > 0)) {
        m_roundAgain = false;
        publishInBackground();
    }
}

void NetworkStoreLink::tick()
{
    if (!m_store.isOpen()) {
        startProbe(); // the store back after an outage? Asked off this thread.
        return;
    }
    publishInBackground();
    // Claims last ten minutes: renewed every few while a run goes on.
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (m_run && now - m_lastRenew >= 3 * 60 * 1000) {
        if (m_run->renew())
            m_lastRenew = now;
    }
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
    bool taken = m_run && m_run->isTaken(line, &who);
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
    if (!m_configured || !m_store.isOpen())
        return;
    m_run = std::make_unique<ClaimedRun>(m_store, m_clock, m_site, lines, 20);
    m_lastRenew = m_clock.now().toMSecsSinceEpoch();
    if (auto claimed = m_run->claimNext(); !claimed)
        Q_EMIT message(claimed.error().message);
    Q_EMIT takenChanged();
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
    if (m_run) {
        m_run->markDone(line, m_store.role());
        if (m_run->mine().isEmpty() && m_store.isOpen())
            (void)m_run->claimNext();
    }
    publishInBackground();
}

void NetworkStoreLink::runStopped()
{
    if (m_run && m_store.isOpen())
        (void)m_run->stop();
    m_run.reset();
}

} // namespace comptoir::netstore
