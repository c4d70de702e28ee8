#include "lockers/LockBus.h"

#include <QCoreApplication>

#include <cmath>

namespace comptoir::lockers {

LockBus::LockBus(QIODevice* device, BoardFamily family, Options options, QObject* parent)
    : QObject(parent)
    , m_family(family)
    , m_options(options)
    , m_parser(family, LockFrameParser::Direction::Replies)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    m_gap.setSingleShot(true);
    m_gap.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &LockBus::onTimeout);
    connect(&m_gap, &QTimer::timeout, this, &LockBus::pump);
    m_quietSince.start();
    setDevice(device);
}

LockBus::~LockBus()
{
    // Callers waiting are told, never left hanging.
    cancelQueued();
    if (m_current) {
        Job job = std::move(*m_current);
        m_current.reset();
        const Error e{QStringLiteral("lockers.cancelled"), QStringLiteral("cancelled")};
        if (job.answer)
            job.answer(e);
        if (job.written)
            job.written(e);
    }
}

void LockBus::setDevice(QIODevice* device)
{
    if (m_device)
        disconnect(m_device, nullptr, this, nullptr);
    m_device = device;
    if (m_device)
        connect(m_device, &QIODevice::readyRead, this, &LockBus::onReadyRead);
}

qint64 LockBus::wireMicros(qsizetype bytes) const
{
    const qint32 baud = std::max<qint32>(m_options.baud, 300);
    return qint64(std::ceil(double(bytes) * m_options.bitsPerChar * 1e6 / baud));
}

qint64 LockBus::gapMicros() const
{
    const qint32 baud = std::max<qint32>(m_options.baud, 300);
    return std::max<qint64>(1000, qint64(std::ceil(3.5 * m_options.bitsPerChar * 1e6 / baud)));
}

void LockBus::query(const QByteArray& frame, Accept accept, Answer done)
{
    Job job;
    job.frame = frame;
    job.accept = accept ? std::move(accept) : Accept([](const LockFrame&) { return true; });
    job.answer = std::move(done);
    m_queue.push_back(std::move(job));
    pump();
}

void LockBus::command(const QByteArray& frame, Written done)
{
    Job job;
    job.frame = frame;
    job.written = std::move(done);
    // Ahead of reads, behind other commands (doors open in the order asked).
    auto it = m_queue.begin();
    while (it != m_queue.end() && !it->accept)
        ++it;
    m_queue.insert(it, std::move(job));
    pump();
}

void LockBus::cancelQueued()
{
    std::deque<Job> dropped;
    dropped.swap(m_queue);
    const Error e{QStringLiteral("lockers.cancelled"), QStringLiteral("cancelled")};
    for (Job& job : dropped) {
        if (job.answer)
            job.answer(e);
        if (job.written)
            job.written(e);
    }
}

void LockBus::pump()
{
    if (m_current || m_queue.empty())
        return;
    const qint64 quietFor = m_quietSince.nsecsElapsed() / 1000;
    if (quietFor < m_quietUs) {
        const int waitMs = int((m_quietUs - quietFor + 999) / 1000);
        if (!m_gap.isActive())
            m_gap.start(std::max(1, waitMs));
        return;
    }
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    transmit();
}

void LockBus::transmit()
{
    Job& job = *m_current;
    ++job.tries;
    if (!m_device || !m_device->isOpen() || job.frame.isEmpty()) {
        const Error e{QStringLiteral("lockers.line"),
                      QCoreApplication::translate("comptoir::lockers::LockBus", "The lock boards' line is not open.")};
        finish(job.accept ? std::optional<Result<LockFrame>>(e) : std::nullopt, e, gapMicros());
        return;
    }
    // What arrived unasked (a late answer, noise) must not be taken for this command's answer.
    m_device->readAll();
    m_parser.reset();
    m_device->write(job.frame);
    ++m_sent;
    Q_EMIT frameSent(job.frame);
    if (!job.accept) {
        // No answer awaited: the line is busy while the frame is on the wire, then quiet for the gap.
        finish(std::nullopt, Status(), wireMicros(job.frame.size()) + gapMicros());
        return;
    }
    m_timeout.start(m_options.timeoutMs + int(wireMicros(job.frame.size() + MaxLockFrame) / 1000));
}

void LockBus::onReadyRead()
{
    if (!m_device)
        return;
    const QByteArray bytes = m_device->readAll();
    if (!m_current || !m_current->accept)
        return; // nothing asked: dropped (cleared before the next command anyway)
    const auto out = m_parser.feed(bytes);
    for (const QString& problem : out.problems) {
        qCDebug(lcLockers) << "lock line:" << problem;
        Q_EMIT lineNoise(problem);
    }
    for (const LockFrame& frame : out.frames) {
        Q_EMIT frameReceived(frame);
        if (m_current && m_current->accept && m_current->accept(frame)) {
            m_timeout.stop();
            finish(Result<LockFrame>(frame), Status(), gapMicros());
            return;
        }
    }
}

void LockBus::onTimeout()
{
    if (!m_current)
        return;
    ++m_timeouts;
    if (m_current->tries <= m_options.retries) {
        // Silence before trying again, as between any two frames.
        m_quietSince.restart();
        m_quietUs = gapMicros();
        Job again = std::move(*m_current);
        m_current.reset();
        m_queue.push_front(std::move(again));
        pump();
        return;
    }
    const Error e{QStringLiteral("lockers.timeout"),
                  QCoreApplication::translate("comptoir::lockers::LockBus", "The lock board does not answer.")};
    finish(std::optional<Result<LockFrame>>(e), e, gapMicros());
}

void LockBus::finish(std::optional<Result<LockFrame>> answer, Status written, qint64 quietAfterUs)
{
    Job job = std::move(*m_current);
    m_current.reset();
    m_quietSince.restart();
    m_quietUs = quietAfterUs;
    if (job.answer && answer)
        job.answer(*answer);
    if (job.written)
        job.written(written);
    pump();
}

} // namespace comptoir::lockers
