// comptoir-store, the network store's tool for IT (issue 21): run as IT runs it (QProcess) against
// a real throwaway PostgreSQL cluster: migrate (idempotent, versions before and after),
// add-counter (a role bound to its site by row-level security; its password printed once or read
// from standard input), status, and the failures: wrong password, closed port, TLS refused, an
// address the rules refuse, wrong usage; each with its message and exit code.
#include "support/PgCluster.h"

#include "netstore/NetStore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

using namespace comptoir;
using namespace comptoir::netstore;
using comptoir::test::PgCluster;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

} // namespace

class TestStoreTool : public QObject
{
    Q_OBJECT

private:
    PgCluster m_cluster;
    static constexpr const char* Database = "tool_net";

    QString ownerUrl(const QString& query = QStringLiteral("?sslmode=disable"), int port = 0) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3%4")
            .arg(QString::fromLatin1(PgCluster::Admin))
            .arg(port ? port : m_cluster.port())
            .arg(QString::fromLatin1(Database), query);
    }

    Run tool(const QStringList& args, const QString& password, const QByteArray& input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        env.remove(QStringLiteral("COMPTOIR_STORE_ADDRESS"));
        env.insert(QStringLiteral("COMPTOIR_STORE_PASSWORD"), password);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(COMPTOIR_STORE_PATH), args);
        if (!p.waitForStarted(10000))
            return {};
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    Run tool(const QStringList& args) { return tool(args, m_cluster.password()); }

    StoreAddress counter(const QString& role) const
    {
        StoreAddress a;
        a.host = QStringLiteral("127.0.0.1");
        a.port = m_cluster.port();
        a.database = QString::fromLatin1(Database);
        a.role = role;
        a.sslMode = QStringLiteral("disable");
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PgCluster::available())
            QSKIP("PostgreSQL's binaries are not installed (.ci/setup installs postgresql)");
        QVERIFY2(NetStore::driverAvailable(), "Qt's QPSQL driver is missing (.ci/setup installs libqt6sql6-psql)");
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        NetStore postgres;
        StoreAddress admin = counter(QString::fromLatin1(PgCluster::Admin));
        admin.database = QStringLiteral("postgres");
        QVERIFY(postgres.open(admin, m_cluster.password()));
        QSqlQuery q(postgres.database());
        QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(QString::fromLatin1(Database))),
                 qPrintable(q.lastError().text()));
    }

    void wrongUsageSaysHow()
    {
        Run r = tool({QStringLiteral("--address"), ownerUrl()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("one command")), qPrintable(r.err));
        r = tool({QStringLiteral("--address"), ownerUrl(), QStringLiteral("drop-everything")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command drop-everything")));
        r = tool({QStringLiteral("--address"), ownerUrl(), QStringLiteral("add-counter"), QStringLiteral("--site"),
                  QStringLiteral("CENTRE")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--role")));
        r = tool({QStringLiteral("status")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no store address")));
        // Plain text to another computer: refused before any connection.
        r = tool({QStringLiteral("--address"),
                  QStringLiteral("postgresql://owner@store.reseau.example/comptoir?sslmode=disable"),
                  QStringLiteral("status")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("needs TLS")), qPrintable(r.err));
    }

    void beforeMigrateNothingCanBeAdded()
    {
        const Run r =
            tool({QStringLiteral("--address"), ownerUrl(), QStringLiteral("add-counter"), QStringLiteral("--site"),
                  QStringLiteral("CENTRE"), QStringLiteral("--role"), QStringLiteral("desk_early")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("migrate first")), qPrintable(r.err));
        const Run s = tool({QStringLiteral("--address"), ownerUrl(), QStringLiteral("status")});
        QCOMPARE(s.code, 0);
        QVERIFY2(s.out.contains(
                     QStringLiteral("schema: 0 (this comptoir-store: %1), run migrate").arg(NetStore::latestVersion())),
                 qPrintable(s.out));
    }

    void migrateCreatesThenFindsItUpToDate()
    {
        const QString latest = QString::number(NetStore::latestVersion());
        Run r = tool({QStringLiteral("--address"), ownerUrl(), QStringLiteral("migrate")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("schema before: 0\n")), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("schema after: ") + latest + QLatin1Char('\n')));
        QVERIFY(r.out.contains(QStringLiteral("upgraded from 0 to ") + latest));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        r = tool({QStringLiteral("--address"), ownerUrl(), QStringLiteral("migrate")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("schema before: ") + latest + QLatin1Char('\n')));
        QVERIFY(r.out.contains(QStringLiteral("schema after: ") + latest + QLatin1Char('\n')));
        QVERIFY(r.out.contains(QStringLiteral("already up to date")));
    }

    void addCounterMakesARoleBoundToItsSite()
    {
        // A password made by the tool, printed once.
        Run r = tool({QStringLiteral("--address"), ownerUrl(), QStringLiteral("add-counter"), QStringLiteral("--site"),
                      QStringLiteral("CENTRE"), QStringLiteral("--role"), QStringLiteral("desk_one")});
        QCOMPARE(r.code, 0);
        const auto match =
            QRegularExpression(QStringLiteral("^password: (\\S+)$"), QRegularExpression::MultilineOption).match(r.out);
        QVERIFY2(match.hasMatch(), qPrintable(r.out));
        const QString password = match.captured(1);
        QVERIFY(password.size() >= 20);
        QCOMPARE(r.out.count(password), 1);
        QVERIFY(r.out.contains(QStringLiteral("netstore/address = postgresql://desk_one@127.0.0.1")));
        NetStore one;
        QVERIFY(one.open(counter(QStringLiteral("desk_one")), password));
        QCOMPARE(one.mySite().value(), QStringLiteral("CENTRE"));
        // Row-level security: its own site's objects only.
        const auto event = [](const QString& site, const QString& crate) {
            return StoreEvent{QUuid::createUuid().toString(QUuid::WithoutBraces),
                              site,
                              QStringLiteral("crate.open"),
                              crate,
                              QJsonObject{{QStringLiteral("destination"), QStringLiteral("NORD")}},
                              QDateTime::currentDateTimeUtc()};
        };
        QVERIFY(one.publish(event(QStringLiteral("CENTRE"), QStringLiteral("C-TOOL-1"))));
        auto foreign = one.publish(event(QStringLiteral("NORD"), QStringLiteral("C-TOOL-2")));
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, QStringLiteral("netstore.denied"));

        // A password IT chose, from standard input: not printed.
        r = tool({QStringLiteral("--address"), ownerUrl(), QStringLiteral("add-counter"), QStringLiteral("--site"),
                  QStringLiteral("NORD"), QStringLiteral("--role"), QStringLiteral("desk_two"),
                  QStringLiteral("--password-stdin")},
                 m_cluster.password(), "chosen-by-it-42\n");
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("password:")));
        QVERIFY(!r.out.contains(QStringLiteral("chosen-by-it-42")));
        NetStore two;
        QVERIFY(two.open(counter(QStringLiteral("desk_two")), QStringLiteral("chosen-by-it-42")));
        QCOMPARE(two.mySite().value(), QStringLiteral("NORD"));

        // A role name the store would not take.
        r = tool({QStringLiteral("--address"), ownerUrl(), QStringLiteral("add-counter"), QStringLiteral("--site"),
                  QStringLiteral("NORD"), QStringLiteral("--role"), QStringLiteral("Desk-Three")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("lower-case")), qPrintable(r.err));
    }

    void statusListsCountersAndTheirLastEvent()
    {
        const Run r = tool({QStringLiteral("--address"), ownerUrl(), QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("schema: %1 (this comptoir-store: %1)\n").arg(NetStore::latestVersion())),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("events: 1\n")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("counters: 2\n")));
        QVERIFY(QRegularExpression(QStringLiteral("desk_one\\tsite CENTRE\\t1 events\\tlast: crate.open at 20\\d\\d-"))
                    .match(r.out)
                    .hasMatch());
        QVERIFY(r.out.contains(QStringLiteral("desk_two\tsite NORD\t0 events\tlast: none")));
    }

    void failuresSayWhyAndExitNonZero()
    {
        // The wrong password.
        Run r = tool({QStringLiteral("--address"), ownerUrl(), QStringLiteral("status")}, QStringLiteral("nope"));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("wrong password for role comptoir_owner")), qPrintable(r.err));
        // No password at all.
        r = tool({QStringLiteral("--address"), ownerUrl(), QStringLiteral("status")}, QString());
        QCOMPARE(r.code, 3);
        // Nothing listening.
        int closed = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        r = tool({QStringLiteral("--address"), ownerUrl(QStringLiteral("?sslmode=disable"), closed),
                  QStringLiteral("migrate")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("cannot reach the store at 127.0.0.1:%1").arg(closed)),
                 qPrintable(r.err));
        // TLS required (verify-full, the default) and the server has none: refused, not sent in clear.
        r = tool({QStringLiteral("--address"), ownerUrl(QString()), QStringLiteral("status")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("TLS refused")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestStoreTool)
#include "tst_store_tool.moc"
