#include "devices/SerialScanner.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace comptoir::devices {

QString openSerial(QSerialPort& port, const SerialLine& line)
{
    port.setPortName(line.port);
    if (!port.open(QIODevice::ReadWrite))
        return QCoreApplication::translate("Devices", "Cannot open %1: %2").arg(line.port, port.errorString());
    // A pseudo-terminal (a simulated device) has no line: what it refuses to set does not matter.
    const bool pty = QFileInfo(line.port).canonicalFilePath().startsWith(QLatin1String("/dev/pts/"));
    if ((!port.setBaudRate(line.baud) || !port.setParity(line.parity) || !port.setStopBits(line.stopBits) ||
         !port.setDataBits(line.dataBits) || !port.setFlowControl(QSerialPort::NoFlowControl)) &&
        !pty) {
        const QString why = port.errorString();
        port.close();
        return QCoreApplication::translate("Devices", "Cannot set up %1: %2").arg(line.port, why);
    }
    return {};
}

SerialScanner::SerialScanner(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, &SerialScanner::tryOpen);
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, [this] { deliver(m_framer.poll(m_clock.elapsed())); });
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScanner::readAvailable);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        // Only a failing line means the scanner went away; setting errors are reported by the opening.
        if (error != QSerialPort::ResourceError && error != QSerialPort::ReadError && error != QSerialPort::WriteError)
            return;
        if (m_port.isOpen())
            lost(m_port.errorString());
    });
}

SerialScanner::~SerialScanner() = default;

void SerialScanner::start(const SerialLine& line, const ScannerFraming& framing)
{
    stop();
    m_line = line;
    m_framer = ScannerFramer(framing);
    m_pauseMs = framing.interCharTimeoutMs + 5;
    m_everConnected = false;
    tryOpen();
}

void SerialScanner::stop()
{
    m_retry.stop();
    m_pause.stop();
    if (m_port.isOpen())
        m_port.close();
    setState(State::Stopped, {});
}

void SerialScanner::tryOpen()
{
    if (m_port.isOpen())
        m_port.close();
    const QString problem = openSerial(m_port, m_line);
    if (!problem.isEmpty()) {
        if (m_state != State::Reconnecting)
            setState(State::Reconnecting,
                     tr("Scanner on %1 not found: %2. Trying again every second…").arg(m_line.port, problem));
        m_retry.start();
        return;
    }
    m_retry.stop();
    m_port.clear();
    setState(State::Connected, m_everConnected ? tr("Scanner on %1 is back.").arg(m_line.port)
                                               : tr("Scanner on %1 ready.").arg(m_line.port));
    m_everConnected = true;
}

void SerialScanner::lost(const QString& why)
{
    qCWarning(lcDevices) << "scanner port lost:" << why;
    m_pause.stop();
    m_port.close();
    setState(State::Reconnecting, tr("Scanner on %1 disconnected (%2). Reconnecting…").arg(m_line.port, why));
    m_retry.start();
}

void SerialScanner::readAvailable()
{
    const QByteArray bytes = m_port.readAll();
    if (bytes.isEmpty())
        return;
    Q_EMIT traffic(bytes);
    deliver(m_framer.feed(bytes, m_clock.elapsed()));
    if (m_framer.waiting())
        m_pause.start(m_pauseMs);
}

void SerialScanner::deliver(const QList<ScannerFramer::Piece>& pieces)
{
    for (const auto& piece : pieces) {
        if (piece.code.isEmpty()) {
            qCWarning(lcDevices) << "scanner:" << piece.garbled;
            Q_EMIT garbled(tr("The scanner sent something unreadable (%1). Scan again.").arg(piece.garbled));
        } else {
            Q_EMIT code(piece.code);
        }
    }
}

void SerialScanner::setState(State state, const QString& message)
{
    if (state == m_state && message.isEmpty())
        return;
    m_state = state;
    if (!message.isEmpty())
        qCInfo(lcDevices) << message;
    Q_EMIT stateChanged(state, message);
}

} // namespace comptoir::devices
