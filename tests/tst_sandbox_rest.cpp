#include "sandbox/KohaRestServer.h"
#include "sandbox/NetworkGenerator.h"
#include "sandbox/SandboxControl.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace comptoir;
using namespace comptoir::sandbox;

// The training library's REST API through real HTTP on loopback.
class TestSandboxRest : public QObject
{
    Q_OBJECT

    struct Reply
    {
        int status = 0;
        QJsonDocument json;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers;
    };

    QTemporaryDir m_dir;
    QString m_file;
    FaultPlan m_faults;
    std::unique_ptr<KohaRestServer> m_server;
    quint16 m_port = 0;
    static inline const QByteArray Token = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
    QNetworkAccessManager m_nam;

    Reply request(const QString& path, const QUrlQuery& query = {}, const QByteArray& embed = {},
                  const QByteArray& verb = "GET", bool auth = true,
                  const QString& password = KohaRestServer::DefaultPassword)
    {
        QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
        url.setQuery(query);
        QNetworkRequest req(url);
        if (auth)
            req.setRawHeader("Authorization",
                             "Basic " +
                                 (KohaRestServer::DefaultLogin + QLatin1Char(':') + password).toUtf8().toBase64());
        if (!embed.isEmpty())
            req.setRawHeader("x-koha-embed", embed);
        return send(req, verb);
    }

    // Sends and waits for the whole reply.
    Reply send(const QNetworkRequest& req, const QByteArray& verb, const QByteArray& body = {})
    {
        QNetworkReply* reply = m_nam.sendCustomRequest(req, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(20000);
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.json = QJsonDocument::fromJson(out.body);
        for (const auto& pair : reply->rawHeaderPairs())
            out.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return out;
    }

    // A request whose path and query are sent as written (already URL-encoded), with the staff
    // login, extra headers and a body.
    Reply raw(const QByteArray& target, const QList<QPair<QByteArray, QByteArray>>& headers = {},
              const QByteArray& verb = "GET", const QByteArray& body = {}, bool auth = true)
    {
        QNetworkRequest req(QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(m_port) + target));
        if (auth)
            req.setRawHeader("Authorization", "Basic " + (KohaRestServer::DefaultLogin + QLatin1Char(':') +
                                                          KohaRestServer::DefaultPassword)
                                                             .toUtf8()
                                                             .toBase64());
        for (const auto& [name, value] : headers)
            req.setRawHeader(name, value);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return send(req, verb, body);
    }

    static QStringList contract(const QString& definition, const QJsonDocument& json)
    {
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral(COMPTOIR_SOURCE_DIR "/tests/tools/koha_contract.py"),
                                                 QStringLiteral(KOHA_DEFINITIONS), definition});
        if (!python.waitForStarted())
            return {QStringLiteral("python3 did not start")};
        python.write(json.toJson(QJsonDocument::Compact));
        python.closeWriteChannel();
        python.waitForFinished(60000);
        const QString out = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError()).trimmed();
        if (python.exitCode() != 0)
            return out.split(QLatin1Char('\n')).mid(0, 20);
        return {};
    }

    int dbCount(const QString& sql)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(m_file);
        int n = -1;
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    }

    // A listing's body on the server at port (its status and error instead when not a 200).
    QByteArray listing(quint16 port, const QString& path, const QUrlQuery& query, const QByteArray& embed)
    {
        QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
        url.setQuery(query);
        QNetworkRequest req(url);
        req.setRawHeader("Authorization",
                         "Basic " + (KohaRestServer::DefaultLogin + QLatin1Char(':') + KohaRestServer::DefaultPassword)
                                        .toUtf8()
                                        .toBase64());
        if (!embed.isEmpty())
            req.setRawHeader("x-koha-embed", embed);
        const Reply r = send(req, "GET");
        return r.status == 200 ? r.body : QByteArray("status " + QByteArray::number(r.status) + ": " + r.body);
    }

    struct Listing
    {
        QString path;
        QUrlQuery query;
        QByteArray embed;
    };

    // Each listing read through SQLite's own statements (the default) and through QtSql (as before
    // them): the same bytes. Returns the first difference, empty when there is none.
    QString listingPathsDiffer(KohaRestServer& server, quint16 port, const QList<Listing>& listings)
    {
        for (const Listing& l : listings) {
            server.setNativeListings(true);
            const QByteArray native = listing(port, l.path, l.query, l.embed);
            server.setNativeListings(false);
            const QByteArray qtSql = listing(port, l.path, l.query, l.embed);
            server.setNativeListings(true);
            const QString what = l.path + QLatin1Char('?') + l.query.toString() + QStringLiteral(" embed ") +
                                 QString::fromLatin1(l.embed);
            if (!native.startsWith('[') || !QJsonDocument::fromJson(native).isArray())
                return what + QStringLiteral(": not a JSON array: ") + QString::fromUtf8(native.left(200));
            if (native != qtSql) {
                qsizetype at = 0;
                while (at < native.size() && at < qtSql.size() && native[at] == qtSql[at])
                    ++at;
                return what + QStringLiteral(": differs at byte %1: native …%2… QtSql …%3…")
                                  .arg(at)
                                  .arg(QString::fromUtf8(native.mid(std::max<qsizetype>(0, at - 60), 120)),
                                       QString::fromUtf8(qtSql.mid(std::max<qsizetype>(0, at - 60), 120)));
            }
        }
        return {};
    }

    static QUrlQuery queryOf(const QList<QPair<QString, QString>>& items)
    {
        QUrlQuery q;
        for (const auto& [name, value] : items)
            q.addQueryItem(name, QString(value).replace(QLatin1Char('+'), QStringLiteral("%2B")));
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("network.sqlite"));
        GeneratorOptions o;
        o.seed = 11;
        o.items = 5000;
        o.patrons = 1500;
        o.holds = 1200;
        o.deliveryOrders = 0; // the counts below are the 1200 requests; delivery has its own suite (tst_delivery)
        o.today = QDate(2026, 11, 22);
        QVERIFY(NetworkGenerator::generate(m_file, o).ok());
        m_server = std::make_unique<KohaRestServer>(m_file);
        m_server->setFaults(&m_faults);
        m_server->setControlToken(Token);
        auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message));
        m_port = port.value();
        QVERIFY(m_port > 0);
    }

    void cleanupTestCase() { m_server.reset(); }

    void authIsRequired()
    {
        Reply none = request(QStringLiteral("/api/v1/holds"), {}, {}, "GET", false);
        QCOMPARE(none.status, 401);
        QVERIFY(none.json.object().value(QStringLiteral("error")).isString());
        Reply wrong = request(QStringLiteral("/api/v1/patrons/1"), {}, {}, "GET", true, QStringLiteral("nope"));
        QCOMPARE(wrong.status, 401);
        QVERIFY(contract(QStringLiteral("error"), wrong.json).isEmpty());
    }

    Reply postToken(const QByteArray& form)
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/oauth/token").arg(m_port)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        return send(req, "POST", form);
    }

    Reply withBearer(const QString& token)
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/libraries").arg(m_port)));
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return send(req, "GET");
    }

    void oauthClientCredentials()
    {
        const QByteArray good = "grant_type=client_credentials&client_id=" + KohaRestServer::DefaultClientId.toUtf8() +
                                "&client_secret=" + KohaRestServer::DefaultClientSecret.toUtf8();
        Reply issued = postToken(good);
        QCOMPARE(issued.status, 200);
        const QJsonObject body = issued.json.object();
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(body.keys().size(), 3);
        const QString token = body.value(QStringLiteral("access_token")).toString();
        QCOMPARE(token.size(), 64);
        QCOMPARE(withBearer(token).status, 200);
        QCOMPARE(withBearer(QStringLiteral("not-a-token")).status, 401);
        QCOMPARE(postToken("grant_type=password&client_id=x").status, 400);
        QCOMPARE(postToken("grant_type=client_credentials&client_id=comptoir-formation&client_secret=wrong").status,
                 403);
        // Expired tokens are refused: the client must ask for a new one.
        m_server->setTokenLifetime(1);
        const QString shortLived = postToken(good).json.object().value(QStringLiteral("access_token")).toString();
        QCOMPARE(withBearer(shortLived).status, 200);
        QTest::qWait(1100);
        QCOMPARE(withBearer(shortLived).status, 401);
        m_server->setTokenLifetime(3600);
    }

    void librariesMatchTheContract()
    {
        Reply r = request(QStringLiteral("/api/v1/libraries"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.array().size(), 15); // 13 sites, the locker bank, home delivery
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("15"));
        const QStringList problems = contract(QStringLiteral("library"), r.json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void holdsPageToTheEnd()
    {
        QSet<qint64> seen;
        int pages = 0;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("_per_page"), QStringLiteral("100"));
        for (int page = 1;; ++page) {
            query.removeAllQueryItems(QStringLiteral("_page"));
            query.addQueryItem(QStringLiteral("_page"), QString::number(page));
            Reply r = request(QStringLiteral("/api/v1/holds"), query);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.headers.value("x-total-count"), QByteArray("1200"));
            ++pages;
            for (const QJsonValue& v : r.json.array())
                QVERIFY(!seen.contains(v.toObject().value(QStringLiteral("hold_id")).toInteger()) &&
                        (seen.insert(v.toObject().value(QStringLiteral("hold_id")).toInteger()), true));
            const QByteArray link = r.headers.value("link");
            QVERIFY(link.contains("rel=\"first\"") && link.contains("rel=\"last\""));
            if (!link.contains("rel=\"next\""))
                break;
            QVERIFY(page < 20);
        }
        QCOMPARE(pages, 12);
        QCOMPARE(seen.size(), 1200);
    }

    void holdsWithEmbedsMatchTheContract()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("_per_page"), QStringLiteral("200"));
        Reply r = request(QStringLiteral("/api/v1/holds"), query, "item,biblio,patron");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.array().size(), 200);
        QJsonArray items, patrons;
        int withItem = 0;
        for (const QJsonValue& v : r.json.array()) {
            const QJsonObject hold = v.toObject();
            QVERIFY(hold.value(QStringLiteral("biblio")).isObject());
            QVERIFY(hold.value(QStringLiteral("patron")).isObject());
            patrons.append(hold.value(QStringLiteral("patron")));
            if (hold.value(QStringLiteral("item")).isObject()) {
                ++withItem;
                items.append(hold.value(QStringLiteral("item")));
            }
        }
        QVERIFY(withItem > 20);
        // A page (written as JSON text) holds the same objects as the single-object routes build.
        for (const QJsonValue& v : r.json.array()) {
            QJsonObject hold = v.toObject();
            const QJsonValue item = hold.take(QStringLiteral("item"));
            const QJsonValue biblio = hold.take(QStringLiteral("biblio"));
            const QJsonValue patron = hold.take(QStringLiteral("patron"));
            QCOMPARE(hold, m_server->hold(hold.value(QStringLiteral("hold_id")).toInteger()));
            QCOMPARE(biblio.toObject(), m_server->biblio(hold.value(QStringLiteral("biblio_id")).toInteger()));
            QCOMPARE(patron.toObject(), m_server->patron(hold.value(QStringLiteral("patron_id")).toInteger()));
            if (hold.value(QStringLiteral("item_id")).isNull())
                QVERIFY(item.isNull());
            else
                QCOMPARE(item.toObject(), m_server->item(hold.value(QStringLiteral("item_id")).toInteger()));
        }
        for (const auto& [name, json] :
             {std::pair{QStringLiteral("hold"), r.json}, std::pair{QStringLiteral("item"), QJsonDocument(items)},
              std::pair{QStringLiteral("patron"), QJsonDocument(patrons)}}) {
            const QStringList problems = contract(name, json);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
        // Without the header there is nothing embedded.
        Reply plain = request(QStringLiteral("/api/v1/holds"));
        QVERIFY(!plain.json.array().first().toObject().contains(QStringLiteral("patron")));
        QCOMPARE(plain.json.array().size(), 20); // Koha's default page size
        QCOMPARE(request(QStringLiteral("/api/v1/holds"), {}, "checkouts").status, 400);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QString>("sql");
        QTest::newRow("waiting") << QStringLiteral(R"({"status":"W"})") << QStringLiteral("status = 'W'");
        QTest::newRow("pending is null") << QStringLiteral(R"({"status":null})") << QStringLiteral("status IS NULL");
        QTest::newRow("-in") << QStringLiteral(R"({"status":{"-in":["T","P"]}})")
                             << QStringLiteral("status IN ('T','P')");
        QTest::newRow("pickup and priority >") << QStringLiteral(R"({"pickup_library_id":"CENTRE","priority":{">":1}})")
                                               << QStringLiteral("pickup_library_id = 'CENTRE' AND priority > 1");
        QTest::newRow("like") << QStringLiteral(R"({"pickup_library_id":{"-like":"CA%"}})")
                              << QStringLiteral("pickup_library_id LIKE 'CA%'");
        QTest::newRow("timestamp since") << QStringLiteral(R"({"timestamp":{">":"2026-11-21T06:00:00"}})")
                                         << QStringLiteral("timestamp > '2026-11-21T06:00:00'");
        QTest::newRow("expired") << QStringLiteral(R"({"status":"W","expiration_date":{"<":"2026-11-22"}})")
                                 << QStringLiteral("status = 'W' AND expiration_date < '2026-11-22'");
        QTest::newRow("or of objects") << QStringLiteral(R"([{"status":"T"},{"status":"P"}])")
                                       << QStringLiteral("status IN ('T','P')");
        QTest::newRow("me. prefix") << QStringLiteral(R"({"me.status":"T"})") << QStringLiteral("status = 'T'");
    }

    void filters()
    {
        QFETCH(QString, q);
        QFETCH(QString, sql);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), q);
        query.addQueryItem(QStringLiteral("_per_page"), QStringLiteral("-1"));
        Reply r = request(QStringLiteral("/api/v1/holds"), query);
        QCOMPARE(r.status, 200);
        const int expected = dbCount(QStringLiteral("SELECT count(*) FROM holds WHERE ") + sql);
        QVERIFY(expected > 0);
        QCOMPARE(r.json.array().size(), expected);
        QCOMPARE(r.headers.value("x-total-count").toInt(), expected);
        // As Koha: X-Base-Total-Count counts the collection before any filter (its base_total).
        QCOMPARE(r.headers.value("x-base-total-count").toInt(), dbCount(QStringLiteral("SELECT count(*) FROM holds")));
        QVERIFY(r.headers.value("x-base-total-count").toInt() > expected);
    }

    void badQueriesGetA400()
    {
        for (const QString& q : {QStringLiteral("{not json"), QStringLiteral(R"({"password":"x"})"),
                                 QStringLiteral(R"({"status":{"-drop":"x"}})"),
                                 QStringLiteral(R"({"status":{"-in":"W"}})"), QStringLiteral("42")}) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("q"), q);
            Reply r = request(QStringLiteral("/api/v1/holds"), query);
            QVERIFY2(r.status == 400, qPrintable(q));
            QVERIFY(contract(QStringLiteral("error"), r.json).isEmpty());
        }
        QUrlQuery order;
        order.addQueryItem(QStringLiteral("_order_by"), QStringLiteral("hold_id; DROP TABLE holds"));
        QCOMPARE(request(QStringLiteral("/api/v1/holds"), order).status, 400);
        QUrlQuery page;
        page.addQueryItem(QStringLiteral("_page"), QStringLiteral("0"));
        QCOMPARE(request(QStringLiteral("/api/v1/holds"), page).status, 400);
    }

    void orderBy()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("_order_by"), QStringLiteral("-timestamp"));
        query.addQueryItem(QStringLiteral("_per_page"), QStringLiteral("50"));
        Reply r = request(QStringLiteral("/api/v1/holds"), query);
        QString previous = QStringLiteral("9999");
        for (const QJsonValue& v : r.json.array()) {
            const QString ts = v.toObject().value(QStringLiteral("timestamp")).toString();
            QVERIFY(ts <= previous);
            previous = ts;
        }
    }

    // Koha's paging headers: X-Total-Count counts what the filters kept, X-Base-Total-Count the
    // whole collection before any filter.
    void baseTotalCountIsUnfiltered()
    {
        const int all = dbCount(QStringLiteral("SELECT count(*) FROM holds"));
        const int waiting = dbCount(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'W'"));
        QVERIFY(waiting > 0 && waiting < all);
        Reply r = raw("/api/v1/holds?q=%7B%22status%22%3A%22W%22%7D");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-total-count").toInt(), waiting);
        QCOMPARE(r.headers.value("x-base-total-count").toInt(), all);
        // A plain field parameter is a filter too.
        r = raw("/api/v1/holds?pickup_library_id=CENTRE");
        QCOMPARE(r.headers.value("x-total-count").toInt(),
                 dbCount(QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = 'CENTRE'")));
        QCOMPARE(r.headers.value("x-base-total-count").toInt(), all);
        // No filter: both are the whole collection.
        r = raw("/api/v1/holds");
        QCOMPARE(r.headers.value("x-total-count").toInt(), all);
        QCOMPARE(r.headers.value("x-base-total-count").toInt(), all);
        // The holds queue: the whole pick list, and what one site's filter kept.
        const Reply queue = raw("/api/v1/holds/queue?_per_page=-1");
        const Reply centre = raw("/api/v1/holds/queue?_per_page=-1&holding_library_id=CENTRE");
        QCOMPARE(queue.status, 200);
        QCOMPARE(queue.headers.value("x-base-total-count").toInt(), queue.json.array().size());
        QCOMPARE(centre.headers.value("x-total-count").toInt(), centre.json.array().size());
        QCOMPARE(centre.headers.value("x-base-total-count").toInt(), queue.json.array().size());
        QVERIFY(centre.json.array().size() < queue.json.array().size());
    }

    // Several q (in the query string, the x-koha-query header, the body) must all hold, as Koha
    // combines them with -and.
    void severalQueriesAllHold()
    {
        const int both =
            dbCount(QStringLiteral("SELECT count(*) FROM holds WHERE status IS NULL AND pickup_library_id = 'CENTRE'"));
        const int pending = dbCount(QStringLiteral("SELECT count(*) FROM holds WHERE status IS NULL"));
        QVERIFY(both > 0 && both < pending);
        Reply r = raw("/api/v1/holds?_per_page=-1&q=%7B%22status%22%3Anull%7D"
                      "&q=%7B%22pickup_library_id%22%3A%22CENTRE%22%7D");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-total-count").toInt(), both);
        QCOMPARE(r.json.array().size(), both);
        r = raw("/api/v1/holds?_per_page=-1&q=%7B%22status%22%3Anull%7D",
                {{"x-koha-query", R"({"pickup_library_id":"CENTRE"})"}});
        QCOMPARE(r.headers.value("x-total-count").toInt(), both);
        r = raw("/api/v1/holds?_per_page=-1&q=%7B%22status%22%3Anull%7D", {}, "GET",
                R"({"pickup_library_id":"CENTRE"})");
        QCOMPARE(r.headers.value("x-total-count").toInt(), both);
        // One q that matches nothing empties the result.
        r = raw("/api/v1/holds?q=%7B%22status%22%3Anull%7D&q=%7B%22status%22%3A%22W%22%7D");
        QCOMPARE(r.headers.value("x-total-count").toInt(), 0);
    }

    // "+field" sorts ascending, written as is or URL-encoded (%2B), as the client's URL encoder does.
    void orderByAscendingEncodedPlus()
    {
        for (const QByteArray& target : {QByteArray("/api/v1/holds?_per_page=200&_order_by=%2Bpriority"),
                                         QByteArray("/api/v1/holds?_per_page=200&_order_by=+priority"),
                                         QByteArray("/api/v1/holds?_per_page=200&_order_by=%2Bme.priority")}) {
            const Reply r = raw(target);
            QVERIFY2(r.status == 200, target.constData());
            QCOMPARE(r.json.array().size(), 200);
            qint64 previous = -1;
            for (const QJsonValue& v : r.json.array()) {
                const qint64 priority = v.toObject().value(QStringLiteral("priority")).toInteger();
                QVERIFY(priority >= previous);
                previous = priority;
            }
        }
        // Repeated: by pickup library descending, then by id.
        const Reply r = raw("/api/v1/holds?_per_page=100&_order_by=-pickup_library_id&_order_by=%2Bhold_id");
        QCOMPARE(r.status, 200);
        QString library = QStringLiteral("\uffff");
        for (const QJsonValue& v : r.json.array()) {
            QVERIFY(v.toObject().value(QStringLiteral("pickup_library_id")).toString() <= library);
            library = v.toObject().value(QStringLiteral("pickup_library_id")).toString();
        }
    }

    // Unknown routes, unknown ids and ids that are not ids: 404 with Koha's error object.
    void unknownRoutesAndIdsAre404WithAnError()
    {
        for (const QByteArray& target : {QByteArray("/api/v1/nothing"), QByteArray("/nothing"),
                                         QByteArray("/api/v1/holds/abc"), QByteArray("/api/v1/holds/99999999"),
                                         QByteArray("/api/v1/libraries/NOPE"), QByteArray("/api/v1/holds/1/extra"),
                                         QByteArray("/api/v1/patrons/99999999"), QByteArray("/api/v1/items/x1")}) {
            const Reply r = raw(target);
            QVERIFY2(r.status == 404, target.constData());
            QVERIFY2(r.json.object().value(QStringLiteral("error")).isString(), r.body.constData());
            QVERIFY(contract(QStringLiteral("error"), r.json).isEmpty());
        }
        const Reply gone = raw("/api/v1/holds/99999999", {}, "DELETE");
        QCOMPARE(gone.status, 404);
        QVERIFY(gone.json.object().value(QStringLiteral("error")).isString());
    }

    // A request larger than a web server in front of Koha accepts: 414 for the URL, 431 for a
    // header, before authentication (never 200, never 401).
    void oversizeRequestsAreRefused()
    {
        const QByteArray longTarget =
            "/api/v1/holds?_per_page=1&q=%7B%22notes%22%3A%22" + QByteArray(9000, 'a') + "%22%7D";
        for (bool auth : {true, false}) {
            Reply r = raw(longTarget, {}, "GET", {}, auth);
            QCOMPARE(r.status, 414);
            QVERIFY(r.json.object().value(QStringLiteral("error")).isString());
            r = raw("/api/v1/nothing/" + QByteArray(9000, 'b'), {}, "GET", {}, auth);
            QCOMPARE(r.status, 414);
            r = raw("/api/v1/holds?_per_page=1", {{"X-Padding", QByteArray(16000, 'c')}}, "GET", {}, auth);
            QCOMPARE(r.status, 431);
            QVERIFY(r.json.object().value(QStringLiteral("error")).isString());
            r = raw("/api/v1/holds/1", {{"x-koha-embed", QByteArray(9000, 'd')}}, "GET", {}, auth);
            QCOMPARE(r.status, 431);
        }
        // Within the limits: served.
        const Reply fits = raw("/api/v1/holds?_per_page=1&x-padding=" + QByteArray(6000, 'e'), {}, "GET");
        QCOMPARE(fits.status, 400); // an unknown parameter, read and refused for what it says
        QCOMPARE(raw("/api/v1/holds?_per_page=1", {{"X-Padding", QByteArray(6000, 'f')}}).status, 200);
    }

    // q with thousands of terms: served, or refused with 400; never a 500.
    void hugeQueriesWorkOrGetA400()
    {
        QJsonArray ids, alternatives;
        for (int i = 1; i <= 5000; ++i) {
            ids.append(i);
            alternatives.append(QJsonObject{{QStringLiteral("hold_id"), i}});
        }
        const int matching = dbCount(QStringLiteral("SELECT count(*) FROM holds WHERE hold_id <= 5000"));
        const auto body = [](const QJsonValue& v) {
            return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        };
        // A list of values ("any of", -in): works, however long.
        Reply r = raw("/api/v1/holds?_per_page=1", {}, "GET", body(QJsonObject{{QStringLiteral("hold_id"), ids}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-total-count").toInt(), matching);
        r = raw("/api/v1/holds?_per_page=1", {}, "GET",
                body(QJsonObject{{QStringLiteral("hold_id"), QJsonObject{{QStringLiteral("-in"), ids}}}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-total-count").toInt(), matching);
        // Thousands of alternatives, of comparisons, of q parameters, or nesting: a 400.
        QJsonArray comparisons;
        for (int i = 1; i <= 3000; ++i)
            comparisons.append(QJsonObject{{QStringLiteral(">"), i}});
        QByteArray manyQs = "/api/v1/holds?_per_page=1";
        for (int i = 0; i < 600; ++i)
            manyQs += "&q=%7B%7D";
        const QList<Reply> refused = {
            raw("/api/v1/holds?_per_page=1", {}, "GET", body(alternatives)),
            raw("/api/v1/holds?_per_page=1", {}, "GET", body(QJsonObject{{QStringLiteral("hold_id"), comparisons}})),
            raw(manyQs),
            raw("/api/v1/holds?_per_page=1", {}, "GET",
                QByteArray(3000, '[') + "{\"hold_id\":1}" + QByteArray(3000, ']')),
        };
        for (const Reply& no : refused) {
            QVERIFY2(no.status == 400, no.body.left(200).constData());
            QCOMPARE(no.json.object().value(QStringLiteral("error_code")).toString(), QStringLiteral("invalid_query"));
        }
        // Still serving.
        QCOMPARE(raw("/api/v1/holds?_per_page=1").status, 200);
    }

    void itemByBarcodeAndSingleObjects()
    {
        const QString barcode = NetworkGenerator::barcode(3, 1042, 42);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("external_id"), barcode);
        Reply r = request(QStringLiteral("/api/v1/items"), query);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.array().size(), 1);
        QCOMPARE(r.json.array().first().toObject().value(QStringLiteral("item_id")).toInteger(), 42);
        Reply item = request(QStringLiteral("/api/v1/items/42"));
        QCOMPARE(item.status, 200);
        QCOMPARE(item.json.object().value(QStringLiteral("external_id")).toString(), barcode);
        QVERIFY(contract(QStringLiteral("item"), item.json).isEmpty());
        QCOMPARE(request(QStringLiteral("/api/v1/biblios/1")).status, 200);
        QVERIFY(request(QStringLiteral("/api/v1/biblios/1")).json.object().value(QStringLiteral("title")).isString());
        QCOMPARE(request(QStringLiteral("/api/v1/patrons/1")).status, 200);
        QCOMPARE(
            request(QStringLiteral("/api/v1/libraries/CENTRE")).json.object().value(QStringLiteral("name")).toString(),
            QStringLiteral("Médiathèque centrale"));
        Reply missing = request(QStringLiteral("/api/v1/items/99999999"));
        QCOMPARE(missing.status, 404);
        QVERIFY(contract(QStringLiteral("error"), missing.json).isEmpty());
    }

    // Koha's patron object with its primary address (street_number, address, address2, city,
    // postal_code, country, phone, mobile, email), and records as MARC-in-JSON with their physical
    // description (UNIMARC 215), which home delivery reads.
    void patronsWithAddressesAndMarcRecords()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("_per_page"), QStringLiteral("300"));
        Reply r = request(QStringLiteral("/api/v1/patrons"), query);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.array().size(), 300);
        const QStringList problems = contract(QStringLiteral("patron"), r.json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        int withPhone = 0, inTown = 0;
        for (const QJsonValue& v : r.json.array()) {
            const QJsonObject p = v.toObject();
            QVERIFY(!p.value(QStringLiteral("address")).toString().isEmpty());
            QVERIFY(!p.value(QStringLiteral("street_number")).toString().isEmpty());
            QVERIFY(p.value(QStringLiteral("postal_code")).toString().size() == 5);
            withPhone += p.value(QStringLiteral("phone")).isString() ? 1 : 0;
            inTown += p.value(QStringLiteral("city")).toString() == QStringLiteral("Villeurbanne-sur-Lys") ? 1 : 0;
        }
        QVERIFY(withPhone > 150);
        QVERIFY(inTown > 10);
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/biblios/1").arg(m_port)));
        req.setRawHeader("Authorization",
                         "Basic " + (KohaRestServer::DefaultLogin + QLatin1Char(':') + KohaRestServer::DefaultPassword)
                                        .toUtf8()
                                        .toBase64());
        req.setRawHeader("Accept", "application/marc-in-json");
        Reply marc = send(req, "GET");
        QCOMPARE(marc.status, 200);
        QVERIFY(marc.json.object().value(QStringLiteral("leader")).toString().size() == 24);
        QString extent;
        for (const QJsonValue& f : marc.json.object().value(QStringLiteral("fields")).toArray())
            if (f.toObject().contains(QStringLiteral("215")))
                extent = f.toObject()
                             .value(QStringLiteral("215"))
                             .toObject()
                             .value(QStringLiteral("subfields"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("a"))
                             .toString();
        QVERIFY2(!extent.isEmpty(), marc.body.constData());
    }

    void holdsQueue()
    {
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("_per_page"), QStringLiteral("-1"));
        Reply r = request(QStringLiteral("/api/v1/holds/queue"), all);
        QCOMPARE(r.status, 200);
        const QJsonArray queue = r.json.array();
        QVERIFY(queue.size() > 100);
        QCOMPARE(r.headers.value("x-total-count").toInt(), queue.size());
        QVERIFY(queue.size() <= dbCount(QStringLiteral("SELECT count(*) FROM holds WHERE status IS NULL")));
        const QStringList problems = contract(QStringLiteral("holds_queue_item"), r.json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        QSet<qint64> items;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("queue"));
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            for (const QJsonValue& v : queue) {
                const QJsonObject e = v.toObject();
                const qint64 item = e.value(QStringLiteral("item_id")).toInteger();
                QVERIFY2(!items.contains(item), "a copy is assigned to one request only");
                items.insert(item);
                // The copy belongs to the requested title, sits where the entry says, and fills no other request.
                q.prepare(QStringLiteral("SELECT biblio_id, holding_library_id, external_id, (SELECT count(*) FROM "
                                         "holds WHERE item_id = items.item_id AND status IS NOT NULL) FROM items "
                                         "WHERE item_id = ?"));
                q.addBindValue(item);
                QVERIFY(q.exec() && q.next());
                QCOMPARE(q.value(0).toLongLong(), e.value(QStringLiteral("biblio_id")).toInteger());
                QCOMPARE(q.value(1).toString(), e.value(QStringLiteral("holding_library_id")).toString());
                QCOMPARE(q.value(2).toString(), e.value(QStringLiteral("barcode")).toString());
                QCOMPARE(q.value(3).toInt(), 0);
                q.finish();
            }
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("queue"));

        // The pick list of one site, with embeds.
        QUrlQuery site;
        site.addQueryItem(QStringLiteral("holding_library_id"), QStringLiteral("CENTRE"));
        site.addQueryItem(QStringLiteral("_per_page"), QStringLiteral("-1"));
        Reply centre = request(QStringLiteral("/api/v1/holds/queue"), site, "item,biblio");
        QCOMPARE(centre.status, 200);
        QVERIFY(!centre.json.array().isEmpty());
        for (const QJsonValue& v : centre.json.array()) {
            QCOMPARE(v.toObject().value(QStringLiteral("holding_library_id")).toString(), QStringLiteral("CENTRE"));
            QVERIFY(v.toObject().value(QStringLiteral("item")).isObject());
        }
        QUrlQuery bad;
        bad.addQueryItem(QStringLiteral("branch"), QStringLiteral("CENTRE"));
        QCOMPARE(request(QStringLiteral("/api/v1/holds/queue"), bad).status, 400);
        QCOMPARE(request(QStringLiteral("/api/v1/holds/queue"), {}, {}, "GET", false).status, 401);
    }

    void queueFollowsCancellations()
    {
        // Cancel every pending request of one patron who is in the queue: the patron leaves it.
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("_per_page"), QStringLiteral("-1"));
        const QJsonArray before = request(QStringLiteral("/api/v1/holds/queue"), all).json.array();
        const qint64 patron = before.first().toObject().value(QStringLiteral("patron_id")).toInteger();
        QUrlQuery pending;
        pending.addQueryItem(QStringLiteral("q"), QStringLiteral(R"({"status":null,"patron_id":%1})").arg(patron));
        pending.addQueryItem(QStringLiteral("_per_page"), QStringLiteral("-1"));
        for (const QJsonValue& v : request(QStringLiteral("/api/v1/holds"), pending).json.array())
            QCOMPARE(
                request(
                    QStringLiteral("/api/v1/holds/%1").arg(v.toObject().value(QStringLiteral("hold_id")).toInteger()),
                    {}, {}, "DELETE")
                    .status,
                204);
        QUrlQuery byPatron;
        byPatron.addQueryItem(QStringLiteral("patron_id"), QString::number(patron));
        QCOMPARE(request(QStringLiteral("/api/v1/holds/queue"), byPatron).json.array().size(), 0);
    }

    void queueFollowsOtherConnections()
    {
        // The SIP2 server, the live mode or another process change the file: the pick list follows.
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("_per_page"), QStringLiteral("-1"));
        const QJsonArray before = request(QStringLiteral("/api/v1/holds/queue"), all).json.array();
        QVERIFY(!before.isEmpty());
        const qint64 item = before.last().toObject().value(QStringLiteral("item_id")).toInteger();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(m_file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE items SET withdrawn = 1 WHERE item_id = %1").arg(item)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QJsonArray after = request(QStringLiteral("/api/v1/holds/queue"), all).json.array();
        for (const QJsonValue& v : after)
            QVERIFY(v.toObject().value(QStringLiteral("item_id")).toInteger() != item);
    }

    Reply admin(const QByteArray& verb, const QByteArray& body = {})
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/faults").arg(m_port)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader(sandbox::KohaRestServer::TokenHeader, Token);
        return send(req, verb, body);
    }

    // The controls, as a web page open on the same computer would try them.
    void controlsNeedTokenMethodAndJson()
    {
        QNetworkRequest plain(QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/faults").arg(m_port)));
        QCOMPARE(send(plain, "GET", {}).status, 405);
        plain.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        plain.setRawHeader(sandbox::KohaRestServer::TokenHeader, Token);
        QCOMPARE(send(plain, "POST", R"({"rest-500": 1})").status, 415); // a cross-origin form post
        QNetworkRequest noToken(QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/faults").arg(m_port)));
        noToken.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QCOMPARE(send(noToken, "POST", R"({"rest-500": 1})").status, 403);
        noToken.setRawHeader(sandbox::KohaRestServer::TokenHeader, QByteArray(Token.size(), '0'));
        QCOMPARE(send(noToken, "POST", R"({"rest-500": 1})").status, 403);
        QCOMPARE(m_faults.restErrors, 0); // none of them switched a fault on
        QCOMPARE(admin("POST", "{}").status, 200);
    }

    void faultsOnDemand()
    {
        // Through the admin endpoint, as a test in another process would.
        Reply set = admin("POST", R"({"rest-500": 1})");
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json.object().value(QStringLiteral("rest-500")).toInt(), 1);
        Reply failed = request(QStringLiteral("/api/v1/libraries"));
        QCOMPARE(failed.status, 500);
        QCOMPARE(failed.json.object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("internal_server_error"));
        QVERIFY(contract(QStringLiteral("error"), failed.json).isEmpty());
        QCOMPARE(request(QStringLiteral("/api/v1/libraries")).status, 200); // only the next one
        QCOMPARE(admin("POST", R"({"no-such-fault": 1})").status, 400);

        QVERIFY(m_faults.apply(QStringLiteral("rest-malformed=1")).ok());
        Reply garbled = request(QStringLiteral("/api/v1/holds"));
        QCOMPARE(garbled.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(garbled.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);

        QVERIFY(m_faults.apply(QStringLiteral("rest-delay=400")).ok());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(request(QStringLiteral("/api/v1/libraries/CENTRE")).status, 200);
        QVERIFY(timer.elapsed() >= 350);
        m_faults.restDelayMs = 0;

        QVERIFY(m_faults.apply(QStringLiteral("rest-hang")).ok());
        QNetworkRequest hung(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/libraries").arg(m_port)));
        hung.setTransferTimeout(800);
        Reply timedOut = send(hung, "GET");
        QCOMPARE(timedOut.status, 0); // no answer: the client's timeout ends it
        // Clearing the faults (the admin endpoint is never faulty) releases the hung requests.
        QCOMPARE(admin("DELETE").status, 200);
        QVERIFY(!m_faults.any());
        QCOMPARE(request(QStringLiteral("/api/v1/libraries")).status, 200);
    }

    void deleteHold()
    {
        Reply before = request(QStringLiteral("/api/v1/holds/7"));
        QCOMPARE(before.status, 200);
        QCOMPARE(request(QStringLiteral("/api/v1/holds/7"), {}, {}, "DELETE").status, 204);
        QCOMPARE(request(QStringLiteral("/api/v1/holds/7")).status, 404);
        QCOMPARE(request(QStringLiteral("/api/v1/holds/7"), {}, {}, "DELETE").status, 404);
        QCOMPARE(request(QStringLiteral("/api/v1/holds/8"), {}, {}, "DELETE", false).status, 401);
    }

    // Listings are written from SQLite's own statements (issue 19): the generated network's every
    // listing, with every embed, paged and not, gives the bytes the QtSql way gave.
    void nativeListingsMatchQtSql()
    {
        const QByteArray all = "item,biblio,patron,pickup_library";
        const QString holds = QStringLiteral("/api/v1/holds");
        QList<Listing> listings = {
            {holds, queryOf({{QStringLiteral("_per_page"), QStringLiteral("-1")}}), all},
            {holds, queryOf({{QStringLiteral("_per_page"), QStringLiteral("-1")}}), {}},
            {holds,
             queryOf({{QStringLiteral("_per_page"), QStringLiteral("-1")},
                      {QStringLiteral("old"), QStringLiteral("true")}}),
             all},
            {holds,
             queryOf({{QStringLiteral("_per_page"), QStringLiteral("100")},
                      {QStringLiteral("_order_by"), QStringLiteral("-timestamp")}}),
             all},
            {holds,
             queryOf({{QStringLiteral("q"), QStringLiteral("{\"timestamp\":{\">\":\"2026-11-20T07:00:00+01:00\"}}")},
                      {QStringLiteral("_per_page"), QStringLiteral("-1")}}),
             "biblio"},
            {holds,
             queryOf({{QStringLiteral("pickup_library_id"), QStringLiteral("CENTRE")},
                      {QStringLiteral("_per_page"), QStringLiteral("-1")}}),
             "patron,item"},
            {QStringLiteral("/api/v1/items"), queryOf({{QStringLiteral("_per_page"), QStringLiteral("-1")}}), "biblio"},
            {QStringLiteral("/api/v1/items"), queryOf({{QStringLiteral("_per_page"), QStringLiteral("-1")}}), {}},
            {QStringLiteral("/api/v1/patrons"), queryOf({{QStringLiteral("_per_page"), QStringLiteral("-1")}}), {}},
            {QStringLiteral("/api/v1/libraries"), {}, {}},
        };
        // Page after page, as a client syncs (the pages after the first resume after the last key).
        for (int page = 1; page <= 13; ++page)
            listings.append({holds,
                             queryOf({{QStringLiteral("_per_page"), QStringLiteral("100")},
                                      {QStringLiteral("_page"), QString::number(page)}}),
                             all});
        const QString difference = listingPathsDiffer(*m_server, m_port, listings);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // Text that needs escaping or is not plain UTF-8, empty strings, nulls, date-times with and
    // without offsets, and values of unexpected types (SQLite keeps what it is given): through
    // SQLite's statements, the same bytes as through QtSql, and the JSON expected.
    void nativeListingsWriteAwkwardValues()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("awkward.sqlite"));
        GeneratorOptions o;
        o.seed = 5;
        o.sites = 2;
        o.items = 300;
        o.patrons = 100;
        o.holds = 60;
        o.today = QDate(2026, 11, 22);
        QVERIFY(NetworkGenerator::generate(file, o).ok());
        const QString tricky = QStringLiteral("a \"quoted\" \\ note\n\t\r\b\f") + QChar(0x01) + QChar(0x1f) +
                               QChar(0x7f) + QStringLiteral(" / ") + QString::fromUtf8("é ß 中文 — 😀");
        const QString library = QString::fromUtf8("Zé\"\\");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("awkward"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            const auto exec = [&q](const QString& sql, const QVariantList& values = {}) {
                q.prepare(sql);
                for (const QVariant& v : values)
                    q.addBindValue(v);
                return q.exec();
            };
            // Libraries: an id to escape, an id that is not UTF-8, empty and null text.
            QVERIFY(exec(QStringLiteral("INSERT INTO libraries (library_id, name, city, postal_code, pickup_location) "
                                        "VALUES (?, ?, NULL, '', 1)"),
                         {library, tricky}));
            QVERIFY(exec(QStringLiteral("INSERT INTO libraries (library_id, name, city, postal_code, pickup_location) "
                                        "VALUES (CAST(X'5A42C3' AS TEXT), CAST(X'4F6B41C328FF' AS TEXT), '😀', "
                                        "CAST(X'EFBFBF' AS TEXT), 4294967296)")));
            // Biblios: escapes, not UTF-8 (malformed, truncated, overlong, surrogate, past U+10FFFF,
            // U+FFFF), NUL inside, a real where an integer is expected.
            QVERIFY(exec(QStringLiteral("INSERT INTO biblios VALUES (900001, ?, '', NULL)"), {tricky}));
            QVERIFY(exec(QStringLiteral("INSERT INTO biblios VALUES (900002, CAST(X'41C328FF20E282' AS TEXT), "
                                        "CAST(X'610062' AS TEXT), 2.5)")));
            QVERIFY(exec(QStringLiteral("INSERT INTO biblios VALUES (900003, CAST(X'C0AF20EDA08020F4908080' AS TEXT), "
                                        "CAST(X'EFBFBEEFBFBF' AS TEXT), -7)")));
            // Items: date-times with and without offsets, empty; a blob, numbers out of an int's
            // range, text and a real where integers are expected.
            const QString item = QStringLiteral(
                "INSERT INTO items (item_id, biblio_id, external_id, callnumber, location, home_library_id, "
                "holding_library_id, item_type_id, not_for_loan_status, withdrawn, lost_status, checked_out_date, "
                "timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, 'BK', ?, ?, 0, ?, ?)");
            QVERIFY(exec(item, {900001, 900001, QStringLiteral("X\"1"), tricky, QString::fromUtf8("ℓoc"), library,
                                library, 0, 0, QVariant(), QStringLiteral("2026-11-22T06:00:00-05:00")}));
            QVERIFY(exec(item, {900002, 900002, QStringLiteral("X2"), QByteArray("\x00\xff", 2), QStringLiteral(""),
                                library, library, qint64(1) << 40, QStringLiteral("x"), QStringLiteral(""),
                                QStringLiteral("2026-11-22T06:00:00Z")}));
            QVERIFY(exec(item, {900003, 900003, QStringLiteral("X3"), QStringLiteral(""), QStringLiteral(""), library,
                                library, 2.5, -1, QStringLiteral("2026-11-21"),
                                QStringLiteral("2026-11-22T06:00:00+02:00")}));
            QVERIFY(exec(item, {900004, 900001, QStringLiteral("X4"), QStringLiteral("R"), QStringLiteral("L"), library,
                                library, 1, 1, QVariant(), QStringLiteral("2026-11-22T06:00:00")}));
            QVERIFY(exec(item, {900005, 900001, QStringLiteral("X5"), QStringLiteral("R"), QStringLiteral("L"), library,
                                library, 0, 0, QVariant(), QStringLiteral("")}));
            QVERIFY(exec(QStringLiteral("UPDATE items SET timestamp = CAST(X'323032362D31312D32325A80' AS TEXT) "
                                        "WHERE item_id = 900004")));
            // Patrons: with and without an address, a flag out of an int's range.
            const QString patron = QStringLiteral(
                "INSERT INTO patrons (patron_id, cardnumber, surname, firstname, library_id, category_id, expiry_date, "
                "restricted) VALUES (?, ?, ?, ?, ?, 'PT', ?, ?)");
            QVERIFY(exec(patron, {900001, QStringLiteral("C\"1"), tricky, QStringLiteral(""), library, QVariant(),
                                  qint64(1) << 32}));
            QVERIFY(exec(patron, {900002, QStringLiteral("C2"), QStringLiteral("O'Brien"), QString::fromUtf8("Zoë"),
                                  library, QStringLiteral("2027-01-01"), 1}));
            QVERIFY(exec(QStringLiteral("INSERT INTO patron_addresses (patron_id, street_number, city, email) "
                                        "VALUES (900001, 12, ?, '')"),
                         {tricky}));
            // Requests: each kind of value in each kind of field, ids of rows that do not exist.
            const QString hold = QStringLiteral(
                "INSERT INTO holds (hold_id, patron_id, biblio_id, item_id, pickup_library_id, hold_date, priority, "
                "status, waiting_date, expiration_date, timestamp, item_level, hold_group_id, notes, "
                "cancellation_date, cancellation_reason) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, "
                "NULL, ?)");
            QVERIFY(exec(hold,
                         {900001, 900001, 900001, 900001, library, QStringLiteral("2026-11-20"), 1, QStringLiteral(""),
                          QStringLiteral("2026-11-22T06:00:00-05:00"), 1, QVariant(), tricky, QStringLiteral("")}));
            QVERIFY(exec(hold, {900002, 900002, 900002, QVariant(), QStringLiteral("ZB"), QStringLiteral(""), 2.5,
                                QVariant(), QStringLiteral("2026-11-22T06:00:00Z"), qint64(1) << 32,
                                QStringLiteral("abc"), QByteArray("\x00\xff", 2), QVariant()}));
            QVERIFY(exec(hold, {900003, 999999, 900003, 999999, QStringLiteral("NOPE"), QStringLiteral("2026-11-21"),
                                -3, QVariant(), QStringLiteral("2026-11-22T06:00:00+02:00"), 0,
                                qint64(9007199254740993), QVariant(), QVariant()}));
            QVERIFY(exec(hold, {900004, QStringLiteral("12"), QStringLiteral("x"), 3.5, QStringLiteral("N"),
                                QStringLiteral("2026-11-21"), 1, QVariant(), QStringLiteral("2026-11-22T06:00:00"),
                                QStringLiteral("y"), QVariant(), QVariant(), QVariant()}));
            QVERIFY(exec(QStringLiteral("UPDATE holds SET pickup_library_id = CAST(X'5A42C3' AS TEXT), "
                                        "notes = CAST(X'610062' AS TEXT), cancellation_reason = CAST(X'EFBFBF' AS "
                                        "TEXT) WHERE hold_id = 900003")));
            QVERIFY(exec(QStringLiteral("INSERT INTO old_holds SELECT * FROM holds WHERE hold_id >= 900001")));
            QVERIFY(
                exec(QStringLiteral("UPDATE old_holds SET cancellation_date = '2026-11-22', timestamp = NULL "
                                    "WHERE hold_id = 900002")) ||
                exec(QStringLiteral("UPDATE old_holds SET cancellation_date = '2026-11-22' WHERE hold_id = 900002")));
            q = QSqlQuery();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("awkward"));
        }
        KohaRestServer server(file);
        auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());

        const QByteArray all = "item,biblio,patron,pickup_library";
        const QString holds = QStringLiteral("/api/v1/holds");
        const QUrlQuery everything = queryOf({{QStringLiteral("_per_page"), QStringLiteral("-1")}});
        QList<Listing> listings = {
            {holds, everything, all},
            {holds,
             queryOf(
                 {{QStringLiteral("_per_page"), QStringLiteral("-1")}, {QStringLiteral("old"), QStringLiteral("1")}}),
             all},
            {holds,
             queryOf({{QStringLiteral("_per_page"), QStringLiteral("-1")},
                      {QStringLiteral("_order_by"), QStringLiteral("-timestamp")}}),
             all},
            {holds,
             queryOf({{QStringLiteral("q"), QStringLiteral("{\"timestamp\":{\">\":\"2026-11-22T05:00:00+01:00\"}}")},
                      {QStringLiteral("_per_page"), QStringLiteral("-1")}}),
             all},
            {holds,
             queryOf(
                 {{QStringLiteral("pickup_library_id"), library}, {QStringLiteral("_per_page"), QStringLiteral("-1")}}),
             all},
            {QStringLiteral("/api/v1/items"), everything, "biblio"},
            {QStringLiteral("/api/v1/patrons"), everything, {}},
            {QStringLiteral("/api/v1/libraries"), everything, {}},
        };
        // Page after page to past the end.
        const qsizetype total = QJsonDocument::fromJson(listing(port.value(), holds, everything, {})).array().size();
        QVERIFY(total > 64);
        for (int page = 1; page <= total / 3 + 2; ++page)
            listings.append({holds,
                             queryOf({{QStringLiteral("_per_page"), QStringLiteral("3")},
                                      {QStringLiteral("_page"), QString::number(page)}}),
                             all});
        const QString difference = listingPathsDiffer(server, port.value(), listings);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        // And the JSON itself, written out here by hand.
        const QByteArray trickyJson = "\"a \\\"quoted\\\" \\\\ note\\n\\t\\r\\b\\f\\u0001\\u001f\x7f / "
                                      "\xc3\xa9 \xc3\x9f \xe4\xb8\xad\xe6\x96\x87 \xe2\x80\x94 \xf0\x9f\x98\x80\"";
        const QByteArray libraryJson = "\"Z\xc3\xa9\\\"\\\\\"";
        const auto holdJson = [&](qint64 id) {
            return listing(port.value(), holds,
                           queryOf({{QStringLiteral("q"), QStringLiteral("{\"hold_id\":%1}").arg(id)}}), all);
        };
        const QByteArray first = holdJson(900001);
        for (const QByteArray& expected : QByteArrayList{
                 "[{\"hold_id\":900001,\"patron_id\":900001,\"biblio_id\":900001,\"item_id\":900001,"
                 "\"pickup_library_id\":" +
                     libraryJson +
                     ",\"hold_date\":\"2026-11-20\",\"priority\":1,"
                     "\"status\":null,\"waiting_date\":null,\"expiration_date\":\"\","
                     "\"timestamp\":\"2026-11-22T06:00:00-05:00+00:00\",\"item_level\":true,\"hold_group_id\":null,"
                     "\"notes\":" +
                     trickyJson +
                     ",\"desk_id\":null,\"cancellation_date\":null,"
                     "\"cancellation_reason\":\"\",\"item_group_id\":null,\"item_type_id\":null,"
                     "\"lowest_priority\":false,\"non_priority\":false,\"suspended\":false,\"suspended_until\":null,"
                     "\"item\":{",
                 QByteArray("\"biblio\":{\"biblio_id\":900001,\"title\":" + trickyJson +
                            ",\"author\":\"\",\"copyright_date\":null}"),
                 QByteArray("\"pickup_library\":{\"library_id\":" + libraryJson + ",\"name\":" + trickyJson +
                            ",\"city\":null,\"postal_code\":\"\",\"country\":\"France\",\"pickup_location\":true,"
                            "\"public\":true}}]"),
                 QByteArray("\"callnumber\":" + trickyJson + ",\"location\":\"\xe2\x84\x93oc\","),
                 QByteArray("\"timestamp\":\"2026-11-22T06:00:00-05:00+00:00\"},\"biblio\""),
                 QByteArray("\"surname\":" + trickyJson + ",\"firstname\":\"\","),
                 QByteArray("\"street_number\":\"12\",\"street_type\":null,\"address\":null,\"address2\":null,"
                            "\"city\":" +
                            trickyJson +
                            ",\"state\":null,\"postal_code\":null,\"country\":null,"
                            "\"email\":\"\",\"phone\":null,\"mobile\":null}"),
             })
            QVERIFY2(first.contains(expected), qPrintable(QString::fromUtf8(expected)));
        const QByteArray second = holdJson(900002);
        QVERIFY2(second.contains("\"item_id\":null,\"pickup_library_id\":\"ZB\",\"hold_date\":\"\","),
                 second.constData());
        QVERIFY(second.contains("\"timestamp\":\"2026-11-22T06:00:00Z\",\"item_level\":"));
        QVERIFY(second.contains("\"item\":null,\"biblio\":{\"biblio_id\":900002,"));
        QVERIFY(second.contains(",\"author\":\"a\\u0000b\",\"copyright_date\":")); // NUL inside
        QVERIFY(second.contains("\"pickup_library\":{}}]"));                       // no library ZB
        const QByteArray third = holdJson(900003);
        QVERIFY2(third.contains("\"notes\":\"a\\u0000b\""), third.constData());
        QVERIFY(third.contains("\"timestamp\":\"2026-11-22T06:00:00+02:00\""));
        QVERIFY(third.contains("\"hold_group_id\":9007199254740993,"));
        QVERIFY(third.contains("\"cancellation_reason\":\"\xef\xbf\xbd\""));      // U+FFFF as SQLite reads it
        QVERIFY(third.contains("\"item\":{},\"biblio\":{\"biblio_id\":900003,")); // no item 999999
        QVERIFY(third.contains("\"patron\":{},\"pickup_library\":{}}]"));

        // The holds queue, written straight when nothing is embedded and through Qt's JSON writer
        // when something is: byte for byte what Qt's writer makes of the same lines.
        const QString queuePath = QStringLiteral("/api/v1/holds/queue");
        const QUrlQuery wholeQueue = queryOf({{QStringLiteral("_per_page"), QStringLiteral("-1")}});
        const QByteArray queue = listing(port.value(), queuePath, wholeQueue, {});
        QVERIFY2(queue.contains(QByteArray("\"notes\":" + trickyJson)), queue.left(300).constData());
        QVERIFY(
            queue.contains(QByteArray("{\"barcode\":\"X\\\"1\",\"biblio_id\":900001,\"callnumber\":" + trickyJson)));
        QCOMPARE(queue, QJsonDocument::fromJson(queue).toJson(QJsonDocument::Compact));
        const QByteArray withItems = listing(port.value(), queuePath, wholeQueue, "item");
        QCOMPARE(withItems.count("\"item\":{"), QJsonDocument::fromJson(queue).array().size());
        QJsonArray stripped = QJsonDocument::fromJson(withItems).array();
        for (QJsonValueRef line : stripped) {
            QJsonObject object = line.toObject();
            object.remove(QStringLiteral("item"));
            line = object;
        }
        QCOMPARE(QJsonDocument(stripped).toJson(QJsonDocument::Compact), queue);
    }

    // The SQL translation on its own, including what must be refused.
    void translation()
    {
        const QHash<QString, QString> columns = {{QStringLiteral("status"), QStringLiteral("status")},
                                                 {QStringLiteral("priority"), QStringLiteral("priority")}};
        auto t = translateKohaQuery(R"({"status":{"!=":null},"priority":[1,2]})", columns);
        QVERIFY(t.ok());
        // Keys come in sorted order (QJsonObject); a list of values is one IN list, so a long list
        // does not nest "OR" beyond what SQLite parses.
        QCOMPARE(t.value().where, QStringLiteral("((priority IN (?,?)) AND status IS NOT NULL)"));
        QCOMPARE(t.value().bindings, (QVariantList{qint64(1), qint64(2)}));
        // Null and operators in the list stay comparisons of their own.
        t = translateKohaQuery(R"({"priority":[{">":5},null,1]})", columns);
        QVERIFY(t.ok());
        QCOMPARE(t.value().where, QStringLiteral("((priority IN (?) OR priority > ? OR priority IS NULL))"));
        QCOMPARE(t.value().bindings, (QVariantList{qint64(1), qint64(5)}));
        QVERIFY(!translateKohaQuery(R"({"status; DROP TABLE x":1})", columns).ok());
        QVERIFY(!translateKohaQuery(R"({"status":{">":[1]}})", columns).ok());
        QVERIFY(translateKohaQuery("", columns).value().where.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxRest)
#include "tst_sandbox_rest.moc"
