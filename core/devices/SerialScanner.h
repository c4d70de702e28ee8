#pragma once

#include "devices/ScannerInput.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSerialPort>
#include <QTimer>

namespace comptoir::devices {

struct SerialLine
{
    QString port; // "/dev/ttyUSB0", "COM3", or a pseudo-terminal path typed by hand
    qint32 baud = 9600;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
};

// Opens a serial line with its settings; the error, for people, when it cannot.
QString openSerial(QSerialPort& port, const SerialLine& line);

// A barcode scanner on a serial port. Codes are cut by suffix or pause (ScannerFramer). When the
// scanner is unplugged the port fails; it is reopened every second until it is back, and each
// change of state is reported for the status bar.
class SerialScanner : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Connected, Reconnecting };
    Q_ENUM(State)

    explicit SerialScanner(QObject* parent = nullptr);
    ~SerialScanner() override;

    void start(const SerialLine& line, const ScannerFraming& framing);
    void stop();
    State state() const { return m_state; }
    QString portName() const { return m_line.port; }

Q_SIGNALS:
    void code(const QString& code);
    void garbled(const QString& why);
    void stateChanged(comptoir::devices::SerialScanner::State state, const QString& message);
    void traffic(const QByteArray& bytes); // what came in, for the diagnostic view

private:
    void tryOpen();
    void lost(const QString& why);
    void readAvailable();
    void deliver(const QList<ScannerFramer::Piece>& pieces);
    void setState(State state, const QString& message);

    QSerialPort m_port;
    SerialLine m_line;
    ScannerFramer m_framer;
    QTimer m_retry;
    QTimer m_pause;
    QElapsedTimer m_clock;
    State m_state = State::Stopped;
    bool m_everConnected = false;
    int m_pauseMs = 85;
};

} // namespace comptoir::devices
