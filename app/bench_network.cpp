// comptoir-bench network: the shared network store on PostgreSQL (issue 21), measured on a
// throwaway cluster on loopback (the tests' PgCluster), each counter a process of its own with its
// own data folder, as on the network: this program starts the cluster, then runs itself again as
// ten counters (`comptoir-bench network --counter N --phase P`), which say on stdout what they did
// and wait on stdin for the word to start. Measured: events per second published by ten counters
// through their outboxes; a line done at one counter to another counter's notification (p50/p99,
// the two processes' steady clocks being the machine's); ten counters claiming one pull list at
// once (claims and conflicts per second), and every line pulled exactly once (read in the store).
#include "bench_network.h"

#include "../tests/support/NetStoreRig.h"

#include "Clock.h"
#include "netstore/NetStore.h"
#include "netstore/Publisher.h"
#include "store/Outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace comptoir::bench {

namespace {

constexpr int Counters = 10;
constexpr int ClaimLines = 2000;
constexpr int Samples = 300;

void print(const char* name, double value, const char* unit)
{
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

// A line to the parent, on stdout.
void say(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString role(int i)
{
    return QStringLiteral("bench_%1").arg(i, 2, 10, QLatin1Char('0'));
}

// The machine's steady clock (CLOCK_MONOTONIC: the same in every process), in nanoseconds.
qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

netstore::StoreAddress addressOf(int port, const QString& who)
{
    netstore::StoreAddress a;
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.database = QString::fromLatin1(test::NetStoreRig::Database);
    a.role = who;
    a.sslMode = QStringLiteral("disable");
    return a;
}

// Waits for the parent's "go" (or the end of stdin).
void waitForGo()
{
    std::string line;
    while (std::getline(std::cin, line))
        if (line == "go")
            return;
}

// ---- One counter (a child process)

int counterPublish(int port, int i, const QString& data, int perCounter)
{
    SystemClock time;
    Outbox outbox(time);
    netstore::NetStore store;
    if (!outbox.open(QDir(data).filePath(QStringLiteral("outbox.sqlite"))) ||
        !store.open(addressOf(port, role(i)), test::NetStoreRig::passwordOf(role(i)), role(i))) {
        say(QStringLiteral("failed open"));
        return 1;
    }
    netstore::Publisher publisher(outbox, time, QStringLiteral("CENTRE"), role(i));
    const QString crate = QStringLiteral("CENTRE-%1").arg(role(i));
    (void)publisher.record(QStringLiteral("crate.open"), crate,
                           {{QStringLiteral("destination"), QStringLiteral("NORD")}});
    for (int n = 1; n < perCounter; ++n)
        (void)publisher.record(QStringLiteral("crate.add"), crate,
                               {{QStringLiteral("barcode"), QString::number(3000000 + n)}});
    say(QStringLiteral("ready"));
    waitForGo();
    const netstore::PublishRound round = publisher.publish(store, perCounter);
    const qint64 end = steadyNs();
    say(QStringLiteral("published %1 failed %2 end %3").arg(round.published).arg(round.status ? 0 : 1).arg(end));
    return 0;
}

int counterListen(int port, int i)
{
    netstore::NetStore listener;
    if (!listener.open(addressOf(port, role(i)), test::NetStoreRig::passwordOf(role(i)), role(i)) ||
        !listener.listen()) {
        say(QStringLiteral("failed listen"));
        return 1;
    }
    QObject::connect(&listener, &netstore::NetStore::lineDone, [](const QString&, const QString& line, const QString&) {
        if (line.startsWith(QLatin1String("LAT-")))
            say(QStringLiteral("seen %1 %2").arg(line).arg(steadyNs()));
    });
    // Until the parent closes stdin (or says stop).
    std::thread input([] {
        std::string line;
        while (std::getline(std::cin, line))
            if (line == "stop")
                break;
        QMetaObject::invokeMethod(
            qApp, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    });
    say(QStringLiteral("ready"));
    QCoreApplication::exec();
    input.join();
    return 0;
}

int counterSend(int port, int i)
{
    netstore::NetStore store;
    if (!store.open(addressOf(port, role(i)), test::NetStoreRig::passwordOf(role(i)), role(i))) {
        say(QStringLiteral("failed open"));
        return 1;
    }
    say(QStringLiteral("ready"));
    waitForGo();
    for (int n = 0; n < Samples; ++n) {
        const QString line = QStringLiteral("LAT-%1").arg(n);
        say(QStringLiteral("sent %1 %2").arg(line).arg(steadyNs()));
        (void)store.publish({QUuid::createUuid().toString(QUuid::WithoutBraces),
                             QStringLiteral("CENTRE"),
                             QStringLiteral("pull.pulled"),
                             line,
                             {},
                             QDateTime::currentDateTimeUtc()});
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    say(QStringLiteral("done"));
    return 0;
}

// A pull run on the shared list, in its order (the worst case: every counter walks it the same
// way), claiming five lines at a time and publishing each line pulled.
int counterClaim(int port, int i)
{
    SystemClock time;
    netstore::NetStore store;
    if (!store.open(addressOf(port, role(i)), test::NetStoreRig::passwordOf(role(i)), role(i))) {
        say(QStringLiteral("failed open"));
        return 1;
    }
    QStringList list;
    for (int n = 0; n < ClaimLines; ++n)
        list.append(QStringLiteral("CL-%1").arg(n, 5, 10, QLatin1Char('0')));
    say(QStringLiteral("ready"));
    waitForGo();
    int claims = 0, conflicts = 0, pulled = 0, failed = 0;
    QSet<QString> taken;
    int next = 0;
    while (next < list.size()) {
        QStringList ask;
        while (next < list.size() && ask.size() < 5) {
            if (!taken.contains(list.at(next)))
                ask.append(list.at(next));
            ++next;
        }
        if (ask.isEmpty())
            break;
        auto got = store.claim(QStringLiteral("CENTRE"), ask, time.now());
        ++claims;
        if (!got) {
            ++failed;
            break;
        }
        for (const netstore::LineClaim& c : got.value()) {
            if (!c.mine) {
                ++conflicts;
                taken.insert(c.line);
                continue;
            }
            auto outcome = store.publish({QUuid::createUuid().toString(QUuid::WithoutBraces),
                                          QStringLiteral("CENTRE"),
                                          QStringLiteral("pull.pulled"),
                                          c.line,
                                          {},
                                          time.now()});
            if (outcome && outcome.value().kind == netstore::Outcome::Kind::Applied)
                ++pulled;
        }
    }
    const qint64 end = steadyNs();
    say(QStringLiteral("claims %1 conflicts %2 pulled %3 failed %4 end %5")
            .arg(claims)
            .arg(conflicts)
            .arg(pulled)
            .arg(failed)
            .arg(end));
    return 0;
}

// ---- The parent: the cluster, the ten processes

struct Child
{
    std::unique_ptr<QProcess> process;
    QStringList lines; // what it said, line by line
    QByteArray partial;

    void read()
    {
        partial += process->readAllStandardOutput();
        qsizetype at;
        while ((at = partial.indexOf('\n')) >= 0) {
            lines << QString::fromUtf8(partial.left(at)).trimmed();
            partial.remove(0, at + 1);
        }
    }
    bool said(const QString& word) const
    {
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QString& l) { return l.startsWith(word); });
    }
    QStringList words(const QString& first) const
    {
        for (const QString& l : lines)
            if (l.startsWith(first + QLatin1Char(' ')))
                return l.split(QLatin1Char(' '));
        return {};
    }
};

class CounterProcesses
{
public:
    CounterProcesses(int port, const QString& dataRoot, const QStringList& common)
        : m_port(port)
        , m_root(dataRoot)
        , m_common(common)
    {
    }

    // Starts counter i in `phase`, its data folder under the root.
    Child& start(int i, const QString& phase, const QStringList& extra = {})
    {
        const QString data = QDir(m_root).filePath(QStringLiteral("%1-%2").arg(role(i), phase));
        QDir().mkpath(data);
        auto child = std::make_unique<Child>();
        child->process = std::make_unique<QProcess>();
        child->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->process->start(QCoreApplication::applicationFilePath(),
                              QStringList{QStringLiteral("network"), QStringLiteral("--counter"), QString::number(i),
                                          QStringLiteral("--phase"), phase, QStringLiteral("--store-port"),
                                          QString::number(m_port), QStringLiteral("--data"), data} +
                                  m_common + extra);
        m_children.push_back(std::move(child));
        return *m_children.back();
    }

    // Until every child said `word` (or exited, or the time ran out); false when one did not.
    bool waitAll(const QString& word, int timeoutMs = 120000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            bool all = true;
            for (auto& c : m_children) {
                c->process->waitForReadyRead(5);
                c->read();
                if (!c->said(word)) {
                    if (c->process->state() == QProcess::NotRunning)
                        return false;
                    all = false;
                }
            }
            if (all)
                return true;
        }
        return false;
    }

    void tell(const QByteArray& line)
    {
        for (auto& c : m_children)
            c->process->write(line + '\n');
        for (auto& c : m_children)
            c->process->waitForBytesWritten(1000);
    }

    void finish()
    {
        for (auto& c : m_children) {
            c->process->closeWriteChannel();
            if (!c->process->waitForFinished(30000))
                c->process->kill();
            c->read();
            c->partial += c->process->readAllStandardOutput();
            if (!c->partial.isEmpty()) {
                c->lines << QString::fromUtf8(c->partial).trimmed();
                c->partial.clear();
            }
        }
    }

    std::vector<std::unique_ptr<Child>>& children() { return m_children; }
    void clear() { m_children.clear(); }

private:
    int m_port;
    QString m_root;
    QStringList m_common; // options every counter gets (--count)
    std::vector<std::unique_ptr<Child>> m_children;
};

int failWith(const QString& what)
{
    std::fprintf(stderr, "comptoir-bench network: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int benchNetwork(const QCommandLineParser& parser)
{
    const int perCounter = qMax(100, parser.value(QStringLiteral("count")).toInt() / 2);
    if (parser.isSet(QStringLiteral("counter"))) { // one of the ten counters, run by the parent
        const int i = parser.value(QStringLiteral("counter")).toInt();
        const int port = parser.value(QStringLiteral("store-port")).toInt();
        const QString phase = parser.value(QStringLiteral("phase"));
        if (phase == QLatin1String("publish"))
            return counterPublish(port, i, parser.value(QStringLiteral("data")), perCounter);
        if (phase == QLatin1String("listen"))
            return counterListen(port, i);
        if (phase == QLatin1String("send"))
            return counterSend(port, i);
        if (phase == QLatin1String("claim"))
            return counterClaim(port, i);
        return failWith(QStringLiteral("unknown phase \"%1\"").arg(phase));
    }

    if (!test::PgCluster::available())
        return failWith(QStringLiteral("PostgreSQL is not installed (apt-get install postgresql)"));
    test::NetStoreRig rig;
    QString error;
    if (!rig.start(&error))
        return failWith(error);
    for (int i = 1; i <= Counters; ++i)
        if (Status s = rig.addCounter(role(i), QStringLiteral("CENTRE")); !s)
            return failWith(s.error().message);
    QTemporaryDir dataRoot; // each counter's data folder under it
    CounterProcesses counters(rig.cluster().port(), dataRoot.path(),
                              {QStringLiteral("--count"), parser.value(QStringLiteral("count"))});

    // 1. Ten counters publish what waited in their outboxes (each its own process, file, connection).
    {
        for (int i = 1; i <= Counters; ++i)
            counters.start(i, QStringLiteral("publish"));
        if (!counters.waitAll(QStringLiteral("ready")))
            return failWith(QStringLiteral("a counter did not start (publish)"));
        const qint64 go = steadyNs();
        counters.tell("go");
        if (!counters.waitAll(QStringLiteral("published")))
            return failWith(QStringLiteral("a counter did not publish"));
        counters.finish();
        int published = 0, failed = 0;
        qint64 last = go;
        for (auto& c : counters.children()) {
            const QStringList w = c->words(QStringLiteral("published"));
            published += w.value(1).toInt();
            failed += w.value(3).toInt();
            last = std::max(last, w.value(5).toLongLong());
        }
        counters.clear();
        const double seconds = double(last - go) / 1e9;
        print("network.publish.counters", Counters, "processes");
        print("network.publish.events", published, "events");
        print("network.publish.failed", failed, "counters");
        print("network.publish.rate", seconds > 0 ? double(published) / seconds : 0, "events/s");
    }

    // 2. A line done at one counter, seen at another: from the call that records it (counter 2) to
    //    the other counter's notification (counter 1: publish round trip, commit, NOTIFY, its
    //    event loop), both stamped with the machine's steady clock.
    {
        Child& listener = counters.start(1, QStringLiteral("listen"));
        Child& sender = counters.start(2, QStringLiteral("send"));
        if (!counters.waitAll(QStringLiteral("ready")))
            return failWith(QStringLiteral("a counter did not start (notify)"));
        counters.tell("go");
        QElapsedTimer sending;
        sending.start();
        while (!sender.said(QStringLiteral("done")) && sending.elapsed() < 120000 &&
               sender.process->state() != QProcess::NotRunning) {
            sender.process->waitForReadyRead(20);
            sender.read();
            listener.read();
        }
        QElapsedTimer settle; // the last notifications on their way
        settle.start();
        auto seenCount = [&listener] {
            return std::count_if(listener.lines.cbegin(), listener.lines.cend(),
                                 [](const QString& l) { return l.startsWith(QLatin1String("seen ")); });
        };
        while (settle.elapsed() < 3000 && seenCount() < Samples) {
            listener.process->waitForReadyRead(20);
            listener.read();
        }
        counters.finish();
        QHash<QString, qint64> sentAt;
        for (const QString& l : sender.lines)
            if (l.startsWith(QLatin1String("sent "))) {
                const QStringList w = l.split(QLatin1Char(' '));
                sentAt.insert(w.value(1), w.value(2).toLongLong());
            }
        std::vector<double> latencies;
        for (const QString& l : listener.lines)
            if (l.startsWith(QLatin1String("seen "))) {
                const QStringList w = l.split(QLatin1Char(' '));
                if (sentAt.contains(w.value(1)))
                    latencies.push_back(double(w.value(2).toLongLong() - sentAt.value(w.value(1))) / 1e6);
            }
        counters.clear();
        print("network.notify.samples", double(latencies.size()), "notifications");
        print("network.notify.p50", percentile(latencies, 0.50), "ms");
        print("network.notify.p99", percentile(latencies, 0.99), "ms");
    }

    // 3. Ten counters start a pull run on the same list at the same moment.
    {
        for (int i = 1; i <= Counters; ++i)
            counters.start(i, QStringLiteral("claim"));
        if (!counters.waitAll(QStringLiteral("ready")))
            return failWith(QStringLiteral("a counter did not start (claims)"));
        const qint64 go = steadyNs();
        counters.tell("go");
        if (!counters.waitAll(QStringLiteral("claims")))
            return failWith(QStringLiteral("a counter did not finish its run"));
        counters.finish();
        int claims = 0, conflicts = 0, pulled = 0, failed = 0;
        qint64 last = go;
        for (auto& c : counters.children()) {
            const QStringList w = c->words(QStringLiteral("claims"));
            claims += w.value(1).toInt();
            conflicts += w.value(3).toInt();
            pulled += w.value(5).toInt();
            failed += w.value(7).toInt();
            last = std::max(last, w.value(9).toLongLong());
        }
        counters.clear();
        const double seconds = double(last - go) / 1e9;
        // Every line pulled exactly once, as the store recorded it.
        QSqlQuery q(rig.owner().database());
        int applied = -1, distinct = -1;
        if (q.exec(QStringLiteral("SELECT count(*), count(DISTINCT object) FROM events WHERE kind = 'pull.pulled' AND "
                                  "object LIKE 'CL-%' AND outcome->>'result' = 'applied'")) &&
            q.next()) {
            applied = q.value(0).toInt();
            distinct = q.value(1).toInt();
        }
        print("network.claims.lines", ClaimLines, "lines");
        print("network.claims.pulled", pulled, "lines");
        print("network.claims.pulled_in_store", applied, "lines");
        print("network.claims.exactly_once", applied == ClaimLines && distinct == ClaimLines && pulled == ClaimLines,
              "bool");
        print("network.claims.failed", failed, "desks");
        print("network.claims.rate", seconds > 0 ? double(claims) / seconds : 0, "claims/s");
        print("network.claims.conflicts", seconds > 0 ? double(conflicts) / seconds : 0, "conflicts/s");
        print("network.claims.pulled_rate", seconds > 0 ? double(pulled) / seconds : 0, "lines/s");
    }
    return 0;
}

} // namespace comptoir::bench
