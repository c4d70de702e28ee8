// comptoir-bench: measures what DESIGN.md budgets, and prints "name value unit" lines.
//   comptoir-bench sync    full sync of a site with 50k requests, 50k items, 30k patrons from the
//                          training library (a child process on loopback), then an incremental
//                          sync with 1% of the requests changed (median, min and max of --runs runs,
//                          client and server CPU, time the client waited for pages)
//   comptoir-bench refresh a refresh with nothing changed at 25k, 50k and 100k requests
//   comptoir-bench startup comptoir --demo --startup-report, offscreen: first paint, lists loaded
//   comptoir-bench outbox  durable outbox appends per second (synchronous=FULL), one at a time and
//                          in bursts of 20 (one transaction, one sync to disk)
//   comptoir-bench scan    scan to verdict: from the cache with 1M items (offline), and through
//                          SIP2 to the training library on loopback; p50 and p99
//   comptoir-bench pull-list  a pick list of N lines (--lines, default 100k) read from the cache and put
//                          in walking order; median of 5 runs, min, max, peak RSS
//   comptoir-bench shelf-order FILE  call numbers (one per line, UTF-8): key building and key + sort
//                          times (median of 5, min, max); the sorted list to FILE.sorted (or --out)
//   comptoir-bench crate   a 200-item shuttle crate sealed with its manifest, then received scan by
//                          scan (p50/p99; app/BenchCrate.cpp)
//   comptoir-bench rfid       a stack of tags on the simulated pad read and announced; a security write
#include "BenchCrate.h"
#include "bench_network.h"
//   comptoir-bench lockers    card scan to every door command sent (p50, p99); a sensor sweep of 4 boards
//                          at 19 200 baud (app/bench_lockers.cpp)
#include "Clock.h"
#include "Logging.h"
#include "MemoryTuning.h"
#include "Verdict.h"
#include "demo/DeviceTwins.h"
#include "demo/SandboxProcess.h"
#include "demo/TrainingLibrary.h"
#include "desk/CallNumber.h"
#include "desk/CaptureService.h"
#include "desk/PullList.h"
#include "devices/RfidPad.h"
#include "ils/KohaRestClient.h"
#include "ils/Sip2Client.h"
#include "reports/ReportService.h"
#include "reports/SnapshotStore.h"
#include "sandbox/BenchData.h"
#include "sandbox/KohaRestServer.h"
#include "sandbox/NetworkGenerator.h"
#include "store/CacheStore.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <QFile>
#include <QProcess>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace comptoir;

namespace {

void print(const char* name, double value, const char* unit)
{
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Several runs of one measure: its median, min and max.
void printRuns(const QString& name, QList<double> values, const char* unit = "ms")
{
    if (values.isEmpty())
        return;
    std::sort(values.begin(), values.end());
    const double median =
        values.size() % 2 ? values[values.size() / 2] : (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2;
    print(qPrintable(name + QStringLiteral(".median")), median, unit);
    print(qPrintable(name + QStringLiteral(".min")), values.first(), unit);
    print(qPrintable(name + QStringLiteral(".max")), values.last(), unit);
}

// CPU time (user + system) a process has used so far, in milliseconds.
double cpuMs(qint64 pid)
{
    QFile stat(pid > 0 ? QStringLiteral("/proc/%1/stat").arg(pid) : QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

struct SyncRun
{
    Status status;
    sync::SyncReport report;
};

SyncRun runSync(sync::SyncEngine& engine, bool full)
{
    SyncRun out;
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::finished, &loop, [&](const Status& s, const sync::SyncReport& r) {
        out = {s, r};
        loop.quit();
    });
    if (full)
        engine.fullSync();
    else
        engine.syncNow();
    loop.exec();
    return out;
}

// CPU time this process has used so far (user + system), in ms: on a busy machine the wall time
// says how long the counter waited, this says how much work it was.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// The process's peak resident memory so far, in MB (getrusage: ru_maxrss is in KiB on Linux).
double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Says why a benchmark cannot go on; its exit status.
int failed(const Error& error)
{
    std::fprintf(stderr, "comptoir-bench: %s\n", qPrintable(error.message));
    return 1;
}

// The training library as a child process with a generated network of `holds` requests, nearly all
// picked up at CENTRE (one site plus the locker bank).
Status startNetwork(sandbox::SandboxProcess& sandbox, const QCommandLineParser& parser, const QString& data, int holds)
{
    if (parser.isSet(QStringLiteral("sandbox")))
        sandbox.setProgram(parser.value(QStringLiteral("sandbox")));
    return sandbox.start({QStringLiteral("--data"), data, QStringLiteral("--seed"), QStringLiteral("3"),
                          QStringLiteral("--sites"), QStringLiteral("1"), QStringLiteral("--items"),
                          parser.value(QStringLiteral("items")), QStringLiteral("--patrons"),
                          parser.value(QStringLiteral("patrons")), QStringLiteral("--holds"), QString::number(holds),
                          QStringLiteral("--today"), QStringLiteral("2026-11-22")});
}

// A counter of CENTRE with its own cache and REST client, against the training library.
struct BenchCounter
{
    SystemClock clock;
    QNetworkAccessManager nam;
    ils::KohaRestClient rest{nam, clock};
    CacheStore cache;
    std::unique_ptr<sync::SyncEngine> engine;

    Status open(const QString& cacheFile, const sandbox::SandboxProcess& sandbox, int perPage)
    {
        ils::KohaConfig config;
        config.baseUrl = sandbox.baseUrl();
        config.user = sandbox::KohaRestServer::DefaultLogin;
        config.secret = sandbox::KohaRestServer::DefaultPassword;
        config.perPage = perPage;
        config.timeoutMs = 60000;
        rest.setConfig(config);
        if (Status s = cache.open(cacheFile); !s.ok())
            return s;
        engine = std::make_unique<sync::SyncEngine>(rest, cache, clock);
        engine->setSite(QStringLiteral("CENTRE"));
        return {};
    }
};

int benchSync(const QCommandLineParser& parser)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("network.sqlite"));
    const int holds = parser.value(QStringLiteral("holds")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    sandbox::SandboxProcess sandbox;
    QElapsedTimer timer;
    timer.start();
    if (Status started = startNetwork(sandbox, parser, data, holds); !started.ok())
        return failed(started.error());
    print("sandbox.start", double(timer.elapsed()), "ms");

    QList<double> full, rate, clientCpu, serverCpu, processing, waiting, incremental, idle;
    for (int run = 0; run < runs; ++run) {
        BenchCounter counter;
        if (Status s = counter.open(dir.filePath(QStringLiteral("cache-%1.sqlite").arg(run)), sandbox,
                                    parser.value(QStringLiteral("per-page")).toInt());
            !s.ok())
            return failed(s.error());
        // Where the time goes: when each phase started.
        QElapsedTimer phaseTimer;
        QString phase;
        QObject::connect(counter.engine.get(), &sync::SyncEngine::started, [&](bool) { phaseTimer.start(); });
        QObject::connect(counter.engine.get(), &sync::SyncEngine::progress, [&](const QString& name, qint64, qint64) {
            if (name != phase && parser.isSet(QStringLiteral("phases"))) {
                std::printf("phase.%s.start %lld ms\n", qPrintable(name), phaseTimer.elapsed());
                phase = name;
            }
        });
        const double clientBefore = cpuMs(0), serverBefore = cpuMs(sandbox.processId());
        counter.rest.resetPagingStats();
        timer.restart();
        SyncRun first = runSync(*counter.engine, true);
        const double wall = double(timer.nsecsElapsed()) / 1e6;
        if (!first.status.ok()) {
            std::fprintf(stderr, "comptoir-bench: full sync failed: %s\n", qPrintable(first.status.error().message));
            return 1;
        }
        full << wall;
        rate << double(first.report.holds) * 1000.0 / std::max(1.0, wall);
        clientCpu << cpuMs(0) - clientBefore;
        serverCpu << cpuMs(sandbox.processId()) - serverBefore;
        processing << double(counter.rest.pagingStats().processingNs) / 1e6;
        waiting << double(counter.rest.pagingStats().waitingNs) / 1e6;
        if (run == 0) {
            print("sync.full.requests", double(first.report.holds), "requests");
            print("sync.full.items", double(counter.cache.rowCount(QStringLiteral("items")).value()), "items");
            print("sync.full.patrons", double(counter.cache.rowCount(QStringLiteral("patrons")).value()), "patrons");
            print("sync.full.pick_list", double(first.report.pickList), "lines");
        }

        // 1% of the site's requests change: half of them move on (new timestamp and priority), a
        // quarter are cancelled, a quarter are new.
        const int changed = std::max(1, int(first.report.holds / 100));
        if (Status s = sandbox::bench::changeRequests(data, QStringLiteral("CENTRE"), changed); !s.ok())
            return failed(s.error());
        timer.restart();
        SyncRun next = runSync(*counter.engine, false);
        if (!next.status.ok()) {
            std::fprintf(stderr, "comptoir-bench: incremental sync failed: %s\n",
                         qPrintable(next.status.error().message));
            return 1;
        }
        incremental << double(timer.nsecsElapsed()) / 1e6;
        if (run == 0) {
            print("sync.incremental.changed", double(changed), "requests");
            print("sync.incremental.received", double(next.report.holds), "requests");
            print("sync.incremental.removed", double(next.report.removed), "requests");
        }
        timer.restart();
        SyncRun nothing = runSync(*counter.engine, false);
        idle << double(timer.nsecsElapsed()) / 1e6;
        if (!nothing.status.ok())
            return failed(nothing.status.error());
    }
    printRuns(QStringLiteral("sync.full"), full, "ms");
    printRuns(QStringLiteral("sync.full.rate"), rate, "requests/s");
    printRuns(QStringLiteral("sync.full.client_cpu"), clientCpu, "ms");
    printRuns(QStringLiteral("sync.full.server_cpu"), serverCpu, "ms");
    printRuns(QStringLiteral("sync.full.client_processing"), processing, "ms");
    printRuns(QStringLiteral("sync.full.client_waiting"), waiting, "ms");
    printRuns(QStringLiteral("sync.incremental"), incremental, "ms");
    printRuns(QStringLiteral("sync.incremental.nothing_changed"), idle, "ms");
    return 0;
}

// A refresh with nothing changed, at several site sizes: a full sync first, then `runs` refreshes.
int benchRefresh(const QCommandLineParser& parser)
{
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    for (const QString& size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int siteRequests = size.trimmed().toInt();
        if (siteRequests <= 0)
            continue;
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("network.sqlite"));
        sandbox::SandboxProcess sandbox;
        // About 6% of the generated requests are picked up at the locker bank.
        const int holds = std::min(200000, int(std::lround(siteRequests / 0.9407)));
        if (Status started = startNetwork(sandbox, parser, data, holds); !started.ok())
            return failed(started.error());
        BenchCounter counter;
        if (Status s = counter.open(dir.filePath(QStringLiteral("cache.sqlite")), sandbox,
                                    parser.value(QStringLiteral("per-page")).toInt());
            !s.ok())
            return failed(s.error());
        SyncRun first = runSync(*counter.engine, true);
        if (!first.status.ok())
            return failed(first.status.error());
        const QString name = QStringLiteral("refresh.nothing_changed.%1k").arg(siteRequests / 1000);
        print(qPrintable(name + QStringLiteral(".requests")), double(first.report.holds), "requests");
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            SyncRun refresh = runSync(*counter.engine, false);
            times << double(timer.nsecsElapsed()) / 1e6;
            if (!refresh.status.ok())
                return failed(refresh.status.error());
        }
        printRuns(name, times, "ms");
    }
    return 0;
}

// Start-up of the client (comptoir --demo --startup-report, offscreen): process start to first paint
// and to the lists loaded, from the time this launcher started it (CLOCK_MONOTONIC, passed along).
int benchStartup(const QCommandLineParser& parser)
{
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/comptoir");
    QTemporaryDir dir;
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QList<double> paint, lists;
    for (int run = -1; run < runs; ++run) { // the first one generates the demo's network: not counted
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        env.insert(QStringLiteral("COMPTOIR_LAUNCHED_AT_NS"),
                   QString::number(qint64(now.tv_sec) * 1000000000 + now.tv_nsec));
        process.setProcessEnvironment(env);
        process.start(program, {QStringLiteral("--demo"), QStringLiteral("--startup-report"),
                                QStringLiteral("--data-dir"), dir.path()});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            std::fprintf(stderr, "comptoir-bench: %s --demo --startup-report failed: %s\n", qPrintable(program),
                         process.readAllStandardError().constData());
            return 1;
        }
        if (run < 0)
            continue;
        for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() < 2)
                continue;
            if (parts[0] == "startup.first_paint")
                paint << parts[1].toDouble();
            else if (parts[0] == "startup.lists_loaded")
                lists << parts[1].toDouble();
        }
    }
    printRuns(QStringLiteral("startup.first_paint"), paint, "ms");
    printRuns(QStringLiteral("startup.lists_loaded"), lists, "ms");
    return 0;
}

// Builds the pull-list benchmark's cache: a generated network of N items, every one on the site's
// pick list. Run as a child process by benchPullList, so that the peak memory measured there is the
// pull list's, not the generator's.
int preparePullListCache(const QCommandLineParser& parser)
{
    QTemporaryDir dir;
    sandbox::GeneratorOptions options;
    options.seed = 5;
    options.sites = 1;
    options.items = parser.value(QStringLiteral("lines")).toInt();
    options.patrons = 1000;
    options.holds = 1000;
    const QString network = dir.filePath(QStringLiteral("network.sqlite"));
    if (auto generated = sandbox::NetworkGenerator::generate(network, options); !generated)
        return failed(generated.error());
    CacheStore cache;
    if (Status s = cache.open(parser.value(QStringLiteral("cache"))); !s.ok())
        return failed(s.error());
    // Written as a first sync writes an empty cache: indexes and triggers after.
    if (Status s = cache.dropSecondaryIndexes(); !s.ok())
        return failed(s.error());
    if (Status s = sandbox::bench::fillCache(cache.database(), network, QStringLiteral("CENTRE"),
                                             sandbox::bench::CacheFill::PickList);
        !s.ok())
        return failed(s.error());
    if (Status s = cache.buildSecondaryIndexes(); !s.ok())
        return failed(s.error());
    return 0;
}

int benchPullList(const QCommandLineParser& parser)
{
    // A cache holding a pick list of N lines with the training library's call numbers, made by a
    // child process (or given with --cache, made by an earlier run with --keep-cache).
    QTemporaryDir dir;
    const QString lines = parser.value(QStringLiteral("lines"));
    QString path = parser.value(QStringLiteral("cache"));
    if (path.isEmpty() || !QFile::exists(path)) {
        if (path.isEmpty())
            path = dir.filePath(QStringLiteral("cache.sqlite"));
        QElapsedTimer timer;
        timer.start();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("pull-list-cache"), QStringLiteral("--lines"), lines, QStringLiteral("--cache"), path});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            std::fprintf(stderr, "comptoir-bench: the pull list's cache could not be made\n");
            return 1;
        }
        print("pull_list.cache_made", double(timer.elapsed()), "ms");
    }
    CacheStore cache;
    if (Status s = cache.open(path); !s.ok()) {
        return failed(s.error());
    }
    const desk::ShelfLayout layout = demo::trainingZones();
    print("pull_list.rss_before", peakRssMb(), "MB");
    QList<double> times, cpu;
    qsizetype built = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuMs();
        auto list = desk::buildPullList(cache, QStringLiteral("CENTRE"), layout);
        times << double(timer.nsecsElapsed()) / 1e6;
        cpu << cpuMs() - cpuBefore;
        if (!list) {
            return failed(list.error());
        }
        built = list.value().size();
    }
    print("pull_list.lines", double(built), "lines");
    printRuns(QStringLiteral("pull_list.build"), times);
    printRuns(QStringLiteral("pull_list.build.cpu"), cpu);
    print("pull_list.peak_rss", peakRssMb(), "MB");
    return 0;
}

// Call numbers from a file, as another system's routine (Koha's C4::ClassSortRoutine) would get
// them: the time to build every key, and to build them and sort; the sorted list is written out.
int benchShelfOrder(const QCommandLineParser& parser)
{
    const QString input = parser.positionalArguments().value(1);
    if (input.isEmpty()) {
        std::fprintf(stderr, "comptoir-bench: shelf-order needs a file of call numbers, one per line\n");
        return 2;
    }
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "comptoir-bench: %s: %s\n", qPrintable(input), qPrintable(file.errorString()));
        return 1;
    }
    QStringList calls;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        QByteArray line = raw;
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            calls << QString::fromUtf8(line);
    }
    QList<double> keying, sorting;
    std::vector<std::pair<QByteArray, int>> keyed;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        std::vector<QByteArray> keys;
        keys.reserve(size_t(calls.size()));
        for (const QString& call : std::as_const(calls))
            keys.push_back(desk::shelfKey(call));
        keying << double(timer.nsecsElapsed()) / 1e6;
        // Key + sort, as a pull list or a shelf list would: keys built, then sorted by memcmp,
        // equal keys by the text (compareShelf's total order).
        timer.restart();
        keyed.clear();
        keyed.reserve(size_t(calls.size()));
        for (int i = 0; i < calls.size(); ++i)
            keyed.emplace_back(desk::shelfKey(calls[i]), i);
        std::sort(keyed.begin(), keyed.end(), [&calls](const auto& a, const auto& b) {
            if (const int c = a.first.compare(b.first); c != 0)
                return c < 0;
            return calls[a.second] < calls[b.second];
        });
        sorting << double(timer.nsecsElapsed()) / 1e6;
    }
    print("shelf_order.call_numbers", double(calls.size()), "call numbers");
    printRuns(QStringLiteral("shelf_order.keys"), keying);
    printRuns(QStringLiteral("shelf_order.keys_and_sort"), sorting);
    const QString outPath =
        parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : input + QStringLiteral(".sorted");
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "comptoir-bench: %s: %s\n", qPrintable(outPath), qPrintable(out.errorString()));
        return 1;
    }
    QByteArray text;
    for (const auto& entry : keyed) {
        text += calls[entry.second].toUtf8();
        text += '\n';
    }
    if (out.write(text) != text.size()) {
        std::fprintf(stderr, "comptoir-bench: %s: %s\n", qPrintable(outPath), qPrintable(out.errorString()));
        return 1;
    }
    std::printf("shelf_order.sorted %s\n", qPrintable(outPath));
    return 0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values[i];
}

int benchScan(const QCommandLineParser& parser)
{
    QTemporaryDir dir;
    SystemClock clock;
    const int items = parser.value(QStringLiteral("cache-items")).toInt();
    const int scans = parser.value(QStringLiteral("scans")).toInt();
    // 1. From the cache (offline verdict): a cache holding N items, their requests and pick list.
    sandbox::GeneratorOptions options;
    options.seed = 9;
    options.items = items;
    options.patrons = 50000;
    options.holds = 100000;
    const QString network = dir.filePath(QStringLiteral("network.sqlite"));
    if (auto generated = sandbox::NetworkGenerator::generate(network, options); !generated) {
        return failed(generated.error());
    }
    LocalStore store(dir.filePath(QStringLiteral("desk")), clock);
    if (auto opened = store.open(); !opened) {
        return failed(opened.error());
    }
    if (Status s = sandbox::bench::fillCache(store.cache().database(), network, QStringLiteral("CENTRE"),
                                             sandbox::bench::CacheFill::RequestsAndLibraries);
        !s.ok())
        return failed(s.error());
    ils::Sip2Client unused(clock);
    desk::CaptureService capture(store.outbox(), store.cache(), unused, clock, {QStringLiteral("CENTRE"), {}, {}});
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QRandomGenerator random(7);
    QList<double> cacheP50, cacheP99;
    for (int run = 0; run < runs; ++run) {
        QList<double> fromCache;
        for (int i = 0; i < scans; ++i) {
            const QString barcode = sandbox::NetworkGenerator::barcode(3, 1042, 1 + random.bounded(items));
            QElapsedTimer timer;
            timer.start();
            const desk::CaptureResult r = capture.provisional(barcode);
            fromCache << double(timer.nsecsElapsed()) / 1e6;
            if (r.verdict.kind == VerdictKind::Idle)
                return 1;
        }
        cacheP50 << percentile(fromCache, 0.50);
        cacheP99 << percentile(fromCache, 0.99);
    }
    print("scan.cache.items", double(items), "items");
    printRuns(QStringLiteral("scan.cache.p50"), cacheP50, "ms");
    printRuns(QStringLiteral("scan.cache.p99"), cacheP99, "ms");

    // 2. Through SIP2 to the training library on loopback (check-in, the ILS's verdict).
    sandbox::SandboxProcess library;
    if (parser.isSet(QStringLiteral("sandbox")))
        library.setProgram(parser.value(QStringLiteral("sandbox")));
    if (Status s = library.start({QStringLiteral("--data"), dir.filePath(QStringLiteral("sip.sqlite"))}); !s.ok()) {
        return failed(s.error());
    }
    ils::Sip2Client sip(clock);
    ils::SipConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = library.sipPort();
    config.login = QStringLiteral("centre");
    config.password = QStringLiteral("formation");
    config.institution = QStringLiteral("CENTRE");
    config.location = QStringLiteral("CENTRE");
    sip.setConfig(config);
    QList<double> sipP50, sipP99;
    const int sipScans = std::min(scans, 2000);
    for (int run = 0; run < runs; ++run) {
        QList<double> throughSip;
        for (int i = run == 0 ? -1 : 0; i < sipScans; ++i) { // the first one logs in, not counted
            const QString barcode = sandbox::NetworkGenerator::barcode(3, 1042, 1 + random.bounded(60000));
            QElapsedTimer timer;
            timer.start();
            QEventLoop loop;
            bool ok = false;
            sip.checkin(barcode, [&](Result<sip2::Message> m) {
                ok = m.ok();
                loop.quit();
            });
            loop.exec();
            if (!ok) {
                std::fprintf(stderr, "comptoir-bench: SIP2 check-in failed\n");
                return 1;
            }
            if (i >= 0)
                throughSip << double(timer.nsecsElapsed()) / 1e6;
        }
        sipP50 << percentile(throughSip, 0.50);
        sipP99 << percentile(throughSip, 0.99);
    }
    print("scan.sip2.checkins", double(sipScans), "scans per run");
    printRuns(QStringLiteral("scan.sip2.p50"), sipP50, "ms");
    printRuns(QStringLiteral("scan.sip2.p99"), sipP99, "ms");
    return 0;
}

int benchOutbox(const QCommandLineParser& parser)
{
    QTemporaryDir dir;
    SystemClock clock;
    Outbox outbox(clock);
    if (Status s = outbox.open(dir.filePath(QStringLiteral("outbox.sqlite"))); !s.ok()) {
        return failed(s.error());
    }
    const int count = parser.value(QStringLiteral("count")).toInt();
    int made = 0;
    const auto action = [&made] {
        OutboxAction a;
        a.kind = QStringLiteral("checkin");
        a.payload =
            QJsonObject{{QStringLiteral("barcode"), QStringLiteral("31042000%1").arg(made++, 6, 10, QLatin1Char('0'))},
                        {QStringLiteral("location"), QStringLiteral("CENTRE")}};
        a.workstation = QStringLiteral("bench");
        a.staff = QStringLiteral("bench");
        return a;
    };
    // One action at a time (a scan), 5 runs of `count` appends.
    QList<double> singles, bursts;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i)
            if (auto r = outbox.append(action()); !r)
                return failed(r.error());
        singles << double(count) / (double(timer.nsecsElapsed()) / 1e9);
    }
    // A stack of 20 tags on the RFID pad, or a crate received in one go: one transaction, one sync.
    constexpr int BurstSize = 20;
    const int burstCount = std::max(1, count / BurstSize);
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int b = 0; b < burstCount; ++b) {
            QList<OutboxAction> burst;
            for (int i = 0; i < BurstSize; ++i)
                burst << action();
            if (auto r = outbox.appendBurst(burst); !r)
                return failed(r.error());
        }
        bursts << double(burstCount) / (double(timer.nsecsElapsed()) / 1e9);
    }
    print("outbox.appends", double(count), "actions per run");
    printRuns(QStringLiteral("outbox.append.rate"), singles, "actions/s");
    print("outbox.bursts", double(burstCount), "bursts of 20 per run");
    printRuns(QStringLiteral("outbox.burst20.rate"), bursts, "bursts/s");
    QList<double> actionsInBursts;
    for (double rate : std::as_const(bursts))
        actionsInBursts << rate * BurstSize;
    printRuns(QStringLiteral("outbox.burst20.actions"), actionsInBursts, "actions/s");
    return 0;
}

// A stack of tags put on the simulated pad (FEIG, over a socat pty pair): time until every item is
// read, decoded and announced; then the time to write and verify the security of one item.
int benchRfid(const QCommandLineParser& parser)
{
    if (!sandbox::PtyPair::available()) {
        std::fprintf(stderr, "comptoir-bench: socat is not installed\n");
        return 1;
    }
    const int count = std::clamp(parser.value(QStringLiteral("tags")).toInt(), 1, 64);
    QTemporaryDir dir;
    sandbox::PtyPair pty(dir.filePath(QStringLiteral("twin")), dir.filePath(QStringLiteral("pad")));
    if (!pty.start())
        return 1;
    for (const devices::RfidDialect dialect : {devices::RfidDialect::Feig, devices::RfidDialect::ThreeM}) {
        sandbox::SimulatedRfidPad twin(dialect);
        if (!twin.open(pty.a()))
            return 1;
        const char* name = dialect == devices::RfidDialect::Feig ? "feig" : "3m";
        QList<double> stacks, security;
        for (int run = 0; run < 5; ++run) {
            twin.clear();
            devices::RfidPad pad;
            devices::PadSettings settings;
            settings.line = {pty.b(), 38400};
            settings.dialect = dialect;
            settings.pollMs = 20;
            pad.start(settings);
            QEventLoop ready;
            QObject::connect(&pad, &devices::RfidPad::stateChanged, &ready, [&ready](bool connected) {
                if (connected)
                    ready.quit();
            });
            QTimer::singleShot(5000, &ready, &QEventLoop::quit);
            ready.exec();
            int placed = 0;
            QEventLoop all;
            QObject::connect(&pad, &devices::RfidPad::itemPlaced, &all, [&] {
                if (++placed == count)
                    all.quit();
            });
            QTimer::singleShot(20000, &all, &QEventLoop::quit);
            QElapsedTimer timer;
            timer.start();
            const devices::TagModel models[] = {devices::TagModel::Iso28560_3, devices::TagModel::Iso28560_2,
                                                devices::TagModel::ThreeM501};
            for (int i = 0; i < count; ++i) {
                devices::TagData data;
                data.barcode = sandbox::NetworkGenerator::barcode(3, 1042, 100 + i);
                data.ownerIsil = i % 3 == 2 ? QString() : QStringLiteral("FR-751052116");
                twin.place(sandbox::SimulatedRfidPad::makeTag(models[i % 3], data));
            }
            all.exec();
            if (placed != count) {
                std::fprintf(stderr, "comptoir-bench: %d of %d tags announced\n", placed, count);
                return 1;
            }
            stacks << double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            QEventLoop secured;
            pad.setSecurity(sandbox::NetworkGenerator::barcode(3, 1042, 100), true,
                            [&secured](Status) { secured.quit(); });
            secured.exec();
            security << double(timer.nsecsElapsed()) / 1e6;
            pad.stop();
        }
        std::sort(stacks.begin(), stacks.end());
        std::sort(security.begin(), security.end());
        print(qPrintable(QStringLiteral("rfid.%1.stack_of_%2.median").arg(QLatin1String(name)).arg(count)), stacks[2],
              "ms");
        print(qPrintable(QStringLiteral("rfid.%1.security_write_verify.median").arg(QLatin1String(name))), security[2],
              "ms");
        twin.close();
    }
    return 0;
}

} // namespace

namespace comptoir::bench {
int benchLockers(const QCommandLineParser& parser); // app/bench_lockers.cpp
}

// Home delivery (app/bench_delivery.cpp): weights, a day's round and manifest, a month's bill.
namespace comptoir::bench {
int benchDelivery(const QCommandLineParser& parser);
}

// The supervisor's network report: 40 sites and 100k requests read from the training library over
// REST (every current request, the old ones since the day before), then the same report and its
// 30 days read back from the stored snapshots.
int benchReport(const QCommandLineParser& parser)
{
    class FixedClock final : public Clock
    {
    public:
        QDateTime now() const override { return QDateTime(QDate(2026, 11, 22), QTime(18, 0), QTimeZone::utc()); }
    } clock;
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("network.sqlite"));
    const int holds = parser.isSet(QStringLiteral("holds")) ? parser.value(QStringLiteral("holds")).toInt() : 100000;
    sandbox::SandboxProcess sandbox;
    if (parser.isSet(QStringLiteral("sandbox")))
        sandbox.setProgram(parser.value(QStringLiteral("sandbox")));
    QElapsedTimer timer;
    timer.start();
    if (Status s = sandbox.start({QStringLiteral("--data"), data, QStringLiteral("--seed"), QStringLiteral("3"),
                                  QStringLiteral("--sites"), QStringLiteral("40"), QStringLiteral("--items"),
                                  parser.value(QStringLiteral("items")), QStringLiteral("--patrons"),
                                  parser.value(QStringLiteral("patrons")), QStringLiteral("--holds"),
                                  QString::number(holds), QStringLiteral("--today"), QStringLiteral("2026-11-22")});
        !s.ok())
        return failed(s.error());
    print("sandbox.start", double(timer.elapsed()), "ms");
    QNetworkAccessManager nam;
    ils::KohaRestClient rest(nam, clock);
    ils::KohaConfig config;
    config.baseUrl = sandbox.baseUrl();
    config.user = sandbox::KohaRestServer::DefaultLogin;
    config.secret = sandbox::KohaRestServer::DefaultPassword;
    config.perPage = parser.value(QStringLiteral("per-page")).toInt();
    config.timeoutMs = 60000;
    rest.setConfig(config);
    reports::SnapshotStore snapshots;
    if (Status s = snapshots.open(dir.filePath(reports::SnapshotStore::fileName())); !s.ok())
        return failed(s.error());
    reports::ReportService service(&rest, snapshots, clock, QTimeZone::utc());
    const QDate day(2026, 11, 22);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QList<double> wall, cpu;
    reports::DayReport report;
    for (int run = 0; run < runs; ++run) {
        std::optional<Result<reports::DayReport>> out;
        QEventLoop loop;
        const double cpuBefore = cpuMs();
        timer.restart();
        service.take(
            day,
            [&](Result<reports::DayReport> r) {
                out.emplace(std::move(r));
                loop.quit();
            },
            false);
        if (!out)
            loop.exec();
        wall << double(timer.nsecsElapsed()) / 1e6;
        cpu << cpuMs() - cpuBefore;
        if (!out->ok())
            return failed(out->error());
        report = out->value();
    }
    print("report.rest.sites", double(report.sites.size()), "sites");
    print("report.rest.requests_read", double(service.lastRead().holds.size()), "requests");
    print("report.rest.pages", double(service.lastRead().pages), "pages");
    printRuns(QStringLiteral("report.rest.wall"), wall);
    printRuns(QStringLiteral("report.rest.client_cpu"), cpu);
    const reports::SiteFigures& n = report.network;
    for (const QString& key : {reports::figure::Placed, reports::figure::Captured, reports::figure::Filled,
                               reports::figure::Cancelled, reports::figure::Pending, reports::figure::PendingOver48h,
                               reports::figure::Within24hPct, reports::figure::ProcessingMedianH})
        print(qPrintable(QStringLiteral("report.network.") + key), n.value(key), "");
    // Click & collect orders (hold groups), network-wide.
    for (const QString& key : {reports::figure::CollectToPrepare, reports::figure::CollectReady,
                               reports::figure::CollectCollected, reports::figure::CollectReadyToday,
                               reports::figure::CollectReadyMedianH})
        print(qPrintable(QStringLiteral("report.network.") + key), n.value(key), "");
    // 30 days kept, then read back: today's report and its history.
    for (int back = 0; back < 30; ++back) {
        reports::DayReport r = report;
        r.day = day.addDays(-back);
        if (Status s = snapshots.save(r); !s.ok())
            return failed(s.error());
    }
    QList<double> stored;
    int days = 0;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        auto today = snapshots.load(day);
        auto history = service.history(day);
        stored << double(timer.nsecsElapsed()) / 1e6;
        if (!today || !history)
            return failed(!today ? today.error() : history.error());
        days = int(history.value().size());
    }
    print("report.snapshots.days", double(days), "days");
    printRuns(QStringLiteral("report.snapshots.wall"), stored);
    return 0;
}

int main(int argc, char* argv[])
{
    keepFreedMemory(); // as the client does (app/main.cpp)
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-bench"));
    logging::install(QStringLiteral("comptoir.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Comptoir's benchmarks; prints \"name value unit\" lines."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("mode"),
        QStringLiteral(
            "sync | refresh | startup | outbox | pull-list | shelf-order FILE | scan | rfid | crate | lockers | report | "
            "delivery | network"));
    parser.addOptions({
        {QStringLiteral("holds"), QStringLiteral("sync: requests in the network (default 53200: 50k at the site)"),
         QStringLiteral("N"), QStringLiteral("53200")},
        {QStringLiteral("items"), QStringLiteral("sync: items (default 50000)"), QStringLiteral("N"),
         QStringLiteral("50000")},
        {QStringLiteral("patrons"), QStringLiteral("sync: patrons (default 30000)"), QStringLiteral("N"),
         QStringLiteral("30000")},
        {QStringLiteral("per-page"), QStringLiteral("sync: page size (default 2500, as the client)"), QStringLiteral("N"),
         QStringLiteral("2500")},
        {QStringLiteral("sandbox"), QStringLiteral("sync: the comptoir-sandbox executable"), QStringLiteral("PATH")},
        {QStringLiteral("phases"), QStringLiteral("sync: print when each phase starts")},
        {QStringLiteral("runs"), QStringLiteral("sync, refresh, scan, startup: runs measured (default 5)"),
         QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("sizes"),
         QStringLiteral("refresh: the site's requests, comma-separated (default 25000,50000,100000)"),
         QStringLiteral("N,N"), QStringLiteral("25000,50000,100000")},
        {QStringLiteral("cache-items"), QStringLiteral("scan: items in the cache (default 1000000)"),
         QStringLiteral("N"), QStringLiteral("1000000")},
        {QStringLiteral("scans"), QStringLiteral("scan: scans measured (default 5000)"), QStringLiteral("N"),
         QStringLiteral("5000")},
        {QStringLiteral("lines"), QStringLiteral("pull-list: lines (default 100000; up to 1000000)"),
         QStringLiteral("N"), QStringLiteral("100000")},
        {QStringLiteral("cache"),
         QStringLiteral("pull-list: the cache file to measure, made there first when missing (kept)"),
         QStringLiteral("FILE")},
        {QStringLiteral("out"), QStringLiteral("shelf-order: where the sorted list goes (default FILE.sorted)"),
         QStringLiteral("FILE")},
        {QStringLiteral("count"), QStringLiteral("outbox: appends (default 2000)"), QStringLiteral("N"),
         QStringLiteral("2000")},
        {QStringLiteral("tags"), QStringLiteral("rfid: tags on the pad at once (default 20)"), QStringLiteral("N"),
         QStringLiteral("20")},
        {QStringLiteral("crate-items"), QStringLiteral("crate: items in the crate (default 200)"), QStringLiteral("N"),
         QStringLiteral("200")},
        // delivery (app/bench_delivery.cpp)
        {QStringLiteral("parcels"), QStringLiteral("delivery: orders in a day's round (default 200)"),
         QStringLiteral("N"), QStringLiteral("200")},
        {QStringLiteral("days"), QStringLiteral("delivery: rounds in the month billed (default 24)"),
         QStringLiteral("N"), QStringLiteral("24")},
        {QStringLiteral("records"), QStringLiteral("delivery: records estimated (default 20000)"),
         QStringLiteral("N"), QStringLiteral("20000")},
        // network (app/bench_network.cpp): how the parent runs each counter as a process of its own
        {QStringLiteral("counter"), QStringLiteral("network: run as counter N (started by the bench itself)"),
         QStringLiteral("N")},
        {QStringLiteral("phase"), QStringLiteral("network: the counter's part (publish, listen, send, claim)"),
         QStringLiteral("PHASE")},
        {QStringLiteral("store-port"), QStringLiteral("network: the throwaway cluster's port"), QStringLiteral("PORT")},
        {QStringLiteral("data"), QStringLiteral("network: the counter's data folder"), QStringLiteral("DIR")},
    });
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == QLatin1String("sync"))
        return benchSync(parser);
    if (mode == QLatin1String("refresh"))
        return benchRefresh(parser);
    if (mode == QLatin1String("startup"))
        return benchStartup(parser);
    if (mode == QLatin1String("outbox"))
        return benchOutbox(parser);
    if (mode == QLatin1String("pull-list"))
        return benchPullList(parser);
    if (mode == QLatin1String("pull-list-cache"))
        return preparePullListCache(parser);
    if (mode == QLatin1String("shelf-order"))
        return benchShelfOrder(parser);
    if (mode == QLatin1String("scan"))
        return benchScan(parser);
    if (mode == QLatin1String("rfid"))
        return benchRfid(parser);
    if (mode == QLatin1String("crate"))
        return bench::benchCrate(parser);
    if (mode == QLatin1String("lockers"))
        return comptoir::bench::benchLockers(parser);
    if (mode == QLatin1String("report"))
        return benchReport(parser);
    if (mode == QLatin1String("network")) // the shared network store (bench_network.cpp)
        return comptoir::bench::benchNetwork(parser);
    if (mode == QLatin1String("delivery"))
        return comptoir::bench::benchDelivery(parser);
    std::fprintf(stderr, "comptoir-bench: give a mode: sync, refresh, startup, outbox, pull-list, shelf-order, scan, "
                         "rfid, crate, lockers, report, delivery or network (see --help)\n");
    return 2;
}
