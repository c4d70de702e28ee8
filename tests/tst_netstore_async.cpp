// The desk never waits on the network store (issue 21): a pull run's claims, their renewal and
// release, the zones split between desks and the crates page's reads of the site's crates run on the
// link's store thread. On a real throwaway cluster whose processes are stopped (SIGSTOP: the
// connections stay up, nothing answers), each call returns to the event loop at once (a zero-timeout
// timer fires while the store is stopped) and the screens say what they wait for; the store going
// on (SIGCONT), the claims and reads complete as they would have. A store that does not answer in
// time is left (the desk goes on without claims, said once, nothing lost) and taken back when it
// answers again; its late answers are dropped.
#include "support/MockClock.h"
#include "support/NetStoreRig.h"

#include "CratesPage.h"
#include "crates/CrateService.h"
#include "ils/SecretStore.h"
#include "netstore/NetStore.h"
#include "netstore/NetworkStoreLink.h"
#include "netstore/Publisher.h"
#include "netstore/SharedCrates.h"
#include "store/Outbox.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>
#include <optional>

using namespace comptoir;
using namespace comptoir::netstore;
using comptoir::test::NetStoreRig;

namespace {

const QString Site = QStringLiteral("CENTRE");

QStringList runLines(const QString& prefix, int n)
{
    QStringList lines;
    for (int i = 1; i <= n; ++i)
        lines.append(QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0')));
    return lines;
}

// One desk's link (its own outbox), connected.
struct LinkDesk
{
    LinkDesk(const NetStoreRig& rig, const Clock& clock, const QString& role)
        : outbox(clock)
    {
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.sqlite"))));
        link = std::make_unique<NetworkStoreLink>(outbox, clock);
        const StoreAddress address = rig.address(role);
        QVERIFY(link->configure(address.toUrl(), Site, role));
        secrets.write(address.keychainKey(), NetStoreRig::passwordOf(role), [](Status) {});
        link->start(secrets, 300);
    }

    QTemporaryDir dir;
    Outbox outbox;
    ils::MemorySecretStore secrets;
    std::unique_ptr<NetworkStoreLink> link;
};

// "The event loop turned": a zero-timeout timer started now has fired.
struct LoopProbe
{
    LoopProbe()
    {
        QTimer::singleShot(0, [this] { fired = true; });
    }
    bool fired = false;
};

} // namespace

class TestNetStoreAsync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        COMPTOIR_START_NETSTORE_RIG(m_rig);
        for (const char* role : {"desk_a1", "desk_b1", "desk_a2", "desk_a3", "desk_b3", "desk_a4", "desk_b4"})
            QVERIFY(m_rig.addCounter(QString::fromLatin1(role), Site));
    }

    // Claims, renewal, zones and release while the store is stopped: each returns at once, the list
    // says what it waits for; the store going on, each completes: one winner per line, the other
    // desk told by whom; renewed claims last longer; the zones read; the lines given back.
    void claimsAndZonesNeverWaitOnAStoppedStore()
    {
        test::MockClock clock;
        LinkDesk a(m_rig, clock, QStringLiteral("desk_a1"));
        LinkDesk b(m_rig, clock, QStringLiteral("desk_b1"));
        NetworkStoreLink& link = *a.link;
        link.setStoreTimeout(10 * 60 * 1000); // the store stopped here is waited for, not left
        QTRY_VERIFY_WITH_TIMEOUT(link.isConnected() && b.link->isConnected(), 15000);
        // The zones read once connected (on the store thread: its connection is up).
        QTRY_VERIFY(link.pendingCalls() == 0 && b.link->pendingCalls() == 0);
        const QStringList lines = runLines(QStringLiteral("H"), 30);

        // 1. A starts a run while the store is stopped.
        QSignalSpy notes(&link, &NetworkStoreLink::coordinationNoteChanged);
        {
            Stopped stopped(this, QStringLiteral("desk_a1"));
            QVERIFY(stopped.ok);
            LoopProbe loop;
            link.runStarted(lines);
            QVERIFY(!loop.fired); // returned without turning the event loop…
            QVERIFY(link.isClaiming());
            QVERIFY2(link.coordinationNote().contains(QStringLiteral("Claiming lines")),
                     qPrintable(link.coordinationNote()));
            QVERIFY(!notes.isEmpty());
            QTRY_VERIFY(loop.fired); // … and the loop turns while the claim waits on the store
            QVERIFY(link.pendingCalls() > 0);
            QVERIFY(!link.takenElsewhere(lines.first(), nullptr));
        }
        // The store goes on: A's claims are in; B's run on the same list is told they are A's.
        QTRY_COMPARE_WITH_TIMEOUT(link.pendingCalls(), 0, 30000);
        QVERIFY(link.coordinationNote().isEmpty());
        QCOMPARE(claimsOf(QStringLiteral("desk_a1")), 20);
        b.link->runStarted(lines);
        QString by;
        QTRY_VERIFY(b.link->takenElsewhere(lines.first(), &by));
        QCOMPARE(by, QStringLiteral("desk_a1"));
        QTRY_COMPARE(b.link->pendingCalls(), 0);
        QCOMPARE(claimsOf(QStringLiteral("desk_b1")), 10); // one winner per line
        QVERIFY(!link.takenElsewhere(lines.first(), nullptr));
        QTRY_VERIFY(link.takenElsewhere(lines.last(), &by)); // A hears B's claims (notified, read again)
        QCOMPARE(by, QStringLiteral("desk_b1"));
        QTRY_COMPARE(link.pendingCalls(), 0);
        const QDateTime firstExpiry = expiryOf(lines.first());

        // 2. Renewal and the zones' reading while the store is stopped; B takes a zone meanwhile.
        {
            Stopped stopped(this, QStringLiteral("desk_a1"));
            QVERIFY(stopped.ok);
            clock.advance(5 * 60 * 1000);
            LoopProbe loop;
            link.renewClaims();
            QVERIFY(link.reloadZones());
            QVERIFY(!loop.fired);
            QVERIFY(link.isReadingZones());
            QVERIFY2(link.coordinationNote().contains(QStringLiteral("Reading the zones")),
                     qPrintable(link.coordinationNote()));
            QTRY_VERIFY(loop.fired);
            QVERIFY(b.link->store().assignZone(Site, QStringLiteral("ZA"), true)); // B's own connection answers
            QTest::qWait(300);                                                     // A's ticks go on too
            QVERIFY(link.isReadingZones());
            QVERIFY(link.isConnected());
        }
        QTRY_COMPARE_WITH_TIMEOUT(link.pendingCalls(), 0, 30000);
        QVERIFY(!link.isReadingZones());
        QCOMPARE(link.zoneDesk(QStringLiteral("ZA")), QStringLiteral("desk_b1"));
        QCOMPARE(expiryOf(lines.first()), firstExpiry.addSecs(5 * 60)); // renewed from the new now
        QCOMPARE(claimsOf(QStringLiteral("desk_a1")), 20);

        // 3. The run stops while the store is stopped: the lines are given back when it goes on.
        {
            Stopped stopped(this, QStringLiteral("desk_a1"));
            QVERIFY(stopped.ok);
            LoopProbe loop;
            link.runStopped();
            QVERIFY(!loop.fired);
            QVERIFY(!link.isClaiming());
            QVERIFY2(link.coordinationNote().contains(QStringLiteral("Giving the lines")),
                     qPrintable(link.coordinationNote()));
            QTRY_VERIFY(loop.fired);
        }
        QTRY_COMPARE_WITH_TIMEOUT(link.pendingCalls(), 0, 30000);
        QCOMPARE(claimsOf(QStringLiteral("desk_a1")), 0);
        // B hears the release and reads the claims again: A's lines are free for its run.
        QTRY_VERIFY(!b.link->takenElsewhere(lines.first(), nullptr));
        b.link->runStopped();
        QTRY_COMPARE(b.link->pendingCalls(), 0);
        (void)b.link->store().assignZone(Site, QStringLiteral("ZA"), false);
    }

    // The store does not answer within the link's time: the desk goes on without it (no claims,
    // said once, the line done waits in the outbox); its late answers are dropped; the store back,
    // the link connects again, the run claims again and the outbox is published.
    void aStoreThatDoesNotAnswerInTimeIsLeftAndTakenBack()
    {
        test::MockClock clock;
        LinkDesk a(m_rig, clock, QStringLiteral("desk_a2"));
        NetworkStoreLink& link = *a.link;
        link.setStoreTimeout(1500);
        QTRY_VERIFY_WITH_TIMEOUT(link.isConnected(), 15000);
        QTRY_COMPARE(link.pendingCalls(), 0);
        const QStringList lines = runLines(QStringLiteral("T"), 5);
        QSignalSpy told(&link, &NetworkStoreLink::message);
        QSignalSpy connected(&link, &NetworkStoreLink::connectedChanged);
        {
            Stopped stopped(this, QStringLiteral("desk_a2"));
            QVERIFY(stopped.ok);
            LoopProbe loop;
            link.runStarted(lines);
            QVERIFY(!loop.fired);
            QTRY_VERIFY(loop.fired);
            // Left after its time: as without a store, said once.
            QTRY_VERIFY_WITH_TIMEOUT(!link.isConnected(), 20000);
            QCOMPARE(told.size(), 1);
            QVERIFY2(told.first().first().toString().contains(QStringLiteral("does not answer")),
                     qPrintable(told.first().first().toString()));
            QVERIFY(!link.isClaiming());
            QCOMPARE(link.pendingCalls(), 0);
            QVERIFY2(link.coordinationNote().contains(QStringLiteral("without claiming")),
                     qPrintable(link.coordinationNote()));
            // The desk goes on: a line done is durable here and waits; nothing asked of the store.
            link.lineDone(lines.first(), true);
            QCOMPARE(link.publisher()->pendingCount().value(), 1);
            QVERIFY(!link.reloadZones());
            // The link's probes meet the stopped store too (each up to the connect timeout): not said again.
            QTest::qWait(7000);
            QCOMPARE(told.size(), 1);
            QVERIFY(!link.isConnected());
        }
        // The store goes on: the late answers of the left thread are dropped; the link connects
        // again, claims the run's lines not done and publishes the line done.
        QTRY_VERIFY_WITH_TIMEOUT(link.isConnected(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(link.isClaiming() && link.pendingCalls() == 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(link.publisher()->pendingCount().value(), 0, 30000);
        QVERIFY(link.coordinationNote().isEmpty());
        QCOMPARE(claimsOf(QStringLiteral("desk_a2")), 4);
        QSqlQuery q(m_rig.owner().database());
        QVERIFY(q.exec(QStringLiteral("SELECT state, done_by FROM pull_claims WHERE line = 'T-001'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("pulled"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("desk_a2"));
        QCOMPARE(told.size(), 1);
        link.runStopped();
        QTRY_COMPARE(link.pendingCalls(), 0);
    }

    // The crates page opened while the store is stopped: the site's crates and a crate's items are
    // read on the store thread, the page says it reads and shows this desk's own meanwhile; the store
    // going on, the other desk's crate and items show. A reading for a crate no longer shown is dropped.
    void theCratesPageReadsWithoutWaiting()
    {
        test::MockClock clock;
        QTemporaryDir dirA, dirB;
        Outbox outboxA(clock), outboxB(clock);
        QVERIFY(outboxA.open(dirA.filePath(QStringLiteral("outbox.sqlite"))));
        QVERIFY(outboxB.open(dirB.filePath(QStringLiteral("outbox.sqlite"))));
        crates::CrateService cratesA(outboxA, clock, Site, QStringLiteral("desk_a3"));
        crates::CrateService cratesB(outboxB, clock, Site, QStringLiteral("desk_b3"));
        NetworkStoreLink linkA(outboxA, clock), linkB(outboxB, clock);
        ils::MemorySecretStore secretsA, secretsB;
        for (auto [link, secrets, role] : {std::tuple{&linkA, &secretsA, QStringLiteral("desk_a3")},
                                           std::tuple{&linkB, &secretsB, QStringLiteral("desk_b3")}}) {
            const StoreAddress address = m_rig.address(role);
            QVERIFY(link->configure(address.toUrl(), Site, role));
            secrets->write(address.keychainKey(), NetStoreRig::passwordOf(role), [](Status) {});
        }
        linkA.setStoreTimeout(10 * 60 * 1000);
        SharedCrates sharedA(cratesA, linkA), sharedB(cratesB, linkB);
        CratesPage page(cratesA, clock);
        page.setSharedCrates(&sharedA);
        linkA.start(secretsA, 300);
        linkB.start(secretsB, 300);
        QTRY_VERIFY_WITH_TIMEOUT(linkA.isConnected() && linkB.isConnected(), 15000);
        QTRY_VERIFY(linkA.pendingCalls() == 0 && !sharedA.isReading());
        // B's two crates, three items; A's own crate.
        const QString nord =
            cratesB.place(QStringLiteral("31052000000001"), QStringLiteral("NORD"), {}).value().crate.id;
        QVERIFY(cratesB.place(QStringLiteral("31052000000002"), QStringLiteral("NORD"), {}));
        const QString sud = cratesB.place(QStringLiteral("31052000000003"), QStringLiteral("SUD"), {}).value().crate.id;
        const QString mine =
            cratesA.place(QStringLiteral("31052000000009"), QStringLiteral("GIONO"), {}).value().crate.id;
        QTRY_COMPARE_WITH_TIMEOUT(linkB.publisher()->pendingCount().value(), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(linkA.publisher()->pendingCount().value(), 0, 15000);
        QTRY_VERIFY(rowOf(page, nord) >= 0 && rowOf(page, sud) >= 0 && rowOf(page, mine) >= 0);
        QTRY_VERIFY(linkA.pendingCalls() == 0 && !sharedA.isReading());

        {
            Stopped stopped(this, QStringLiteral("desk_a3"));
            QVERIFY(stopped.ok);
            // The page opened: the site's crates read again, a crate of B chosen, then another.
            LoopProbe loop;
            QVERIFY(sharedA.refresh());
            page.reload();
            page.show();
            QVERIFY(page.selectCrate(nord));
            QVERIFY(page.selectCrate(sud));
            QVERIFY(!loop.fired);
            QVERIFY(sharedA.isReading());
            QVERIFY(!page.sharedNote()->isHidden());
            QVERIFY2(page.sharedNote()->text().contains(QStringLiteral("Reading the other desks' crates")),
                     qPrintable(page.sharedNote()->text()));
            QVERIFY(rowOf(page, mine) >= 0); // this desk's own crate shows meanwhile
            QVERIFY(pageLists(page, QStringLiteral("Reading the other desks' items")));
            QTRY_VERIFY(loop.fired);
            QTest::qWait(200);
            QVERIFY(sharedA.isReading());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!sharedA.isReading() && linkA.pendingCalls() == 0, 30000);
        QVERIFY(page.sharedNote()->isHidden());
        QVERIFY(rowOf(page, nord) >= 0 && rowOf(page, sud) >= 0 && rowOf(page, mine) >= 0);
        // The crate shown (SUD) lists B's item; NORD's reading, for a crate no longer shown, was dropped.
        QTRY_VERIFY(pageLists(page, QStringLiteral("31052000000003 (put in at desk_b3)")) &&
                    !pageLists(page, QStringLiteral("Reading the other desks' items")));
        QVERIFY(!pageLists(page, QStringLiteral("31052000000001")));
        QVERIFY(linkA.isConnected());
    }

    // Filling and sealing another desk's crate while the store is stopped: the scan and the seal
    // return to the event loop at once, the page says it asks the store, the button waits; within the
    // answer time the item is in this desk's crate (said so, the store's count kept) and the seal is
    // refused (the label would miss the other desk's items). The store going on, the item is
    // published and counted once; the seal then goes through.
    void crateActionsNeverWaitOnAStoppedStore()
    {
        test::MockClock clock;
        QTemporaryDir dirA, dirB;
        Outbox outboxA(clock), outboxB(clock);
        QVERIFY(outboxA.open(dirA.filePath(QStringLiteral("outbox.sqlite"))));
        QVERIFY(outboxB.open(dirB.filePath(QStringLiteral("outbox.sqlite"))));
        crates::CrateService cratesA(outboxA, clock, Site, QStringLiteral("desk_a4"));
        crates::CrateService cratesB(outboxB, clock, Site, QStringLiteral("desk_b4"));
        NetworkStoreLink linkA(outboxA, clock), linkB(outboxB, clock);
        ils::MemorySecretStore secretsA, secretsB;
        for (auto [link, secrets, role] : {std::tuple{&linkA, &secretsA, QStringLiteral("desk_a4")},
                                           std::tuple{&linkB, &secretsB, QStringLiteral("desk_b4")}}) {
            const StoreAddress address = m_rig.address(role);
            QVERIFY(link->configure(address.toUrl(), Site, role));
            secrets->write(address.keychainKey(), NetStoreRig::passwordOf(role), [](Status) {});
        }
        linkA.setStoreTimeout(10 * 60 * 1000); // the crate action's own bound is what is tested
        SharedCrates sharedA(cratesA, linkA), sharedB(cratesB, linkB);
        sharedA.setAnswerTimeout(800);
        CratesPage page(cratesA, clock);
        page.setSharedCrates(&sharedA);
        QList<Verdict> told;
        connect(&page, &CratesPage::verdictReady, &page, [&told](const Verdict& v) { told.append(v); });
        linkA.start(secretsA, 300);
        linkB.start(secretsB, 300);
        QTRY_VERIFY_WITH_TIMEOUT(linkA.isConnected() && linkB.isConnected(), 15000);
        const QString item1 = QStringLiteral("31052000000041"), item2 = QStringLiteral("31052000000042");
        const QString nord = cratesB.place(item1, QStringLiteral("NORD"), {}).value().crate.id;
        QTRY_COMPARE_WITH_TIMEOUT(linkB.publisher()->pendingCount().value(), 0, 15000);
        QTRY_VERIFY(rowOf(page, nord) >= 0);
        QTRY_VERIFY(linkA.pendingCalls() == 0 && !sharedA.isReading() && sharedA.find(nord));
        QVERIFY(page.selectCrate(nord));
        {
            Stopped stopped(this, QStringLiteral("desk_a4"));
            QVERIFY(stopped.ok);
            LoopProbe loop;
            QElapsedTimer waited;
            waited.start();
            std::optional<Verdict> scanned;
            page.putOrTakeOut(item2, [&scanned](const Verdict& v) { scanned = v; });
            QVERIFY(waited.elapsed() < 200);
            QVERIFY(!scanned);
            // Scanned again meanwhile (a double read): one action, the second scan told to wait.
            std::optional<Verdict> twice;
            page.putOrTakeOut(item2, [&twice](const Verdict& v) { twice = v; });
            QVERIFY(twice.has_value());
            QCOMPARE(twice->title, QStringLiteral("Already being put in"));
            QVERIFY(!page.sharedNote()->isHidden());
            QVERIFY2(page.sharedNote()->text().contains(QStringLiteral("Asking the network store")),
                     qPrintable(page.sharedNote()->text()));
            QTRY_VERIFY(loop.fired);
            QTRY_VERIFY_WITH_TIMEOUT(scanned.has_value(), 5000);
            QCOMPARE(int(scanned->kind), int(VerdictKind::Transit));
            QCOMPARE(scanned->title, QStringLiteral("Crate for NORD — item 2"));
            QVERIFY2(scanned->detail.contains(QStringLiteral("did not answer in time")), qPrintable(scanned->detail));
            QVERIFY(cratesA.items(cratesA.outCrate(nord).value().seq).value().contains(item2)); // durable here
            // The seal: the button waits, then refused in time, nothing printed.
            QVERIFY(page.selectCrate(nord));
            std::optional<Result<crates::SealedCrate>> sealed;
            waited.restart();
            page.sealSelected([&sealed](const Result<crates::SealedCrate>& r) { sealed.emplace(r); });
            QVERIFY(waited.elapsed() < 200);
            QVERIFY(!sealed);
            QTRY_VERIFY_WITH_TIMEOUT(sealed.has_value(), 5000);
            QVERIFY(!*sealed);
            QVERIFY2(sealed->error().message.contains(QStringLiteral("was not sealed")),
                     qPrintable(sealed->error().message));
            QCOMPARE(int(cratesA.outCrate(nord).value().state), int(crates::Crate::State::Open));
        }
        // The store going on: the item published and counted once; then the seal goes through.
        QTRY_COMPARE_WITH_TIMEOUT(storeItems(nord), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(linkA.isConnected() && linkA.pendingCalls() == 0, 30000);
        QVERIFY(page.selectCrate(nord));
        auto sealed = page.sealSelectedNow();
        QVERIFY2(sealed, qPrintable(sealed ? QString() : sealed.error().message));
        QStringList listed = sealed.value().manifest.items;
        listed.sort();
        QCOMPARE(listed, (QStringList{item1, item2}));
        QTRY_COMPARE(m_rig.owner().crate(nord).value().state, QStringLiteral("sealed"));
        QCOMPARE(m_rig.owner().crate(nord).value().sealedBy, QStringLiteral("desk_a4"));
    }

private:
    int storeItems(const QString& id)
    {
        auto c = m_rig.owner().crate(id);
        return c ? c.value().items : -1;
    }

    // The postmaster and a role's server processes stopped (SIGSTOP) while this lives: connections
    // stay up, nothing answers, no new connection is greeted. Resumed (SIGCONT) at its end.
    struct Stopped
    {
        Stopped(TestNetStoreAsync* test, const QString& role)
        {
            QFile pidFile(QDir(test->m_rig.cluster().dataDir()).filePath(QStringLiteral("postmaster.pid")));
            if (!pidFile.open(QIODevice::ReadOnly))
                return;
            pids.append(pid_t(pidFile.readLine().trimmed().toLongLong()));
            QSqlQuery q(test->m_rig.owner().database());
            q.prepare(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename = ?"));
            q.addBindValue(role);
            if (!q.exec())
                return;
            while (q.next())
                pids.append(pid_t(q.value(0).toLongLong()));
            for (pid_t pid : pids)
                if (::kill(pid, SIGSTOP) != 0)
                    return;
            ok = pids.size() >= 3; // the postmaster, the desk's listening and store-thread connections
        }
        ~Stopped()
        {
            for (pid_t pid : pids)
                ::kill(pid, SIGCONT);
        }
        QList<pid_t> pids;
        bool ok = false;
    };

    int claimsOf(const QString& role)
    {
        QSqlQuery q(m_rig.owner().database());
        q.prepare(QStringLiteral("SELECT count(*) FROM pull_claims WHERE claimed_by = ? AND state = 'claimed' AND "
                                 "expires_at > '2026-11-22T09:00:00Z'::timestamptz + interval '1 minute' * ?"));
        q.addBindValue(role);
        q.addBindValue(m_minutesAfter);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    QDateTime expiryOf(const QString& line)
    {
        QSqlQuery q(m_rig.owner().database());
        q.prepare(QStringLiteral("SELECT expires_at FROM pull_claims WHERE line = ?"));
        q.addBindValue(line);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0).toDateTime().toUTC();
    }
    static int rowOf(const CratesPage& page, const QString& id)
    {
        for (int r = 0; r < page.table()->rowCount(); ++r)
            if (page.table()->item(r, 0) && page.table()->item(r, 0)->text().contains(id))
                return r;
        return -1;
    }
    static bool pageLists(const CratesPage& page, const QString& text)
    {
        for (int row = 0; row < page.itemList()->count(); ++row)
            if (page.itemList()->item(row)->text().contains(text))
                return true;
        return false;
    }

    NetStoreRig m_rig;
    int m_minutesAfter = 5; // claims still running five minutes after the start of the day's clock
};

QTEST_MAIN(TestNetStoreAsync)
#include "tst_netstore_async.moc"
