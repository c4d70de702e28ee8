#include "Settings.h"

#include "Logging.h"
#include "desk/ShelfLayout.h"

#include <QCoreApplication>
#include <QFile>

namespace comptoir {

namespace {
const QString VersionKey = QStringLiteral("meta/version");
}

QList<Settings::Migration> Settings::migrations()
{
    // Version 1 is the first released format: an unversioned file is stamped with it.
    // Later versions append {toVersion, rename/convert keys} here, in order.
    return {
        {1, [](QSettings&) {}},
        // 2: the walking order became a shelf layout with zones; the old list is one zone.
        {2,
         [](QSettings& s) {
             const QString old = QStringLiteral("desk/walkingOrder");
             const QStringList order = s.value(old).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
             if (!order.isEmpty() && !s.contains(QLatin1String(settings::ShelfLayout.name)))
                 s.setValue(QLatin1String(settings::ShelfLayout.name),
                            QString::fromUtf8(desk::ShelfLayout::fromWalkingOrder(order).toJson()));
             s.remove(old);
         }},
    };
}

QList<SettingInfo> Settings::registry()
{
    using namespace settings;
    return {
        {QLatin1String(Language.name), Language.defaultValue},
        {QLatin1String(SoundEnabled.name), SoundEnabled.defaultValue},
        {QLatin1String(SoundVolume.name), SoundVolume.defaultValue},
        {QLatin1String(WorkstationName.name), WorkstationName.defaultValue},
        {QLatin1String(SiteId.name), SiteId.defaultValue},
        {QLatin1String(StaffLogin.name), StaffLogin.defaultValue},
        {QLatin1String(ShelfLayout.name), ShelfLayout.defaultValue},
        {QLatin1String(IlsBaseUrl.name), IlsBaseUrl.defaultValue},
        {QLatin1String(IlsAuth.name), IlsAuth.defaultValue},
        {QLatin1String(IlsUser.name), IlsUser.defaultValue},
        {QLatin1String(IlsAllowInsecure.name), IlsAllowInsecure.defaultValue},
        {QLatin1String(SipHost.name), SipHost.defaultValue},
        {QLatin1String(SipPort.name), SipPort.defaultValue},
        {QLatin1String(SipLogin.name), SipLogin.defaultValue},
        {QLatin1String(SipInstitution.name), SipInstitution.defaultValue},
        {QLatin1String(SipErrorDetection.name), SipErrorDetection.defaultValue},
        {QLatin1String(QueueFile.name), QueueFile.defaultValue},
        {QLatin1String(SyncIntervalSeconds.name), SyncIntervalSeconds.defaultValue},
        {QLatin1String(PatronNameDisplay.name), PatronNameDisplay.defaultValue},
        {QLatin1String(PatronRetentionDays.name), PatronRetentionDays.defaultValue},
        {QLatin1String(LogRules.name), LogRules.defaultValue},
        {QLatin1String(SlipAutoPrint.name), SlipAutoPrint.defaultValue},
        {QLatin1String(SlipOutput.name), SlipOutput.defaultValue},
        {QLatin1String(SlipPrinterAddress.name), SlipPrinterAddress.defaultValue},
        {QLatin1String(SlipPrinterBaud.name), SlipPrinterBaud.defaultValue},
        {QLatin1String(SlipPdfFolder.name), SlipPdfFolder.defaultValue},
        {QLatin1String(PickupReceipt.name), PickupReceipt.defaultValue},
        {QLatin1String(ScannerPort.name), ScannerPort.defaultValue},
        {QLatin1String(ScannerBaud.name), ScannerBaud.defaultValue},
        {QLatin1String(ScannerParity.name), ScannerParity.defaultValue},
        {QLatin1String(ScannerStopBits.name), ScannerStopBits.defaultValue},
        {QLatin1String(ScannerPrefix.name), ScannerPrefix.defaultValue},
        {QLatin1String(ScannerSuffix.name), ScannerSuffix.defaultValue},
        {QLatin1String(ScannerPauseMs.name), ScannerPauseMs.defaultValue},
        {QLatin1String(ScannerStripCodabar.name), ScannerStripCodabar.defaultValue},
        {QLatin1String(WedgeEnabled.name), WedgeEnabled.defaultValue},
        {QLatin1String(WedgeGapMs.name), WedgeGapMs.defaultValue},
        {QLatin1String(RfidPort.name), RfidPort.defaultValue},
        {QLatin1String(RfidDialectName.name), RfidDialectName.defaultValue},
        {QLatin1String(RfidBaud.name), RfidBaud.defaultValue},
        {QLatin1String(AfiLeaving.name), AfiLeaving.defaultValue},
        {QLatin1String(AfiSecured.name), AfiSecured.defaultValue},
        {QLatin1String(OwnIsil.name), OwnIsil.defaultValue},
        {QLatin1String(IsilNames.name), IsilNames.defaultValue},
        {QLatin1String(BarcodeRulesJson.name), BarcodeRulesJson.defaultValue},
        {QLatin1String(CrateHub.name), CrateHub.defaultValue},
        {QLatin1String(CrateRoutes.name), CrateRoutes.defaultValue},
        {QLatin1String(LockerBanks.name), LockerBanks.defaultValue},
        {QLatin1String(LockerJamSeconds.name), LockerJamSeconds.defaultValue},
        {QLatin1String(LockerLeftOpenSeconds.name), LockerLeftOpenSeconds.defaultValue},
        {QLatin1String(LockerHelpPhone.name), LockerHelpPhone.defaultValue},
        {QLatin1String(KioskBank.name), KioskBank.defaultValue},
        {QLatin1String(KioskIdleSeconds.name), KioskIdleSeconds.defaultValue},
        {QLatin1String(KioskPin.name), KioskPin.defaultValue},
        {QLatin1String(KioskStaff.name), KioskStaff.defaultValue},
        {QLatin1String(ReportsMaxOver48hPercent.name), ReportsMaxOver48hPercent.defaultValue},
        {QLatin1String(ReportsMinWithin24hPercent.name), ReportsMinWithin24hPercent.defaultValue},
        {QLatin1String(ReportsMinWithin48hPercent.name), ReportsMinWithin48hPercent.defaultValue},
        {QLatin1String(ReportsMaxExpiredUncollected.name), ReportsMaxExpiredUncollected.defaultValue},
        {QLatin1String(DeliveryLocation.name), DeliveryLocation.defaultValue},
        {QLatin1String(DeliveryTowns.name), DeliveryTowns.defaultValue},
        {QLatin1String(DeliveryPostalCodes.name), DeliveryPostalCodes.defaultValue},
        {QLatin1String(DeliveryCategories.name), DeliveryCategories.defaultValue},
        {QLatin1String(DeliveryCutoff.name), DeliveryCutoff.defaultValue},
        {QLatin1String(DeliveryWindow.name), DeliveryWindow.defaultValue},
        {QLatin1String(DeliveryFeeCents.name), DeliveryFeeCents.defaultValue},
        {QLatin1String(DeliveryDays.name), DeliveryDays.defaultValue},
        {QLatin1String(DeliveryClosedDays.name), DeliveryClosedDays.defaultValue},
        {QLatin1String(DeliveryMaxParcelGrams.name), DeliveryMaxParcelGrams.defaultValue},
        {QLatin1String(DeliveryOverweight.name), DeliveryOverweight.defaultValue},
        {QLatin1String(DeliveryBroughtBack.name), DeliveryBroughtBack.defaultValue},
        {QLatin1String(DeliveryBillingEncoding.name), DeliveryBillingEncoding.defaultValue},
        {QLatin1String(DeliveryAddressRetentionDays.name), DeliveryAddressRetentionDays.defaultValue},
        {QLatin1String(DeliveryWeightDefaults.name), DeliveryWeightDefaults.defaultValue},
        {QLatin1String(NetStoreAddress.name), NetStoreAddress.defaultValue},
        {QLatin1String(DeliveryPostFees.name), DeliveryPostFees.defaultValue},
        {QLatin1String(DeliveryDebitType.name), DeliveryDebitType.defaultValue},
    };
}

Settings::Settings(const QString& filePath, const QList<Migration>& migrations, int currentVersion)
    : m_settings(filePath, QSettings::IniFormat)
{
    migrate(migrations, currentVersion);
}

void Settings::setNetwork(const QMap<QString, QString>& values, const QSet<QString>& locked)
{
    m_network = values;
    m_locked = locked;
}

QString Settings::toText(const QVariant& value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(','));
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QVariant Settings::rawValue(const QString& name) const
{
    const auto network = m_network.constFind(name);
    if (m_locked.contains(name) && network != m_network.constEnd())
        return *network;
    QVariant local = m_settings.value(name);
    // A field left empty on this counter (the connection dialog before the site was known) does
    // not hide the network's value.
    if (local.isValid() && !(network != m_network.constEnd() && local.typeId() == QMetaType::QString &&
                             local.toString().isEmpty()))
        return local;
    return network != m_network.constEnd() ? QVariant(*network) : QVariant();
}

void Settings::setRaw(const QString& name, const QVariant& value)
{
    if (m_locked.contains(name))
        return;
    const auto network = m_network.constFind(name);
    if (network != m_network.constEnd() && !m_settings.contains(name) && toText(value) == *network)
        return;
    m_settings.setValue(name, value);
}

void Settings::adoptNetworkValues(const QStringList& names)
{
    for (const QString& name : names)
        m_settings.remove(name);
}

int Settings::version() const
{
    return m_settings.value(VersionKey, 0).toInt();
}

void Settings::migrate(const QList<Migration>& migrations, int currentVersion)
{
    int version = this->version();
    if (version > currentVersion) {
        qCWarning(lcSettings) << "settings file has format" << version << "newer than" << currentVersion
                              << "; unknown keys are kept and ignored";
        return;
    }
    for (const Migration& migration : migrations) {
        if (migration.toVersion <= version || migration.toVersion > currentVersion)
            continue;
        migration.apply(m_settings);
        version = migration.toVersion;
        m_settings.setValue(VersionKey, version);
        qCInfo(lcSettings) << "settings migrated to format" << version;
    }
    if (version < currentVersion)
        m_settings.setValue(VersionKey, currentVersion);
}

Status Settings::sync()
{
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError)
        return Error{QStringLiteral("settings.write"),
                     QCoreApplication::translate("comptoir::Settings", "The settings file %1 could not be written.")
                         .arg(m_settings.fileName())};
    QFile::setPermissions(m_settings.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace comptoir
