// The network store on PostgreSQL (issue 21): a real throwaway cluster (tests/support/PgCluster.h),
// real QPSQL connections, one role per counter.
#include "support/MockClock.h"
#include "support/NetStoreRig.h"

#include "Clock.h"
#include "crates/CrateService.h"
#include "ils/SecretStore.h"
#include "netstore/NetStore.h"
#include "netstore/NetworkStoreLink.h"
#include "netstore/Publisher.h"
#include "netstore/ReportSnapshots.h"
#include "netstore/StoreAddress.h"
#include "reports/SnapshotStore.h"
#include "store/Outbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace comptoir;
using namespace comptoir::netstore;
using comptoir::test::NetStoreRig;
using comptoir::test::PgCluster;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

StoreEvent ev(const QString& site, const QString& kind, const QString& object, QJsonObject payload = {})
{
    return StoreEvent{
        newId(), site, kind, object, std::move(payload), QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc())};
}

} // namespace

class TestNetStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        COMPTOIR_START_NETSTORE_RIG(m_rig);
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_a1"), QStringLiteral("CENTRE")));
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_a2"), QStringLiteral("CENTRE")));
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_b1"), QStringLiteral("NORD")));
    }

    void addressRules()
    {
        auto ok = StoreAddress::parse(QStringLiteral("postgresql://desk_a1@store.example.org:5433/reseau"));
        QVERIFY(ok);
        QCOMPARE(ok.value().host, QStringLiteral("store.example.org"));
        QCOMPARE(ok.value().port, 5433);
        QCOMPARE(ok.value().database, QStringLiteral("reseau"));
        QCOMPARE(ok.value().role, QStringLiteral("desk_a1"));
        QCOMPARE(ok.value().sslMode, QStringLiteral("verify-full"));
        QVERIFY(ok.value().connectOptions({}).contains(QStringLiteral("sslmode=verify-full")));
        QVERIFY(ok.value().connectOptions({}).contains(QStringLiteral("keepalives=1")));
        QVERIFY(ok.value().connectOptions({}).contains(QStringLiteral("tcp_user_timeout=10000")));
        QCOMPARE(StoreAddress::parse(ok.value().toUrl()).value().keychainKey(), ok.value().keychainKey());
        // No TLS: only on this computer.
        QVERIFY(StoreAddress::parse(QStringLiteral("postgresql://r@127.0.0.1:5432/n?sslmode=disable")));
        QVERIFY(StoreAddress::parse(QStringLiteral("postgresql://r@localhost/n?sslmode=disable")));
        auto plain = StoreAddress::parse(QStringLiteral("postgresql://r@store.example.org/n?sslmode=disable"));
        QVERIFY(!plain);
        QCOMPARE(plain.error().code, QStringLiteral("netstore.address"));
        QVERIFY(!StoreAddress::parse(QStringLiteral("postgresql://r@store.example.org/n?sslmode=require")));
        // The password goes in the keychain, never in the address.
        QVERIFY(!StoreAddress::parse(QStringLiteral("postgresql://r:secret@store.example.org/n")));
        QVERIFY(!StoreAddress::parse(QStringLiteral("postgresql://store.example.org/n")));
        QVERIFY(!StoreAddress::parse(QStringLiteral("http://r@store.example.org/n")));
        // And the connection refuses plain text off loopback even when given such an address.
        StoreAddress remote = ok.value();
        remote.sslMode = QStringLiteral("disable");
        NetStore store;
        const Status s = store.open(remote, QStringLiteral("x"));
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("netstore.address"));
    }

    // TLS with verify-full, against a real cluster with a certificate of its own: the store's name
    // must be the certificate's and its authority the one this computer trusts (PGSSLROOTCERT, or
    // ~/.postgresql/root.crt); otherwise no connection, whatever the password.
    void verifyFullChecksTheStoresCertificate()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed (.ci/setup installs it)");
        QTemporaryDir certs;
        auto ssl = [&](const QStringList& args) {
            QProcess p;
            p.setWorkingDirectory(certs.path());
            p.start(openssl, args);
            return p.waitForFinished(60000) && p.exitCode() == 0;
        };
        // An authority, the store's certificate for "localhost" signed by it, and another authority.
        QVERIFY(ssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=Comptoir test CA"), QStringLiteral("-keyout"),
                     QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt")}));
        QVERIFY(ssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=Another CA"), QStringLiteral("-keyout"),
                     QStringLiteral("other.key"), QStringLiteral("-out"), QStringLiteral("other.crt")}));
        QVERIFY(
            ssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
                 QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr")}));
        {
            QFile ext(certs.filePath(QStringLiteral("san.ext")));
            QVERIFY(ext.open(QIODevice::WriteOnly));
            ext.write("subjectAltName=DNS:localhost\n");
        }
        QVERIFY(ssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                     QStringLiteral("san.ext"), QStringLiteral("-out"), QStringLiteral("server.crt")}));
        test::PgCluster cluster;
        // The server's key readable by the server only (its user, when the tests run as root).
        const QString serverDir = QFileInfo(cluster.dataDir()).absolutePath();
        for (const QString& file : {QStringLiteral("server.crt"), QStringLiteral("server.key")})
            QVERIFY(QFile::copy(certs.filePath(file), QDir(serverDir).filePath(file)));
        QFile::setPermissions(QDir(serverDir).filePath(QStringLiteral("server.key")),
                              QFile::ReadOwner | QFile::WriteOwner);
        cluster.setServerOptions(QStringLiteral(" -c ssl=on -c ssl_cert_file='%1' -c ssl_key_file='%2'")
                                     .arg(QDir(serverDir).filePath(QStringLiteral("server.crt")),
                                          QDir(serverDir).filePath(QStringLiteral("server.key"))));
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));

        StoreAddress a;
        a.host = QStringLiteral("localhost");
        a.port = cluster.port();
        a.database = QStringLiteral("postgres");
        a.role = QString::fromLatin1(test::PgCluster::Admin);
        QCOMPARE(a.sslMode, QStringLiteral("verify-full")); // the default
        const QByteArray before = qgetenv("PGSSLROOTCERT");
        auto restore = qScopeGuard([&] { qputenv("PGSSLROOTCERT", before); });

        // Trusted authority, right name: connected, over TLS.
        qputenv("PGSSLROOTCERT", certs.filePath(QStringLiteral("ca.crt")).toLocal8Bit());
        {
            NetStore store;
            const Status opened = store.open(a, cluster.password(), QStringLiteral("tls-test"));
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toBool());
        }
        // The same store by its address, not the certificate's name: refused.
        StoreAddress byAddress = a;
        byAddress.host = QStringLiteral("127.0.0.1");
        const Status wrongName = NetStore::probe(byAddress, cluster.password());
        QVERIFY(!wrongName);
        QCOMPARE(wrongName.error().code, QStringLiteral("netstore.unreachable"));
        // Another authority trusted here: refused, with the right password.
        qputenv("PGSSLROOTCERT", certs.filePath(QStringLiteral("other.crt")).toLocal8Bit());
        const Status untrusted = NetStore::probe(a, cluster.password());
        QVERIFY(!untrusted);
        QVERIFY2(untrusted.error().message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(untrusted.error().message));
        cluster.stop();
    }

    void migrations()
    {
        QCOMPARE(m_rig.owner().schemaVersion().value(), NetStore::latestVersion());
        QVERIFY(m_rig.owner().migrate()); // again: nothing to do
        QCOMPARE(m_rig.owner().schemaVersion().value(), NetStore::latestVersion());
        QSqlQuery q(m_rig.owner().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_version")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), NetStore::migrations().size());
    }

    void wrongPasswordIsUnreachable()
    {
        NetStore store;
        const Status s = store.open(m_rig.address(QStringLiteral("desk_a1")), QStringLiteral("wrong"));
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("netstore.unreachable"));
    }

    void eventsAreAppendOnly()
    {
        auto a1 = m_rig.connect(QStringLiteral("desk_a1"));
        QVERIFY(a1->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("note"), QStringLiteral("x"))));
        QSqlQuery owner(m_rig.owner().database());
        QVERIFY(!owner.exec(QStringLiteral("UPDATE events SET kind = 'changed'")));
        QVERIFY(owner.lastError().databaseText().contains(QStringLiteral("append-only")));
        QVERIFY(!owner.exec(QStringLiteral("DELETE FROM events")));
        QSqlQuery counter(a1->database());
        QVERIFY(!counter.exec(QStringLiteral("DELETE FROM events")));
    }

    void aCounterWritesOnlyItsOwnSite()
    {
        auto a1 = m_rig.connect(QStringLiteral("desk_a1"));
        auto b1 = m_rig.connect(QStringLiteral("desk_b1"));
        QCOMPARE(a1->mySite().value(), QStringLiteral("CENTRE"));
        QCOMPARE(b1->mySite().value(), QStringLiteral("NORD"));
        auto opened = b1->publish(ev(QStringLiteral("NORD"), QStringLiteral("crate.open"), QStringLiteral("NORD-1"),
                                     {{QStringLiteral("destination"), QStringLiteral("SUD")}}));
        QVERIFY(opened);
        QCOMPARE(int(opened.value().kind), int(Outcome::Kind::Applied));
        QVERIFY(b1->publish(ev(QStringLiteral("NORD"), QStringLiteral("crate.add"), QStringLiteral("NORD-1"))));

        // Through the store's function: refused, and said so.
        auto seal = a1->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("crate.seal"), QStringLiteral("NORD-1")));
        QVERIFY(seal);
        QCOMPARE(int(seal.value().kind), int(Outcome::Kind::Refused));
        QCOMPARE(seal.value().site, QStringLiteral("NORD"));
        QVERIFY(seal.value()
                    .message(QStringLiteral("crate.seal"), QStringLiteral("NORD-1"))
                    .contains(QStringLiteral("NORD")));
        // Pretending to be of site NORD: denied.
        auto pretend = a1->publish(ev(QStringLiteral("NORD"), QStringLiteral("crate.seal"), QStringLiteral("NORD-1")));
        QVERIFY(!pretend);
        QCOMPARE(pretend.error().code, QStringLiteral("netstore.denied"));
        // Around the function, straight SQL: row-level security hides the row from an update and
        // refuses an insert for another site.
        QSqlQuery q(a1->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE crates SET state = 'sealed' WHERE id = 'NORD-1'")));
        QCOMPARE(q.numRowsAffected(), 0);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO crates (id, from_site, destination, state, updated_at) VALUES "
                                       "('NORD-2', 'NORD', 'SUD', 'open', now())")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO events (id, site, kind, object, at, outcome) VALUES "
                                       "(gen_random_uuid(), 'NORD', 'crate.seal', 'NORD-1', now(), '{}')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO counters (role, site) VALUES ('desk_a1', 'NORD')")));
        auto crate = a1->crate(QStringLiteral("NORD-1"));
        QVERIFY(crate);
        QCOMPARE(crate.value().state, QStringLiteral("open"));
        QCOMPARE(crate.value().items, 1);
    }

    void replayIsIdempotent()
    {
        auto a1 = m_rig.connect(QStringLiteral("desk_a1"));
        QVERIFY(a1->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("crate.open"), QStringLiteral("CENTRE-R"),
                               {{QStringLiteral("destination"), QStringLiteral("NORD")}})));
        const StoreEvent add = ev(QStringLiteral("CENTRE"), QStringLiteral("crate.add"), QStringLiteral("CENTRE-R"));
        auto first = a1->publish(add);
        QVERIFY(first);
        QVERIFY(!first.value().replay);
        auto again = a1->publish(add);
        QVERIFY(again);
        QVERIFY(again.value().replay);
        QCOMPARE(a1->crate(QStringLiteral("CENTRE-R")).value().items, 1);
        QSqlQuery q(a1->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events WHERE id = '%1'").arg(add.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void crateSealedByTwoDesksHasOneWinner()
    {
        auto a1 = m_rig.connect(QStringLiteral("desk_a1"));
        auto a2 = m_rig.connect(QStringLiteral("desk_a2"));
        QVERIFY(a1->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("crate.open"), QStringLiteral("CENTRE-S"),
                               {{QStringLiteral("destination"), QStringLiteral("NORD")}})));
        QVERIFY(a1->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("crate.add"), QStringLiteral("CENTRE-S"))));
        QVERIFY(a2->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("crate.add"), QStringLiteral("CENTRE-S"))));
        QCOMPARE(a2->crate(QStringLiteral("CENTRE-S")).value().items, 2); // filled at two desks
        auto first =
            a2->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("crate.seal"), QStringLiteral("CENTRE-S")));
        auto second =
            a1->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("crate.seal"), QStringLiteral("CENTRE-S")));
        QVERIFY(first && second);
        QCOMPARE(int(first.value().kind), int(Outcome::Kind::Applied));
        QCOMPARE(int(second.value().kind), int(Outcome::Kind::Lost));
        QCOMPARE(second.value().by, QStringLiteral("desk_a2"));
        QVERIFY(second.value()
                    .message(QStringLiteral("crate.seal"), QStringLiteral("CENTRE-S"))
                    .contains(QStringLiteral("desk_a2")));
        // An item added after the seal loses too.
        auto late = a1->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("crate.add"), QStringLiteral("CENTRE-S")));
        QCOMPARE(int(late.value().kind), int(Outcome::Kind::Lost));
        QCOMPARE(a1->crate(QStringLiteral("CENTRE-S")).value().items, 2);
        // Received at a third desk, of the destination's site.
        auto b1 = m_rig.connect(QStringLiteral("desk_b1"));
        auto start =
            b1->publish(ev(QStringLiteral("NORD"), QStringLiteral("crate.receive.start"), QStringLiteral("CENTRE-S")));
        QCOMPARE(int(start.value().kind), int(Outcome::Kind::Applied));
        QVERIFY(
            b1->publish(ev(QStringLiteral("NORD"), QStringLiteral("crate.receive.end"), QStringLiteral("CENTRE-S"))));
        QCOMPARE(a1->crate(QStringLiteral("CENTRE-S")).value().state, QStringLiteral("received"));
        QCOMPARE(a1->crate(QStringLiteral("CENTRE-S")).value().receivedBy, QStringLiteral("desk_b1"));
    }

    void doorAssignedTwiceHasOneWinner()
    {
        auto a1 = m_rig.connect(QStringLiteral("desk_a1"));
        auto a2 = m_rig.connect(QStringLiteral("desk_a2"));
        const QString door = newId();
        const QJsonObject where{{QStringLiteral("bank"), QStringLiteral("CASIERS")},
                                {QStringLiteral("label"), QStringLiteral("A3")}};
        QVERIFY(a1->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("locker.door"), door, where)));
        QJsonObject x = where, y = where;
        x.insert(QStringLiteral("item"), QStringLiteral("3000001"));
        y.insert(QStringLiteral("item"), QStringLiteral("3000002"));
        auto won = a1->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("locker.assign"), door, x));
        auto lost = a2->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("locker.assign"), door, y));
        QCOMPARE(int(won.value().kind), int(Outcome::Kind::Applied));
        QCOMPARE(int(lost.value().kind), int(Outcome::Kind::Lost));
        QCOMPARE(lost.value().by, QStringLiteral("desk_a1"));
        QCOMPARE(lost.value().item, QStringLiteral("3000001"));
        // Freed, the door takes the other item.
        QJsonObject freed = where;
        freed.insert(QStringLiteral("state"), QStringLiteral("free"));
        QVERIFY(a1->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("locker.door"), door, freed)));
        auto now = a2->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("locker.assign"), door, y));
        QCOMPARE(int(now.value().kind), int(Outcome::Kind::Applied));
    }

    void publishThroughTheOutbox()
    {
        test::MockClock clock;
        QTemporaryDir dir;
        Outbox outbox(clock);
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.sqlite"))));
        QCOMPARE(outbox.database().schemaVersion(), Outbox::schema().last().version);
        crates::CrateService crates(outbox, clock, QStringLiteral("CENTRE"), QStringLiteral("anne"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(crates.place(QStringLiteral("300000%1").arg(i), QStringLiteral("NORD"), QStringLiteral("Nord")));
        // Without a store: the counter works as before, the events wait in its outbox.
        Publisher publisher(outbox, clock, QStringLiteral("CENTRE"), QStringLiteral("desk_a1"));
        QCOMPARE(publisher.collect().value(), 6);
        QCOMPARE(publisher.collect().value(), 0); // collected once
        QCOMPARE(publisher.pendingCount().value(), 6);

        auto a1 = m_rig.connect(QStringLiteral("desk_a1"));
        PublishRound round = publisher.publish(*a1);
        QVERIFY(round.status);
        QCOMPARE(round.published, 6);
        QCOMPARE(round.pending, 0);
        const QString id = crates.crates(crates::Crate::Direction::Out, crates::Crate::State::Open).value().first().id;
        QCOMPARE(a1->crate(id).value().items, 5);
        QCOMPARE(a1->crate(id).value().destination, QStringLiteral("NORD"));
        QVERIFY(crates.takeOut(QStringLiteral("3000004")));
        auto sealed =
            crates.seal(crates.crates(crates::Crate::Direction::Out, crates::Crate::State::Open).value().first().seq);
        QVERIFY(sealed);
        round = publisher.publish(*a1);
        QCOMPARE(round.published, 2);
        QCOMPARE(a1->crate(id).value().state, QStringLiteral("sealed"));
        QCOMPARE(a1->crate(id).value().items, 4);
        QCOMPARE(a1->crate(id).value().sealedBy, QStringLiteral("desk_a1"));
        // Received at the destination from the label, by a counter that publishes too.
        auto b1 = m_rig.connect(QStringLiteral("desk_b1"));
        QTemporaryDir dirB;
        Outbox outboxB(clock);
        QVERIFY(outboxB.open(dirB.filePath(QStringLiteral("outbox.sqlite"))));
        crates::CrateService cratesB(outboxB, clock, QStringLiteral("NORD"), QStringLiteral("bea"));
        auto receiving = cratesB.startReceiving(sealed.value().manifest);
        QVERIFY(receiving);
        for (const QString& item : sealed.value().manifest.items)
            QVERIFY(cratesB.receiveItem(receiving.value().seq, item));
        QVERIFY(cratesB.finishReceiving(receiving.value().seq));
        Publisher publisherB(outboxB, clock, QStringLiteral("NORD"), QStringLiteral("desk_b1"));
        round = publisherB.publish(*b1);
        QVERIFY(round.status);
        QCOMPARE(round.conflicts, 0);
        QCOMPARE(a1->crate(id).value().state, QStringLiteral("received"));
        QCOMPARE(a1->crate(id).value().receivedBy, QStringLiteral("desk_b1"));
    }

    void theLoserIsToldClearly()
    {
        test::MockClock clock;
        QTemporaryDir dir1, dir2;
        Outbox o1(clock), o2(clock);
        QVERIFY(o1.open(dir1.filePath(QStringLiteral("o.sqlite"))));
        QVERIFY(o2.open(dir2.filePath(QStringLiteral("o.sqlite"))));
        Publisher p1(o1, clock, QStringLiteral("CENTRE"), QStringLiteral("desk_a1"));
        Publisher p2(o2, clock, QStringLiteral("CENTRE"), QStringLiteral("desk_a2"));
        auto a1 = m_rig.connect(QStringLiteral("desk_a1"));
        auto a2 = m_rig.connect(QStringLiteral("desk_a2"));
        QVERIFY(p1.record(QStringLiteral("crate.open"), QStringLiteral("CENTRE-T"),
                          {{QStringLiteral("destination"), QStringLiteral("SUD")}}));
        QVERIFY(p1.record(QStringLiteral("crate.add"), QStringLiteral("CENTRE-T"), {}));
        QVERIFY(p1.publish(*a1).status);
        // Both desks seal it while one of them is offline; the store decides when both are back.
        QVERIFY(p2.record(QStringLiteral("crate.seal"), QStringLiteral("CENTRE-T"), {}));
        QVERIFY(p1.record(QStringLiteral("crate.seal"), QStringLiteral("CENTRE-T"), {}));
        QSignalSpy told(&p1, &Publisher::conflict);
        QCOMPARE(p2.publish(*a2).conflicts, 0);
        const PublishRound lost = p1.publish(*a1);
        QCOMPARE(lost.conflicts, 1);
        QCOMPARE(told.size(), 1);
        QVERIFY(told.first().first().toString().contains(QStringLiteral("desk_a2")));
        QCOMPARE(p1.conflicts().value().size(), 1);
        QCOMPARE(p1.conflicts().value().first().outcome.by, QStringLiteral("desk_a2"));
    }

    void noStoreConfiguredChangesNothing()
    {
        test::MockClock clock;
        QTemporaryDir dir;
        Outbox outbox(clock);
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.sqlite"))));
        NetworkStoreLink link(outbox, clock);
        QVERIFY(link.configure(QString(), QStringLiteral("CENTRE"), QStringLiteral("poste-1")));
        QVERIFY(!link.isConfigured());
        ils::MemorySecretStore secrets;
        link.start(secrets);
        QVERIFY(!link.isConnected());
        link.runStarted({QStringLiteral("3000001")});
        link.lineDone(QStringLiteral("3000001"), true);
        QVERIFY(!link.takenElsewhere(QStringLiteral("3000001"), nullptr));
        QCOMPARE(link.publishNow().published, 0);
        QCOMPARE(outbox.database().scalar(QStringLiteral("SELECT count(*) FROM net_events")).value().toInt(), 0);
        // A plain-text address to another computer is refused, and the link stays off.
        QVERIFY(!link.configure(QStringLiteral("postgresql://desk_a1@store.example.org/net?sslmode=disable"),
                                QStringLiteral("CENTRE"), QStringLiteral("poste-1")));
        QVERIFY(!link.isConfigured());
    }

    // A store address whose port accepts TCP but never answers (a stalled server): the desk's event
    // loop keeps turning while the link tries; the failure comes later, as a message.
    void aStoreThatNeverAnswersNeverBlocksTheDesk()
    {
        test::MockClock clock;
        QTemporaryDir dir;
        Outbox outbox(clock);
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.sqlite"))));
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket*> held; // accepted, never answered
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket* socket = silent.nextPendingConnection())
                held.append(socket);
        });
        NetworkStoreLink link(outbox, clock);
        const QString url =
            QStringLiteral("postgresql://desk_a1@127.0.0.1:%1/net?sslmode=disable").arg(silent.serverPort());
        QVERIFY(link.configure(url, QStringLiteral("CENTRE"), QStringLiteral("desk_a1")));
        ils::MemorySecretStore secrets;
        secrets.write(StoreAddress::parse(url).value().keychainKey(), QStringLiteral("secret"), [](Status) {});
        QStringList order; // what happened, in the order the event loop saw it
        connect(&link, &NetworkStoreLink::message, this, [&] { order.append(QStringLiteral("message")); });
        connect(&link, &NetworkStoreLink::connectedChanged, this, [&] { order.append(QStringLiteral("connected")); });
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, this, [&] { order.append(QStringLiteral("timer")); });
        QSignalSpy accepted(&silent, &QTcpServer::newConnection);
        timer.start(20);
        link.start(secrets, 3600 * 1000);
        QVERIFY(order.isEmpty()); // start() returned at once, nothing decided yet
        QVERIFY(link.isConnecting());
        QVERIFY(accepted.wait(10000)); // the link is trying: its connection reached the silent port
        QSignalSpy told(&link, &NetworkStoreLink::message);
        // The desk goes on meanwhile: a line done is durable here and waits, no connect on this thread.
        link.lineDone(QStringLiteral("3000001"), true);
        QCOMPARE(link.publisher()->pendingCount().value(), 1);
        QVERIFY(!order.contains(QStringLiteral("message")));
        QVERIFY(told.wait(20000)); // libpq gives up after the connect timeout
        QVERIFY(!link.isConnected());
        QCOMPARE(order.first(), QStringLiteral("timer")); // the timer fired while the link tried
        QCOMPARE(order.last(), QStringLiteral("message"));
        QVERIFY(!order.contains(QStringLiteral("connected")));
        QVERIFY(!link.isConnecting());
        qDeleteAll(held);
    }

    // Connected, then the store stops answering (its processes stopped: the connections stay up,
    // nothing comes back, not even a new connection's greeting). A line done at the pull run and the
    // timer's rounds go to the link's worker: the desk's thread never waits on the store, its timer
    // fires, the events wait in the outbox; the store back, they are published, each once.
    void aStoreThatHangsOnceConnectedNeverBlocksThePullRun()
    {
        test::MockClock clock;
        QTemporaryDir dir;
        Outbox outbox(clock);
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.sqlite"))));
        NetworkStoreLink link(outbox, clock);
        const QString role = QStringLiteral("desk_a2");
        const StoreAddress address = m_rig.address(role);
        QVERIFY(link.configure(address.toUrl(), QStringLiteral("CENTRE"), role));
        ils::MemorySecretStore secrets;
        secrets.write(address.keychainKey(), NetStoreRig::passwordOf(role), [](Status) {});
        QSignalSpy connected(&link, &NetworkStoreLink::connectedChanged);
        link.start(secrets, 300);
        QVERIFY(connected.wait(10000));
        QVERIFY(link.isConnected());
        // The postmaster (no new connection answers) and this counter's server process (its
        // connection stays up, a statement sent never returns).
        QFile pidFile(QDir(m_rig.cluster().dataDir()).filePath(QStringLiteral("postmaster.pid")));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        QList<pid_t> stopped{pid_t(pidFile.readLine().trimmed().toLongLong())};
        QSqlQuery q(m_rig.owner().database());
        QVERIFY(q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename = 'desk_a2'")));
        while (q.next())
            stopped.append(pid_t(q.value(0).toLongLong()));
        QVERIFY(stopped.size() >= 2);
        for (pid_t pid : stopped)
            QCOMPARE(::kill(pid, SIGSTOP), 0);
        auto resume = qScopeGuard([&] {
            for (pid_t pid : stopped)
                ::kill(pid, SIGCONT);
        });
        QStringList order;
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, this, [&] { order.append(QStringLiteral("timer")); });
        timer.start(50);
        link.lineDone(QStringLiteral("HANG-1"), true);
        link.lineDone(QStringLiteral("HANG-2"), false);
        order.append(QStringLiteral("lines done"));
        QCOMPARE(order, QStringList{QStringLiteral("lines done")}); // returned at once
        QVERIFY(link.isPublishing());                               // the worker waits, not the desk
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 5000);           // the event loop goes on
        QCOMPARE(order.last(), QStringLiteral("timer"));
        QTest::qWait(1000); // the link's timer ticks meanwhile (every 300 ms): nothing waits either
        QCOMPARE(link.publisher()->pendingCount().value(), 2); // durable here, waiting
        resume.dismiss();
        for (pid_t pid : stopped)
            QCOMPARE(::kill(pid, SIGCONT), 0);
        // The store back: published (a new connection if the worker gave up meanwhile), each once.
        QTRY_COMPARE_WITH_TIMEOUT(link.publisher()->pendingCount().value(), 0, 30000);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events WHERE object IN ('HANG-1', 'HANG-2')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void theLinkSharesAPullListBetweenDesks()
    {
        test::MockClock clock;
        QTemporaryDir dir1, dir2;
        Outbox o1(clock), o2(clock);
        QVERIFY(o1.open(dir1.filePath(QStringLiteral("o.sqlite"))));
        QVERIFY(o2.open(dir2.filePath(QStringLiteral("o.sqlite"))));
        NetworkStoreLink desk1(o1, clock), desk2(o2, clock);
        ils::MemorySecretStore secrets1, secrets2;
        for (auto [link, secrets, role] : {std::tuple{&desk1, &secrets1, QStringLiteral("desk_a1")},
                                           std::tuple{&desk2, &secrets2, QStringLiteral("desk_a2")}}) {
            const StoreAddress address = m_rig.address(role);
            QVERIFY(link->configure(address.toUrl(), QStringLiteral("CENTRE"), role));
            QVERIFY(link->isConfigured());
            secrets->write(address.keychainKey(), NetStoreRig::passwordOf(role), [](Status) {});
            QSignalSpy connected(link, &NetworkStoreLink::connectedChanged);
            link->start(*secrets, 3600 * 1000);
            QVERIFY(connected.wait(10000)); // connected off the UI thread, said by a queued signal
            QVERIFY(link->isConnected());
        }
        const QStringList lines{QStringLiteral("L-1"), QStringLiteral("L-2"), QStringLiteral("L-3")};
        QSignalSpy taken(&desk2, &NetworkStoreLink::takenChanged);
        desk1.runStarted(lines); // claimed on the link's store thread
        QTRY_VERIFY(desk1.isClaiming() && desk1.pendingCalls() == 0);
        QString by;
        QVERIFY(!desk2.takenElsewhere(QStringLiteral("L-1"), &by)); // desk 2 has no run: only done lines
        desk2.runStarted(lines);
        QTRY_VERIFY(desk2.takenElsewhere(QStringLiteral("L-1"), &by));
        QCOMPARE(by, QStringLiteral("desk_a1"));
        taken.clear();
        desk1.lineDone(QStringLiteral("L-1"), true); // durable here, published by the link's worker
        QTRY_COMPARE_WITH_TIMEOUT(desk1.publisher()->pendingCount().value(), 0, 10000);
        while (!desk2.takenElsewhere(QStringLiteral("L-1"), &by) || taken.isEmpty())
            QVERIFY(taken.wait(10000));
        QCOMPARE(by, QStringLiteral("desk_a1"));
        QVERIFY(!desk1.takenElsewhere(QStringLiteral("L-1"), nullptr)); // its own line is not "elsewhere"
        desk1.runStopped();
        desk2.runStopped();
    }

    // A day's snapshot saved in reports.sqlite with a store configured: the store's report_snapshots
    // has the day's figures; the event sent again (a lost answer) changes nothing.
    void aSavedReportSnapshotIsPublished()
    {
        test::MockClock clock;
        QTemporaryDir dir;
        Outbox outbox(clock);
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.sqlite"))));
        NetworkStoreLink link(outbox, clock);
        const StoreAddress address = m_rig.address(QStringLiteral("desk_b1"));
        QVERIFY(link.configure(address.toUrl(), QStringLiteral("NORD"), QStringLiteral("desk_b1")));
        ils::MemorySecretStore secrets;
        secrets.write(address.keychainKey(), NetStoreRig::passwordOf(QStringLiteral("desk_b1")), [](Status) {});
        QSignalSpy connected(&link, &NetworkStoreLink::connectedChanged);
        link.start(secrets, 3600 * 1000);
        QVERIFY(connected.wait(10000));

        reports::SnapshotStore snapshots;
        QVERIFY(snapshots.open(dir.filePath(reports::SnapshotStore::fileName())));
        snapshots.setOnSaved([&](const reports::DayReport& day) { QVERIFY(publishSnapshot(link, day).ok()); });
        reports::DayReport day;
        day.day = QDate(2026, 11, 30);
        day.takenAt = QDateTime(day.day, QTime(18, 0), QTimeZone::utc());
        day.localSite = QStringLiteral("NORD");
        day.network.site = reports::NetworkSite;
        day.network.name = QStringLiteral("Network");
        day.network.set(QStringLiteral("pending"), 42);
        reports::SiteFigures nord;
        nord.site = QStringLiteral("NORD");
        nord.name = QStringLiteral("Nord");
        nord.set(QStringLiteral("pending"), 17);
        day.sites.append(nord);
        const Status saved = snapshots.save(day);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(link.publisher()->pendingCount().value(), 0, 10000); // the worker's round

        auto rowsOf = [&] {
            QSqlQuery q(m_rig.owner().database());
            q.exec(QStringLiteral("SELECT count(*), max(counter), max(payload->'network'->'figures'->0->>'value') "
                                  "FROM report_snapshots WHERE site = 'NORD' AND day = '2026-11-30'"));
            q.next();
            return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        };
        QCOMPARE(rowsOf(), (QStringList{QStringLiteral("1"), QStringLiteral("desk_b1"), QStringLiteral("42")}));
        const qint64 events = m_rig.owner().eventCount(QStringLiteral("report.snapshot")).value();
        // The same event again (the counter never got the answer): a replay, nothing more.
        const auto sent = link.publisher()->events(true).value();
        QCOMPARE(sent.size(), 1);
        auto again = link.store().publish(sent.first().event);
        QVERIFY(again);
        QVERIFY(again.value().replay);
        QCOMPARE(rowsOf(), (QStringList{QStringLiteral("1"), QStringLiteral("desk_b1"), QStringLiteral("42")}));
        QCOMPARE(m_rig.owner().eventCount(QStringLiteral("report.snapshot")).value(), events);
    }

    // Last: it stops the cluster.
    void storeStoppedMidRunLosesNothing()
    {
        test::MockClock clock;
        QTemporaryDir dir;
        Outbox outbox(clock);
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.sqlite"))));
        Publisher publisher(outbox, clock, QStringLiteral("CENTRE"), QStringLiteral("desk_a1"));
        auto a1 = m_rig.connect(QStringLiteral("desk_a1"));
        const QString crate = QStringLiteral("CENTRE-M");
        QVERIFY(publisher.record(QStringLiteral("crate.open"), crate,
                                 {{QStringLiteral("destination"), QStringLiteral("NORD")}}));
        for (int i = 0; i < 200; ++i)
            QVERIFY(publisher.record(QStringLiteral("crate.add"), crate,
                                     {{QStringLiteral("barcode"), QString::number(3100000 + i)}}));
        PublishRound round = publisher.publish(*a1, 80);
        QCOMPARE(round.published, 80);
        QCOMPARE(round.pending, 121);
        // The store applied the next one but its answer never came back (the counter crashed).
        auto pending = publisher.events().value();
        const StoreEvent unanswered = pending.at(80).event;
        QVERIFY(!pending.at(80).publishedAt.isValid());
        QVERIFY(a1->publish(unanswered));

        // The store stops mid-run: the round stops, nothing is marked, the counter goes on.
        m_rig.cluster().stop();
        round = publisher.publish(*a1);
        QVERIFY(!round.status);
        QCOMPARE(round.status.error().code, QStringLiteral("netstore.unreachable"));
        QCOMPARE(round.published, 0);
        QCOMPARE(round.pending, 121);
        // Offline for a day, still recording.
        clock.advance(24 * 3600 * 1000);
        for (int i = 200; i < 220; ++i)
            QVERIFY(publisher.record(QStringLiteral("crate.add"), crate,
                                     {{QStringLiteral("barcode"), QString::number(3100000 + i)}}));
        QCOMPARE(publisher.pendingCount().value(), 141);

        // Back: everything goes, in order, once.
        QString error;
        QVERIFY2(m_rig.cluster().startServer(&error), qPrintable(error));
        round = publisher.publish(*a1);
        QVERIFY2(round.status, qPrintable(round.status.ok() ? QString() : round.status.error().message));
        QCOMPARE(round.published, 141);
        QCOMPARE(round.pending, 0);
        auto events = publisher.events().value();
        QCOMPARE(events.at(80).outcome.replay, true);
        QCOMPARE(a1->crate(crate).value().items, 220);
        QSqlQuery q(a1->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT id), bool_and(seq_ok) FROM (SELECT id, "
                                      "(payload->>'barcode')::int - 3100000 = row_number() OVER (ORDER BY seq) - 1 AS "
                                      "seq_ok FROM events WHERE object = 'CENTRE-M' AND kind = 'crate.add') e")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 220);
        QCOMPARE(q.value(1).toInt(), 220);
        QVERIFY(q.value(2).toBool()); // in the order they were made
        QVERIFY(m_rig.owner().reopen());
    }

private:
    NetStoreRig m_rig;
};

QTEST_GUILESS_MAIN(TestNetStore)
#include "tst_netstore.moc"
