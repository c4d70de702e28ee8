#include "CapturePage.h"
#include "ClickCollectPage.h"
#include "ConnectionDialog.h"
#include "DeviceHub.h"
#include "DevicesPage.h"
#include "HoldShelfPage.h"
#include "LookupPage.h"
#include "NetworkConfig.h"
#include "NextItemView.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "ShelfLayoutEditor.h"
#include "ShuttleSettingsPage.h"
#include "VerdictBanner.h"
#include "print/EscPos.h"
#include "sandbox/NetworkGenerator.h"
#include "store/CacheStore.h"

#include "FloorPlanView.h"
#include "MainWindow.h"
#include "OutboxPage.h"
#include "PullListPage.h"
#include "Settings.h"
#include "SlipPdf.h"
#include "SoundPlayer.h"
#include "desk/IlsSession.h"
#include "desk/KocExport.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "support/InProcessSandbox.h"
#include "support/MockClock.h"
#include "support/RecordingSoundSink.h"
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBrowser>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <QToolButton>
#include <QTreeWidget>
#include <tuple>

using namespace comptoir;
using comptoir::test::InProcessSandbox;

// The first-run connection dialog against the training library, and `comptoir --demo --headless`
// as a newcomer runs it.
class TestDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The barcodes a scanner reads on the first page of a PDF (rendered at 200 dpi, decoded by zbar).
    static QStringList scannedBarcodes(const QString& pdf)
    {
        QTemporaryDir dir;
        QProcess render;
        render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                                  QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                  QStringLiteral("1"), pdf, dir.filePath(QStringLiteral("page"))});
        render.waitForFinished(30000);
        const QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("*.png")});
        if (pngs.isEmpty())
            return {};
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"),
                   {QStringLiteral("-q"), QStringLiteral("--raw"), dir.filePath(pngs.first())});
        zbar.waitForFinished(30000);
        return QString::fromUtf8(zbar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    static QString pdfText(const QString& path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        p.waitForFinished(20000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // The training library in this process, a counter's store, and its session synced to CENTRE.
    struct Desk
    {
        InProcessSandbox sandbox;
        comptoir::test::MockClock clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
        std::unique_ptr<LocalStore> store;
        QNetworkAccessManager nam;
        std::unique_ptr<desk::IlsSession> session;

        // \a prepare changes the training library's data before the first sync.
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
            return QTest::qWaitFor([&synced] { return synced; }, 30000);
        }
        ~Desk()
        {
            session.reset();
            sandbox.stop();
        }
    };

private Q_SLOTS:
    void connectionDialogTestsEachPart()
    {
        InProcessSandbox sandbox;
        QVERIFY(sandbox.start({}));
        QNetworkAccessManager nam;
        comptoir::test::MockClock clock;
        ConnectionDialog dialog(nam, clock);
        desk::ConnectionSettings s;
        s.restUrl = sandbox.baseUrl();
        s.restUser = QStringLiteral("comptoir");
        s.sipHost = QStringLiteral("127.0.0.1");
        s.sipPort = sandbox.sipPort;
        s.sipLogin = QStringLiteral("centre");
        s.site = QStringLiteral("centre"); // typed in lower case: upper-cased
        s.workstation = QStringLiteral("accueil-1");
        dialog.setValues(s, {QStringLiteral("formation"), QStringLiteral("formation")});
        dialog.show();
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isTesting(); }, 20000));
        QVERIFY2(dialog.restResult()->text().startsWith(QStringLiteral("✔")), qPrintable(dialog.restResult()->text()));
        QVERIFY2(dialog.sipResult()->text().startsWith(QStringLiteral("✔")), qPrintable(dialog.sipResult()->text()));
        QVERIFY(dialog.siteResult()->text().contains(QStringLiteral("Médiathèque centrale")));
        QCOMPARE(dialog.connectionSettings().site, QStringLiteral("CENTRE"));
        // Wrong REST password, wrong SIP password, unknown site: each line says what is wrong.
        s.site = QStringLiteral("NOWHERE");
        dialog.setValues(s, {QStringLiteral("wrong"), QStringLiteral("wrong")});
        dialog.testConnection();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isTesting(); }, 20000));
        QVERIFY(dialog.restResult()->text().startsWith(QStringLiteral("✘")));
        QVERIFY(dialog.sipResult()->text().startsWith(QStringLiteral("✘")));
        QVERIFY(dialog.siteResult()->text().startsWith(QStringLiteral("✘")));
        dialog.setValues(s, {QStringLiteral("formation"), QStringLiteral("formation")});
        dialog.testConnection();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isTesting(); }, 20000));
        QVERIFY(dialog.restResult()->text().startsWith(QStringLiteral("✔")));
        QVERIFY(dialog.siteResult()->text().contains(QStringLiteral("NOWHERE")));
        // Secrets are handed back for the keychain, never written to settings.
        QCOMPARE(dialog.secrets().restSecret, QStringLiteral("formation"));
        Settings settings(m_dir.filePath(QStringLiteral("dialog.ini")));
        dialog.connectionSettings().save(settings);
        QVERIFY(settings.sync().ok());
        QFile ini(m_dir.filePath(QStringLiteral("dialog.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(text.contains("[sip]") && text.contains("login=centre"));
        QVERIFY(!text.contains("formation"));
        sandbox.stop();
    }

    void headlessDemo()
    {
        const QString data = m_dir.filePath(QStringLiteral("demo-data"));
        const QString out = m_dir.filePath(QStringLiteral("slips"));
        QProcess comptoir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // --headless must not need it
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        comptoir.setProcessEnvironment(env);
        comptoir.start(QStringLiteral(COMPTOIR_PATH),
                       {QStringLiteral("--demo"), QStringLiteral("--headless"), QStringLiteral("--data-dir"), data,
                        QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(comptoir.waitForFinished(180000));
        const QString printed = QString::fromUtf8(comptoir.readAllStandardOutput());
        QVERIFY2(comptoir.exitCode() == 0, qPrintable(printed + QString::fromUtf8(comptoir.readAllStandardError())));
        QVERIFY2(printed.contains(QStringLiteral("Synchronised site CENTRE")), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("to pull from the shelves")));
        QVERIFY(printed.contains(QStringLiteral("Summary: 6 captured, 6 slips written")));
        const QStringList slips = QDir(out).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(slips.size(), 6);
        int holdShelf = 0, transit = 0;
        for (const QString& slip : slips) {
            const QString text = pdfText(QDir(out).filePath(slip));
            QVERIFY2(text.contains(slip.section(QLatin1Char('-'), 2, 2).chopped(4)), qPrintable(text)); // the barcode
            // The Code 128 on the slip scans back to the item's barcode.
            const QString barcode = slip.section(QLatin1Char('-'), 2, 2).chopped(4);
            QCOMPARE(scannedBarcodes(QDir(out).filePath(slip)), QStringList{barcode});
            holdShelf += text.contains(QStringLiteral("RÉSERVATION")); // the shipped French templates
            transit += text.contains(QStringLiteral("NAVETTE"));
        }
        QCOMPARE(holdShelf, 3);
        QCOMPARE(transit, 3);
        // The items in transit went into crates; the fullest was sealed and its label written, its
        // QR code the manifest a receiving counter reads.
        QVERIFY2(printed.contains(QStringLiteral("Crate for ")) && printed.contains(QStringLiteral(" sealed: ")),
                 qPrintable(printed));
        const QStringList labels = QDir(out + QStringLiteral("/crates")).entryList({QStringLiteral("crate-*.pdf")});
        QCOMPARE(labels.size(), 1);
        QVERIFY(
            pdfText(out + QStringLiteral("/crates/") + labels.first()).contains(QStringLiteral("CAISSE DE NAVETTE")));
        // Local data is the owner's only.
        QCOMPARE(QFileInfo(data + QStringLiteral("/outbox.sqlite")).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    // Without a window nothing may wait for a click: a refused store is said on stderr and the
    // process ends with a non-zero code; a damaged outbox is said in the summary, exit code 3.
    QProcess* headlessRun(const QString& data, const QString& out)
    {
        auto* comptoir = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        comptoir->setProcessEnvironment(env);
        comptoir->start(QStringLiteral(COMPTOIR_PATH),
                        {QStringLiteral("--demo"), QStringLiteral("--headless"), QStringLiteral("--data-dir"), data,
                         QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("en")});
        return comptoir;
    }

    void headlessNeverWaitsOnADialog()
    {
        const QString data = m_dir.filePath(QStringLiteral("newer-data"));
        {
            comptoir::test::MockClock clock;
            Outbox outbox(clock);
            QVERIFY(outbox.open(data + QStringLiteral("/outbox.sqlite")).ok());
            QVERIFY(outbox.database().scalar(QStringLiteral("PRAGMA user_version=99")).ok());
        }
        QProcess* comptoir = headlessRun(data, m_dir.filePath(QStringLiteral("newer-slips")));
        QVERIFY2(comptoir->waitForFinished(30000), "the headless run hangs");
        QCOMPARE(comptoir->exitStatus(), QProcess::NormalExit);
        QCOMPARE(comptoir->exitCode(), 1);
        QVERIFY(QString::fromUtf8(comptoir->readAllStandardError()).contains(QStringLiteral("newer version")));
    }

    void headlessSaysTheOutboxWasSetAside()
    {
        const QString data = m_dir.filePath(QStringLiteral("damaged-data"));
        QVERIFY(QDir().mkpath(data));
        {
            QFile damaged(data + QStringLiteral("/outbox.sqlite"));
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write(QByteArray(8192, 'Z'));
        }
        QProcess* comptoir = headlessRun(data, m_dir.filePath(QStringLiteral("damaged-slips")));
        QVERIFY2(comptoir->waitForFinished(180000), "the headless run hangs");
        const QString printed = QString::fromUtf8(comptoir->readAllStandardOutput());
        QCOMPARE(comptoir->exitCode(), 3);
        QVERIFY2(printed.contains(QStringLiteral("was damaged")) && printed.contains(QStringLiteral(".corrupt-")),
                 qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Summary: 6 captured")));
        QVERIFY(printed.contains(QStringLiteral("outbox: 0 pending")));
    }

    // An administrator over ssh: no display, nothing written, a clear answer.
    void commandLineWithoutADisplay()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QString());
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        auto run = [&env](const QStringList& args) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(COMPTOIR_PATH), args);
            p.waitForFinished(20000);
            return std::make_tuple(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                                   QString::fromUtf8(p.readAllStandardOutput()),
                                   QString::fromUtf8(p.readAllStandardError()));
        };
        auto [code, out, err] = run({QStringLiteral("--version")});
        QCOMPARE(code, 0);
        QVERIFY2(out.startsWith(QStringLiteral("comptoir ")), qPrintable(out + err));
        std::tie(code, out, err) = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("--demo")) && out.contains(QStringLiteral("--data-dir")), qPrintable(out));
        std::tie(code, out, err) = run({QStringLiteral("--no-such-option")});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(QStringLiteral("no-such-option")), qPrintable(err));
        std::tie(code, out, err) = run({QStringLiteral("--page"), QStringLiteral("nowhere")});
        QCOMPARE(code, 2);
        for (const char* page : {"crates", "lockers", "delivery", "reports"}) // every job's page can open first
            QVERIFY2(err.contains(QLatin1String(page)), qPrintable(err));
        std::tie(code, out, err) = run({QStringLiteral("--headless")});
        QCOMPARE(code, 2);
        // Not a file, not a folder was created.
        QCOMPARE(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    void outboxReviewRetryDiscardExport()
    {
        comptoir::test::MockClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("page-outbox.sqlite"))).ok());
        QStringList uuids;
        for (int i = 0; i < 3; ++i) {
            clock.advance(1000);
            auto a = outbox.append({0,
                                    {},
                                    {},
                                    desk::action::Checkout,
                                    QJsonObject{{QStringLiteral("card"), QStringLiteral("21042000000017")},
                                                {QStringLiteral("barcode"), QStringLiteral("3104200000002%1").arg(i)}},
                                    QStringLiteral("accueil-1"),
                                    QStringLiteral("mdupont")});
            QVERIFY(a);
            uuids << a.value().uuid;
            QVERIFY(outbox.sendToReview(a.value().uuid, QStringLiteral("Lecteur bloqué")).ok());
        }
        OutboxPage page(outbox);
        page.setStaff(QStringLiteral("supervisor"));
        page.showState(int(OutboxAction::State::Review));
        QCOMPARE(page.table()->rowCount(), 3);
        QVERIFY(!page.retryButton()->isEnabled());
        QCOMPARE(page.table()->item(0, 5)->text(), QStringLiteral("Lecteur bloqué"));
        // Retry the first: back to pending, and the page asks for a replay.
        QSignalSpy retried(&page, &OutboxPage::retried);
        page.table()->selectRow(0);
        QVERIFY(page.retryButton()->isEnabled());
        page.retrySelected();
        QCOMPARE(retried.size(), 1);
        QCOMPARE(outbox.find(uuids[0]).value().state, OutboxAction::State::Pending);
        // Discard asks first; "no" changes nothing.
        QString asked;
        page.confirm = [&asked](const QString& q) {
            asked = q;
            return false;
        };
        page.table()->selectRow(0);
        page.discardSelected();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(outbox.count(OutboxAction::State::Review).value(), 2);
        page.confirm = [](const QString&) { return true; };
        page.table()->selectAll();
        page.discardSelected();
        QCOMPARE(outbox.count(OutboxAction::State::Discarded).value(), 2);
        QCOMPARE(outbox.count(OutboxAction::State::Review).value(), 0);
        // Export the one still pending as .koc.
        const QString koc = m_dir.filePath(QStringLiteral("export.koc"));
        page.chooseKocFile = [koc] { return koc; };
        page.exportKoc();
        QFile file(koc);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines[0].startsWith("Version=1.0\tGenerator=Comptoir"));
        QVERIFY(lines[1].endsWith("\tissue\t21042000000017\t31042000000020"));
    }

    void pullListPage()
    {
        comptoir::test::MockClock clock;
        CacheStore cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("pull-cache.sqlite"))).ok());
        Outbox outbox(clock);
        QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("pull-outbox.sqlite"))).ok());
        struct Row
        {
            int item;
            const char* barcode;
            const char* call;
            const char* location;
            int group;
        };
        const Row rows[] = {{1, "31042000000019", "R SIM", "AROM", 0},
                            {2, "31042000000027", "BD HER T.10", "BD", 0},
                            {3, "31042000000035", "BD HER T.2", "BD", 7},
                            {4, "31042000000043", "J A PON", "JALB", 0},
                            {5, "31042000000050", "843.914 MOD", "DOC2", 0}};
        for (const Row& r : rows) {
            QVERIFY(
                cache.database()
                    .exec(QStringLiteral("INSERT INTO items (item_id, barcode, biblio_id, callnumber, location) "
                                         "VALUES (?, ?, ?, ?, ?)"),
                          {r.item, QLatin1String(r.barcode), r.item, QLatin1String(r.call), QLatin1String(r.location)})
                    .ok());
            QVERIFY(cache.database()
                        .exec(QStringLiteral("INSERT INTO biblios (biblio_id, title) VALUES (?, ?)"),
                              {r.item, QStringLiteral("Titre %1").arg(r.item)})
                        .ok());
            QVERIFY(
                cache.database()
                    .exec(QStringLiteral("INSERT INTO pick_list (site, item_id, biblio_id, barcode, pickup_library_id, "
                                         "callnumber, hold_group_id, item_level) VALUES ('CENTRE', ?, ?, ?, "
                                         "'CENTRE', ?, ?, 0)"),
                          {r.item, r.item, QLatin1String(r.barcode), QLatin1String(r.call),
                           r.group ? QVariant(r.group) : QVariant()})
                    .ok());
        }
        PullListPage page(cache, outbox);
        page.setDesk(QStringLiteral("CENTRE"), QStringLiteral("accueil-1"), QStringLiteral("mdupont"));
        desk::ShelfLayout layout;
        layout.zones = {
            {QStringLiteral("jeunesse"), QStringLiteral("Jeunesse"), {QStringLiteral("JALB")}},
            {QStringLiteral("adultes"), QStringLiteral("Adultes"), {QStringLiteral("AROM"), QStringLiteral("BD")}},
            {QStringLiteral("docs"), QStringLiteral("Documentaires"), {QStringLiteral("DOC2")}}};
        page.setShelfLayout(layout);
        page.reload();
        QCOMPARE(page.total(), 5);
        QCOMPARE(page.progressText(), QStringLiteral("0 / 5"));
        // Groups in walking order, call numbers in shelf order.
        const QAbstractItemModel* model = page.model();
        const auto group = [model](int g) { return model->index(g, 0); };
        const auto line = [model, group](int g, int r) { return model->index(r, 0, group(g)).data().toString(); };
        QStringList order;
        for (int g = 0; g < model->rowCount(); ++g)
            for (int c = 0; c < model->rowCount(group(g)); ++c)
                order << line(g, c);
        QCOMPARE(order, (QStringList{QStringLiteral("J A PON"), QStringLiteral("R SIM"), QStringLiteral("BD HER T.2"),
                                     QStringLiteral("BD HER T.10"), QStringLiteral("843.914 MOD")}));
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(group(0).data().toString().startsWith(QStringLiteral("Jeunesse — 1 line")));
        QVERIFY(group(1).data().toString().startsWith(QStringLiteral("Adultes — 3 line")));
        // The zone filter.
        page.zoneFilter()->setCurrentIndex(page.zoneFilter()->findText(QStringLiteral("Documentaires")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(line(0, 0), QStringLiteral("843.914 MOD"));
        page.zoneFilter()->setCurrentIndex(0);
        // Scanning marks found; unknown barcodes are not on the list.
        QVERIFY(page.markFound(QStringLiteral("31042000000027")));
        QVERIFY(!page.markFound(QStringLiteral("31042999999999")));
        QCOMPARE(page.progressText(), QStringLiteral("1 / 5"));
        // Not found: recorded in the outbox with its reason.
        page.askReason = [] { return QStringLiteral("Absent du rayon"); };
        page.tree()->setCurrentIndex(model->index(0, 0, group(0)));
        QVERIFY(page.markNotFound(QStringLiteral("31042000000043"), QStringLiteral("Absent du rayon")));
        QCOMPARE(page.state(QStringLiteral("31042000000043")), PullListPage::State::NotFound);
        const auto pending = outbox.list(OutboxAction::State::Pending);
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value().first().kind, desk::action::NotFound);
        QCOMPARE(pending.value().first().payload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Absent du rayon"));
        QCOMPARE(page.progressText(), QStringLiteral("2 / 5"));
        // Click & collect only.
        page.kindFilter()->setCurrentIndex(2);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(line(0, 0), QStringLiteral("BD HER T.2"));
        page.kindFilter()->setCurrentIndex(0);
        // Marks survive a refresh; the printed list is a real PDF in walking order.
        page.reload();
        QCOMPARE(page.progressText(), QStringLiteral("2 / 5"));
        const QString pdf = m_dir.filePath(QStringLiteral("pull.pdf"));
        QVERIFY(page.exportPdf(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.indexOf(QStringLiteral("J A PON")) < text.indexOf(QStringLiteral("R SIM")), qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("BD HER T.2")) < text.indexOf(QStringLiteral("BD HER T.10")));
        QVERIFY(text.contains(QStringLiteral("Adultes (3)"))); // zones as sections, from the template

        // Next item mode: the first unmarked line in walking order, its zone lit on the floor plan.
        layout.floorPlan = QStringLiteral(":/floorplans/demo.svg");
        page.setShelfLayout(layout);
        page.reload();
        NextItemView run(page);
        QVERIFY(run.floorPlan()->isLoaded());
        QCOMPARE(run.current(), QStringLiteral("31042000000019")); // R SIM: J A PON is marked not found
        QCOMPARE(run.callNumberLabel()->text(), QStringLiteral("R SIM"));
        QCOMPARE(run.floorPlan()->highlight(), QStringLiteral("adultes"));
        QVERIFY(run.floorPlan()->hasZone(QStringLiteral("adultes")));
        // Scanned: found, and the next one (BD HER T.10 is already found, so BD HER T.2 … then MOD).
        run.scan(QStringLiteral("31042000000019"));
        QCOMPARE(page.state(QStringLiteral("31042000000019")), PullListPage::State::Found);
        QCOMPARE(run.current(), QStringLiteral("31042000000035"));
        // A code not on the list changes nothing.
        run.scan(QStringLiteral("99999999999999"));
        QCOMPARE(run.current(), QStringLiteral("31042000000035"));
        // S skips (typed in the empty scan field), N records not found with the reason asked.
        QTest::keyClick(run.scanField(), Qt::Key_S);
        QCOMPARE(run.current(), QStringLiteral("31042000000050"));
        QCOMPARE(run.floorPlan()->highlight(), QStringLiteral("docs"));
        QVERIFY(!run.floorPlan()->hasZone(QStringLiteral("docs"))); // no such element: nothing lit
        page.askReason = [] { return QStringLiteral("Abîmé"); };
        QTest::keyClick(run.scanField(), Qt::Key_N);
        QCOMPARE(page.state(QStringLiteral("31042000000050")), PullListPage::State::NotFound);
        QCOMPARE(run.current(), QStringLiteral("31042000000035")); // back to the skipped one
        run.scan(QStringLiteral("31042000000035"));
        QVERIFY(run.current().isEmpty()); // all done
        QCOMPARE(page.progressText(), QStringLiteral("5 / 5"));
    }

    void capturePageListsAndPrints()
    {
        CapturePage page;
        page.setLibraryName(QStringLiteral("Médiathèque centrale"));
        page.setAutoPrint({VerdictKind::HoldHere});
        QStringList printed;
        page.printSlip = [&](const Slip& slip) {
            const QString path = m_dir.filePath(QStringLiteral("capture-%1.pdf").arg(printed.size()));
            printed << path;
            return writeSlipPdf(slip, path);
        };
        desk::CaptureResult hold;
        hold.verdict = {VerdictKind::HoldHere, QStringLiteral("Étagère des réservations"), QString()};
        hold.outcome.ok = true;
        hold.outcome.alert = QStringLiteral("01");
        hold.outcome.holdPatronCard = QStringLiteral("21042000000017");
        hold.outcome.holdPatronName = QStringLiteral("Dupont, Marie");
        hold.outcome.title = QStringLiteral("Le jardin perdu");
        hold.outcome.callNumber = QStringLiteral("R SIM");
        page.addCapture(QStringLiteral("31042000000019"), hold);
        QCOMPARE(page.printedCount(), 1); // hold slips print by themselves here
        QCOMPARE(page.table()->rowCount(), 1);
        QCOMPARE(page.table()->item(0, 3)->text(), QStringLiteral("DUP… M.")); // abbreviated by default
        const QString text = pdfText(printed.first());
        QVERIFY(text.contains(QStringLiteral("DUP… M.")) && text.contains(QStringLiteral("R SIM")));
        QVERIFY(!text.contains(QStringLiteral("Dupont")));
        QCOMPARE(scannedBarcodes(printed.first()), QStringList{QStringLiteral("31042000000019")});
        // Back to the shelf: no slip. Transit: a slip, not printed by itself here.
        desk::CaptureResult shelf;
        shelf.verdict = {VerdictKind::Reshelve, QStringLiteral("À remettre en rayon"), QString()};
        page.addCapture(QStringLiteral("31042000000027"), shelf);
        desk::CaptureResult transit;
        transit.verdict = {VerdictKind::Transit, QStringLiteral("Navette vers Jean-Moulin"), QString()};
        transit.destination = QStringLiteral("JMOULIN");
        transit.provisional = true;
        page.addCapture(QStringLiteral("31042000000035"), transit);
        QCOMPARE(page.table()->rowCount(), 3);
        QCOMPARE(page.printedCount(), 1);
        QCOMPARE(page.table()->item(0, 1)->text(), QStringLiteral("31042000000035")); // newest first
        // The same slip for a receipt printer: accents in Windows-1252, the barcode as Code 128, a cut.
        const QByteArray escpos = escPosSlip(page.lastSlip());
        QVERIFY(escpos.startsWith("\x1b@\x1bt\x10"));
        QVERIFY(escpos.contains("\x1dkI\x10{B31042000000035"));
        QVERIFY(escpos.contains(print::EscPos::encode(QStringLiteral("Caisse JMOULIN"), 16)));
        // Provisional (offline): the slip says so, with its accents in Windows-1252.
        QVERIFY(escpos.contains(print::EscPos::encode(QStringLiteral("Hors ligne\u00A0: à confirmer"), 16)));
        QVERIFY(escpos.contains("\xe0 confirmer"));
        QVERIFY(escpos.endsWith("\x1dVA\x03"));
        // "Reprint last slip" prints the transit slip.
        QVERIFY(page.reprintButton()->isEnabled());
        page.reprintLast();
        QCOMPARE(page.printedCount(), 2);
        QCOMPARE(scannedBarcodes(printed.last()), QStringList{QStringLiteral("31042000000035")});
    }

    void holdShelfClearsExpiredRequests()
    {
        Desk desk;
        QVERIFY(desk.start(m_dir.filePath(QStringLiteral("shelf"))));
        InProcessSandbox& sandbox = desk.sandbox;
        LocalStore& store = *desk.store;
        desk::IlsSession& session = *desk.session;
        const desk::ConnectionSettings& s = session.settings();

        HoldShelfPage page(store.cache(), store.outbox());
        page.setDesk(s.site, s.workstation, s.staff);
        page.setToday(QDate(2026, 11, 22));
        page.reload();
        const int expired = int(page.expired().size());
        const int serverExpired = sandbox
                                      .scalar(QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = "
                                                             "'CENTRE' AND status = 'W' AND expiration_date < "
                                                             "'2026-11-22'"))
                                      .toInt();
        QVERIFY(expired > 0);
        QCOMPARE(expired, serverExpired);
        QVERIFY(!page.waiting().isEmpty());
        QVERIFY(std::is_sorted(page.waiting().cbegin(), page.waiting().cend(),
                               [](const auto& a, const auto& b) { return a.expires < b.expires; }));
        // The clearance list prints.
        const QString pdf = m_dir.filePath(QStringLiteral("clearance.pdf"));
        QVERIFY(page.exportClearancePdf(pdf));
        QVERIFY(pdfText(pdf).contains(page.expired().first().barcode));
        // "No" changes nothing; "yes" records one cancellation per request, and the replay sends them.
        page.confirm = [](const QString&) { return false; };
        QCOMPARE(page.clearExpired(), 0);
        page.confirm = [](const QString&) { return true; };
        QSignalSpy cleared(&page, &HoldShelfPage::cleared);
        QCOMPARE(page.clearExpired(), expired);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(page.expired().isEmpty());
        QCOMPARE(store.outbox().count(OutboxAction::State::Pending).value(), expired);
        bool replayed = false;
        connect(&session.replayer(), &desk::Replayer::finished, this, [&replayed] { replayed = true; });
        session.replayer().replay();
        QVERIFY(QTest::qWaitFor([&replayed] { return replayed; }, 30000));
        QCOMPARE(store.outbox().count(OutboxAction::State::Pending).value(), 0);
        QCOMPARE(
            sandbox
                .scalar(QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = 'CENTRE' AND status = "
                                       "'W' AND expiration_date < '2026-11-22'"))
                .toInt(),
            0);
    }

    void pickupAtTheDesk()
    {
        Desk desk;
        QVERIFY(desk.start(m_dir.filePath(QStringLiteral("pickup"))));
        InProcessSandbox& sandbox = desk.sandbox;
        LocalStore& store = *desk.store;
        desk::IlsSession& session = *desk.session;
        const desk::ConnectionSettings& s = session.settings();
        const QString card =
            sandbox
                .scalar(QStringLiteral("SELECT p.cardnumber FROM holds h JOIN patrons p USING "
                                       "(patron_id) WHERE h.pickup_library_id = 'CENTRE' AND h.status "
                                       "= 'W' AND h.expiration_date >= '2026-11-22' AND p.restricted "
                                       "= 0 AND p.expiry_date > '2026-11-22' ORDER BY h.hold_id LIMIT 1"))
                .toString();
        QVERIFY(!card.isEmpty());
        HoldShelfPage page(store.cache(), store.outbox());
        page.setDesk(s.site, s.workstation, s.staff);
        page.setToday(QDate(2026, 11, 22));
        page.setCheckout(&session.checkout());
        page.reload();
        // The receipt (checked below): printed when the last item is handed over (or on "Finish pickup").
        page.setReceipt(true, QStringLiteral("Médiathèque centrale"));
        QStringList receipts;
        page.printReceipt = [&](const Slip& slip) {
            const QString path = m_dir.filePath(QStringLiteral("receipt-%1.pdf").arg(receipts.size()));
            receipts << path;
            return writeSlipPdf(slip, path);
        };
        QList<Verdict> shown;
        auto show = [&shown](const Verdict& v) { shown << v; };
        // An item before any card: asks for the card.
        page.handleScan(QStringLiteral("31042000000019"), show);
        QCOMPARE(shown.last().kind, VerdictKind::Warning);
        page.handleScan(card, show);
        QCOMPARE(shown.last().kind, VerdictKind::HoldHere);
        const auto items = page.patronItems();
        QVERIFY(!items.isEmpty());
        QVERIFY(!shown.last().detail.contains(card)); // positions and titles, no card number
        // Someone else's item is not handed over.
        page.handleScan(
            page.waiting().last().card == card ? page.waiting().first().barcode : page.waiting().last().barcode, show);
        QCOMPARE(shown.last().kind, VerdictKind::Warning);
        // The patron's item: checked out through SIP2, the request filled.
        const int before = int(shown.size());
        page.handleScan(items.first().barcode, show);
        QVERIFY(QTest::qWaitFor([&] { return shown.size() > before; }, 10000));
        QVERIFY2(shown.last().kind == VerdictKind::Success, qPrintable(shown.last().title + shown.last().detail));
        QCOMPARE(sandbox.scalar(QStringLiteral("SELECT count(*) FROM holds WHERE hold_id = ?"), {items.first().holdId})
                     .toInt(),
                 0);
        QCOMPARE(page.patronItems().size(), items.size() - 1);
        QCOMPARE(store.outbox().count(OutboxAction::State::Acknowledged).value(), 1);
        for (const auto& item : page.patronItems()) {
            const int count = int(shown.size());
            page.handleScan(item.barcode, show);
            QVERIFY(QTest::qWaitFor([&] { return shown.size() > count; }, 10000));
        }
        QCOMPARE(receipts.size(), 1);
        const QString receipt = pdfText(receipts.first());
        QVERIFY2(receipt.contains(QStringLiteral("VOS RÉSERVATIONS")), qPrintable(receipt));
        QVERIFY(receipt.contains(QStringLiteral("à rendre le")));
        QVERIFY(!receipt.contains(card));
        for (const auto& item : items)
            QVERIFY(receipt.contains(item.barcode));
        // Nothing handed over: no receipt.
        page.finishPickup();
        QCOMPARE(receipts.size(), 1);
    }

    void settingsEditShelvesAndTemplates()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings-dialog.ini")));
        print::TemplateStore templates(m_dir.filePath(QStringLiteral("own-templates")));
        desk::ShelfLayout layout = demo::trainingZones();
        layout.floorPlan = QStringLiteral(":/floorplans/demo.svg");
        SettingsDialog dialog(settings, templates, {QStringLiteral("JALB"), QStringLiteral("RESERVE")}, layout);
        dialog.show();
        ShelfLayoutEditor* shelves = dialog.shelves();
        // The plan is named, not shown as a path of the program's resources.
        QVERIFY2(!shelves->planField()->text().contains(QStringLiteral(":/")),
                 qPrintable(shelves->planField()->text()));
        QCOMPARE(shelves->planPath(), QStringLiteral(":/floorplans/demo.svg"));
        ShelfLayoutTree* tree = shelves->tree();
        // Zones in order, then "Not placed" with the known location that is in no zone.
        QCOMPARE(tree->topLevelItemCount(), layout.zones.size() + 1);
        QCOMPARE(tree->topLevelItem(tree->topLevelItemCount() - 1)->child(0)->text(0), QStringLiteral("RESERVE"));
        // Drag "BD" (in Adultes) onto the Jeunesse zone: it goes at the end of Jeunesse.
        QTreeWidgetItem* young = tree->topLevelItem(0);
        QTreeWidgetItem* adults = tree->topLevelItem(1);
        QTreeWidgetItem* bd = nullptr;
        for (int c = 0; c < adults->childCount(); ++c)
            if (adults->child(c)->text(0) == QLatin1String("BD"))
                bd = adults->child(c);
        QVERIFY(bd);
        tree->setCurrentItem(bd);
        QVERIFY(tree->dropSelectedAt(tree->visualItemRect(young).center() + QPoint(0, 2)));
        QCOMPARE(shelves->shelfLayout().zones[0].locations.last(), QStringLiteral("BD"));
        // A zone cannot be dropped into a location; a location can be placed above another.
        tree->setCurrentItem(adults);
        tree->expandAll();
        QVERIFY(tree->dropSelectedAt(tree->visualItemRect(young).topLeft() + QPoint(5, 1))); // above Jeunesse
        QCOMPARE(shelves->shelfLayout().zones[0].name, QStringLiteral("Adultes"));
        // Keyboard: Alt+↑ equivalent moves the location before its neighbour.
        tree->setCurrentItem(bd);
        const int before = young->indexOfChild(bd);
        shelves->moveSelected(-1);
        QCOMPARE(young->indexOfChild(bd), before - 1);
        // Saved as the setting, read back by the pull list.
        dialog.apply();
        auto saved = desk::ShelfLayout::fromJson(settings.value(settings::ShelfLayout).toUtf8());
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().zones[0].id, QStringLiteral("adultes"));
        QVERIFY(saved.value().zones[1].locations.contains(QStringLiteral("BD")));
        QCOMPARE(saved.value().floorPlan, QStringLiteral(":/floorplans/demo.svg"));
        // Templates: a mistake is shown with its line, the preview follows the text, saving keeps a copy.
        TemplateEditor* editor = dialog.templates();
        editor->select(print::TemplateKind::HoldSlip);
        QVERIFY(editor->problems()->text().startsWith(QStringLiteral("✔")));
        QVERIFY(!editor->preview()->pixmap().isNull());
        const int shippedHeight = editor->preview()->pixmap().height();
        editor->text()->setPlainText(
            QStringLiteral("[big]{{patron.shelf}}\n{{patron.nom}}\n[barcode]{{item.barcode}}"));
        QVERIFY2(editor->problems()->text().contains(QStringLiteral("Line 2")), qPrintable(editor->problems()->text()));
        QVERIFY(editor->preview()->pixmap().height() < shippedHeight);
        QVERIFY(editor->save().ok());
        QVERIFY(templates.isEdited(print::TemplateKind::HoldSlip));
        QVERIFY(editor->reset().ok());
        QVERIFY(!templates.isEdited(print::TemplateKind::HoldSlip));
        // The pull list template previews as HTML.
        editor->select(print::TemplateKind::PullList);
        QVERIFY(editor->htmlPreview()->toPlainText().contains(QStringLiteral("Jeunesse")));

        // Settings > Shuttle: the crate hub and the van's routes, saved as the settings.
        ShuttleSettingsPage* shuttle = dialog.shuttle();
        QVERIFY(shuttle);
        QVERIFY(shuttle->hub()->text().isEmpty());
        shuttle->hub()->setText(QStringLiteral(" ROMANS "));
        shuttle->routes()->setPlainText(QStringLiteral("Nord: GIONO, HUGO\n\nSud : ROMANS,PONT"));
        QVERIFY(shuttle->problem()->text().isEmpty());
        dialog.apply();
        QCOMPARE(settings.value(settings::CrateHub), QStringLiteral("ROMANS"));
        QCOMPARE(settings.value(settings::CrateRoutes), QStringLiteral("Nord: GIONO, HUGO; Sud: ROMANS, PONT"));
        // A library on two routes: said on the page, the routes saved before stay.
        shuttle->routes()->setPlainText(QStringLiteral("Nord: GIONO\nSud: GIONO"));
        QVERIFY(shuttle->problem()->text().contains(QStringLiteral("GIONO")));
        shuttle->hub()->clear();
        dialog.apply();
        QCOMPARE(settings.value(settings::CrateHub), QString());
        QCOMPARE(settings.value(settings::CrateRoutes), QStringLiteral("Nord: GIONO, HUGO; Sud: ROMANS, PONT"));
        // A dialog opened again shows what was saved.
        SettingsDialog again(settings, templates, {}, layout);
        QCOMPARE(again.shuttle()->routes()->toPlainText(), QStringLiteral("Nord: GIONO, HUGO\nSud: ROMANS, PONT"));
        // The network's configuration file keeps it as it is (one line).
        const NetworkConfig exported =
            NetworkConfig::fromCounter(settings, QStringLiteral("CENTRE"), {}, QStringLiteral("t"));
        auto reread = NetworkConfig::parse(exported.serialize());
        QVERIFY(reread.ok());
        QCOMPARE(reread.value().settings.value(QStringLiteral("crates/routes")), settings.value(settings::CrateRoutes));
    }

    void lookupAcrossTheNetwork()
    {
        Desk desk;
        QVERIFY(desk.start(m_dir.filePath(QStringLiteral("lookup"))));
        InProcessSandbox& sandbox = desk.sandbox;
        // A patron with requests at several pickup sites, some at other sites than this one.
        const QString card =
            sandbox
                .scalar(QStringLiteral("SELECT p.cardnumber FROM holds h JOIN patrons p USING (patron_id) "
                                       "GROUP BY p.patron_id HAVING count(DISTINCT h.pickup_library_id) "
                                       "> 1 ORDER BY count(*) DESC LIMIT 1"))
                .toString();
        QVERIFY(!card.isEmpty());
        const qint64 patronId =
            sandbox.scalar(QStringLiteral("SELECT patron_id FROM patrons WHERE cardnumber = ?"), {card}).toLongLong();
        const int holds =
            sandbox.scalar(QStringLiteral("SELECT count(*) FROM holds WHERE patron_id = ?"), {patronId}).toInt();
        const QString surname =
            sandbox.scalar(QStringLiteral("SELECT surname FROM patrons WHERE patron_id = ?"), {patronId}).toString();
        desk::NetworkLookup lookup(&desk.session->rest(), desk.store->cache());
        LookupPage page(lookup, desk.store->outbox());
        page.setStaff(QStringLiteral("mdupont"));
        page.libraryName = [&](const QString& id) { return desk.session->capture().libraryName(id); };
        int answers = 0;
        connect(&page, &LookupPage::searched, this, [&answers] { ++answers; });
        // By card: one patron, chosen at once; all their requests, from every site.
        page.search(card);
        QVERIFY(QTest::qWaitFor([&] { return answers >= 2; }, 10000));
        QCOMPARE(page.patrons()->rowCount(), 1);
        QVERIFY(!page.patrons()->item(0, 1)->text().contains(card)); // the last digits only
        QCOMPARE(page.requests()->rowCount(), holds);
        QSet<QString> pickups;
        for (int r = 0; r < page.requests()->rowCount(); ++r)
            pickups << page.requests()->item(r, 2)->text();
        QVERIFY(pickups.size() > 1);
        for (int r = 0; r < page.requests()->rowCount(); ++r)
            QVERIFY(!page.requests()->item(r, 1)->text().isEmpty());
        // By name: the start of the surname, several patrons maybe, this one among them.
        answers = 0;
        page.search(surname.left(4));
        QVERIFY(QTest::qWaitFor([&] { return answers >= 1; }, 10000));
        QVERIFY(page.patrons()->rowCount() >= 1);
        bool listed = false;
        for (int r = 0; r < page.patrons()->rowCount(); ++r)
            listed = listed || page.patrons()->item(r, 0)->text().startsWith(surname.toUpper());
        QVERIFY(listed);
        // Where an item is, in words: hold shelf with its expiry, transit with its crate.
        desk::LookupRequest transit;
        transit.where = desk::LookupRequest::Where::InTransit;
        transit.pickupLibrary = QStringLiteral("GIONO");
        QVERIFY(page.whereText(transit).contains(QStringLiteral("GIONO")));
        // The ILS not answering: this site's cache, and the page says so.
        sandbox.faults.restErrors = 1000000;
        answers = 0;
        page.search(card);
        QVERIFY(QTest::qWaitFor([&] { return answers >= 1; }, 30000));
        QVERIFY2(page.status()->text().contains(QStringLiteral("not answering")), qPrintable(page.status()->text()));
        sandbox.faults.restErrors = 0;
        // An appointment set from the phone line, for a click & collect order.
        const qint64 order = sandbox
                                 .scalar(QStringLiteral("SELECT hold_group_id FROM holds WHERE hold_group_id IS NOT "
                                                        "NULL LIMIT 1"))
                                 .toLongLong();
        QVERIFY(page.setAppointment(order, QDateTime(QDate(2026, 11, 24), QTime(16, 30))).ok());
        QCOMPARE(desk.store->outbox().appointment(order).value(), QDateTime(QDate(2026, 11, 24), QTime(16, 30)));
    }

    void pickupCollectsAClickAndCollectOrder()
    {
        // An order gathered and ready: every request of the group waiting on this site's shelf with
        // a copy of its own (set up in the training library before the first sync).
        qint64 order = 0;
        Desk desk;
        QVERIFY(desk.start(m_dir.filePath(QStringLiteral("pickup-cc")), [&order](InProcessSandbox& sandbox) {
            order = sandbox
                        .scalar(QStringLiteral("SELECT h.hold_group_id FROM holds h JOIN patrons p USING (patron_id) "
                                               "WHERE h.pickup_library_id = 'CENTRE' AND h.hold_group_id IS NOT NULL "
                                               "AND p.restricted = 0 AND p.expiry_date > '2026-11-22' GROUP BY "
                                               "h.hold_group_id HAVING count(*) > 1 ORDER BY h.hold_group_id LIMIT 1"))
                        .toLongLong();
            return order > 0 &&
                   sandbox.exec(
                       QStringLiteral("UPDATE holds SET status = 'W', priority = 0, waiting_date = '2026-11-21', "
                                      "expiration_date = '2026-12-01', item_id = coalesce(item_id, (SELECT i.item_id "
                                      "FROM items i WHERE i.biblio_id = holds.biblio_id AND i.checked_out_date IS NULL "
                                      "AND i.item_id NOT IN (SELECT item_id FROM holds WHERE item_id IS NOT NULL) "
                                      "LIMIT 1)) WHERE hold_group_id = ?"),
                       {order}) &&
                   sandbox.exec(QStringLiteral("UPDATE items SET holding_library_id = 'CENTRE' WHERE item_id IN "
                                               "(SELECT item_id FROM holds WHERE hold_group_id = ?)"),
                                {order}) &&
                   sandbox.scalar(QStringLiteral("SELECT count(*) FROM holds WHERE hold_group_id = ? AND item_id IS "
                                                 "NULL"),
                                  {order})
                           .toInt() == 0;
        }));
        const QString card = desk.sandbox
                                 .scalar(QStringLiteral("SELECT p.cardnumber FROM holds h JOIN patrons p USING "
                                                        "(patron_id) WHERE h.hold_group_id = ? LIMIT 1"),
                                         {order})
                                 .toString();
        const desk::ConnectionSettings& s = desk.session->settings();
        HoldShelfPage page(desk.store->cache(), desk.store->outbox());
        page.setDesk(s.site, s.workstation, s.staff);
        page.setToday(QDate(2026, 11, 22));
        page.setCheckout(&desk.session->checkout());
        page.reload();
        QList<Verdict> shown;
        auto show = [&shown](const Verdict& v) { shown << v; };
        page.handleScan(card, show);
        QCOMPARE(shown.last().kind, VerdictKind::HoldHere);
        QList<HoldShelfPage::Line> inOrder;
        for (const auto& line : page.patronItems())
            if (line.orderId == order)
                inOrder << line;
        QVERIFY(inOrder.size() > 1);
        for (int i = 0; i < inOrder.size(); ++i) {
            const int count = int(shown.size());
            page.handleScan(inOrder[i].barcode, show);
            QVERIFY(QTest::qWaitFor([&] { return shown.size() > count; }, 10000));
            QVERIFY2(shown.last().kind == VerdictKind::Success, qPrintable(shown.last().detail));
            // Collected only once the order's last item is handed over.
            const auto collected = desk.store->outbox().collectedSince(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
            QVERIFY(collected);
            const bool listed = std::any_of(collected.value().cbegin(), collected.value().cend(),
                                            [order](const CollectedOrder& c) { return c.order == order; });
            QCOMPARE(listed, i == inOrder.size() - 1);
        }
        const auto collected = desk.store->outbox().collectedSince(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
        const auto it = std::find_if(collected.value().cbegin(), collected.value().cend(),
                                     [order](const CollectedOrder& c) { return c.order == order; });
        QCOMPARE(it->items, int(inOrder.size()));
        QVERIFY(!it->patron.contains(card));
        // The click & collect page lists it as collected, though the ILS has filled the requests.
        ClickCollectPage orders(desk.store->cache(), desk.store->outbox());
        orders.setDesk(s.site, QStringLiteral("Médiathèque centrale"), s.staff);
        orders.setToday(QDate(2026, 11, 22));
        orders.reload();
        bool shownCollected = false;
        for (const auto& o : orders.orders())
            shownCollected = shownCollected || (o.id == order && o.state == ClickCollectPage::State::Collected);
        QVERIFY(shownCollected);
    }

    void rfidAndSerialScannerAtTheDesk()
    {
        if (!sandbox::PtyPair::available())
            QSKIP("socat is not installed");
        Desk desk;
        QVERIFY(desk.start(m_dir.filePath(QStringLiteral("rfid"))));
        Settings settings(m_dir.filePath(QStringLiteral("rfid.ini")));
        test::RecordingSoundSink sound;
        MainWindow window(*desk.store, settings, sound);
        window.setConnectionState(ConnectionState::Online);
        DeviceHub hub(window);
        devices::DeviceConfig config = devices::DeviceConfig::load(settings);
        QString problem;
        QVERIFY2(hub.startTwins(m_dir.filePath(QStringLiteral("rfid-devices")), config, &problem), qPrintable(problem));
        config.pad.pollMs = 50;
        hub.apply(config);
        // As the desk does: a scan is captured; an item from the pad is then secured at the gate.
        QList<devices::ScanEvent> events;
        QList<Verdict> verdicts;
        connect(&window, &MainWindow::scannedEvent, &window, [&](const devices::ScanEvent& event) {
            events << event;
            desk.session->capture().checkin(event.code, [&, event](desk::CaptureResult result) {
                verdicts << result.verdict;
                if (result.verdict.kind != VerdictKind::Error)
                    hub.secureAfter(event, false);
            });
        });
        const QString item = desk.store->cache()
                                 .database()
                                 .scalar(QStringLiteral("SELECT barcode FROM pick_list WHERE site = 'CENTRE' "
                                                        "ORDER BY barcode LIMIT 1"))
                                 .value()
                                 .toString();
        QVERIFY(!item.isEmpty());
        // The item comes back on the pad with its tag still "may leave".
        devices::TagData tag;
        tag.barcode = item;
        tag.ownerIsil = config.ownIsil;
        auto twinTag = sandbox::SimulatedRfidPad::makeTag(devices::TagModel::Iso28560_3, tag);
        twinTag.afi = 0xC2;
        hub.padTwin()->place(twinTag);
        QVERIFY(QTest::qWaitFor([&] { return verdicts.size() == 1; }, 10000));
        QCOMPARE(events.first().source, devices::ScanSource::Rfid);
        QCOMPARE(events.first().code, item);
        QVERIFY2(verdicts.first().kind == VerdictKind::HoldHere || verdicts.first().kind == VerdictKind::Transit,
                 qPrintable(verdicts.first().title));
        QVERIFY(QTest::qWaitFor([&] { return hub.padTwin()->tag(twinTag.uid)->afi == 0x07; }, 5000));
        QVERIFY(window.deviceLabel()->text().contains(QStringLiteral("RFID pad ready")));
        // Left on the pad: not captured twice.
        QTest::qWait(300);
        QCOMPARE(verdicts.size(), 1);
        // The serial scanner: same stream, its own source.
        hub.scannerTwin()->scan(sandbox::NetworkGenerator::barcode(3, 1042, 1));
        QVERIFY(QTest::qWaitFor([&] { return events.size() == 2; }, 5000));
        QCOMPARE(events.last().source, devices::ScanSource::SerialScanner);
        // Line noise on the scanner: an error in the banner, nothing captured.
        hub.scannerTwin()->sendRaw(QByteArray::fromHex("FFFE00") + "\r\n");
        QVERIFY(QTest::qWaitFor([&] { return window.banner()->verdict().title == QStringLiteral("Unreadable scan"); },
                                5000));
        QCOMPARE(events.size(), 2);

        // Settings > Devices: the running devices let go, the page tests them live.
        hub.stop();
        DevicesPage page(config);
        QCOMPARE(page.scannerPort()->currentText(), config.scannerLine.port);
        page.testScanner();
        QVERIFY(page.testResult()->text().contains(QStringLiteral("Scan something now")));
        hub.scannerTwin()->scan(QStringLiteral("23529001000463"));
        QVERIFY(QTest::qWaitFor([&] { return page.testResult()->text().contains(QStringLiteral("23529001000463")); },
                                5000));
        QVERIFY(page.testResult()->text().contains(QStringLiteral("Patron card")));
        QVERIFY(!page.diagnostics()->toPlainText().isEmpty());
        page.testPad();
        hub.padTwin()->clear();
        tag.barcode = QStringLiteral("31042000000027");
        tag.ownerIsil = QStringLiteral("FR-692662101");
        hub.padTwin()->place(sandbox::SimulatedRfidPad::makeTag(devices::TagModel::Iso28560_2, tag));
        QVERIFY(QTest::qWaitFor([&] { return page.testResult()->text().contains(QStringLiteral("31042000000027")); },
                                5000));
        QVERIFY(page.testResult()->text().contains(QStringLiteral("FR-692662101")));
        QVERIFY(page.diagnostics()->toPlainText().contains(QStringLiteral("→")));
        // Rules tried as they are edited.
        page.tryCode()->setText(QStringLiteral("31042000000018"));
        QVERIFY(page.tryResult()->text().contains(QStringLiteral("wrong check digit")));
        page.tryCode()->setText(QStringLiteral("CC12"));
        QVERIFY(page.tryResult()->text().contains(QStringLiteral("Click & collect")));
        page.stopTests();
    }

    void clickAndCollectOrders()
    {
        Desk desk;
        QVERIFY(desk.start(m_dir.filePath(QStringLiteral("cc"))));
        ClickCollectPage page(desk.store->cache(), desk.store->outbox());
        page.setDesk(QStringLiteral("CENTRE"), QStringLiteral("Médiathèque centrale"), QStringLiteral("mdupont"));
        page.setToday(QDate(2026, 11, 22));
        page.reload();
        const int orders = desk.sandbox
                               .scalar(QStringLiteral("SELECT count(DISTINCT hold_group_id) FROM holds WHERE "
                                                      "pickup_library_id = 'CENTRE' AND hold_group_id IS NOT NULL"))
                               .toInt();
        QVERIFY(orders > 0);
        QCOMPARE(int(page.orders().size()), orders);
        QCOMPARE(page.table()->rowCount(), orders);
        for (const auto& o : page.orders()) {
            QVERIFY(o.total >= 1 && o.gathered <= o.total);
            if (o.state == ClickCollectPage::State::Ready)
                QCOMPARE(o.gathered, o.total);
            if (o.state == ClickCollectPage::State::ToGather)
                QCOMPARE(o.gathered, 0);
            QVERIFY(!o.patron.contains(QLatin1Char(','))); // abbreviated
        }
        // An appointment set when the patron calls: kept durably, shown in the list.
        const qint64 id = page.orders().first().id;
        const QDateTime slot(QDate(2026, 11, 24), QTime(17, 30), QTimeZone::utc());
        QVERIFY(page.setAppointment(id, slot).ok());
        QCOMPARE(desk.store->outbox().appointment(id).value(), slot);
        QCOMPARE(page.orders().first().appointment, slot);
        QVERIFY(!page.table()->item(0, 4)->text().isEmpty());
        // The bag label: a PDF with the order's barcode.
        const QString pdf = m_dir.filePath(QStringLiteral("bag.pdf"));
        QVERIFY(page.writeBagLabel(id, pdf));
        QCOMPARE(scannedBarcodes(pdf), QStringList{QStringLiteral("CC%1").arg(id)});
        QVERIFY(!page.writeBagLabel(-1, pdf));
        const QString label = pdfText(pdf);
        QVERIFY2(QString(label).replace(QChar(0xA0), QLatin1Char(0x20)).contains(QStringLiteral("SAC N° %1").arg(id)),
                 qPrintable(label));
        // Collected at the desk: still listed today as collected, also once the ILS has dropped the
        // filled requests (order 999999 is in no request any more).
        QVERIFY(desk.store->outbox().markCollected(id, QStringLiteral("DUP… M."), 2, QStringLiteral("mdupont")).ok());
        QVERIFY(
            desk.store->outbox().markCollected(999999, QStringLiteral("MAR… L."), 3, QStringLiteral("mdupont")).ok());
        page.reload();
        int collected = 0;
        for (const auto& o : page.orders())
            if (o.state == ClickCollectPage::State::Collected) {
                ++collected;
                QCOMPARE(ClickCollectPage::stateText(o), QStringLiteral("collected"));
                QVERIFY(o.id == id || (o.id == 999999 && o.total == 3 && o.patron == QStringLiteral("MAR… L.")));
            }
        QCOMPARE(collected, 2);
    }

    void refreshButtonAndProgress()
    {
        comptoir::test::MockClock clock;
        LocalStore store(m_dir.filePath(QStringLiteral("window")), clock);
        QVERIFY(store.open());
        Settings settings(m_dir.filePath(QStringLiteral("window.ini")));
        struct Silent : SoundSink
        {
            void play(VerdictKind) override {}
        } sound;
        MainWindow window(store, settings, sound);
        window.show();
        QSignalSpy refresh(&window, &MainWindow::refreshRequested);
        QTest::mouseClick(window.refreshButton(), Qt::LeftButton);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_F5);
        QCOMPARE(refresh.size(), 2);
        window.showSyncProgress(QStringLiteral("Requests"), 250, 1000);
        QVERIFY(window.syncProgress()->isVisible());
        QCOMPARE(window.syncProgress()->value(), 250);
        window.hideSyncProgress();
        QVERIFY(!window.syncProgress()->isVisible());
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
