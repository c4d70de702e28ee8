#pragma once

#include "devices/ScannerInput.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace comptoir {

// Application-wide filter for keyboard-wedge scanners: a burst of keys typed a few milliseconds
// apart and ended by Enter or Tab is a scan, sent to the scan stream whatever widget has the
// focus; slower typing reaches the widget, only delayed by the gap (45 ms by default). While a
// modal dialog is open, everything goes to its fields.
class WedgeFilter : public QObject
{
    Q_OBJECT
public:
    explicit WedgeFilter(devices::WedgeDetector::Tuning tuning, QObject* parent = nullptr);
    const devices::WedgeDetector::Tuning& tuning() const { return m_detector.tuning(); }

Q_SIGNALS:
    void scanned(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void replay(const QStringList& keys);

    devices::WedgeDetector m_detector;
    QTimer m_gap;
    QElapsedTimer m_clock;
    QPointer<QObject> m_target;
    bool m_replaying = false;
};

} // namespace comptoir
