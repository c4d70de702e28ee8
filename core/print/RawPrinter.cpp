#include "print/RawPrinter.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QSerialPort>
#include <QTcpSocket>
#include <QTimer>

namespace comptoir::print {

namespace {

Error printerError(const QString& why)
{
    return {QStringLiteral("printer.unreachable"),
            QCoreApplication::translate("RawPrinter", "The receipt printer did not take the slip: %1").arg(why)};
}

} // namespace

RawPrinter::RawPrinter(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish(
            printerError(QCoreApplication::translate("RawPrinter", "no answer within %1 s").arg(m_timeoutMs / 1000.0)));
    });
}

RawPrinter::~RawPrinter()
{
    delete m_device;
}

void RawPrinter::configure(Transport transport, const QString& address, int baud)
{
    m_transport = transport;
    m_address = address.trimmed();
    m_baud = baud;
}

void RawPrinter::send(const QByteArray& job, std::function<void(Status)> done)
{
    m_queue.enqueue({job, std::move(done)});
    if (!m_device)
        startNext();
}

void RawPrinter::startNext()
{
    if (m_queue.isEmpty() || m_device)
        return;
    m_timer->start(m_timeoutMs);
    if (m_address.isEmpty()) {
        finish(printerError(QCoreApplication::translate("RawPrinter", "no printer address is set")));
        return;
    }
    if (m_transport == Transport::Tcp) {
        auto* socket = new QTcpSocket;
        m_device = socket;
        QString host = m_address;
        quint16 port = 9100;
        const qsizetype colon = m_address.lastIndexOf(QLatin1Char(':'));
        if (colon > 0) {
            host = m_address.left(colon);
            port = quint16(m_address.mid(colon + 1).toUInt());
        }
        connect(socket, &QTcpSocket::connected, this, &RawPrinter::write);
        // Any error before the whole job is written fails the job (refused, unreachable, reset).
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
            if (m_device == socket)
                finish(printerError(socket->errorString()));
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 n) {
            if (m_device != socket)
                return;
            m_left -= n;
            if (m_left <= 0) {
                socket->disconnectFromHost();
                finish({});
            }
        });
        socket->connectToHost(host, port);
        return;
    }
    auto* serial = new QSerialPort(m_address);
    m_device = serial;
    serial->setBaudRate(m_baud);
    serial->setDataBits(QSerialPort::Data8);
    serial->setParity(QSerialPort::NoParity);
    serial->setStopBits(QSerialPort::OneStop);
    serial->setFlowControl(QSerialPort::NoFlowControl);
    connect(serial, &QSerialPort::bytesWritten, this, [this, serial](qint64 n) {
        if (m_device != serial)
            return;
        m_left -= n;
        if (m_left <= 0)
            finish({});
    });
    connect(serial, &QSerialPort::errorOccurred, this, [this, serial](QSerialPort::SerialPortError e) {
        if (m_device == serial && e != QSerialPort::NoError && serial->isOpen())
            finish(printerError(serial->errorString()));
    });
    if (!serial->open(QIODevice::WriteOnly)) {
        finish(printerError(serial->errorString()));
        return;
    }
    write();
}

void RawPrinter::write()
{
    if (!m_device || m_queue.isEmpty())
        return;
    // The whole job at once: some printers misbehave on commands split across writes.
    m_left = m_queue.head().bytes.size();
    if (m_device->write(m_queue.head().bytes) != m_left)
        finish(printerError(m_device->errorString()));
}

void RawPrinter::finish(Status status)
{
    m_timer->stop();
    if (m_device) {
        m_device->disconnect(this);
        m_device->close();
        m_device->deleteLater();
        m_device = nullptr;
    }
    m_left = 0;
    if (m_queue.isEmpty())
        return;
    Job job = m_queue.dequeue();
    if (!status.ok())
        qCWarning(lcPrint) << "receipt printer:" << status.error().code;
    if (job.done)
        job.done(status);
    QTimer::singleShot(0, this, &RawPrinter::startNext);
}

} // namespace comptoir::print
