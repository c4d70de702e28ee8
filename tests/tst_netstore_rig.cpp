// The throwaway PostgreSQL clusters of the tests clean up after a test killed outright: a rig
// started in a child process that is then killed (kill -9, as a timeout does) leaves its cluster
// running; the next rig started stops it and removes its folder, and leaves alone the clusters of
// tests that still run.
#include "support/PgCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using comptoir::test::PgCluster;

namespace {

// The child: a cluster started, its folder and server said on stdout, then nothing until killed.
int rigChild()
{
    PgCluster cluster;
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stdout, "failed %s\n", qPrintable(error));
        std::fflush(stdout);
        return 1;
    }
    QFile pidFile(QDir(cluster.dataDir()).filePath(QStringLiteral("postmaster.pid")));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray postmaster = pidFile.readLine().trimmed();
    std::fprintf(stdout, "ready %s %s\n", qPrintable(QFileInfo(cluster.dataDir()).absolutePath()),
                 postmaster.constData());
    std::fflush(stdout);
    for (;;)
        ::pause();
}

} // namespace

class TestNetStoreRig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKilledTestsClusterIsStoppedAndRemovedByTheNextRig()
    {
        if (!PgCluster::available())
            QSKIP("PostgreSQL's binaries are not installed (.ci/setup installs postgresql)");
        // This process's own cluster, running while the orphan is reaped: left alone.
        PgCluster mine;
        QString error;
        QVERIFY2(mine.start(&error), qPrintable(error));

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--rig-child")});
        QVERIFY(child.waitForStarted(10000));
        QByteArray said;
        while (!said.contains('\n') && child.waitForReadyRead(120000))
            said += child.readAllStandardOutput();
        const QList<QByteArray> fields = said.trimmed().split(' ');
        QVERIFY2(fields.size() == 3 && fields.first() == "ready", said.constData());
        const QString folder = QString::fromLocal8Bit(fields.at(1));
        const pid_t postmaster = pid_t(fields.at(2).toLongLong());
        QVERIFY(QFile::exists(folder + QStringLiteral("/owner")));
        QVERIFY(PgCluster::alive(postmaster));
        // A stopped server (as a test that stopped it to play a hung store) is no obstacle either.
        QCOMPARE(::kill(postmaster, SIGSTOP), 0);

        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Killed outright: its cluster runs on, its folder stays.
        QVERIFY(PgCluster::alive(postmaster));
        QVERIFY(QDir(folder).exists());

        // The next rig started (in any test) stops it and removes its folder.
        PgCluster next;
        QVERIFY2(next.start(&error), qPrintable(error));
        QVERIFY(!PgCluster::alive(postmaster));
        QVERIFY(!QDir(folder).exists());
        // The clusters of running tests are left alone.
        QVERIFY(mine.running());
        QVERIFY(QFile::exists(QDir(mine.dataDir()).filePath(QStringLiteral("postmaster.pid"))));
        QCOMPARE(PgCluster::reapOrphans(), 0);
        QVERIFY(QDir(mine.dataDir()).exists());
        QVERIFY(QDir(next.dataDir()).exists());
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--rig-child") == 0)
        return rigChild();
    TestNetStoreRig test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_netstore_rig.moc"
