#pragma once

#include <QMap>
#include <QObject>
#include <QSerialPort>

// Simulated lock boards of a pickup locker bank on one RS-485 line, written from the protocol's
// description (reference protocols.md §5.1), not from the client's codec: Kerong KR-CU16 or the
// "8A/80" family, on one end of a pseudo-terminal pair (sandbox::PtyPair), so the client's real
// serial code drives them. Doors spring open on an unlock and stay open until closed by hand
// (the simulated devices window, a test); item sensors; faults: a silent board, a jammed door,
// a door forced open, line noise.
namespace comptoir::sandbox {

class SimulatedLockBoards : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Kerong, EightyA };
    struct Door
    {
        bool closed = true;
        bool item = false;
        bool jammed = false; // an unlock fires the relay, the door stays shut
        int openings = 0;    // times it opened on a command
    };

    explicit SimulatedLockBoards(Kind kind, QObject* parent = nullptr);
    // A board at an address (Kerong 0–15; 8A/80 1–254) with its locks; inverted: its door switches
    // read 0 when closed.
    void addBoard(int address, int locks, bool inverted = false);
    bool open(const QString& path, qint32 baud = 19200);
    void close() { m_port.close(); }
    // Answers after the time its frames would take on a real line at the port's speed (the
    // request's and the answer's bytes, and a board's turnaround of `turnaroundUs`).
    void setWireTime(bool on, int turnaroundUs = 500)
    {
        m_wireTime = on;
        m_turnaroundUs = turnaroundUs;
    }

    QList<int> boards() const { return m_boards.keys(); }
    int locks(int board) const { return m_boards.value(board).doors.size(); }
    Door door(int board, int lock) const;
    void closeDoor(int board, int lock);
    void forceOpen(int board, int lock);
    void setItem(int board, int lock, bool present);
    void setJammed(int board, int lock, bool jammed);
    void setSilent(int board, bool silent);
    bool isSilent(int board) const { return m_boards.value(board).silent; }
    // Bytes of noise written before the next answer; continuous: before every answer.
    void noiseBeforeNextAnswer(const QByteArray& noise) { m_noise = noise; }
    void setContinuousNoise(bool on) { m_continuousNoise = on; }
    int requests() const { return m_requests; }
    int unlocks() const { return m_unlocks; }

Q_SIGNALS:
    void doorChanged(int board, int lock);
    void requestHandled(quint8 command);

private:
    struct Board
    {
        QList<Door> doors;
        bool inverted = false;
        bool silent = false;
        int pulseUnits = 50;
    };
    void readAvailable();
    bool takeKerong();
    bool takeEightyA();
    void unlockDoor(int board, int lock);
    void answer(const QByteArray& request, const QByteArray& bytes);
    Door* find(int board, int lock);

    Kind m_kind;
    QSerialPort m_port;
    QByteArray m_in;
    QMap<int, Board> m_boards;
    QByteArray m_noise;
    bool m_continuousNoise = false;
    bool m_wireTime = false;
    int m_turnaroundUs = 500;
    int m_requests = 0, m_unlocks = 0;
};

} // namespace comptoir::sandbox
