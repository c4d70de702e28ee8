// Pickup lockers: lock-board codecs against the reference's vectors (protocols.md §5.1), the bus
// and poller against the simulated boards over a pseudo-terminal pair, the locker bank's service
// against the training library, and crashes in the middle of loading and of a kiosk pickup.
#include "lockers/LockFrame.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::lockers;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
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

QTEST_GUILESS_MAIN(TestLockers)
#include "tst_lockers.moc"
