#include "StartupReport.h"

#include "store/CacheStore.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <unistd.h>

namespace comptoir {

namespace {

// Milliseconds since the process started (the kernel's start time: loading the libraries counts).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (in parentheses, which may contain spaces); start time is field 22.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return up * 1000.0 - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readAll().split(' ').value(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

} // namespace

StartupReport::StartupReport(LocalStore& store, bool listsExpected)
    : m_store(store)
    , m_listsExpected(listsExpected)
{
}

void StartupReport::watch(QWidget& window)
{
    window.installEventFilter(this);
}

bool StartupReport::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_paintedAt < 0) {
        m_paintedAt = msSinceProcessStart();
        QTimer::singleShot(0, this, [this] { printWhenComplete(); });
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::listsLoaded()
{
    m_loadedAt = msSinceProcessStart();
    printWhenComplete();
}

void StartupReport::printWhenComplete()
{
    if (m_paintedAt < 0 || (m_listsExpected && m_loadedAt < 0))
        return;
    qint64 rows = 0;
    for (const char* table : {"libraries", "holds", "items", "biblios", "patrons"})
        if (const auto count = m_store.cache().rowCount(QLatin1String(table)))
            rows += count.value();
    std::printf("startup.first_paint %.0f ms\nstartup.lists_loaded %.0f ms\nstartup.rss %.0f MB\n"
                "startup.cached_rows %lld rows\n",
                m_paintedAt, m_loadedAt, residentMegabytes(), static_cast<long long>(rows));
    std::fflush(stdout);
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace comptoir
