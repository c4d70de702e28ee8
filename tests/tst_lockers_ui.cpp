// The Lockers page and the patron kiosk against a locker bank of simulated boards and the training
// library; screenshots of the door map and the kiosk's screens go to /tmp/lockers-shots.
#include "KioskWindow.h"
#include "LockerDoorMap.h"
#include "LockerSettingsPage.h"
#include "LockersPage.h"
#include "Settings.h"
#include "SlipPrinter.h"
#include "support/LockerRig.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSerialPort>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace comptoir;
using namespace comptoir::lockers;
using comptoir::test::BankRig;

namespace {
void shoot(QWidget& widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/lockers-shots"));
    widget.grab().save(QStringLiteral("/tmp/lockers-shots/%1.png").arg(name));
}
} // namespace

class TestLockersUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageAndKiosk();
    void vendorBank();
    void settingsPage();
    void kioskReceipt();

private:
    QTemporaryDir m_dir;
};

void TestLockersUi::pageAndKiosk()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    test::InProcessSandbox sandbox;
    QVERIFY(sandbox.start({}));
    QDir().mkpath(m_dir.filePath(QStringLiteral("page")));
    BankRig rig(sandbox, m_dir.filePath(QStringLiteral("page")));
    QVERIFY(rig.ok);
    QVERIFY(rig.syncCache());
    const auto items = rig.itemsForBank(5);
    QCOMPARE(items.size(), 5);
    QVERIFY(rig.startService());
    QVERIFY(BankRig::waitFor([&] { return rig.service->ready(); }));

    LockersPage page(*rig.service, rig.clock);
    // On a short screen every door keeps its label and state line readable, and the bank scrolls
    // to the chosen door (on a 1280 × 800 counter the last rows were drawn off the page).
    page.resize(1000, 420);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    {
        LockerDoorMap* map = page.doorMap();
        auto* scroll = page.findChild<QScrollArea*>(QStringLiteral("lockerMapScroll"));
        QVERIFY(scroll);
        const int lines = QFontMetrics(map->font()).height() * 2;
        QTRY_VERIFY(map->height() >= map->minimumSizeHint().height());
        map->select(QString()); // nothing
        const QList<LockerDoor> doors = rig.service->store().doors().value();
        QVERIFY(!doors.isEmpty());
        map->select(doors.first().uuid);
        QVERIFY(map->selectedRect().height() >= lines);
        if (map->minimumSizeHint().height() > scroll->viewport()->height()) {
            QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
            map->select(doors.last().uuid);
            const QRect last = map->selectedRect();
            QTRY_VERIFY(scroll->viewport()->rect().contains(
                QRect(map->mapTo(scroll->viewport(), last.topLeft()), last.size()).center()));
        }
    }
    page.resize(1100, 760);
    QList<Verdict> verdicts;
    connect(&page, &LockersPage::verdictReady, this, [&](const Verdict& v) { verdicts << v; });
    // Scanner loading from the page: the door opens and is chosen on the map.
    const Verdict opening = page.handleScan(items[0].first);
    QCOMPARE(opening.kind, VerdictKind::HoldHere);
    const QString first = page.doorMap()->selected();
    const LockerDoor d0 = rig.door(first);
    QVERIFY(opening.title.contains(d0.label));
    QVERIFY(BankRig::waitFor([&] { return rig.seenOpen(d0); }));
    rig.twin.setItem(d0.board, d0.lock, true);
    rig.twin.closeDoor(d0.board, d0.lock);
    QVERIFY(BankRig::waitFor([&] { return rig.door(first).state == DoorState::Loaded; }));
    QVERIFY(BankRig::waitFor([&] {
        for (const Verdict& v : verdicts)
            if (v.title.contains(d0.label) && v.kind == VerdictKind::HoldHere)
                return true;
        return false;
    }));
    for (int i = 1; i < 3; ++i)
        QVERIFY(rig.loadOne(items[i].first));
    // An expired door, a jammed one, a return.
    LockerStore& store = rig.service->store();
    QString expiredUuid, jammedUuid;
    for (const LockerDoor& d : store.doors().value()) {
        if (d.state == DoorState::Free && !d.returns && expiredUuid.isEmpty() && d.label.startsWith(u'B'))
            expiredUuid = d.uuid;
        else if (d.state == DoorState::Free && !d.returns && jammedUuid.isEmpty() && d.label.startsWith(u'B'))
            jammedUuid = d.uuid;
    }
    QVERIFY(store
                .assignForLoading(expiredUuid, QStringLiteral("31042000099998"), 0, QStringLiteral("Old"),
                                  QStringLiteral("29999999999999"), QStringLiteral("MAR… A."),
                                  rig.clock.now().date().addDays(-2))
                .ok());
    QVERIFY(store.completeLoading(expiredUuid, QStringLiteral("CASGARE")).ok());
    QVERIFY(store.setState(jammedUuid, DoorState::Jammed, QStringLiteral("test")).ok());
    QVERIFY(rig.service->deposit(items[4].first).kind == LockerOutcome::Kind::ReturnOpening);
    page.reload();
    QVERIFY(rig.door(expiredUuid).expired(rig.clock.now().date()));
    QCOMPARE(LockerDoorMap::stateText(rig.door(expiredUuid), rig.clock.now().date()), QStringLiteral("Expired"));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("lockerSummary"))->text().contains(QStringLiteral("jammed 1")));
    // Keyboard: arrows move on the map, Enter on the expired door opens it to be emptied.
    page.doorMap()->setFocus();
    const QString before = page.doorMap()->selected();
    QTest::keyClick(page.doorMap(), Qt::Key_Down);
    QVERIFY(page.doorMap()->selected() != before);
    page.doorMap()->select(expiredUuid);
    QTest::qWait(50);
    shoot(page, QStringLiteral("door-map"));
    QTest::keyClick(page.doorMap(), Qt::Key_Return);
    QVERIFY(BankRig::waitFor([&] { return rig.door(expiredUuid).state == DoorState::Clearing; }));
    QVERIFY(!verdicts.isEmpty());
    QVERIFY(verdicts.last().title.contains(rig.door(expiredUuid).label));
    const LockerDoor ex = rig.door(expiredUuid);
    QVERIFY(BankRig::waitFor([&] { return rig.seenOpen(ex); }));
    rig.twin.closeDoor(ex.board, ex.lock);
    QVERIFY(BankRig::waitFor([&] { return rig.door(expiredUuid).state == DoorState::Free; }));

    // The kiosk.
    KioskWindow kiosk(*rig.service);
    kiosk.setHelpPhone(QStringLiteral("03 20 00 00 00"));
    kiosk.resize(1280, 800);
    kiosk.show();
    bool exit = false;
    connect(&kiosk, &KioskWindow::exitRequested, this, [&] { exit = true; });
    kiosk.setStaff([](const QString& card) { return card == QLatin1String("STAFF-1"); },
                   [](const QString& card, const QString& pin) {
                       return card == QLatin1String("STAFF-1") && pin == QLatin1String("4321");
                   });
    QCOMPARE(kiosk.screen(), KioskWindow::Screen::Welcome);
    shoot(kiosk, QStringLiteral("kiosk-welcome"));
    // Someone with nothing here: told so, and nothing about anyone else.
    kiosk.scanned(items[3].second);
    QCOMPARE(kiosk.screen(), KioskWindow::Screen::NothingWaiting);
    for (QLabel* label : kiosk.findChildren<QLabel*>())
        for (const LockerDoor& d : store.doors().value())
            if (!d.patronName.isEmpty())
                QVERIFY(!label->text().contains(d.patronName));
    shoot(kiosk, QStringLiteral("kiosk-nothing-waiting"));
    kiosk.showScreen(KioskWindow::Screen::Welcome);
    // A patron's card: their door opens; closed again, goodbye.
    kiosk.scanned(items[1].second);
    QCOMPARE(kiosk.screen(), KioskWindow::Screen::DoorsOpen);
    QVERIFY(kiosk.headline().contains(QStringLiteral("open")));
    shoot(kiosk, QStringLiteral("kiosk-doors-open"));
    LockerDoor taken;
    for (const LockerDoor& d : store.doors().value())
        if (d.patronCard == items[1].second)
            taken = d;
    QVERIFY(BankRig::waitFor([&] { return rig.seenOpen(taken); }));
    QVERIFY(BankRig::waitFor([&] { return test::checkedOut(sandbox, items[1].first); }));
    rig.twin.setItem(taken.board, taken.lock, false);
    rig.twin.closeDoor(taken.board, taken.lock);
    QVERIFY(BankRig::waitFor([&] { return kiosk.headline().contains(QStringLiteral("goodbye")); }));
    // The keypad: a card number typed on the touch keys.
    kiosk.showScreen(KioskWindow::Screen::Welcome);
    kiosk.findChild<QPushButton*>(QStringLiteral("kioskTypeCard"))->click();
    QCOMPARE(kiosk.screen(), KioskWindow::Screen::Keypad);
    shoot(kiosk, QStringLiteral("kiosk-keypad"));
    // Escape reaches nothing; only a staff card and its PIN close the kiosk.
    QTest::keyClick(&kiosk, Qt::Key_Escape);
    QVERIFY(!exit);
    kiosk.scanned(QStringLiteral("STAFF-1"));
    QCOMPARE(kiosk.screen(), KioskWindow::Screen::Keypad);
    for (const QString& key : {QStringLiteral("1"), QStringLiteral("1")})
        for (QPushButton* b : kiosk.findChildren<QPushButton*>())
            if (b->text() == key)
                b->click();
    for (QPushButton* b : kiosk.findChildren<QPushButton*>())
        if (b->text() == QLatin1String("OK"))
            b->click();
    QVERIFY(!exit); // wrong PIN
    kiosk.scanned(QStringLiteral("STAFF-1"));
    for (const QString& key :
         {QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("OK")})
        for (QPushButton* b : kiosk.findChildren<QPushButton*>())
            if (b->text() == key)
                b->click();
    QVERIFY(exit);
    // A board lost: out of service, with the phone number.
    rig.twin.setSilent(0, true);
    QVERIFY(BankRig::waitFor([&] { return rig.service->boardDown(); }, 30000));
    kiosk.showScreen(KioskWindow::Screen::Welcome);
    QCOMPARE(kiosk.screen(), KioskWindow::Screen::OutOfService);
    QVERIFY(kiosk.findChild<QLabel*>(QStringLiteral("kioskText"))
                ->text()
                .contains(QStringLiteral("03 20 00 00 00").replace(QLatin1Char(' '), QChar(0x00A0))));
    shoot(kiosk, QStringLiteral("kiosk-out-of-service"));
    kiosk.scanned(items[2].second);
    QCOMPARE(kiosk.screen(), KioskWindow::Screen::OutOfService);
    page.reload();
    shoot(page, QStringLiteral("door-map-board-down"));
}

void TestLockersUi::vendorBank()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    test::InProcessSandbox sandbox;
    QVERIFY(sandbox.start({}));
    QDir().mkpath(m_dir.filePath(QStringLiteral("vendor")));
    BankRig rig(sandbox, m_dir.filePath(QStringLiteral("vendor")));
    QVERIFY(rig.ok);
    QVERIFY(rig.syncCache());
    const auto items = rig.itemsForBank(2);
    // A vendor bank: 12 doors, no boards of ours.
    BankConfig vendor;
    vendor.id = QStringLiteral("CASGARE");
    vendor.name = QStringLiteral("Casiers de retrait – Gare");
    vendor.vendor = true;
    for (int i = 1; i <= 12; ++i)
        vendor.doors.append({0, i, DoorSize::Medium, QStringLiteral("V%1").arg(i, 2, 10, QLatin1Char('0'))});
    LockerService service(rig.outbox, rig.cache, rig.sip, rig.clock, vendor, QStringLiteral("casiers"),
                          QStringLiteral("agent"));
    QVERIFY(service.open().ok());
    QVERIFY(service.ready());
    LockersPage page(service, rig.clock);
    page.resize(1100, 760);
    page.show();
    QVERIFY(page.loadingList());
    const int listed = page.loadingList()->rowCount();
    QVERIFY(listed >= 2);
    // The door's label before an item: said so.
    QCOMPARE(page.handleScan(QStringLiteral("V03")).kind, VerdictKind::Warning);
    QCOMPARE(page.handleScan(items[0].first).kind, VerdictKind::HoldHere);
    const Verdict recorded = page.handleScan(QStringLiteral("v03"));
    QVERIFY(recorded.title.contains(QStringLiteral("V03")));
    QCOMPARE(page.loadingList()->rowCount(), listed - 1);
    QVERIFY(BankRig::waitFor([&] { return rig.pending() == 0; }));
    QCOMPARE(test::holdStatus(sandbox, items[0].first), QStringLiteral("W@CASGARE"));
    shoot(page, QStringLiteral("vendor-bank"));
}

void TestLockersUi::settingsPage()
{
    Settings settings(m_dir.filePath(QStringLiteral("comptoir.ini")));
    LockerSettingsPage page(settings);
    page.resize(1200, 700);
    page.setBank(BankConfig::training(QStringLiteral("/dev/ttyUSB0")));
    page.show();
    // The item type table is editable: DVDs go to medium doors from now on.
    for (int r = 0; r < page.sizes()->rowCount(); ++r)
        if (page.sizes()->item(r, 0)->text() == QLatin1String("DVD"))
            page.sizes()->item(r, 1)->setText(QStringLiteral("M"));
    QVERIFY(page.apply().ok());
    auto banks = banksFromJson(settings.value(settings::LockerBanks));
    QVERIFY(banks);
    QCOMPARE(banks.value().size(), 1);
    QCOMPARE(banks.value().first().sizeFor(QStringLiteral("DVD")), DoorSize::Medium);
    QCOMPARE(banks.value().first().doors.size(), 32);
    QTest::qWait(20);
    shoot(page, QStringLiteral("settings-lockers"));
    // Two doors on one lock: refused, nothing saved, the page says why.
    page.doors()->item(1, 1)->setText(QStringLiteral("1"));
    QVERIFY(!page.apply().ok());
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("lockerSettingsProblem"))->text().isEmpty());
    QCOMPARE(banksFromJson(settings.value(settings::LockerBanks)).value().first().doors[1].lock, 2);
}

// The kiosk prints the patron's receipt when it opens their doors: what the doors held, the doors,
// the date, the name as the privacy setting shows it (never the card), on the counter's printer:
// ESC/POS to an 80 mm printer on a serial line (a pty pair here), a PDF when no system printer
// takes it. A printer that fails does not change what the screen says.
void TestLockersUi::kioskReceipt()
{
    if (!sandbox::PtyPair::available())
        QSKIP("socat is not installed");
    test::InProcessSandbox sandbox;
    QVERIFY(sandbox.start({}));
    const QString dir = m_dir.filePath(QStringLiteral("receipt"));
    QDir().mkpath(dir);
    BankRig rig(sandbox, dir);
    QVERIFY(rig.ok);
    QVERIFY(rig.syncCache());
    const auto items = rig.itemsForBank(3);
    QCOMPARE(items.size(), 3);
    QVERIFY(rig.startService());
    QVERIFY(BankRig::waitFor([&] { return rig.service->ready(); }));
    QStringList doorOf;
    for (const auto& item : items) {
        QString door;
        QVERIFY(rig.loadOne(item.first, &door));
        doorOf << door;
    }
    KioskWindow kiosk(*rig.service);
    kiosk.resize(1280, 800);
    kiosk.show();
    QList<PrintOutcome> outcomes;
    connect(&kiosk, &KioskWindow::receiptPrinted, this, [&](const PrintOutcome& o) { outcomes << o; });
    const auto pickUp = [&](int i) {
        const LockerDoor door = rig.door(doorOf[i]);
        kiosk.showScreen(KioskWindow::Screen::Welcome);
        kiosk.scanned(items[i].second);
        if (kiosk.screen() != KioskWindow::Screen::DoorsOpen || !kiosk.headline().contains(door.label))
            return false;
        if (!BankRig::waitFor([&] { return rig.seenOpen(door); }))
            return false;
        rig.twin.setItem(door.board, door.lock, false);
        rig.twin.closeDoor(door.board, door.lock);
        return BankRig::waitFor([&] { return rig.door(door.uuid).state == DoorState::Free; });
    };

    // ESC/POS on a serial line: the printer reads the other end of a pty pair.
    const QString printerEnd = dir + QStringLiteral("/printer");
    const QString kioskEnd = dir + QStringLiteral("/kiosk-printer");
    QProcess socat;
    socat.start(QStringLiteral("socat"), {QStringLiteral("pty,raw,echo=0,link=") + printerEnd,
                                          QStringLiteral("pty,raw,echo=0,link=") + kioskEnd});
    QVERIFY(socat.waitForStarted());
    QVERIFY(BankRig::waitFor([&] { return QFileInfo::exists(printerEnd) && QFileInfo::exists(kioskEnd); }));
    QSerialPort printerPort(QFileInfo(printerEnd).canonicalFilePath());
    QVERIFY(printerPort.open(QIODevice::ReadOnly));
    QByteArray received;
    connect(&printerPort, &QSerialPort::readyRead, this, [&] { received += printerPort.readAll(); });
    SlipPrinter escPos;
    escPos.configure(SlipPrinter::Output::Serial, QFileInfo(kioskEnd).canonicalFilePath(), 19200);
    escPos.setPdfFolder(dir + QStringLiteral("/not-printed"));
    kiosk.setReceiptPrinter(&escPos, nullptr, QStringLiteral("Casiers de la gare"), QStringLiteral("kiosque"));
    const LockerDoor first = rig.door(doorOf[0]);
    QVERIFY(!first.patronName.isEmpty());
    QVERIFY(pickUp(0));
    QVERIFY(BankRig::waitFor([&] { return outcomes.size() == 1; }));
    QVERIFY2(outcomes[0].printed(), qPrintable(outcomes[0].problem));
    QVERIFY(BankRig::waitFor(
        [&] { return received.contains(items[0].first.toLatin1()) && received.contains("\x1d\x56"); }));
    QVERIFY(received.startsWith("\x1b\x40")); // ESC @: the printer initialised
    QVERIFY(received.contains(QByteArray(QByteArray("Casier ") + first.label.toLatin1())));
    QVERIFY(received.contains(first.patronName.left(3).toLatin1())); // the masked name
    QVERIFY(received.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")).toLatin1()) ||
            received.contains(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat).toLatin1()));
    QVERIFY(!received.contains(items[0].second.toLatin1())); // never the card
    socat.terminate();
    socat.waitForFinished();

    // No system printer: the receipt is a PDF in the folder for slips not printed.
    SlipPrinter system;
    system.configure(SlipPrinter::Output::System);
    system.systemPrinterAvailable = [] { return false; };
    system.setPdfFolder(dir + QStringLiteral("/pdf"));
    kiosk.setReceiptPrinter(&system, nullptr, QStringLiteral("Casiers de la gare"), QStringLiteral("kiosque"));
    const LockerDoor second = rig.door(doorOf[1]);
    QVERIFY(pickUp(1));
    QVERIFY(BankRig::waitFor([&] { return outcomes.size() == 2; }));
    QCOMPARE(outcomes[1].where, PrintOutcome::Where::PdfFile);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {outcomes[1].place, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(20000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("VOS RÉSERVATIONS")), qPrintable(text));
    QVERIFY(text.contains(items[1].first));
    QVERIFY(text.contains(QStringLiteral("Casier ") + second.label));
    QVERIFY(text.contains(second.patronName));
    QVERIFY(!text.contains(items[1].second));

    // A printer that fails (nothing answers on its port, and no folder to write the PDF in): the
    // doors still open and the screen says so.
    SlipPrinter broken;
    broken.configure(SlipPrinter::Output::Serial, dir + QStringLiteral("/no-printer-here"), 19200);
    broken.setPdfFolder(QStringLiteral("/proc/no-folder-here"));
    kiosk.setReceiptPrinter(&broken, nullptr, QStringLiteral("Casiers de la gare"), QStringLiteral("kiosque"));
    const LockerDoor third = rig.door(doorOf[2]);
    kiosk.showScreen(KioskWindow::Screen::Welcome);
    kiosk.scanned(items[2].second);
    QCOMPARE(kiosk.screen(), KioskWindow::Screen::DoorsOpen);
    QVERIFY(BankRig::waitFor([&] { return outcomes.size() == 3; }));
    QVERIFY(!outcomes[2].printed());
    QCOMPARE(kiosk.screen(), KioskWindow::Screen::DoorsOpen);
    QVERIFY(kiosk.headline().contains(third.label));
    QVERIFY(BankRig::waitFor([&] { return rig.seenOpen(third); }));
    QVERIFY(BankRig::waitFor([&] { return test::checkedOut(sandbox, items[2].first); }));
}

QTEST_MAIN(TestLockersUi)
#include "tst_lockers_ui.moc"
