// comptoir-bench network: the shared network store on PostgreSQL (issue 21), measured on a
// throwaway cluster on loopback (the tests' PgCluster): events per second published by ten counters
// through their outboxes, a line done at one desk to the other desk's notification (p50/p99), and
// ten desks claiming one pull list at once (claims and conflicts per second).
#include "bench_network.h"

#include "../tests/support/NetStoreRig.h"

#include "Clock.h"
#include "netstore/NetStore.h"
#include "netstore/Publisher.h"
#include "store/Outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

namespace comptoir::bench {

namespace {

void print(const char* name, double value, const char* unit)
{
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

QString role(int i)
{
    return QStringLiteral("bench_%1").arg(i, 2, 10, QLatin1Char('0'));
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

} // namespace

int benchNetwork(const QCommandLineParser& parser)
{
    const int counters = 10;
    const int perCounter = qMax(100, parser.value(QStringLiteral("count")).toInt() / 2);
    if (!test::PgCluster::available()) {
        std::fprintf(stderr, "comptoir-bench network: PostgreSQL is not installed (apt-get install postgresql)\n");
        return 1;
    }
    test::NetStoreRig rig;
    QString error;
    if (!rig.start(&error)) {
        std::fprintf(stderr, "comptoir-bench network: %s\n", qPrintable(error));
        return 1;
    }
    for (int i = 1; i <= counters; ++i)
        if (Status s = rig.addCounter(role(i), QStringLiteral("CENTRE")); !s) {
            std::fprintf(stderr, "comptoir-bench network: %s\n", qPrintable(s.error().message));
            return 1;
        }

    // 1. Ten counters publish what waited in their outboxes (each its own file, connection, thread).
    {
        std::vector<std::thread> threads;
        std::atomic<int> published{0}, failed{0};
        std::atomic<int> ready{0};
        std::atomic<bool> go{false};
        QElapsedTimer clock;
        for (int i = 1; i <= counters; ++i) {
            threads.emplace_back([&, i]() {
                SystemClock time;
                QTemporaryDir dir;
                Outbox outbox(time);
                netstore::NetStore store;
                if (!outbox.open(dir.filePath(QStringLiteral("outbox.sqlite"))) ||
                    !store.open(rig.address(role(i)), test::NetStoreRig::passwordOf(role(i)))) {
                    ++failed;
                    ++ready;
                    return;
                }
                netstore::Publisher publisher(outbox, time, QStringLiteral("CENTRE"), role(i));
                const QString crate = QStringLiteral("CENTRE-%1").arg(role(i));
                (void)publisher.record(QStringLiteral("crate.open"), crate,
                                       {{QStringLiteral("destination"), QStringLiteral("NORD")}});
                for (int n = 1; n < perCounter; ++n)
                    (void)publisher.record(QStringLiteral("crate.add"), crate,
                                           {{QStringLiteral("barcode"), QString::number(3000000 + n)}});
                ++ready;
                while (!go)
                    std::this_thread::yield();
                const netstore::PublishRound round = publisher.publish(store, perCounter);
                published += round.published;
                if (!round.status)
                    ++failed;
            });
        }
        while (ready < counters)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        clock.start();
        go = true;
        for (std::thread& t : threads)
            t.join();
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        print("network.publish.counters", counters, "counters");
        print("network.publish.events", published, "events");
        print("network.publish.failed", failed, "counters");
        print("network.publish.rate", double(published) / seconds, "events/s");
    }

    // 2. A line done at one desk, seen at another: from the call that records it to the other desk's
    //    notification (publish round trip, commit, NOTIFY, the listener's event loop).
    {
        netstore::NetStore listener;
        if (!listener.open(rig.address(role(1)), test::NetStoreRig::passwordOf(role(1))) || !listener.listen()) {
            std::fprintf(stderr, "comptoir-bench network: no listener\n");
            return 1;
        }
        QMutex mutex;
        QHash<QString, qint64> sentAt;
        std::vector<double> latencies;
        QElapsedTimer since;
        since.start();
        QObject::connect(&listener, &netstore::NetStore::lineDone,
                         [&](const QString&, const QString& line, const QString&) {
                             const qint64 now = since.nsecsElapsed();
                             QMutexLocker lock(&mutex);
                             auto it = sentAt.constFind(line);
                             if (it != sentAt.constEnd())
                                 latencies.push_back(double(now - it.value()) / 1e6);
                         });
        const int samples = 300;
        std::atomic<bool> done{false};
        std::thread sender([&]() {
            netstore::NetStore store;
            if (!store.open(rig.address(role(2)), test::NetStoreRig::passwordOf(role(2)))) {
                done = true;
                return;
            }
            for (int n = 0; n < samples; ++n) {
                const QString line = QStringLiteral("LAT-%1").arg(n);
                {
                    QMutexLocker lock(&mutex);
                    sentAt.insert(line, since.nsecsElapsed());
                }
                (void)store.publish({QUuid::createUuid().toString(QUuid::WithoutBraces),
                                     QStringLiteral("CENTRE"),
                                     QStringLiteral("pull.pulled"),
                                     line,
                                     {},
                                     QDateTime::currentDateTimeUtc()});
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            done = true;
        });
        QElapsedTimer wait;
        wait.start();
        qint64 doneAt = -1;
        while (wait.elapsed() < 60000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (!done)
                continue;
            if (doneAt < 0)
                doneAt = wait.elapsed();
            QMutexLocker lock(&mutex);
            if (int(latencies.size()) >= samples || wait.elapsed() - doneAt > 3000)
                break;
        }
        sender.join();
        print("network.notify.samples", double(latencies.size()), "notifications");
        print("network.notify.p50", percentile(latencies, 0.50), "ms");
        print("network.notify.p99", percentile(latencies, 0.99), "ms");
    }

    // 3. Ten desks start a pull run on the same list at the same moment (the worst case: they all
    //    walk it in the same order), claiming five lines at a time and publishing each line pulled.
    {
        const int lines = 2000;
        QStringList list;
        for (int n = 0; n < lines; ++n)
            list.append(QStringLiteral("CL-%1").arg(n, 5, 10, QLatin1Char('0')));
        std::atomic<int> claims{0}, conflicts{0}, pulled{0}, failed{0}, ready{0};
        std::atomic<bool> go{false};
        std::vector<std::thread> threads;
        for (int i = 1; i <= counters; ++i) {
            threads.emplace_back([&, i]() {
                SystemClock time;
                netstore::NetStore store;
                const bool open = bool(store.open(rig.address(role(i)), test::NetStoreRig::passwordOf(role(i))));
                ++ready;
                if (!open) {
                    ++failed;
                    return;
                }
                while (!go)
                    std::this_thread::yield();
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
                        return;
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
            });
        }
        while (ready < counters)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        QElapsedTimer clock;
        clock.start();
        go = true;
        for (std::thread& t : threads)
            t.join();
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        print("network.claims.lines", lines, "lines");
        print("network.claims.pulled", pulled, "lines");
        print("network.claims.failed", failed, "desks");
        print("network.claims.rate", double(claims) / seconds, "claims/s");
        print("network.claims.conflicts", double(conflicts) / seconds, "conflicts/s");
        print("network.claims.pulled_rate", double(pulled) / seconds, "lines/s");
    }
    return 0;
}

} // namespace comptoir::bench
