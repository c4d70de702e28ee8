#pragma once

#include "Result.h"

#include <QByteArray>
#include <QObject>
#include <QQueue>

#include <functional>

class QIODevice;
class QTimer;

namespace comptoir::print {

// Raw jobs (ESC/POS) to a receipt printer over TCP (port 9100, "JetDirect") or a serial port,
// without blocking the desk: jobs queue up and go one at a time; each gets its outcome. A printer
// that is off, unplugged or stops reading gives a clear error after the time limit.
class RawPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Transport { Tcp, Serial };
    explicit RawPrinter(QObject* parent = nullptr);
    ~RawPrinter() override;

    // Tcp: "host" or "host:port" (9100 by default). Serial: a port name or path ("ttyUSB0",
    // "/dev/pts/3"), 8N1 at `baud`.
    void configure(Transport transport, const QString& address, int baud = 19200);
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void send(const QByteArray& job, std::function<void(Status)> done = {});

private:
    struct Job
    {
        QByteArray bytes;
        std::function<void(Status)> done;
    };
    void startNext();
    void write();
    void finish(Status status);

    Transport m_transport = Transport::Tcp;
    QString m_address;
    int m_baud = 19200;
    int m_timeoutMs = 5000;
    QQueue<Job> m_queue;
    QIODevice* m_device = nullptr;
    QTimer* m_timer;
    qint64 m_left = 0;
};

} // namespace comptoir::print
