#pragma once

#include "ConnectionState.h"
#include "crates/CrateService.h"
#include "delivery/DeliveryService.h"
#include "desk/CaptureService.h"
#include "desk/CheckoutService.h"
#include "desk/Replayer.h"
#include "ils/KohaRestClient.h"
#include "ils/Sip2Client.h"
#include "sync/CsvQueueImport.h"
#include "sync/SyncEngine.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace comptoir {
class LocalStore;
class Settings;
} // namespace comptoir

namespace comptoir::desk {

// Everything that says how this counter reaches its ILS, except the secrets.
// A REST address as staff typed it, read the safe way: no scheme means https://; user
// information (user:password@) never stays in the address (it is handed back to go to the login
// field and the keychain); plain http:// to another computer is refused unless allowed
// explicitly, and then said (insecure).
struct RestAddress
{
    QUrl url;              // without user information; empty: no REST API (SIP2-only profile)
    QString user;          // taken out of the address, if it had one
    QString password;      // taken out of the address, if it had one: for the keychain only
    bool insecure = false; // http:// to another computer, allowed
    QString problem;       // why the address cannot be used; empty when it can
    bool ok() const { return problem.isEmpty(); }
    static RestAddress read(const QString& typed, bool allowInsecure);
    static bool isLoopback(const QString& host);
};

struct ConnectionSettings
{
    QUrl restUrl;
    bool allowInsecure = false; // plain http:// to another computer, confirmed
    ils::KohaConfig::Auth auth = ils::KohaConfig::Auth::Basic;
    QString restUser;
    QString sipHost;
    quint16 sipPort = 6001;
    QString sipLogin;
    QString institution;
    bool sipErrorDetection = true;
    QString site;
    QString workstation;
    QString staff;
    QString queueFile; // SIP2-only profile: no REST URL, the pick list from this CSV export

    bool sipOnly() const { return restUrl.isEmpty(); }
    static ConnectionSettings fromSettings(const Settings& settings);
    void save(Settings& settings) const;
    bool isComplete() const;
    // Where the secrets are kept in the keychain.
    QString restSecretKey() const;
    QString sipSecretKey() const;
};

struct ConnectionSecrets
{
    QString restSecret;
    QString sipPassword;
};

// What "Test connection" found, part by part.
struct ConnectionTest
{
    Status rest; // the REST API answers and accepts the credentials
    Status sip;  // the SIP2 server accepts the login
    Status site; // the site exists in the ILS
    QString siteName;
};

// This counter's link to its ILS: the connectors, the sync, the capture and the replay, wired
// together. After each successful sync, pending actions are replayed.
class IlsSession : public QObject
{
    Q_OBJECT
public:
    IlsSession(QNetworkAccessManager& nam, LocalStore& store, const Clock& clock, QObject* parent = nullptr);
    ~IlsSession() override;

    void configure(const ConnectionSettings& settings, const ConnectionSecrets& secrets);
    // Another service of this counter that sends outbox actions itself (a locker bank): the replay
    // leaves alone what it is still waiting an answer for.
    void addInFlight(std::function<bool(const QString& uuid)> inFlight) { m_otherInFlight << std::move(inFlight); }
    const ConnectionSettings& settings() const { return m_settings; }
    void start(int syncIntervalSeconds);
    void refreshNow();
    // SIP2-only profile: reads the queue file into the cache.
    Result<sync::CsvImportReport> importQueue();

    ils::KohaRestClient& rest() { return m_rest; }
    // The counter's SIP2 pool: one connection for the desk's scans (so they keep their order and
    // never wait behind a replay), one for the background (replay, state checks).
    ils::Sip2Client& sip() { return m_sip; }
    ils::Sip2Client& backgroundSip() { return m_backgroundSip; }
    sync::SyncEngine& sync() { return m_sync; }
    CaptureService& capture() { return m_capture; }
    CheckoutService& checkout() { return m_checkout; }
    // Shuttle crates filled and received at this counter (kept in the outbox file).
    crates::CrateService& crates() { return m_crates; }
    Replayer& replayer() { return m_replayer; }
    // Home delivery: orders for the delivery location, parcels, rounds (kept in the outbox file).
    delivery::DeliveryService& delivery() { return m_delivery; }
    ConnectionState state() const { return m_state; }

    static void test(QNetworkAccessManager& nam, const Clock& clock, const ConnectionSettings& settings,
                     const ConnectionSecrets& secrets, std::function<void(ConnectionTest)> done);

Q_SIGNALS:
    void stateChanged(comptoir::ConnectionState state);
    void queueImported(const comptoir::sync::CsvImportReport& report);
    void outboxChanged();

private:
    void setState(ConnectionState state);
    void checkSip();

    LocalStore& m_store;
    ConnectionSettings m_settings;
    ils::KohaRestClient m_rest;
    ils::Sip2Client m_sip;
    ils::Sip2Client m_backgroundSip;
    sync::SyncEngine m_sync;
    CaptureService m_capture;
    CheckoutService m_checkout;
    crates::CrateService m_crates;
    delivery::DeliveryService m_delivery;
    Replayer m_replayer;
    QList<std::function<bool(const QString&)>> m_otherInFlight;
    ConnectionState m_state = ConnectionState::NotConfigured;
    bool m_replayAgain = false; // an answer was lost during a replay: one more when it ends
};

} // namespace comptoir::desk
