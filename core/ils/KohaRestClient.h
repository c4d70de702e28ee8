#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace comptoir::ils {

struct KohaConfig
{
    enum class Auth { Basic, OAuth2 };
    QUrl baseUrl; // e.g. https://ils.example.org (the client adds /api/v1)
    Auth auth = Auth::Basic;
    QString user;   // Basic: staff login; OAuth2: client id
    QString secret; // Basic: password; OAuth2: client secret (read from the keychain, never stored)
    int timeoutMs = 15000;
    // 2,500 a page: on a plain connection Qt 6.4 reads an answer's headers one byte per system
    // call (strace shows it) and Koha's Link header is long, so fewer, larger pages cost the
    // counter less (about 3 MB a page of requests with their embeds, far below the 64 MB cap).
    int perPage = 2500;
};

// The Koha REST API v1 client, on an injected QNetworkAccessManager: paging to the end with
// X-Total-Count, q= filters, embeds, Basic auth or OAuth2 client credentials (the token is
// fetched when needed and again on expiry or a 401), per-request timeouts, TLS verified (SSL
// errors are never ignored). Failures come back classified (IlsError.h).
class KohaRestClient : public QObject
{
    Q_OBJECT
public:
    KohaRestClient(QNetworkAccessManager& nam, const Clock& clock, QObject* parent = nullptr);
    void setConfig(const KohaConfig& config);
    const KohaConfig& config() const { return m_config; }

    using ArrayDone = std::function<void(Result<QJsonArray>)>;
    using ObjectDone = std::function<void(Result<QJsonObject>)>;
    using CountDone = std::function<void(Result<qint64>)>;
    using Progress = std::function<void(qint64 received, qint64 total)>;
    using PageDone = std::function<Status(const QJsonArray& page)>;

    // Every page of a listing (path under /api/v1, e.g. "/holds"), page by page: each page is handed
    // to onPage as it arrives (so a large listing is never held whole), then done is called with the
    // number of objects. An error from onPage stops the listing.
    void list(const QString& path, const QUrlQuery& query, const QStringList& embeds, PageDone onPage, CountDone done,
              Progress progress = {});
    // The same, each page handed over as the bytes received (a JSON array, not parsed here: a caller
    // reading 100k objects reads them its own way). onPage says how many objects the page held.
    using RawPageDone = std::function<Result<qint64>(const QByteArray& page)>;
    void listRaw(const QString& path, const QUrlQuery& query, const QStringList& embeds, RawPageDone onPage,
                 CountDone done, Progress progress = {});
    // Convenience: the whole listing in one array.
    void listAll(const QString& path, const QUrlQuery& query, const QStringList& embeds, ArrayDone done);
    // How many objects a listing has (one request, _per_page=1, X-Total-Count).
    void count(const QString& path, const QUrlQuery& query, CountDone done);
    void get(const QString& path, ObjectDone done, const QStringList& embeds = {});
    // A record as MARC-in-JSON (GET /biblios/{id}, Accept: application/marc-in-json).
    void getMarc(const QString& path, ObjectDone done);
    // POST a JSON object (e.g. /patrons/{id}/account/debits); done with the object answered (201).
    void post(const QString& path, const QJsonObject& body, ObjectDone done);
    // DELETE; a 404 is a Conflict (already gone).
    void remove(const QString& path, std::function<void(Status)> done);

    int tokenFetches() const { return m_tokenFetches; }

    // Where a listing's time goes on this side (benchmarks): pages handed over, time spent in onPage
    // (parsing excluded: parsing and onPage together are `processingNs`), and time the client sat
    // idle waiting for the next page while a listing was in progress. Waiting near zero means the
    // server's work on the next page overlapped the client's on this one.
    struct PagingStats
    {
        qint64 pages = 0;
        qint64 processingNs = 0;
        qint64 waitingNs = 0;
    };
    PagingStats pagingStats() const { return m_stats; }
    void resetPagingStats() { m_stats = {}; }

private:
    struct Response
    {
        int status = 0;
        QByteArray body;
        qint64 total = -1;
    };
    using ResponseDone = std::function<void(Result<Response>)>;
    void send(const QByteArray& verb, const QUrl& url, const QStringList& embeds, ResponseDone done,
              bool mayRefreshToken = true, const QByteArray& accept = QByteArrayLiteral("application/json"),
              const QByteArray& body = {});
    void withToken(std::function<void(Status)> ready);
    QUrl url(const QString& path, const QUrlQuery& query) const;
    struct Listing;
    void requestPage(const std::shared_ptr<Listing>& listing);
    void drain(const std::shared_ptr<Listing>& listing);

    QNetworkAccessManager& m_nam;
    const Clock& m_clock;
    KohaConfig m_config;
    QByteArray m_token;
    QDateTime m_tokenExpiry;
    bool m_fetchingToken = false;
    QList<std::function<void(Status)>> m_waitingForToken;
    int m_tokenFetches = 0;
    PagingStats m_stats;
};

} // namespace comptoir::ils
