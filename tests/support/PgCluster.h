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
#include <QThread>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace comptoir::test {

// A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, a free port on
// loopback (no Unix socket), password authentication (scram-sha-256), started and stopped with
// pg_ctl. PostgreSQL refuses to run as root: when the tests run as root, the cluster's files
// belong to `nobody` and every server command runs as that user (setpriv). Nothing of the
// system's own clusters is touched.
// A test killed outright (kill -9, a timeout) cannot stop its cluster: each cluster's folder names
// its owner (the test's process: pid and start time, in `owner`), and every start first stops and
// removes the clusters whose owner is gone (reapOrphans()).
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
        reapOrphans();
        {
            QFile owner(m_dir.filePath(QStringLiteral("owner")));
            if (!owner.open(QIODevice::WriteOnly))
                return fail(error, QStringLiteral("cannot write the owner file"));
            owner.write(QByteArray::number(qint64(getpid())) + ' ' + startTime(getpid()) + '\n');
        }
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

    // Stops (immediate shutdown) and removes every throwaway cluster whose owner process is gone;
    // returns how many. Folders without an owner file are left alone (an older rig's, or one being
    // made).
    static int reapOrphans()
    {
        int reaped = 0;
        QStringList bases{baseDir(), QDir::tempPath(), QStringLiteral("/var/tmp")};
        bases.removeDuplicates();
        for (const QString& base : std::as_const(bases)) {
            const QDir dir(base);
            for (const QString& name :
                 dir.entryList({QStringLiteral("comptoir-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
                const QString folder = dir.filePath(name);
                QFile owner(folder + QStringLiteral("/owner"));
                if (!owner.open(QIODevice::ReadOnly))
                    continue;
                const QList<QByteArray> fields = owner.readAll().trimmed().split(' ');
                owner.close();
                const pid_t pid = fields.isEmpty() ? 0 : pid_t(fields.first().toLongLong());
                if (pid <= 0 || (alive(pid) && startTime(pid) == fields.value(1)))
                    continue; // its test still runs
                stopOrphan(folder + QStringLiteral("/data"));
                if (QDir(folder).removeRecursively())
                    ++reaped;
            }
        }
        return reaped;
    }

    // A process that runs (a zombie no longer does).
    static bool alive(pid_t pid)
    {
        if (pid <= 0 || (::kill(pid, 0) != 0 && errno != EPERM))
            return false;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray line = stat.readAll();
        return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
    }

private:
    // A process's start time (field 22 of /proc/<pid>/stat), so that a pid used again by another
    // process is not taken for the owner.
    static QByteArray startTime(pid_t pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return {};
        const QByteArray line = stat.readAll();
        const qsizetype paren = line.lastIndexOf(')'); // the command's name may hold spaces
        const QList<QByteArray> fields = line.mid(paren + 2).split(' ');
        return fields.value(19); // field 22 counted from the state, field 3
    }

    // The children of a process (its server processes), from /proc.
    static QList<pid_t> childrenOf(pid_t parent)
    {
        QList<pid_t> children;
        const QDir proc(QStringLiteral("/proc"));
        for (const QString& entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            bool number = false;
            const pid_t pid = pid_t(entry.toLongLong(&number));
            if (!number)
                continue;
            QFile stat(proc.filePath(entry + QStringLiteral("/stat")));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (pid_t(fields.value(1).toLongLong()) == parent)
                children.append(pid);
        }
        return children;
    }

    // The server of an orphaned cluster stopped at once, even one a test had stopped (SIGSTOP): its
    // processes go on first, the postmaster then shuts down immediately (SIGQUIT: it frees its
    // shared memory), killed if it does not within a minute.
    static void stopOrphan(const QString& dataDir)
    {
        QFile pidFile(dataDir + QStringLiteral("/postmaster.pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            return;
        const pid_t postmaster = pid_t(pidFile.readLine().trimmed().toLongLong());
        pidFile.close();
        if (postmaster <= 0 || !alive(postmaster))
            return;
        // postmaster.pid names our cluster's server only while its command line names the folder.
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(postmaster));
        if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains(QFile::encodeName(dataDir)))
            return;
        const QList<pid_t> children = childrenOf(postmaster);
        ::kill(postmaster, SIGCONT);
        for (pid_t child : children)
            ::kill(child, SIGCONT);
        ::kill(postmaster, SIGQUIT);
        for (int i = 0; i < 600 && alive(postmaster); ++i)
            QThread::msleep(100);
        if (alive(postmaster)) {
            for (pid_t child : children)
                ::kill(child, SIGKILL);
            ::kill(postmaster, SIGKILL);
        }
    }

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
