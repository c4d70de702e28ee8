#pragma once

#include "Result.h"
#include "desk/IlsSession.h"
#include "desk/Privacy.h"
#include "desk/ShelfLayout.h"
#include "store/LocalStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <memory>

namespace comptoir {

class Clock;
class Settings;
struct NetworkConfig;
namespace desk {
class DeskQueries;
}
namespace print {
class TemplateStore;
}
namespace ils {
class SecretStore;
}
namespace netstore {
class NetworkStoreLink;
}
namespace sandbox {
class SandboxProcess;
}

// The composition root: one counter, whole, built from its data folder and its settings. Each
// executable builds one and hands it to what shows it (the window, the headless run). Read top to
// bottom, this class is the table of contents of the product; a new service or store is one member
// here, a new page one line in ui/Desk.cpp.
class Workstation : public QObject
{
    Q_OBJECT
public:
    Workstation(const QString& dataDir, Settings& settings, const Clock& clock, bool demo, QObject* parent = nullptr);
    ~Workstation() override;

    // 1. Local data: the outbox (actions not yet confirmed by the ILS: never lost) and the cache
    //    (what the ILS sent: rebuilt when damaged). Notices say what recovery did.
    Result<QList<StoreNotice>> openStores();
    LocalStore& store() { return m_store; }

    // 2. Privacy: the library's retention, applied now and every six hours (store/Retention.h).
    void startRetention();

    // 3. The library system. The demo starts the training library (comptoir-sandbox) on loopback
    //    and connects to it; a real counter reads its connection settings and the keychain.
    Status startTrainingLibrary(bool live);
    desk::ConnectionSettings savedConnection() const;
    // Reads the two secrets of a connection from the system keychain; problem is empty when both
    // were found. Waits for the keychain (it answers asynchronously).
    desk::ConnectionSecrets readSecrets(const desk::ConnectionSettings& connection, QString* problem);
    // Settings to the file (without any secret), secrets to the keychain.
    void saveConnection(const desk::ConnectionSettings& connection, const desk::ConnectionSecrets& secrets);
    void connectTo(const desk::ConnectionSettings& connection, const desk::ConnectionSecrets& secrets);
    bool isConnected() const { return m_session.settings().isComplete(); }
    desk::IlsSession& session() { return m_session; }
    QNetworkAccessManager& network() { return m_network; }

    // 4. The desk: the queries every page asks, slip templates (the library's own over the shipped
    //    ones), the shelves in walking order, how patron names show.
    desk::DeskQueries& queries() { return *m_queries; }
    print::TemplateStore& templates() { return *m_templates; }
    desk::ShelfLayout shelfLayout() const;
    desk::NameDisplay nameDisplay() const;

    // 4b. The network's configuration (NetworkConfig.h): the file IT provisioned (the command line,
    //     COMPTOIR_NETWORK_CONFIG, /etc/comptoir/network.conf), else one imported into the data
    //     folder. A malformed file is refused with its line and reason: the counter keeps what it
    //     had. applyNetworkConfig() again after the counter's site changes.
    Status loadNetworkConfig(const QString& provisionedPath);
    void applyNetworkConfig();
    const NetworkConfig* networkConfig() const { return m_networkConfig.get(); }
    QString networkConfigPath() const { return m_networkConfigPath; }
    bool networkConfigProvisioned() const { return m_networkConfigProvisioned; }
    QString importedNetworkConfigPath() const;
    // Imports a file (checked again): copied to the data folder (owner-only), the counter's own
    // values of what it sets dropped so the network's apply. Refused when IT provisioned one.
    Status importNetworkConfig(const QString& path);

    // 5. Where things are, and what they are made from.
    const QString& dataDir() const { return m_dataDir; }
    // 4c. The network's shared store (netstore/, setting netstore/address): crates, locker doors,
    //     deliveries and pull claims shared between counters. Not configured: inactive, nothing
    //     changes. startNetworkStore() again after the network configuration changed.
    netstore::NetworkStoreLink& networkStore() { return *m_networkStore; }
    void startNetworkStore();
    // Where the store's role password is kept (the system keychain; tests put their own first).
    ils::SecretStore& networkStoreSecrets();
    void setNetworkStoreSecrets(std::unique_ptr<ils::SecretStore> secrets);
    QString devicesDir() const; // the demo's simulated devices' pseudo-terminals
    QString slipsDir() const;   // slips saved as PDF when they could not be printed
    Settings& settings() { return m_settings; }
    const Clock& clock() const { return m_clock; }
    bool isDemo() const { return m_demo; }

private:
    QString m_dataDir;
    Settings& m_settings;
    const Clock& m_clock;
    bool m_demo;
    LocalStore m_store;
    QTimer m_retention;
    QNetworkAccessManager m_network;
    desk::IlsSession m_session;
    std::unique_ptr<desk::DeskQueries> m_queries;
    std::unique_ptr<print::TemplateStore> m_templates;
    std::unique_ptr<sandbox::SandboxProcess> m_trainingLibrary;
    std::unique_ptr<NetworkConfig> m_networkConfig;
    QString m_networkConfigPath;
    bool m_networkConfigProvisioned = false;
    std::unique_ptr<ils::SecretStore> m_networkStoreSecrets;
    std::unique_ptr<netstore::NetworkStoreLink> m_networkStore;
};

} // namespace comptoir
