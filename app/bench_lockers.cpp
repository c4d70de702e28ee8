// comptoir-bench lockers: a kiosk's card scan to every door command sent (p50, p99), and a full
// sensor sweep of 4 Kerong boards at 19 200 baud, against the simulated boards over a socat pty
// pair answering after the time their frames would take on a real line.
#include "Clock.h"
#include "demo/DeviceTwins.h"
#include "demo/LockBoardTwin.h"
#include "ils/Sip2Client.h"
#include "lockers/LockBus.h"
#include "lockers/LockPoller.h"
#include "lockers/LockerService.h"
#include "store/CacheStore.h"
#include "store/Outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSerialPort>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace comptoir::bench {

namespace {

void line(const char* name, double value, const char* unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values[index];
}

bool waitUntil(const std::function<bool()>& condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int benchLockers(const QCommandLineParser& parser)
{
    using namespace lockers;
    if (!sandbox::PtyPair::available()) {
        std::fprintf(stderr, "comptoir-bench: socat is not installed\n");
        return 1;
    }
    const int runs = std::clamp(parser.value(QStringLiteral("runs")).toInt(), 5, 10000);
    QTemporaryDir dir;
    sandbox::PtyPair pty(dir.filePath(QStringLiteral("boards")), dir.filePath(QStringLiteral("line")));
    if (!pty.start())
        return 1;
    // Four boards of 16 doors; the training bank's doors, two more boards' worth.
    BankConfig bank = BankConfig::training();
    for (int address : {2, 3}) {
        BoardConfig b;
        b.address = address;
        bank.boards.append(b);
        for (int lock = 1; lock <= 16; ++lock)
            bank.doors.append({address, lock, DoorSize::Medium,
                               QStringLiteral("%1%2").arg(QChar(u'A' + address)).arg(lock, 2, 10, QLatin1Char('0'))});
    }
    sandbox::SimulatedLockBoards twin(sandbox::SimulatedLockBoards::Kind::Kerong);
    for (const BoardConfig& b : bank.boards)
        twin.addBoard(b.address, b.channels);
    twin.setWireTime(true, 500);
    if (!twin.open(pty.a(), 19200))
        return 1;
    QSerialPort port(pty.b());
    if (!port.open(QIODevice::ReadWrite) || !port.setBaudRate(19200))
        return 1;

    SystemClock clock;
    Outbox outbox(clock);
    CacheStore cache;
    if (!outbox.open(dir.filePath(QStringLiteral("outbox.sqlite"))).ok() ||
        !cache.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok())
        return 1;
    ils::Sip2Client sip(clock); // no ILS: the checkouts wait in the outbox (what is timed is the doors)
    ils::SipConfig sc;
    sc.host = QStringLiteral("127.0.0.1");
    sc.port = 9;
    sc.timeoutMs = 200;
    sip.setConfig(sc);

    LockBus::Options o;
    o.baud = 19200;
    o.timeoutMs = 100;
    LockBus bus(&port, BoardFamily::KerongCu16, o);
    LockPoller::Options po;
    po.intervalMs = 500;
    LockPoller poller(bus, bank.boards, clock, po);
    LockerService service(outbox, cache, sip, clock, bank, QStringLiteral("bench"), QStringLiteral("bench"));
    service.setPoller(&poller);
    if (!service.open().ok())
        return 1;
    poller.start();
    if (!waitUntil([&] { return service.ready(); }, 10000)) {
        std::fprintf(stderr, "comptoir-bench: the simulated boards do not answer\n");
        return 1;
    }

    // 1. Full sweeps of the four boards, as the poller makes them every 500 ms.
    QList<double> sweeps;
    int seen = poller.sweeps();
    QObject::connect(&poller, &LockPoller::sweepDone, &poller,
                     [&](int) { sweeps << double(poller.lastSweepMicros()) / 1000.0; });
    waitUntil([&] { return sweeps.size() >= std::min(runs, 20); }, 60000);
    line("lockers.sweep_4_boards_19200.median", percentile(sweeps, 0.5), "ms");
    line("lockers.sweep_4_boards_19200.max", percentile(sweeps, 1.0), "ms");
    Q_UNUSED(seen)

    // 2. A card scanned at the kiosk: until the last of the patron's door commands is on the line
    // (one to three doors per patron, sweeps running).
    LockerStore& store = service.store();
    QList<double> cardToCommands;
    int sent = 0;
    QObject::connect(&bus, &LockBus::frameSent, &bus, [&](const QByteArray& frame) {
        if (frame.size() == 5 && quint8(frame[2]) == KerongCu16Codec::Unlock)
            ++sent;
    });
    for (int run = 0; run < runs; ++run) {
        const QString card = QStringLiteral("2%1").arg(run, 13, 10, QLatin1Char('0'));
        const int doorsForCard = 1 + run % 3;
        auto all = store.doors();
        if (!all)
            return 1;
        QList<LockerDoor> chosen;
        for (const LockerDoor& d : all.value())
            if (d.state == DoorState::Free && !d.returns && chosen.size() < doorsForCard)
                chosen.append(d);
        for (int i = 0; i < chosen.size(); ++i) {
            const QString barcode =
                QStringLiteral("3%1%2").arg(run, 10, 10, QLatin1Char('0')).arg(i, 3, 10, QLatin1Char('0'));
            if (!store.assignForLoading(chosen[i].uuid, barcode, 0, {}, card, QStringLiteral("X"),
                                        clock.now().date().addDays(7)) ||
                !store.completeLoading(chosen[i].uuid, bank.id))
                return 1;
        }
        // Somewhere in the poller's cycle.
        QEventLoop pause;
        QTimer::singleShot(run % 97, &pause, &QEventLoop::quit);
        pause.exec();
        const int before = sent;
        QElapsedTimer timer;
        timer.start();
        const LockerOutcome outcome = service.pickup(card);
        if (outcome.kind != LockerOutcome::Kind::PickupOpening)
            return 1;
        if (!waitUntil([&] { return sent - before >= chosen.size(); }, 5000))
            return 1;
        cardToCommands << double(timer.nsecsElapsed()) / 1e6;
        // The patron takes the items and closes the doors.
        waitUntil(
            [&] {
                for (const LockerDoor& d : chosen) {
                    const auto s = poller.status(d.board);
                    if (!s || s->isClosed(d.lock))
                        return false;
                }
                return true;
            },
            5000);
        for (const LockerDoor& d : chosen)
            twin.closeDoor(d.board, d.lock);
        waitUntil(
            [&] {
                for (const LockerDoor& d : chosen)
                    if (store.door(d.uuid).value().state != DoorState::Free)
                        return false;
                return true;
            },
            5000);
    }
    line("lockers.card_to_door_commands.p50", percentile(cardToCommands, 0.5), "ms");
    line("lockers.card_to_door_commands.p99", percentile(cardToCommands, 0.99), "ms");
    line("lockers.card_to_door_commands.runs", double(cardToCommands.size()), "scans");
    return 0;
}

} // namespace comptoir::bench
