#pragma once

#include "lockers/LockBus.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace comptoir {
class Clock;
}

namespace comptoir::lockers {

// What happened to a door, as the sensors tell it. "The relay fired" (the unlock command went on
// the line) is not "the door opened" (its hook sensor says open).
struct DoorEvent
{
    enum class Kind {
        RelayFired,   // the unlock command was sent
        Opened,       // opened after our command
        AlreadyOpen,  // asked to open a door that was open
        Jammed,       // commanded, and not seen open within the jam delay
        Closed,       // closed again (after any opening)
        ForcedOpen,   // opened with no command: an alert
        LeftOpen,     // open longer than allowed: an alert (once per opening)
        ItemIn,       // the item sensor sees something
        ItemOut,      // … and no more
        CommandFailed // the unlock could not be sent (the line is down, the board unknown)
    };
    int board = 0; // address
    int lock = 0;  // 1-based
    Kind kind = Kind::RelayFired;
    QDateTime at;
};
QString doorEventName(DoorEvent::Kind kind);

// Reads every board's sensors about every `intervalMs` (one status read per board per sweep, on
// the bus's terms), reports changes only, and turns commands and sensor changes into door
// outcomes. A board is "unknown" after `unknownAfter` failed reads in a row, and known again at its
// next answer. Deadlines (jam, left open) run on the injected clock and are checked at each read.
class LockPoller : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int intervalMs = 500;
        int jamMs = 5000;        // a commanded door not seen open by then is jammed
        int leftOpenMs = 120000; // an open door past this raises an alert
        int unknownAfter = 3;    // failed reads in a row
    };

    LockPoller(LockBus& bus, QList<BoardConfig> boards, const Clock& clock, Options options, QObject* parent = nullptr);
    void start();
    void stop();
    bool running() const { return m_running; }
    const QList<BoardConfig>& boards() const { return m_boards; }
    void setOptions(const Options& options) { m_options = options; }

    // Sends the unlock of one door. The outcome follows as events: RelayFired, then Opened or
    // AlreadyOpen or Jammed (or CommandFailed).
    void open(int board, int lock);
    // The last sensors read from a board; nothing before its first answer.
    std::optional<BoardStatus> status(int board) const;
    bool isKnown(int board) const;   // answered, and not unknown since
    bool isUnknown(int board) const; // `unknownAfter` failed reads in a row
    // Every board has been read (or found unknown) since start(): what a restart waits for
    // before opening anything.
    bool settled() const;
    int sweeps() const { return m_sweeps; }
    qint64 lastSweepMicros() const { return m_lastSweepUs; }
    // Reads every board once now (a sweep), whatever the interval.
    void sweepNow();

Q_SIGNALS:
    void doorEvent(const lockers::DoorEvent& event);
    void boardKnown(int board, bool known);
    void sweepDone(int sweep);
    void settledChanged();

private:
    struct Door
    {
        QDateTime commandedAt; // an unlock sent and no opening seen yet
        QDateTime openSince;
        bool leftOpenTold = false;
    };
    struct Board
    {
        std::optional<BoardStatus> status;
        int failures = 0;
        bool unknown = false;
        bool triedOnce = false;
    };
    const BoardConfig* config(int board) const;
    void sweep();
    void readBoard(int index, int read, QList<LockFrame> replies, std::function<void()> next);
    void apply(const BoardConfig& config, const BoardStatus& status);
    void failed(const BoardConfig& config);
    void checkDeadlines();
    void emitEvent(int board, int lock, DoorEvent::Kind kind);

    LockBus& m_bus;
    QList<BoardConfig> m_boards;
    const Clock& m_clock;
    Options m_options;
    std::unique_ptr<LockCodec> m_codec;
    QTimer m_timer;
    bool m_running = false;
    bool m_sweeping = false;
    bool m_settled = false;
    int m_sweeps = 0;
    qint64 m_lastSweepUs = 0;
    QElapsedTimer m_sweepClock;
    QHash<int, Board> m_state;    // by address
    QHash<quint64, Door> m_doors; // (address << 8) | lock
};

} // namespace comptoir::lockers
