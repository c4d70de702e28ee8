#include "ils/IlsError.h"
#include "ils/KohaRestClient.h"
#include "ils/SecretStore.h"
#include "ils/Sip2Client.h"
#include "support/InProcessSandbox.h"
#include "support/MockClock.h"
#include "support/ScriptedSipServer.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::ils;
using comptoir::test::InProcessSandbox;
using comptoir::test::MockClock;
using comptoir::test::ScriptedSipServer;

Q_DECLARE_METATYPE(comptoir::ils::ErrorClass)

// The Koha REST and SIP2 connectors against the training library on loopback.
class TestConnectors : public QObject
{
    Q_OBJECT

    InProcessSandbox m_sandbox;
    QNetworkAccessManager m_nam;
    MockClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};

    KohaConfig basic(const QString& password = sandbox::KohaRestServer::DefaultPassword) const
    {
        KohaConfig c = m_sandbox.restConfig();
        c.secret = password;
        return c;
    }

    SipConfig sip(const QString& login = QStringLiteral("centre"), bool errorDetection = true) const
    {
        SipConfig c = m_sandbox.sipConfig();
        c.login = login;
        c.errorDetection = errorDetection;
        return c;
    }

    template <typename T> static Result<T> wait(const std::function<void(std::function<void(Result<T>)>)>& call)
    {
        std::optional<Result<T>> out;
        call([&out](Result<T> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
            return Error{QStringLiteral("test.timeout"), QStringLiteral("no callback")};
        return std::move(*out);
    }

    Result<sip2::Message> sipWait(Sip2Client&, const std::function<void(Sip2Client::Done)>& call)
    {
        return wait<sip2::Message>([&](std::function<void(Result<sip2::Message>)> done) { call(done); });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start({})); }
    void cleanup() { m_sandbox.faults = sandbox::FaultPlan(); }
    void cleanupTestCase() { m_sandbox.stop(); }

    void classification_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("network");
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorClass>("expected");
        using N = QNetworkReply;
        QTest::newRow("refused") << N::ConnectionRefusedError << 0 << ErrorClass::Transient;
        QTest::newRow("closed") << N::RemoteHostClosedError << 0 << ErrorClass::Transient;
        QTest::newRow("host not found") << N::HostNotFoundError << 0 << ErrorClass::Transient;
        QTest::newRow("timeout") << N::OperationCanceledError << 0 << ErrorClass::Transient;
        QTest::newRow("tls") << N::SslHandshakeFailedError << 0 << ErrorClass::Permanent;
        QTest::newRow("proxy auth") << N::ProxyAuthenticationRequiredError << 0 << ErrorClass::Auth;
        QTest::newRow("200 garbage") << N::NoError << 200 << ErrorClass::Transient;
        QTest::newRow("400") << N::ProtocolInvalidOperationError << 400 << ErrorClass::Permanent;
        QTest::newRow("401") << N::AuthenticationRequiredError << 401 << ErrorClass::Auth;
        QTest::newRow("403") << N::ContentAccessDenied << 403 << ErrorClass::Auth;
        QTest::newRow("404") << N::ContentNotFoundError << 404 << ErrorClass::Permanent;
        QTest::newRow("408") << N::UnknownContentError << 408 << ErrorClass::Transient;
        QTest::newRow("409") << N::ContentConflictError << 409 << ErrorClass::Conflict;
        QTest::newRow("412") << N::UnknownContentError << 412 << ErrorClass::Conflict;
        QTest::newRow("422") << N::UnknownContentError << 422 << ErrorClass::Permanent;
        QTest::newRow("429") << N::UnknownContentError << 429 << ErrorClass::Transient;
        QTest::newRow("500") << N::InternalServerError << 500 << ErrorClass::Transient;
        QTest::newRow("502") << N::UnknownServerError << 502 << ErrorClass::Transient;
        QTest::newRow("503") << N::ServiceUnavailableError << 503 << ErrorClass::Transient;
        QTest::newRow("504") << N::UnknownServerError << 504 << ErrorClass::Transient;
    }

    void classification()
    {
        QFETCH(QNetworkReply::NetworkError, network);
        QFETCH(int, status);
        QFETCH(ErrorClass, expected);
        QCOMPARE(classifyHttp(network, status), expected);
        const Error e = makeError(expected, QStringLiteral("x"), QStringLiteral("y"));
        QCOMPARE(errorClass(e), expected);
    }

    void backoffDoublesAndResets()
    {
        Backoff b(1000, 8000);
        QVERIFY(b.mayTry(QStringLiteral("sync"), 0));
        QCOMPARE(b.failed(QStringLiteral("sync"), 0), 1000);
        QCOMPARE(b.failed(QStringLiteral("sync"), 0), 2000);
        QCOMPARE(b.failed(QStringLiteral("sync"), 0), 4000);
        QCOMPARE(b.failed(QStringLiteral("sync"), 0), 8000);
        QCOMPARE(b.failed(QStringLiteral("sync"), 0), 8000);
        QVERIFY(!b.mayTry(QStringLiteral("sync"), 7999));
        QVERIFY(b.mayTry(QStringLiteral("replay"), 0)); // per operation
        b.succeeded(QStringLiteral("sync"));
        QCOMPARE(b.failures(QStringLiteral("sync")), 0);
        QVERIFY(b.mayTry(QStringLiteral("sync"), 0));
    }

    void secretsInMemory()
    {
        MemorySecretStore store;
        auto missing = wait<QString>([&](auto done) { store.read(QStringLiteral("koha"), done); });
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, SecretStore::Missing);
        store.write(QStringLiteral("koha"), QStringLiteral("s3cret"), [](Status s) { QVERIFY(s.ok()); });
        auto found = wait<QString>([&](auto done) { store.read(QStringLiteral("koha"), done); });
        QCOMPARE(found.value(), QStringLiteral("s3cret"));
        store.remove(QStringLiteral("koha"), [](Status) {});
        QCOMPARE(store.size(), 0);
    }

    void restPagesToTheEndWithEmbeds()
    {
        KohaRestClient client(m_nam, m_clock);
        client.setConfig(basic());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("q"), QStringLiteral(R"({"pickup_library_id":"CENTRE"})"));
        const qint64 expected =
            m_sandbox.scalar(QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = 'CENTRE'"))
                .toLongLong();
        QVERIFY(expected > 100); // more than one page
        qint64 pages = 0, lastProgress = 0;
        auto counted = wait<qint64>([&](auto done) {
            client.list(
                QStringLiteral("/holds"), q,
                {QStringLiteral("item"), QStringLiteral("biblio"), QStringLiteral("patron")},
                [&](const QJsonArray& page) {
                    ++pages;
                    for (const QJsonValue& v : page) {
                        const QJsonObject h = v.toObject();
                        if (h.value(QStringLiteral("pickup_library_id")).toString() != QLatin1String("CENTRE") ||
                            !h.value(QStringLiteral("biblio")).isObject() ||
                            !h.value(QStringLiteral("patron")).isObject())
                            return Status(Error{QStringLiteral("test"), QStringLiteral("bad hold")});
                    }
                    return Status();
                },
                done,
                [&](qint64 got, qint64 total) {
                    QCOMPARE(total, expected);
                    lastProgress = got;
                });
        });
        QVERIFY2(counted, qPrintable(counted ? QString() : counted.error().message));
        QCOMPARE(counted.value(), expected);
        QCOMPARE(lastProgress, expected);
        QCOMPARE(pages, (expected + 99) / 100);
        auto n = wait<qint64>([&](auto done) { client.count(QStringLiteral("/holds"), q, done); });
        QCOMPARE(n.value(), expected);
    }

    void restAuthFailuresAreClassified()
    {
        KohaRestClient client(m_nam, m_clock);
        client.setConfig(basic(QStringLiteral("wrong")));
        auto r = wait<QJsonObject>([&](auto done) { client.get(QStringLiteral("/libraries/CENTRE"), done); });
        QVERIFY(!r);
        QCOMPARE(errorClass(r.error()), ErrorClass::Auth);
        KohaConfig oauth = basic();
        oauth.auth = KohaConfig::Auth::OAuth2;
        oauth.user = sandbox::KohaRestServer::DefaultClientId;
        oauth.secret = QStringLiteral("not-the-secret");
        client.setConfig(oauth);
        r = wait<QJsonObject>([&](auto done) { client.get(QStringLiteral("/libraries/CENTRE"), done); });
        QCOMPARE(errorClass(r.error()), ErrorClass::Auth);
        // Not found is permanent; deleting what is gone is a conflict.
        client.setConfig(basic());
        r = wait<QJsonObject>([&](auto done) { client.get(QStringLiteral("/holds/99999999"), done); });
        QCOMPARE(errorClass(r.error()), ErrorClass::Permanent);
        auto gone = wait<bool>([&](auto done) {
            client.remove(QStringLiteral("/holds/99999999"),
                          [done](Status s) { done(s.ok() ? Result<bool>(true) : Result<bool>(s.error())); });
        });
        QCOMPARE(errorClass(gone.error()), ErrorClass::Conflict);
    }

    void oauthTokenIsReusedAndRefreshed()
    {
        KohaRestClient client(m_nam, m_clock);
        KohaConfig oauth = basic();
        oauth.auth = KohaConfig::Auth::OAuth2;
        oauth.user = sandbox::KohaRestServer::DefaultClientId;
        oauth.secret = sandbox::KohaRestServer::DefaultClientSecret;
        client.setConfig(oauth);
        for (int i = 0; i < 3; ++i)
            QVERIFY(wait<QJsonObject>([&](auto done) { client.get(QStringLiteral("/libraries/CENTRE"), done); }));
        QCOMPARE(client.tokenFetches(), 1);
        // The server revokes tokens early (short lifetime) while the client's clock says it is still good:
        // the 401 brings a new token and the request succeeds.
        m_sandbox.rest->setTokenLifetime(1);
        client.setConfig(oauth);
        QVERIFY(wait<QJsonObject>([&](auto done) { client.get(QStringLiteral("/libraries/CENTRE"), done); }));
        QTest::qWait(1100);
        QVERIFY(wait<QJsonObject>([&](auto done) { client.get(QStringLiteral("/libraries/CENTRE"), done); }));
        QCOMPARE(client.tokenFetches(), 3);
        m_sandbox.rest->setTokenLifetime(3600);
        // Expiry by the client's own clock: a new token before the server would refuse.
        client.setConfig(oauth);
        QVERIFY(wait<QJsonObject>([&](auto done) { client.get(QStringLiteral("/libraries/CENTRE"), done); }));
        m_clock.advance(3600 * 1000);
        QVERIFY(wait<QJsonObject>([&](auto done) { client.get(QStringLiteral("/libraries/CENTRE"), done); }));
        QCOMPARE(client.tokenFetches(), 5);
    }

    void restFaultsAreTransient()
    {
        KohaRestClient client(m_nam, m_clock);
        KohaConfig c = basic();
        c.timeoutMs = 500;
        client.setConfig(c);
        m_sandbox.faults.restErrors = 1;
        auto r = wait<QJsonArray>([&](auto done) { client.listAll(QStringLiteral("/libraries"), {}, {}, done); });
        QCOMPARE(errorClass(r.error()), ErrorClass::Transient);
        m_sandbox.faults.restMalformed = 1;
        r = wait<QJsonArray>([&](auto done) { client.listAll(QStringLiteral("/libraries"), {}, {}, done); });
        QCOMPARE(errorClass(r.error()), ErrorClass::Transient);
        QVERIFY(r.error().message.contains(QStringLiteral("unreadable")));
        m_sandbox.faults.restHang = true;
        r = wait<QJsonArray>([&](auto done) { client.listAll(QStringLiteral("/libraries"), {}, {}, done); });
        QCOMPARE(errorClass(r.error()), ErrorClass::Transient);
        QVERIFY(r.error().code.endsWith(QLatin1String(".timeout")));
        m_sandbox.faults = sandbox::FaultPlan();
        r = wait<QJsonArray>([&](auto done) { client.listAll(QStringLiteral("/libraries"), {}, {}, done); });
        QCOMPARE(r.value().size(), 15); // 13 sites, the locker bank, home delivery
        // Nobody listening.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        client.setConfig(c);
        r = wait<QJsonArray>([&](auto done) { client.listAll(QStringLiteral("/libraries"), {}, {}, done); });
        QCOMPARE(errorClass(r.error()), ErrorClass::Transient);
    }

    void tlsIsVerified()
    {
        // A server with a self-signed certificate: the client refuses it (SSL errors are never
        // ignored), and says so as a permanent error, not a retry loop.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, "openssl");
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certFile));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        KohaRestClient client(m_nam, m_clock);
        KohaConfig c = basic();
        c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        client.setConfig(c);
        auto r = wait<QJsonObject>([&](auto done) { client.get(QStringLiteral("/libraries/CENTRE"), done); });
        QVERIFY(!r);
        QCOMPARE(errorClass(r.error()), ErrorClass::Permanent);
    }

    void sipCheckinThroughTheClient()
    {
        Sip2Client client(m_clock);
        client.setConfig(sip());
        const QString barcode =
            m_sandbox
                .scalar(QStringLiteral("SELECT external_id FROM items WHERE home_library_id = "
                                       "'JMOULIN' AND checked_out_patron_id IS NULL AND item_id NOT "
                                       "IN (SELECT item_id FROM holds WHERE item_id IS NOT NULL) AND "
                                       "biblio_id NOT IN (SELECT biblio_id FROM holds) LIMIT 1"))
                .toString();
        auto r = sipWait(client, [&](auto done) { client.checkin(barcode, done); });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const CheckinOutcome o = CheckinOutcome::from(r.value());
        QVERIFY(o.ok);
        QCOMPARE(o.alert, QStringLiteral("04"));
        QCOMPARE(o.destination, QStringLiteral("JMOULIN"));
        QVERIFY(!o.title.isEmpty());
        QVERIFY(client.isReady());
        QCOMPARE(client.connects(), 1);
        // Many in a row on one connection, in order.
        int answered = 0;
        for (int i = 0; i < 20; ++i)
            client.itemInformation(barcode,
                                   [&answered](Result<sip2::Message> m) { answered += m && m.value().id == "18"; });
        QVERIFY(QTest::qWaitFor([&] { return answered == 20; }, 10000));
        QCOMPARE(client.connects(), 1);
    }

    void sipRecoversFromGarbleAndDrops()
    {
        Sip2Client client(m_clock);
        client.setConfig(sip());
        QVERIFY(sipWait(client, [&](auto done) { client.status(done); }));
        // A bad checksum: the client asks again (97) and gets a good copy.
        m_sandbox.faults.sipBadChecksum = 1;
        auto r = sipWait(client, [&](auto done) { client.itemInformation(QStringLiteral("31042000000019"), done); });
        QVERIFY(r);
        QVERIFY(r.value().checksumValid);
        // A connection dropped mid-answer: reconnect, log in again, and the request goes through.
        m_sandbox.faults.sipDrop = 1;
        r = sipWait(client, [&](auto done) { client.itemInformation(QStringLiteral("31042000000019"), done); });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(client.connects(), 2);
        // Always garbled: give up after a few resends, with a transient error.
        m_sandbox.faults.sipBadChecksum = -1;
        r = sipWait(client, [&](auto done) { client.status(done); });
        QCOMPARE(errorClass(r.error()), ErrorClass::Transient);
        m_sandbox.faults.sipBadChecksum = 0;
        // No answer: a timeout, one retry on a new connection, then a transient error.
        m_sandbox.faults.sipSilent = true;
        r = sipWait(client, [&](auto done) { client.status(done); });
        QCOMPARE(errorClass(r.error()), ErrorClass::Transient);
        m_sandbox.faults.sipSilent = false;
        QVERIFY(sipWait(client, [&](auto done) { client.status(done); }));
    }

    void sipLoginAndKohaAccounts()
    {
        Sip2Client refused(m_clock);
        SipConfig c = sip();
        c.password = QStringLiteral("wrong");
        refused.setConfig(c);
        auto r = sipWait(refused, [&](auto done) { refused.status(done); });
        QCOMPARE(errorClass(r.error()), ErrorClass::Auth);
        // A stock Koha account: no error detection, CR LF, trailing delimiters.
        Sip2Client koha(m_clock);
        koha.setConfig(sip(QStringLiteral("centre-koha"), false));
        r = sipWait(koha, [&](auto done) { koha.patronInformation(QStringLiteral("21042999999999"), 0, done); });
        QVERIFY(r);
        QCOMPARE(r.value().id, QByteArray("64"));
        QVERIFY(!r.value().hasChecksum);
        QCOMPARE(r.value().field("BL"), QByteArray("N"));
        // Nobody listening: fails fast, transient.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        c = sip();
        c.port = closed.serverPort();
        closed.close();
        Sip2Client nowhere(m_clock);
        nowhere.setConfig(c);
        r = sipWait(nowhere, [&](auto done) { nowhere.status(done); });
        QCOMPARE(errorClass(r.error()), ErrorClass::Transient);
    }

    // Sequence numbers (AY): every request, the login and status included, carries the next digit,
    // 0 to 9 and round again; an answer carrying another request's number (a late copy of the
    // previous answer) is not taken for this request's.
    void sipSequenceNumbersAdvanceAndStaleAnswersAreIgnored()
    {
        const QByteArray fixed = "080001" + QByteArray("20261122    100000");
        ScriptedSipServer server;
        QVERIFY(server.start());
        server.answer = [fixed](const sip2::Message& r) -> QList<QByteArray> {
            if (r.id != "17")
                return {};
            const QByteArray item = r.field("AB");
            if (item == "STALE")
                return {
                    ScriptedSipServer::reply(r, "18", fixed, {{"AB", item}, {"AJ", "previous"}}, (r.sequence + 9) % 10),
                    ScriptedSipServer::reply(r, "18", fixed, {{"AB", item}, {"AJ", "current"}})};
            if (item == "WRONG")
                return {ScriptedSipServer::reply(r, "36", "Y" + QByteArray("20261122    100000"), {{"AA", "x"}})};
            return {ScriptedSipServer::reply(r, "18", fixed, {{"AB", item}, {"AJ", "title of " + item}})};
        };
        Sip2Client client(m_clock);
        SipConfig c = m_sandbox.sipConfig(server.port());
        client.setConfig(c);
        QStringList answers;
        for (int i = 0; i < 12; ++i)
            client.itemInformation(QStringLiteral("ITEM%1").arg(i), [&answers](Result<sip2::Message> m) {
                answers << (m ? QString::fromLatin1(m.value().field("AB")) : m.error().message);
            });
        QVERIFY(QTest::qWaitFor([&answers] { return answers.size() == 12; }, 10000));
        for (int i = 0; i < 12; ++i)
            QCOMPARE(answers[i], QStringLiteral("ITEM%1").arg(i));
        QCOMPARE(server.received.size(), 14); // 93, 99, twelve 17
        for (int i = 0; i < server.received.size(); ++i) {
            const auto request = sip2::parse(server.received[i]);
            QVERIFY(request);
            QVERIFY(request.value().checksumValid);
            QCOMPARE(request.value().sequence, i % 10);
        }
        QCOMPARE(sip2::parse(server.received[0]).value().id, QByteArray("93"));
        QCOMPARE(sip2::parse(server.received[1]).value().id, QByteArray("99"));
        // A late answer with the previous sequence number comes first: ignored, the right one taken.
        auto r = sipWait(client, [&](auto done) { client.itemInformation(QStringLiteral("STALE"), done); });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r.value().field("AJ"), QByteArray("current"));
        QCOMPARE(r.value().sequence, 4); // the 15th request
        r = sipWait(client, [&](auto done) { client.itemInformation(QStringLiteral("AFTER"), done); });
        QCOMPARE(r.value().field("AB"), QByteArray("AFTER"));
        // An answer that is not the request's (36 to a 17) is refused, not read as an item.
        r = sipWait(client, [&](auto done) { client.itemInformation(QStringLiteral("WRONG"), done); });
        QVERIFY(!r);
        QVERIFY2(r.error().code.endsWith(QLatin1String("unexpected")), qPrintable(r.error().code));
        QCOMPARE(client.connects(), 1);
    }

    // 96 ("send it again"): the same bytes again, the same sequence number included.
    void sipResendsTheSameRequestOn96()
    {
        int asked = 0;
        ScriptedSipServer server;
        QVERIFY(server.start());
        server.answer = [&asked](const sip2::Message& r) -> QList<QByteArray> {
            if (r.id == "09" && asked++ == 0)
                return {"96AZFEF6"};
            return {ScriptedSipServer::reply(r, "10", "1YNN" + QByteArray("20261122    100000"),
                                             {{"AO", "CENTRE"}, {"AB", r.field("AB")}, {"AQ", "CENTRE"}})};
        };
        Sip2Client client(m_clock);
        client.setConfig(m_sandbox.sipConfig(server.port()));
        auto r = sipWait(client, [&](auto done) { client.checkin(QStringLiteral("31042000000019"), done); });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r.value().id, QByteArray("10"));
        QCOMPARE(server.received.size(), 4); // 93, 99, 09, 09 again
        QVERIFY(server.received[2].startsWith("09"));
        QCOMPARE(server.received[3], server.received[2]);
        QCOMPARE(client.connects(), 1);
    }

    // The training library's sip-resend fault: it answers 96 without processing the request; the
    // client sends it again and the check-in is applied once.
    void sipCheckinAfter96IsAppliedOnce()
    {
        Sip2Client client(m_clock);
        client.setConfig(sip());
        QVERIFY(sipWait(client, [&](auto done) { client.status(done); })); // logged in first
        const QString barcode =
            m_sandbox
                .scalar(QStringLiteral("SELECT external_id FROM items WHERE home_library_id = "
                                       "'JMOULIN' AND checked_out_patron_id IS NULL AND item_id NOT "
                                       "IN (SELECT item_id FROM holds WHERE item_id IS NOT NULL) AND "
                                       "biblio_id NOT IN (SELECT biblio_id FROM holds) LIMIT 1 OFFSET 5"))
                .toString();
        QVERIFY(!barcode.isEmpty());
        m_sandbox.sip->clearJournal();
        m_sandbox.faults.sipResend = 1;
        auto r = sipWait(client, [&](auto done) { client.checkin(barcode, done); });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(m_sandbox.faults.sipResend, 0); // the fault did land on the check-in
        QCOMPARE(r.value().id, QByteArray("10"));
        const CheckinOutcome o = CheckinOutcome::from(r.value());
        QVERIFY(o.ok);
        QCOMPARE(o.destination, QStringLiteral("JMOULIN"));
        QCOMPARE(m_sandbox.sip->journal(), (QList<QByteArray>{"09 " + barcode.toUtf8() + ' '}));
        QCOMPARE(client.connects(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectors)
#include "tst_connectors.moc"
