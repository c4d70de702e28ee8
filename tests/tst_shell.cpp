#include "I18n.h"
#include "MainWindow.h"
#include "ScanField.h"
#include "Settings.h"
#include "ToneSynth.h"
#include "VerdictBanner.h"
#include "store/LocalStore.h"
#include "support/MockClock.h"
#include "support/RecordingSoundSink.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

class TestShell : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        test::MockClock clock;
        LocalStore store{dir.path(), clock};
        Settings settings{dir.filePath(QStringLiteral("comptoir.ini"))};
        test::RecordingSoundSink sound;
        std::unique_ptr<MainWindow> window;

        bool start()
        {
            if (!store.open().ok())
                return false;
            window = std::make_unique<MainWindow>(store, settings, sound);
            window->show();
            QApplication::setActiveWindow(window.get());
            return QTest::qWaitForWindowActive(window.get());
        }
    };

    static void scan(MainWindow& window, const QString& text)
    {
        QTest::keyClicks(window.scanField(), text);
        QTest::keyClick(window.scanField(), Qt::Key_Return);
    }

private Q_SLOTS:
    // As the application does: English plural forms come from comptoir_en.qm.
    void initTestCase() { QVERIFY(i18n::install(*qApp, QStringLiteral("en"))); }

    void opensWithEveryPage()
    {
        Fixture f;
        QVERIFY(f.start());
        QCOMPARE(f.window->windowTitle(), QStringLiteral("Comptoir"));
        QCOMPARE(f.window->navigation()->count(), MainWindow::PageCount);
        QCOMPARE(f.window->currentPage(), MainWindow::Page::Capture);
        QStringList titles;
        for (int i = 0; i < f.window->navigation()->count(); ++i)
            titles << f.window->navigation()->item(i)->text();
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Pull list"), QStringLiteral("Capture"), QStringLiteral("Hold shelf"),
                              QStringLiteral("Click & collect"), QStringLiteral("Lookup"), QStringLiteral("Crates"),
                              QStringLiteral("Lockers"), QStringLiteral("Delivery"), QStringLiteral("Reports"),
                              QStringLiteral("Outbox")}));
        // Pages not built yet say so; the outbox page is a real one.
        for (int i = 0; i < MainWindow::PageCount - 1; ++i) {
            auto* label = f.window->pageWidget(MainWindow::Page(i))->findChild<QLabel*>(QStringLiteral("notBuiltYet"));
            QVERIFY2(label, qPrintable(titles[i]));
            QVERIFY(label->text().contains(QStringLiteral("not available yet")));
        }
        QVERIFY(!f.window->pageWidget(MainWindow::Page::Outbox)->findChild<QLabel*>(QStringLiteral("notBuiltYet")));
        QVERIFY(f.window->connectionLabel()->text().contains(QStringLiteral("Not configured")));
    }

    void navigationByShortcutAndClick()
    {
        Fixture f;
        QVERIFY(f.start());
        QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(f.window->currentPage(), MainWindow::Page::PullList);
        QTest::keyClick(f.window.get(), Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(f.window->currentPage(), MainWindow::Page::Reports); // the ninth page (the outbox is the tenth)
        f.window->selectPage(MainWindow::Page::Outbox);
        QListWidget* nav = f.window->navigation();
        const QRect crates = nav->visualItemRect(nav->item(int(MainWindow::Page::Crates)));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, crates.center());
        QCOMPARE(f.window->currentPage(), MainWindow::Page::Crates);
    }

    void scanFieldKeepsFocus()
    {
        Fixture f;
        QVERIFY(f.start());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(f.window->scanField()));
        QListWidget* nav = f.window->navigation();
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                          nav->visualItemRect(nav->item(int(MainWindow::Page::Outbox))).center());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(f.window->scanField()));
        // A table on the outbox page takes focus when clicked; the scan field takes it back.
        auto* table = f.window->pageWidget(MainWindow::Page::Outbox)->findChild<QTableWidget*>();
        QVERIFY(table);
        table->setFocus(Qt::MouseFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(f.window->scanField()));
        QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(f.window->scanField()));
        // A scan right after navigating goes to the scan field.
        scan(*f.window, QStringLiteral("31234000000016"));
        QCOMPARE(f.window->banner()->verdict().kind, VerdictKind::Warning);
    }

    void scanShowsVerdictAndPlaysItsSound()
    {
        Fixture f;
        QVERIFY(f.start());
        scan(*f.window, QStringLiteral("  31234000000016 "));
        QCOMPARE(f.window->banner()->verdict().kind, VerdictKind::Warning);
        QVERIFY(f.window->banner()->verdict().detail.contains(QStringLiteral("31234000000016")));
        QCOMPARE(f.window->banner()->property("verdictKind").toString(), QStringLiteral("warning"));
        QCOMPARE(f.sound.played, QList<VerdictKind>{VerdictKind::Warning});
        QVERIFY(f.window->scanField()->text().isEmpty());

        // What a scanner in the wrong keyboard layout or a noisy line can produce.
        f.window->scanField()->setText(QStringLiteral("3123é€"));
        QTest::keyClick(f.window->scanField(), Qt::Key_Return);
        QCOMPARE(f.window->banner()->verdict().kind, VerdictKind::Error);
        QCOMPARE(f.window->banner()->verdict().title, QStringLiteral("Unreadable code"));
        QCOMPARE(f.sound.played.last(), VerdictKind::Error);

        // An empty Enter does nothing.
        QTest::keyClick(f.window->scanField(), Qt::Key_Return);
        QCOMPARE(f.sound.played.size(), 2);

        // Once connected, scans go to the job pages through the signal.
        f.window->setConnectionState(ConnectionState::Online);
        QSignalSpy spy(f.window.get(), &MainWindow::scanned);
        scan(*f.window, QStringLiteral("23529001000463"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("23529001000463"));
    }

    void keyboardWedgeScansWhateverHasTheFocus()
    {
        Fixture f;
        QVERIFY(f.start());
        f.window->setConnectionState(ConnectionState::Online);
        QSignalSpy events(f.window.get(), &MainWindow::scannedEvent);
        // A form in another window has the focus (a search box, say).
        QWidget form;
        auto* field = new QLineEdit(&form);
        form.show();
        QApplication::setActiveWindow(&form);
        QVERIFY(QTest::qWaitForWindowActive(&form));
        field->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(field));
        // Scanner speed: the burst goes to the scan stream, not into the form.
        QTest::keyClicks(field, QStringLiteral("31234000000016"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(events.size(), 1);
        auto event = events.takeFirst().first().value<devices::ScanEvent>();
        QCOMPARE(event.code, QStringLiteral("31234000000016"));
        QCOMPARE(event.source, devices::ScanSource::KeyboardWedge);
        QCOMPARE(event.kind, devices::CodeKind::Item);
        QVERIFY(field->text().isEmpty());
        // Human speed: the form gets every key, nothing is scanned.
        for (const QChar c : QStringLiteral("dupont")) {
            QTest::keyClick(field, c.toLatin1());
            QTest::qWait(120);
        }
        QTRY_COMPARE(field->text(), QStringLiteral("dupont"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(events.size(), 0);
        // A scanner set up for QWERTY on this AZERTY desk types symbols: mapped back to digits.
        field->clear();
        for (const QChar c : QStringLiteral("\"&é\"'((((((&àç")) // keys with their text, as a French keyboard sends
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().first().value<devices::ScanEvent>().code, QStringLiteral("31234555555109"));
        QVERIFY(field->text().isEmpty());
        // In a modal dialog the scanner types into its field, as a keyboard.
        QDialog dialog;
        auto* dialogField = new QLineEdit(&dialog);
        dialog.setModal(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialogField->setFocus();
        QTest::keyClicks(dialogField, QStringLiteral("31234000000016"));
        QCOMPARE(dialogField->text(), QStringLiteral("31234000000016"));
        QCOMPARE(events.size(), 1);
    }

    void wrongCheckDigitWarnsAndF8UsesItAnyway()
    {
        Fixture f;
        QVERIFY(f.start());
        f.window->setConnectionState(ConnectionState::Online);
        QSignalSpy spy(f.window.get(), &MainWindow::scannedEvent);
        scan(*f.window, QStringLiteral("31234000000019"));
        QCOMPARE(spy.size(), 0);
        QCOMPARE(f.window->banner()->verdict().kind, VerdictKind::Warning);
        QCOMPARE(f.window->banner()->verdict().title, QStringLiteral("Check digit wrong"));
        QVERIFY(f.window->banner()->verdict().detail.contains(QStringLiteral("F8")));
        QCOMPARE(f.sound.played.last(), VerdictKind::Warning);
        QTest::keyClick(f.window.get(), Qt::Key_F8);
        QCOMPARE(spy.size(), 1);
        const auto event = spy.first().first().value<devices::ScanEvent>();
        QVERIFY(event.checkDigitFailed && event.confirmed);
        // Scanning it again is the other way to confirm.
        spy.clear();
        scan(*f.window, QStringLiteral("31234000000027"));
        QCOMPARE(spy.size(), 0);
        scan(*f.window, QStringLiteral("31234000000027"));
        QCOMPARE(spy.size(), 1);
        // Devices in the status bar.
        f.window->setDeviceStatus(QStringLiteral("scanner"), QStringLiteral("Scanner ready"), true);
        QVERIFY(f.window->deviceLabel()->isVisibleTo(f.window.get()));
        f.window->setDeviceStatus(QStringLiteral("pad"), QStringLiteral("RFID pad reconnecting…"), false);
        QVERIFY(f.window->deviceLabel()->text().contains(QStringLiteral("Scanner ready")));
        QVERIFY(f.window->deviceLabel()->text().contains(QStringLiteral("RFID pad")));
    }

    void statusBarShowsConnectionAndOutbox()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.window->outboxLabel()->text().contains(QStringLiteral("0 actions waiting")));
        OutboxAction a;
        a.kind = QStringLiteral("checkin");
        a.workstation = QStringLiteral("desk");
        a.staff = QStringLiteral("marie");
        const QString uuid = f.store.outbox().append(a).value().uuid;
        QVERIFY(f.store.outbox().append(a).ok());
        QVERIFY(f.store.outbox().sendToReview(uuid, QStringLiteral("refused")).ok());
        f.window->refreshOutboxCount();
        QVERIFY2(f.window->outboxLabel()->text().contains(QStringLiteral("1 action waiting")),
                 qPrintable(f.window->outboxLabel()->text()));
        QVERIFY(f.window->outboxLabel()->text().contains(QStringLiteral("1 to review")));

        for (auto state : {ConnectionState::Online, ConnectionState::Offline, ConnectionState::IlsUnavailable}) {
            f.window->setConnectionState(state);
            QVERIFY(f.window->connectionLabel()->text().contains(connectionStateText(state)));
        }
        QVERIFY(f.window->connectionLabel()->text().contains(QStringLiteral("Library system unavailable")));

        // The outbox page lists what is waiting.
        f.window->selectPage(MainWindow::Page::Outbox);
        auto* table = f.window->pageWidget(MainWindow::Page::Outbox)->findChild<QTableWidget*>();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Check-in"));
    }

    void verdictKindsAreDistinct()
    {
        QSet<QRgb> colours;
        QSet<QString> glyphs;
        QSet<QByteArray> sounds;
        for (VerdictKind kind : AllVerdictKinds) {
            colours.insert(VerdictBanner::background(kind).rgb());
            glyphs.insert(VerdictBanner::glyph(kind));
            const QByteArray pcm = ToneSynth::pcm(kind);
            QVERIFY(pcm.size() > ToneSynth::SampleRate / 20); // at least 50 ms
            sounds.insert(pcm);
            const QByteArray wav = ToneSynth::wav(kind);
            QVERIFY(wav.startsWith("RIFF"));
            QCOMPARE(wav.size(), pcm.size() + 44);
        }
        const int kinds = int(std::size(AllVerdictKinds));
        QCOMPARE(colours.size(), kinds);
        QCOMPARE(glyphs.size(), kinds);
        QCOMPARE(sounds.size(), kinds);
        QVERIFY(ToneSynth::pcm(VerdictKind::Idle).isEmpty());
        // Silence at volume 0.
        const QByteArray quiet = ToneSynth::pcm(VerdictKind::Error, 0);
        QCOMPARE(quiet.count('\0'), quiet.size());
    }

    void opensInFrench()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("fr")));
        Fixture f;
        QVERIFY(f.start());
        QCOMPARE(f.window->navigation()->item(0)->text(), QStringLiteral("Liste à prélever"));
        QCOMPARE(f.window->banner()->verdict().title, QStringLiteral("En attente d\u2019un scan"));
        QVERIFY(f.window->connectionLabel()->text().contains(QStringLiteral("Non configuré")));
        QVERIFY(f.window->outboxLabel()->text().contains(QStringLiteral("Actions en attente\u00A0: 0")));
        scan(*f.window, QStringLiteral("31234000000016"));
        QCOMPARE(f.window->banner()->verdict().title, QStringLiteral("Aucun SIGB connecté"));
    }

    void languageResolution()
    {
        QCOMPARE(i18n::resolveLanguage(QStringLiteral("en"), QLocale(QLocale::French)), QStringLiteral("en"));
        QCOMPARE(i18n::resolveLanguage(QStringLiteral("FR"), QLocale(QLocale::English)), QStringLiteral("fr"));
        QCOMPARE(i18n::resolveLanguage(QString(), QLocale(QLocale::French, QLocale::Belgium)), QStringLiteral("fr"));
        QCOMPARE(i18n::resolveLanguage(QString(), QLocale(QLocale::German)), QStringLiteral("en"));
        QCOMPARE(i18n::resolveLanguage(QString(), QLocale(QLocale::English, QLocale::Canada)), QStringLiteral("en"));
        QCOMPARE(i18n::resolveLanguage(QString(), QLocale::c()), QStringLiteral("fr"));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
