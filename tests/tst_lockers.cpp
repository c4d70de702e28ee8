// Pickup lockers: lock-board codecs against the reference's vectors (protocols.md §5.1), the bus
// and poller against the simulated boards over a pseudo-terminal pair, the locker bank's service
// against the training library, and crashes in the middle of loading and of a kiosk pickup.
#include "demo/DeviceTwins.h"
#include "demo/LockBoardTwin.h"
#include "lockers/LockBus.h"
#include "lockers/LockFrame.h"
#include "lockers/LockPoller.h"
#include "support/MockClock.h"

#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::lockers;

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

QTEST_GUILESS_MAIN(TestLockers)
#include "tst_lockers.moc"
