#pragma once

#include "Result.h"
#include "lockers/LockFrame.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>

namespace comptoir::lockers {

// One RS-485 line of lock boards (a serial port, injected as a QIODevice): one command at a time,
// at least 3.5 character times of silence between frames at the line's speed (boards on a shared
// bus miss frames that follow each other too closely), the input cleared before each command, a
// time limit per answer and up to `retries` more tries. Commands whose answer is not counted on
// (unlock: the board's status says whether the door opened) go ahead of queued status reads.
class LockBus : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint32 baud = 19200;
        int bitsPerChar = 10; // start + 8 data + stop (8N1); 11 with parity or two stop bits
        int timeoutMs = 120;  // per try; a 9-byte answer takes 5 ms at 19200, 10 ms at 9600
        int retries = 3;
    };
    using Accept = std::function<bool(const LockFrame&)>;
    using Answer = std::function<void(Result<LockFrame>)>;
    using Written = std::function<void(Status)>;

    LockBus(QIODevice* device, BoardFamily family, Options options, QObject* parent = nullptr);
    ~LockBus() override;
    void setDevice(QIODevice* device);
    const Options& options() const { return m_options; }
    BoardFamily family() const { return m_family; }

    // A read: `frame` sent, the first frame `accept` takes is the answer. Error codes:
    // lockers.timeout (no answer after every try), lockers.line (the port is not open).
    void query(const QByteArray& frame, Accept accept, Answer done);
    // A command with no answer counted on (unlock): done once written, ahead of queued reads.
    void command(const QByteArray& frame, Written done);
    // Drops what is queued (not what is on the wire); each waiting caller gets lockers.cancelled.
    void cancelQueued();

    // The silence kept between frames, in microseconds: 3.5 character times, at least 1 ms.
    qint64 gapMicros() const;
    // Time on the wire of n bytes at the line's speed, in microseconds.
    qint64 wireMicros(qsizetype bytes) const;
    int queued() const { return int(m_queue.size()) + (m_current ? 1 : 0); }
    qint64 framesSent() const { return m_sent; }
    qint64 timeouts() const { return m_timeouts; }

Q_SIGNALS:
    void frameSent(const QByteArray& bytes);
    void frameReceived(const lockers::LockFrame& frame);
    void lineNoise(const QString& what);

private:
    struct Job
    {
        QByteArray frame;
        Accept accept; // empty: a command without answer
        Answer answer;
        Written written;
        int tries = 0;
    };
    void pump();
    void transmit();
    void onReadyRead();
    void onTimeout();
    void finish(std::optional<Result<LockFrame>> answer, Status written, qint64 quietAfterUs);

    QPointer<QIODevice> m_device;
    BoardFamily m_family;
    Options m_options;
    LockFrameParser m_parser;
    std::deque<Job> m_queue;
    std::optional<Job> m_current;
    QTimer m_timeout, m_gap;
    QElapsedTimer m_quietSince; // the line's last frame ended
    qint64 m_quietUs = 0;       // how long the line must stay quiet after it
    qint64 m_sent = 0, m_timeouts = 0;
};

} // namespace comptoir::lockers
