#include "Workstation.h"

#include "Clock.h"
#include "Logging.h"
#include "NetworkConfig.h"
#include "Settings.h"
#include "demo/SandboxProcess.h"
#include "demo/TrainingLibrary.h"
#include "desk/DeskQueries.h"
#include "ils/SecretStore.h"
#include "netstore/NetworkStoreLink.h"
#include "print/TemplateStore.h"
#include "store/Retention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QEventLoop>

namespace comptoir {

Workstation::Workstation(const QString& dataDir, Settings& settings, const Clock& clock, bool demo, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_settings(settings)
    , m_clock(clock)
    , m_demo(demo)
    , m_store(dataDir, clock)
    , m_session(m_network, m_store, clock)
    , m_queries(std::make_unique<desk::DeskQueries>(m_store.cache()))
    , m_templates(std::make_unique<print::TemplateStore>(QDir(dataDir).filePath(QStringLiteral("templates"))))
{
    m_session.capture().setNameDisplay(nameDisplay());
    m_networkStore = std::make_unique<netstore::NetworkStoreLink>(m_store.outbox(), clock, this);
}

void Workstation::startNetworkStore()
{
    const Status configured = m_networkStore->configure(m_settings.value(settings::NetStoreAddress),
                                                        m_settings.value(settings::SiteId),
                                                        m_settings.value(settings::WorkstationName));
    if (!configured) {
        qCWarning(lcApp) << "network store:" << configured.error().message;
        return;
    }
    if (!m_networkStore->isConfigured())
        return;
    if (!m_networkStoreSecrets)
        m_networkStoreSecrets = std::make_unique<ils::KeychainSecretStore>();
    m_networkStore->start(*m_networkStoreSecrets);
}

ils::SecretStore& Workstation::networkStoreSecrets()
{
    if (!m_networkStoreSecrets)
        m_networkStoreSecrets = std::make_unique<ils::KeychainSecretStore>();
    return *m_networkStoreSecrets;
}

void Workstation::setNetworkStoreSecrets(std::unique_ptr<ils::SecretStore> secrets)
{
    m_networkStoreSecrets = std::move(secrets);
}

Workstation::~Workstation() = default;

Result<QList<StoreNotice>> Workstation::openStores()
{
    return m_store.open();
}

void Workstation::startRetention()
{
    auto apply = [this] {
        auto purged =
            applyRetention(m_store, m_clock.now(), m_settings.value(settings::PatronRetentionDays), slipsDir());
        if (!purged)
            qCWarning(lcApp) << "privacy retention:" << purged.error().message;
        // Delivery addresses: kept through the billing month and the retention after it.
        if (m_store.outbox().database().isOpen()) {
            m_session.delivery().setConfig(delivery::DeliveryConfig::load(m_settings));
            if (auto addresses = m_session.delivery().purgeAddresses(m_clock.now()); !addresses)
                qCWarning(lcApp) << "delivery addresses retention:" << addresses.error().message;
        }
    };
    apply();
    connect(&m_retention, &QTimer::timeout, this, apply);
    m_retention.start(6 * 3600 * 1000);
}

Status Workstation::startTrainingLibrary(bool live)
{
    m_trainingLibrary = std::make_unique<sandbox::SandboxProcess>();
    QStringList args{QStringLiteral("--data"), QDir(m_dataDir).filePath(QStringLiteral("training-library.sqlite"))};
    if (live)
        args << QStringLiteral("--live") << QStringLiteral("--speed") << QStringLiteral("60");
    if (Status started = m_trainingLibrary->start(args); !started.ok())
        return started;
    // The training library's home delivery service (its "Livraison à domicile" location serves
    // the central library's town), unless the counter was set otherwise.
    if (!m_settings.contains(settings::DeliveryLocation.name)) {
        m_settings.setValue(settings::DeliveryLocation, QStringLiteral("LIVRAISON"));
        m_settings.setValue(settings::DeliveryTowns, QStringLiteral("Villeurbanne-sur-Lys"));
        m_settings.setValue(settings::DeliveryPostalCodes, QStringLiteral("59100"));
    }
    desk::ConnectionSettings s;
    s.restUrl = m_trainingLibrary->baseUrl();
    s.restUser = demo::RestLogin;
    s.sipHost = QStringLiteral("127.0.0.1");
    s.sipPort = m_trainingLibrary->sipPort();
    s.sipLogin = demo::Site.toLower();
    s.institution = demo::Site;
    s.site = demo::Site;
    s.workstation = QStringLiteral("demo-accueil");
    s.staff = QStringLiteral("formation");
    connectTo(s, {demo::RestPassword, demo::SipPassword});
    return {};
}

desk::ConnectionSettings Workstation::savedConnection() const
{
    return desk::ConnectionSettings::fromSettings(m_settings);
}

desk::ConnectionSecrets Workstation::readSecrets(const desk::ConnectionSettings& connection, QString* problem)
{
    desk::ConnectionSecrets secrets;
    ils::KeychainSecretStore keychain;
    QEventLoop wait;
    int pending = 2;
    auto into = [&](QString& target) {
        return [&, target = &target](Result<QString> r) {
            if (r)
                *target = r.value();
            else if (problem)
                *problem = r.error().message;
            if (--pending == 0)
                wait.quit();
        };
    };
    keychain.read(connection.restSecretKey(), into(secrets.restSecret));
    keychain.read(connection.sipSecretKey(), into(secrets.sipPassword));
    if (pending > 0)
        wait.exec();
    return secrets;
}

void Workstation::saveConnection(const desk::ConnectionSettings& connection, const desk::ConnectionSecrets& secrets)
{
    connection.save(m_settings);
    if (const Status written = m_settings.sync(); !written.ok())
        qCWarning(lcApp) << written.error().message;
    auto keychain = std::make_shared<ils::KeychainSecretStore>();
    for (const auto& [key, secret] : {std::pair{connection.restSecretKey(), secrets.restSecret},
                                      std::pair{connection.sipSecretKey(), secrets.sipPassword}})
        keychain->write(key, secret, [keychain](Status s) {
            if (!s.ok())
                qCWarning(lcApp) << "keychain:" << s.error().message;
        });
}

void Workstation::connectTo(const desk::ConnectionSettings& connection, const desk::ConnectionSecrets& secrets)
{
    m_session.configure(connection, secrets);
    m_session.delivery().setConfig(delivery::DeliveryConfig::load(m_settings));
}

desk::ShelfLayout Workstation::shelfLayout() const
{
    const QString json = m_settings.value(settings::ShelfLayout);
    auto layout = desk::ShelfLayout::fromJson(json.toUtf8());
    if (json.isEmpty() || !layout)
        return m_demo ? demo::shelfLayout() : desk::ShelfLayout();
    return layout.value();
}

desk::NameDisplay Workstation::nameDisplay() const
{
    return desk::nameDisplayFromSetting(m_settings.value(settings::PatronNameDisplay));
}

QString Workstation::devicesDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("devices"));
}

QString Workstation::importedNetworkConfigPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("network.conf"));
}

Status Workstation::loadNetworkConfig(const QString& provisionedPath)
{
    m_networkConfigProvisioned = !provisionedPath.isEmpty();
    const QString path = m_networkConfigProvisioned ? provisionedPath : importedNetworkConfigPath();
    if (!m_networkConfigProvisioned && !QFile::exists(path))
        return {};
    auto loaded = NetworkConfig::load(path);
    if (!loaded) {
        qCWarning(lcApp) << "network configuration refused:" << loaded.error().message;
        return loaded.status();
    }
    m_networkConfig = std::make_unique<NetworkConfig>(std::move(loaded).value());
    m_networkConfigPath = path;
    applyNetworkConfig();
    qCInfo(lcApp) << "network configuration" << path << "in use:" << m_networkConfig->settings.size() << "settings,"
                  << m_networkConfig->locked.size() << "locked";
    return {};
}

void Workstation::applyNetworkConfig()
{
    if (!m_networkConfig)
        return;
    m_settings.setNetwork(m_networkConfig->valuesFor(m_settings.value(settings::SiteId)), m_networkConfig->locked);
    QSet<QString> lockedTemplates;
    for (const QString& key : std::as_const(m_networkConfig->locked))
        if (key.startsWith(QLatin1String("template/")))
            lockedTemplates.insert(key.mid(9));
    m_templates->setNetworkTemplates(m_networkConfig->templates, lockedTemplates);
}

Status Workstation::importNetworkConfig(const QString& path)
{
    if (m_networkConfigProvisioned)
        return Error{QStringLiteral("network-config.provisioned"),
                     tr("This counter's network configuration is provided by IT (%1); it cannot be replaced here.")
                         .arg(m_networkConfigPath)};
    auto loaded = NetworkConfig::load(path);
    if (!loaded)
        return loaded.status();
    const QString target = importedNetworkConfigPath();
    if (QFileInfo(path).canonicalFilePath() != QFileInfo(target).canonicalFilePath()) {
        QFile::remove(target + QStringLiteral(".new"));
        if (!QFile::copy(path, target + QStringLiteral(".new")))
            return Error{QStringLiteral("network-config.io"),
                         tr("The network configuration could not be copied into %1.").arg(m_dataDir)};
        QFile::setPermissions(target + QStringLiteral(".new"), QFile::ReadOwner | QFile::WriteOwner);
        QFile::remove(target);
        if (!QFile::rename(target + QStringLiteral(".new"), target))
            return Error{QStringLiteral("network-config.io"),
                         tr("The network configuration could not be copied into %1.").arg(m_dataDir)};
    }
    const QList<ConfigChange> changes = previewImport(m_settings, loaded.value(), m_settings.value(settings::SiteId));
    QStringList keys;
    for (const ConfigChange& change : changes)
        keys << change.key;
    m_settings.adoptNetworkValues(keys);
    m_networkConfig = std::make_unique<NetworkConfig>(std::move(loaded).value());
    m_networkConfigPath = target;
    applyNetworkConfig();
    return m_settings.sync();
}

QString Workstation::slipsDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("slips"));
}

} // namespace comptoir
