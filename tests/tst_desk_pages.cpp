// The pull list, the hold shelf and the lookup as a librarian uses them on the first day: against
// the training library in this process (real REST, real SIP2, real SQLite), pages driven offscreen.
#include "HoldShelfPage.h"
#include "I18n.h"
#include "LookupPage.h"
#include "MainWindow.h"
#include "NextItemView.h"
#include "PullListPage.h"
#include "Settings.h"
#include "demo/TrainingLibrary.h"
#include "desk/Actions.h"
#include "desk/IlsSession.h"
#include "desk/NetworkLookup.h"
#include "desk/ShelfClearance.h"
#include "store/CacheStore.h"
#include "store/FoldedLike.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "support/InProcessSandbox.h"
#include "support/MockClock.h"
#include "support/RecordingSoundSink.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace comptoir;
using comptoir::test::InProcessSandbox;

class TestDeskPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The training library in this process, a counter's store, and its session synced to CENTRE.
    struct Desk
    {
        InProcessSandbox sandbox;
        comptoir::test::MockClock clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
        std::unique_ptr<LocalStore> store;
        QNetworkAccessManager nam;
        std::unique_ptr<desk::IlsSession> session;

        bool start(const QString& dataDir, const std::function<bool(InProcessSandbox&)>& prepare = {})
        {
            if (!sandbox.start({}))
                return false;
            if (prepare && !prepare(sandbox))
                return false;
            store = std::make_unique<LocalStore>(dataDir, clock);
            if (!store->open())
                return false;
            session = std::make_unique<desk::IlsSession>(nam, *store, clock);
            desk::ConnectionSettings s;
            s.restUrl = sandbox.baseUrl();
            s.restUser = QStringLiteral("comptoir");
            s.sipHost = QStringLiteral("127.0.0.1");
            s.sipPort = sandbox.sipPort;
            s.sipLogin = QStringLiteral("centre");
            s.site = QStringLiteral("CENTRE");
            s.workstation = QStringLiteral("accueil-1");
            s.staff = QStringLiteral("mdupont");
            session->configure(s, {QStringLiteral("formation"), QStringLiteral("formation")});
            bool synced = false;
            QObject::connect(&session->sync(), &sync::SyncEngine::finished, &session->sync(),
                             [&synced] { synced = true; });
            session->sync().fullSync();
            return QTest::qWaitFor([&synced] { return synced; }, 60000);
        }
        ~Desk()
        {
            session.reset();
            sandbox.stop();
        }
    };

    // Screenshots for a human to look at (COMPTOIR_SHOTS=/tmp/hd-shots).
    static void shot(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("COMPTOIR_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // Whether a table cell shows its whole text: on one line, or wrapped within the row's height.
    static bool showsInFull(const QTableWidget& table, int row, int column)
    {
        const QTableWidgetItem* item = table.item(row, column);
        const QRect rect = table.visualItemRect(item);
        const QFontMetrics metrics(item->font());
        const int width = rect.width() - 8; // the delegate's margins
        if (metrics.horizontalAdvance(item->text()) <= width)
            return true;
        if (!table.wordWrap())
            return false;
        const QRect needed = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, item->text());
        return needed.width() <= width && needed.height() <= rect.height();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(i18n::install(*qApp, QStringLiteral("en"))); }

    // ---- Pull list ----

    void pullRunChecksInWhatIsFound()
    {
        Desk desk;
        QVERIFY(desk.start(m_dir.filePath(QStringLiteral("run"))));
        desk::IlsSession& session = *desk.session;
        LocalStore& store = *desk.store;
        PullListPage page(store.cache(), store.outbox());
        page.setDesk(QStringLiteral("CENTRE"), QStringLiteral("accueil-1"), QStringLiteral("mdupont"));
        page.setShelfLayout(demo::trainingZones());
        page.libraryName = [&session](const QString& id) { return session.capture().libraryName(id); };
        page.checkin = [&session](const QString& code, auto done) { session.capture().checkin(code, done); };
        page.reload();
        QVERIFY(page.total() > 3);
        NextItemView run(page);
        const QString first = run.current();
        QVERIFY(!first.isEmpty());
        QSignalSpy checkedIn(&page, &PullListPage::checkedIn);
        run.scan(first);
        // Found, and the next line is shown at once…
        QCOMPARE(page.state(first), PullListPage::State::Found);
        QVERIFY(run.current() != first);
        // …while the item is checked in through the outbox and SIP2, once: its destination in the run.
        QVERIFY(QTest::qWaitFor([&] { return checkedIn.size() == 1; }, 10000));
        QCOMPARE(checkedIn.first().at(0).toString(), first);
        const auto acknowledged = store.outbox().list(OutboxAction::State::Acknowledged);
        QVERIFY(acknowledged);
        int checkins = 0;
        for (const OutboxAction& a : acknowledged.value())
            if (a.kind == desk::action::Checkin && a.payload.value(QStringLiteral("barcode")).toString() == first)
                ++checkins;
        QCOMPARE(checkins, 1);
        const Verdict verdict = page.verdictOf(first);
        QVERIFY(!verdict.title.isEmpty());
        QVERIFY2(run.message()->text().contains(QStringLiteral("checked in")), qPrintable(run.message()->text()));
        QVERIFY2(run.message()->text().contains(verdict.title), qPrintable(run.message()->text()));
        // The list says where it went.
        QVERIFY(page.printableHtml().contains(page.pickupName(page.lines().at(0).pickup)));
        // The ILS has it: no longer on the shelf to pull, captured for its request.
        QVERIFY(desk.sandbox
                    .scalar(QStringLiteral("SELECT count(*) FROM holds h JOIN items i ON i.item_id = h.item_id WHERE "
                                           "i.external_id = ? AND h.status IN ('W', 'T')"),
                            {first})
                    .toInt() >= 1);
        shot(run, QStringLiteral("next-item-mode"));
    }

    void pullListShowsNamesNotCodes()
    {
        comptoir::test::MockClock clock;
        CacheStore cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("names-cache.sqlite"))).ok());
        Outbox outbox(clock);
        QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("names-outbox.sqlite"))).ok());
        QVERIFY(cache.database()
                    .exec(QStringLiteral("INSERT INTO libraries (library_id, name, data) VALUES ('HUGO', "
                                         "'Médiathèque Victor-Hugo', '{}')"))
                    .ok());
        QVERIFY(cache.database()
                    .exec(QStringLiteral("INSERT INTO items (item_id, barcode, biblio_id, callnumber, location) VALUES "
                                         "(1, '31042000000047', 1, 'J A PON', 'JALB')"))
                    .ok());
        QVERIFY(
            cache.database().exec(QStringLiteral("INSERT INTO biblios (biblio_id, title) VALUES (1, 'Titre')")).ok());
        QVERIFY(cache.database()
                    .exec(QStringLiteral("INSERT INTO pick_list (site, item_id, biblio_id, barcode, pickup_library_id, "
                                         "callnumber, item_level) VALUES ('CENTRE', 1, 1, '31042000000047', 'HUGO', "
                                         "'J A PON', 0)"))
                    .ok());
        PullListPage page(cache, outbox);
        page.setDesk(QStringLiteral("CENTRE"), QStringLiteral("accueil-1"), QStringLiteral("mdupont"));
        page.setShelfLayout(demo::trainingZones());
        page.libraryName = [&cache](const QString& id) {
            auto name =
                cache.database().scalar(QStringLiteral("SELECT name FROM libraries WHERE library_id = ?"), {id});
            return name && !name.value().toString().isEmpty() ? name.value().toString() : id;
        };
        page.reload();
        const QAbstractItemModel* model = page.model();
        const QModelIndex line = model->index(0, 0, model->index(0, 0));
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return line.siblingAtColumn(column).data(role).toString();
        };
        QCOMPARE(cell(4), QStringLiteral("Jeunesse – Albums"));
        QCOMPARE(cell(4, Qt::ToolTipRole), QStringLiteral("JALB")); // the code at hand
        QCOMPARE(cell(6), QStringLiteral("Médiathèque Victor-Hugo"));
        QCOMPARE(cell(6, Qt::ToolTipRole), QStringLiteral("HUGO"));
        // Next item mode and the printed list: names too.
        NextItemView run(page);
        QVERIFY2(run.detailsLabel()->text().contains(QStringLiteral("Jeunesse – Albums")),
                 qPrintable(run.detailsLabel()->text()));
        QVERIFY(run.detailsLabel()->text().contains(QStringLiteral("Médiathèque Victor-Hugo")));
        QVERIFY(!run.detailsLabel()->text().contains(QStringLiteral("JALB")));
        const QString html = page.printableHtml();
        QVERIFY(html.contains(QStringLiteral("Jeunesse – Albums")));
        QVERIFY(html.contains(QStringLiteral("Médiathèque Victor-Hugo")));
        QVERIFY(!html.contains(QStringLiteral(">JALB<")));
        QVERIFY(!html.contains(QStringLiteral(">HUGO<")));
        // The shelf layout keeps its names through its JSON.
        const auto again = desk::ShelfLayout::fromJson(demo::trainingZones().toJson());
        QVERIFY(again);
        QCOMPARE(again.value().locationName(QStringLiteral("JALB")), QStringLiteral("Jeunesse – Albums"));

        // ---- Next item mode says what happened ----
        QVERIFY(cache.database()
                    .exec(QStringLiteral("INSERT INTO pick_list (site, item_id, biblio_id, barcode, pickup_library_id, "
                                         "callnumber, item_level) VALUES ('CENTRE', 2, 1, '31042000000054', 'HUGO', "
                                         "'J A PON', 0)"))
                    .ok());
        page.reload();
        NextItemView run2(page);
        // A misread: the check digit is wrong (…47 → …48), said as such.
        run2.scan(QStringLiteral("31042000000048"));
        QVERIFY2(run2.message()->text().contains(QStringLiteral("check digit")), qPrintable(run2.message()->text()));
        QVERIFY(!run2.message()->text().contains(QStringLiteral("not on the pull list")));
        // A patron card is a patron card.
        run2.scan(QStringLiteral("21042000000015"));
        QVERIFY2(run2.message()->text().contains(QStringLiteral("patron card")), qPrintable(run2.message()->text()));
        // A valid item that is not listed.
        run2.scan(QStringLiteral("31042000000013"));
        QVERIFY(run2.message()->text().contains(QStringLiteral("not on the pull list")));
        // Skipping: the red message was about the line left behind.
        const QString before = run2.current();
        run2.skip();
        QVERIFY(run2.current() != before);
        QVERIFY(run2.message()->text().isEmpty());
    }

    void pullListFiltersFromTheKeyboard()
    {
        comptoir::test::MockClock clock;
        QTemporaryDir dir;
        LocalStore store(dir.path(), clock);
        QVERIFY(store.open());
        Settings settings(dir.filePath(QStringLiteral("comptoir.ini")));
        test::RecordingSoundSink sound;
        MainWindow window(store, settings, sound);
        for (const auto& [item, code, location, group] :
             {std::tuple{1, "31042000000019", "AROM", 0}, std::tuple{2, "31042000000043", "JALB", 5}}) {
            QVERIFY(store.cache()
                        .database()
                        .exec(QStringLiteral("INSERT INTO items (item_id, barcode, biblio_id, callnumber, location) "
                                             "VALUES (?, ?, ?, 'R X', ?)"),
                              {item, QLatin1String(code), item, QLatin1String(location)})
                        .ok());
            QVERIFY(store.cache()
                        .database()
                        .exec(QStringLiteral("INSERT INTO pick_list (site, item_id, biblio_id, barcode, "
                                             "pickup_library_id, hold_group_id, item_level) VALUES ('CENTRE', ?, ?, ?, "
                                             "'CENTRE', ?, 0)"),
                              {item, item, QLatin1String(code), group ? QVariant(group) : QVariant()})
                        .ok());
        }
        auto* page = new PullListPage(store.cache(), store.outbox());
        page->setDesk(QStringLiteral("CENTRE"), QStringLiteral("accueil-1"), QStringLiteral("mdupont"));
        page->setShelfLayout(demo::trainingZones());
        window.setPageWidget(MainWindow::Page::PullList, page);
        page->reload();
        window.resize(1366, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.selectPage(MainWindow::Page::PullList);
        QCOMPARE(page->zoneFilter()->count(), 3); // all, Jeunesse, Adultes
        QCOMPARE(page->zoneFilter()->currentIndex(), 0);
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        // Alt+Z: the next zone, the scan field keeps the focus; Alt+Shift+Z back.
        QTest::keyClick(focus, Qt::Key_Z, Qt::AltModifier);
        QCOMPARE(page->zoneFilter()->currentIndex(), 1);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(QApplication::focusWidget(), focus);
        QTest::keyClick(focus, Qt::Key_Z, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(page->zoneFilter()->currentIndex(), 0);
        // Alt+K: the kind (requests, click & collect).
        QTest::keyClick(focus, Qt::Key_K, Qt::AltModifier);
        QCOMPARE(page->kindFilter()->currentIndex(), 1);
        QTest::keyClick(focus, Qt::Key_K, Qt::AltModifier);
        QCOMPARE(page->kindFilter()->currentIndex(), 2);
        int lines = 0;
        for (int g = 0; g < page->model()->rowCount(); ++g)
            lines += page->model()->rowCount(page->model()->index(g, 0));
        QCOMPARE(lines, 1);
        // The hints are visible next to the filters.
        bool hinted = false;
        for (const QLabel* label : page->findChildren<QLabel*>())
            hinted = hinted || label->text().contains(QStringLiteral("Alt+Z"));
        QVERIFY(hinted);
        shot(window, QStringLiteral("pull-list"));
    }

    // ---- Hold shelf ----

    void nextStopOfAClearedItem()
    {
        CacheStore cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("next-cache.sqlite"))).ok());
        Database& db = cache.database();
        // 1: home here, no other request → the stacks; 2: another library's → back there;
        // 3: a second request waits for the title → the next request.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO items (item_id, barcode, biblio_id, callnumber, location, "
                                       "home_library_id) VALUES (1, 'A', 10, 'R SIM', 'AROM', 'CENTRE'), (2, 'B', 20, "
                                       "'BD X', 'BD', 'HUGO'), (3, 'C', 30, 'J Y', 'JALB', 'HUGO')"))
                    .ok());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO holds (hold_id, biblio_id, item_id, pickup_library_id, status) "
                                       "VALUES (100, 10, 1, 'CENTRE', 'W'), (200, 20, 2, 'CENTRE', 'W'), (300, 30, 3, "
                                       "'CENTRE', 'W'), (301, 30, NULL, 'CENTRE', NULL)"))
                    .ok());
        auto a = desk::nextStopAfterCancel(cache, QStringLiteral("CENTRE"), 100, QStringLiteral("A"));
        QVERIFY(a);
        QCOMPARE(a.value().kind, desk::NextStop::Kind::Stacks);
        QCOMPARE(a.value().callNumber, QStringLiteral("R SIM"));
        QCOMPARE(a.value().location, QStringLiteral("AROM"));
        auto b = desk::nextStopAfterCancel(cache, QStringLiteral("CENTRE"), 200, QStringLiteral("B"));
        QCOMPARE(b.value().kind, desk::NextStop::Kind::HomeLibrary);
        QCOMPARE(b.value().library, QStringLiteral("HUGO"));
        auto c = desk::nextStopAfterCancel(cache, QStringLiteral("CENTRE"), 300, QStringLiteral("C"));
        QCOMPARE(c.value().kind, desk::NextStop::Kind::NextRequest);
        QCOMPARE(c.value().library, QStringLiteral("CENTRE"));
    }

    void holdShelfClearsByScanAndAllAtOnce()
    {
        Desk desk;
        QVERIFY(desk.start(m_dir.filePath(QStringLiteral("clear"))));
        LocalStore& store = *desk.store;
        desk::IlsSession& session = *desk.session;
        const desk::ConnectionSettings& s = session.settings();
        HoldShelfPage page(store.cache(), store.outbox());
        page.setDesk(s.site, s.workstation, s.staff);
        page.setToday(QDate(2026, 11, 22));
        page.libraryName = [&session](const QString& id) { return session.capture().libraryName(id); };
        page.locationName = [](const QString& code) { return demo::trainingZones().locationName(code); };
        page.reload();
        const int expired = int(page.expired().size());
        QVERIFY(expired >= 2);
        // One item scanned off the shelf: its request is cancelled, the desk says where it goes.
        const HoldShelfPage::Line first = page.expired().first();
        Verdict said;
        page.handleScan(first.barcode, [&said](const Verdict& v) { said = v; });
        QVERIFY2(said.title.startsWith(QStringLiteral("Request cancelled")), qPrintable(said.title));
        QVERIFY2(said.title.contains(QStringLiteral("back to")) || said.title.contains(QStringLiteral("next request")),
                 qPrintable(said.title));
        QCOMPARE(int(page.expired().size()), expired - 1);
        const auto pending = store.outbox().list(OutboxAction::State::Pending);
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value().first().kind, desk::action::CancelHold);
        QCOMPARE(pending.value().first().payload.value(QStringLiteral("hold_id")).toInteger(), first.holdId);
        QVERIFY(page.resultText().contains(first.barcode));
        // All at once: "Do nothing" does nothing and says so…
        page.confirm = [](const QString&) { return false; };
        QCOMPARE(page.clearExpired(), 0);
        QCOMPARE(page.resultText(), QStringLiteral("Nothing was cancelled."));
        // …the other button cancels the rest and says how many.
        page.confirm = [](const QString&) { return true; };
        QCOMPARE(page.clearExpired(), expired - 1);
        QVERIFY2(page.resultText().startsWith(QStringLiteral("%1 request").arg(expired - 1)) &&
                     page.resultText().contains(QStringLiteral("cancelled")),
                 qPrintable(page.resultText()));
        QVERIFY(page.expired().isEmpty());
        // The clearance list of the day still prints, every cleared item on it, kept on disk.
        QCOMPARE(int(page.clearedToday().size()), expired);
        const QString html = page.clearanceHtml();
        QVERIFY(html.contains(first.barcode));
        QVERIFY(html.contains(QStringLiteral("Cancelled today")));
        HoldShelfPage later(store.cache(), store.outbox());
        later.setDesk(s.site, s.workstation, s.staff);
        later.setToday(QDate(2026, 11, 22));
        later.reload();
        QVERIFY(later.clearanceHtml().contains(first.barcode));
        QVERIFY(later.expired().isEmpty()); // cancelled here: not shown again before the ILS confirms
        QPushButton* print = nullptr;
        for (QPushButton* b : later.findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("clearance list")))
                print = b;
        QVERIFY(print && print->isEnabled());
        page.resize(1366, 800);
        page.findChild<QTabWidget*>()->setCurrentIndex(1);
        shot(page, QStringLiteral("hold-shelf-expired"));
    }

    void captureVerdictsSayWhere()
    {
        Desk desk;
        QVERIFY(desk.start(m_dir.filePath(QStringLiteral("verdicts"))));
        desk::IlsSession& session = *desk.session;
        InProcessSandbox& sandbox = desk.sandbox;
        // A copy on CENTRE's pick list for a plain request picked up at CENTRE: the hold shelf.
        const QString held = sandbox
                                 .scalar(QStringLiteral(
                                     "SELECT i.external_id FROM holds h JOIN items i ON i.biblio_id = h.biblio_id "
                                     "WHERE h.pickup_library_id = 'CENTRE' AND h.status IS NULL AND h.item_id IS NULL "
                                     "AND h.hold_group_id IS NULL AND i.holding_library_id = 'CENTRE' AND "
                                     "i.checked_out_date IS NULL AND i.not_for_loan_status = 0 AND i.withdrawn = 0 "
                                     "AND i.lost_status = 0 AND h.priority = 1 AND NOT EXISTS (SELECT 1 FROM holds o "
                                     "WHERE o.item_id = i.item_id) ORDER BY h.hold_id LIMIT 1"))
                                 .toString();
        QVERIFY(!held.isEmpty());
        desk::CaptureResult result;
        bool done = false;
        session.capture().checkin(held, [&](desk::CaptureResult r) {
            result = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QCOMPARE(result.verdict.kind, VerdictKind::HoldHere);
        QVERIFY(!result.shelf.isEmpty());
        QVERIFY2(result.verdict.title.contains(result.shelf), qPrintable(result.verdict.title));
        // The last pickup day, as the ILS set it.
        const QDate expires = QDate::fromString(
            sandbox
                .scalar(QStringLiteral("SELECT h.expiration_date FROM holds h JOIN items i ON i.item_id = h.item_id "
                                       "WHERE i.external_id = ? AND h.status = 'W'"),
                        {held})
                .toString(),
            Qt::ISODate);
        QVERIFY(expires.isValid());
        QCOMPARE(result.holdExpires, expires);
        QVERIFY2(result.verdict.detail.contains(QLocale().toString(expires, QLocale::ShortFormat)),
                 qPrintable(result.verdict.detail));

        // No request: back to the shelf, with its call number and the location's name.
        const QString free =
            sandbox
                .scalar(QStringLiteral("SELECT external_id FROM items i WHERE holding_library_id = 'CENTRE' AND "
                                       "home_library_id = 'CENTRE' AND checked_out_date IS NULL AND location = 'AROM' "
                                       "AND NOT EXISTS (SELECT 1 FROM holds h WHERE h.biblio_id = i.biblio_id) AND NOT "
                                       "EXISTS (SELECT 1 FROM transfers t WHERE t.item_id = i.item_id) LIMIT 1"))
                .toString();
        QVERIFY(!free.isEmpty());
        const QString call =
            sandbox.scalar(QStringLiteral("SELECT callnumber FROM items WHERE external_id = ?"), {free}).toString();
        QVERIFY(desk.store->cache()
                    .database()
                    .exec(QStringLiteral("INSERT OR REPLACE INTO items (item_id, barcode, callnumber, location) VALUES "
                                         "(999999, ?, ?, 'AROM')"),
                          {free, call})
                    .ok());
        session.capture().setLocationNames(demo::trainingZones().locationNames);
        done = false;
        session.capture().checkin(free, [&](desk::CaptureResult r) {
            result = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QCOMPARE(result.verdict.kind, VerdictKind::Reshelve);
        QVERIFY2(result.verdict.title.contains(call), qPrintable(result.verdict.title));
        QVERIFY2(result.verdict.title.contains(QStringLiteral("Adultes – Romans")), qPrintable(result.verdict.title));
    }

    // ---- Lookup ----

    void nameSplitsAndFolding()
    {
        QCOMPARE(foldForSearch(QStringLiteral("BRÜN Élodie")), QStringLiteral("brun elodie"));
        const auto splits = desk::NetworkLookup::nameSplits(QStringLiteral("brun  adam"));
        bool both = false, reversed = false;
        for (const auto& s : splits) {
            both = both || (s.surname == QStringLiteral("brun") && s.firstname == QStringLiteral("adam"));
            reversed = reversed || (s.surname == QStringLiteral("adam") && s.firstname == QStringLiteral("brun"));
        }
        QVERIFY(both && reversed);
    }

    void lookupFindsByNameInAnyOrder()
    {
        Desk desk;
        qint64 patron = 0;
        QVERIFY(desk.start(m_dir.filePath(QStringLiteral("names")), [&patron](InProcessSandbox& sandbox) {
            // A patron whose requests are picked up here (so the cache knows them too), renamed.
            patron = sandbox
                         .scalar(QStringLiteral("SELECT patron_id FROM holds WHERE pickup_library_id = 'CENTRE' AND "
                                                "status = 'W' AND expiration_date < '2026-11-22' LIMIT 1"))
                         .toLongLong();
            return patron > 0 && sandbox.exec(QStringLiteral("UPDATE patrons SET surname = 'Brün', firstname = "
                                                             "'Adam' WHERE patron_id = ?"),
                                              {patron});
        }));
        QCOMPARE(desk.store->cache()
                     .database()
                     .scalar(QStringLiteral("SELECT surname FROM patrons WHERE patron_id = ?"), {patron})
                     .value()
                     .toString(),
                 QStringLiteral("Brün"));
        desk::NetworkLookup lookup(&desk.session->rest(), desk.store->cache());
        Settings settings(m_dir.filePath(QStringLiteral("names.ini")));
        test::RecordingSoundSink sound;
        MainWindow window(*desk.store, settings, sound);
        auto* page = new LookupPage(lookup, desk.store->outbox());
        page->libraryName = [&](const QString& id) { return desk.session->capture().libraryName(id); };
        page->today = [] { return QDate(2026, 11, 22); };
        window.setPageWidget(MainWindow::Page::Lookup, page);
        window.resize(1366, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        int answers = 0;
        connect(page, &LookupPage::searched, this, [&answers] { ++answers; });
        // Ctrl+5: the cursor is in the search field; a name typed there searches.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Lookup);
        QCOMPARE(QApplication::focusWidget(), page->field());
        QTest::keyClicks(page->field(), QStringLiteral("brun adam"), Qt::NoModifier, 80); // typed by a person
        QTest::keyClick(page->field(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return answers >= 2; }, 10000));
        QVERIFY(page->patrons()->rowCount() >= 1);
        int brun = -1;
        for (int r = 0; r < page->patrons()->rowCount(); ++r)
            if (page->patrons()->item(r, 0)->text().startsWith(QStringLiteral("BRÜN Adam")))
                brun = r;
        QVERIFY(brun >= 0);
        page->patrons()->setCurrentCell(brun, 0);
        // Either order, accents and case ignored.
        for (const QString& typed :
             {QStringLiteral("Adam Brün"), QStringLiteral("ADAM BRUN"), QStringLiteral("brün")}) {
            answers = 0;
            page->search(typed);
            QVERIFY(QTest::qWaitFor([&] { return answers >= 1; }, 10000));
            bool found = false;
            for (int r = 0; r < page->patrons()->rowCount(); ++r)
                found = found || page->patrons()->item(r, 0)->text().startsWith(QStringLiteral("BRÜN Adam"));
            QVERIFY2(found, qPrintable(typed));
        }
        // Their requests: an expired one flagged; "where it is" and the pickup never cut.
        answers = 0;
        page->search(QStringLiteral("brun adam"));
        QVERIFY(QTest::qWaitFor([&] { return answers >= 2; }, 10000));
        for (int r = 0; r < page->patrons()->rowCount(); ++r)
            if (page->patrons()->item(r, 0)->text().startsWith(QStringLiteral("BRÜN Adam")))
                page->patrons()->setCurrentCell(r, 0);
        QVERIFY(QTest::qWaitFor([&] { return answers >= 3 || page->requests()->rowCount() > 0; }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return page->requests()->rowCount() > 0; }, 10000));
        QTest::qWait(50);
        bool flagged = false;
        for (int r = 0; r < page->requests()->rowCount(); ++r) {
            const QTableWidgetItem* where = page->requests()->item(r, 1);
            if (where->text().startsWith(QStringLiteral("Expired"))) {
                flagged = true;
                QCOMPARE(where->foreground().color(), QColor(0xb7, 0x1c, 0x1c));
            }
            QVERIFY2(showsInFull(*page->requests(), r, 1), qPrintable(where->text()));
            QVERIFY2(showsInFull(*page->requests(), r, 2), qPrintable(page->requests()->item(r, 2)->text()));
            QCOMPARE(where->toolTip(), where->text());
        }
        QVERIFY(flagged);
        shot(window, QStringLiteral("lookup-1366"));
        window.resize(1920, 1080);
        QTest::qWait(50);
        for (int r = 0; r < page->requests()->rowCount(); ++r)
            QVERIFY(showsInFull(*page->requests(), r, 1));
        shot(window, QStringLiteral("lookup-1920"));
        // The ILS not answering: the cache finds them the same way.
        desk.sandbox.faults.restErrors = 1000000;
        answers = 0;
        page->search(QStringLiteral("adam brun"));
        QVERIFY(QTest::qWaitFor([&] { return answers >= 1; }, 30000));
        QVERIFY(page->status()->text().contains(QStringLiteral("not answering")));
        bool cached = false;
        for (int r = 0; r < page->patrons()->rowCount(); ++r)
            cached = cached || page->patrons()->item(r, 0)->text().startsWith(QStringLiteral("BRÜN Adam"));
        QVERIFY(cached);
        desk.sandbox.faults.restErrors = 0;
    }
};

QTEST_MAIN(TestDeskPages)
#include "tst_desk_pages.moc"
