#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <unistd.h>

namespace comptoir::test {

// A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, a free port on
// loopback (no Unix socket), password authentication (scram-sha-256), started and stopped with
// pg_ctl. PostgreSQL refuses to run as root: when the tests run as root, the cluster's files
// belong to `nobody` and every server command runs as that user (setpriv). Nothing of the
// system's own clusters is touched.
class PgCluster
{
public:
    static constexpr const char* Admin = "comptoir_owner";

    PgCluster() = default;
    ~PgCluster() { stop(); }
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    // The folder of initdb, pg_ctl and postgres: COMPTOIR_PG_BIN, else Debian's newest
    // /usr/lib/postgresql/<version>/bin, else the PATH's. Empty when PostgreSQL is not installed.
    static QString binDir()
    {
        const QString fromEnv = qEnvironmentVariable("COMPTOIR_PG_BIN");
        if (!fromEnv.isEmpty())
            return QFile::exists(fromEnv + QStringLiteral("/postgres")) ? fromEnv : QString();
        QDir debian(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
        for (const QString& v : versions) {
            const QString bin = debian.filePath(v + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/postgres")) && QFile::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        const QString pgCtl = QStandardPaths::findExecutable(QStringLiteral("pg_ctl"));
        if (pgCtl.isEmpty())
            return {};
        const QString dir = QFileInfo(QFileInfo(pgCtl).canonicalFilePath()).absolutePath();
        return QFile::exists(dir + QStringLiteral("/postgres")) ? dir : QString();
    }
    static bool available() { return !binDir().isEmpty(); }

    // initdb and start; false with a reason when something failed.
    bool start(QString* error)
    {
        m_bin = binDir();
        if (m_bin.isEmpty())
            return fail(error, QStringLiteral("PostgreSQL binaries not found"));
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder"));
        m_password = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString pwFile = m_dir.filePath(QStringLiteral("pw"));
        {
            QFile f(pwFile);
            if (!f.open(QIODevice::WriteOnly))
                return fail(error, QStringLiteral("cannot write the password file"));
            f.write(m_password.toUtf8() + '\n');
        }
        if (geteuid() == 0) {
            // The server's user must own its folder.
            if (QProcess::execute(QStringLiteral("chown"),
                                  {QStringLiteral("-R"), QStringLiteral("nobody:nogroup"), m_dir.path()}) != 0)
                return fail(error, QStringLiteral("chown of the cluster folder failed"));
        }
        QString out;
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QString::fromLatin1(Admin),
                  QStringLiteral("--pwfile=") + pwFile, QStringLiteral("--auth=scram-sha-256"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                 &out))
            return fail(error, QStringLiteral("initdb failed: ") + out);
        QFile::remove(pwFile);
        return startServer(error);
    }

    // More server options (" -c ssl=on …"), before start().
    void setServerOptions(const QString& options) { m_serverOptions = options; }

    // Starts the stopped cluster again on the same port (a store back after an outage).
    bool startServer(QString* error)
    {
        if (m_port == 0)
            m_port = freePort();
        QString out;
        const QString options = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                                               "-c max_connections=60 -c shared_buffers=16MB")
                                    .arg(m_port) +
                                m_serverOptions;
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-o"), options, QStringLiteral("-l"),
                  m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                  QStringLiteral("60"), QStringLiteral("start")},
                 &out))
            return fail(error, QStringLiteral("pg_ctl start failed: ") + out + serverLog());
        m_running = true;
        return true;
    }

    // Stops the server (fast: open sessions are cut, as when the store's machine goes down).
    void stop()
    {
        if (!m_running)
            return;
        QString out;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
             QStringLiteral("stop")},
            &out);
        m_running = false;
    }

    bool running() const { return m_running; }
    int port() const { return m_port; }
    QString password() const { return m_password; }
    QString serverLog() const
    {
        QFile f(m_dir.filePath(QStringLiteral("server.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
    }

    // The cluster's folder (postmaster.pid: the server's process, for a test that stops it).
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

private:
    static int freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        return probe.serverPort();
    }

    bool run(const QString& tool, const QStringList& args, QString* output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        const QString program = m_bin + QLatin1Char('/') + tool;
        if (geteuid() == 0) {
            QStringList all{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                            QStringLiteral("--clear-groups"), QStringLiteral("--"), program};
            all += args;
            p.start(QStringLiteral("setpriv"), all);
        } else {
            p.start(program, args);
        }
        if (!p.waitForStarted(10000)) {
            *output = QStringLiteral("cannot start ") + tool;
            return false;
        }
        p.waitForFinished(120000);
        *output = QString::fromLocal8Bit(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    static bool fail(QString* error, const QString& why)
    {
        if (error)
            *error = why;
        return false;
    }

    // Run as root, the server's user must reach its folder: a temporary folder others can traverse
    // (a /tmp closed to others is skipped for /var/tmp).
    static QString baseDir()
    {
        if (geteuid() != 0)
            return QDir::tempPath();
        for (const QString& dir : {QDir::tempPath(), QStringLiteral("/var/tmp"), QStringLiteral("/dev/shm")}) {
            const QFileInfo info(dir);
            if (info.isDir() && info.permission(QFileDevice::ExeOther))
                return dir;
        }
        return QDir::tempPath();
    }

    QTemporaryDir m_dir{baseDir() + QStringLiteral("/comptoir-pg-XXXXXX")};
    QString m_bin, m_password, m_serverOptions;
    int m_port = 0;
    bool m_running = false;
};

} // namespace comptoir::test
