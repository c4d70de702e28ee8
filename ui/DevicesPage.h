#pragma once

#include "devices/DeviceConfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace comptoir {

// Settings > Devices: the serial scanner (port, line, framing), the keyboard wedge, the RFID pad
// (port, dialect, security values, own ISIL) and the network's barcode rules. Each device can be
// tried live ("scan something now"); the last bytes and frames show in a diagnostic view.
class DevicesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DevicesPage(const devices::DeviceConfig& config, QWidget* parent = nullptr);
    ~DevicesPage() override;

    devices::DeviceConfig config() const;

    void testScanner();
    void testPad();
    void stopTests();
    QLabel* testResult() const { return m_result; }
    QPlainTextEdit* diagnostics() const { return m_diagnostics; }
    QComboBox* scannerPort() const { return m_scannerPort; }
    QComboBox* padPort() const { return m_padPort; }
    QComboBox* dialect() const { return m_dialect; }
    QTableWidget* rules() const { return m_rules; }
    QLineEdit* tryCode() const { return m_try; }
    QLabel* tryResult() const { return m_tryResult; }

private:
    void log(const QString& line);
    void addRule(const devices::CodeRule& rule);
    devices::BarcodeRules rulesFromTable() const;
    void classifyTry();

    QComboBox* m_scannerPort;
    QComboBox* m_baud;
    QComboBox* m_parity;
    QComboBox* m_stopBits;
    QLineEdit* m_prefix;
    QLineEdit* m_suffix;
    QSpinBox* m_pause;
    QCheckBox* m_codabar;
    QCheckBox* m_wedge;
    QSpinBox* m_wedgeGap;
    QComboBox* m_padPort;
    QComboBox* m_dialect;
    QComboBox* m_padBaud;
    QLineEdit* m_afiLeaving;
    QLineEdit* m_afiSecured;
    QLineEdit* m_isil;
    QTableWidget* m_rules;
    QLineEdit* m_try;
    QLabel* m_tryResult;
    QLabel* m_result;
    QPlainTextEdit* m_diagnostics;
    std::unique_ptr<devices::SerialScanner> m_testScanner;
    std::unique_ptr<devices::RfidPad> m_testPad;
};

} // namespace comptoir
