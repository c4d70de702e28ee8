#include "ils/KohaRestClient.h"

#include "Logging.h"
#include "ils/IlsError.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <algorithm>
#include <cstring>
#include <map>

namespace comptoir::ils {

namespace {

// No page of a Koha list is anywhere near this (a 1000-request page is about 2 MB): a server
// that keeps sending is cut off and the answer counts as unreadable.
constexpr qint64 MaxReplyBytes = 64 * 1024 * 1024;
// A total above this is not a library's (a network of 23 libraries holds about 10^5 requests):
// the paging then goes one page at a time, as without a total.
constexpr qint64 MaxAnnouncedTotal = 10000000;
// Pages asked for beyond the one being written.
constexpr int PagesAhead = 2;

// A request body that can be read once (sequential, no seeking back): Qt cannot send it again by itself.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n == 0 && m_pos >= m_data.size() ? -1 : n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

void limitSize(QNetworkReply* reply)
{
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxReplyBytes && !reply->property("tooLarge").toBool()) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
}

bool tooLarge(const QNetworkReply* reply)
{
    return reply->property("tooLarge").toBool();
}

QString describe(int status, QNetworkReply::NetworkError error, const QString& text, const QByteArray& body)
{
    if (status > 0) {
        const QString koha = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
        return koha.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                              : QStringLiteral("HTTP %1: %2").arg(status).arg(koha);
    }
    if (error == QNetworkReply::OperationCanceledError)
        return QStringLiteral("no answer within the time limit");
    return text;
}

// "offline" when the network itself is missing; otherwise the library system is what fails.
QString networkReason(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return QStringLiteral("offline");
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("timeout");
    default:
        return QStringLiteral("unreachable");
    }
}

} // namespace

KohaRestClient::KohaRestClient(QNetworkAccessManager& nam, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
{
}

void KohaRestClient::setConfig(const KohaConfig& config)
{
    m_config = config;
    m_token.clear();
    m_tokenExpiry = {};
}

QUrl KohaRestClient::url(const QString& path, const QUrlQuery& query) const
{
    QUrl u = m_config.baseUrl;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + QStringLiteral("/api/v1") + path);
    u.setQuery(query);
    return u;
}

void KohaRestClient::withToken(std::function<void(Status)> ready)
{
    if (m_config.auth != KohaConfig::Auth::OAuth2 || (!m_token.isEmpty() && m_clock.now() < m_tokenExpiry)) {
        ready({});
        return;
    }
    m_waitingForToken.append(std::move(ready));
    if (m_fetchingToken)
        return;
    m_fetchingToken = true;
    ++m_tokenFetches;
    QNetworkRequest request(url(QStringLiteral("/oauth/token"), {}));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_config.timeoutMs);
    const QByteArray form = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(m_config.user) +
                            "&client_secret=" + QUrl::toPercentEncoding(m_config.secret);
    QNetworkReply* reply = m_nam.post(request, form);
    limitSize(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        Status outcome;
        if (tooLarge(reply)) {
            outcome = makeError(ErrorClass::Transient, QStringLiteral("too-large"),
                                QStringLiteral("the token answer is larger than %1 bytes").arg(MaxReplyBytes));
        } else if (reply->error() != QNetworkReply::NoError && status == 0) {
            outcome = makeError(classifyHttp(reply->error(), 0), QStringLiteral("token"),
                                QStringLiteral("cannot get an access token: %1")
                                    .arg(describe(0, reply->error(), reply->errorString(), {})));
        } else if (status != 200) {
            // A refused client secret is an authentication problem whatever the code (Koha answers 403).
            const ErrorClass c = status == 400 || status == 401 || status == 403 ? ErrorClass::Auth
                                                                                 : classifyHttp(reply->error(), status);
            outcome =
                makeError(c, QStringLiteral("token"),
                          QStringLiteral("access token refused: %1").arg(describe(status, reply->error(), {}, body)));
        } else {
            const QJsonObject json = QJsonDocument::fromJson(body).object();
            m_token = json.value(QStringLiteral("access_token")).toString().toUtf8();
            const int lifetime = json.value(QStringLiteral("expires_in")).toInt(3600);
            // Renew a little before the server would refuse it.
            m_tokenExpiry = m_clock.now().addSecs(std::max(1, lifetime - std::min(60, lifetime / 10)));
            if (m_token.isEmpty())
                outcome = makeError(ErrorClass::Transient, QStringLiteral("token"),
                                    QStringLiteral("the token answer had no access_token"));
        }
        m_fetchingToken = false;
        const auto waiting = std::exchange(m_waitingForToken, {});
        for (const auto& waiter : waiting)
            waiter(outcome);
    });
}

void KohaRestClient::send(const QByteArray& verb, const QUrl& target, const QStringList& embeds, ResponseDone done,
                          bool mayRefreshToken, const QByteArray& accept, const QByteArray& body)
{
    withToken([this, verb, target, embeds, done, mayRefreshToken, accept, body](Status ready) {
        if (!ready.ok()) {
            done(ready.error());
            return;
        }
        QNetworkRequest request(target);
        request.setTransferTimeout(m_config.timeoutMs);
        request.setRawHeader("Accept", accept);
        if (!embeds.isEmpty())
            request.setRawHeader("x-koha-embed", embeds.join(QLatin1Char(',')).toUtf8());
        if (m_config.auth == KohaConfig::Auth::Basic)
            request.setRawHeader("Authorization",
                                 "Basic " + (m_config.user + QLatin1Char(':') + m_config.secret).toUtf8().toBase64());
        else
            request.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply* reply = nullptr;
        if (body.isEmpty()) {
            reply = m_nam.sendCustomRequest(request, verb);
        } else {
            // A write is sent once: when the connection drops after it went, Qt would send it again
            // on its own (a second debit). Its body can be read only once, so Qt cannot, and the
            // caller, told the answer was lost, asks the library system what became of it.
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto* once = new OneShotBody(body);
            reply = m_nam.sendCustomRequest(request, verb, once);
            once->setParent(reply);
        }
        limitSize(reply);
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, verb, target, embeds, done, mayRefreshToken, accept, body] {
            reply->deleteLater();
            if (tooLarge(reply)) {
                done(makeError(ErrorClass::Transient, QStringLiteral("too-large"),
                               QStringLiteral("Koha REST %1: the answer is larger than %2 bytes")
                                   .arg(target.path())
                                   .arg(MaxReplyBytes)));
                return;
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            Response response;
            response.status = status;
            response.body = reply->readAll();
            if (reply->hasRawHeader("X-Total-Count")) {
                bool ok = false;
                response.total = reply->rawHeader("X-Total-Count").toLongLong(&ok);
                if (!ok || response.total < 0 || response.total > MaxAnnouncedTotal)
                    response.total = -1; // unknown: one page at a time
            }
            if (status == 401 && m_config.auth == KohaConfig::Auth::OAuth2 && mayRefreshToken) {
                // The token expired or was revoked: one new token, one more try.
                qCInfo(lcIls) << "Koha REST: token refused, fetching a new one";
                m_token.clear();
                send(verb, target, embeds, done, false, accept, body);
                return;
            }
            if (status >= 200 && status < 300) {
                done(response);
                return;
            }
            const ErrorClass c = classifyHttp(reply->error(), status);
            const QString message = describe(status, reply->error(), reply->errorString(), response.body);
            qCInfo(lcIls) << "Koha REST:" << verb << target.path() << "failed:" << message;
            done(makeError(c, status > 0 ? QStringLiteral("http%1").arg(status) : networkReason(reply->error()),
                           message));
        });
    });
}

// One listing in flight: pages are asked for ahead of the one being processed (PagesAhead), so the
// server prepares page n+1 while the client writes page n; pages are handed over in order.
struct KohaRestClient::Listing
{
    QString path;
    QUrlQuery query;
    QStringList embeds;
    PageDone onPage;
    RawPageDone onRawPage;
    CountDone done;
    Progress progress;
    int perPage = 2500;
    qint64 total = -1;
    qint64 received = 0;
    int nextToRequest = 1;
    int nextToProcess = 1;
    int lastPage = -1; // known once the first page announced the total
    std::map<int, Result<Response>> arrived;
    bool finished = false;
    QElapsedTimer idle; // since the client last ran out of pages to process
};

void KohaRestClient::list(const QString& path, const QUrlQuery& query, const QStringList& embeds, PageDone onPage,
                          CountDone done, Progress progress)
{
    auto listing = std::make_shared<Listing>();
    listing->path = path;
    listing->query = query;
    listing->embeds = embeds;
    listing->onPage = std::move(onPage);
    listing->done = std::move(done);
    listing->progress = std::move(progress);
    // _per_page in the query: this listing's own page size.
    bool sized = false;
    const int asked = query.queryItemValue(QStringLiteral("_per_page")).toInt(&sized);
    listing->perPage = sized && asked > 0 ? asked : m_config.perPage;
    listing->idle.start();
    requestPage(listing);
}

void KohaRestClient::listRaw(const QString& path, const QUrlQuery& query, const QStringList& embeds,
                             RawPageDone onPage, CountDone done, Progress progress)
{
    auto listing = std::make_shared<Listing>();
    listing->path = path;
    listing->query = query;
    listing->embeds = embeds;
    listing->onRawPage = std::move(onPage);
    listing->done = std::move(done);
    listing->progress = std::move(progress);
    bool sized = false;
    const int asked = query.queryItemValue(QStringLiteral("_per_page")).toInt(&sized);
    listing->perPage = sized && asked > 0 ? asked : m_config.perPage;
    listing->idle.start();
    requestPage(listing);
}

void KohaRestClient::requestPage(const std::shared_ptr<Listing>& listing)
{
    const int page = listing->nextToRequest++;
    QUrlQuery q = listing->query;
    q.removeAllQueryItems(QStringLiteral("_page"));
    q.removeAllQueryItems(QStringLiteral("_per_page"));
    q.addQueryItem(QStringLiteral("_page"), QString::number(page));
    q.addQueryItem(QStringLiteral("_per_page"), QString::number(listing->perPage));
    send("GET", url(listing->path, q), listing->embeds, [this, listing, page](Result<Response> result) {
        if (listing->finished)
            return;
        listing->arrived.emplace(page, std::move(result));
        drain(listing);
    });
}

void KohaRestClient::drain(const std::shared_ptr<Listing>& listing)
{
    Listing& l = *listing;
    auto finish = [&l](Result<qint64> outcome) {
        l.finished = true;
        l.arrived.clear();
        l.done(std::move(outcome));
    };
    if (l.finished || !l.arrived.count(l.nextToProcess))
        return; // a later page came first: it waits for its turn
    if (l.idle.isValid())
        m_stats.waitingNs += l.idle.nsecsElapsed();
    QElapsedTimer busy;
    busy.start();
    const auto stopWatch = qScopeGuard([&] {
        m_stats.processingNs += busy.nsecsElapsed();
        if (!l.finished)
            l.idle.start();
    });
    while (!l.finished && l.arrived.count(l.nextToProcess)) {
        const int page = l.nextToProcess++;
        ++m_stats.pages;
        auto node = l.arrived.extract(page);
        Result<Response> result = std::move(node.mapped());
        if (!result) {
            finish(result.error());
            return;
        }
        if (page == 1 && result.value().total >= 0) {
            l.total = result.value().total;
            l.lastPage = int((l.total + l.perPage - 1) / l.perPage);
        }
        // Ask for the next pages before working on this one: two ahead, so that the server always
        // has one to prepare while the client writes, even when one answer comes late.
        while (l.lastPage >= 0 && l.nextToRequest <= l.lastPage && l.nextToRequest <= page + PagesAhead)
            requestPage(listing);
        qsizetype pageSize = 0;
        if (l.onRawPage) {
            const Result<qint64> read = l.onRawPage(result.value().body);
            if (!read) {
                finish(makeError(ErrorClass::Transient, QStringLiteral("malformed"),
                                 QStringLiteral("the library system sent unreadable data for %1 (page %2): %3")
                                     .arg(l.path)
                                     .arg(page)
                                     .arg(read.error().message)));
                return;
            }
            pageSize = qsizetype(read.value());
        } else {
            QJsonParseError parseError;
            const QJsonDocument json = QJsonDocument::fromJson(result.value().body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !json.isArray()) {
                finish(makeError(ErrorClass::Transient, QStringLiteral("malformed"),
                                 QStringLiteral("the library system sent unreadable data for %1 (page %2): %3")
                                     .arg(l.path)
                                     .arg(page)
                                     .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                       : QStringLiteral("not a list"))));
                return;
            }
            const QJsonArray items = json.array();
            if (Status s = l.onPage(items); !s.ok()) {
                finish(s.error());
                return;
            }
            pageSize = items.size();
        }
        l.received += pageSize;
        const qint64 total = l.total >= 0 ? l.total : l.received;
        if (l.progress)
            l.progress(l.received, total);
        const bool end = l.lastPage >= 0 ? page >= l.lastPage : pageSize < l.perPage;
        if (end || pageSize == 0) {
            finish(l.received);
            return;
        }
        // Without a total, one page at a time.
        if (l.lastPage < 0 && l.nextToRequest == page + 1)
            requestPage(listing);
    }
}

void KohaRestClient::listAll(const QString& path, const QUrlQuery& query, const QStringList& embeds, ArrayDone done)
{
    auto all = std::make_shared<QJsonArray>();
    list(
        path, query, embeds,
        [all](const QJsonArray& page) {
            for (const QJsonValue& v : page)
                all->append(v);
            return Status();
        },
        [all, done](Result<qint64> result) {
            if (!result)
                done(result.error());
            else
                done(*all);
        });
}

void KohaRestClient::count(const QString& path, const QUrlQuery& query, CountDone done)
{
    QUrlQuery q = query;
    q.addQueryItem(QStringLiteral("_per_page"), QStringLiteral("1"));
    send("GET", url(path, q), {}, [done](Result<Response> result) {
        if (!result)
            done(result.error());
        else if (result.value().total < 0)
            done(makeError(ErrorClass::Transient, QStringLiteral("malformed"),
                           QStringLiteral("the library system did not say how many objects there are")));
        else
            done(result.value().total);
    });
}

void KohaRestClient::get(const QString& path, ObjectDone done, const QStringList& embeds)
{
    send("GET", url(path, {}), embeds, [done, path](Result<Response> result) {
        if (!result) {
            done(result.error());
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(result.value().body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !json.isObject())
            done(makeError(ErrorClass::Transient, QStringLiteral("malformed"),
                           QStringLiteral("the library system sent unreadable data for %1").arg(path)));
        else
            done(json.object());
    });
}

void KohaRestClient::getMarc(const QString& path, ObjectDone done)
{
    send(
        "GET", url(path, {}), {},
        [done, path](Result<Response> result) {
            if (!result) {
                done(result.error());
                return;
            }
            const QJsonDocument json = QJsonDocument::fromJson(result.value().body);
            if (!json.isObject())
                done(makeError(ErrorClass::Transient, QStringLiteral("malformed"),
                               QStringLiteral("the library system sent an unreadable record for %1").arg(path)));
            else
                done(json.object());
        },
        true, QByteArrayLiteral("application/marc-in-json"));
}

void KohaRestClient::post(const QString& path, const QJsonObject& body, ObjectDone done)
{
    send(
        "POST", url(path, {}), {},
        [done, path](Result<Response> result) {
            if (!result) {
                done(result.error());
                return;
            }
            const QJsonDocument json = QJsonDocument::fromJson(result.value().body);
            if (!json.isObject())
                done(makeError(ErrorClass::Transient, QStringLiteral("malformed"),
                               QStringLiteral("the library system sent unreadable data for %1").arg(path)));
            else
                done(json.object());
        },
        true, QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void KohaRestClient::remove(const QString& path, std::function<void(Status)> done)
{
    send("DELETE", url(path, {}), {}, [done](Result<Response> result) {
        if (!result && result.error().code == classPrefix(ErrorClass::Permanent) + QStringLiteral(".http404"))
            done(makeError(ErrorClass::Conflict, QStringLiteral("gone"),
                           QStringLiteral("already gone from the library system")));
        else
            done(result ? Status() : Status(result.error()));
    });
}

} // namespace comptoir::ils
