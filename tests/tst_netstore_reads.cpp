// What a counter reads back from the network store (issue 21), on a real throwaway PostgreSQL
// cluster (tests/support/PgCluster.h), each counter with its own data folder, outbox and link:
// the daily report's counter figures of every counter (read from their snapshots of the day, the
// counters without one listed missing); the network's locker doors on the Lockers page; the
// delivery orders another counter of the site took, on the Delivery page.
#include "support/MockClock.h"
#include "support/NetStoreRig.h"

#include "DeliveryPage.h"
#include "NetworkDeliveryOrders.h"
#include "NetworkLockersView.h"
#include "ReportsPage.h"
#include "delivery/DeliveryService.h"
#include "ils/SecretStore.h"
#include "lockers/LockerConfig.h"
#include "lockers/LockerStore.h"
#include "netstore/NetworkReads.h"
#include "netstore/NetworkStoreLink.h"
#include "netstore/ReportSnapshots.h"
#include "reports/ReportExport.h"
#include "reports/ReportService.h"
#include "reports/SnapshotStore.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QMap>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace comptoir;
using namespace comptoir::netstore;
using namespace comptoir::reports;
using comptoir::test::NetStoreRig;

namespace {

const QDate Day(2026, 11, 30);

// One counter: its own data folder, outbox and link to the store.
struct Counter
{
    Counter(const NetStoreRig& rig, const Clock& clock, const QString& role, const QString& site)
    {
        outbox = std::make_unique<Outbox>(clock);
        QVERIFY(outbox->open(dir.filePath(QStringLiteral("outbox.sqlite"))));
        link = std::make_unique<NetworkStoreLink>(*outbox, clock);
        const StoreAddress address = rig.address(role);
        QVERIFY(link->configure(address.toUrl(), site, role));
        secrets.write(address.keychainKey(), NetStoreRig::passwordOf(role), [](Status) {});
        link->start(secrets, 200);
    }
    ~Counter() { link.reset(); }

    QTemporaryDir dir;
    std::unique_ptr<Outbox> outbox;
    ils::MemorySecretStore secrets;
    std::unique_ptr<NetworkStoreLink> link;
};

// A counter's report of the day: ILS figures (the same at every counter) and its own.
DayReport counterReport(const QString& site, int seed)
{
    using namespace figure;
    DayReport r;
    r.day = Day;
    r.takenAt = QDateTime(Day, QTime(18, seed), QTimeZone::utc());
    r.source = QStringLiteral("ils");
    r.localSite = site;
    for (const QString& id : {QStringLiteral("CENTRE"), QStringLiteral("NORD")}) {
        SiteFigures s{id, id == QLatin1String("CENTRE") ? QStringLiteral("Centre") : QStringLiteral("Nord"), {}};
        s.set(Placed, 100); // the ILS's: never added up
        if (id == site) {
            s.set(PullLines, 10 + seed);
            s.set(PullFound, 7 + seed);
            s.set(PullNotFound, 3);
            s.set(PullNotFound, 2, QStringLiteral("missing"));
            s.set(PullNotFound, 1, QStringLiteral("damaged"));
            s.set(CratesSealed, seed);
            s.set(CratesReceived, 2);
            s.set(CratesDiscrepancies, seed % 2);
            s.set(TransitSent, 4 * seed, site + QStringLiteral(">SUD"));
            s.set(DeliveryParcels, seed + 1);
            s.set(DeliveryKg, 1.5 * seed);
            s.set(DeliveryAbsent, 1);
        }
        r.sites << s;
    }
    // The locker bank of the station, served by every counter: its row.
    SiteFigures bank{QStringLiteral("GARE"), QStringLiteral("GARE"), {}};
    bank.set(LockerLoads, seed);
    bank.set(LockerOccupied, seed);
    bank.set(LockerOccupancyPct, 100.0 * seed / 20); // 20 doors in service
    bank.set(LockerUncollected, 1);
    bank.set(LockerJammed, seed % 2);
    r.sites << bank;
    r.network = SiteFigures{NetworkSite, QStringLiteral("Réseau"), {}};
    r.network.set(Placed, 200);
    return r;
}

// Requests for the home delivery location, as Koha's REST API gives them (patron, item, biblio
// embedded): one order per patron.
QJsonArray deliveryHolds(int first, int count)
{
    QJsonArray holds;
    for (int n = first; n < first + count; ++n)
        holds.append(QJsonObject{
            {QStringLiteral("hold_id"), n},
            {QStringLiteral("patron_id"), 1000 + n},
            {QStringLiteral("biblio_id"), n},
            {QStringLiteral("item_id"), n},
            {QStringLiteral("pickup_library_id"), QStringLiteral("LIVRAISON")},
            {QStringLiteral("hold_date"), QStringLiteral("2026-11-30")},
            {QStringLiteral("timestamp"), QStringLiteral("2026-11-30T09:00:00Z")},
            {QStringLiteral("hold_group_id"), QJsonValue()},
            {QStringLiteral("patron"),
             QJsonObject{{QStringLiteral("patron_id"), 1000 + n},
                         {QStringLiteral("cardnumber"), QStringLiteral("2104%1").arg(n, 10, 10, QLatin1Char('0'))},
                         {QStringLiteral("surname"), QStringLiteral("Martin-%1").arg(n)},
                         {QStringLiteral("firstname"), QStringLiteral("Élise")},
                         {QStringLiteral("category_id"), QStringLiteral("ADULTE")},
                         {QStringLiteral("street_number"), QString::number(n)},
                         {QStringLiteral("address"), QStringLiteral("rue Aristide-Briand")},
                         {QStringLiteral("city"), QStringLiteral("Levallois-Perret")},
                         {QStringLiteral("postal_code"), QStringLiteral("92300")}}},
            {QStringLiteral("item"),
             QJsonObject{{QStringLiteral("item_id"), n},
                         {QStringLiteral("external_id"), QStringLiteral("3104%1").arg(n, 10, 10, QLatin1Char('0'))},
                         {QStringLiteral("item_type_id"), QStringLiteral("LIVRE")}}},
            {QStringLiteral("biblio"), QJsonObject{{QStringLiteral("biblio_id"), n},
                                                   {QStringLiteral("title"), QStringLiteral("Titre %1").arg(n)},
                                                   {QStringLiteral("author"), QStringLiteral("Auteur")}}},
        });
    return holds;
}

// The rows (doors) of a network lockers view, by door label: "state|item|holder|by".
QMap<QString, QString> doorRows(const NetworkLockersView& view, const QString& bank)
{
    QMap<QString, QString> rows;
    QTreeWidget* tree = view.tree();
    for (int s = 0; s < tree->topLevelItemCount(); ++s)
        for (int b = 0; b < tree->topLevelItem(s)->childCount(); ++b) {
            QTreeWidgetItem* bankItem = tree->topLevelItem(s)->child(b);
            if (bankItem->text(0) != bank)
                continue;
            for (int d = 0; d < bankItem->childCount(); ++d) {
                QTreeWidgetItem* door = bankItem->child(d);
                rows.insert(door->text(0), QStringList{door->text(1), door->text(2), door->text(3), door->text(5)}.join(
                                               QLatin1Char('|')));
            }
        }
    return rows;
}

} // namespace

class TestNetStoreReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        COMPTOIR_START_NETSTORE_RIG(m_rig);
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_a"), QStringLiteral("CENTRE")));
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_b"), QStringLiteral("NORD")));
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_c"), QStringLiteral("CENTRE")));
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_d"), QStringLiteral("SUD"))); // never publishes
    }

    // Two counters publish their day; a third reads the report: its counter figures are the sum of
    // the three counters' (its own included), the ILS's unchanged; the fourth is listed missing.
    void reportHoldsEveryCountersFigures()
    {
        test::MockClock clock(QDateTime(Day.addDays(1), QTime(9, 0), QTimeZone::utc()));
        Counter a(m_rig, clock, QStringLiteral("desk_a"), QStringLiteral("CENTRE"));
        Counter b(m_rig, clock, QStringLiteral("desk_b"), QStringLiteral("NORD"));
        Counter c(m_rig, clock, QStringLiteral("desk_c"), QStringLiteral("CENTRE"));
        QTRY_VERIFY(a.link->isConnected() && b.link->isConnected() && c.link->isConnected());

        const DayReport fromA = counterReport(QStringLiteral("CENTRE"), 3);
        const DayReport fromB = counterReport(QStringLiteral("NORD"), 5);
        const DayReport fromC = counterReport(QStringLiteral("CENTRE"), 4);
        QVERIFY(publishSnapshot(*a.link, fromA).ok());
        QVERIFY(publishSnapshot(*b.link, fromB).ok());
        auto published = [this] {
            QSqlQuery q(m_rig.owner().database());
            return q.exec(QStringLiteral("SELECT count(*) FROM report_snapshots WHERE day = '2026-11-30'")) && q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        QTRY_COMPARE(published(), 2);

        // The third counter kept its own day (its snapshot store) and reads the report back.
        SnapshotStore snapshots;
        QVERIFY(snapshots.open(c.dir.filePath(SnapshotStore::fileName())).ok());
        QVERIFY(snapshots.save(fromC).ok());
        ReportService service(nullptr, snapshots, clock, QTimeZone::utc());
        service.setCounterSource(counterSource(*c.link, &service));
        std::optional<Result<DayReport>> taken;
        service.take(Day, [&taken](Result<DayReport> r) { taken.emplace(std::move(r)); });
        QTRY_VERIFY(taken.has_value());
        QVERIFY2(taken->ok(), taken->ok() ? "" : qPrintable(taken->error().message));
        const DayReport report = taken->value();
        QVERIFY2(report.countersProblem.isEmpty(), qPrintable(report.countersProblem));

        // The sums, computed here from the three reports.
        QMap<QString, double> expected; // "site|key|detail"
        for (const DayReport* r : {&fromA, &fromB, &fromC})
            for (const SiteFigures& s : r->sites)
                for (const Figure& f : s.figures)
                    if (f.key != figure::Placed && f.key != figure::LockerOccupancyPct) {
                        expected[s.site + u'|' + f.key + u'|' + f.detail] += f.value;
                        expected[NetworkSite + u'|' + f.key + u'|' + f.detail] += f.value;
                    }
        expected[QStringLiteral("GARE|locker_occupancy_pct|")] = 100.0 * (3 + 5 + 4) / 20;
        expected[NetworkSite + QStringLiteral("|locker_occupancy_pct|")] = 100.0 * (3 + 5 + 4) / 20;
        QMap<QString, double> got;
        auto collect = [&got](const SiteFigures& s) {
            for (const Figure& f : s.figures)
                if (isCounterFigure(f.key))
                    got[s.site + u'|' + f.key + u'|' + f.detail] = f.value;
        };
        collect(report.network);
        for (const SiteFigures& s : report.sites)
            collect(s);
        QCOMPARE(got, expected);
        QCOMPARE(report.site(QStringLiteral("CENTRE"))->value(figure::PullLines), 13.0 + 14.0);
        QCOMPARE(report.site(QStringLiteral("CENTRE"))->value(figure::Placed), 100.0); // the ILS's, as it was
        QCOMPARE(report.network.value(figure::Placed), 200.0);

        // Who is in, who is missing.
        QCOMPARE(report.counters.size(), 4);
        QMap<QString, bool> in;
        for (const CounterPresence& p : report.counters)
            in.insert(p.counter, p.in);
        QCOMPARE(in, (QMap<QString, bool>{{QStringLiteral("desk_a"), true},
                                          {QStringLiteral("desk_b"), true},
                                          {QStringLiteral("desk_c"), true},
                                          {QStringLiteral("desk_d"), false}}));
        QCOMPARE(report.countersMissing(), 1);
        QVERIFY(countersSentence(report).contains(QStringLiteral("desk_d (SUD)")));
        // What this counter keeps stays its own figures (else two supervisors would count twice).
        auto kept = snapshots.load(Day);
        QVERIFY(kept && kept.value());
        QCOMPARE(kept.value()->site(QStringLiteral("CENTRE"))->value(figure::PullLines), 14.0);

        // The CSV, parsed back: the network's figures and the counters.
        auto rows = parseCsv(toCsv(report, Thresholds{}));
        QVERIFY(rows.ok());
        QMap<QString, double> csv;
        QMap<QString, QString> counters;
        for (const auto& row : rows.value()) {
            if (row.value(QStringLiteral("section")) == QLatin1String("counters"))
                counters.insert(row.value(QStringLiteral("detail")),
                                row.value(QStringLiteral("figure")) + u'@' + row.value(QStringLiteral("site")));
            else if (isCounterFigure(row.value(QStringLiteral("figure"))))
                csv[row.value(QStringLiteral("site")) + u'|' + row.value(QStringLiteral("figure")) + u'|' +
                    row.value(QStringLiteral("detail"))] = row.value(QStringLiteral("value")).toDouble();
        }
        QCOMPARE(csv, expected);
        QCOMPARE(counters, (QMap<QString, QString>{{QStringLiteral("desk_a"), QStringLiteral("counter_in@CENTRE")},
                                                   {QStringLiteral("desk_b"), QStringLiteral("counter_in@NORD")},
                                                   {QStringLiteral("desk_c"), QStringLiteral("counter_in@CENTRE")},
                                                   {QStringLiteral("desk_d"), QStringLiteral("counter_missing@SUD")}}));
        QVERIFY(toText(report, Thresholds{}).contains(QStringLiteral("desk_d (SUD)")));

        // The page says it too.
        ReportsPage page;
        page.display(report, {});
        QVERIFY(page.countersText().contains(QStringLiteral("desk_d (SUD)")));
    }

    // Without a store the report is this counter's, as it always was; the store configured but not
    // answering, the report says so rather than showing part of the network as the whole.
    void withoutAStoreOrUnreachable()
    {
        test::MockClock clock(QDateTime(Day.addDays(1), QTime(9, 0), QTimeZone::utc()));
        QTemporaryDir dir;
        Outbox outbox(clock);
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.sqlite"))));
        NetworkStoreLink none(outbox, clock);
        SnapshotStore snapshots;
        QVERIFY(snapshots.open(dir.filePath(SnapshotStore::fileName())).ok());
        const DayReport mine = counterReport(QStringLiteral("CENTRE"), 2);
        QVERIFY(snapshots.save(mine).ok());
        ReportService service(nullptr, snapshots, clock, QTimeZone::utc());
        service.setCounterSource(counterSource(none, &service));
        std::optional<Result<DayReport>> taken;
        service.take(Day, [&taken](Result<DayReport> r) { taken.emplace(std::move(r)); });
        QTRY_VERIFY(taken.has_value());
        QVERIFY(taken->ok());
        QVERIFY(taken->value().counters.isEmpty());
        QVERIFY(taken->value().countersProblem.isEmpty());
        QVERIFY(countersSentence(taken->value()).isEmpty());
        QCOMPARE(taken->value().site(QStringLiteral("CENTRE"))->value(figure::PullLines), 12.0);
        QVERIFY(!toCsv(taken->value(), Thresholds{}).contains("counters"));

        // Configured, never connected (a closed port).
        NetworkStoreLink down(outbox, clock);
        StoreAddress address = m_rig.address(QStringLiteral("desk_c"));
        address.port = 1;
        QVERIFY(down.configure(address.toUrl(), QStringLiteral("CENTRE"), QStringLiteral("desk_c")));
        service.setCounterSource(counterSource(down, &service));
        taken.reset();
        service.take(Day, [&taken](Result<DayReport> r) { taken.emplace(std::move(r)); });
        QTRY_VERIFY(taken.has_value());
        QVERIFY(taken->ok());
        QVERIFY(!taken->value().countersProblem.isEmpty());
        QVERIFY(!countersSentence(taken->value()).isEmpty());
        QCOMPARE(taken->value().site(QStringLiteral("CENTRE"))->value(figure::PullLines), 12.0);
    }

    // A locker bank loaded at one counter shows, read-only, at a counter of another site (the
    // phone line): which door holds which item, whose request as the privacy setting shows it,
    // since when, the jammed doors; a door loaded later shows without asking (the notification).
    void lockerDoorsOfAnotherCounter()
    {
        test::MockClock clock(QDateTime(Day, QTime(10, 0), QTimeZone::utc()));
        QVERIFY(m_rig.addCounter(QStringLiteral("lockers_a"), QStringLiteral("CENTRE")));
        QVERIFY(m_rig.addCounter(QStringLiteral("phone_n"), QStringLiteral("NORD")));
        Counter a(m_rig, clock, QStringLiteral("lockers_a"), QStringLiteral("CENTRE"));
        Counter n(m_rig, clock, QStringLiteral("phone_n"), QStringLiteral("NORD"));
        QTRY_VERIFY(a.link->isConnected() && n.link->isConnected());

        const lockers::BankConfig bank = lockers::BankConfig::training();
        lockers::LockerStore store(*a.outbox, clock, bank.id, QStringLiteral("lockers_a"), QStringLiteral("staff"));
        QVERIFY(store.sync(bank).ok());
        auto doors = store.doors();
        QVERIFY(doors.ok() && doors.value().size() >= 3);
        const lockers::LockerDoor first = doors.value().at(0), second = doors.value().at(1),
                                  third = doors.value().at(2);
        const QString card = QStringLiteral("21040000004321");
        QVERIFY(store
                    .assignForLoading(first.uuid, QStringLiteral("31040000000001"), 11, QStringLiteral("Le Horla"),
                                      card, QStringLiteral("MAU… G."), Day.addDays(7))
                    .ok());
        QVERIFY(store.completeLoading(first.uuid, bank.id).ok());
        QVERIFY(store.setState(second.uuid, lockers::DoorState::Jammed, QStringLiteral("jammed")).ok());
        PublishRound round = a.link->publishNow();
        QVERIFY2(round.status.ok(), qPrintable(round.status.ok() ? QString() : round.status.error().message));
        QCOMPARE(round.pending, 0);

        // The phone line: whose request by its pickup code (the name and card never leave A).
        NetworkLockersView view(*n.link, clock);
        QSignalSpy refreshed(&view, &NetworkLockersView::refreshed);
        view.show();
        QTRY_VERIFY(!refreshed.isEmpty());
        QVERIFY2(refreshed.last().at(0).toBool(), qPrintable(view.statusText()));
        QMap<QString, QString> rows = doorRows(view, bank.id);
        QCOMPARE(rows.size(), int(doors.value().size()));
        QCOMPARE(rows.value(first.label), QStringLiteral("loaded|31040000000001 — Le Horla|4321|lockers_a"));
        QVERIFY2(rows.value(second.label).startsWith(QStringLiteral("jammed||")), qPrintable(rows.value(second.label)));
        QCOMPARE(rows.value(third.label), QStringLiteral("free|||"));
        for (const netstore::NetworkDoor& d : view.doors())
            if (d.uuid == first.uuid)
                QCOMPARE(d.since, clock.now());
        // The card number and the name never reached the store.
        QSqlQuery q(m_rig.owner().database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM events WHERE payload::text LIKE '%%1%' OR payload::text LIKE "
                                  "'%MAU%'")
                       .arg(card)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // Another door loaded at the first counter: the view follows without being asked.
        const int before = int(refreshed.size());
        clock.advance(60 * 1000);
        QVERIFY(store
                    .assignForLoading(third.uuid, QStringLiteral("31040000000002"), 12, QStringLiteral("Bel-Ami"),
                                      QStringLiteral("21040000008765"), QStringLiteral("DUP… M."), Day.addDays(7))
                    .ok());
        QVERIFY(a.link->publishNow().status.ok());
        QTRY_VERIFY(refreshed.size() > before &&
                    doorRows(view, bank.id).value(third.label).startsWith(QStringLiteral("loaded|31040000000002")));
        QCOMPARE(doorRows(view, bank.id).value(third.label),
                 QStringLiteral("loaded|31040000000002 — Bel-Ami|8765|lockers_a"));
    }

    // Home delivery orders taken at one counter show on the Delivery page of another counter of
    // the same site, read-only and marked with their counter; their state follows; a counter of
    // another site does not list them, nor does the counter that took them.
    void deliveryOrdersOfAnotherCounter()
    {
        test::MockClock clock(QDateTime(Day, QTime(9, 30), QTimeZone::utc()));
        QVERIFY(m_rig.addCounter(QStringLiteral("delivery_a"), QStringLiteral("CENTRE")));
        QVERIFY(m_rig.addCounter(QStringLiteral("delivery_b"), QStringLiteral("CENTRE")));
        QVERIFY(m_rig.addCounter(QStringLiteral("delivery_n"), QStringLiteral("NORD")));
        Counter a(m_rig, clock, QStringLiteral("delivery_a"), QStringLiteral("CENTRE"));
        Counter b(m_rig, clock, QStringLiteral("delivery_b"), QStringLiteral("CENTRE"));
        Counter n(m_rig, clock, QStringLiteral("delivery_n"), QStringLiteral("NORD"));
        QTRY_VERIFY(a.link->isConnected() && b.link->isConnected() && n.link->isConnected());

        delivery::DeliveryConfig config;
        config.location = QStringLiteral("LIVRAISON");
        config.towns = {QStringLiteral("Levallois-Perret")};
        delivery::DeliveryService takenAtA(*a.outbox, clock);
        takenAtA.setConfig(config);
        takenAtA.setDesk(QStringLiteral("CENTRE"), QStringLiteral("delivery_a"), QStringLiteral("staff"));
        auto imported = takenAtA.importHolds(deliveryHolds(1, 2));
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported.value(), 2);
        QVERIFY(a.link->publishNow().status.ok());

        // The other counter of the site: its own delivery (none), and A's two orders under it.
        delivery::DeliveryService atB(*b.outbox, clock);
        atB.setConfig(config);
        DeliveryPage page(atB, clock);
        auto* others = new NetworkDeliveryOrders(*b.link);
        page.setNetworkOrders(others);
        QSignalSpy refreshed(others, &NetworkDeliveryOrders::refreshed);
        page.show();
        QTRY_VERIFY(!refreshed.isEmpty());
        QVERIFY2(refreshed.last().at(0).toBool(), qPrintable(others->statusText()));
        QCOMPARE(others->tree()->topLevelItemCount(), 2);
        for (const netstore::NetworkDeliveryOrder& o : others->orders()) {
            QCOMPARE(o.counter, QStringLiteral("delivery_a"));
            QCOMPARE(o.site, QStringLiteral("CENTRE"));
            QCOMPARE(o.items, 1);
            QVERIFY(o.round.isValid());
        }
        QCOMPARE(others->tree()->topLevelItem(0)->text(4), QStringLiteral("delivery_a"));
        QCOMPARE(page.tree()->topLevelItemCount(), 0); // B's own orders: none

        // At A, one order is too heavy for a parcel and the library calls the patron: B's list
        // follows (the store's notification).
        const QString uuid = others->orders().first().uuid;
        config.maxParcelGrams = 1;
        config.overweight = delivery::Overweight::Call;
        takenAtA.setConfig(config);
        QVERIFY(takenAtA.plan(uuid).ok());
        QVERIFY(a.link->publishNow().status.ok());
        auto stateOf = [others](const QString& order) {
            for (const netstore::NetworkDeliveryOrder& o : others->orders())
                if (o.uuid == order)
                    return o.state;
            return QString();
        };
        QTRY_COMPARE(stateOf(uuid), QStringLiteral("call"));
        QCOMPARE(others->orders().size(), 2);

        // A counter of another site, and A itself: none of these.
        for (Counter* other : {&n, &a}) {
            NetworkDeliveryOrders list(*other->link);
            QSignalSpy done(&list, &NetworkDeliveryOrders::refreshed);
            list.refresh();
            QTRY_VERIFY(!done.isEmpty());
            QVERIFY(done.last().at(0).toBool());
            QCOMPARE(list.orders().size(), 0);
        }
    }

private:
    NetStoreRig m_rig;
};

QTEST_MAIN(TestNetStoreReads)
#include "tst_netstore_reads.moc"
