#pragma once

#include "devices/TagData.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace comptoir::devices {

// Where a code came from. Pages do not care; the status bar, the diagnostics and the logs do.
enum class ScanSource {
    Field,         // typed or pasted into the scan field
    KeyboardWedge, // a USB scanner acting as a keyboard, recognised by its timing
    SerialScanner, // a scanner on a serial port
    Rfid,          // a tag placed on the RFID pad
};

enum class CodeKind {
    Unknown, // matches no pattern of the network: passed on, pages decide
    Item,
    PatronCard,
    Crate,
    Order, // a click & collect bag label
};

QString scanSourceName(ScanSource source);
QString codeKindName(CodeKind kind);

// One scan, the same whatever the device.
struct ScanEvent
{
    QString code;
    ScanSource source = ScanSource::Field;
    CodeKind kind = CodeKind::Unknown;
    bool checkDigitFailed = false; // warned, never blocked: staff may confirm it
    bool confirmed = false;        // staff confirmed a code whose check digit failed
    std::optional<TagData> tag;    // RFID: what the tag said
    QByteArray tagUid;             // RFID: the tag's UID (E0…)
    int parts = 1;                 // RFID: parts of the item (a box set)
    QList<int> missingParts;       // RFID: parts of the set not on the pad (the first few): held back until confirmed
    int missingCount = 0;          // RFID: how many parts of the set are not on the pad

    bool heldBack() const { return !confirmed && (checkDigitFailed || missingCount > 0); }
};

} // namespace comptoir::devices

Q_DECLARE_METATYPE(comptoir::devices::ScanEvent)
