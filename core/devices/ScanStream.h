#pragma once

#include "Clock.h"
#include "devices/BarcodeRules.h"
#include "devices/ScanEvent.h"

#include <QObject>

#include <optional>

namespace comptoir::devices {

// The one stream of scans the desk pages consume, whatever the device: the scan field, a
// keyboard-wedge scanner, a serial scanner, the RFID pad. Each code is classified with the
// network's rules. A code whose check digit fails, or a box whose parts are not all on the RFID pad,
// is held back with a warning; scanning it again (or confirm()) passes it on: it warns, it never blocks.
class ScanStream : public QObject
{
    Q_OBJECT
public:
    explicit ScanStream(const Clock& clock, QObject* parent = nullptr);

    void setRules(BarcodeRules rules) { m_rules = std::move(rules); }
    const BarcodeRules& rules() const { return m_rules; }

    // A code from a device. Surrounding spaces go; an empty code is ignored.
    void submit(const QString& code, ScanSource source);
    // An item from the RFID pad (its identifier is the code), with the parts of its set missing:
    // how many (at least missingParts.size()) and the first few.
    void submitTag(const TagData& tag, const QByteArray& uid, const QList<int>& missingParts = {},
                   int missingCount = 0);

    // Passes on the code held back for its check digit. False when none is held.
    bool confirm();
    std::optional<ScanEvent> held() const { return m_held; }

Q_SIGNALS:
    void scanned(const comptoir::devices::ScanEvent& event);
    // Held back: the check digit is wrong for its kind, or parts of a set are not on the pad.
    // Scan it again or confirm() to use it anyway.
    void heldBack(const comptoir::devices::ScanEvent& event);

private:
    void dispatch(ScanEvent event);

    const Clock& m_clock;
    BarcodeRules m_rules = BarcodeRules::defaults();
    std::optional<ScanEvent> m_held;
    QDateTime m_heldAt;
};

} // namespace comptoir::devices
