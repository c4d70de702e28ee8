#pragma once

#include "Result.h"
#include "devices/RfidFrame.h"
#include "devices/SerialScanner.h"
#include "devices/TagData.h"

#include <QObject>
#include <QSerialPort>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>

namespace comptoir::devices {

// Bounds on what a reader may report. A staff pad reads a stack of a few dozen tags at most
// (anti-collision slows down well before); a reader listing more, or asking to be asked again
// ("more data") without end, is faulty: its inventory is an error, never a list that grows.
constexpr int MaxTagsInField = 100;
constexpr int MaxInventoryRounds = 32; // FEIG: requests with the MORE bit for one inventory

struct TagSeen
{
    QByteArray uid; // 8 bytes, E0 first
    quint8 dsfid = 0;
};

// What a reader's "Get System Information" answer says of a tag.
struct SystemInfo
{
    QByteArray uid; // 8 bytes, E0 first
    std::optional<quint8> dsfid, afi, icReference;
    int blockCount = 0, blockSize = 0; // 0: not said
};

// The two layouts readers use for that answer (protocols.md §3.2 and ISO/IEC 15693):
// - FEIG's [0xB0 0x2B] (its manual): DSFID, UID (E0 first), AFI, MEM-SIZE (block size − 1, then
//   block count − 1), IC-REF;
// - ISO/IEC 15693's own response: information flags, UID least significant byte first (E0 last),
//   then DSFID if flag bit 0, AFI if bit 1, memory size (block count − 1, block size − 1) if bit 2,
//   IC reference if bit 3.
// The UID the request named tells which one the reader used; an answer about another tag, or too
// short for what it announces, is an error (never a value read from the wrong place).
Result<SystemInfo> parseSystemInfo(const QByteArray& data, const QByteArray& uid);

// An HF RFID pad reader on a serial line, FEIG ISO host mode or 3M 810. One command at a time;
// each answer is awaited with a time limit and the command retried, so line noise, a lost frame
// or a reader that stops answering end in a clear error, never in a hang.
class RfidReader : public QObject
{
    Q_OBJECT
public:
    explicit RfidReader(QObject* parent = nullptr);
    ~RfidReader() override;

    Status open(const SerialLine& line, RfidDialect dialect);
    void close();
    bool isOpen() const { return m_port.isOpen(); }
    RfidDialect dialect() const { return m_dialect; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    using FrameDone = std::function<void(Result<RfidFrame>)>;
    // Every tag in the field (a stack of them), up to MaxTagsInField.
    void inventory(std::function<void(Result<QList<TagSeen>>)> done);
    // The first `blocks` 4-byte blocks of a tag's user memory, in memory order.
    void readMemory(const QByteArray& uid, int blocks, std::function<void(Result<QByteArray>)> done);
    // Writes blocks from `firstBlock` (the data is padded to whole blocks).
    void writeMemory(const QByteArray& uid, int firstBlock, const QByteArray& data, std::function<void(Status)> done);
    // Writes the AFI, reads it back, and writes again (up to `attempts` times) until it reads right.
    void writeAfi(const QByteArray& uid, quint8 afi, std::function<void(Status)> done, int attempts = 3);
    void readAfi(const QByteArray& uid, std::function<void(Result<quint8>)> done);

Q_SIGNALS:
    // Frames and problems, for the diagnostic view: "→ 07 FF B0 01 00 1C 56", "← …", "! wrong CRC".
    void diagnostic(const QString& line);
    void portLost(const QString& why);

private:
    struct Pending
    {
        RfidFrame request;
        FrameDone done;
        int triesLeft = 2;
    };
    void send(RfidFrame request, FrameDone done);
    void transmitFront();
    void readAvailable();
    void timedOut();
    void fail(const Error& error);
    Error statusError(quint8 status) const;
    void inventoryStep(QList<TagSeen> sofar, int round, std::function<void(Result<QList<TagSeen>>)> done);

    QSerialPort m_port;
    RfidDialect m_dialect = RfidDialect::Feig;
    std::unique_ptr<RfidFrameParser> m_parser;
    std::deque<Pending> m_queue;
    bool m_inFlight = false;
    QTimer m_timer;
    int m_timeoutMs = 400;
};

// Reader commands as both the reader and its simulated twin know them.
namespace feig {
constexpr quint8 IsoHost = 0xB0;
constexpr quint8 Inventory = 0x01, ReadBlocks = 0x23, WriteBlocks = 0x24, WriteAfi = 0x27, SystemInfo = 0x2B;
constexpr quint8 Ok = 0x00, NoTransponder = 0x01, MoreData = 0x94, IsoError = 0x95;
constexpr quint8 ModeAddressed = 0x01, ModeMore = 0x80;
} // namespace feig
namespace threem {
constexpr quint8 Inventory = 0xFE, ReadBlocks = 0x02, WriteBlocks = 0x04, WriteAfi = 0x09, GetAfi = 0x0A,
                 Version = 0x11;
constexpr quint8 Ok = 0x00, NoTransponder = 0x06;
} // namespace threem

} // namespace comptoir::devices
