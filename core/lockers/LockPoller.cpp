#include "lockers/LockPoller.h"

#include "Clock.h"

#include <QPointer>

namespace comptoir::lockers {

namespace {
quint64 key(int board, int lock)
{
    return (quint64(quint32(board)) << 8) | quint64(quint8(lock));
}
} // namespace

QString doorEventName(DoorEvent::Kind kind)
{
    switch (kind) {
    case DoorEvent::Kind::RelayFired:
        return QStringLiteral("relay_fired");
    case DoorEvent::Kind::Opened:
        return QStringLiteral("opened");
    case DoorEvent::Kind::AlreadyOpen:
        return QStringLiteral("already_open");
    case DoorEvent::Kind::Jammed:
        return QStringLiteral("jammed");
    case DoorEvent::Kind::Closed:
        return QStringLiteral("closed");
    case DoorEvent::Kind::ForcedOpen:
        return QStringLiteral("forced_open");
    case DoorEvent::Kind::LeftOpen:
        return QStringLiteral("left_open");
    case DoorEvent::Kind::ItemIn:
        return QStringLiteral("item_in");
    case DoorEvent::Kind::ItemOut:
        return QStringLiteral("item_out");
    case DoorEvent::Kind::CommandFailed:
        return QStringLiteral("command_failed");
    }
    return {};
}

LockPoller::LockPoller(LockBus& bus, QList<BoardConfig> boards, const Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_boards(std::move(boards))
    , m_clock(clock)
    , m_options(options)
    , m_codec(LockCodec::make(bus.family()))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LockPoller::sweep);
}

void LockPoller::start()
{
    m_running = true;
    m_settled = false;
    for (Board& b : m_state)
        b.triedOnce = false;
    sweep();
}

void LockPoller::stop()
{
    m_running = false;
    m_timer.stop();
}

const BoardConfig* LockPoller::config(int board) const
{
    for (const BoardConfig& c : m_boards)
        if (c.address == board)
            return &c;
    return nullptr;
}

std::optional<BoardStatus> LockPoller::status(int board) const
{
    const auto it = m_state.constFind(board);
    return it == m_state.constEnd() ? std::nullopt : it->status;
}

bool LockPoller::isKnown(int board) const
{
    const auto it = m_state.constFind(board);
    return it != m_state.constEnd() && it->status && !it->unknown && it->failures == 0;
}

bool LockPoller::isUnknown(int board) const
{
    const auto it = m_state.constFind(board);
    return it != m_state.constEnd() && it->unknown;
}

bool LockPoller::settled() const
{
    return m_settled;
}

void LockPoller::sweepNow()
{
    if (!m_sweeping)
        sweep();
}

void LockPoller::sweep()
{
    if (m_sweeping)
        return;
    m_sweeping = true;
    m_sweepClock.start();
    // Boards read one after the other: the next read is queued when the previous one ends, so
    // commands (door openings) never wait behind a whole sweep.
    auto index = std::make_shared<int>(0);
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, index, step]() {
        if (*index >= m_boards.size()) {
            m_sweeping = false;
            ++m_sweeps;
            m_lastSweepUs = m_sweepClock.nsecsElapsed() / 1000;
            checkDeadlines();
            if (!m_settled) {
                m_settled = true;
                for (const BoardConfig& c : m_boards)
                    if (!m_state.value(c.address).triedOnce)
                        m_settled = false;
                if (m_settled)
                    Q_EMIT settledChanged();
            }
            Q_EMIT sweepDone(m_sweeps);
            if (m_running) {
                const qint64 spentMs = m_lastSweepUs / 1000;
                m_timer.start(int(std::max<qint64>(0, m_options.intervalMs - spentMs)));
            }
            *step = nullptr; // breaks the cycle
            return;
        }
        const int i = (*index)++;
        readBoard(i, 0, {}, *step);
    };
    (*step)();
}

void LockPoller::readBoard(int index, int read, QList<LockFrame> replies, std::function<void()> next)
{
    const BoardConfig config = m_boards[index];
    QPointer<LockPoller> self(this);
    m_bus.query(
        m_codec->queryStatus(config, read),
        [this, config, read](const LockFrame& f) { return m_codec->answersQuery(f, config, read); },
        [this, self, config, index, read, replies, next](Result<LockFrame> answer) mutable {
            if (!self)
                return; // the poller went first
            if (!answer) {
                failed(config);
                next();
                return;
            }
            replies.append(answer.value());
            if (read + 1 < m_codec->statusReads(config)) {
                readBoard(index, read + 1, replies, next);
                return;
            }
            if (const auto s = m_codec->status(replies, config))
                apply(config, *s);
            else
                failed(config);
            next();
        });
}

void LockPoller::failed(const BoardConfig& config)
{
    Board& b = m_state[config.address];
    b.triedOnce = true;
    ++b.failures;
    if (!b.unknown && b.failures >= m_options.unknownAfter) {
        b.unknown = true;
        qCWarning(lcLockers) << "lock board" << config.address << "unknown after" << b.failures << "failed reads";
        Q_EMIT boardKnown(config.address, false);
    }
}

void LockPoller::apply(const BoardConfig& config, const BoardStatus& status)
{
    Board& b = m_state[config.address];
    const bool wasUnknown = b.unknown;
    b.failures = 0;
    b.unknown = false;
    b.triedOnce = true;
    const std::optional<BoardStatus> before = b.status;
    b.status = status;
    if (wasUnknown || !before)
        Q_EMIT boardKnown(config.address, true);
    const QDateTime now = m_clock.now();
    for (int lock = 1; lock <= status.channels; ++lock) {
        Door& door = m_doors[key(config.address, lock)];
        const bool closed = status.isClosed(lock);
        if (!closed && !door.openSince.isValid())
            door.openSince = now;
        if (!before) {
            if (closed)
                door.openSince = {};
            continue; // the first read: the state as found, no change to tell
        }
        const bool wasClosed = before->isClosed(lock);
        if (wasClosed && !closed) {
            door.openSince = now;
            door.leftOpenTold = false;
            if (door.commandedAt.isValid()) {
                door.commandedAt = {};
                emitEvent(config.address, lock, DoorEvent::Kind::Opened);
            } else {
                emitEvent(config.address, lock, DoorEvent::Kind::ForcedOpen);
            }
        } else if (!wasClosed && closed) {
            door.openSince = {};
            door.leftOpenTold = false;
            emitEvent(config.address, lock, DoorEvent::Kind::Closed);
        }
        if (status.itemSensors && before->hasItem(lock) != status.hasItem(lock))
            emitEvent(config.address, lock, status.hasItem(lock) ? DoorEvent::Kind::ItemIn : DoorEvent::Kind::ItemOut);
    }
    checkDeadlines();
}

void LockPoller::checkDeadlines()
{
    const QDateTime now = m_clock.now();
    for (auto it = m_doors.begin(); it != m_doors.end(); ++it) {
        const int board = int(it.key() >> 8);
        const int lock = int(it.key() & 0xFF);
        Door& door = it.value();
        if (door.commandedAt.isValid() && door.commandedAt.msecsTo(now) >= m_options.jamMs) {
            door.commandedAt = {};
            emitEvent(board, lock, DoorEvent::Kind::Jammed);
        }
        if (door.openSince.isValid() && !door.leftOpenTold && door.openSince.msecsTo(now) >= m_options.leftOpenMs) {
            door.leftOpenTold = true;
            emitEvent(board, lock, DoorEvent::Kind::LeftOpen);
        }
    }
}

void LockPoller::open(int board, int lock)
{
    const BoardConfig* c = config(board);
    const QByteArray frame = c ? m_codec->unlock(*c, lock) : QByteArray();
    if (frame.isEmpty() || isUnknown(board)) {
        emitEvent(board, lock, DoorEvent::Kind::CommandFailed);
        return;
    }
    const auto s = status(board);
    if (s && !s->isClosed(lock)) {
        emitEvent(board, lock, DoorEvent::Kind::AlreadyOpen);
        return;
    }
    QPointer<LockPoller> self(this);
    m_bus.command(frame, [this, self, board, lock](Status written) {
        if (!self)
            return;
        if (!written.ok()) {
            emitEvent(board, lock, DoorEvent::Kind::CommandFailed);
            return;
        }
        m_doors[key(board, lock)].commandedAt = m_clock.now();
        emitEvent(board, lock, DoorEvent::Kind::RelayFired);
        // Read that board soon (the reference: do not count on an answer to unlock; read ~100 ms later).
        if (!m_sweeping && m_running && m_timer.remainingTime() > 100)
            m_timer.start(100);
    });
}

void LockPoller::emitEvent(int board, int lock, DoorEvent::Kind kind)
{
    qCInfo(lcLockers) << "door" << board << lock << doorEventName(kind);
    Q_EMIT doorEvent(DoorEvent{board, lock, kind, m_clock.now()});
}

} // namespace comptoir::lockers
