// The whole counter as staff use it: a Workstation connected to the training library (in this
// process, real REST and SIP2 on loopback) shown through ui/Desk, driven by scans typed into the
// scan field. What a librarian hit on the first day, each a test.
#include "CapturePage.h"
#include "ClickCollectPage.h"
#include "CratesPage.h"
#include "Desk.h"
#include "DeviceHub.h"
#include "HoldShelfPage.h"
#include "MainWindow.h"
#include "PullListPage.h"
#include "ReportsPage.h"
#include "ScanField.h"
#include "Settings.h"
#include "SlipPdf.h"
#include "SlipPrinter.h"
#include "VerdictBanner.h"
#include "Workstation.h"
#include "demo/DeviceTwins.h"
#include "desk/IlsSession.h"
#include "desk/IncomingCrates.h"
#include "desk/Replayer.h"
#include "ils/SecretStore.h"
#include "netstore/NetworkStoreLink.h"
#include "sandbox/KohaRestServer.h"
#include "sandbox/Sip2Server.h"
#include "store/Outbox.h"
#include "support/InProcessSandbox.h"
#include "support/MockClock.h"
#include "support/NetStoreRig.h"

#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUuid>

#include <optional>

using namespace comptoir;
using comptoir::test::InProcessSandbox;

namespace {

// Settings > every tab, at the size the dialog takes on a 1366 × 768 screen.
void checkSettingsDialog(QDialog* dialog)
{
    auto* tabs = dialog->findChild<QTabWidget*>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(tabs);
    QVERIFY(tabs->count() >= 9);
    // As it opens: within the screen.
    QVERIFY2(dialog->width() <= 1366 && dialog->height() <= 768,
             qPrintable(QStringLiteral("%1 × %2").arg(dialog->width()).arg(dialog->height())));
    QStringList tooBig;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QString name = tabs->tabText(i);
        const QSize minimum = dialog->minimumSizeHint(), hint = dialog->sizeHint();
        if (minimum.width() > 1300 || minimum.height() > 720)
            tooBig << QStringLiteral("%1: minimum %2 × %3").arg(name).arg(minimum.width()).arg(minimum.height());
        if (hint.width() > 1366 || hint.height() > 768)
            tooBig << QStringLiteral("%1: size hint %2 × %3").arg(name).arg(hint.width()).arg(hint.height());
        auto* scroll = qobject_cast<QScrollArea*>(tabs->currentWidget());
        if (!scroll) {
            tooBig << QStringLiteral("%1: not in a scroll area").arg(name);
            continue;
        }
        const int wide = scroll->widget()->minimumSizeHint().width();
        if (wide > scroll->viewport()->width() || scroll->horizontalScrollBar()->isVisible())
            tooBig << QStringLiteral("%1: %2 px wide in %3").arg(name).arg(wide).arg(scroll->viewport()->width());
        if (!qEnvironmentVariableIsEmpty("COMPTOIR_SHOTS"))
            dialog->grab().save(
                QDir(qEnvironmentVariable("COMPTOIR_SHOTS")).filePath(QStringLiteral("settings-%1.png").arg(i)));
    }
    QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(QStringLiteral("; "))));
}

} // namespace

class TestDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    InProcessSandbox m_sandbox;
    comptoir::test::MockClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Workstation> m_ws;
    std::unique_ptr<Desk> m_desk;

    MainWindow& window() { return m_desk->window(); }
    const Verdict& verdict() { return window().banner()->verdict(); }
    qint64 actions()
    {
        qint64 all = 0;
        for (auto state :
             {OutboxAction::State::Pending, OutboxAction::State::Acknowledged, OutboxAction::State::Review})
            all += m_ws->store().outbox().count(state).value();
        return all;
    }
    // Types a code into the scan field and presses Enter, as a keyboard-wedge scanner does; waits
    // for the banner to change when the scan goes to the library system.
    void scan(const QString& code, bool waitForIls = false)
    {
        const QString before = verdict().title + verdict().detail;
        window().scanField()->setText(code);
        QTest::keyClick(window().scanField(), Qt::Key_Return);
        if (waitForIls)
            QVERIFY(QTest::qWaitFor([&] { return verdict().title + verdict().detail != before; }, 10000));
    }
    QString sandboxValue(const QString& sql) { return m_sandbox.scalar(sql).toString(); }
    QString cacheValue(const QString& sql)
    {
        auto value = m_ws->store().cache().database().scalar(sql);
        return value ? value.value().toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({}));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("comptoir.ini")));
        m_ws = std::make_unique<Workstation>(m_dir.filePath(QStringLiteral("data")), *m_settings, m_clock, false);
        QVERIFY(m_ws->openStores().ok());
        desk::ConnectionSettings c;
        c.restUrl = m_sandbox.baseUrl();
        c.restUser = QStringLiteral("comptoir");
        c.sipHost = QStringLiteral("127.0.0.1");
        c.sipPort = m_sandbox.sipPort;
        c.sipLogin = QStringLiteral("centre");
        c.site = QStringLiteral("CENTRE");
        c.workstation = QStringLiteral("accueil-1");
        c.staff = QStringLiteral("mdupont");
        m_ws->connectTo(c, {sandbox::KohaRestServer::DefaultPassword, sandbox::Sip2Server::DefaultPassword});
        m_desk = std::make_unique<Desk>(*m_ws);
        // A fresh counter: no printer installed (the test says so rather than trusting the machine).
        m_desk->printer().systemPrinterAvailable = [] { return false; };
        window().resize(1366, 800);
        window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
        bool synced = false;
        connect(&m_ws->session().sync(), &sync::SyncEngine::finished, this, [&synced] { synced = true; });
        m_desk->start();
        QVERIFY(QTest::qWaitFor([&synced] { return synced; }, 30000));
        QVERIFY(QTest::qWaitFor([this] { return m_ws->session().state() == ConnectionState::Online; }, 10000));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_ws.reset();
        m_sandbox.stop();
    }

    // The status bar says when the counter last heard from the library system.
    void lastSyncInStatusBar()
    {
        QVERIFY2(window().lastSyncLabel()->text().contains(QStringLiteral("10:00")),
                 qPrintable(window().lastSyncLabel()->text()));
    }

    // No printer: the capture's destination stays on the banner; the slip goes to a PDF in the
    // counter's slips folder and the banner's second line says where.
    void noPrinterKeepsTheVerdictAndSavesThePdf()
    {
        window().selectPage(MainWindow::Page::Capture);
        // An item the library system asks this site to pull for a request picked up here.
        const QString barcode = cacheValue(
            QStringLiteral("SELECT barcode FROM pick_list WHERE site = 'CENTRE' AND pickup_library_id = 'CENTRE' AND "
                           "hold_group_id IS NULL ORDER BY item_id LIMIT 1"));
        QVERIFY(!barcode.isEmpty());
        scan(barcode, true);
        QVERIFY2(verdict().kind == VerdictKind::HoldHere,
                 qPrintable(verdict().title + QStringLiteral(" / ") + verdict().detail));
        QVERIFY(QTest::qWaitFor([this] { return !window().banner()->note().isEmpty(); }, 5000));
        const QString note = window().banner()->note();
        QVERIFY2(note.contains(QDir::toNativeSeparators(m_ws->slipsDir())), qPrintable(note));
        QCOMPARE(verdict().kind, VerdictKind::HoldHere); // the printing problem did not take its place
        const QStringList pdfs = QDir(m_ws->slipsDir()).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(pdfs.size(), 1);
        QCOMPARE(QFileInfo(QDir(m_ws->slipsDir()).filePath(pdfs.first())).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        CapturePage* capture = m_desk->capturePage();
        QCOMPARE(capture->table()->item(0, CapturePage::SlipColumn)->text(), CapturePage::tr("PDF"));
        QVERIFY(!capture->slipOfRow(0).isEmpty());
    }

    // Labels and cards are routed to their job: never checked in.
    void labelsAndCardsAreNotCheckedIn()
    {
        window().selectPage(MainWindow::Page::Capture);
        const qint64 before = actions();
        const QString order = sandboxValue(QStringLiteral(
            "SELECT hold_group_id FROM holds WHERE pickup_library_id = 'CENTRE' AND hold_group_id IS NOT NULL "
            "ORDER BY hold_group_id LIMIT 1"));
        QVERIFY(!order.isEmpty());
        scan(QStringLiteral("CC") + order);
        QCOMPARE(window().currentPage(), MainWindow::Page::ClickCollect);
        QCOMPARE(verdict().kind, VerdictKind::Bag);
        QCOMPARE(m_desk->clickCollectPage()->detailedOrder(), order.toLongLong());
        // Its detail lists its documents, with their titles from the cache.
        const QString title = cacheValue(QStringLiteral("SELECT b.title FROM holds h JOIN biblios b USING (biblio_id) "
                                                        "WHERE h.hold_group_id = %1 LIMIT 1")
                                             .arg(order));
        QVERIFY(!title.isEmpty());
        QVERIFY2(m_desk->clickCollectPage()->detailText().contains(title),
                 qPrintable(m_desk->clickCollectPage()->detailText()));
        window().selectPage(MainWindow::Page::Capture);
        scan(QStringLiteral("BAC-0042"));
        QCOMPARE(verdict().kind, VerdictKind::Warning);
        QVERIFY(verdict().title.contains(QStringLiteral("BAC-0042")));
        // A patron card on the capture page opens that patron's pickup.
        window().selectPage(MainWindow::Page::Capture);
        const QString card = sandboxValue(QStringLiteral(
            "SELECT p.cardnumber FROM holds h JOIN patrons p USING (patron_id) WHERE h.pickup_library_id = "
            "'CENTRE' AND h.status = 'W' AND h.hold_group_id IS NULL ORDER BY h.hold_id LIMIT 1"));
        QVERIFY(!card.isEmpty());
        scan(card);
        QCOMPARE(window().currentPage(), MainWindow::Page::HoldShelf);
        QCOMPARE(m_desk->holdShelfPage()->currentPatronCard(), card);
        QCOMPARE(verdict().kind, VerdictKind::HoldHere);
        QCOMPARE(actions(), before); // nothing went to the library system
    }

    // F9 ends the pickup: said on the banner, and the patron's line is cleared.
    void finishingAPickupSaysSo()
    {
        HoldShelfPage* page = m_desk->holdShelfPage();
        QVERIFY(!page->currentPatronCard().isEmpty());
        const auto items = page->patronItems();
        QVERIFY(!items.isEmpty());
        scan(items.first().barcode, true);
        QVERIFY2(verdict().kind == VerdictKind::Success,
                 qPrintable(verdict().title + QStringLiteral(" / ") + verdict().detail));
        if (!page->currentPatronCard().isEmpty()) // more items were waiting: staff finish by hand
            QTest::keyClick(&window(), Qt::Key_F9);
        QVERIFY(page->currentPatronCard().isEmpty());
        QCOMPARE(verdict().kind, VerdictKind::Success);
        QVERIFY2(verdict().title.contains(QLatin1Char('1')), qPrintable(verdict().title));
        // The receipt of that pickup can be previewed or printed again from today's pickups.
        QCOMPARE(page->pickupsTable()->rowCount(), 1);
        QVERIFY(!page->receiptOfRow(0).isEmpty());
    }

    // Capturing an item of a click & collect order counts it in its bag at once, on every page.
    void bagCountFollowsTheCapture()
    {
        // A copy that fills the first request of a click & collect order picked up here (the
        // training library captures it for that order wherever the copy lives).
        const QString barcode = sandboxValue(QStringLiteral(
            "SELECT i.external_id FROM holds h JOIN items i ON i.biblio_id = h.biblio_id AND (h.item_id IS NULL OR "
            "h.item_id = i.item_id) WHERE h.pickup_library_id = 'CENTRE' AND h.hold_group_id IS NOT NULL AND "
            "h.status IS NULL AND h.priority = 1 AND i.checked_out_patron_id IS NULL AND i.withdrawn = 0 AND "
            "i.lost_status = 0 AND i.not_for_loan_status = 0 AND NOT EXISTS (SELECT 1 FROM holds o WHERE "
            "o.item_id = i.item_id AND o.status IS NOT NULL) ORDER BY h.hold_id LIMIT 1"));
        // The generated network (seed 7) always has one: a missing one is a failure, not a skip.
        QVERIFY2(!barcode.isEmpty(), "no click & collect request waiting for a copy in this network");
        window().selectPage(MainWindow::Page::Capture);
        scan(barcode, true);
        QVERIFY2(verdict().kind == VerdictKind::Bag,
                 qPrintable(verdict().title + QStringLiteral(" / ") + verdict().detail));
        const qint64 order =
            m_desk->clickCollectPage()->orders().isEmpty()
                ? 0
                : verdict().title.section(QLatin1Char(' '), 1, 1).remove(QLatin1Char(':')).toLongLong();
        QVERIFY2(order > 0, qPrintable(verdict().title));
        const auto& orders = m_desk->clickCollectPage()->orders();
        auto it =
            std::find_if(orders.begin(), orders.end(), [&](const ClickCollectPage::Order& o) { return o.id == order; });
        QVERIFY(it != orders.end());
        QVERIFY2(verdict().title.contains(QString::number(it->gathered)), qPrintable(verdict().title));
        QVERIFY(it->gathered >= 1);
    }

    // Changing page clears the previous page's verdict.
    void pageChangeClearsTheBanner()
    {
        window().showVerdict({VerdictKind::Error, QStringLiteral("Old"), QString()});
        window().selectPage(MainWindow::Page::Lookup);
        QCOMPARE(verdict().kind, VerdictKind::Idle);
    }

    // With an empty scan field, the arrows choose a row of the page's list and Enter opens it.
    void arrowsAndEnterChooseARow()
    {
        window().selectPage(MainWindow::Page::ClickCollect);
        ClickCollectPage* page = m_desk->clickCollectPage();
        QVERIFY(page->table()->rowCount() >= 2);
        page->table()->clearSelection();
        page->table()->setCurrentIndex({});
        window().scanField()->clear();
        QTest::keyClick(window().scanField(), Qt::Key_Down);
        QTest::keyClick(window().scanField(), Qt::Key_Down);
        QCOMPARE(page->table()->currentRow(), 1);
        QTest::keyClick(window().scanField(), Qt::Key_Return);
        QCOMPARE(page->detailedOrder(), page->table()->item(1, 0)->data(Qt::UserRole).toLongLong());
        QCOMPARE(window().currentPage(), MainWindow::Page::ClickCollect); // Enter with nothing typed is no scan
    }

    // Where a slip goes when no printer takes it: a PDF in the folder, said in one line.
    void slipPrinterFallsBackToPdf()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("tickets"));
        Slip slip{QStringLiteral("Réservation 31042000000019"), print::parseSlip(QStringLiteral("[bold]RÉSERVATION"))};
        QTcpServer probe; // a port nobody listens on any more
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        SlipPrinter printer;
        printer.configure(SlipPrinter::Output::Tcp, QStringLiteral("127.0.0.1:%1").arg(port));
        printer.setPdfFolder(folder);
        std::optional<PrintOutcome> outcome;
        printer.print(slip, [&](const PrintOutcome& o) { outcome = o; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 10000));
        QCOMPARE(outcome->where, PrintOutcome::Where::PdfFile);
        QVERIFY(QFileInfo(outcome->place).size() > 0);
        QVERIFY(outcome->place.startsWith(folder));
        QVERIFY(!outcome->problem.isEmpty());
        QVERIFY(outcome->text().contains(QDir::toNativeSeparators(folder)));
        // "With preview": the preview is shown first; closed without printing, nothing printed.
        printer.configure(SlipPrinter::Output::SystemWithPreview);
        printer.systemPrinterAvailable = [] { return true; };
        int previews = 0;
        printer.previewBeforePrint = [&](const Slip&) {
            ++previews;
            return false;
        };
        outcome.reset();
        printer.print(slip, [&](const PrintOutcome& o) { outcome = o; });
        QVERIFY(outcome.has_value());
        QCOMPARE(previews, 1);
        QCOMPARE(outcome->where, PrintOutcome::Where::Nowhere);
        printer.previewBeforePrint = [&](const Slip&) { return ++previews > 0; };
        printer.print(slip, [&](const PrintOutcome& o) { outcome = o; });
        QCOMPARE(previews, 2);
        QCOMPARE(outcome->where, PrintOutcome::Where::Printer);
    }

    // Lists are readable from a step away.
    // Shuttle crates at the desk: an item in transit goes into its destination's crate (the verdict
    // names the crate and the item's rank in it); sealing prints the label; a crate label's text
    // from a 2D scanner opens an incoming crate, and each item scanned on the crates page is
    // received and checked in; a crate received twice is refused.
    void cratesFromCaptureToReception()
    {
        window().selectPage(MainWindow::Page::Capture);
        const QString barcode = cacheValue(
            QStringLiteral("SELECT barcode FROM pick_list WHERE site = 'CENTRE' AND pickup_library_id <> 'CENTRE' AND "
                           "hold_group_id IS NULL ORDER BY item_id LIMIT 1"));
        QVERIFY(!barcode.isEmpty());
        const QString pickup =
            cacheValue(QStringLiteral("SELECT pickup_library_id FROM pick_list WHERE barcode = '%1'").arg(barcode));
        scan(barcode, true);
        QVERIFY2(verdict().kind == VerdictKind::Transit,
                 qPrintable(verdict().title + QStringLiteral(" / ") + verdict().detail));
        const QString name = m_ws->session().capture().libraryName(pickup);
        QCOMPARE(verdict().title, QStringLiteral("Crate for %1 — item 1").arg(name));
        crates::CrateService& service = m_ws->session().crates();
        auto open = service.crates(crates::Crate::Direction::Out, crates::Crate::State::Open);
        QCOMPARE(open.value().size(), 1);
        QCOMPARE(open.value().first().destination, pickup);
        // Sealed from the crates page: the label goes to a PDF (no printer here).
        window().selectPage(MainWindow::Page::Crates);
        CratesPage* page = m_desk->cratesPage();
        page->reload();
        page->table()->selectRow(0);
        auto sealed = page->sealSelectedNow();
        QVERIFY(sealed.ok());
        QCOMPARE(sealed.value().manifest.items, QStringList{barcode});
        QVERIFY(QTest::qWaitFor([this] { return verdict().title == QStringLiteral("Crate sealed"); }, 10000));
        // An incoming crate from another site: its label's text, as a 2D scanner types it.
        const QString here = cacheValue(
            QStringLiteral("SELECT barcode FROM pick_list WHERE site = 'CENTRE' AND pickup_library_id = 'CENTRE' AND "
                           "hold_group_id IS NULL ORDER BY item_id DESC LIMIT 1"));
        QVERIFY(!here.isEmpty());
        const crates::Manifest manifest{QStringLiteral("PONT-261122-3"),
                                        pickup,
                                        QStringLiteral("CENTRE"),
                                        QDateTime(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc()),
                                        {here, QStringLiteral("31042999999990")}};
        const QString label = crates::encodeManifest(manifest).value().first();
        window().selectPage(MainWindow::Page::Capture);
        scan(label);
        QCOMPARE(window().currentPage(), MainWindow::Page::Crates);
        QVERIFY2(verdict().title.startsWith(QStringLiteral("Crate from")),
                 qPrintable(verdict().title + verdict().detail));
        const qint64 before = actions();
        scan(here, true);
        QVERIFY(QTest::qWaitFor([this] { return verdict().detail.startsWith(QStringLiteral("1 / 2")); }, 10000));
        QCOMPARE(actions(), before + 1); // checked in through the library system
        QPushButton* finish = nullptr;
        for (QPushButton* b : page->findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("Finish")))
                finish = b;
        QVERIFY(finish && finish->isEnabled());
        finish->click();
        QCOMPARE(verdict().title, QStringLiteral("Crate received"));
        QVERIFY2(verdict().detail.contains(QStringLiteral("1 missing")), qPrintable(verdict().detail));
        scan(label);
        QCOMPARE(verdict().kind, VerdictKind::Error);
        QCOMPARE(actions(), before + 1); // nothing checked in twice
    }

    // Crates at the desk, continued: offline, an item probably in transit still goes into its
    // crate (provisional) and stays there once the replay confirms it; a crate from an unknown
    // site is refused; "Receive all without scanning" asks first, then checks the rest in; the
    // receipt prints (a PDF here); the lookup page tells an item's crates.
    void cratesOfflineReceiveAllAndHistory()
    {
        crates::CrateService& service = m_ws->session().crates();
        CratesPage* page = m_desk->cratesPage();
        window().selectPage(MainWindow::Page::Capture);
        const QString away = cacheValue(
            QStringLiteral("SELECT barcode FROM pick_list WHERE site = 'CENTRE' AND pickup_library_id <> 'CENTRE' AND "
                           "hold_group_id IS NULL ORDER BY item_id LIMIT 1 OFFSET 3"));
        QVERIFY(!away.isEmpty());
        // The library system drops every request: the capture's answer is lost, the verdict provisional.
        m_sandbox.faults.sipDropRequest = -1;
        scan(away, true);
        QVERIFY(QTest::qWaitFor([this] { return verdict().kind == VerdictKind::Provisional; }, 15000));
        QVERIFY2(verdict().title.startsWith(QStringLiteral("Crate for")),
                 qPrintable(verdict().title + QStringLiteral(" / ") + verdict().detail));
        auto placed = service.history(away);
        QVERIFY(placed.ok() && placed.value().size() == 1);
        const qint64 crate = placed.value().first().crate.seq;
        QCOMPARE(placed.value().first().crate.state, crates::Crate::State::Open);
        // Back online: the replay applies the check-in; the item is still in its crate.
        m_sandbox.faults.sipDropRequest = 0;
        desk::Replayer& replayer = m_ws->session().replayer();
        QVERIFY(QTest::qWaitFor([&] { return !replayer.isRunning(); }, 30000));
        replayer.replay();
        QVERIFY(QTest::qWaitFor(
            [this] { return m_ws->store().outbox().count(OutboxAction::State::Pending).value() == 0; }, 30000));
        QVERIFY(service.items(crate).value().contains(away));
        QCOMPARE(service.history(away).value().size(), 1);

        // A crate from a site the network does not know.
        const crates::Manifest stranger{QStringLiteral("NOWHERE-261122-1"),
                                        QStringLiteral("NOWHERE"),
                                        QStringLiteral("CENTRE"),
                                        QDateTime(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc()),
                                        {QStringLiteral("31042999999982")}};
        scan(crates::encodeManifest(stranger).value().first());
        QCOMPARE(verdict().kind, VerdictKind::Error);
        QVERIFY2(verdict().detail.contains(QStringLiteral("does not know")), qPrintable(verdict().detail));

        // An incoming crate of three items: one scanned, the rest received without scanning.
        QStringList items;
        for (int i = 1; i <= 3; ++i)
            items << cacheValue(QStringLiteral("SELECT barcode FROM pick_list WHERE site = 'CENTRE' AND "
                                               "pickup_library_id = 'CENTRE' AND hold_group_id IS NULL ORDER BY "
                                               "item_id DESC LIMIT 1 OFFSET %1")
                                    .arg(i + 2));
        QVERIFY(!items.contains(QString()));
        const QString from = cacheValue(QStringLiteral("SELECT library_id FROM libraries WHERE library_id <> 'CENTRE' "
                                                       "ORDER BY library_id LIMIT 1"));
        const crates::Manifest trusted{QStringLiteral("%1-261122-8").arg(from), from, QStringLiteral("CENTRE"),
                                       QDateTime(QDate(2026, 11, 22), QTime(8, 30), QTimeZone::utc()), items};
        scan(crates::encodeManifest(trusted).value().first());
        QVERIFY2(verdict().title.startsWith(QStringLiteral("Crate from")), qPrintable(verdict().detail));
        const qint64 before = actions();
        scan(items.first(), true);
        QVERIFY(QTest::qWaitFor([this] { return verdict().detail.startsWith(QStringLiteral("1 / 3")); }, 10000));
        QCOMPARE(actions(), before + 1);
        QPushButton* all = nullptr;
        for (QPushButton* b : page->findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("without scanning")))
                all = b;
        QVERIFY(all && all->isEnabled());
        int asked = 0;
        page->confirmReceiveAll = [&asked](const crates::Crate&, int remaining) {
            ++asked;
            return asked > 1 && remaining == 2; // "Do nothing" the first time
        };
        all->click();
        QCOMPARE(asked, 1);
        QCOMPARE(actions(), before + 1); // nothing received, nothing checked in
        all->click();
        QCOMPARE(asked, 2);
        QCOMPARE(verdict().title, QStringLiteral("Crate received without scanning"));
        QVERIFY(QTest::qWaitFor([&] { return actions() == before + 3; }, 15000)); // both checked in
        auto receipt = service.receipt(service.history(items.last()).value().first().crate.seq);
        QCOMPARE(receipt.value().unscanned, items.mid(1));
        QCOMPARE(receipt.value().crate.state, crates::Crate::State::Received);
        // The receipt prints (a PDF: no printer here).
        auto printed = page->printReceiptSelected();
        QVERIFY(printed.ok());
        QVERIFY(QTest::qWaitFor([this] { return verdict().title == QStringLiteral("Crate receipt"); }, 10000));
        QVERIFY2(verdict().detail.contains(QStringLiteral("PDF")), qPrintable(verdict().detail));

        // The lookup page: an item's crates.
        window().selectPage(MainWindow::Page::Lookup);
        scan(items.last());
        QLabel* history = window().findChild<QLabel*>(QStringLiteral("lookupCrateHistory"));
        QVERIFY(history);
        QVERIFY2(history->text().contains(QStringLiteral("without scanning")), qPrintable(history->text()));
        QVERIFY(history->text().contains(trusted.crate));
        scan(away);
        QVERIFY2(history->text().contains(QStringLiteral("In the open crate for")), qPrintable(history->text()));
        window().selectPage(MainWindow::Page::Capture);
    }

    // Receiving a crate from the RFID pad: a stack of tags read at once counts each item once (a
    // two-part set too), each checked in through the library system.
    void crateReceivedFromRfidStack()
    {
        if (!sandbox::PtyPair::available())
            QSKIP("socat is not installed");
        DeviceHub& hub = m_desk->devices();
        devices::DeviceConfig config = hub.config();
        QString problem;
        QVERIFY2(hub.startTwins(m_dir.filePath(QStringLiteral("pad")), config, &problem), qPrintable(problem));
        config.pad.pollMs = 50;
        hub.apply(config);
        QStringList items;
        for (int i = 0; i < 5; ++i)
            items << cacheValue(QStringLiteral("SELECT barcode FROM pick_list WHERE site = 'CENTRE' AND "
                                               "pickup_library_id <> 'CENTRE' AND hold_group_id IS NULL ORDER BY "
                                               "item_id DESC LIMIT 1 OFFSET %1")
                                    .arg(i));
        QVERIFY(!items.contains(QString()));
        const QString from = cacheValue(QStringLiteral("SELECT library_id FROM libraries WHERE library_id <> 'CENTRE' "
                                                       "ORDER BY library_id DESC LIMIT 1"));
        const crates::Manifest manifest{QStringLiteral("%1-261122-5").arg(from), from, QStringLiteral("CENTRE"),
                                        QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc()), items};
        window().selectPage(MainWindow::Page::Capture);
        scan(crates::encodeManifest(manifest).value().first());
        QVERIFY2(verdict().title.startsWith(QStringLiteral("Crate from")), qPrintable(verdict().detail));
        const qint64 seq = m_desk->cratesPage()->receivingCrate();
        QVERIFY(seq != 0);
        const qint64 before = actions();
        // The stack: four single items and a two-part set (both parts), put down at once.
        for (int i = 0; i < 4; ++i) {
            devices::TagData tag;
            tag.barcode = items.at(i);
            tag.ownerIsil = config.ownIsil;
            hub.padTwin()->place(sandbox::SimulatedRfidPad::makeTag(devices::TagModel::Iso28560_3, tag));
        }
        for (int part = 1; part <= 2; ++part) {
            devices::TagData tag;
            tag.barcode = items.at(4);
            tag.part = part;
            tag.parts = 2;
            tag.ownerIsil = config.ownIsil;
            hub.padTwin()->place(sandbox::SimulatedRfidPad::makeTag(devices::TagModel::Iso28560_3, tag));
        }
        crates::CrateService& service = m_ws->session().crates();
        QVERIFY2(QTest::qWaitFor([&] { return service.receipt(seq).value().receivedExpected == 5; }, 15000),
                 qPrintable(items.join(QLatin1Char(' ')) + QStringLiteral(" // ") +
                            service.receipt(seq).value().scanned.join(QLatin1Char(',')) + QStringLiteral(" / ") +
                            verdict().title + QStringLiteral(" / ") + verdict().detail));
        QVERIFY(QTest::qWaitFor([&] { return actions() == before + 5; }, 15000));
        // Left on the pad: nothing counted twice.
        QTest::qWait(300);
        QCOMPARE(service.receipt(seq).value().scanned.size(), 5);
        QCOMPARE(actions(), before + 5);
        QCOMPARE(m_desk->cratesPage()->receivingProgress(), QStringLiteral("5 / 5"));
        hub.padTwin()->clear();
        hub.stop();
        window().selectPage(MainWindow::Page::Capture);
    }

    // Training: the crates other sites send here, built from the requests in transit to the site
    // (as their counters would have); the label's text scanned opens each one for receiving.
    void incomingCratesFromTheTrainingLibrary()
    {
        const QList<crates::Manifest> incoming =
            desk::incomingCrates(m_ws->store().cache().database(), QStringLiteral("CENTRE"), m_clock.now());
        QVERIFY(!incoming.isEmpty());
        for (const crates::Manifest& m : incoming) {
            QCOMPARE(m.to, QStringLiteral("CENTRE"));
            QVERIFY(m.from != QStringLiteral("CENTRE"));
            QVERIFY(!m.items.isEmpty());
            // Each item is one of the site's requests in transit, held by the sender.
            for (const QString& barcode : m.items)
                QCOMPARE(
                    cacheValue(QStringLiteral("SELECT i.holding_library_id FROM items i JOIN holds h ON h.item_id = "
                                              "i.item_id WHERE h.status = 'T' AND h.pickup_library_id = 'CENTRE' "
                                              "AND i.barcode = '%1'")
                                   .arg(barcode)),
                    m.from);
        }
        window().selectPage(MainWindow::Page::Capture);
        scan(crates::encodeManifest(incoming.first()).value().first());
        QVERIFY2(verdict().title.startsWith(QStringLiteral("Crate from")), qPrintable(verdict().detail));
        QCOMPARE(m_ws->session().crates().crate(m_desk->cratesPage()->receivingCrate()).value().count,
                 int(incoming.first().items.size()));
        window().selectPage(MainWindow::Page::Capture);
    }

    // The crates page filling, receiving with discrepancies, and the discrepancy receipt, saved as
    // PNG files (in $COMPTOIR_SHOTS when set) for people to look at.
    void cratesScreenshots()
    {
        QTemporaryDir temp;
        const QString dir = qEnvironmentVariable("COMPTOIR_SHOTS", temp.path());
        QDir().mkpath(dir);
        CratesPage* page = m_desk->cratesPage();
        // Filling: a few items in transit captured.
        window().selectPage(MainWindow::Page::Capture);
        for (int i = 0; i < 4; ++i) {
            const QString barcode = cacheValue(QStringLiteral("SELECT barcode FROM pick_list WHERE site = 'CENTRE' AND "
                                                              "pickup_library_id <> 'CENTRE' AND hold_group_id IS NULL "
                                                              "ORDER BY item_id LIMIT 1 OFFSET %1")
                                                   .arg(10 + i));
            scan(barcode, true);
        }
        window().selectPage(MainWindow::Page::Crates);
        page->reload();
        page->table()->selectRow(0);
        QVERIFY(page->table()->rowCount() > 0);
        QVERIFY(window().grab().save(QDir(dir).filePath(QStringLiteral("crates-filling.png"))));
        // Receiving with a missing and an extra item.
        // Items no crate of this counter has seen yet.
        QStringList fresh;
        for (int offset = 0; fresh.size() < 4 && offset < 200; ++offset) {
            const QString barcode = cacheValue(QStringLiteral("SELECT barcode FROM pick_list WHERE site = 'CENTRE' AND "
                                                              "hold_group_id IS NULL ORDER BY item_id DESC LIMIT 1 "
                                                              "OFFSET %1")
                                                   .arg(offset));
            const int seen = m_ws->store()
                                 .outbox()
                                 .database()
                                 .scalar(QStringLiteral("SELECT (SELECT count(*) FROM crate_items WHERE barcode = ?) + "
                                                        "(SELECT count(*) FROM crate_receipts WHERE barcode = ?)"),
                                         {barcode, barcode})
                                 .value()
                                 .toInt();
            if (!barcode.isEmpty() && seen == 0)
                fresh << barcode;
        }
        QCOMPARE(fresh.size(), 4);
        const QStringList items = fresh.mid(0, 3);
        const QString from = cacheValue(QStringLiteral("SELECT library_id FROM libraries WHERE library_id <> 'CENTRE' "
                                                       "ORDER BY library_id LIMIT 1 OFFSET 1"));
        const crates::Manifest manifest{QStringLiteral("%1-261122-2").arg(from), from, QStringLiteral("CENTRE"),
                                        QDateTime(QDate(2026, 11, 22), QTime(7, 45), QTimeZone::utc()), items};
        scan(crates::encodeManifest(manifest).value().first());
        scan(items.at(0), true);
        scan(items.at(1), true);
        const QString extra = fresh.last();
        scan(extra, true);
        QPushButton* finish = nullptr;
        for (QPushButton* b : page->findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("Finish")))
                finish = b;
        QVERIFY(finish && finish->isEnabled());
        finish->click();
        QVERIFY2(verdict().detail.contains(QStringLiteral("1 missing, 1 extra")), qPrintable(verdict().detail));
        QVERIFY(window().grab().save(QDir(dir).filePath(QStringLiteral("crates-received.png"))));
        // The discrepancy receipt, as PDF then PNG (pdftoppm).
        auto receipt =
            m_ws->session().crates().receipt(m_ws->session().crates().history(extra).value().first().crate.seq);
        QVERIFY(receipt.ok());
        const QString pdf = QDir(dir).filePath(QStringLiteral("crate-receipt.pdf"));
        const Slip slip = page->crateReceipt(receipt.value());
        QVERIFY(slipPlainText(slip.lines).contains(QStringLiteral("EN TROP")));
        QVERIFY(writeSlipPdf(slip, pdf));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
            QProcess render;
            render.start(QStringLiteral("pdftoppm"),
                         {QStringLiteral("-r"), QStringLiteral("110"), QStringLiteral("-png"),
                          QStringLiteral("-singlefile"), pdf, QDir(dir).filePath(QStringLiteral("crate-receipt"))});
            QVERIFY(render.waitForFinished(60000));
            QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("crate-receipt.png"))));
        }
        window().selectPage(MainWindow::Page::Capture);
    }

    // The supervisor's page in the desk's window at 1366 × 800, scan field and banner included:
    // the sentence, then the sites' table with at least ten rows in view (counted from the rows'
    // height and the viewport's); the charts one key away (Alt+H), the table back with Alt+T.
    void reportsPageFitsTheWindow()
    {
        ReportsPage* page = m_desk->reportsPage();
        QVERIFY(page);
        // No page, with the day's data in it, asks for more than a 1280 px counter screen beside the
        // navigation (the delivery page's summary on one line pushed the window to 1514 px; the rows
        // of buttons of the pull list, crates, delivery and capture pages to 1592 px until they wrapped).
        for (int p = 0; p < MainWindow::PageCount; ++p)
            QVERIFY2(window().pageWidget(MainWindow::Page(p))->minimumSizeHint().width() <= 1280 - 270,
                     qPrintable(QStringLiteral("page %1: %2 px")
                                    .arg(p)
                                    .arg(window().pageWidget(MainWindow::Page(p))->minimumSizeHint().width())));
        QVERIFY2(window().minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window().minimumSizeHint().width())));
        QCOMPARE(window().size(), QSize(1366, 800));
        QSignalSpy taken(page, &ReportsPage::taken);
        window().selectPage(MainWindow::Page::Reports); // opened: the day's report is taken
        QVERIFY(taken.wait(30000));
        QVERIFY(taken.first().first().toBool());
        QTableView* table = page->table();
        QVERIFY(table->model()->rowCount() >= 10);
        QCoreApplication::processEvents();
        QVERIFY(table->isVisible());
        auto* attention = page->findChild<QLabel*>(QStringLiteral("reportAttention"));
        QVERIFY(attention && attention->isVisible());
        QVERIFY(!attention->text().isEmpty());
        QVERIFY(attention->height() >= attention->heightForWidth(attention->width()));
        const int rowHeight = table->rowHeight(0);
        QVERIFY(rowHeight > 0);
        const int rows = table->viewport()->height() / rowHeight;
        qInfo() << "reports page:" << rows << "rows in view";
        QVERIFY2(rows >= 10, qPrintable(QStringLiteral("%1 rows in view (viewport %2 px, rows of %3 px)")
                                            .arg(rows)
                                            .arg(table->viewport()->height())
                                            .arg(rowHeight)));
        // The charts: a tab of their own, reached from the keyboard, with room to draw.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_H, Qt::AltModifier);
        QVERIFY(!table->isVisible());
        auto* charts = page->findChild<QWidget*>(QStringLiteral("reportCharts"));
        QVERIFY(charts && charts->isVisible());
        QVERIFY(charts->height() >= 300);
        QVERIFY(charts->width() >= 900);
        QTest::keyClick(page, Qt::Key_T, Qt::AltModifier);
        QVERIFY(table->isVisible());
        // Ctrl+F from the charts: the table and its filter.
        QTest::keyClick(page, Qt::Key_H, Qt::AltModifier);
        QTest::keyClick(page, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(table->isVisible());
        if (!qEnvironmentVariableIsEmpty("COMPTOIR_SHOTS"))
            QVERIFY(window().grab().save(
                QDir(qEnvironmentVariable("COMPTOIR_SHOTS")).filePath(QStringLiteral("reports-desk.png"))));
        window().selectPage(MainWindow::Page::Capture);
    }

    // Settings fits a 1366 × 768 screen, whichever tab is open (the desk's own pages included):
    // the dialog's minimum within 1300 × 720, what it asks for within the screen, and in it, no
    // tab wider than the room the dialog gives it (no sideways scrolling).
    void settingsFitASmallScreen()
    {
        bool checked = false;
        QTimer::singleShot(0, this, [&checked] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            checkSettingsDialog(dialog);
            checked = true;
            dialog->reject();
        });
        Q_EMIT window().settingsRequested();
        QVERIFY(checked);
        QVERIFY(!QTest::currentTestFailed());
    }

    void tablesAreReadable()
    {
        for (QTableWidget* table : window().findChildren<QTableWidget*>())
            QVERIFY2(table->font().pointSizeF() >= 10, qPrintable(table->objectName()));
    }

    // A network store set up in Settings while the desk is open (Settings > Network store, then
    // OK): its link connects, and the pull list and the crates page follow the other desks of the
    // site at once, without a restart. Last: the store stops with the test.
    void aNetworkStoreSetInSettingsStartsWithoutARestart()
    {
        using comptoir::test::NetStoreRig;
        NetStoreRig rig;
        COMPTOIR_START_NETSTORE_RIG(rig);
        QVERIFY(rig.addCounter(QStringLiteral("desk_here"), QStringLiteral("CENTRE")));
        QVERIFY(rig.addCounter(QStringLiteral("desk_other"), QStringLiteral("CENTRE")));
        PullListPage* pull = m_desk->pullListPage();
        pull->reload();
        QVERIFY(pull->total() > 0);
        const QString line = pull->lines().barcode(0);
        QVERIFY(!m_ws->networkStore().isConfigured());
        QVERIFY(pull->splitZonesButton()->isHidden());

        // What Settings > Network store writes (the password to the keychain), then OK.
        const netstore::StoreAddress address = rig.address(QStringLiteral("desk_here"));
        auto secrets = std::make_unique<ils::MemorySecretStore>();
        secrets->write(address.keychainKey(), NetStoreRig::passwordOf(QStringLiteral("desk_here")), [](Status) {});
        m_ws->setNetworkStoreSecrets(std::move(secrets));
        if (m_settings->value(settings::SiteId).isEmpty())
            m_settings->setValue(settings::SiteId, QStringLiteral("CENTRE"));
        m_settings->setValue(settings::NetStoreAddress, address.toUrl());
        m_desk->networkStoreChanged();
        QVERIFY(m_ws->networkStore().isConfigured());
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->networkStore().isConnected(), 15000);
        QVERIFY(!pull->splitZonesButton()->isHidden());

        // Another desk of the site pulls a line and opens a crate: both show here.
        auto other = rig.connect(QStringLiteral("desk_other"));
        QVERIFY(other->isOpen());
        auto event = [this](const QString& kind, const QString& object, const QJsonObject& payload) {
            return netstore::StoreEvent{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                        QStringLiteral("CENTRE"),
                                        kind,
                                        object,
                                        payload,
                                        m_clock.now()};
        };
        QVERIFY(other->publish(event(QStringLiteral("pull.pulled"), line, {})));
        QTRY_VERIFY_WITH_TIMEOUT(pull->whyNotListed(line).contains(QStringLiteral("desk_other")), 10000);
        const QString crate = QStringLiteral("CENTRE-OTHER-1");
        QVERIFY(other->publish(
            event(QStringLiteral("crate.open"), crate, {{QStringLiteral("destination"), QStringLiteral("NORD")}})));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QTableWidget* table = m_desk->cratesPage()->table();
                for (int r = 0; r < table->rowCount(); ++r)
                    if (table->item(r, 0) && table->item(r, 0)->text().contains(crate))
                        return true;
                return false;
            }(),
            10000);

        // The address removed again: the desk goes on alone, nothing taken elsewhere.
        m_settings->setValue(settings::NetStoreAddress, QString());
        m_desk->networkStoreChanged();
        QVERIFY(!m_ws->networkStore().isConfigured());
        QVERIFY(pull->splitZonesButton()->isHidden());
        pull->reload();
        QVERIFY(!pull->whyNotListed(line).contains(QStringLiteral("desk_other")));
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
