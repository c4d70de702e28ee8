#include "demo/LockBoardTwin.h"

#include <QTimer>

#include <cmath>

namespace comptoir::sandbox {

namespace {

// KR-CU16: SUM = low byte of the sum of every byte before it.
char kerongSum(const QByteArray& bytes)
{
    unsigned total = 0;
    for (char c : bytes)
        total += static_cast<unsigned char>(c);
    return char(total & 0xFF);
}

// 8A/80: BCC = XOR of the four bytes before it.
char eightyXor(const QByteArray& bytes)
{
    unsigned char x = 0;
    for (char c : bytes)
        x ^= static_cast<unsigned char>(c);
    return char(x);
}

} // namespace

SimulatedLockBoards::SimulatedLockBoards(Kind kind, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
{
    connect(&m_port, &QSerialPort::readyRead, this, &SimulatedLockBoards::readAvailable);
}

void SimulatedLockBoards::addBoard(int address, int locks, bool inverted)
{
    Board board;
    board.doors.resize(std::clamp(locks, 1, 16));
    board.inverted = inverted;
    m_boards.insert(address, board);
}

bool SimulatedLockBoards::open(const QString& path, qint32 baud)
{
    m_port.close();
    m_in.clear();
    m_port.setPortName(path);
    return m_port.open(QIODevice::ReadWrite) && m_port.setBaudRate(baud);
}

SimulatedLockBoards::Door SimulatedLockBoards::door(int board, int lock) const
{
    const auto it = m_boards.constFind(board);
    if (it == m_boards.constEnd() || lock < 1 || lock > it->doors.size())
        return {};
    return it->doors[lock - 1];
}

SimulatedLockBoards::Door* SimulatedLockBoards::find(int board, int lock)
{
    auto it = m_boards.find(board);
    if (it == m_boards.end() || lock < 1 || lock > it->doors.size())
        return nullptr;
    return &it->doors[lock - 1];
}

void SimulatedLockBoards::closeDoor(int board, int lock)
{
    if (Door* d = find(board, lock); d && !d->closed) {
        d->closed = true;
        Q_EMIT doorChanged(board, lock);
    }
}

void SimulatedLockBoards::forceOpen(int board, int lock)
{
    if (Door* d = find(board, lock); d && d->closed) {
        d->closed = false;
        Q_EMIT doorChanged(board, lock);
    }
}

void SimulatedLockBoards::setItem(int board, int lock, bool present)
{
    if (Door* d = find(board, lock)) {
        d->item = present;
        Q_EMIT doorChanged(board, lock);
    }
}

void SimulatedLockBoards::setJammed(int board, int lock, bool jammed)
{
    if (Door* d = find(board, lock)) {
        d->jammed = jammed;
        Q_EMIT doorChanged(board, lock);
    }
}

void SimulatedLockBoards::setSilent(int board, bool silent)
{
    if (m_boards.contains(board))
        m_boards[board].silent = silent;
}

void SimulatedLockBoards::unlockDoor(int board, int lock)
{
    Door* d = find(board, lock);
    if (!d)
        return;
    ++m_unlocks;
    if (d->jammed || !d->closed)
        return; // the relay clicks; the door does not move (or is open already)
    d->closed = false;
    ++d->openings;
    Q_EMIT doorChanged(board, lock);
}

void SimulatedLockBoards::readAvailable()
{
    m_in.append(m_port.readAll());
    if (m_in.size() > 4096)
        m_in = m_in.right(64);
    for (;;) {
        const bool took = m_kind == Kind::Kerong ? takeKerong() : takeEightyA();
        if (!took)
            break;
    }
}

// Host → board, KR-CU16: STX ADDR CMD [DATA] ETX SUM. DATA: none for 0x30–0x33 and a query of
// 0x37, two bytes to set 0x37, one for 0x39 and 0x40.
bool SimulatedLockBoards::takeKerong()
{
    while (!m_in.isEmpty() && m_in.at(0) != char(0x02))
        m_in.remove(0, 1);
    if (m_in.size() < 5)
        return false;
    int length = 0;
    for (int candidate : {5, 6, 7}) {
        if (m_in.size() < candidate)
            return false;
        if (m_in.at(candidate - 2) == char(0x03) && m_in.at(candidate - 1) == kerongSum(m_in.left(candidate - 1))) {
            length = candidate;
            break;
        }
    }
    if (length == 0) {
        m_in.remove(0, 1); // not a frame: look for the next STX
        return true;
    }
    const QByteArray request = m_in.left(length);
    m_in.remove(0, length);
    ++m_requests;
    const unsigned char addr = static_cast<unsigned char>(request.at(1));
    const unsigned char cmd = static_cast<unsigned char>(request.at(2));
    const int board = addr >> 4;
    const int lock = (addr & 0x0F) + 1;
    Q_EMIT requestHandled(cmd);
    auto statusOf = [&](int b) {
        const Board& bd = m_boards[b];
        unsigned hooks = 0, items = 0;
        for (int i = 0; i < bd.doors.size(); ++i) {
            const bool bit = bd.inverted ? !bd.doors[i].closed : bd.doors[i].closed;
            if (bit)
                hooks |= 1u << i;
            if (bd.doors[i].item)
                items |= 1u << i;
        }
        QByteArray reply;
        reply.append(char(0x02)).append(char(b << 4)).append(char(cmd == 0x32 ? 0x32 : 0x30));
        reply.append(char(hooks & 0xFF)).append(char((hooks >> 8) & 0xFF));
        reply.append(char(items & 0xFF)).append(char((items >> 8) & 0xFF));
        reply.append(char(0x03));
        reply.append(kerongSum(reply));
        return reply;
    };
    if (!m_boards.contains(board) && !(cmd == 0x32 && addr == 0xF0))
        return true; // no board at that address: nobody answers
    if (m_boards.contains(board) && m_boards[board].silent)
        return true;
    switch (cmd) {
    case 0x30:
        answer(request, statusOf(board));
        break;
    case 0x32:
        if (addr == 0xF0) {
            for (auto it = m_boards.cbegin(); it != m_boards.cend(); ++it)
                if (!it->silent)
                    answer(request, statusOf(it.key()));
        } else {
            answer(request, statusOf(board));
        }
        break;
    case 0x31:
        unlockDoor(board, lock);
        break;
    case 0x33:
        for (int l = 1; l <= m_boards[board].doors.size(); ++l)
            unlockDoor(board, l);
        break;
    case 0x37: {
        if (request.size() == 7)
            m_boards[board].pulseUnits =
                (static_cast<unsigned char>(request.at(3)) << 8) | static_cast<unsigned char>(request.at(4));
        QByteArray reply;
        const int units = m_boards[board].pulseUnits;
        reply.append(char(0x02)).append(char(addr)).append(char(0x37));
        reply.append(char((units >> 8) & 0xFF)).append(char(units & 0xFF)).append(char(0x03));
        reply.append(kerongSum(reply));
        answer(request, reply);
        break;
    }
    default:
        break; // other commands: no answer
    }
    return true;
}

// Host → board, 8A/80: 8A BB LL 11 BCC (unlock LL, 0 = all), 80 BB 00 33 BCC (query). Answer to
// a query: 80 BB <locks 9–16> <locks 1–8> 33 BCC; to an unlock: its echo.
bool SimulatedLockBoards::takeEightyA()
{
    while (!m_in.isEmpty() && m_in.at(0) != char(0x8A) && m_in.at(0) != char(0x80))
        m_in.remove(0, 1);
    if (m_in.size() < 5)
        return false;
    if (m_in.at(4) != eightyXor(m_in.left(4))) {
        m_in.remove(0, 1);
        return true;
    }
    const QByteArray request = m_in.left(5);
    m_in.remove(0, 5);
    ++m_requests;
    const int board = static_cast<unsigned char>(request.at(1));
    const int lock = static_cast<unsigned char>(request.at(2));
    const unsigned char cmd = static_cast<unsigned char>(request.at(3));
    Q_EMIT requestHandled(cmd);
    if (!m_boards.contains(board) || m_boards[board].silent)
        return true;
    if (request.at(0) == char(0x8A) && cmd == 0x11) {
        if (lock == 0)
            for (int l = 1; l <= m_boards[board].doors.size(); ++l)
                unlockDoor(board, l);
        else
            unlockDoor(board, lock);
        answer(request, request);
    } else if (request.at(0) == char(0x80) && cmd == 0x33) {
        const Board& bd = m_boards[board];
        unsigned bits = 0;
        for (int i = 0; i < bd.doors.size(); ++i)
            if (bd.inverted ? !bd.doors[i].closed : bd.doors[i].closed)
                bits |= 1u << i;
        if (bd.inverted)
            bits |= ~0u << bd.doors.size(); // unwired inputs read "open" the other way too
        QByteArray reply;
        reply.append(char(0x80)).append(char(board)).append(char((bits >> 8) & 0xFF)).append(char(bits & 0xFF));
        reply.append(char(0x33));
        reply.append(eightyXor(reply));
        answer(request, reply);
    }
    return true;
}

void SimulatedLockBoards::answer(const QByteArray& request, const QByteArray& bytes)
{
    QByteArray out;
    if (!m_noise.isEmpty()) {
        out = m_noise;
        if (!m_continuousNoise)
            m_noise.clear();
    }
    out += bytes;
    if (!m_wireTime) {
        m_port.write(out);
        return;
    }
    const double bitsPerChar = 10.0;
    const qint32 baud = std::max<qint32>(m_port.baudRate(), 300);
    const int us = int(std::ceil((request.size() + out.size()) * bitsPerChar * 1e6 / baud)) + m_turnaroundUs;
    QTimer::singleShot(std::max(1, (us + 999) / 1000), Qt::PreciseTimer, this, [this, out]() { m_port.write(out); });
}

} // namespace comptoir::sandbox
