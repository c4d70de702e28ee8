// The network store's screens (issue 21): its address in Settings (checked by StoreAddress's rules,
// the password in the keychain only, locked by the network's configuration, "Test the connection"
// against a real store and a closed port), and zones split between desks (the dialog, the pull
// list, two desks' runs pulling every line once). A real throwaway PostgreSQL cluster.
#include "support/MockClock.h"
#include "support/NetStoreRig.h"

#include "NetStoreAddressField.h"
#include "NextItemView.h"
#include "PullListPage.h"
#include "Settings.h"
#include "ZoneSplitDialog.h"
#include "desk/ShelfLayout.h"
#include "ils/SecretStore.h"
#include "netstore/ClaimedRun.h"
#include "netstore/NetworkStoreLink.h"
#include "netstore/ZoneSplit.h"
#include "store/CacheStore.h"
#include "store/Outbox.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace comptoir;
using namespace comptoir::netstore;
using comptoir::test::NetStoreRig;
using comptoir::test::PgCluster;

namespace {

const QString Site = QStringLiteral("CENTRE");
const QStringList Zones = {QStringLiteral("Z1"), QStringLiteral("Z2"), QStringLiteral("Z3"), QStringLiteral("Z4")};

// 10 lines in each zone (its location L<n>) and 4 in no zone, as (line, zone).
QList<QPair<QString, QString>> zonedLines()
{
    QList<QPair<QString, QString>> lines;
    for (int z = 0; z < Zones.size(); ++z)
        for (int i = 0; i < 10; ++i)
            lines.append({QStringLiteral("31%1%2").arg(z + 1).arg(i, 4, 10, QLatin1Char('0')), Zones.at(z)});
    for (int i = 0; i < 4; ++i)
        lines.append({QStringLiteral("319%1").arg(i, 4, 10, QLatin1Char('0')), QString()});
    return lines;
}

void fill(NetStoreAddressField& field, const StoreAddress& a)
{
    field.host()->setText(a.host);
    field.port()->setValue(a.port);
    field.database()->setText(a.database);
    field.role()->setText(a.role);
    field.tlsMode()->setCurrentIndex(field.tlsMode()->findData(a.sslMode));
}

} // namespace

class TestNetStoreUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        COMPTOIR_START_NETSTORE_RIG(m_rig);
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_a"), Site));
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_b"), Site));
        QVERIFY(m_rig.addCounter(QStringLiteral("desk_nord"), QStringLiteral("NORD")));
    }

    // ---- The address in Settings

    void aRefusedAddressShowsItsReasonAndIsNotSaved()
    {
        Settings settings(m_dir.filePath(QStringLiteral("refused.ini")));
        ils::MemorySecretStore secrets;
        NetStoreAddressField field(settings, secrets);
        QVERIFY(field.status()->text().contains(QStringLiteral("No network store")));
        StoreAddress a;
        a.host = QStringLiteral("store.reseau.example");
        a.database = QStringLiteral("comptoir");
        a.role = QStringLiteral("centre");
        a.sslMode = QStringLiteral("disable"); // plain text to another computer
        fill(field, a);
        QVERIFY2(field.status()->text().contains(QStringLiteral("needs TLS")), qPrintable(field.status()->text()));
        QVERIFY(!field.testButton()->isEnabled());
        field.password()->setText(QStringLiteral("never-kept"));
        const Status applied = field.apply();
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, QStringLiteral("netstore.address"));
        QVERIFY(settings.value(settings::NetStoreAddress).isEmpty());
        QCOMPARE(secrets.size(), 0);
        // A field missing: said too.
        field.tlsMode()->setCurrentIndex(0);
        field.role()->clear();
        QVERIFY2(field.status()->text().contains(QStringLiteral("role")), qPrintable(field.status()->text()));
        QVERIFY(!field.apply());
        // A saved address that does not pass (written by hand): the field says why on opening.
        Settings handWritten(m_dir.filePath(QStringLiteral("hand.ini")));
        handWritten.setValue(settings::NetStoreAddress,
                             QStringLiteral("postgresql://centre@store.reseau.example/comptoir?sslmode=disable"));
        NetStoreAddressField opened(handWritten, secrets);
        QVERIFY2(opened.status()->text().contains(QStringLiteral("needs TLS")), qPrintable(opened.status()->text()));
        // verify-full to another computer passes.
        field.role()->setText(QStringLiteral("centre"));
        QVERIFY2(field.status()->text().isEmpty(), qPrintable(field.status()->text()));
        QVERIFY(field.testButton()->isEnabled());
    }

    void aSavedAddressReadsBackAndItsPasswordIsInTheKeychainOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("saved.ini"));
        ils::MemorySecretStore secrets;
        const QString password = QStringLiteral("pw-9f3c1e-only-in-keychain");
        StoreAddress a;
        a.host = QStringLiteral("store.reseau.example");
        a.port = 6543;
        a.database = QStringLiteral("comptoir");
        a.role = QStringLiteral("centre");
        {
            Settings settings(path);
            NetStoreAddressField field(settings, secrets);
            fill(field, a);
            field.password()->setText(password);
            QSignalSpy changed(&field, &NetStoreAddressField::addressChanged);
            QVERIFY(field.apply());
            QCOMPARE(changed.size(), 1);
            QCOMPARE(settings.value(settings::NetStoreAddress),
                     QStringLiteral("postgresql://centre@store.reseau.example:6543/comptoir"));
            QVERIFY(field.password()->text().isEmpty());
            QVERIFY(settings.sync());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("store.reseau.example"));
        QVERIFY(!written.contains(password.toUtf8()));
        QString kept;
        secrets.read(a.keychainKey(), [&kept](Result<QString> r) { kept = r ? r.value() : QString(); });
        QCOMPARE(kept, password);
        // Read back into a new field, from the file.
        Settings again(path);
        NetStoreAddressField field(again, secrets);
        QCOMPARE(field.host()->text(), a.host);
        QCOMPARE(field.port()->value(), 6543);
        QCOMPARE(field.database()->text(), a.database);
        QCOMPARE(field.role()->text(), a.role);
        QCOMPARE(field.tlsMode()->currentData().toString(), QStringLiteral("verify-full"));
        QVERIFY(field.password()->text().isEmpty());
        QVERIFY(!field.isLocked());
        QVERIFY(field.lockedNote()->isHidden());
        // Emptied: no store.
        for (QLineEdit* edit : {field.host(), field.database(), field.role()})
            edit->clear();
        QVERIFY(field.apply());
        QVERIFY(again.value(settings::NetStoreAddress).isEmpty());
    }

    void anAddressTheNetworkLocksIsReadOnly()
    {
        Settings settings(m_dir.filePath(QStringLiteral("locked.ini")));
        const QString network = QStringLiteral("postgresql://centre@store.reseau.example:5432/comptoir");
        settings.setNetwork({{QStringLiteral("netstore/address"), network}}, {QStringLiteral("netstore/address")});
        ils::MemorySecretStore secrets;
        NetStoreAddressField field(settings, secrets);
        QVERIFY(field.isLocked());
        QCOMPARE(field.host()->text(), QStringLiteral("store.reseau.example"));
        QVERIFY(field.host()->isReadOnly());
        QVERIFY(field.database()->isReadOnly());
        QVERIFY(field.role()->isReadOnly());
        QVERIFY(field.port()->isReadOnly());
        QVERIFY(!field.tlsMode()->isEnabled());
        QVERIFY(!field.lockedNote()->isHidden());
        QVERIFY(field.lockedNote()->text().contains(QStringLiteral("network's configuration")));
        // The password is the counter's own: kept (in the keychain), the address left as it is.
        field.password()->setText(QStringLiteral("counter-own-pw"));
        QVERIFY(field.apply());
        QCOMPARE(settings.value(settings::NetStoreAddress), network);
        QString kept;
        secrets.read(StoreAddress::parse(network).value().keychainKey(),
                     [&kept](Result<QString> r) { kept = r ? r.value() : QString(); });
        QCOMPARE(kept, QStringLiteral("counter-own-pw"));
        QVERIFY(!settings.setLocally(QStringLiteral("netstore/address")));
    }

    void testingTheConnectionToARealStoreSaysConnected()
    {
        Settings settings(m_dir.filePath(QStringLiteral("test.ini")));
        ils::MemorySecretStore secrets;
        const StoreAddress a = m_rig.address(QStringLiteral("desk_a"));
        secrets.write(a.keychainKey(), NetStoreRig::passwordOf(QStringLiteral("desk_a")), [](Status) {});
        NetStoreAddressField field(settings, secrets);
        fill(field, a);
        QSignalSpy tested(&field, &NetStoreAddressField::tested);
        QTest::mouseClick(field.testButton(), Qt::LeftButton); // the keychain's password
        QVERIFY(!field.testButton()->isEnabled());             // the try runs off this thread
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.first().at(0).toBool(), true);
        QVERIFY2(field.status()->text().startsWith(QStringLiteral("Connected")), qPrintable(field.status()->text()));
        QVERIFY(field.testButton()->isEnabled());
        // A wrong password typed: not connected, and why.
        field.password()->setText(QStringLiteral("not-the-password"));
        tested.clear();
        field.testConnection();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY2(field.status()->text().contains(QStringLiteral("password authentication failed")),
                 qPrintable(field.status()->text()));
    }

    void testingTheConnectionToAClosedPortSaysWhyNot()
    {
        int closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        Settings settings(m_dir.filePath(QStringLiteral("closed.ini")));
        ils::MemorySecretStore secrets;
        NetStoreAddressField field(settings, secrets);
        StoreAddress a = m_rig.address(QStringLiteral("desk_a"));
        a.port = closedPort;
        fill(field, a);
        field.password()->setText(QStringLiteral("whatever"));
        QSignalSpy tested(&field, &NetStoreAddressField::tested);
        field.testConnection();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        const QString text = field.status()->text();
        QVERIFY2(text.startsWith(QStringLiteral("Not connected")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(text));
        // No password typed and none in the keychain: said before any try.
        field.password()->clear();
        tested.clear();
        field.testConnection();
        QCOMPARE(tested.size(), 1);
        QVERIFY(field.status()->text().contains(QStringLiteral("keychain")));
    }

    // ---- Zones split between desks

    void theDialogTakesAndGivesBackZones()
    {
        auto a = m_rig.connect(QStringLiteral("desk_a"));
        auto b = m_rig.connect(QStringLiteral("desk_b"));
        // Calls answered at once on the test's own connections (the desk's run on its store thread:
        // theDialogWaitsForTheStoreOffTheDesksThread).
        const auto now = [](netstore::NetStore& store) {
            return [&store](QObject*, std::function<Status(netstore::NetStore&)> job,
                            std::function<void(const Status&)> done) {
                done(job(store));
                return true;
            };
        };
        ZoneSplitDialog dialogA(now(*a), a->role(), Site, Zones);
        QCOMPARE(dialogA.table()->rowCount(), 4);
        QVERIFY(dialogA.holder(QStringLiteral("Z1")).isEmpty());
        QVERIFY(dialogA.table()->item(0, 1)->text().contains(QStringLiteral("no desk")));
        // Ticking Z1 takes it for this desk.
        dialogA.table()->item(0, 0)->setCheckState(Qt::Checked);
        QCOMPARE(a->zoneAssignments(Site).value().value(QStringLiteral("Z1")), QStringLiteral("desk_a"));
        QCOMPARE(dialogA.holder(QStringLiteral("Z1")), QStringLiteral("desk_a"));
        QVERIFY(dialogA.table()->item(0, 1)->text().contains(QStringLiteral("this desk")));
        // The other desk sees it, and may take it over (told from whom).
        ZoneSplitDialog dialogB(now(*b), b->role(), Site, Zones);
        QCOMPARE(dialogB.holder(QStringLiteral("Z1")), QStringLiteral("desk_a"));
        QCOMPARE(dialogB.table()->item(0, 1)->text(), QStringLiteral("desk_a"));
        QCOMPARE(dialogB.table()->item(0, 0)->checkState(), Qt::Unchecked);
        QVERIFY(dialogB.setTaken(QStringLiteral("Z1"), true));
        QVERIFY(dialogB.message()->text().contains(QStringLiteral("desk_a")));
        QVERIFY(dialogA.reload());
        QCOMPARE(dialogA.holder(QStringLiteral("Z1")), QStringLiteral("desk_b"));
        QCOMPARE(dialogA.table()->item(0, 0)->checkState(), Qt::Unchecked);
        // Unticking gives it back; giving back another desk's zone changes nothing.
        dialogA.table()->item(0, 0)->setCheckState(Qt::Unchecked);
        QCOMPARE(a->zoneAssignments(Site).value().value(QStringLiteral("Z1")), QStringLiteral("desk_b"));
        dialogB.table()->item(0, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(b->zoneAssignments(Site).value().isEmpty());
        // A desk of another site may not split this site's zones.
        auto nord = m_rig.connect(QStringLiteral("desk_nord"));
        auto foreign = nord->assignZone(Site, QStringLiteral("Z2"), true);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, QStringLiteral("netstore.denied"));
    }

    // The desk's dialog: its reads and changes run on the link's store thread, the table waits and
    // says so meanwhile, the answers fill it.
    void theDialogWaitsForTheStoreOffTheDesksThread()
    {
        test::MockClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("dialog-outbox.sqlite"))));
        NetworkStoreLink link(outbox, clock);
        const StoreAddress a = m_rig.address(QStringLiteral("desk_a"));
        QVERIFY(link.configure(a.toUrl(), Site, QStringLiteral("desk_a")));
        QSignalSpy connected(&link, &NetworkStoreLink::connectedChanged);
        QVERIFY(link.connectWith(NetStoreRig::passwordOf(QStringLiteral("desk_a"))));
        QVERIFY(connected.wait(15000));
        auto b = m_rig.connect(QStringLiteral("desk_b"));
        QVERIFY(b->assignZone(Site, QStringLiteral("Z2"), true));
        const ZoneSplitDialog::StoreCall viaLink = [&link](QObject* context,
                                                           std::function<Status(netstore::NetStore&)> job,
                                                           std::function<void(const Status&)> done) {
            return link.callStore<Status>(context, QString(), std::move(job), std::move(done));
        };
        ZoneSplitDialog dialog(viaLink, QStringLiteral("desk_a"), Site, Zones);
        QVERIFY(dialog.isWaiting());
        QVERIFY(!dialog.table()->isEnabled());
        QCOMPARE(dialog.message()->text(), QStringLiteral("Asking the network store…"));
        QTRY_VERIFY(!dialog.isWaiting());
        QVERIFY(dialog.table()->isEnabled());
        QVERIFY(dialog.message()->text().isEmpty());
        QCOMPARE(dialog.holder(QStringLiteral("Z2")), QStringLiteral("desk_b"));
        // Ticking Z2 takes it from B: said once the store answered.
        QSignalSpy changed(&dialog, &ZoneSplitDialog::changed);
        dialog.table()->item(1, 0)->setCheckState(Qt::Checked);
        QVERIFY(dialog.isWaiting());
        QTRY_VERIFY(!dialog.isWaiting());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dialog.holder(QStringLiteral("Z2")), QStringLiteral("desk_a"));
        QVERIFY2(dialog.message()->text().contains(QStringLiteral("taken from desk_b")),
                 qPrintable(dialog.message()->text()));
        QCOMPARE(b->zoneAssignments(Site).value().value(QStringLiteral("Z2")), QStringLiteral("desk_a"));
        dialog.table()->item(1, 0)->setCheckState(Qt::Unchecked);
        QTRY_VERIFY(!dialog.isWaiting());
        QVERIFY(b->zoneAssignments(Site).value().isEmpty());
        // Not connected: said at once, nothing waits.
        QVERIFY(link.configure(QString(), Site, QStringLiteral("desk_a"))); // no store any more
        QVERIFY(!dialog.reload());
        QVERIFY(!dialog.isWaiting());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("not connected")));
    }

    // A store that never answers: the table is freed after a while and says so; a late answer
    // changes nothing. A call that cannot start leaves the boxes as the store has them.
    void theDialogDoesNotWaitForever()
    {
        std::function<void(const Status&)> late;
        bool start = true;
        const ZoneSplitDialog::StoreCall silent = [&late, &start](QObject*, std::function<Status(NetStore&)>,
                                                                  std::function<void(const Status&)> done) {
            late = std::move(done);
            return start;
        };
        ZoneSplitDialog dialog(silent, QStringLiteral("desk_a"), Site, Zones);
        dialog.setGiveUpAfter(100);
        dialog.reload();
        QVERIFY(dialog.isWaiting());
        QTRY_VERIFY(!dialog.isWaiting());
        QVERIFY(dialog.table()->isEnabled());
        QVERIFY2(dialog.message()->text().contains(QStringLiteral("does not answer")),
                 qPrintable(dialog.message()->text()));
        QVERIFY(late);
        late(Status{}); // answered at last: given up already
        QVERIFY(!dialog.isWaiting());
        QVERIFY(dialog.table()->isEnabled());
        // Not started (the store gone): the box ticked goes back.
        start = false;
        QCOMPARE(dialog.table()->item(0, 0)->checkState(), Qt::Unchecked);
        dialog.table()->item(0, 0)->setCheckState(Qt::Checked);
        QCOMPARE(dialog.table()->item(0, 0)->checkState(), Qt::Unchecked);
        QVERIFY(dialog.message()->text().contains(QStringLiteral("not connected")));
    }

    void twoDesksSplittingZonesPullEveryLineOnce()
    {
        auto a = m_rig.connect(QStringLiteral("desk_a"));
        auto b = m_rig.connect(QStringLiteral("desk_b"));
        for (const QString& zone : {QStringLiteral("Z1"), QStringLiteral("Z2")})
            QVERIFY(a->assignZone(Site, zone, true));
        for (const QString& zone : {QStringLiteral("Z3"), QStringLiteral("Z4")})
            QVERIFY(b->assignZone(Site, zone, true));
        const auto all = zonedLines();
        int leftA = 0, leftB = 0;
        const QStringList linesA = ZoneSplit::load(*a, Site).value().linesForThisDesk(all, &leftA);
        const QStringList linesB = ZoneSplit::load(*b, Site).value().linesForThisDesk(all, &leftB);
        QCOMPARE(leftA, 20);
        QCOMPARE(leftB, 20);
        QCOMPARE(linesA.size(), 24); // Z1, Z2 and the 4 lines in no zone
        test::MockClock clock;
        ClaimedRun runA(*a, clock, Site, linesA, 3);
        ClaimedRun runB(*b, clock, Site, linesB, 3);
        QHash<QString, QString> pulledBy;
        int lost = 0;
        const auto step = [&](ClaimedRun& run, const QString& desk) {
            auto claimed = run.claimNext();
            if (!claimed)
                return false;
            for (const QString& line : claimed.value()) {
                auto outcome = run.finish(line, true);
                if (!outcome || outcome.value().kind == Outcome::Kind::Lost) {
                    ++lost;
                    continue;
                }
                if (pulledBy.contains(line))
                    return false; // twice
                pulledBy.insert(line, desk);
            }
            return !claimed.value().isEmpty();
        };
        for (;;) { // the desks in turn
            const bool moreA = step(runA, QStringLiteral("desk_a"));
            const bool moreB = step(runB, QStringLiteral("desk_b"));
            if (!moreA && !moreB)
                break;
        }
        QCOMPARE(lost, 0);
        QCOMPARE(pulledBy.size(), all.size()); // every line, once
        for (const auto& [line, zone] : all) {
            const QString desk = pulledBy.value(line);
            if (zone == QLatin1String("Z1") || zone == QLatin1String("Z2"))
                QCOMPARE(desk, QStringLiteral("desk_a"));
            else if (!zone.isEmpty())
                QCOMPARE(desk, QStringLiteral("desk_b"));
        }
        QSqlQuery q(m_rig.owner().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT line) FROM pull_claims WHERE site = 'CENTRE' "
                                      "AND line LIKE '31%' AND state = 'pulled'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), all.size());
        QCOMPARE(q.value(1).toInt(), all.size());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM pull_claims WHERE line LIKE '31%'")));
        for (const QString& zone : Zones) {
            (void)a->assignZone(Site, zone, false);
            (void)b->assignZone(Site, zone, false);
        }
    }

    // The pull list of desk A: lines of desk B's zones leave it and are counted; A's run claims only
    // lines of its zones and of zones given to nobody; the list follows when B gives a zone back.
    void thePullListLeavesOtherDesksZonesAlone()
    {
        test::MockClock clock;
        CacheStore cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("zones-cache.sqlite"))));
        Outbox outbox(clock);
        QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("zones-outbox.sqlite"))));
        desk::ShelfLayout layout;
        for (int z = 0; z < Zones.size(); ++z)
            layout.zones.append({Zones.at(z), Zones.at(z), {QStringLiteral("L%1").arg(z + 1)}});
        const auto all = zonedLines();
        QVERIFY(
            cache.database().exec(QStringLiteral("INSERT INTO biblios (biblio_id, title) VALUES (1, 'Titre')")).ok());
        for (int i = 0; i < all.size(); ++i) {
            const auto& [line, zone] = all.at(i);
            const QString location = zone.isEmpty() ? QStringLiteral("LX") : QStringLiteral("L") + zone.mid(1);
            QVERIFY(cache.database()
                        .exec(QStringLiteral("INSERT INTO items (item_id, barcode, biblio_id, callnumber, location) "
                                             "VALUES (?, ?, 1, 'R', ?)"),
                              {i + 1, line, location})
                        .ok());
            QVERIFY(cache.database()
                        .exec(QStringLiteral("INSERT INTO pick_list (site, item_id, biblio_id, barcode, "
                                             "pickup_library_id, callnumber, item_level) VALUES ('CENTRE', ?, 1, ?, "
                                             "'CENTRE', 'R', 0)"),
                              {i + 1, line})
                        .ok());
        }
        auto b = m_rig.connect(QStringLiteral("desk_b"));
        // B holds the first zones of the walk: a run of A that did not leave them would claim them first.
        QVERIFY(b->assignZone(Site, QStringLiteral("Z1"), true));
        QVERIFY(b->assignZone(Site, QStringLiteral("Z2"), true));

        NetworkStoreLink link(outbox, clock);
        const StoreAddress a = m_rig.address(QStringLiteral("desk_a"));
        QVERIFY(link.configure(a.toUrl(), Site, QStringLiteral("desk_a")));
        QSignalSpy connected(&link, &NetworkStoreLink::connectedChanged);
        QVERIFY(link.connectWith(NetStoreRig::passwordOf(QStringLiteral("desk_a"))));
        QVERIFY(connected.wait(15000));
        // The zones read on the link's store thread once connected.
        QTRY_COMPARE(link.zoneDesk(QStringLiteral("Z1")), QStringLiteral("desk_b"));
        QVERIFY(link.zoneDesk(QStringLiteral("Z3")).isEmpty());
        QVERIFY(link.store().assignZone(Site, QStringLiteral("Z3"), true));

        PullListPage page(cache, outbox);
        page.setDesk(Site, QStringLiteral("desk_a"), QStringLiteral("staff"));
        page.setShelfLayout(layout);
        page.setPullCoordination(&link);
        connect(&link, &NetworkStoreLink::takenChanged, &page, &PullListPage::reload);
        QVERIFY(page.splitZonesButton()->isHidden());
        int opened = 0;
        page.setSplitZones([&opened] { ++opened; });
        QVERIFY(!page.splitZonesButton()->isHidden());
        QTest::mouseClick(page.splitZonesButton(), Qt::LeftButton);
        QCOMPARE(opened, 1);
        page.reload();
        QCOMPARE(page.total(), all.size());
        QCOMPARE(page.leftToOtherDesks(), 20);
        QVERIFY2(page.progressText().contains(QStringLiteral("(20 line")) &&
                     page.progressText().contains(QStringLiteral("left to other desks")),
                 qPrintable(page.progressText()));
        int shown = 0;
        for (int g = 0; g < page.model()->rowCount(); ++g)
            shown += page.model()->rowCount(page.model()->index(g, 0));
        QCOMPARE(shown, 24);

        // A's run (the next-item mode, closed at once): it claims only lines of Z3, Z4 and no zone.
        for (QPushButton* button : page.findChildren<QPushButton*>())
            if (button->text().contains(QStringLiteral("Next item mode"))) {
                QTimer::singleShot(0, &page, [] {
                    if (QWidget* modal = QApplication::activeModalWidget())
                        modal->close();
                });
                button->click();
            }
        QTRY_COMPARE(link.pendingCalls(), 0); // claimed (and given back) on the link's store thread
        QSqlQuery q(m_rig.owner().database());
        QVERIFY(q.exec(QStringLiteral("SELECT line FROM pull_claims WHERE site = 'CENTRE' AND claimed_by = 'desk_a' "
                                      "AND line LIKE '31%'")));
        int claimed = 0;
        while (q.next()) {
            const QString line = q.value(0).toString();
            ++claimed;
            QVERIFY2(!line.startsWith(QLatin1String("311")) && !line.startsWith(QLatin1String("312")),
                     qPrintable(line));
        }
        QVERIFY(claimed > 0);
        // The next-item mode walks to this desk's lines only: the first is Z3's, not B's Z1.
        {
            NextItemView run(page);
            QVERIFY2(run.detailsLabel()->text().contains(QStringLiteral("barcode 313")),
                     qPrintable(run.detailsLabel()->text()));
            QCOMPARE(run.coordinationNote()->text(), page.coordinationNote()->text());
            // B pulls the line A's screen shows: A's screen moves on, and says who pulled it.
            const QString first = run.current();
            test::MockClock clockB;
            ClaimedRun runB(*b, clockB, Site, {first}, 1);
            QVERIFY(runB.claimNext());
            QVERIFY(runB.finish(first, true));
            QTRY_VERIFY_WITH_TIMEOUT(run.current() != first, 15000);
            QVERIFY(!run.current().isEmpty());
            QVERIFY2(run.message()->text().contains(first) && run.message()->text().contains(QStringLiteral("desk_b")),
                     qPrintable(run.message()->text()));
            QVERIFY(page.takenElsewhere(first));
        }

        // B gives Z2 back: A's list takes its lines again, live.
        QVERIFY(b->assignZone(Site, QStringLiteral("Z2"), false));
        QTRY_COMPARE_WITH_TIMEOUT(page.leftToOtherDesks(), 10, 15000);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM pull_claims WHERE line LIKE '31%'")));
        for (const QString& zone : Zones) {
            (void)link.store().assignZone(Site, zone, false);
            (void)b->assignZone(Site, zone, false);
        }
    }

private:
    NetStoreRig m_rig;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestNetStoreUi)
#include "tst_netstore_ui.moc"
