// Pickup lockers: lock-board codecs against the reference's vectors (protocols.md §5.1), the bus
// and poller against the simulated boards over a pseudo-terminal pair, the locker bank's service
// against the training library, and crashes in the middle of loading and of a kiosk pickup.
#include "demo/DeviceTwins.h"
#include "demo/LockBoardTwin.h"
#include "desk/Replayer.h"
#include "ils/KohaRestClient.h"
#include "lockers/BankCache.h"
#include "lockers/LockBus.h"
#include "lockers/LockFrame.h"
#include "lockers/LockPoller.h"
#include "lockers/LockerService.h"
#include "store/CacheStore.h"
#include "support/InProcessSandbox.h"
#include "support/LockerRig.h"
#include "support/MockClock.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlQuery>
#include <csignal>

#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::lockers;
using comptoir::test::BankRig;
using comptoir::test::checkedOut;
using comptoir::test::holdStatus;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

// A line of simulated boards on a pty pair, and the client's bus and poller on the other end.
struct TwinLine
{
    explicit TwinLine(const QString& dir, sandbox::SimulatedLockBoards::Kind kind, QList<BoardConfig> configs,
                      qint32 baud = 19200)
        : pty(dir + QStringLiteral("/boards"), dir + QStringLiteral("/line"))
        , twin(kind)
    {
        if (!pty.start())
            return;
        for (const BoardConfig& c : configs) {
            if (c.family == BoardFamily::EightyA && c.channels > 12) {
                twin.addBoard(c.address, 12, c.inverted);
                twin.addBoard(c.address + 1, 12, c.inverted);
            } else {
                twin.addBoard(c.address, c.channels, c.inverted);
            }
        }
        if (!twin.open(pty.a(), baud))
            return;
        port.setPortName(pty.b());
        if (!port.open(QIODevice::ReadWrite) || !port.setBaudRate(baud))
            return;
        LockBus::Options o;
        o.baud = baud;
        o.timeoutMs = 60;
        bus = std::make_unique<LockBus>(&port, configs.first().family, o);
        LockPoller::Options p;
        p.intervalMs = 40;
        p.jamMs = 5000;
        p.leftOpenMs = 60000;
        poller = std::make_unique<LockPoller>(*bus, configs, clock, p);
        ok = true;
    }
    ~TwinLine()
    {
        poller.reset();
        bus.reset();
    }
    QList<DoorEvent::Kind> kinds(int board, int lock) const
    {
        QList<DoorEvent::Kind> out;
        for (const DoorEvent& e : events)
            if (e.board == board && e.lock == lock)
                out << e.kind;
        return out;
    }
    void record()
    {
        QObject::connect(poller.get(), &LockPoller::doorEvent, poller.get(),
                         [this](const DoorEvent& e) { events.append(e); });
    }

    sandbox::PtyPair pty;
    sandbox::SimulatedLockBoards twin;
    QSerialPort port;
    test::MockClock clock;
    std::unique_ptr<LockBus> bus;
    std::unique_ptr<LockPoller> poller;
    QList<DoorEvent> events;
    bool ok = false;
};

BoardConfig kerong(int address)
{
    BoardConfig c;
    c.family = BoardFamily::KerongCu16;
    c.address = address;
    c.channels = 16;
    return c;
}

} // namespace

class TestLockers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kerongCommandVectors();
    void kerongStatusReply();
    void kerongPolarityAndChannels();
    void kerongParserResynchronises();
    void eightyAVectors();
    void eightyAStatusAndPolarity();
    void eightyAParserResynchronises();
    void parserBounded();
    void busGap();
    void pollerAgainstTwin();
    void jammedDoor();
    void forcedAndLeftOpen();
    void silentBoard();
    void lineNoise();
    void eightyAOverPty();
    void bankConfigRoundTrip();
    void loadSixteenDoorsAndPickUp();
    void wrongItemFullAndJammed();
    void ilsOfflineAtKiosk();
    void killedDuringLoading();
    void killedDuringKioskPickup();
    void counterOfAnotherSiteLoadsTheBank();

private:
    QTemporaryDir m_dir;
    QString dir(const QString& name)
    {
        QDir().mkpath(m_dir.filePath(name));
        return m_dir.filePath(name);
    }
};

void TestLockers::kerongCommandVectors()
{
    KerongCu16Codec k;
    BoardConfig board0;
    board0.address = 0;
    BoardConfig board1;
    board1.address = 1;
    QCOMPARE(k.queryStatus(board0), hex("02 00 30 03 35"));
    QCOMPARE(k.queryAll(0), hex("02 00 32 03 37"));
    QCOMPARE(k.unlock(board0, 1), hex("02 00 31 03 36"));
    QCOMPARE(k.unlock(board0, 16), hex("02 0F 31 03 45"));
    QCOMPARE(k.unlock(board1, 1), hex("02 10 31 03 46"));
    QCOMPARE(k.unlockAll(board0), QList<QByteArray>{hex("02 00 33 03 38")});
    // Pulse time: 500 ms = 50 units of 10 ms, two bytes.
    QCOMPARE(k.setPulseTime(board0, 500), hex("02 00 37 00 32 03 6E"));
    QCOMPARE(k.queryPulseTime(board0), hex("02 00 37 03 3C"));
    // Out of range: nothing to send.
    QVERIFY(k.unlock(board0, 0).isEmpty());
    QVERIFY(k.unlock(board0, 17).isEmpty());
    BoardConfig bad;
    bad.address = 16;
    QVERIFY(k.unlock(bad, 1).isEmpty());
    // The commands read back by a board's parser.
    LockFrameParser commands(BoardFamily::KerongCu16, LockFrameParser::Direction::Commands);
    const auto out = commands.feed(QByteArray(k.unlock(board1, 1) + k.setPulseTime(board0, 500) + k.queryAll(0)));
    QCOMPARE(out.frames.size(), 3);
    QCOMPARE(out.frames[0].address, quint8(0x10));
    QCOMPARE(out.frames[0].command, quint8(0x31));
    QCOMPARE(out.frames[1].data, hex("00 32"));
    QCOMPARE(out.frames[2].command, quint8(0x32));
    QVERIFY(out.problems.isEmpty());
}

void TestLockers::kerongStatusReply()
{
    LockFrameParser parser(BoardFamily::KerongCu16, LockFrameParser::Direction::Replies);
    const auto out = parser.feed(hex("02 00 30 05 00 01 00 03 3B"));
    QCOMPARE(out.frames.size(), 1);
    QVERIFY(out.problems.isEmpty());
    KerongCu16Codec k;
    BoardConfig board;
    QVERIFY(k.answersQuery(out.frames[0], board));
    const auto status = k.status(out.frames, board);
    QVERIFY(status);
    // Locks 1 and 3 closed, lock 1 has an item.
    QVERIFY(status->isClosed(1));
    QVERIFY(!status->isClosed(2));
    QVERIFY(status->isClosed(3));
    QVERIFY(status->hasItem(1));
    QVERIFY(!status->hasItem(3));
    QVERIFY(status->itemSensors);
    // Another board's answer is not this board's.
    BoardConfig other;
    other.address = 1;
    QVERIFY(!k.status(out.frames, other));
    // Hooks of locks 9–16 in H2, items of 9–16 in I2.
    const QByteArray high = encodeLockFrame({BoardFamily::KerongCu16, 0x02, 0x20, 0x30, hex("00 81 00 80")});
    const auto s2 = k.status(parser.feed(high).frames, BoardConfig{BoardFamily::KerongCu16, 2, 16, false, 500});
    QVERIFY(s2);
    QVERIFY(s2->isClosed(9));
    QVERIFY(s2->isClosed(16));
    QVERIFY(!s2->isClosed(1));
    QVERIFY(s2->hasItem(16));
    QVERIFY(!s2->hasItem(9));
}

void TestLockers::kerongPolarityAndChannels()
{
    KerongCu16Codec k;
    LockFrameParser parser(BoardFamily::KerongCu16, LockFrameParser::Direction::Replies);
    const auto frames = parser.feed(hex("02 00 30 05 00 01 00 03 3B")).frames;
    BoardConfig inverted;
    inverted.inverted = true;
    inverted.channels = 8;
    const auto s = k.status(frames, inverted);
    QVERIFY(s);
    QVERIFY(!s->isClosed(1));
    QVERIFY(s->isClosed(2));
    QVERIFY(!s->isClosed(3));
    QVERIFY(s->isClosed(8));
    QVERIFY(!s->isClosed(9)); // not wired: never reported
    QCOMPARE(s->closed & ~0xFFu, 0u);
}

void TestLockers::kerongParserResynchronises()
{
    LockFrameParser parser(BoardFamily::KerongCu16, LockFrameParser::Direction::Replies);
    // Noise, a frame cut by a wrong checksum, then a good frame split over three reads.
    auto a = parser.feed(hex("FF 00 55"));
    QVERIFY(a.frames.isEmpty());
    QVERIFY(!a.problems.isEmpty());
    auto b = parser.feed(hex("02 00 30 05 00 01 00 03 3C 02 00"));
    QVERIFY(b.frames.isEmpty());
    QVERIFY(!b.problems.isEmpty());
    auto c = parser.feed(hex("30 05 00"));
    QVERIFY(c.frames.isEmpty());
    auto d = parser.feed(hex("01 00 03 3B"));
    QCOMPARE(d.frames.size(), 1);
    QCOMPARE(d.frames[0].data, hex("05 00 01 00"));
    QCOMPARE(parser.pending(), 0);
    // An STX inside noise starts nothing when what follows is no frame.
    auto e = parser.feed(hex("02 02 00 30 05 00 01 00 03 3B"));
    QCOMPARE(e.frames.size(), 1);
    // A wire swap (A/B): every byte inverted, nothing accepted, nothing kept beyond one frame.
    QByteArray garbage;
    for (int i = 0; i < 200; ++i)
        garbage.append(char(~quint8(hex("02 00 30 05 00 01 00 03 3B")[i % 9])));
    auto f = parser.feed(garbage);
    QVERIFY(f.frames.isEmpty());
    QVERIFY(f.problems.size() <= MaxLockProblemsPerFeed);
    QVERIFY(parser.pending() <= MaxLockFrame);
}

void TestLockers::eightyAVectors()
{
    EightyACodec e;
    BoardConfig board;
    board.family = BoardFamily::EightyA;
    board.address = 1;
    board.channels = 12;
    QCOMPARE(e.unlock(board, 1), hex("8A 01 01 11 9B"));
    QCOMPARE(e.unlockAll(board), QList<QByteArray>{hex("8A 01 00 11 9A")});
    QCOMPARE(e.queryStatus(board), hex("80 01 00 33 B2"));
    QVERIFY(e.unlock(board, 13).isEmpty()); // a 12-channel board
    // A 24-channel board: locks 13–24 at the next address.
    board.channels = 24;
    QCOMPARE(e.statusReads(board), 2);
    QCOMPARE(e.unlock(board, 13), hex("8A 02 01 11 98"));
    QCOMPARE(e.queryStatus(board, 1), hex("80 02 00 33 B1"));
    QCOMPARE(e.unlockAll(board).size(), 2);
    LockFrameParser commands(BoardFamily::EightyA, LockFrameParser::Direction::Commands);
    const auto out = commands.feed(hex("8A 01 01 11 9B 80 01 00 33 B2"));
    QCOMPARE(out.frames.size(), 2);
    QCOMPARE(out.frames[0].data, hex("01"));
    QCOMPARE(out.frames[1].start, quint8(0x80));
}

void TestLockers::eightyAStatusAndPolarity()
{
    EightyACodec e;
    BoardConfig board;
    board.family = BoardFamily::EightyA;
    board.address = 1;
    board.channels = 12;
    LockFrameParser parser(BoardFamily::EightyA, LockFrameParser::Direction::Replies);
    // Locks 9–16 = 0x08 (lock 12 closed), locks 1–8 = 0x05 (locks 1 and 3 closed).
    const QByteArray reply = encodeLockFrame({BoardFamily::EightyA, 0x80, 0x01, 0x33, hex("08 05")});
    QCOMPARE(reply, hex("80 01 08 05 33 BF"));
    const auto frames = parser.feed(reply).frames;
    QCOMPARE(frames.size(), 1);
    auto s = e.status(frames, board);
    QVERIFY(s);
    QVERIFY(s->isClosed(1));
    QVERIFY(!s->isClosed(2));
    QVERIFY(s->isClosed(3));
    QVERIFY(s->isClosed(12));
    QVERIFY(!s->itemSensors);
    QVERIFY(!s->hasItem(1));
    board.inverted = true;
    s = e.status(frames, board);
    QVERIFY(s);
    QVERIFY(!s->isClosed(1));
    QVERIFY(s->isClosed(2));
    QVERIFY(!s->isClosed(12));
    QVERIFY(!s->isClosed(13));
    // 24 channels: two replies, the second board's locks 1–12 are 13–24.
    board.inverted = false;
    board.channels = 24;
    const QByteArray second = encodeLockFrame({BoardFamily::EightyA, 0x80, 0x02, 0x33, hex("00 01")});
    const auto both = parser.feed(QByteArray(reply + second)).frames;
    QCOMPARE(both.size(), 2);
    s = e.status(both, board);
    QVERIFY(s);
    QVERIFY(s->isClosed(13));
    QVERIFY(!s->isClosed(14));
    QVERIFY(s->isClosed(12));
    QVERIFY(!e.status(QList<LockFrame>{both[0]}, board)); // one read missing
}

void TestLockers::eightyAParserResynchronises()
{
    LockFrameParser parser(BoardFamily::EightyA, LockFrameParser::Direction::Replies);
    auto out = parser.feed(hex("00 80 01 08 05 33 BE 11 80 01 08"));
    QVERIFY(out.frames.isEmpty());
    QVERIFY(!out.problems.isEmpty());
    out = parser.feed(hex("05 33 BF"));
    QCOMPARE(out.frames.size(), 1);
    QCOMPARE(out.frames[0].data, hex("08 05"));
    QCOMPARE(parser.pending(), 0);
}

void TestLockers::parserBounded()
{
    for (BoardFamily family : {BoardFamily::KerongCu16, BoardFamily::EightyA}) {
        for (auto direction : {LockFrameParser::Direction::Replies, LockFrameParser::Direction::Commands}) {
            LockFrameParser parser(family, direction);
            QByteArray noise;
            for (int i = 0; i < 5000; ++i)
                noise.append(char((i * 37 + 11) & 0xFF));
            const auto out = parser.feed(noise);
            QVERIFY(out.problems.size() <= MaxLockProblemsPerFeed);
            QVERIFY(parser.pending() <= MaxLockFrame);
        }
    }
}

void TestLockers::busGap()
{
    LockBus::Options o;
    o.baud = 9600;
    LockBus slow(nullptr, BoardFamily::KerongCu16, o);
    // 3.5 characters of 10 bits at 9600 baud: 3.65 ms (the reference's figure).
    QCOMPARE(slow.gapMicros(), 3646);
    o.baud = 19200;
    LockBus fast(nullptr, BoardFamily::KerongCu16, o);
    QCOMPARE(fast.gapMicros(), 1823);
    o.baud = 115200;
    LockBus fastest(nullptr, BoardFamily::KerongCu16, o);
    QCOMPARE(fastest.gapMicros(), 1000); // never under a millisecond
    QCOMPARE(fast.wireMicros(9), 4688);
    // A line that is not open: a clear error, not a hang.
    Result<LockFrame> got = Error{};
    bool done = false;
    fast.query(QByteArray("\x02\x00\x30\x03\x35"), {}, [&](Result<LockFrame> r) {
        got = r;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(got.error().code, QStringLiteral("lockers.line"));
}

void TestLockers::pollerAgainstTwin()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    TwinLine line(dir(QStringLiteral("poll")), sandbox::SimulatedLockBoards::Kind::Kerong, {kerong(0), kerong(1)});
    QVERIFY(line.ok);
    line.twin.forceOpen(1, 5); // found open at start: no alert for it
    line.twin.setItem(0, 2, true);
    line.record();
    line.poller->start();
    QTRY_VERIFY(line.poller->settled());
    QVERIFY(line.poller->isKnown(0));
    QVERIFY(line.poller->isKnown(1));
    QVERIFY(line.poller->status(0)->isClosed(1));
    QVERIFY(line.poller->status(0)->hasItem(2));
    QVERIFY(!line.poller->status(1)->isClosed(5));
    QVERIFY(line.events.isEmpty()); // changes only
    const int requestsBefore = line.twin.requests();
    QTRY_VERIFY(line.poller->sweeps() >= 3);
    QVERIFY(line.events.isEmpty());
    QVERIFY(line.twin.requests() > requestsBefore);

    line.poller->open(0, 3);
    QTRY_VERIFY(line.kinds(0, 3).contains(DoorEvent::Kind::Opened));
    QCOMPARE(line.kinds(0, 3), (QList<DoorEvent::Kind>{DoorEvent::Kind::RelayFired, DoorEvent::Kind::Opened}));
    QVERIFY(!line.twin.door(0, 3).closed);
    QCOMPARE(line.twin.door(0, 4).openings, 0); // only that door
    // Opening an open door: said so, no command.
    const int unlocks = line.twin.unlocks();
    line.poller->open(0, 3);
    QCOMPARE(line.kinds(0, 3).last(), DoorEvent::Kind::AlreadyOpen);
    QCOMPARE(line.twin.unlocks(), unlocks);
    // Closed by hand; an item put in.
    line.twin.setItem(0, 3, true);
    line.twin.closeDoor(0, 3);
    QTRY_VERIFY(line.kinds(0, 3).contains(DoorEvent::Kind::Closed));
    QVERIFY(line.kinds(0, 3).contains(DoorEvent::Kind::ItemIn));
    QVERIFY(!line.kinds(0, 3).contains(DoorEvent::Kind::ForcedOpen));
    QVERIFY(!line.kinds(0, 3).contains(DoorEvent::Kind::Jammed));
    // Every frame went alone on the line: never a second command before an answer or the gap.
    QVERIFY(line.bus->framesSent() >= line.twin.requests());
}

void TestLockers::jammedDoor()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    TwinLine line(dir(QStringLiteral("jam")), sandbox::SimulatedLockBoards::Kind::Kerong, {kerong(0)});
    QVERIFY(line.ok);
    line.record();
    line.poller->start();
    QTRY_VERIFY(line.poller->settled());
    line.twin.setJammed(0, 7, true);
    line.poller->open(0, 7);
    QTRY_VERIFY(line.kinds(0, 7).contains(DoorEvent::Kind::RelayFired));
    const int sweeps = line.poller->sweeps();
    QTRY_VERIFY(line.poller->sweeps() > sweeps + 2);
    QVERIFY(!line.kinds(0, 7).contains(DoorEvent::Kind::Jammed)); // not yet: within the delay
    line.clock.advance(5001);
    QTRY_VERIFY(line.kinds(0, 7).contains(DoorEvent::Kind::Jammed));
    QVERIFY(!line.kinds(0, 7).contains(DoorEvent::Kind::Opened));
    QCOMPARE(line.twin.unlocks(), 1);
}

void TestLockers::forcedAndLeftOpen()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    TwinLine line(dir(QStringLiteral("forced")), sandbox::SimulatedLockBoards::Kind::Kerong, {kerong(2)});
    QVERIFY(line.ok);
    line.record();
    line.poller->start();
    QTRY_VERIFY(line.poller->settled());
    line.twin.forceOpen(2, 9);
    QTRY_VERIFY(line.kinds(2, 9).contains(DoorEvent::Kind::ForcedOpen));
    QVERIFY(!line.kinds(2, 9).contains(DoorEvent::Kind::Opened));
    // Open too long: one alert, not one per sweep.
    line.clock.advance(60001);
    QTRY_VERIFY(line.kinds(2, 9).contains(DoorEvent::Kind::LeftOpen));
    const int sweeps = line.poller->sweeps();
    QTRY_VERIFY(line.poller->sweeps() > sweeps + 2);
    QCOMPARE(line.kinds(2, 9).count(DoorEvent::Kind::LeftOpen), 1);
    line.twin.closeDoor(2, 9);
    QTRY_VERIFY(line.kinds(2, 9).contains(DoorEvent::Kind::Closed));
}

void TestLockers::silentBoard()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    TwinLine line(dir(QStringLiteral("silent")), sandbox::SimulatedLockBoards::Kind::Kerong, {kerong(0), kerong(1)});
    QVERIFY(line.ok);
    line.record();
    QSignalSpy known(line.poller.get(), &LockPoller::boardKnown);
    line.poller->start();
    QTRY_VERIFY(line.poller->settled());
    line.twin.setSilent(1, true);
    QTRY_VERIFY_WITH_TIMEOUT(line.poller->isUnknown(1), 20000);
    QVERIFY(line.poller->isKnown(0)); // the other board goes on
    bool saidUnknown = false;
    for (const auto& args : known)
        if (args.at(0).toInt() == 1 && !args.at(1).toBool())
            saidUnknown = true;
    QVERIFY(saidUnknown);
    // Nothing is sent to an unknown board: the door is said not opened.
    const int unlocks = line.twin.unlocks();
    line.poller->open(1, 1);
    QCOMPARE(line.kinds(1, 1).last(), DoorEvent::Kind::CommandFailed);
    QCOMPARE(line.twin.unlocks(), unlocks);
    // Back.
    line.twin.setSilent(1, false);
    QTRY_VERIFY_WITH_TIMEOUT(line.poller->isKnown(1), 20000);
}

void TestLockers::lineNoise()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    TwinLine line(dir(QStringLiteral("noise")), sandbox::SimulatedLockBoards::Kind::Kerong, {kerong(0)});
    QVERIFY(line.ok);
    line.record();
    QSignalSpy noise(line.bus.get(), &LockBus::lineNoise);
    line.twin.noiseBeforeNextAnswer(hex("FF 02 00 30 55 03 AA"));
    line.twin.setContinuousNoise(true);
    line.poller->start();
    QTRY_VERIFY(line.poller->settled());
    QVERIFY(line.poller->isKnown(0));
    QVERIFY(noise.count() > 0);
    line.poller->open(0, 1);
    QTRY_VERIFY(line.kinds(0, 1).contains(DoorEvent::Kind::Opened));
    QVERIFY(line.poller->status(0)->isClosed(2));
}

void TestLockers::eightyAOverPty()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    BoardConfig big;
    big.family = BoardFamily::EightyA;
    big.address = 1;
    big.channels = 24;
    BoardConfig inverted;
    inverted.family = BoardFamily::EightyA;
    inverted.address = 5;
    inverted.channels = 12;
    inverted.inverted = true;
    TwinLine line(dir(QStringLiteral("eighty")), sandbox::SimulatedLockBoards::Kind::EightyA, {big, inverted}, 9600);
    QVERIFY(line.ok);
    line.record();
    line.poller->start();
    QTRY_VERIFY(line.poller->settled());
    QVERIFY(line.poller->isKnown(1));
    QVERIFY(line.poller->isKnown(5));
    for (int lock = 1; lock <= 24; ++lock)
        QVERIFY(line.poller->status(1)->isClosed(lock));
    for (int lock = 1; lock <= 12; ++lock)
        QVERIFY(line.poller->status(5)->isClosed(lock)); // read through the inverted wiring
    line.poller->open(1, 13);
    QTRY_VERIFY(line.kinds(1, 13).contains(DoorEvent::Kind::Opened));
    QVERIFY(!line.twin.door(2, 1).closed); // lock 13 = lock 1 of the next address
    QVERIFY(line.twin.door(1, 1).closed);
    line.poller->open(5, 12);
    QTRY_VERIFY(line.kinds(5, 12).contains(DoorEvent::Kind::Opened));
    line.twin.closeDoor(5, 12);
    QTRY_VERIFY(line.kinds(5, 12).contains(DoorEvent::Kind::Closed));
}

void TestLockers::bankConfigRoundTrip()
{
    const BankConfig training = BankConfig::training(QStringLiteral("/dev/ttyUSB0"));
    QVERIFY(training.validate().ok());
    QCOMPARE(training.doors.size(), 32);
    const auto back = banksFromJson(banksToJson({training}));
    QVERIFY(back);
    QCOMPARE(back.value().size(), 1);
    QCOMPARE(back.value().first().doors, training.doors);
    QCOMPARE(back.value().first().line, training.line);
    QCOMPARE(back.value().first().sizeFor(QStringLiteral("JEU")), DoorSize::Large);
    QCOMPARE(back.value().first().sizeFor(QStringLiteral("LIVRE")), DoorSize::Small);
    // Refused: two doors on one lock, a lock the board does not have, an address out of range.
    BankConfig twice = training;
    twice.doors[1].lock = 1;
    QCOMPARE(twice.validate().error().code, QStringLiteral("lockers.config"));
    BankConfig beyond = training;
    beyond.doors[0].lock = 17;
    QVERIFY(!beyond.validate().ok());
    BankConfig address = training;
    address.boards[1].address = 16;
    QVERIFY(!address.validate().ok());
    QVERIFY(!banksFromJson(QStringLiteral("{")).ok());
    QVERIFY(banksFromJson(QString()).ok());
}

void TestLockers::loadSixteenDoorsAndPickUp()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    test::InProcessSandbox sandbox;
    QVERIFY(sandbox.start({}));
    BankRig rig(sandbox, dir(QStringLiteral("sixteen")));
    QVERIFY(rig.ok);
    QVERIFY(rig.syncCache());
    const auto items = rig.itemsForBank(17);
    QVERIFY2(items.size() == 17, qPrintable(QString::number(items.size())));
    QVERIFY(rig.startService());
    // Nothing opens before the sensors are read.
    if (!rig.service->ready())
        QCOMPARE(rig.service->load(items[0].first).kind, LockerOutcome::Kind::NotReady);
    QVERIFY(BankRig::waitFor([&] { return rig.service->ready(); }));

    QSet<QString> doors;
    for (int i = 0; i < 16; ++i) {
        QString door;
        QVERIFY2(rig.loadOne(items[i].first, &door), qPrintable(items[i].first));
        QVERIFY(!doors.contains(door)); // one patron, one door
        doors.insert(door);
    }
    QCOMPARE(doors.size(), 16);
    // Small items: the small doors first.
    QCOMPARE(rig.door(*doors.begin()).items.size(), 1);
    // Every check-in reached the training library at the bank: the requests wait there.
    QVERIFY(BankRig::waitFor([&] { return rig.pending() == 0; }));
    for (int i = 0; i < 16; ++i)
        QCOMPARE(holdStatus(sandbox, items[i].first), QStringLiteral("W@CASGARE"));
    // Scanned again: already in its door, nothing opens.
    const int unlocks = rig.twin.unlocks();
    QCOMPARE(rig.service->load(items[0].first).kind, LockerOutcome::Kind::AlreadyIn);
    QCOMPARE(rig.twin.unlocks(), unlocks);
    // The door map: 16 loaded, the patron's name masked.
    int loaded = 0;
    for (const LockerDoor& d : rig.service->doors().value())
        if (d.state == DoorState::Loaded) {
            ++loaded;
            QVERIFY(d.patronName.contains(QStringLiteral("…")));
            QVERIFY(d.expires.isValid());
        }
    QCOMPARE(loaded, 16);

    // Kiosk: the patron's card opens their door; the item is checked out in the training library.
    const QString card = items[3].second;
    const QString barcode = items[3].first;
    QString doorUuid;
    for (const LockerDoor& d : rig.service->doors().value())
        if (d.patronCard == card)
            doorUuid = d.uuid;
    const LockerDoor door = rig.door(doorUuid);
    const LockerOutcome opened = rig.service->pickup(card);
    QCOMPARE(opened.kind, LockerOutcome::Kind::PickupOpening);
    QCOMPARE(opened.doorUuids, QStringList{doorUuid});
    QVERIFY(BankRig::waitFor([&] { return rig.seenOpen(door); }));
    QVERIFY(BankRig::waitFor([&] { return checkedOut(sandbox, barcode); }));
    QVERIFY(BankRig::waitFor([&] { return rig.pending() == 0; }));
    rig.twin.setItem(door.board, door.lock, false);
    rig.twin.closeDoor(door.board, door.lock);
    QVERIFY(BankRig::waitFor([&] { return rig.door(doorUuid).state == DoorState::Free; }));
    QVERIFY(rig.has(LockerOutcome::Kind::PickupDone, doorUuid));
    QVERIFY(rig.door(doorUuid).patronCard.isEmpty());
    // The same card again, and a card with nothing here: told so, no door opens.
    const int before = rig.twin.unlocks();
    QCOMPARE(rig.service->pickup(card).kind, LockerOutcome::Kind::NothingWaiting);
    QCOMPARE(rig.service->pickup(items[16].second).kind, LockerOutcome::Kind::NothingWaiting);
    QCOMPARE(rig.twin.unlocks(), before);
    // The history: appended only.
    QVERIFY(rig.service->store().eventCount(QStringLiteral("loaded")).value() == 16);
    QVERIFY(!rig.outbox.database().exec(QStringLiteral("DELETE FROM locker_events")).ok());
    QVERIFY(!rig.outbox.database().exec(QStringLiteral("UPDATE locker_events SET kind = 'x'")).ok());
}

void TestLockers::wrongItemFullAndJammed()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    test::InProcessSandbox sandbox;
    QVERIFY(sandbox.start({}));
    BankRig rig(sandbox, dir(QStringLiteral("jam-bank")));
    QVERIFY(rig.ok);
    // A small bank: two small doors and a return door.
    rig.bank.doors = {rig.bank.doors[0], rig.bank.doors[1], rig.bank.doors[31]};
    QVERIFY(rig.syncCache());
    const auto items = rig.itemsForBank(4);
    QCOMPARE(items.size(), 4);
    QVERIFY(rig.startService());
    QVERIFY(BankRig::waitFor([&] { return rig.service->ready(); }));
    // An item nobody waits for at the bank.
    const QString elsewhere = sandbox
                                  .scalar(QStringLiteral("SELECT external_id FROM items WHERE item_id NOT IN (SELECT "
                                                         "item_id FROM holds WHERE item_id IS NOT NULL) LIMIT 1"))
                                  .toString();
    QCOMPARE(rig.service->load(elsewhere).kind, LockerOutcome::Kind::WrongItem);
    QCOMPARE(rig.twin.unlocks(), 0);
    // A jammed door: the next door opens for the same item.
    const LockerOutcome first = rig.service->load(items[0].first);
    QCOMPARE(first.kind, LockerOutcome::Kind::DoorOpening);
    const LockerDoor jammed = rig.door(first.doorUuids.first());
    rig.twin.setJammed(jammed.board, jammed.lock, true);
    QVERIFY(BankRig::waitFor([&] { return rig.twin.unlocks() == 1; }));
    rig.clock.advance(5001);
    QVERIFY(BankRig::waitFor([&] { return rig.has(LockerOutcome::Kind::Jammed, jammed.uuid); }));
    QCOMPARE(rig.door(jammed.uuid).state, DoorState::Jammed);
    LockerOutcome said;
    for (const LockerOutcome& o : rig.outcomes)
        if (o.kind == LockerOutcome::Kind::Jammed)
            said = o;
    QCOMPARE(said.doorUuids.size(), 2); // the jammed door and the next one
    const LockerDoor next = rig.door(said.doorUuids[1]);
    QCOMPARE(next.state, DoorState::Loading);
    QVERIFY(BankRig::waitFor([&] { return rig.seenOpen(next); }));
    rig.twin.setItem(next.board, next.lock, true);
    rig.twin.closeDoor(next.board, next.lock);
    QVERIFY(BankRig::waitFor([&] { return rig.door(next.uuid).state == DoorState::Loaded; }));
    // Full: no free door left for another patron's item (the return door never takes a loading).
    QCOMPARE(rig.service->load(items[1].first).kind, LockerOutcome::Kind::Full);
    // Closed with nothing inside: no check-in, the door free again.
    rig.twin.setJammed(jammed.board, jammed.lock, false);
    QVERIFY(rig.service->store().setState(jammed.uuid, DoorState::Free, QStringLiteral("repaired")).ok());
    const LockerOutcome empty = rig.service->load(items[1].first);
    QCOMPARE(empty.kind, LockerOutcome::Kind::DoorOpening);
    QVERIFY(BankRig::waitFor([&] { return rig.seenOpen(jammed); }));
    rig.twin.closeDoor(jammed.board, jammed.lock);
    QVERIFY(BankRig::waitFor([&] { return rig.has(LockerOutcome::Kind::NoItemSeen, jammed.uuid); }));
    QCOMPARE(rig.door(jammed.uuid).state, DoorState::Free);
    QVERIFY(BankRig::waitFor([&] { return rig.pending() == 0; }));
    QCOMPARE(rig.outbox.count(OutboxAction::State::Acknowledged).value(), 1); // only the item that went in
    // A return deposited at the kiosk: the return door opens, checked in when it closes.
    const QString returned = elsewhere;
    const LockerOutcome deposit = rig.service->deposit(returned);
    QCOMPARE(deposit.kind, LockerOutcome::Kind::ReturnOpening);
    const LockerDoor returnDoor = rig.door(deposit.doorUuids.first());
    QVERIFY(returnDoor.returns);
    QVERIFY(BankRig::waitFor([&] { return rig.seenOpen(returnDoor); }));
    rig.twin.setItem(returnDoor.board, returnDoor.lock, true);
    rig.twin.closeDoor(returnDoor.board, returnDoor.lock);
    QVERIFY(BankRig::waitFor([&] { return rig.has(LockerOutcome::Kind::Returned, returnDoor.uuid); }));
    QVERIFY(BankRig::waitFor([&] { return rig.pending() == 0; }));
    QCOMPARE(rig.outbox.count(OutboxAction::State::Acknowledged).value(), 2);
    // A door forced open: an alert.
    rig.twin.forceOpen(next.board, next.lock);
    QVERIFY(BankRig::waitFor([&] {
        for (const LockerOutcome& o : rig.outcomes)
            if (o.kind == LockerOutcome::Kind::Alert && o.doorUuids.contains(next.uuid))
                return true;
        return false;
    }));
    rig.twin.closeDoor(next.board, next.lock);
    // A silent board: out of service at the kiosk.
    rig.twin.setSilent(0, true);
    QVERIFY(BankRig::waitFor([&] { return rig.service->boardDown(); }, 30000));
    QCOMPARE(rig.service->pickup(items[0].second).kind, LockerOutcome::Kind::BoardDown);
    // Every alert is a locker event, for the counters to be told later: the jam, the forced door,
    // the board lost, the patron turned away (nothing about the patron in it).
    const auto alerts = rig.service->store().alerts().value();
    const auto alerted = [&](const QString& start, const QString& door = {}) {
        for (const LockerAlert& a : alerts)
            if (a.detail.startsWith(start) && (door.isEmpty() || a.doorUuid == door))
                return true;
        return false;
    };
    QVERIFY(alerted(QStringLiteral("jammed: "), jammed.uuid));
    QVERIFY(alerted(QStringLiteral("alert: "), next.uuid));
    QVERIFY(alerted(QStringLiteral("alert: Lock board 0")));
    QVERIFY(alerted(QStringLiteral("board_down: kiosk pickup refused")));
    for (const LockerAlert& a : alerts) {
        QCOMPARE(a.bank, QStringLiteral("CASGARE"));
        QVERIFY(a.at.isValid());
        QVERIFY(!a.detail.contains(items[0].second));
    }
    // Published in order: what follows the last one seen.
    QCOMPARE(rig.service->store().alerts(alerts.first().id).value().size(), alerts.size() - 1);
}

void TestLockers::ilsOfflineAtKiosk()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    test::InProcessSandbox sandbox;
    QVERIFY(sandbox.start({}));
    BankRig rig(sandbox, dir(QStringLiteral("offline")));
    QVERIFY(rig.ok);
    QVERIFY(rig.syncCache());
    const auto items = rig.itemsForBank(1);
    QCOMPARE(items.size(), 1);
    QVERIFY(rig.startService());
    QVERIFY(BankRig::waitFor([&] { return rig.service->ready(); }));
    QString doorUuid;
    QVERIFY(rig.loadOne(items[0].first, &doorUuid));
    QVERIFY(BankRig::waitFor([&] { return rig.pending() == 0; }));
    // The ILS stops answering: the door still opens for the card; the checkout waits in the outbox.
    sandbox.faults.sipDropRequest = 1000;
    rig.sip.disconnectFromServer();
    const LockerDoor door = rig.door(doorUuid);
    QSignalSpy sent(rig.service.get(), &LockerService::actionSent);
    QCOMPARE(rig.service->pickup(items[0].second).kind, LockerOutcome::Kind::PickupOpening);
    QVERIFY(BankRig::waitFor([&] { return rig.seenOpen(door); }));
    QVERIFY(BankRig::waitFor([&] { return sent.count() == 1; }, 30000));
    QCOMPARE(sent.first().at(1).toBool(), false);
    QCOMPARE(rig.pending(), 1);
    QVERIFY(!checkedOut(sandbox, items[0].first));
    rig.twin.setItem(door.board, door.lock, false);
    rig.twin.closeDoor(door.board, door.lock);
    QVERIFY(BankRig::waitFor([&] { return rig.door(doorUuid).state == DoorState::Free; }));
    // Back: the replay asks first, then checks the item out once.
    sandbox.faults.sipDropRequest = 0;
    desk::Replayer replayer(rig.outbox, rig.sip, nullptr);
    replayer.setLocation(QStringLiteral("CASGARE"));
    replayer.setInFlight([&](const QString& uuid) { return rig.service->isInFlight(uuid); });
    QSignalSpy finished(&replayer, &desk::Replayer::finished);
    replayer.replay();
    QVERIFY(finished.wait(30000) || finished.count() == 1);
    QCOMPARE(rig.pending(), 0);
    QVERIFY(checkedOut(sandbox, items[0].first));
}

void TestLockers::killedDuringLoading()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    test::InProcessSandbox sandbox;
    QVERIFY(sandbox.start({}));
    const QString base = dir(QStringLiteral("kill-load"));
    const QString outboxFile = base + QStringLiteral("/shared-outbox.sqlite");
    QList<QPair<QString, QString>> items;
    {
        BankRig probe(sandbox, dir(QStringLiteral("kill-load-probe")));
        QVERIFY(probe.ok);
        QVERIFY(probe.syncCache());
        items = probe.itemsForBank(12);
    }
    QCOMPARE(items.size(), 12);
    // Killed at several moments of a run of loadings: afterwards every item is in one door at most,
    // and every item in a door has its check-in in the outbox, once.
    int previousLines = 0;
    for (int round = 0; round < 3; ++round) {
        QStringList args{outboxFile, QStringLiteral("load")};
        for (int i = round * 3; i < round * 3 + 3; ++i)
            args << items[i].first + QLatin1Char(':') + items[i].second;
        QProcess writer;
        writer.start(QStringLiteral(LOCKER_WRITER), args);
        QVERIFY(writer.waitForStarted());
        QVERIFY(BankRig::waitFor([&] {
            writer.waitForReadyRead(10);
            return writer.canReadLine() || writer.state() == QProcess::NotRunning;
        }));
        QTest::qWait(round * 7); // somewhere in the middle
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished();
        previousLines += int(writer.readAll().count('\n'));
    }
    // The last one hangs with its door assigned and not loaded.
    QProcess hanging;
    hanging.start(QStringLiteral(LOCKER_WRITER),
                  {outboxFile, QStringLiteral("load-hang"), items[9].first + QLatin1Char(':') + items[9].second,
                   items[10].first + QLatin1Char(':') + items[10].second});
    QVERIFY(hanging.waitForStarted());
    QVERIFY(BankRig::waitFor([&] {
        hanging.waitForReadyRead(10);
        return hanging.readAll().contains(QByteArray("assigned " + items[10].first.toUtf8())) ||
               hanging.state() == QProcess::NotRunning;
    }));
    ::kill(pid_t(hanging.processId()), SIGKILL);
    hanging.waitForFinished();

    // Reopen as the counter would: the sensors first. The item was put in its door before the crash.
    BankRig rig(sandbox, base, outboxFile);
    QVERIFY(rig.ok);
    QVERIFY(rig.syncCache());
    QString assignedDoor;
    LockerStore peek(rig.outbox, rig.clock, QStringLiteral("CASGARE"), {}, {});
    for (const LockerDoor& d : peek.doors().value())
        if (d.state == DoorState::Loading)
            assignedDoor = d.uuid;
    QVERIFY(!assignedDoor.isEmpty());
    const LockerDoor before = peek.door(assignedDoor).value();
    rig.twin.setItem(before.board, before.lock, true);
    QVERIFY(rig.startService());
    QVERIFY(BankRig::waitFor([&] { return rig.service->ready(); }));
    QCOMPARE(rig.door(assignedDoor).state, DoorState::Loaded);
    QCOMPARE(rig.twin.unlocks(), 0); // nothing opened by the recovery

    auto one = [&](const QString& sql) { return rig.outbox.database().scalar(sql).value().toInt(); };
    // No item in two doors; no door holds two patrons' items.
    QCOMPARE(
        one(QStringLiteral("SELECT count(*) FROM (SELECT barcode FROM locker_items WHERE state IN ('loading','in') "
                           "GROUP BY barcode HAVING count(*) > 1)")),
        0);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM locker_doors WHERE state = 'loading'")), 0);
    // Every item in a door has exactly one check-in, at the bank.
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM locker_items i WHERE i.state = 'in' AND (SELECT count(*) FROM "
                                "actions a WHERE a.kind = 'checkin' AND json_extract(a.payload, '$.barcode') = "
                                "i.barcode AND json_extract(a.payload, '$.location') = 'CASGARE') <> 1")),
             0);
    const int inDoors = one(QStringLiteral("SELECT count(*) FROM locker_items WHERE state = 'in'"));
    QVERIFY(inDoors >= 1);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM actions WHERE kind = 'checkin'")), inDoors);
    // The replay brings the check-ins to the ILS at the bank.
    desk::Replayer replayer(rig.outbox, rig.sip, nullptr);
    replayer.setInFlight([&](const QString& uuid) { return rig.service->isInFlight(uuid); });
    QSignalSpy finished(&replayer, &desk::Replayer::finished);
    QVERIFY(BankRig::waitFor(
        [&] {
            if (!replayer.isRunning() && rig.pending() > 0)
                replayer.replay();
            return rig.pending() == 0;
        },
        60000));
    QCOMPARE(holdStatus(sandbox, items[10].first), QStringLiteral("W@CASGARE"));
    Q_UNUSED(previousLines)
}

void TestLockers::killedDuringKioskPickup()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    test::InProcessSandbox sandbox;
    QVERIFY(sandbox.start({}));
    const QString base = dir(QStringLiteral("kill-pickup"));
    const QString outboxFile = base + QStringLiteral("/outbox.sqlite");
    QList<QPair<QString, QString>> items;
    {
        BankRig rig(sandbox, base, outboxFile);
        QVERIFY(rig.ok);
        QVERIFY(rig.syncCache());
        items = rig.itemsForBank(2);
        QCOMPARE(items.size(), 2);
        QVERIFY(rig.startService());
        QVERIFY(BankRig::waitFor([&] { return rig.service->ready(); }));
        QVERIFY(rig.loadOne(items[0].first));
        QVERIFY(rig.loadOne(items[1].first));
        QVERIFY(BankRig::waitFor([&] { return rig.pending() == 0; }));
    }
    // The kiosk records both patrons' pickups and dies before any door opens (the first patron),
    // and after the door opened (the second one took the item).
    for (const auto& item : items) {
        QProcess kiosk;
        kiosk.start(QStringLiteral(LOCKER_WRITER), {outboxFile, QStringLiteral("pickup"), item.second});
        QVERIFY(kiosk.waitForStarted());
        QVERIFY(BankRig::waitFor([&] {
            kiosk.waitForReadyRead(10);
            return kiosk.readAll().contains("started 1") || kiosk.state() == QProcess::NotRunning;
        }));
        ::kill(pid_t(kiosk.processId()), SIGKILL);
        kiosk.waitForFinished();
    }
    BankRig rig(sandbox, base + QStringLiteral("/again"), outboxFile);
    QVERIFY(rig.ok);
    QVERIFY(rig.syncCache());
    QCOMPARE(rig.pending(), 2); // both checkouts recorded, none lost
    LockerStore peek(rig.outbox, rig.clock, QStringLiteral("CASGARE"), {}, {});
    LockerDoor first, second;
    for (const LockerDoor& d : peek.doors().value()) {
        QCOMPARE(d.state == DoorState::Pickup, !d.patronCard.isEmpty());
        if (d.patronCard == items[0].second)
            first = d;
        if (d.patronCard == items[1].second)
            second = d;
    }
    QVERIFY(!first.uuid.isEmpty() && !second.uuid.isEmpty());
    rig.twin.setItem(first.board, first.lock, true);    // still inside: the door never opened
    rig.twin.setItem(second.board, second.lock, false); // taken
    QVERIFY(rig.startService());
    QVERIFY(BankRig::waitFor([&] { return rig.service->ready(); }));
    QCOMPARE(rig.twin.unlocks(), 0);
    QCOMPARE(rig.door(first.uuid).state, DoorState::Loaded); // undone: the patron comes back for it
    QCOMPARE(rig.door(second.uuid).state, DoorState::Free);
    QCOMPARE(rig.pending(), 1); // the taken item's checkout; the other discarded
    QCOMPARE(rig.outbox.count(OutboxAction::State::Discarded).value(), 1);
    desk::Replayer replayer(rig.outbox, rig.sip, nullptr);
    QSignalSpy finished(&replayer, &desk::Replayer::finished);
    replayer.replay();
    QVERIFY(finished.wait(30000) || finished.count() == 1);
    QCOMPARE(rig.pending(), 0);
    QVERIFY(checkedOut(sandbox, items[1].first));
    QVERIFY(!checkedOut(sandbox, items[0].first));
    // The first patron comes back: the door opens, checked out once.
    QCOMPARE(rig.service->pickup(items[0].second).kind, LockerOutcome::Kind::PickupOpening);
    QVERIFY(BankRig::waitFor([&] { return checkedOut(sandbox, items[0].first); }));
}

QTEST_GUILESS_MAIN(TestLockers)
#include "tst_lockers.moc"

// The demo's desk (site CENTRE) loads the training bank (CASGARE): its own sync pulls CENTRE's
// requests only, so the bank's items were unknown to the cache ("not for this bank"); the bank's
// requests now come with a sync of their own after each of the counter's. Once loaded, the door
// shows the request's last pickup day as the ILS set it (read back over REST).
void TestLockers::counterOfAnotherSiteLoadsTheBank()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    test::InProcessSandbox sandbox;
    QVERIFY(sandbox.start({}));
    BankRig rig(sandbox, dir(QStringLiteral("centre-loads")));
    QVERIFY(rig.ok);
    const auto runSync = [](sync::SyncEngine& engine, bool full) {
        bool done = false, good = false;
        QObject::connect(&engine, &sync::SyncEngine::finished, &engine, [&](const Status& s, const sync::SyncReport&) {
            done = true;
            good = s.ok();
        });
        full ? engine.fullSync() : engine.syncNow();
        return BankRig::waitFor([&] { return done; }, 60000) && good;
    };
    sync::SyncEngine own(rig.rest, rig.cache, rig.clock);
    own.setSite(QStringLiteral("CENTRE"));
    QVERIFY(runSync(own, true));
    // An item in transit to the bank, in the training library.
    const QString barcode =
        sandbox
            .scalar(QStringLiteral("SELECT i.external_id FROM holds h JOIN items i ON i.item_id = h.item_id JOIN "
                                   "patrons p ON p.patron_id = h.patron_id WHERE h.pickup_library_id = 'CASGARE' AND "
                                   "h.status = 'T' ORDER BY h.hold_id LIMIT 1"))
            .toString();
    QVERIFY(!barcode.isEmpty());
    QVERIFY(rig.startService());
    QVERIFY(BankRig::waitFor([&] { return rig.service->ready(); }));
    // Without the bank's requests: the counter cannot tell the item is waited for at the bank.
    QVERIFY(rig.itemsForBank(1).isEmpty());
    QCOMPARE(rig.service->load(barcode).kind, LockerOutcome::Kind::WrongItem);
    // The bank's cache follows the counter's sync.
    BankCache bank(rig.rest, rig.cache, rig.clock, QStringLiteral("CASGARE"));
    bank.follow(own);
    int refreshed = 0;
    bool refreshedOk = false;
    connect(&bank, &BankCache::finished, this, [&](const Status& s) {
        ++refreshed;
        refreshedOk = s.ok();
    });
    QVERIFY(runSync(own, false));
    QVERIFY(BankRig::waitFor([&] { return refreshed == 1; }, 60000));
    QVERIFY(refreshedOk);
    QVERIFY(rig.service->candidate(barcode).has_value());
    // The door's expiry is the ILS's: the library keeps requests 4 days (ReservesMaxPickUpDelay),
    // not the 7 days the counter would guess.
    QVERIFY(sandbox.exec(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('syspref.ReservesMaxPickUpDelay', '4')")));
    rig.service->setPickupDays(7);
    rig.service->setRest(&rig.rest);
    QString doorUuid;
    QVERIFY(rig.loadOne(barcode, &doorUuid));
    QVERIFY(BankRig::waitFor([&] { return rig.pending() == 0; }));
    QCOMPARE(holdStatus(sandbox, barcode), QStringLiteral("W@CASGARE"));
    const QDate sandboxToday = sandbox.clock->now().toUTC().date();
    const QDate ilsExpiry = QDate::fromString(
        sandbox
            .scalar(QStringLiteral("SELECT expiration_date FROM holds WHERE pickup_library_id = 'CASGARE' AND "
                                   "item_id = (SELECT item_id FROM items WHERE external_id = ?)"),
                    {barcode})
            .toString(),
        Qt::ISODate);
    QCOMPARE(ilsExpiry, sandboxToday.addDays(4)); // the training library computes it as Koha does
    QVERIFY(BankRig::waitFor([&] { return rig.door(doorUuid).expires == ilsExpiry; }));
    QCOMPARE(rig.door(doorUuid).items.value(0).expires, ilsExpiry);
    QVERIFY(ilsExpiry != rig.clock.now().toUTC().date().addDays(7));
    QCOMPARE(rig.service->store().eventCount(QStringLiteral("expiry")).value(), 1);
    // The counter's own requests are still there, and CENTRE's pull list was not touched.
    QVERIFY(rig.cache.database()
                .scalar(QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = 'CENTRE'"))
                .value()
                .toInt() > 0);
}
