#include "desk/IlsSession.h"

#include "Logging.h"
#include "Settings.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QSysInfo>
#include <QTimer>

namespace comptoir::desk {

RestAddress RestAddress::read(const QString& typed, bool allowInsecure)
{
    RestAddress out;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return out;
    QUrl url(text.contains(QLatin1String("://")) ? text : QStringLiteral("https://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        out.problem = QCoreApplication::translate("comptoir::desk::RestAddress", "\"%1\" is not a web address.")
                          .arg(QUrl(text).toString(QUrl::RemoveUserInfo));
        return out;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        out.problem =
            QCoreApplication::translate("comptoir::desk::RestAddress", "The address must start with https://.");
        return out;
    }
    out.user = url.userName(QUrl::FullyDecoded);
    out.password = url.password(QUrl::FullyDecoded);
    url.setUserInfo(QString());
    out.url = url;
    if (scheme == QLatin1String("http") && !isLoopback(url.host())) {
        if (!allowInsecure)
            out.problem = QCoreApplication::translate(
                              "comptoir::desk::RestAddress",
                              "http:// to %1 would send the library system's password unencrypted over the "
                              "network: use https://, or allow an unencrypted connection explicitly.")
                              .arg(url.host());
        else
            out.insecure = true;
    }
    return out;
}

bool RestAddress::isLoopback(const QString& host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           (!address.isNull() && address.isLoopback());
}

ConnectionSettings ConnectionSettings::fromSettings(const Settings& s)
{
    ConnectionSettings c;
    // An address saved by an older version may hold user information: it is never used from there.
    c.restUrl = QUrl(s.value(settings::IlsBaseUrl)).adjusted(QUrl::RemoveUserInfo);
    c.allowInsecure = s.value(settings::IlsAllowInsecure);
    c.auth = s.value(settings::IlsAuth) == QLatin1String("oauth2") ? ils::KohaConfig::Auth::OAuth2
                                                                   : ils::KohaConfig::Auth::Basic;
    c.restUser = s.value(settings::IlsUser);
    c.sipHost = s.value(settings::SipHost);
    c.sipPort = quint16(s.value(settings::SipPort));
    c.sipLogin = s.value(settings::SipLogin);
    c.institution = s.value(settings::SipInstitution);
    c.sipErrorDetection = s.value(settings::SipErrorDetection);
    c.site = s.value(settings::SiteId);
    c.workstation = s.value(settings::WorkstationName);
    c.staff = s.value(settings::StaffLogin);
    c.queueFile = s.value(settings::QueueFile);
    return c;
}

void ConnectionSettings::save(Settings& s) const
{
    // Never user information in the settings file, whatever the caller built.
    s.setValue(settings::IlsBaseUrl, restUrl.adjusted(QUrl::RemoveUserInfo).toString());
    s.setValue(settings::IlsAllowInsecure, allowInsecure);
    s.setValue(settings::IlsAuth,
               auth == ils::KohaConfig::Auth::OAuth2 ? QStringLiteral("oauth2") : QStringLiteral("basic"));
    s.setValue(settings::IlsUser, restUser);
    s.setValue(settings::SipHost, sipHost);
    s.setValue(settings::SipPort, int(sipPort));
    s.setValue(settings::SipLogin, sipLogin);
    s.setValue(settings::SipInstitution, institution);
    s.setValue(settings::SipErrorDetection, sipErrorDetection);
    s.setValue(settings::SiteId, site);
    s.setValue(settings::WorkstationName, workstation);
    s.setValue(settings::StaffLogin, staff);
    s.setValue(settings::QueueFile, queueFile);
}

bool ConnectionSettings::isComplete() const
{
    const bool queues =
        sipOnly() ? !queueFile.isEmpty() : restUrl.isValid() && !restUrl.host().isEmpty() && !restUser.isEmpty();
    return queues && !sipHost.isEmpty() && sipPort > 0 && !sipLogin.isEmpty() && !site.isEmpty();
}

QString ConnectionSettings::restSecretKey() const
{
    return QStringLiteral("koha-rest/%1/%2").arg(restUrl.toString(QUrl::RemoveUserInfo), restUser);
}

QString ConnectionSettings::sipSecretKey() const
{
    return QStringLiteral("sip2/%1:%2/%3").arg(sipHost).arg(sipPort).arg(sipLogin);
}

namespace {

ils::KohaConfig restConfig(const ConnectionSettings& s, const ConnectionSecrets& secrets)
{
    ils::KohaConfig c;
    c.baseUrl = s.restUrl;
    c.auth = s.auth;
    c.user = s.restUser;
    c.secret = secrets.restSecret;
    return c;
}

ils::SipConfig sipConfig(const ConnectionSettings& s, const ConnectionSecrets& secrets)
{
    ils::SipConfig c;
    c.host = s.sipHost;
    c.port = s.sipPort;
    c.login = s.sipLogin;
    c.password = secrets.sipPassword;
    c.institution = s.institution.isEmpty() ? s.site : s.institution;
    c.location = s.site;
    c.errorDetection = s.sipErrorDetection;
    return c;
}

} // namespace

IlsSession::IlsSession(QNetworkAccessManager& nam, LocalStore& store, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_rest(nam, clock)
    , m_sip(clock)
    , m_backgroundSip(clock)
    , m_sync(m_rest, store.cache(), clock)
    , m_capture(store.outbox(), store.cache(), m_sip, clock, {})
    , m_checkout(store.outbox(), m_sip)
    , m_crates(store.outbox(), clock, {}, {})
    , m_delivery(store.outbox(), clock)
    , m_replayer(store.outbox(), m_backgroundSip, &m_rest)
{
    // An item for the delivery location goes in its parcel: the verdict says which.
    m_capture.setAfterVerdict([this](const QString& barcode, CaptureResult& result) {
        const QString location = m_delivery.config().location;
        if (location.isEmpty() || result.destination != location)
            return;
        qint64 patronId = 0, biblioId = 0;
        auto line = m_store.cache().database().exec(
            QStringLiteral("SELECT patron_id, biblio_id FROM pick_list WHERE barcode = ? LIMIT 1"), {barcode});
        if (line && line.value().next()) {
            patronId = line.value().value(0).toLongLong();
            biblioId = line.value().value(1).toLongLong();
        }
        if (line)
            line.value().finish();
        const auto parcel =
            m_delivery.capture(barcode, result.outcome.holdPatronCard, result.outcome.title, patronId, biblioId);
        if (!parcel)
            return;
        const QString provisional = result.provisional ? result.verdict.detail : QString();
        result.verdict = parcel->verdict;
        if (result.provisional) {
            result.verdict.kind = VerdictKind::Provisional;
            result.verdict.detail += QStringLiteral(" — ") + provisional;
        }
    });
    // The delivery orders after each sync (their patrons' addresses come with them, and only them).
    connect(&m_sync, &sync::SyncEngine::finished, this, [this](const Status& status, const sync::SyncReport&) {
        if (status.ok() && m_delivery.config().enabled() && !m_settings.sipOnly())
            m_delivery.refresh(m_rest, [](Status s, int) {
                if (!s.ok())
                    qCInfo(lcSync) << "delivery orders not refreshed:" << s.error().message;
            });
    });
    connect(&m_sync, &sync::SyncEngine::stateChanged, this, &IlsSession::setState);
    connect(&m_sync, &sync::SyncEngine::finished, this, [this](const Status& status, const sync::SyncReport&) {
        if (status.ok() && m_store.outbox().count(OutboxAction::State::Pending).value() > 0)
            m_replayer.replay();
    });
    connect(&m_replayer, &Replayer::finished, this, [this](const ReplayReport& report) {
        Q_EMIT outboxChanged();
        if (std::exchange(m_replayAgain, false) && report.status.ok())
            QTimer::singleShot(0, this, [this] { m_replayer.replay(); });
    });
    // Crates name libraries as the capture does, and refuse a crate from a site the network's
    // library list (synced) does not have; with no list (SIP2-only profile), any site.
    m_crates.setLibraryNames([this](const QString& id) { return m_capture.libraryName(id); });
    m_crates.setKnownSites([this](const QString& id) {
        Database& db = m_store.cache().database();
        auto listed = db.scalar(QStringLiteral("SELECT count(*) FROM libraries"));
        if (!listed || listed.value().toInt() == 0)
            return true;
        auto known = db.scalar(QStringLiteral("SELECT count(*) FROM libraries WHERE library_id = ?"), {id});
        return known && known.value().toInt() > 0;
    });
    m_replayer.setInFlight([this](const QString& uuid) {
        if (m_capture.isInFlight(uuid) || m_checkout.isInFlight(uuid))
            return true;
        for (const auto& other : m_otherInFlight)
            if (other(uuid))
                return true;
        return false;
    });
    // A desk request whose answer was lost stays pending: settle it now, state first.
    connect(&m_sip, &ils::Sip2Client::answerLost, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_replayer.isRunning())
                m_replayAgain = true;
            else
                m_replayer.replay();
        });
    });
}

IlsSession::~IlsSession() = default;

void IlsSession::configure(const ConnectionSettings& settings, const ConnectionSecrets& secrets)
{
    m_settings = settings;
    // Every action is attributed to a workstation: an unnamed one goes by the computer's name.
    if (m_settings.workstation.isEmpty())
        m_settings.workstation = QSysInfo::machineHostName();
    ils::KohaConfig rest = restConfig(settings, secrets);
    if (!settings.restUrl.isEmpty() && !RestAddress::read(settings.restUrl.toString(), settings.allowInsecure).ok()) {
        // An unencrypted address nobody allowed (a hand-edited file): the password does not go.
        qCCritical(lcIls) << "REST address refused: plain http to another computer; credentials not sent";
        rest.secret.clear();
    }
    m_rest.setConfig(rest);
    // What the logs must never show, from now on.
    for (const QString& secret : {secrets.restSecret, secrets.sipPassword})
        logging::addSensitiveTerm(secret);
    m_sip.setConfig(sipConfig(settings, secrets));
    m_backgroundSip.setConfig(sipConfig(settings, secrets));
    m_sync.setSite(settings.site);
    m_capture.setDesk({m_settings.site, m_settings.workstation, m_settings.staff});
    m_checkout.setDesk(m_settings.workstation, m_settings.staff);
    m_crates.setDesk(m_settings.site, m_settings.staff);
    m_delivery.setDesk(m_settings.site, m_settings.workstation, m_settings.staff);
    m_replayer.setLocation(settings.site);
}

void IlsSession::start(int syncIntervalSeconds)
{
    if (m_settings.sipOnly()) {
        refreshNow();
        return;
    }
    m_sync.setInterval(syncIntervalSeconds);
    m_sync.syncNow();
}

void IlsSession::refreshNow()
{
    if (!m_settings.sipOnly()) {
        m_sync.syncNow();
        return;
    }
    auto imported = importQueue();
    if (imported)
        Q_EMIT queueImported(imported.value());
    else
        qCWarning(lcSync) << "queue file:" << imported.error().message;
    checkSip();
}

Result<sync::CsvImportReport> IlsSession::importQueue()
{
    QFile file(m_settings.queueFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("csv.io"),
                     tr("Cannot read the queue file %1: %2").arg(m_settings.queueFile, file.errorString())};
    return sync::importQueueCsv(file.readAll(), m_settings.site, m_store.cache());
}

void IlsSession::checkSip()
{
    // SIP2-only: the connection state is the SIP2 server's; when it answers, pending actions go.
    m_backgroundSip.status([this](Result<sip2::Message> r) {
        if (r) {
            setState(ConnectionState::Online);
            if (m_store.outbox().count(OutboxAction::State::Pending).value() > 0)
                m_replayer.replay();
        } else {
            setState(ConnectionState::IlsUnavailable);
        }
    });
}

void IlsSession::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void IlsSession::test(QNetworkAccessManager& nam, const Clock& clock, const ConnectionSettings& settings,
                      const ConnectionSecrets& secrets, std::function<void(ConnectionTest)> done)
{
    struct State
    {
        ConnectionTest report;
        int waiting = 2;
        std::unique_ptr<ils::KohaRestClient> rest;
        std::unique_ptr<ils::Sip2Client> sip;
    };
    auto state = std::make_shared<State>();
    state->rest = std::make_unique<ils::KohaRestClient>(nam, clock);
    ils::KohaConfig rc = restConfig(settings, secrets);
    rc.timeoutMs = 8000;
    state->rest->setConfig(rc);
    state->sip = std::make_unique<ils::Sip2Client>(clock);
    ils::SipConfig sc = sipConfig(settings, secrets);
    sc.timeoutMs = 5000;
    state->sip->setConfig(sc);
    auto partDone = [state, done] {
        if (--state->waiting == 0) {
            // Done later: the connectors are deleted with the state, not inside their own callback.
            QMetaObject::invokeMethod(
                qApp, [state, done] { done(state->report); }, Qt::QueuedConnection);
        }
    };
    if (settings.sipOnly()) {
        // No REST API: the queues come from a file; check that it can be read.
        QFile file(settings.queueFile);
        state->report.rest = Error{QStringLiteral("test.skipped"), QObject::tr("not used (SIP2 only)")};
        if (file.open(QIODevice::ReadOnly)) {
            auto table = sync::parseCsv(file.readAll());
            state->report.site = table.status();
            state->report.siteName =
                QObject::tr("%1, queue file with %n line(s)", nullptr, table ? int(table.value().rows.size()) : 0)
                    .arg(settings.site);
        } else {
            state->report.site =
                Error{QStringLiteral("test.file"),
                      QObject::tr("cannot read the queue file %1: %2").arg(settings.queueFile, file.errorString())};
        }
        partDone();
    } else
        state->rest->listAll(QStringLiteral("/libraries"), {}, {}, [state, settings, partDone](Result<QJsonArray> r) {
            if (!r) {
                state->report.rest = r.status();
                state->report.site = Error{QStringLiteral("test.skipped"), QObject::tr("not checked")};
            } else {
                state->report.site = Error{QStringLiteral("test.site"),
                                           QObject::tr("the library system has no library \"%1\"").arg(settings.site)};
                for (const QJsonValue& v : r.value()) {
                    if (v.toObject().value(QStringLiteral("library_id")).toString() == settings.site) {
                        state->report.site = Status();
                        state->report.siteName = v.toObject().value(QStringLiteral("name")).toString();
                    }
                }
            }
            partDone();
        });
    state->sip->status([state, partDone](Result<sip2::Message> r) {
        state->report.sip = r.status();
        partDone();
    });
}

} // namespace comptoir::desk
