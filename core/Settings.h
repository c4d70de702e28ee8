#pragma once

#include "Result.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace comptoir {

// A typed settings key: its name in the file and its default value.
template <typename T> struct SettingKey
{
    const char* name;
    T defaultValue;
};

// Every setting of the application, with its default: the one place where they are defined.
namespace settings {
inline const SettingKey<QString> Language{"ui/language", QString()}; // "", "fr" or "en"; "" = system
inline const SettingKey<bool> SoundEnabled{"ui/sound", true};
inline const SettingKey<int> SoundVolume{"ui/soundVolume", 80}; // percent
inline const SettingKey<QString> WorkstationName{"desk/workstation", QString()};
inline const SettingKey<QString> SiteId{"desk/site", QString()};
inline const SettingKey<QString> StaffLogin{"desk/staffLogin", QString()};
// The site's shelving locations in walking order, grouped in zones, with an optional floor plan
// (desk::ShelfLayout as JSON). Format 1 had "desk/walkingOrder", a comma-separated list.
inline const SettingKey<QString> ShelfLayout{"desk/shelfLayout", QString()};
inline const SettingKey<QString> IlsBaseUrl{"ils/baseUrl", QString()};
inline const SettingKey<QString> IlsAuth{"ils/auth", QStringLiteral("basic")}; // "basic" or "oauth2"
inline const SettingKey<QString> IlsUser{"ils/user", QString()};               // staff login or OAuth2 client id
// Plain http:// to a host other than this computer, confirmed by staff; the status bar keeps saying so.
inline const SettingKey<bool> IlsAllowInsecure{"ils/allowUnencrypted", false};
inline const SettingKey<QString> SipHost{"sip/host", QString()};
inline const SettingKey<int> SipPort{"sip/port", 6001};
inline const SettingKey<QString> SipLogin{"sip/login", QString()};
inline const SettingKey<QString> SipInstitution{"sip/institution", QString()};
inline const SettingKey<bool> SipErrorDetection{"sip/errorDetection", true};
// SIP2-only profile (no REST API): the pick list comes from this CSV export of the ILS.
inline const SettingKey<QString> QueueFile{"sip/queueFile", QString()};
inline const SettingKey<int> SyncIntervalSeconds{"sync/intervalSeconds", 120};
inline const SettingKey<QString> PatronNameDisplay{"privacy/patronName", QStringLiteral("abbreviated")};
// Days patron identifiers of settled actions are kept (applyRetention). 30 by default: far inside
// the CNIL rule for libraries (NS-009: loan information destroyed at the end of the 4th month
// after the return).
inline const SettingKey<int> PatronRetentionDays{"privacy/patronRetentionDays", 30};
inline const SettingKey<QString> LogRules{"log/rules", QString()};
// Slips printed by themselves, per verdict: any of "hold", "transit", "bag", "provisional",
// comma-separated. Hold and transit slips by default: an item put on the hold shelf or in a crate
// without its slip is an item nobody can place.
inline const SettingKey<QString> SlipAutoPrint{"slips/autoPrint", QStringLiteral("hold,transit")};
// Where a slip goes when no printer takes it (no printer installed, the receipt printer does not
// answer): a PDF file in this folder. Empty: the "slips" folder of the counter's local data.
inline const SettingKey<QString> SlipPdfFolder{"slips/pdfFolder", QString()};
// Where slips go: "system" (the system's default printer, no dialog), "system-preview" (the same
// after a print preview), "tcp" (raw ESC/POS to
// host:port, port 9100 by default) or "serial" (raw ESC/POS to a serial port).
inline const SettingKey<QString> SlipOutput{"slips/output", QStringLiteral("system")};
inline const SettingKey<QString> SlipPrinterAddress{"slips/printerAddress", QString()}; // host[:port] or port path
inline const SettingKey<int> SlipPrinterBaud{"slips/printerBaud", 19200};
// A receipt listing what the patron took, at pickup.
inline const SettingKey<bool> PickupReceipt{"slips/pickupReceipt", true};
// A serial barcode scanner: its port (empty: none), line and framing. Prefix and suffix are
// written with escapes (\\r \\n \\t \\xNN).
inline const SettingKey<QString> ScannerPort{"devices/scannerPort", QString()};
inline const SettingKey<int> ScannerBaud{"devices/scannerBaud", 9600};
// "none", "even" or "odd"
inline const SettingKey<QString> ScannerParity{"devices/scannerParity", QStringLiteral("none")};
inline const SettingKey<int> ScannerStopBits{"devices/scannerStopBits", 1};
inline const SettingKey<QString> ScannerPrefix{"devices/scannerPrefix", QString()};
inline const SettingKey<QString> ScannerSuffix{"devices/scannerSuffix", QStringLiteral("\\r")};
inline const SettingKey<int> ScannerPauseMs{"devices/scannerPauseMs", 80};
inline const SettingKey<bool> ScannerStripCodabar{"devices/scannerStripCodabar", false};
// Keyboard-wedge scanners recognised by their typing speed, whatever has the focus.
inline const SettingKey<bool> WedgeEnabled{"devices/wedge", true};
inline const SettingKey<int> WedgeGapMs{"devices/wedgeGapMs", 45};
// The RFID pad: port (empty: none), dialect ("feig" or "3m"), line speed, gate security values
// written at checkout (leaving) and check-in (secured), and the library's own ISIL.
inline const SettingKey<QString> RfidPort{"devices/rfidPort", QString()};
inline const SettingKey<QString> RfidDialectName{"devices/rfidDialect", QStringLiteral("feig")};
inline const SettingKey<int> RfidBaud{"devices/rfidBaud", 38400};
inline const SettingKey<int> AfiLeaving{"devices/afiLeaving", 0xC2};
inline const SettingKey<int> AfiSecured{"devices/afiSecured", 0x07};
inline const SettingKey<QString> OwnIsil{"devices/ownIsil", QString()};
// Names of the libraries whose items may come to this counter, by ISIL (a JSON object
// {"FR-692662101": "Bibliothèque municipale de Lyon"}): a tag's owner is said by its name.
inline const SettingKey<QString> IsilNames{"devices/isilNames", QString()};
// devices::BarcodeRules as JSON; empty: the defaults (14-digit Codabar cards 2… and items 3…, Luhn).
inline const SettingKey<QString> BarcodeRulesJson{"devices/barcodeRules", QString()};
// Shuttle crates: the hub (a library id; empty: none). A destination this counter sends less than a
// crate a day goes via the hub, in a bag for its final destination (crates/CrateService::nextHop).
inline const SettingKey<QString> CrateHub{"crates/hub", QString()};
// Shuttle routes: "Name: SITE1, SITE2; Name: SITE3", the stops in the van's order (crates/Routes.h).
// Empty: one route, every destination, by name.
inline const SettingKey<QString> CrateRoutes{"crates/routes", QString()};
// Pickup lockers (lockers/LockerConfig.h): the banks this counter drives or loads, as JSON (doors,
// boards, line, item type → door size); a door not seen open this long after its command is
// jammed; an open door past this raises an alert; the network's phone number the kiosk shows when
// out of service; the kiosk's bank, and how long it waits before going back to its welcome screen.
inline const SettingKey<QString> LockerBanks{"lockers/banks", QString()};
inline const SettingKey<int> LockerJamSeconds{"lockers/jamSeconds", 5};
inline const SettingKey<int> LockerLeftOpenSeconds{"lockers/leftOpenSeconds", 120};
inline const SettingKey<QString> LockerHelpPhone{"lockers/helpPhone", QString()};
inline const SettingKey<QString> KioskBank{"lockers/kioskBank", QString()};
inline const SettingKey<int> KioskIdleSeconds{"lockers/kioskIdleSeconds", 45};
inline const SettingKey<bool> KioskPin{"lockers/kioskPin", false}; // card and PIN (SIP2 63) rather than card alone
// Staff who may close the kiosk: "card:sha256-of-PIN-in-hex", comma-separated (never the PIN itself).
inline const SettingKey<QString> KioskStaff{"lockers/kioskStaff", QString()};
// The daily queue report (reports/): what turns a cell red. Pending requests older than 48 h, as a
// share of the site's pending ones; requests captured within 24 h and 48 h of being placed, as a
// share of the day's captures; expired requests still on the hold shelf.
inline const SettingKey<int> ReportsMaxOver48hPercent{"reports/maxOver48hPercent", 10};
inline const SettingKey<int> ReportsMinWithin24hPercent{"reports/minWithin24hPercent", 80};
inline const SettingKey<int> ReportsMinWithin48hPercent{"reports/minWithin48hPercent", 95};
inline const SettingKey<int> ReportsMaxExpiredUncollected{"reports/maxExpiredUncollected", 20};
// Home delivery (delivery/DeliveryConfig.h). The ILS's pickup library for delivery requests (empty:
// no delivery at this counter); the area (towns or postal codes, comma-separated) and patron
// categories (empty: any); the cut-off, the courier's window, the fee per parcel; delivery days
// (1 Monday … 7 Sunday) and closed days (ISO dates); the parcel limit and what an order over it
// becomes ("split" into paid parcels, or "call" the patron); where the items of a parcel brought
// back go ("checkin", or "holdShelf" for the patron); the billing file's encoding ("utf-8" or
// "windows-1252"); days addresses are kept after the billing month; the weight defaults (JSON).
inline const SettingKey<QString> DeliveryLocation{"delivery/location", QString()};
inline const SettingKey<QString> DeliveryTowns{"delivery/towns", QString()};
inline const SettingKey<QString> DeliveryPostalCodes{"delivery/postalCodes", QString()};
inline const SettingKey<QString> DeliveryCategories{"delivery/categories", QString()};
inline const SettingKey<QString> DeliveryCutoff{"delivery/cutoff", QStringLiteral("13:00")};
inline const SettingKey<QString> DeliveryWindow{"delivery/window", QStringLiteral("16:00-20:00")};
inline const SettingKey<int> DeliveryFeeCents{"delivery/feeCents", 500};
inline const SettingKey<QString> DeliveryDays{"delivery/days", QStringLiteral("1,2,3,4,5,6")};
inline const SettingKey<QString> DeliveryClosedDays{"delivery/closedDays", QString()};
inline const SettingKey<int> DeliveryMaxParcelGrams{"delivery/maxParcelGrams", 2000};
inline const SettingKey<QString> DeliveryOverweight{"delivery/overweight", QStringLiteral("split")};
inline const SettingKey<QString> DeliveryBroughtBack{"delivery/broughtBack", QStringLiteral("checkin")};
inline const SettingKey<QString> DeliveryBillingEncoding{"delivery/billingEncoding", QStringLiteral("utf-8")};
inline const SettingKey<int> DeliveryAddressRetentionDays{"delivery/addressRetentionDays", 30};
inline const SettingKey<QString> DeliveryWeightDefaults{"delivery/weightDefaults", QString()};
// The network's shared store (netstore/StoreAddress.h): postgresql://role@host:port/database (TLS
// verify-full off this computer; the role's password in the keychain). Empty: no store, every
// counter on its own SQLite files as before.
inline const SettingKey<QString> NetStoreAddress{"netstore/address", QString()};
// The fee also posted to the patron's ILS account (Koha's account debits) for billed parcels, with
// this debit type (delivery/FeePosting.h).
inline const SettingKey<bool> DeliveryPostFees{"delivery/postFees", false};
inline const SettingKey<QString> DeliveryDebitType{"delivery/debitType", QStringLiteral("DELIVERY")};
} // namespace settings

// One entry of the registry: name, default, and the type it must convert to.
struct SettingInfo
{
    QString name;
    QVariant defaultValue;
};

// The application's settings file (INI, owner-only), with a format version and ordered migrations.
class Settings
{
public:
    static constexpr int CurrentVersion = 2;

    // Turns a file written at version `toVersion - 1` into one at `toVersion`.
    struct Migration
    {
        int toVersion;
        std::function<void(QSettings&)> apply;
    };
    static QList<Migration> migrations();
    static QList<SettingInfo> registry();

    explicit Settings(const QString& filePath, const QList<Migration>& migrations = Settings::migrations(),
                      int currentVersion = CurrentVersion);

    template <typename T> T value(const SettingKey<T>& key) const
    {
        QVariant v = rawValue(QLatin1String(key.name));
        if (!v.isValid() || !v.convert(QMetaType::fromType<T>()))
            return key.defaultValue;
        return v.value<T>();
    }

    template <typename T> void setValue(const SettingKey<T>& key, const T& value)
    {
        setRaw(QLatin1String(key.name), QVariant::fromValue(value));
    }
    // Writes a value to this counter's file, except a locked key (the network's only) and a value
    // equal to the network's that the counter did not set itself (it stays the network's, and
    // follows the network's next version).
    void setRaw(const QString& name, const QVariant& value);
    // A value as the settings and the network's file write it ("true", "6001", "hold,transit").
    static QString toText(const QVariant& value);

    template <typename T> void reset(const SettingKey<T>& key) { m_settings.remove(QLatin1String(key.name)); }

    bool contains(const char* name) const { return m_settings.contains(QLatin1String(name)); }

    // The network's layer (NetworkConfig::valuesFor this counter's site): a value set on this
    // counter wins over the network's, except for a locked key, where only the network's counts.
    void setNetwork(const QMap<QString, QString>& values, const QSet<QString>& locked);
    bool isLocked(const QString& name) const { return m_locked.contains(name); }
    QSet<QString> lockedKeys() const { return m_locked; }
    bool hasNetworkLayer() const { return !m_network.isEmpty() || !m_locked.isEmpty(); }
    // The value that applies: locked network value, this counter's, the network's, or invalid.
    QVariant rawValue(const QString& name) const;
    // Whether this counter sets the key itself (in its own file).
    bool setLocally(const QString& name) const { return m_settings.contains(name); }
    // Drops this counter's own values of these keys, so the network's apply (an import).
    void adoptNetworkValues(const QStringList& names);
    int version() const;
    QString filePath() const { return m_settings.fileName(); }
    // Writes to disk; an error when the file cannot be written.
    Status sync();

private:
    void migrate(const QList<Migration>& migrations, int currentVersion);

    mutable QSettings m_settings;
    QMap<QString, QString> m_network;
    QSet<QString> m_locked;
};

} // namespace comptoir
