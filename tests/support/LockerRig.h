#pragma once

// A locker bank for tests: the training library, a counter's cache synced for the bank (CASGARE),
// an outbox, the bank's SIP2 account, and the bank's two simulated Kerong boards on a pty pair,
// with the service reading them (tst_lockers, tst_lockers_ui).
#include "demo/DeviceTwins.h"
#include "demo/LockBoardTwin.h"
#include "ils/KohaRestClient.h"
#include "lockers/LockBus.h"
#include "lockers/LockPoller.h"
#include "lockers/LockerService.h"
#include "store/CacheStore.h"
#include "support/InProcessSandbox.h"
#include "support/MockClock.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSerialPort>

namespace comptoir::test {

using namespace comptoir::lockers;

// The training library, a counter's cache synced for the locker bank (CASGARE), an outbox, the
// bank's SIP2 account, and the bank's two simulated Kerong boards on a pty pair.
struct BankRig
{
    using Kind = LockerOutcome::Kind;
    BankRig(test::InProcessSandbox& sandbox, const QString& dir, const QString& outboxFile = {})
        : outbox(clock)
        , rest(nam, clock)
        , sip(clock)
        , pty(dir + QStringLiteral("/boards"), dir + QStringLiteral("/line"))
        , twin(sandbox::SimulatedLockBoards::Kind::Kerong)
    {
        if (!cache.open(dir + QStringLiteral("/cache.sqlite")).ok())
            return;
        if (!outbox.open(outboxFile.isEmpty() ? dir + QStringLiteral("/outbox.sqlite") : outboxFile).ok())
            return;
        rest.setConfig(sandbox.restConfig());
        sip.setConfig(bankSip(sandbox));
        bank = BankConfig::training();
        if (!pty.start())
            return;
        for (const BoardConfig& b : bank.boards)
            twin.addBoard(b.address, b.channels);
        if (!twin.open(pty.a(), 19200))
            return;
        ok = true;
    }
    static ils::SipConfig bankSip(test::InProcessSandbox& sandbox)
    {
        ils::SipConfig c = sandbox.sipConfig();
        c.login = QStringLiteral("casgare");
        c.location = QStringLiteral("CASGARE");
        c.institution = QStringLiteral("CASGARE");
        return c;
    }
    bool syncCache()
    {
        sync::SyncEngine engine(rest, cache, clock);
        engine.setSite(QStringLiteral("CASGARE"));
        bool done = false;
        bool good = false;
        QObject::connect(&engine, &sync::SyncEngine::finished, &engine, [&](const Status& s, const sync::SyncReport&) {
            done = true;
            good = s.ok();
        });
        engine.fullSync();
        QDeadlineTimer deadline(60000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return good;
    }
    // Starts the line, the poller and the service (the sensors are read first).
    bool startService()
    {
        port.setPortName(pty.b());
        if (!port.open(QIODevice::ReadWrite) || !port.setBaudRate(19200))
            return false;
        LockBus::Options o;
        o.timeoutMs = 60;
        bus = std::make_unique<LockBus>(&port, BoardFamily::KerongCu16, o);
        LockPoller::Options p;
        p.intervalMs = 40;
        p.jamMs = 5000;
        poller = std::make_unique<LockPoller>(*bus, bank.boards, clock, p);
        service = std::make_unique<LockerService>(outbox, cache, sip, clock, bank, QStringLiteral("casiers"),
                                                  QStringLiteral("agent"));
        service->setPoller(poller.get());
        service->setDeskLocation(QStringLiteral("CENTRE"));
        QObject::connect(service.get(), &LockerService::outcome, service.get(),
                         [this](const LockerOutcome& outcome) { outcomes.append(outcome); });
        if (!service->open().ok())
            return false;
        poller->start();
        return true;
    }
    ~BankRig()
    {
        service.reset();
        poller.reset();
        bus.reset();
    }
    // Items in transit to the bank (or waiting there) with their patron's card, one per patron.
    QList<QPair<QString, QString>> itemsForBank(int n)
    {
        QList<QPair<QString, QString>> out;
        auto rows = cache.database().exec(
            QStringLiteral("SELECT i.barcode, p.cardnumber FROM holds h JOIN items i ON i.item_id = h.item_id JOIN "
                           "patrons p ON p.patron_id = h.patron_id WHERE h.pickup_library_id = 'CASGARE' AND h.status "
                           "IN ('T', 'W') AND i.barcode IS NOT NULL ORDER BY h.status DESC, h.hold_id"));
        QSet<QString> cards;
        while (rows && rows.value().next() && out.size() < n) {
            const QString card = rows.value().value(1).toString();
            if (cards.contains(card))
                continue;
            cards.insert(card);
            out.append({rows.value().value(0).toString(), card});
        }
        if (rows)
            rows.value().finish();
        return out;
    }
    Kind lastKind() const { return outcomes.isEmpty() ? Kind::Error : outcomes.last().kind; }
    LockerDoor door(const QString& uuid) { return service->store().door(uuid).value(); }
    bool has(Kind kind, const QString& doorUuid = {}) const
    {
        for (const LockerOutcome& o : outcomes)
            if (o.kind == kind && (doorUuid.isEmpty() || o.doorUuids.contains(doorUuid)))
                return true;
        return false;
    }
    // Staff: scan, wait for the door to open, put the item in, close it.
    bool loadOne(const QString& barcode, QString* doorUuid = nullptr)
    {
        const LockerOutcome o = service->load(barcode);
        if (o.kind != Kind::DoorOpening)
            return false;
        const LockerDoor d = door(o.doorUuids.first());
        if (doorUuid)
            *doorUuid = d.uuid;
        if (!waitFor([&] { return seenOpen(d); }))
            return false;
        twin.setItem(d.board, d.lock, true);
        twin.closeDoor(d.board, d.lock);
        return waitFor([&] { return door(d.uuid).state == DoorState::Loaded && door(d.uuid).items.size() >= 1; });
    }
    // The door as the poller last read it (a person takes longer than a sweep to load a door).
    bool seenOpen(const LockerDoor& d) const
    {
        const auto s = poller->status(d.board);
        return s && !s->isClosed(d.lock);
    }
    static bool waitFor(const std::function<bool()>& condition, int ms = 15000)
    {
        QDeadlineTimer deadline(ms);
        while (!condition()) {
            if (deadline.hasExpired())
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        return true;
    }
    int pending() { return outbox.count(OutboxAction::State::Pending).value(); }

    test::MockClock clock;
    CacheStore cache;
    Outbox outbox;
    QNetworkAccessManager nam;
    ils::KohaRestClient rest;
    ils::Sip2Client sip;
    sandbox::PtyPair pty;
    sandbox::SimulatedLockBoards twin;
    QSerialPort port;
    BankConfig bank;
    std::unique_ptr<LockBus> bus;
    std::unique_ptr<LockPoller> poller;
    std::unique_ptr<LockerService> service;
    QList<LockerOutcome> outcomes;
    bool ok = false;
};

inline QString holdStatus(test::InProcessSandbox& sandbox, const QString& barcode)
{
    return sandbox
        .scalar(QStringLiteral("SELECT coalesce(status, '-') || '@' || pickup_library_id FROM holds WHERE "
                               "pickup_library_id = 'CASGARE' AND item_id = "
                               "(SELECT item_id FROM items WHERE external_id = ?)"),
                {barcode})
        .toString();
}

inline bool checkedOut(test::InProcessSandbox& sandbox, const QString& barcode)
{
    return !sandbox.scalar(QStringLiteral("SELECT checked_out_patron_id FROM items WHERE external_id = ?"), {barcode})
                .isNull();
}

} // namespace comptoir::test
