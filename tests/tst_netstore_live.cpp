// The network store between desks (issue 21): pull claims shared by two and ten desks at once, each
// with its own connection on its own thread, and live updates with LISTEN/NOTIFY. A real throwaway
// PostgreSQL cluster (tests/support/PgCluster.h).
#include "support/MockClock.h"
#include "support/NetStoreRig.h"

#include "Clock.h"
#include "netstore/ClaimedRun.h"
#include "netstore/NetStore.h"

#include <QDir>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace comptoir;
using namespace comptoir::netstore;
using comptoir::test::NetStoreRig;
using comptoir::test::PgCluster;

namespace {

QStringList lines(const QString& prefix, int n)
{
    QStringList list;
    for (int i = 0; i < n; ++i)
        list.append(QStringLiteral("%1%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0')));
    return list;
}

StoreEvent ev(const QString& site, const QString& kind, const QString& object, QJsonObject payload = {})
{
    return StoreEvent{QUuid::createUuid().toString(QUuid::WithoutBraces),
                      site,
                      kind,
                      object,
                      std::move(payload),
                      QDateTime::currentDateTimeUtc()};
}

} // namespace

class TestNetStoreLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        COMPTOIR_START_NETSTORE_RIG(m_rig);
        for (int i = 1; i <= 10; ++i)
            QVERIFY(
                m_rig.addCounter(QStringLiteral("desk_%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("CENTRE")));
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_nord"), QStringLiteral("NORD")));
    }

    void anotherDesksRunSkipsClaimedLinesAndSaysByWhom()
    {
        test::MockClock clock;
        auto d1 = m_rig.connect(QStringLiteral("desk_01"));
        auto d2 = m_rig.connect(QStringLiteral("desk_02"));
        const QStringList list = lines(QStringLiteral("A"), 20);
        ClaimedRun run1(*d1, clock, QStringLiteral("CENTRE"), list, 5);
        ClaimedRun run2(*d2, clock, QStringLiteral("CENTRE"), list, 5);
        QCOMPARE(run1.claimNext().value(), list.mid(0, 5));
        QCOMPARE(run2.claimNext().value(), list.mid(5, 5));
        QString by;
        QVERIFY(run2.isTaken(list.at(0), &by));
        QCOMPARE(by, QStringLiteral("desk_01"));
        QCOMPARE(run2.heldElsewhere().size(), 5);
        // A desk of another site cannot claim this site's lines.
        auto nord = m_rig.connect(QStringLiteral("desk_nord"));
        auto foreign = nord->claim(QStringLiteral("CENTRE"), {list.at(19)}, clock.now());
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, QStringLiteral("netstore.denied"));
        // Stopped, a run gives its lines back.
        QVERIFY(run1.stop());
        QStringList rest;
        for (;;) {
            auto next = run2.claimNext();
            QVERIFY(next);
            if (next.value().isEmpty())
                break;
            rest += next.value();
        }
        QCOMPARE(rest, list.mid(10) + list.mid(0, 5)); // on along the list, then back for the lines given back
        QVERIFY(run2.heldElsewhere().isEmpty());
        QCOMPARE(run2.remaining(), 20);
    }

    void claimsExpireUnlessRenewed()
    {
        const QDateTime t0 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());
        test::MockClock c1(t0), c2(t0);
        auto d1 = m_rig.connect(QStringLiteral("desk_01"));
        auto d2 = m_rig.connect(QStringLiteral("desk_02"));
        const QStringList list = lines(QStringLiteral("E"), 10);
        ClaimedRun run1(*d1, c1, QStringLiteral("CENTRE"), list, 5);
        ClaimedRun run2(*d2, c2, QStringLiteral("CENTRE"), list, 5);
        QCOMPARE(run1.claimNext().value(), list.mid(0, 5));
        // Nine minutes later the run is still going: renewed.
        c1.advance(9 * 60 * 1000);
        QVERIFY(run1.renew());
        c2.set(t0.addSecs(11 * 60));
        QCOMPARE(run2.claimNext().value(), list.mid(5, 5));
        QCOMPARE(run2.claimNext().value(), QStringList()); // the first five are still desk_01's
        QCOMPARE(run2.heldElsewhere().value(list.at(0)), QStringLiteral("desk_01"));
        // desk_01 crashed: twenty minutes in, its claims have expired by themselves.
        c2.set(t0.addSecs(20 * 60));
        QCOMPARE(run2.claimNext().value(), list.mid(0, 5));
        QCOMPARE(run2.heldElsewhere().size(), 0);
        // desk_01 comes back: its old lines are desk_02's now.
        c1.set(t0.addSecs(21 * 60));
        QVERIFY(run1.renew());
        QVERIFY(run1.mine().isEmpty());
        QCOMPARE(run1.heldElsewhere().value(list.at(0)), QStringLiteral("desk_02"));
    }

    void concurrentRunsPullEachLineOnce_data()
    {
        QTest::addColumn<int>("desks");
        QTest::newRow("two desks") << 2;
        QTest::newRow("ten desks") << 10;
    }

    void concurrentRunsPullEachLineOnce()
    {
        QFETCH(int, desks);
        const QStringList list = lines(QStringLiteral("C%1-").arg(desks), 400);
        QMutex mutex;
        QHash<QString, int> pulled;
        QHash<QString, QString> pulledBy;
        std::atomic<int> lost{0}, failures{0};
        QStringList errors;
        std::vector<std::thread> threads;
        for (int d = 1; d <= desks; ++d) {
            const QString role = QStringLiteral("desk_%1").arg(d, 2, 10, QLatin1Char('0'));
            StoreAddress address = m_rig.address(role);
            threads.emplace_back([&, role, address]() {
                SystemClock clock;
                NetStore store; // this desk's own connection, on its own thread
                if (Status s = store.open(address, NetStoreRig::passwordOf(role), role); !s) {
                    QMutexLocker lock(&mutex);
                    errors.append(s.error().message);
                    ++failures;
                    return;
                }
                ClaimedRun run(store, clock, QStringLiteral("CENTRE"), list, 5);
                for (;;) {
                    auto next = run.claimNext();
                    if (!next) {
                        QMutexLocker lock(&mutex);
                        errors.append(next.error().message);
                        ++failures;
                        return;
                    }
                    if (next.value().isEmpty())
                        break;
                    for (const QString& line : next.value()) {
                        auto outcome = run.finish(line, true);
                        if (!outcome) {
                            ++failures;
                            continue;
                        }
                        if (outcome.value().kind == Outcome::Kind::Lost) {
                            ++lost;
                            continue;
                        }
                        QMutexLocker lock(&mutex);
                        ++pulled[line];
                        pulledBy.insert(line, role);
                    }
                }
            });
        }
        for (std::thread& t : threads)
            t.join();
        QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(lost.load(), 0);
        QCOMPARE(pulled.size(), list.size());
        for (const QString& line : list)
            QCOMPARE(pulled.value(line), 1);
        // The store agrees: each line pulled once, by the desk that says it pulled it.
        QSqlQuery q(m_rig.owner().database());
        QVERIFY(q.exec(QStringLiteral("SELECT line, done_by FROM pull_claims WHERE line LIKE 'C%1-%' AND state = "
                                      "'pulled'")
                           .arg(desks)));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QCOMPARE(q.value(1).toString(), pulledBy.value(q.value(0).toString()));
        }
        QCOMPARE(rows, list.size());
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(DISTINCT done_by) FROM pull_claims WHERE line LIKE 'C%1-%'").arg(desks)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 2); // shared, not one desk doing it all
    }

    // The same with ten desks as ten processes, each with its own data folder (comptoir-bench run
    // as counter N, as `comptoir-bench network` runs them): each says on stdout what it claimed and
    // pulled; every line of the list is pulled exactly once, and the store agrees.
    void tenDesksAsTenProcessesPullEachLineOnce()
    {
        const int desks = 10, listLines = 2000; // the bench's list: CL-00000 …
        for (int i = 1; i <= desks; ++i)
            QVERIFY(
                m_rig.addCounter(QStringLiteral("bench_%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("CENTRE")));
        QTemporaryDir root;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 1; i <= desks; ++i) {
            const QString data = root.filePath(QStringLiteral("desk-%1").arg(i));
            QVERIFY(QDir().mkpath(data));
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(QStringLiteral(COMPTOIR_BENCH_PATH),
                     {QStringLiteral("network"), QStringLiteral("--counter"), QString::number(i),
                      QStringLiteral("--phase"), QStringLiteral("claim"), QStringLiteral("--store-port"),
                      QString::number(m_rig.cluster().port()), QStringLiteral("--data"), data});
            QVERIFY2(p->waitForStarted(30000), qPrintable(p->errorString()));
            processes.push_back(std::move(p));
        }
        QList<QByteArray> out(desks);
        auto allSaid = [&](const QByteArray& word) {
            bool all = true;
            for (int i = 0; i < desks; ++i) {
                processes[size_t(i)]->waitForReadyRead(10);
                out[i] += processes[size_t(i)]->readAllStandardOutput();
                all = all && out[i].contains(word);
            }
            return all;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allSaid("ready\n"), 60000);
        for (auto& p : processes)
            p->write("go\n");
        QTRY_VERIFY_WITH_TIMEOUT(allSaid("claims "), 120000);
        int pulled = 0, failed = 0, conflicts = 0;
        for (int i = 0; i < desks; ++i) {
            processes[size_t(i)]->closeWriteChannel();
            QVERIFY(processes[size_t(i)]->state() == QProcess::NotRunning ||
                    processes[size_t(i)]->waitForFinished(30000));
            QCOMPARE(processes[size_t(i)]->exitCode(), 0);
            out[i] += processes[size_t(i)]->readAllStandardOutput();
            const qsizetype at = out[i].indexOf("claims ");
            const QList<QByteArray> w = out[i].mid(at).split('\n').first().split(' ');
            conflicts += w.value(3).toInt();
            pulled += w.value(5).toInt();
            failed += w.value(7).toInt();
        }
        QCOMPARE(failed, 0);
        QCOMPARE(pulled, listLines);
        QVERIFY(conflicts > 0); // they did walk the same list at once
        QSqlQuery q(m_rig.owner().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT object), count(DISTINCT counter) FROM events "
                                      "WHERE kind = 'pull.pulled' AND object LIKE 'CL-%' AND outcome->>'result' = "
                                      "'applied'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), listLines);
        QCOMPARE(q.value(1).toInt(), listLines);
        QVERIFY(q.value(2).toInt() >= 2); // shared between processes
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pull_claims WHERE line LIKE 'CL-%' AND state = 'pulled'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), listLines);
    }

    void aLinePulledAtOneDeskLeavesTheOthersList()
    {
        test::MockClock clock;
        auto d1 = m_rig.connect(QStringLiteral("desk_01"));
        auto d2 = m_rig.connect(QStringLiteral("desk_02"));
        QVERIFY(d1->listen());
        const QStringList list = lines(QStringLiteral("N"), 6);
        ClaimedRun run1(*d1, clock, QStringLiteral("CENTRE"), list, 3);
        ClaimedRun run2(*d2, clock, QStringLiteral("CENTRE"), list, 3);
        QObject::connect(d1.get(), &NetStore::lineDone, d1.get(),
                         [&](const QString&, const QString& line, const QString& by) { run1.markDone(line, by); });
        QSignalSpy done(d1.get(), &NetStore::lineDone);
        QSignalSpy claims(d1.get(), &NetStore::claimsChanged);
        QCOMPARE(run2.claimNext().value(), list.mid(0, 3));
        QVERIFY(claims.wait(10000));
        QCOMPARE(claims.last().at(1).toString(), QStringLiteral("desk_02"));
        QVERIFY(!run1.isTaken(list.at(0)));
        QVERIFY(run2.finish(list.at(0), true));
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().at(1).toString(), list.at(0));
        QCOMPARE(done.last().at(2).toString(), QStringLiteral("desk_02"));
        QString by;
        QVERIFY(run1.isTaken(list.at(0), &by));
        QCOMPARE(by, QStringLiteral("desk_02"));
    }

    void aCratesCountShowsAtTheOtherDesk()
    {
        auto d1 = m_rig.connect(QStringLiteral("desk_01"));
        auto d2 = m_rig.connect(QStringLiteral("desk_02"));
        QVERIFY(d1->listen());
        QSignalSpy changed(d1.get(), &NetStore::crateChanged);
        QVERIFY(d2->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("crate.open"), QStringLiteral("CENTRE-L"),
                               {{QStringLiteral("destination"), QStringLiteral("NORD")}})));
        QVERIFY(d2->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("crate.add"), QStringLiteral("CENTRE-L"))));
        QVERIFY(d2->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("crate.add"), QStringLiteral("CENTRE-L"))));
        while (changed.size() < 3)
            QVERIFY(changed.wait(10000));
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("CENTRE-L"));
        QCOMPARE(changed.last().at(1).toInt(), 2);
        QCOMPARE(changed.last().at(2).toString(), QStringLiteral("open"));
    }

    void listeningResumesAfterTheStoreComesBack()
    {
        auto d1 = m_rig.connect(QStringLiteral("desk_01"));
        QVERIFY(d1->listen());
        m_rig.cluster().stop();
        QString error;
        QVERIFY2(m_rig.cluster().startServer(&error), qPrintable(error));
        QVERIFY(d1->reopen());
        QVERIFY(m_rig.owner().reopen());
        auto d2 = m_rig.connect(QStringLiteral("desk_02"));
        QSignalSpy changed(d1.get(), &NetStore::crateChanged);
        QVERIFY(d2->publish(ev(QStringLiteral("CENTRE"), QStringLiteral("crate.open"), QStringLiteral("CENTRE-B"),
                               {{QStringLiteral("destination"), QStringLiteral("NORD")}})));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("CENTRE-B"));
    }

private:
    NetStoreRig m_rig;
};

QTEST_GUILESS_MAIN(TestNetStoreLive)
#include "tst_netstore_live.moc"
