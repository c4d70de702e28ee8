#pragma once

#include "devices/BarcodeRules.h"
#include "devices/RfidPad.h"
#include "devices/ScannerInput.h"
#include "devices/SerialScanner.h"

namespace comptoir {
class Settings;
}

namespace comptoir::devices {

// The counter's devices as set up in the settings (the Devices page edits it).
struct DeviceConfig
{
    SerialLine scannerLine; // port empty: no serial scanner
    ScannerFraming scannerFraming;
    bool wedge = true;
    int wedgeGapMs = 45;
    PadSettings pad; // pad.line.port empty: no RFID pad
    QString ownIsil;
    QMap<QString, QString> isilNames; // other libraries' names, by ISIL
    BarcodeRules rules = BarcodeRules::defaults();

    static DeviceConfig load(const Settings& settings);
    // How staff read the owner of a tag: the library's name when known, else "a library outside
    // the network" with its ISIL.
    QString ownerName(const QString& isil) const;
    void save(Settings& settings) const;
};

// "\r\n", "\x02" ↔ bytes, for prefixes and suffixes typed in settings.
QByteArray unescapeBytes(const QString& text);
QString escapeBytes(const QByteArray& bytes);

QString dialectName(RfidDialect dialect); // "feig", "3m"
RfidDialect dialectFromName(const QString& name);

} // namespace comptoir::devices
