#include "DeviceHub.h"

#include "MainWindow.h"

#include <QDir>

namespace comptoir {

using namespace devices;

DeviceHub::DeviceHub(MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    ScanStream& stream = window.scanStream();
    connect(&m_scanner, &SerialScanner::code, this,
            [&stream](const QString& code) { stream.submit(code, ScanSource::SerialScanner); });
    connect(&m_scanner, &SerialScanner::garbled, this, [this](const QString& why) {
        m_window.showVerdict({VerdictKind::Error, tr("Unreadable scan"), why, help::UnreadableCode});
    });
    connect(&m_scanner, &SerialScanner::stateChanged, this, [this](SerialScanner::State state, const QString&) {
        const QString port = m_scanner.portName();
        switch (state) {
        case SerialScanner::State::Connected:
            m_window.setDeviceStatus(QStringLiteral("scanner"), tr("Scanner ready"), true);
            break;
        case SerialScanner::State::Reconnecting:
            m_window.setDeviceStatus(QStringLiteral("scanner"), tr("Scanner on %1 unplugged: reconnecting…").arg(port),
                                     false);
            break;
        case SerialScanner::State::Stopped:
            m_window.setDeviceStatus(QStringLiteral("scanner"), QString(), true);
            break;
        }
    });
    connect(&m_scanner, &SerialScanner::traffic, this,
            [this](const QByteArray& bytes) { Q_EMIT diagnostic(QStringLiteral("scanner ← ") + hexBytes(bytes)); });
    connect(&m_pad, &RfidPad::itemPlaced, this,
            [&stream](const TagData& tag, const QByteArray& uid, const QList<int>& missing, int missingCount) {
                stream.submitTag(tag, uid, missing, missingCount);
            });
    connect(&m_pad, &RfidPad::unreadableTag, this, [this](const QByteArray&, const QString& problem) {
        m_window.showVerdict(
            {VerdictKind::Error, tr("Tag unreadable"),
             tr("A tag on the pad cannot be read (%1). Scan the item's barcode instead.").arg(problem),
             help::UnreadableTag});
    });
    connect(&m_pad, &RfidPad::stateChanged, this, [this](bool connected, const QString& message) {
        m_window.setDeviceStatus(QStringLiteral("pad"), connected ? tr("RFID pad ready") : message, connected);
    });
    connect(&m_pad, &RfidPad::diagnostic, this,
            [this](const QString& line) { Q_EMIT diagnostic(QStringLiteral("RFID ") + line); });
}

DeviceHub::~DeviceHub()
{
    stop();
}

void DeviceHub::apply(const DeviceConfig& config)
{
    stop();
    m_config = config;
    m_window.scanStream().setRules(config.rules);
    m_window.setWedge(config.wedge, config.wedgeGapMs);
    if (!config.scannerLine.port.isEmpty())
        m_scanner.start(config.scannerLine, config.scannerFraming);
    if (!config.pad.line.port.isEmpty())
        m_pad.start(config.pad);
}

void DeviceHub::stop()
{
    m_scanner.stop();
    m_pad.stop();
    m_window.setDeviceStatus(QStringLiteral("scanner"), QString(), true);
    m_window.setDeviceStatus(QStringLiteral("pad"), QString(), true);
}

void DeviceHub::secureAfter(const ScanEvent& event, bool leaving)
{
    if (event.source != ScanSource::Rfid || !m_pad.running())
        return;
    m_pad.setSecurity(event.code, leaving, [this, leaving](Status s) {
        if (!s.ok())
            m_window.showVerdict({VerdictKind::Error, leaving ? tr("Security not released") : tr("Security not set"),
                                  s.error().message});
    });
}

QString DeviceHub::foreignOwner(const ScanEvent& event) const
{
    if (!event.tag || event.tag->ownerIsil.isEmpty() || m_config.ownIsil.isEmpty())
        return {};
    const auto bare = [](QString isil) { return isil.remove(QLatin1Char('-')).toUpper(); };
    return bare(event.tag->ownerIsil) == bare(m_config.ownIsil) ? QString() : m_config.ownerName(event.tag->ownerIsil);
}

bool DeviceHub::startTwins(const QString& dir, DeviceConfig& config, QString* problem)
{
    if (!sandbox::PtyPair::available()) {
        *problem = tr("socat is not installed: no simulated devices (apt install socat).");
        return false;
    }
    QDir().mkpath(dir);
    m_scannerPty = std::make_unique<sandbox::PtyPair>(QDir(dir).filePath(QStringLiteral("scanner-twin")),
                                                      QDir(dir).filePath(QStringLiteral("scanner")));
    m_padPty = std::make_unique<sandbox::PtyPair>(QDir(dir).filePath(QStringLiteral("pad-twin")),
                                                  QDir(dir).filePath(QStringLiteral("pad")));
    if (!m_scannerPty->start() || !m_padPty->start()) {
        *problem = tr("The simulated devices could not start (socat).");
        return false;
    }
    m_scannerTwin = std::make_unique<sandbox::SimulatedScanner>();
    m_padTwin = std::make_unique<sandbox::SimulatedRfidPad>(config.pad.dialect);
    if (!m_scannerTwin->open(m_scannerPty->a()) || !m_padTwin->open(m_padPty->a())) {
        *problem = tr("The simulated devices could not open their ports.");
        return false;
    }
    config.scannerLine.port = m_scannerPty->b();
    config.scannerFraming.suffix = "\r\n";
    config.pad.line.port = m_padPty->b();
    if (config.ownIsil.isEmpty())
        config.ownIsil = QStringLiteral("FR-751052116");
    // The twins' "another library's item" belongs to this library.
    if (config.isilNames.isEmpty())
        config.isilNames.insert(QStringLiteral("FR-692662101"), QStringLiteral("Bibliothèque municipale de Lyon"));
    return true;
}

} // namespace comptoir
