// Locker alerts across PCs (issue 15): a patron kiosk on its own PC records its alerts in its
// outbox; its publisher sends them to the network store; the counters of the bank's site (or one
// serving the bank) are told through the store's notification. A real throwaway PostgreSQL cluster.
#include "support/MockClock.h"
#include "support/NetStoreRig.h"

#include "Clock.h"
#include "ils/SecretStore.h"
#include "lockers/LockerConfig.h"
#include "lockers/LockerStore.h"
#include "netstore/NetStore.h"
#include "netstore/NetworkStoreLink.h"
#include "netstore/Publisher.h"
#include "store/Outbox.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::netstore;
using comptoir::test::NetStoreRig;
using comptoir::test::PgCluster;

namespace {

// A counter (or kiosk) with its own outbox file and its link to the store.
struct Counter
{
    Counter(const Clock& clock)
        : outbox(clock)
        , link(outbox, clock)
    {
    }
    QTemporaryDir dir;
    Outbox outbox;
    NetworkStoreLink link;
};

int lockerAlertsIn(const QList<QList<QVariant>>& notifications)
{
    int n = 0;
    for (const QList<QVariant>& args : notifications)
        n += args.at(0).toJsonObject().value(QStringLiteral("kind")).toString() == QLatin1String("locker.alert");
    return n;
}

} // namespace

class TestLockerAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        COMPTOIR_START_NETSTORE_RIG(m_rig);
        QVERIFY(m_rig.addCounter(QStringLiteral("kiosk_gare"), QStringLiteral("CENTRE")));
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_centre"), QStringLiteral("CENTRE")));
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_nord"), QStringLiteral("NORD")));
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_sud"), QStringLiteral("SUD")));
    }

    void aKiosksAlertsReachTheCountersOfItsSite()
    {
        test::MockClock clock;
        std::unique_ptr<Counter> kiosk, centre, nord, sud;
        ils::MemorySecretStore secrets;
        for (auto [counter, role, site] : {std::tuple{&kiosk, QStringLiteral("kiosk_gare"), QStringLiteral("CENTRE")},
                                           std::tuple{&centre, QStringLiteral("desk_centre"), QStringLiteral("CENTRE")},
                                           std::tuple{&nord, QStringLiteral("desk_nord"), QStringLiteral("NORD")},
                                           std::tuple{&sud, QStringLiteral("desk_sud"), QStringLiteral("SUD")}}) {
            *counter = std::make_unique<Counter>(clock);
            Counter& c = **counter;
            QVERIFY(c.outbox.open(c.dir.filePath(QStringLiteral("outbox.sqlite"))));
            const StoreAddress address = m_rig.address(role);
            QVERIFY(c.link.configure(address.toUrl(), site, role));
            secrets.write(address.keychainKey(), NetStoreRig::passwordOf(role), [](Status) {});
            c.link.start(secrets, 3600 * 1000);
            // The link connects off the UI thread: connected once the store has answered.
            QTRY_VERIFY_WITH_TIMEOUT(c.link.isConnected(), 15000);
        }
        // The Sud counter loads and clears the Centre's bank (CASGARE): it serves that bank.
        sud->link.setServedBanks({QStringLiteral("CASGARE")});

        // The kiosk's outbox: the bank's doors, then a jammed door and a lost board, as the
        // locker service records them (an item barcode on the first, which must not leave).
        lockers::LockerStore store(kiosk->outbox, clock, QStringLiteral("CASGARE"), QStringLiteral("kiosk-gare"), {});
        QVERIFY(store.sync(lockers::BankConfig::training()));
        const lockers::LockerDoor door = store.doors().value().at(2);
        QVERIFY(!door.label.isEmpty());
        QVERIFY(store.event(QStringLiteral("alert"), door.uuid, QStringLiteral("3000000123"),
                            QStringLiteral("jammed: Door %1 did not open. Staff have been told.").arg(door.label)));
        QVERIFY(store.event(QStringLiteral("alert"), {}, {},
                            QStringLiteral("alert: Lock board 2 does not answer. Its doors are out of service until "
                                           "it answers again.")));
        QCOMPARE(store.alerts().value().size(), 2);

        QSignalSpy centreAlerts(&centre->link, &NetworkStoreLink::lockerAlert);
        QSignalSpy sudAlerts(&sud->link, &NetworkStoreLink::lockerAlert);
        QSignalSpy nordAlerts(&nord->link, &NetworkStoreLink::lockerAlert);
        QSignalSpy kioskAlerts(&kiosk->link, &NetworkStoreLink::lockerAlert);
        QSignalSpy nordHeard(&nord->link.store(), &NetStore::notified);
        QSignalSpy kioskHeard(&kiosk->link.store(), &NetStore::notified);

        const PublishRound round = kiosk->link.publishNow();
        QVERIFY(round.status);
        QCOMPARE(round.conflicts, 0);
        QCOMPARE(kiosk->link.publisher()->pendingCount().value(), 0);

        while (centreAlerts.size() < 2)
            QVERIFY(centreAlerts.wait(10000));
        QCOMPARE(centreAlerts.size(), 2);
        // bank, label, detail, counter
        QCOMPARE(centreAlerts.at(0).at(0).toString(), QStringLiteral("CASGARE"));
        QCOMPARE(centreAlerts.at(0).at(1).toString(), door.label);
        QCOMPARE(centreAlerts.at(0).at(2).toString(),
                 QStringLiteral("jammed: Door %1 did not open. Staff have been told.").arg(door.label));
        QCOMPARE(centreAlerts.at(0).at(3).toString(), QStringLiteral("kiosk_gare"));
        QCOMPARE(centreAlerts.at(1).at(0).toString(), QStringLiteral("CASGARE"));
        QCOMPARE(centreAlerts.at(1).at(1).toString(), QString()); // the whole board: no door
        QVERIFY(centreAlerts.at(1).at(2).toString().startsWith(QStringLiteral("alert: Lock board 2 does not answer")));

        // What the desk shows: the bank and the door, what the kiosk said.
        const Verdict v = NetworkStoreLink::alertVerdict(QStringLiteral("Gare"), centreAlerts.at(0).at(1).toString(),
                                                         centreAlerts.at(0).at(2).toString());
        QCOMPARE(int(v.kind), int(VerdictKind::Error));
        QVERIFY(v.title.contains(QStringLiteral("Gare")));
        QVERIFY(v.title.contains(door.label));
        QCOMPARE(v.detail, QStringLiteral("Door %1 did not open. Staff have been told.").arg(door.label));

        // A counter serving the bank hears them too.
        while (sudAlerts.size() < 2)
            QVERIFY(sudAlerts.wait(10000));
        // A counter of another site got the notifications but shows nothing; the kiosk's own
        // alerts are not told back to it.
        while (lockerAlertsIn(nordHeard) < 2)
            QVERIFY(nordHeard.wait(10000));
        while (lockerAlertsIn(kioskHeard) < 2)
            QVERIFY(kioskHeard.wait(10000));
        QCOMPARE(nordAlerts.size(), 0);
        QCOMPARE(kioskAlerts.size(), 0);

        // In the store: kind locker.alert, the door (or the bank) as object, no item or patron.
        QSqlQuery q(m_rig.owner().database());
        QVERIFY(q.exec(QStringLiteral("SELECT object, payload::text FROM events WHERE kind = 'locker.alert' ORDER BY "
                                      "seq")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), door.uuid);
        QVERIFY(!q.value(1).toString().contains(QStringLiteral("3000000123")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("CASGARE"));
        QVERIFY(!q.next());

        // Published once: a second round sends nothing again.
        QCOMPARE(kiosk->link.publishNow().published, 0);
    }

    // A door loaded at one counter is in the store for every counter of the network (the phone
    // line's, another site's): its state, its item's barcode and the counter that loaded it; never
    // the patron's card or name, which stay in the loading counter's outbox; and only its site's
    // counters may change it.
    void aLoadedDoorIsInTheStoreForEveryCounter()
    {
        test::MockClock clock;
        Counter loader(clock);
        QVERIFY(loader.outbox.open(loader.dir.filePath(QStringLiteral("outbox.sqlite"))));
        const StoreAddress address = m_rig.address(QStringLiteral("desk_centre"));
        QVERIFY(loader.link.configure(address.toUrl(), QStringLiteral("CENTRE"), QStringLiteral("desk_centre")));
        ils::MemorySecretStore secrets;
        secrets.write(address.keychainKey(), NetStoreRig::passwordOf(QStringLiteral("desk_centre")), [](Status) {});
        loader.link.start(secrets, 3600 * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(loader.link.isConnected(), 15000);

        lockers::LockerStore store(loader.outbox, clock, QStringLiteral("CASMAIRIE"), QStringLiteral("desk-centre"),
                                   {});
        QVERIFY(store.sync(lockers::BankConfig::training()));
        const lockers::LockerDoor door = store.doors().value().at(1);
        const QString card = QStringLiteral("29990000123456");
        const QString name = QStringLiteral("Dupont-Secret, Marie");
        QVERIFY(store.assignForLoading(door.uuid, QStringLiteral("3000000777"), 4242, QStringLiteral("Le titre"), card,
                                       name, clock.now().date().addDays(7)));
        const PublishRound round = loader.link.publishNow();
        QVERIFY(round.status);
        QCOMPARE(round.conflicts, 0);

        // Read by a counter of another site, with its own role.
        Status opened;
        auto nord = m_rig.connect(QStringLiteral("desk_nord"), &opened);
        QVERIFY(opened);
        auto doorRow = [&] {
            QSqlQuery q(nord->database());
            q.exec(QStringLiteral("SELECT site, bank, label, state, coalesce(item, ''), coalesce(assigned_by, '') "
                                  "FROM locker_doors WHERE uuid = '%1'")
                       .arg(door.uuid));
            QStringList row;
            if (q.next())
                for (int i = 0; i < 6; ++i)
                    row << q.value(i).toString();
            return row;
        };
        QCOMPARE(doorRow(),
                 (QStringList{QStringLiteral("CENTRE"), QStringLiteral("CASMAIRIE"), door.label,
                              QStringLiteral("loaded"), QStringLiteral("3000000777"), QStringLiteral("desk_centre")}));
        QSqlQuery all(nord->database());
        QVERIFY(all.exec(QStringLiteral("SELECT count(*) FROM locker_doors WHERE bank = 'CASMAIRIE'")));
        QVERIFY(all.next());
        QCOMPARE(all.value(0).toInt(), int(store.doors().value().size())); // every door of the bank
        // Nothing of the patron anywhere in the store.
        QVERIFY(all.exec(QStringLiteral("SELECT count(*) FROM events WHERE payload::text LIKE '%%1%' OR payload::text "
                                        "LIKE '%Dupont-Secret%'")
                             .arg(card)));
        QVERIFY(all.next());
        QCOMPARE(all.value(0).toInt(), 0);
        // A counter of another site cannot change it.
        QSqlQuery write(nord->database());
        QVERIFY(write.exec(QStringLiteral("UPDATE locker_doors SET state = 'free' WHERE uuid = '%1'").arg(door.uuid)));
        QCOMPARE(write.numRowsAffected(), 0);
        QCOMPARE(doorRow().value(3), QStringLiteral("loaded"));
    }

private:
    NetStoreRig m_rig;
};

QTEST_GUILESS_MAIN(TestLockerAlerts)
#include "tst_locker_alerts.moc"
