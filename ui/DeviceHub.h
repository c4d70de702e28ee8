#pragma once

#include "demo/DeviceTwins.h"
#include "devices/DeviceConfig.h"
#include "devices/RfidPad.h"
#include "devices/SerialScanner.h"

#include <QObject>

#include <memory>

namespace comptoir {

class MainWindow;

// The counter's devices, started from the settings and fed into the window's scan stream: the
// serial scanner, the RFID pad, the keyboard wedge. Their state goes to the status bar, their
// problems to the verdict banner. For the demo it can also run the simulated twins on socat pairs.
class DeviceHub : public QObject
{
    Q_OBJECT
public:
    explicit DeviceHub(MainWindow& window, QObject* parent = nullptr);
    ~DeviceHub() override;

    void apply(const devices::DeviceConfig& config);
    void stop();
    const devices::DeviceConfig& config() const { return m_config; }

    // After the desk handled an item from the pad: the gate security written and verified
    // (leaving: checked out; otherwise secured). A failure shows in the banner.
    void secureAfter(const devices::ScanEvent& event, bool leaving);
    // An item of another library (its ISIL is on the tag and is not ours): its owner, else empty.
    QString foreignOwner(const devices::ScanEvent& event) const;

    // The demo's simulated scanner and RFID pad, each on a socat pty pair under `dir`; the config's
    // ports are pointed at them. False (with the reason) when socat is missing.
    bool startTwins(const QString& dir, devices::DeviceConfig& config, QString* problem);
    sandbox::SimulatedScanner* scannerTwin() const { return m_scannerTwin.get(); }
    sandbox::SimulatedRfidPad* padTwin() const { return m_padTwin.get(); }

    devices::SerialScanner& scanner() { return m_scanner; }
    devices::RfidPad& pad() { return m_pad; }

Q_SIGNALS:
    void diagnostic(const QString& line); // frames and bytes, for the Devices page

private:
    MainWindow& m_window;
    devices::DeviceConfig m_config;
    devices::SerialScanner m_scanner;
    devices::RfidPad m_pad;
    std::unique_ptr<sandbox::PtyPair> m_scannerPty, m_padPty;
    std::unique_ptr<sandbox::SimulatedScanner> m_scannerTwin;
    std::unique_ptr<sandbox::SimulatedRfidPad> m_padTwin;
};

} // namespace comptoir
