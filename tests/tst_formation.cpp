// The guided course (comptoir --formation): the exercise files' parser (a good file, each kind of
// malformed file refused with its line and the reason), and every shipped exercise completed by
// driving the real counter offscreen (scans typed into the scan field) against a real training
// library, each first with its last step skipped: the check fails with the exercise's own sentence.
#include "CratesPage.h"
#include "Desk.h"
#include "FormationPanel.h"
#include "HoldShelfPage.h"
#include "I18n.h"
#include "MainWindow.h"
#include "ScanField.h"
#include "Settings.h"
#include "SlipPrinter.h"
#include "VerdictBanner.h"
#include "Workstation.h"
#include "demo/DeviceTwins.h"
#include "demo/LockBoardTwin.h"
#include "desk/IlsSession.h"
#include "desk/Replayer.h"
#include "formation/Course.h"
#include "formation/Exercise.h"
#include "lockers/LockerConfig.h"
#include "lockers/LockerStore.h"
#include "sandbox/KohaRestServer.h"
#include "sandbox/Sip2Server.h"
#include "store/Outbox.h"
#include "support/InProcessSandbox.h"
#include "support/MockClock.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace comptoir;
using comptoir::test::InProcessSandbox;

namespace {

const QByteArray GoodFile = QByteArrayLiteral("# Un exercice\n"
                                              "[exercice]\n"
                                              "titre = La tournée du matin\n"
                                              "objectif = Prélevez les documents.\n"
                                              "ordre = 5\n"
                                              "indice = Premier indice.\n"
                                              "indice = Deuxième indice.\n"
                                              "\n"
                                              "[préparation]\n"
                                              "sujet = liste-à-prélever 10\n"
                                              "sujet = lecteur-en-attente\n"
                                              "\n"
                                              "[contrôle]\n"
                                              "règle = rendus\n"
                                              "message = {n} documents sont encore sur la liste à prélever : "
                                              "{documents}\n"
                                              "message.un = 1 document est encore sur la liste : {documents}\n"
                                              "points = 7\n"
                                              "[contrôle]\n"
                                              "règle = ordre\n"
                                              "message = hors de l’ordre : {document}\n");

} // namespace

class TestFormation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    InProcessSandbox m_sandbox;
    comptoir::test::MockClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Workstation> m_ws;
    std::unique_ptr<Desk> m_desk;
    FormationPanel* m_panel = nullptr;
    // The training library's locker bank on simulated boards, as comptoir --formation has it.
    std::unique_ptr<sandbox::PtyPair> m_lockerLine;
    std::unique_ptr<sandbox::SimulatedLockBoards> m_lockerBoards;

    MainWindow& window() { return m_desk->window(); }
    const Verdict& verdict() { return window().banner()->verdict(); }
    int pending() { return m_ws->store().outbox().count(OutboxAction::State::Pending).value(); }
    void settle()
    {
        QVERIFY(QTest::qWaitFor(
            [this] {
                if (pending() > 0 && !m_ws->session().replayer().isRunning())
                    m_ws->session().replayer().replay();
                return pending() == 0;
            },
            20000));
    }
    // Types a code into the scan field and presses Enter, as a keyboard-wedge scanner does; waits
    // for the banner to change and the outbox to settle.
    void scan(const QString& code)
    {
        const QString before = verdict().title + verdict().detail;
        window().scanField()->setText(code);
        QTest::keyClick(window().scanField(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return verdict().title + verdict().detail != before; }, 10000));
        settle();
    }
    int exerciseIndex(const QString& id)
    {
        const auto& attempts = m_panel->course().attempts();
        for (int i = 0; i < attempts.size(); ++i)
            if (attempts[i].exercise.id == id)
                return i;
        return -1;
    }
    // The locker door a document was given (loading or in it), as the outbox has it.
    lockers::LockerDoor lockerDoorOf(const QString& barcode)
    {
        lockers::LockerDoor door;
        auto q = m_ws->store().outbox().database().exec(
            QStringLiteral("SELECT d.uuid, d.board, d.lock FROM locker_items i JOIN locker_doors d ON d.uuid = "
                           "i.door_uuid WHERE i.barcode = ? AND i.state IN ('loading', 'in')"),
            {barcode});
        if (q && q.value().next()) {
            door.uuid = q.value().value(0).toString();
            door.board = q.value().value(1).toInt();
            door.lock = q.value().value(2).toInt();
        }
        return door;
    }
    QString lockerItemState(const QString& barcode)
    {
        auto state = m_ws->store().outbox().database().scalar(
            QStringLiteral("SELECT state FROM locker_items WHERE barcode = ? ORDER BY placed_at DESC LIMIT 1"),
            {barcode});
        return state ? state.value().toString() : QString();
    }
    // At the bank: the scan opens a door; once the boards have been read with it open, the
    // document goes in and the door is closed.
    void loadLocker(const QString& barcode)
    {
        scan(barcode);
        const lockers::LockerDoor door = lockerDoorOf(barcode);
        QVERIFY2(!door.uuid.isEmpty(), qPrintable(verdict().title + QStringLiteral(" — ") + verdict().detail));
        QVERIFY(QTest::qWaitFor([&] { return !m_lockerBoards->door(door.board, door.lock).closed; }, 10000));
        const int requests = m_lockerBoards->requests();
        QVERIFY(QTest::qWaitFor([&] { return m_lockerBoards->requests() >= requests + 3; }, 10000));
        m_lockerBoards->setItem(door.board, door.lock, true);
        m_lockerBoards->closeDoor(door.board, door.lock);
        QVERIFY(QTest::qWaitFor([&] { return lockerItemState(barcode) == QLatin1String("in"); }, 15000));
        settle();
    }
    // The locker bank's requests come with a sync of their own, after the counter's first: the
    // exercises that lacked them choose their subjects again.
    void waitForBankRequests()
    {
        QVERIFY(QTest::qWaitFor(
            [this] {
                auto n = m_ws->store().cache().database().scalar(
                    QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = 'CASGARE'"));
                return n && n.value().toInt() > 0;
            },
            30000));
        m_panel->course().retryMissing();
    }
    const formation::Subjects& subjects(int index) { return m_panel->course().attempt(index).subjects; }
    // "Check my work": the training library and the outbox read, the checks run.
    QStringList check(int index)
    {
        m_panel->selectExercise(index);
        QSignalSpy done(m_panel, &FormationPanel::checked);
        m_panel->runCheck();
        if (!QTest::qWaitFor([&] { return done.size() == 1; }, 20000))
            return {QStringLiteral("(no answer)")};
        return m_panel->lastMessages();
    }
    // A page for the help: 800 px wide, reduced to a palette of 256 colours (a screen of flat
    // colours and text: small, and still sharp).
    static QImage helpScreenshot(QWidget& widget)
    {
        const QImage full = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QImage small = full.scaledToWidth(800, Qt::SmoothTransformation);
        return small.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::PreferDither);
    }
    static void shot(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("COMPTOIR_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // COMPTOIR_LANG=fr for the help's French screenshots (the checks' sentences are the files').
        const QString language = qEnvironmentVariable("COMPTOIR_LANG", QStringLiteral("en"));
        QVERIFY(i18n::install(*qApp, language));
        // The course's own network: the training library's default size and seed, as
        // comptoir --formation generates it.
        InProcessSandbox::Size size;
        size.items = 60000;
        size.patrons = 20000;
        size.holds = 6000;
        size.seed = 1;
        QVERIFY(m_sandbox.start(size));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("comptoir.ini")));
        // Home delivery and the locker bank as the training library has them.
        m_settings->setValue(settings::DeliveryLocation, QStringLiteral("LIVRAISON"));
        m_settings->setValue(settings::DeliveryTowns, QStringLiteral("Villeurbanne-sur-Lys"));
        m_settings->setValue(settings::DeliveryPostalCodes, QStringLiteral("59100"));
        if (sandbox::PtyPair::available()) {
            m_lockerLine = std::make_unique<sandbox::PtyPair>(m_dir.filePath(QStringLiteral("lockers-sim")),
                                                              m_dir.filePath(QStringLiteral("lockers")));
            QVERIFY(m_lockerLine->start());
            const lockers::BankConfig bank = lockers::BankConfig::training(m_lockerLine->b());
            m_lockerBoards = std::make_unique<sandbox::SimulatedLockBoards>(sandbox::SimulatedLockBoards::Kind::Kerong);
            for (const lockers::BoardConfig& b : bank.boards)
                m_lockerBoards->addBoard(b.address, b.channels, b.inverted);
            QVERIFY(m_lockerBoards->open(m_lockerLine->a(), bank.line.baud));
            m_settings->setValue(settings::LockerBanks, lockers::banksToJson({bank}));
        }
        m_ws = std::make_unique<Workstation>(m_dir.filePath(QStringLiteral("data")), *m_settings, m_clock, false);
        QVERIFY(m_ws->openStores().ok());
        desk::ConnectionSettings c;
        c.restUrl = m_sandbox.baseUrl();
        c.restUser = QStringLiteral("comptoir");
        c.sipHost = QStringLiteral("127.0.0.1");
        c.sipPort = m_sandbox.sipPort;
        c.sipLogin = QStringLiteral("centre");
        c.site = QStringLiteral("CENTRE");
        c.workstation = QStringLiteral("formation-1");
        c.staff = QStringLiteral("stagiaire");
        m_ws->connectTo(c, {sandbox::KohaRestServer::DefaultPassword, sandbox::Sip2Server::DefaultPassword});
        m_desk = std::make_unique<Desk>(*m_ws);
        m_desk->printer().systemPrinterAvailable = [] { return false; };
        QStringList problems;
        const auto exercises = FormationPanel::loadAll({}, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        m_panel = new FormationPanel(*m_ws, window(), exercises);
        window().resize(1600, 900);
        window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
        m_desk->start();
        QVERIFY(QTest::qWaitFor([this] { return m_panel->isPrepared(); }, 60000));
        QVERIFY(QTest::qWaitFor([this] { return m_ws->session().state() == ConnectionState::Online; }, 10000));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_lockerBoards.reset();
        m_lockerLine.reset();
        m_ws.reset();
        m_sandbox.stop();
    }

    // ---- The exercise files ----

    void parsesAGoodFile()
    {
        auto parsed = formation::parseExercise(GoodFile, QStringLiteral("matin"));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        const formation::Exercise& ex = parsed.value();
        QCOMPARE(ex.id, QStringLiteral("matin"));
        QCOMPARE(ex.title, QStringLiteral("La tournée du matin"));
        QCOMPARE(ex.order, 5);
        QCOMPARE(ex.hints.size(), 2);
        QCOMPARE(ex.setup.size(), 2);
        QCOMPARE(ex.setup[0].kind, formation::SetupStep::Kind::PullLines);
        QCOMPARE(ex.setup[0].count, 10);
        QCOMPARE(ex.setup[1].kind, formation::SetupStep::Kind::WaitingPatron);
        QCOMPARE(ex.checks.size(), 2);
        QCOMPARE(ex.checks[0].rule, formation::Check::Rule::Captured);
        QCOMPARE(ex.checks[0].points, 7);
        QCOMPARE(ex.checks[1].rule, formation::Check::Rule::InOrder);
        QCOMPARE(ex.totalPoints(), 8);
        // The message with its count and barcodes; the singular form for one.
        QCOMPARE(
            formation::fillMessage(
                ex.checks[0], 3, {QStringLiteral("31040001"), QStringLiteral("31040002"), QStringLiteral("31040003")}),
            QStringLiteral("3 documents sont encore sur la liste à prélever : 31040001, 31040002, 31040003"));
        QCOMPARE(formation::fillMessage(ex.checks[0], 1, {QStringLiteral("31040001")}),
                 QStringLiteral("1 document est encore sur la liste : 31040001"));
        // CR LF and a byte-order mark read the same.
        QByteArray windows = "\xEF\xBB\xBF" + GoodFile;
        windows.replace("\n", "\r\n");
        QVERIFY(formation::parseExercise(windows, QStringLiteral("matin")).ok());
    }

    void refusesMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // the start of the message: line and reason
        const QByteArray head = "[exercice]\ntitre = T\nobjectif = O\n[préparation]\nsujet = caisse 2\n";
        const QByteArray check = "[contrôle]\nrègle = rendus\nmessage = {n} restent\n";
        QTest::newRow("outside a section")
            << QByteArray("titre = T\n" + head + check) << QStringLiteral("Line 1: “titre” is outside a section.");
        QTest::newRow("unknown section") << QByteArray(head + "[divers]\n" + check)
                                         << QStringLiteral("Line 6: unknown section [divers]");
        QTest::newRow("no equals sign") << QByteArray(head + "sujet caisse 3\n" + check)
                                        << QStringLiteral("Line 6: expected “name = value”.");
        QTest::newRow("given twice") << QByteArray(head + check + "règle = ordre\n")
                                     << QStringLiteral("Line 9: “règle” is given twice (first on line 7).");
        QTest::newRow("section twice") << QByteArray(head + check + "[exercice]\n")
                                       << QStringLiteral(
                                              "Line 9: section [exercice] is given twice (first on line 1).");
        QTest::newRow("unknown setting") << QByteArray(head + "durée = 3\n" + check)
                                         << QStringLiteral("Line 6: unknown setting “durée” in [préparation]");
        QTest::newRow("unknown subject") << QByteArray(head + "sujet = bibliobus 3\n" + check)
                                         << QStringLiteral("Line 6: unknown subject “bibliobus”.");
        QTest::newRow("count too large") << QByteArray(head + "sujet = navette 51\n" + check)
                                         << QStringLiteral("Line 6: “navette” takes a count from 1 to 50.");
        QTest::newRow("count missing") << QByteArray(head + "sujet = navette\n" + check)
                                       << QStringLiteral("Line 6: “navette” takes a count from 1 to 50.");
        QTest::newRow("count where none") << QByteArray(head + "sujet = commande-prête 2\n" + check)
                                          << QStringLiteral("Line 6: “commande-prête” takes no count.");
        QTest::newRow("unknown rule") << QByteArray(head + "[contrôle]\nrègle = deviner\nmessage = m\n")
                                      << QStringLiteral("Line 7: unknown rule “deviner”.");
        QTest::newRow("unknown field") << QByteArray(head + "[contrôle]\nrègle = rendus\nmessage = {nombre} restent\n")
                                       << QStringLiteral("Line 8: unknown field “{nombre}”");
        QTest::newRow("open brace") << QByteArray(head + "[contrôle]\nrègle = rendus\nmessage = {n restent\n")
                                    << QStringLiteral("Line 8: a “{” without its “}”.");
        QTest::newRow("points") << QByteArray(head + check + "points = 0\n")
                                << QStringLiteral("Line 9: “points” is a whole number from 1 to 100, not “0”.");
        QTest::newRow("no value") << QByteArray(head + check + "points =\n")
                                  << QStringLiteral("Line 9: “points” has no value.");
        QTest::newRow("control character") << QByteArray(head + "sujet = caisse\x01 2\n" + check)
                                           << QStringLiteral("Line 6: a control character in the line.");
        QTest::newRow("line too long") << QByteArray(head + "sujet = " + QByteArray(3000, 'x') + "\n" + check)
                                       << QStringLiteral("Line 6: the line is longer than %L1 bytes.").arg(2048);
        QTest::newRow("no message") << QByteArray(head + "[contrôle]\nrègle = rendus\n")
                                    << QStringLiteral("Line 6: [contrôle] has no “message”.");
        QTest::newRow("no rule") << QByteArray(head + "[contrôle]\nmessage = m\n")
                                 << QStringLiteral("Line 6: [contrôle] has no “règle”.");
        QTest::newRow("answer without question")
            << QByteArray(head + "[contrôle]\nrègle = réponse\nmessage = m\n")
            << QStringLiteral("Line 6: rule “réponse” needs a [question] section.");
        QTest::newRow("question without expected") << QByteArray(head + "[question]\ntexte = Combien ?\n" + check)
                                                   << QStringLiteral("Line 6: [question] has no “attendu”.");
        QTest::newRow("no title") << QByteArray("[exercice]\nobjectif = O\n[préparation]\nsujet = caisse 2\n" + check)
                                  << QStringLiteral("Line 1: [exercice] has no “titre”.");
        QTest::newRow("no subject") << QByteArray("[exercice]\ntitre = T\nobjectif = O\n" + check)
                                    << QStringLiteral("The file has no [préparation] with a “sujet”.");
        QTest::newRow("no check") << head << QStringLiteral("The file has no [contrôle] section.");
        QTest::newRow("not UTF-8") << QByteArray(head + "indice = caf\xE9\n" + check)
                                   << QStringLiteral("The file is not UTF-8 text.");
        QTest::newRow("too large") << QByteArray(70 * 1024, '#')
                                   << QStringLiteral("The file is larger than %L1 bytes.").arg(65536);
        QByteArray many = head + check;
        for (int i = 0; i < 1000; ++i)
            many += "\n";
        QTest::newRow("too many lines") << many
                                        << QStringLiteral("Line 1001: an exercise has at most %L1 lines.").arg(1000);
        QByteArray hints = "[exercice]\ntitre = T\nobjectif = O\n";
        for (int i = 0; i < 11; ++i)
            hints += "indice = i\n";
        QTest::newRow("too many hints") << QByteArray(hints + "[préparation]\nsujet = caisse 2\n" + check)
                                        << QStringLiteral("Line 14: an exercise has at most 10 hints.");
    }

    void refusesMalformedFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        auto parsed = formation::parseExercise(text, QStringLiteral("x"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("formation.syntax"));
        QVERIFY2(parsed.error().message.startsWith(expected), qPrintable(parsed.error().message));
    }

    // A network's own folder: its files join the shipped ones; a malformed one is reported and left out.
    void networkFolderAddsItsOwn()
    {
        QTemporaryDir folder;
        QFile good(folder.filePath(QStringLiteral("80-reseau.exercise")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(QByteArray(GoodFile).replace("ordre = 5", "ordre = 80"));
        good.close();
        QFile bad(folder.filePath(QStringLiteral("81-casse.exercise")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[exercice]\ntitre = T\nobjectif = O\n[préparation]\nsujet = rien\n");
        bad.close();
        QStringList problems;
        const auto all = formation::loadExercises(folder.path(), &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("81-casse.exercise: Line 5: unknown subject “rien”.")),
                 qPrintable(problems.first()));
        QCOMPARE(all.last().id, QStringLiteral("80-reseau"));
        QVERIFY(all.size() >= 8);
    }

    // Every shipped exercise finds what it needs in the course's network.
    void everyExerciseHasItsSubjects()
    {
        if (m_lockerBoards)
            waitForBankRequests();
        const auto& attempts = m_panel->course().attempts();
        QCOMPARE(attempts.size(), 9);
        for (const formation::Attempt& a : attempts) {
            if (!m_lockerBoards && a.exercise.id == QLatin1String("08-casiers"))
                continue; // no locker bank without socat
            QVERIFY2(a.setupProblem.isEmpty(), qPrintable(a.exercise.id + QStringLiteral(": ") + a.setupProblem));
            QVERIFY2(!a.subjects.documents.isEmpty(), qPrintable(a.exercise.id));
        }
        // No document is the subject of two exercises.
        QSet<QString> seen;
        for (const formation::Attempt& a : attempts)
            for (const formation::Document& d : a.subjects.documents) {
                QVERIFY2(!seen.contains(d.barcode), qPrintable(d.barcode));
                seen.insert(d.barcode);
            }
    }

    // ---- Each shipped exercise, driven through the counter ----

    void morningPull()
    {
        const int i = exerciseIndex(QStringLiteral("01-prelever"));
        const auto docs = subjects(i).documents;
        QCOMPARE(docs.size(), 10);
        window().selectPage(MainWindow::Page::PullList);
        m_panel->selectExercise(i); // its time starts
        for (int d = 0; d < 9; ++d)
            scan(docs[d].barcode);
        m_clock.advance(4 * 60 * 1000 + 30 * 1000); // the walk through the stacks
        // One skipped: said with its barcode.
        QStringList messages = check(i);
        QCOMPARE(messages,
                 QStringList{
                     QStringLiteral("1 document est encore sur la liste à prélever\u00A0: %1.").arg(docs[9].barcode)});
        QVERIFY(!m_panel->course().attempt(i).done);
        QVERIFY(m_panel->resultText().contains(docs[9].barcode));
        QTest::qWait(100); // the panel lays out, as the event loop does at the counter
        shot(window(), QStringLiteral("formation-check-failed"));
        scan(docs[9].barcode);
        messages = check(i);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(m_panel->course().attempt(i).done);
        QCOMPARE(m_panel->course().attempt(i).score, 100);
        // The time from its start to the check that passed, kept once done.
        QCOMPARE(m_panel->course().attempt(i).seconds(m_clock.now()), 270);
        m_clock.advance(60 * 1000);
        QCOMPARE(m_panel->course().attempt(i).seconds(m_clock.now()), 270);
        QVERIFY(m_panel->findChild<QListWidget*>(QStringLiteral("exerciseList"))
                    ->item(i)
                    ->text()
                    .contains(QStringLiteral("100 %, 4 min 30 s")));
    }

    void captureAndRoute()
    {
        const int i = exerciseIndex(QStringLiteral("02-affecter"));
        const auto docs = subjects(i).documents;
        QCOMPARE(docs.size(), 8);
        window().selectPage(MainWindow::Page::Capture);
        m_panel->selectExercise(i);
        QCOMPARE(m_panel->showNextHint(), m_panel->course().attempt(i).exercise.hints.first());
        shot(window(), QStringLiteral("formation-exercise"));
        for (int d = 0; d < 7; ++d)
            scan(docs[d].barcode);
        QStringList messages = check(i);
        QCOMPARE(messages, QStringList{QStringLiteral("Le document %1 n’a pas été affecté.").arg(docs[7].barcode)});
        scan(docs[7].barcode);
        messages = check(i);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        // One hint taken: 10 points off.
        QCOMPARE(m_panel->course().attempt(i).score, 90);
        shot(window(), QStringLiteral("formation-exercise-done"));
    }

    // The shuttle check reads the crates in the outbox: a document in another site's crate is said.
    void wrongCrateIsSaid()
    {
        const int i = exerciseIndex(QStringLiteral("02-affecter"));
        formation::Attempt a = m_panel->course().attempt(i);
        formation::State state;
        for (const formation::Document& d : a.subjects.documents) {
            state.itemHoldStatus.insert(d.itemId, d.pickup == QStringLiteral("CENTRE") ? QStringLiteral("W")
                                                                                       : QStringLiteral("T"));
            state.itemHoldPickup.insert(d.itemId, d.pickup);
            state.acknowledgedCheckins.insert(d.barcode);
            state.crateDestination.insert(d.barcode, d.pickup);
        }
        const formation::Document* away = nullptr;
        for (const formation::Document& d : a.subjects.documents)
            if (d.pickup != QStringLiteral("CENTRE") && d.order == 0)
                away = &d;
        QVERIFY(away);
        state.crateDestination.insert(away->barcode, QStringLiteral("CENTRE"));
        const auto outcomes =
            formation::Course::evaluate(a, state, QStringLiteral("CENTRE"), [](const QString& id) -> QString {
                return QStringLiteral("Bibliothèque ") + id;
            });
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes[0].passed);
        QVERIFY(!outcomes[1].passed);
        QCOMPARE(outcomes[1].message,
                 QStringLiteral("Le document %1 est parti en navette vers le mauvais site (Bibliothèque CENTRE).")
                     .arg(away->barcode));
    }

    void pickupAtTheDesk()
    {
        const int i = exerciseIndex(QStringLiteral("03-retrait"));
        const formation::Subjects s = subjects(i);
        QVERIFY(!s.patronCard.isEmpty());
        window().selectPage(MainWindow::Page::Capture);
        scan(s.patronCard);
        QCOMPARE(window().currentPage(), MainWindow::Page::HoldShelf);
        for (int d = 0; d + 1 < s.documents.size(); ++d)
            scan(s.documents[d].barcode);
        const QString last = s.documents.last().barcode;
        QStringList messages = check(i);
        QCOMPARE(messages,
                 QStringList{QStringLiteral("1 document attend encore le lecteur sur l’étagère des réservations\u00A0: "
                                            "%1.")
                                 .arg(last)});
        scan(last);
        messages = check(i);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        if (!m_desk->holdShelfPage()->currentPatronCard().isEmpty())
            QTest::keyClick(&window(), Qt::Key_F9);
    }

    void clickAndCollectHandedOver()
    {
        const int i = exerciseIndex(QStringLiteral("04-click-collect"));
        const formation::Subjects s = subjects(i);
        QVERIFY(s.orderId > 0);
        QVERIFY(s.documents.size() >= 2);
        scan(s.patronCard);
        QCOMPARE(window().currentPage(), MainWindow::Page::HoldShelf);
        for (int d = 0; d + 1 < s.documents.size(); ++d)
            scan(s.documents[d].barcode);
        const QString last = s.documents.last().barcode;
        QStringList messages = check(i);
        QCOMPARE(messages, QStringList{QStringLiteral("La commande n’est pas encore remise\u00A0: le document %1 "
                                                      "n’est pas prêté.")
                                           .arg(last)});
        scan(last);
        messages = check(i);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        if (!m_desk->holdShelfPage()->currentPatronCard().isEmpty())
            QTest::keyClick(&window(), Qt::Key_F9);
        QVERIFY(m_desk->holdShelfPage()->currentPatronCard().isEmpty());
    }

    void phoneCall()
    {
        const int i = exerciseIndex(QStringLiteral("05-telephone"));
        const formation::Subjects s = subjects(i);
        QVERIFY(s.patronId > 0);
        QCOMPARE(s.documents.size(), 3);
        // The trainee looks the patron up (the Lookup page, the card scanned) and answers.
        window().selectPage(MainWindow::Page::Lookup);
        window().scanField()->setText(s.patronCard);
        QTest::keyClick(window().scanField(), Qt::Key_Return);
        const int truth = m_sandbox
                              .scalar(QStringLiteral("SELECT count(*) FROM holds WHERE patron_id = ? AND "
                                                     "pickup_library_id = 'CENTRE' AND status = 'W'"),
                                      {s.patronId})
                              .toInt();
        m_panel->selectExercise(i);
        auto* answer = m_panel->findChild<QLineEdit*>(QStringLiteral("exerciseAnswer"));
        QVERIFY(answer && answer->isVisible());
        QTest::mouseClick(answer, Qt::LeftButton);
        QTest::keyClicks(answer, QString::number(truth + 1));
        QStringList messages = check(i);
        QCOMPARE(messages, QStringList{QStringLiteral("Ce n’est pas la bonne réponse (%1)\u00A0: regardez l’état de "
                                                      "chaque réservation sur la page «\u202FRecherche\u202F».")
                                           .arg(truth + 1)});
        answer->clear();
        QTest::keyClicks(answer, QString::number(truth));
        messages = check(i);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    }

    void expiredRequestsCleared()
    {
        const int i = exerciseIndex(QStringLiteral("06-expirees"));
        const auto docs = subjects(i).documents;
        QCOMPARE(docs.size(), 5);
        window().selectPage(MainWindow::Page::HoldShelf);
        QVERIFY(m_desk->holdShelfPage()->currentPatronCard().isEmpty());
        for (int d = 0; d < 4; ++d)
            scan(docs[d].barcode);
        QStringList messages = check(i);
        QCOMPARE(
            messages,
            QStringList{QStringLiteral("1 réservation expirée n’est pas annulée\u00A0: %1.").arg(docs[4].barcode)});
        scan(docs[4].barcode);
        messages = check(i);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    }

    void lockersLoaded()
    {
        if (!m_lockerBoards)
            QSKIP("socat is not installed");
        const int i = exerciseIndex(QStringLiteral("08-casiers"));
        QVERIFY(i >= 0);
        QVERIFY2(m_panel->course().attempt(i).setupProblem.isEmpty(),
                 qPrintable(m_panel->course().attempt(i).setupProblem));
        const auto docs = subjects(i).documents;
        QCOMPARE(docs.size(), 3);
        window().selectPage(MainWindow::Page::Lockers);
        loadLocker(docs[0].barcode);
        loadLocker(docs[1].barcode);
        // The third left out.
        QStringList messages = check(i);
        QCOMPARE(messages,
                 QStringList{QStringLiteral("1 document n’est pas dans un casier\u00A0: %1.").arg(docs[2].barcode)});
        loadLocker(docs[2].barcode);
        messages = check(i);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    }

    void deliveryParcelPrepared()
    {
        const int i = exerciseIndex(QStringLiteral("09-livraison"));
        QVERIFY(i >= 0);
        QVERIFY2(m_panel->course().attempt(i).setupProblem.isEmpty(),
                 qPrintable(m_panel->course().attempt(i).setupProblem));
        const auto docs = subjects(i).documents;
        QCOMPARE(docs.size(), 2);
        // The delivery orders arrive after the first sync.
        QVERIFY(QTest::qWaitFor(
            [this] {
                auto n =
                    m_ws->store().outbox().database().scalar(QStringLiteral("SELECT count(*) FROM delivery_items"));
                return n && n.value().toInt() > 0;
            },
            20000));
        window().selectPage(MainWindow::Page::Capture);
        scan(docs[0].barcode);
        QStringList messages = check(i);
        QCOMPARE(
            messages,
            QStringList{
                QStringLiteral("1 document n’est pas dans son colis de livraison\u00A0: %1.").arg(docs[1].barcode)});
        scan(docs[1].barcode);
        messages = check(i);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    }

    void crateFilledAndSealed()
    {
        const int i = exerciseIndex(QStringLiteral("07-caisse"));
        const auto docs = subjects(i).documents;
        QCOMPARE(docs.size(), 5);
        window().selectPage(MainWindow::Page::Capture);
        for (const formation::Document& d : docs)
            scan(d.barcode);
        // Not sealed yet.
        QStringList messages = check(i);
        QCOMPARE(messages, QStringList{QStringLiteral("5 documents ne sont pas dans une caisse fermée\u00A0: %1.")
                                           .arg(QStringList{docs[0].barcode, docs[1].barcode, docs[2].barcode,
                                                            docs[3].barcode, docs[4].barcode}
                                                    .join(QStringLiteral(", ")))});
        // Sealed on the Crates page.
        window().selectPage(MainWindow::Page::Crates);
        CratesPage* page = m_desk->cratesPage();
        page->reload();
        auto open = m_ws->session().crates().crates(crates::Crate::Direction::Out, crates::Crate::State::Open);
        QVERIFY(open);
        int row = -1; // the open crates come first on the page, in the service's order
        for (int r = 0; r < open.value().size(); ++r)
            if (open.value().at(r).destination == docs.first().pickup)
                row = r;
        QVERIFY(row >= 0);
        page->table()->selectRow(row);
        QVERIFY(page->sealSelectedNow().ok());
        messages = check(i);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    }

    // The help's screenshots: each page rendered offscreen (QWidget::grab), 800 px wide, as a
    // palette PNG. With COMPTOIR_HELP_SHOTS=DIR they are written there (resources/help/<lang>/img/
    // is made this way, COMPTOIR_LANG=fr or en); otherwise only rendered.
    void helpScreenshots()
    {
        const QString dir = qEnvironmentVariable("COMPTOIR_HELP_SHOTS");
        m_panel->hide();
        QTest::qWait(50);
        // As narrow as the pages allow (the widest page sets it), a counter screen's height.
        window().resize(window().minimumSizeHint().width(), 860);
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            const auto page = MainWindow::Page(i);
            window().selectPage(page);
            QTest::qWait(50); // the page lays out, as the event loop does at the counter
            const QImage shot = helpScreenshot(window());
            QCOMPARE(shot.width(), 800);
            QVERIFY(shot.format() == QImage::Format_Indexed8);
            if (!dir.isEmpty()) {
                QDir().mkpath(dir);
                QVERIFY(shot.save(QDir(dir).filePath(MainWindow::helpId(page) + QStringLiteral(".png")), "PNG", 0));
            }
        }
        m_panel->show();
    }

    // The trainer's summary: every exercise with its score and time, as a PDF.
    void traineeSummary()
    {
        m_panel->setTraineeName(QStringLiteral("Camille Martin"));
        const QString html = m_panel->summaryHtml();
        QVERIFY(html.contains(QStringLiteral("Camille Martin")));
        for (const formation::Attempt& a : m_panel->course().attempts()) {
            QVERIFY(html.contains(a.exercise.title.toHtmlEscaped()));
            QVERIFY2(a.done || (!m_lockerBoards && a.exercise.id == QLatin1String("08-casiers")),
                     qPrintable(a.exercise.id));
        }
        QVERIFY(html.contains(m_lockerBoards ? QStringLiteral("9 of 9 exercises complete")
                                             : QStringLiteral("8 of 9 exercises complete")));
        QVERIFY(html.contains(QStringLiteral("4 min 30 s")));
        const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
        QCOMPARE(m_panel->writeSummaryPdf(pdf), QString());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // The scan field kept the focus through it all.
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window().scanField()));
        shot(*m_panel, QStringLiteral("formation-panel"));
        const QString dir = qEnvironmentVariable("COMPTOIR_SHOTS");
        if (!dir.isEmpty()) {
            QFile::copy(pdf, dir + QStringLiteral("/formation-summary.pdf"));
            // The summary as the preview lays it out, for a human to look at.
            QTextDocument doc;
            doc.setHtml(html);
            doc.setTextWidth(900);
            QImage page(900, int(doc.size().height()) + 20, QImage::Format_RGB32);
            page.fill(Qt::white);
            QPainter painter(&page);
            doc.drawContents(&painter);
            painter.end();
            page.save(dir + QStringLiteral("/formation-summary.png"));
        }
    }
};

QTEST_MAIN(TestFormation)
#include "tst_formation.moc"
