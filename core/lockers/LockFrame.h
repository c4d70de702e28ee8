#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcLockers)

// Lock-control boards of pickup lockers (reference: protocols.md §5.1). Pure codecs and a stream
// parser, no I/O: tested with the reference's vectors and fuzzed (tests/fuzz/fuzz_lockframe.cpp).
//
// Bounds on what a line delivers: a board's frame is at most MaxLockFrame bytes; the parser never
// holds more than that without a frame (the excess is noise and dropped), tells at most
// MaxLockProblemsPerFeed problems per feed, and checks each possible frame start a bounded number
// of times, so its work stays linear in what is fed. Board addresses, lock numbers and channel
// counts read from the wire are checked against the family's ranges before use.
namespace comptoir::lockers {

enum class BoardFamily {
    KerongCu16, // Kerong KR-CU16: STX ADDR CMD [DATA] ETX SUM, 16 locks, hook and infra-red bits
    EightyA,    // "8A/80" boards: 8A|80 BB LL CMD BCC (XOR), 12 or 24 channels, no item sensors
};

QString familyName(BoardFamily family); // "kerong-cu16", "8a80"
std::optional<BoardFamily> familyFromName(const QString& name);

constexpr qsizetype MaxLockFrame = 16;
constexpr qsizetype MaxLockProblemsPerFeed = 8;
constexpr int MaxBoardsPerLine = 16;

// One frame as it travelled, in either direction. For Kerong: address = the ADDR byte (board in the
// high nibble, lock − 1 in the low one), command, data between CMD and ETX. For 8A/80: start =
// 0x8A or 0x80, address = the board byte, data = the bytes between the board and the command
// (the lock number in a command; the status bytes in a reply), command = the byte before BCC.
struct LockFrame
{
    BoardFamily family = BoardFamily::KerongCu16;
    quint8 start = 0x02;
    quint8 address = 0;
    quint8 command = 0;
    QByteArray data;

    bool operator==(const LockFrame&) const = default;
};

// The bytes of a frame with its checksum.
QByteArray encodeLockFrame(const LockFrame& frame);

// Cuts a byte stream into frames. A byte that cannot start a frame, an unknown command, a missing
// end byte or a wrong checksum are problems: the first byte is skipped and the parser resynchronises
// on the next one. Frames of a few bytes, so a short wait is only ever for the end of one frame.
class LockFrameParser
{
public:
    // What the parser reads: the boards' replies (the client) or the host's commands (a board).
    // The same first bytes can start frames of different lengths in the two directions.
    enum class Direction { Replies, Commands };
    LockFrameParser(BoardFamily family, Direction direction);

    struct Output
    {
        QList<LockFrame> frames;
        QStringList problems; // English, for the log and the diagnostic view
    };
    Output feed(QByteArrayView bytes);
    void reset() { m_buffer.clear(); }
    qsizetype pending() const { return m_buffer.size(); }

private:
    // A frame at the front of the buffer: its length, 0 when more bytes are needed, -1 when the
    // front byte starts no frame.
    qsizetype frameAtFront(LockFrame& frame) const;
    void problem(Output& out, const QString& what);

    BoardFamily m_family;
    Direction m_direction;
    QByteArray m_buffer;
    qsizetype m_untold = 0;
};

// One board as the bank sets it up (Settings > Lockers).
struct BoardConfig
{
    BoardFamily family = BoardFamily::KerongCu16;
    int address = 0;       // DIP switch: 0–15 (Kerong), 1–254 (8A/80)
    int channels = 16;     // locks wired: 16 (Kerong), 12 or 24 (8A/80)
    bool inverted = false; // the door switch reads 0 when closed (wired the other way)
    int pulseMs = 500;     // unlock pulse time (Kerong 0x37, 10 ms units)
};

// The sensors of one board at one moment. Bit n = lock n + 1.
struct BoardStatus
{
    int address = 0;
    quint32 closed = 0; // after the board's polarity: 1 = door closed (latched)
    quint32 items = 0;  // infra-red "item present"
    bool itemSensors = false;
    int channels = 16;
    bool operator==(const BoardStatus&) const = default;
    bool isClosed(int lock) const { return lock >= 1 && lock <= 32 && (closed >> (lock - 1)) & 1u; }
    bool hasItem(int lock) const { return itemSensors && lock >= 1 && lock <= 32 && (items >> (lock - 1)) & 1u; }
};

// What a board family needs: the frames to send and the reading of its status replies. A board's
// sensors may take more than one read (a 24-channel 8A/80 board answers as two 12-channel boards
// at consecutive addresses).
class LockCodec
{
public:
    virtual ~LockCodec() = default;
    virtual BoardFamily family() const = 0;
    virtual bool itemSensors() const = 0;
    virtual bool validAddress(int address) const = 0;
    virtual bool validChannels(int channels) const = 0;
    virtual int statusReads(const BoardConfig& board) const
    {
        Q_UNUSED(board)
        return 1;
    }
    virtual QByteArray queryStatus(const BoardConfig& board, int read = 0) const = 0;
    // Whether a frame is the answer to read `read` of queryStatus.
    virtual bool answersQuery(const LockFrame& frame, const BoardConfig& board, int read = 0) const = 0;
    // The board's sensors from the answers to its reads, in order; nothing when one is not one.
    virtual std::optional<BoardStatus> status(const QList<LockFrame>& replies, const BoardConfig& board) const = 0;
    virtual QByteArray unlock(const BoardConfig& board, int lock) const = 0; // lock 1-based
    virtual QList<QByteArray> unlockAll(const BoardConfig& board) const = 0; // one frame per address

    static std::unique_ptr<LockCodec> make(BoardFamily family);
};

// Kerong KR-CU16 (19200 8N1 by default).
class KerongCu16Codec final : public LockCodec
{
public:
    static constexpr quint8 Stx = 0x02, Etx = 0x03;
    static constexpr quint8 QueryStatus = 0x30, Unlock = 0x31, QueryAll = 0x32, UnlockAll = 0x33, Busy = 0x38,
                            PulseTime = 0x37, DelayedUnlock = 0x39, SetBaud = 0x40;
    BoardFamily family() const override { return BoardFamily::KerongCu16; }
    bool itemSensors() const override { return true; }
    bool validAddress(int address) const override { return address >= 0 && address <= 15; }
    bool validChannels(int channels) const override { return channels >= 1 && channels <= 16; }
    QByteArray queryStatus(const BoardConfig& board, int read = 0) const override;
    bool answersQuery(const LockFrame& frame, const BoardConfig& board, int read = 0) const override;
    std::optional<BoardStatus> status(const QList<LockFrame>& replies, const BoardConfig& board) const override;
    QByteArray unlock(const BoardConfig& board, int lock) const override;
    QList<QByteArray> unlockAll(const BoardConfig& board) const override;
    QByteArray queryAll(int address = 0) const;
    // Pulse time in milliseconds, sent in 10 ms units on two bytes, high byte first.
    QByteArray setPulseTime(const BoardConfig& board, int ms) const;
    QByteArray queryPulseTime(const BoardConfig& board) const;
};

// "8A/80" boards (9600 8N1, XOR BCC). Reply to a query: 80 BB <locks 9–16> <locks 1–8> 33 BCC.
// A 24-channel board answers as two 12-channel boards: locks 13–24 are locks 1–12 of the next
// address (as one public driver does; confirm against the board in hand).
class EightyACodec final : public LockCodec
{
public:
    static constexpr quint8 CommandStart = 0x8A, QueryStart = 0x80, UnlockCmd = 0x11, QueryCmd = 0x33;
    BoardFamily family() const override { return BoardFamily::EightyA; }
    bool itemSensors() const override { return false; }
    bool validAddress(int address) const override { return address >= 1 && address <= 254; }
    bool validChannels(int channels) const override { return channels == 12 || channels == 24; }
    int statusReads(const BoardConfig& board) const override { return board.channels > 12 ? 2 : 1; }
    QByteArray queryStatus(const BoardConfig& board, int read = 0) const override;
    bool answersQuery(const LockFrame& frame, const BoardConfig& board, int read = 0) const override;
    std::optional<BoardStatus> status(const QList<LockFrame>& replies, const BoardConfig& board) const override;
    QByteArray unlock(const BoardConfig& board, int lock) const override;
    QList<QByteArray> unlockAll(const BoardConfig& board) const override;
};

QString lockHex(QByteArrayView bytes);

} // namespace comptoir::lockers
