// comptoir: the staff client.
#include "CapturePage.h"
#include "ClickCollectPage.h"
#include "Clock.h"
#include "ConnectionDialog.h"
#include "Demo.h"
#include "DeviceConfig.h"
#include "DeviceHub.h"
#include "DeviceTwinsWindow.h"
#include "DevicesPage.h"
#include "HoldShelfPage.h"
#include "I18n.h"
#include "LocalStore.h"
#include "Logging.h"
#include "LookupPage.h"
#include "MainWindow.h"
#include "OutboxPage.h"
#include "PullListPage.h"
#include "Retention.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SlipPrinter.h"
#include "SoundPlayer.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <sys/stat.h>
#include <unistd.h>

using namespace comptoir;

// Milliseconds since the process started (the kernel's start time: loading the libraries counts).
static double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (in parentheses, which may contain spaces); start time is field 22.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return up * 1000.0 - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

static double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readAll().split(' ').value(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// For --startup-report: notes the window's first paint.
class FirstPaint : public QObject
{
public:
    std::function<void()> painted;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && painted) {
            auto done = std::move(painted);
            painted = nullptr;
            QTimer::singleShot(0, this, done);
        }
        return QObject::eventFilter(watched, event);
    }
};

// Verdict kinds whose slip prints by itself (setting slips/autoPrint).
static QList<VerdictKind> autoPrintKinds(const Settings& settings)
{
    QList<VerdictKind> autoPrint;
    const QStringList kinds = settings.value(settings::SlipAutoPrint).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QList<QPair<QString, VerdictKind>> names = {{QStringLiteral("hold"), VerdictKind::HoldHere},
                                                      {QStringLiteral("transit"), VerdictKind::Transit},
                                                      {QStringLiteral("bag"), VerdictKind::Bag},
                                                      {QStringLiteral("provisional"), VerdictKind::Provisional}};
    for (const auto& [name, kind] : names)
        if (kinds.contains(name))
            autoPrint << kind;
    return autoPrint;
}

int main(int argc, char* argv[])
{
    // Every file Comptoir creates is readable by its owner only.
    ::umask(077);
    // --headless needs no display at all, and never opens a dialog: what it has to say goes to
    // stderr and the exit code.
    bool headless = false;
    for (int i = 1; i < argc; ++i)
        headless = headless || qstrcmp(argv[i], "--headless") == 0;
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("comptoir"));
    QApplication::setOrganizationName(QStringLiteral("comptoir"));
    QApplication::setApplicationDisplayName(QStringLiteral("Comptoir"));
    QApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));

    // The language (and the data folder holding its setting) is needed before --help is printed,
    // so these two options are read before the parser runs.
    const QStringList args = QApplication::arguments();
    auto early = [&args](const QString& name, const QString& fallback) {
        QString value = fallback;
        for (int i = 1; i < args.size(); ++i) {
            if (args[i] == name && i + 1 < args.size())
                value = args[i + 1];
            else if (args[i].startsWith(name + QLatin1Char('=')))
                value = args[i].mid(name.size() + 1);
        }
        return value;
    };
    QString requestedLanguage = early(QStringLiteral("--lang"), QString());
    const bool demoMode = args.contains(QStringLiteral("--demo"));
    // The demo keeps its own data (its cache, outbox and training library), away from a real counter's.
    const QString defaultDataDir = demoMode
                                       ? (qEnvironmentVariableIsEmpty("COMPTOIR_DEMO_DATA")
                                              ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                                    QStringLiteral("/comptoir-demo")
                                              : qEnvironmentVariable("COMPTOIR_DEMO_DATA"))
                                       : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString dataDir = early(QStringLiteral("--data-dir"), defaultDataDir);
    QDir().mkpath(dataDir);
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    Settings settings(QDir(dataDir).filePath(QStringLiteral("comptoir.ini")));
    if (requestedLanguage.isEmpty())
        requestedLanguage = settings.value(settings::Language);
    i18n::install(app, i18n::resolveLanguage(requestedLanguage));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Comptoir: the staff client for the holds, pulls, shuttle crates and lockers of a library network."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface language: fr or en."),
                                        QStringLiteral("fr|en"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"), QApplication::translate("main", "Folder of the local cache, outbox and settings."),
        QStringLiteral("DIR"));
    const QCommandLineOption logOption(
        QStringLiteral("log-rules"),
        QApplication::translate("main", "Logging filter rules, e.g. \"comptoir.core.*.debug=true\"."),
        QStringLiteral("RULES"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Close the window after this many milliseconds (for screenshots)."),
        QStringLiteral("MS"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start the training library on this computer and connect to it (demo site "
                                        "CENTRE; data under the data folder)."));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QApplication::translate("main", "With --demo: no window. Sync the site, build its pull list, capture a few "
                                        "items, write their slips as PDF files, print a summary and exit."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QApplication::translate("main", "With --headless: where the slips go."),
                                       QStringLiteral("DIR"), QStringLiteral("out"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main", "Open on this page: pull-list, capture, hold-shelf, click-collect, lookup or "
                                        "outbox (a counter that mostly pulls can start on its list)."),
        QStringLiteral("PAGE"));
    const QCommandLineOption startupOption(
        QStringLiteral("startup-report"),
        QApplication::translate("main", "Print the time from the start of the process to the first painted window "
                                        "and to the cached lists loaded, the memory used and the cached rows, then "
                                        "quit (a benchmark)."));
    parser.addOptions({langOption, dataOption, logOption, quitOption, demoOption, headlessOption, outOption, pageOption,
                       startupOption});

    parser.process(app);
    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption).toLower();
        if (lang != QLatin1String("fr") && lang != QLatin1String("en")) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("main", "Unknown language \"%1\": use fr or en.")
                                        .arg(parser.value(langOption))));
            return 2;
        }
    }
    QString logRules = settings.value(settings::LogRules);
    if (parser.isSet(logOption))
        logRules += QLatin1Char(';') + parser.value(logOption);
    logging::install(logRules, QDir(dataDir).filePath(QStringLiteral("comptoir.log")));
    qCInfo(lcApp) << "Comptoir" << COMPTOIR_VERSION << "starting; data in" << dataDir;

    SystemClock clock;
    LocalStore store(dataDir, clock);
    auto opened = store.open();
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        if (!headless)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Comptoir cannot start"),
                                  opened.error().message);
        return 1;
    }
    if (const Status written = settings.sync(); !written.ok())
        qCWarning(lcApp) << written.error().message;
    // Privacy: patron data older than the library's retention goes, at start and every six hours.
    auto applyPrivacy = [&store, &clock, &settings, &dataDir] {
        auto purged = applyRetention(store, clock.now(), settings.value(settings::PatronRetentionDays),
                                     QDir(dataDir).filePath(QStringLiteral("slips")));
        if (!purged)
            qCWarning(lcApp) << "privacy retention:" << purged.error().message;
    };
    applyPrivacy();
    QTimer retentionTimer;
    QObject::connect(&retentionTimer, &QTimer::timeout, &app, applyPrivacy);
    retentionTimer.start(6 * 3600 * 1000);

    if (parser.isSet(headlessOption) && !parser.isSet(demoOption)) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--headless goes with --demo.")));
        return 2;
    }

    const desk::NameDisplay nameDisplay = desk::nameDisplayFromSetting(settings.value(settings::PatronNameDisplay));
    QNetworkAccessManager nam;
    desk::IlsSession session(nam, store, clock);
    sandbox::SandboxProcess library;
    if (parser.isSet(demoOption)) {
        const Status started = demo::startLibrary(library, dataDir, !parser.isSet(headlessOption));
        if (!started.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
            if (!parser.isSet(headlessOption))
                QMessageBox::critical(nullptr, QApplication::translate("main", "Comptoir cannot start"),
                                      started.error().message);
            return 1;
        }
        session.configure(demo::connectionSettings(library), demo::secrets());
        if (parser.isSet(headlessOption))
            return demo::runHeadless(session, store, opened.value(), parser.value(outOption), nameDisplay);
    } else {
        // A real counter: settings from the file, secrets from the system keychain; the connection
        // dialog when something is missing.
        desk::ConnectionSettings connection = desk::ConnectionSettings::fromSettings(settings);
        desk::ConnectionSecrets secrets;
        ils::KeychainSecretStore keychain;
        QString keychainProblem;
        if (connection.isComplete()) {
            QEventLoop wait;
            int pending = 2;
            auto got = [&](QString& target) {
                return [&, target = &target](Result<QString> r) {
                    if (r)
                        *target = r.value();
                    else
                        keychainProblem = r.error().message;
                    if (--pending == 0)
                        wait.quit();
                };
            };
            keychain.read(connection.restSecretKey(), got(secrets.restSecret));
            keychain.read(connection.sipSecretKey(), got(secrets.sipPassword));
            if (pending > 0)
                wait.exec();
        }
        if (!connection.isComplete() || !keychainProblem.isEmpty()) {
            ConnectionDialog dialog(nam, clock);
            dialog.setValues(connection, secrets);
            if (!keychainProblem.isEmpty())
                QMessageBox::warning(&dialog, QApplication::translate("main", "Credentials"), keychainProblem);
            if (dialog.exec() == QDialog::Accepted) {
                connection = dialog.connectionSettings();
                secrets = dialog.secrets();
                connection.save(settings);
                if (const Status written = settings.sync(); !written.ok())
                    qCWarning(lcApp) << written.error().message;
                keychain.write(connection.restSecretKey(), secrets.restSecret, [](Status s) {
                    if (!s.ok())
                        qCWarning(lcApp) << "keychain:" << s.error().message;
                });
                keychain.write(connection.sipSecretKey(), secrets.sipPassword, [](Status s) {
                    if (!s.ok())
                        qCWarning(lcApp) << "keychain:" << s.error().message;
                });
            }
        }
        if (connection.isComplete())
            session.configure(connection, secrets);
    }

    AlsaSoundPlayer sound;
    sound.setEnabled(settings.value(settings::SoundEnabled));
    sound.setVolume(settings.value(settings::SoundVolume));
    MainWindow window(store, settings, sound);
    // Devices: the serial scanner, the RFID pad and the keyboard wedge from the settings; in the
    // demo, simulated twins on pseudo-terminals unless real ports are set.
    DeviceHub devices(window);
    devices::DeviceConfig deviceConfig = devices::DeviceConfig::load(settings);
    bool twins = false;
    const QString twinsDir = QDir(dataDir).filePath(QStringLiteral("devices"));
    const auto simulated = [&twinsDir](const QString& port) { return port.isEmpty() || port.startsWith(twinsDir); };
    if (parser.isSet(demoOption) && simulated(deviceConfig.scannerLine.port) && simulated(deviceConfig.pad.line.port)) {
        QString problem;
        twins = devices.startTwins(twinsDir, deviceConfig, &problem);
        if (!twins)
            qCWarning(lcApp) << problem;
    }
    devices.apply(deviceConfig);
    DeviceTwinsWindow* twinsWindow = nullptr;
    if (twins) {
        twinsWindow = new DeviceTwinsWindow(
            devices,
            [&store, &session] {
                QList<DeviceTwinsWindow::Candidate> items;
                // What this counter handles: its pull list and the items waiting on its shelf.
                if (auto rows = store.cache().database().exec(
                        QStringLiteral("SELECT p.barcode, coalesce(b.title, '') FROM pick_list p LEFT JOIN biblios b "
                                       "ON b.biblio_id = p.biblio_id WHERE p.site = ? AND p.barcode IS NOT NULL UNION "
                                       "SELECT i.barcode, coalesce(b.title, '') FROM holds h JOIN items i ON "
                                       "i.item_id = h.item_id LEFT JOIN biblios b ON b.biblio_id = h.biblio_id WHERE "
                                       "h.pickup_library_id = ? AND h.status = 'W' AND i.barcode IS NOT NULL LIMIT 60"),
                        {session.settings().site, session.settings().site})) {
                    while (rows.value().next())
                        items.append({rows.value().value(0).toString(), rows.value().value(1).toString()});
                }
                return items;
            },
            &window);
        auto* twinsButton = new QToolButton(&window);
        twinsButton->setObjectName(QStringLiteral("simulatedDevicesButton"));
        twinsButton->setText(QApplication::translate("main", "Simulated devices…"));
        twinsButton->setToolTip(QApplication::translate("main", "The demo's scanner and RFID pad, driven by hand"));
        twinsButton->setFocusPolicy(Qt::NoFocus);
        QObject::connect(twinsButton, &QToolButton::clicked, &window, [twinsWindow] {
            twinsWindow->reload();
            twinsWindow->show();
            twinsWindow->raise();
        });
        window.statusBar()->addPermanentWidget(twinsButton);
    }
    // Slips: the library's own templates (edited in Settings) over the shipped ones; the printer.
    print::TemplateStore templates(QDir(dataDir).filePath(QStringLiteral("templates")));
    SlipPrinter slipPrinter;
    slipPrinter.configure(settings);
    QObject::connect(&slipPrinter, &SlipPrinter::failed, &window, [&window](const QString& message) {
        window.showVerdict({VerdictKind::Error, QApplication::translate("main", "Printer"), message});
    });
    const bool connected = session.settings().isComplete();
    if (const QUrl rest = session.settings().restUrl;
        rest.scheme() == QLatin1String("http") && !desk::RestAddress::isLoopback(rest.host())) {
        // Allowed explicitly in the connection settings; said for as long as it lasts.
        auto* insecure = new QLabel(QApplication::translate("main", "⚠ Unencrypted connection to %1").arg(rest.host()));
        insecure->setObjectName(QStringLiteral("insecureConnection"));
        insecure->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
        window.statusBar()->addPermanentWidget(insecure);
    }
    PullListPage* pullList = nullptr;
    HoldShelfPage* holdShelf = nullptr;
    ClickCollectPage* clickCollect = nullptr;
    desk::NetworkLookup* lookup = nullptr;
    if (connected) {
        QObject::connect(&session, &desk::IlsSession::stateChanged, &window, &MainWindow::setConnectionState);
        QObject::connect(&session.sync(), &sync::SyncEngine::progress, &window, &MainWindow::showSyncProgress);
        QObject::connect(&session.sync(), &sync::SyncEngine::finished, &window, [&window] {
            window.hideSyncProgress();
            window.refreshOutboxCount();
        });
        QObject::connect(&session, &desk::IlsSession::outboxChanged, &window, &MainWindow::refreshOutboxCount);
        QObject::connect(&window, &MainWindow::refreshRequested, &session, &desk::IlsSession::refreshNow);
        window.outboxPage()->setStaff(session.settings().staff);
        QObject::connect(window.outboxPage(), &OutboxPage::retried, &session,
                         [&session] { session.replayer().replay(); });
        pullList = new PullListPage(store.cache(), store.outbox());
        pullList->setDesk(session.settings().site, session.settings().workstation, session.settings().staff);
        {
            const QString json = settings.value(settings::ShelfLayout);
            auto layout = desk::ShelfLayout::fromJson(json.toUtf8());
            if (json.isEmpty() || !layout)
                layout = parser.isSet(demoOption) ? demo::shelfLayout() : desk::ShelfLayout();
            pullList->setShelfLayout(layout.value());
        }
        pullList->setTemplates(&templates);
        window.setPageWidget(MainWindow::Page::PullList, pullList);
        // The pick list only changes when the sync fetched it again.
        QObject::connect(&session.sync(), &sync::SyncEngine::finished, pullList,
                         [pullList](const Status&, const sync::SyncReport& report) {
                             if (report.full || report.pickList > 0)
                                 pullList->reload();
                         });
        QObject::connect(&session, &desk::IlsSession::queueImported, pullList, &PullListPage::reload);
        auto* capturePage = new CapturePage;
        capturePage->setLibraryName(session.capture().libraryName(session.settings().site));
        capturePage->libraryName = [&session](const QString& id) { return session.capture().libraryName(id); };
        capturePage->setNameDisplay(nameDisplay);
        capturePage->setWorkstation(session.settings().workstation);
        capturePage->setTemplates(&templates);
        capturePage->setPrinter(&slipPrinter);
        session.capture().setNameDisplay(nameDisplay);
        capturePage->setAutoPrint(autoPrintKinds(settings));
        window.setPageWidget(MainWindow::Page::Capture, capturePage);
        holdShelf = new HoldShelfPage(store.cache(), store.outbox());
        holdShelf->setDesk(session.settings().site, session.settings().workstation, session.settings().staff);
        holdShelf->setNameDisplay(nameDisplay);
        holdShelf->setCheckout(&session.checkout());
        holdShelf->setReceipt(settings.value(settings::PickupReceipt),
                              session.capture().libraryName(session.settings().site), templates);
        holdShelf->setPrinter(&slipPrinter);
        window.setPageWidget(MainWindow::Page::HoldShelf, holdShelf);
        clickCollect = new ClickCollectPage(store.cache(), store.outbox());
        clickCollect->setDesk(session.settings().site, session.capture().libraryName(session.settings().site),
                              session.settings().staff);
        clickCollect->setNameDisplay(nameDisplay);
        clickCollect->setTemplates(&templates);
        window.setPageWidget(MainWindow::Page::ClickCollect, clickCollect);
        QObject::connect(&session.sync(), &sync::SyncEngine::finished, clickCollect, &ClickCollectPage::reload);
        QObject::connect(&session.sync(), &sync::SyncEngine::finished, holdShelf, &HoldShelfPage::reload);
        QObject::connect(holdShelf, &HoldShelfPage::cleared, &session, [&session, &window] {
            window.refreshOutboxCount();
            session.replayer().replay();
        });
        lookup =
            new desk::NetworkLookup(session.settings().sipOnly() ? nullptr : &session.rest(), store.cache(), &window);
        auto* lookupPage = new LookupPage(*lookup, store.outbox());
        lookupPage->setStaff(session.settings().staff);
        lookupPage->libraryName = [&session](const QString& id) { return session.capture().libraryName(id); };
        window.setPageWidget(MainWindow::Page::Lookup, lookupPage);
        QObject::connect(&window, &MainWindow::scannedEvent, &session,
                         [&window, &session, &devices, pullList, capturePage, holdShelf,
                          lookupPage](const devices::ScanEvent& event) {
                             const QString& code = event.code;
                             // Another library's item says so in its verdict.
                             const QString owner = devices.foreignOwner(event);
                             const QString ownerNote =
                                 owner.isEmpty() ? QString()
                                                 : QStringLiteral(" — ") +
                                                       QApplication::translate("main", "belongs to %1").arg(owner);
                             if (window.currentPage() == MainWindow::Page::Lookup) {
                                 lookupPage->search(code); // a card scanned while on the phone
                                 return;
                             }
                             if (window.currentPage() == MainWindow::Page::PullList) {
                                 // Pulling: a scan marks the line found.
                                 if (pullList->markFound(code))
                                     window.showVerdict(
                                         {VerdictKind::Success, QApplication::translate("main", "Found"),
                                          QApplication::translate("main", "Pulled: %1").arg(pullList->progressText())});
                                 else
                                     window.showVerdict(
                                         {VerdictKind::Warning, QApplication::translate("main", "Not on the pull list"),
                                          QApplication::translate("main", "Capture it from the Capture page.")});
                                 return;
                             }
                             if (window.currentPage() == MainWindow::Page::HoldShelf) {
                                 // Pickup at the desk: a card, then the patron's items; an item from the pad
                                 // gets "may leave" once it is checked out.
                                 holdShelf->handleScan(code, [&window, &devices, event, ownerNote](Verdict verdict) {
                                     verdict.detail += ownerNote;
                                     window.showVerdict(verdict);
                                     window.refreshOutboxCount();
                                     if (verdict.kind == VerdictKind::Success)
                                         devices.secureAfter(event, true);
                                 });
                                 return;
                             }
                             session.capture().checkin(
                                 code, [&window, &devices, capturePage, event, ownerNote](desk::CaptureResult result) {
                                     result.verdict.detail += ownerNote;
                                     window.showVerdict(result.verdict);
                                     capturePage->addCapture(event.code, result);
                                     window.refreshOutboxCount();
                                     // Checked in: secured again at the gate.
                                     if (result.verdict.kind != VerdictKind::Error)
                                         devices.secureAfter(event, false);
                                 });
                         });
        QObject::connect(&window, &MainWindow::settingsRequested, &window,
                         [&window, &settings, &templates, &slipPrinter, &store, &session, &devices, &deviceConfig,
                          pullList, capturePage, holdShelf] {
                             QStringList known;
                             if (auto rows = store.cache().database().exec(
                                     QStringLiteral("SELECT DISTINCT location FROM items WHERE location IS NOT NULL "
                                                    "AND holding_library_id = ?"),
                                     {session.settings().site})) {
                                 while (rows.value().next())
                                     known << rows.value().value(0).toString();
                             }
                             // The devices let go of their ports while the Devices page may test them.
                             devices.stop();
                             SettingsDialog dialog(settings, templates, known, pullList->shelfLayout(), &window,
                                                   &deviceConfig);
                             const bool accepted = dialog.exec() == QDialog::Accepted;
                             if (accepted)
                                 deviceConfig = dialog.devices()->config();
                             devices.apply(deviceConfig);
                             if (!accepted)
                                 return;
                             pullList->setShelfLayout(dialog.shelfLayout());
                             pullList->reload();
                             slipPrinter.configure(settings);
                             capturePage->setAutoPrint(autoPrintKinds(settings));
                             holdShelf->setReceipt(settings.value(settings::PickupReceipt),
                                                   session.capture().libraryName(session.settings().site), templates);
                         });
        const desk::ConnectionSettings& c = session.settings();
        window.setDeskText(
            QApplication::translate("main", "%1 — workstation %2%3")
                .arg(c.site, c.workstation,
                     parser.isSet(demoOption) ? QApplication::translate("main", " — training library") : QString()));
        window.setConnectionState(ConnectionState::Offline);
        session.start(settings.value(settings::SyncIntervalSeconds));
    }
    if (parser.isSet(pageOption)) {
        const QHash<QString, MainWindow::Page> pages = {
            {QStringLiteral("pull-list"), MainWindow::Page::PullList},
            {QStringLiteral("capture"), MainWindow::Page::Capture},
            {QStringLiteral("hold-shelf"), MainWindow::Page::HoldShelf},
            {QStringLiteral("click-collect"), MainWindow::Page::ClickCollect},
            {QStringLiteral("lookup"), MainWindow::Page::Lookup},
            {QStringLiteral("outbox"), MainWindow::Page::Outbox}};
        window.selectPage(pages.value(parser.value(pageOption), MainWindow::Page::Capture));
    }
    FirstPaint firstPaint;
    double paintedAt = -1, loadedAt = -1;
    const auto report = [&] {
        if (!parser.isSet(startupOption) || paintedAt < 0 || (connected && loadedAt < 0))
            return;
        qint64 rows = 0;
        for (const char* table : {"libraries", "holds", "items", "biblios", "patrons"})
            if (const auto count = store.cache().rowCount(QLatin1String(table)))
                rows += count.value();
        std::printf("startup.first_paint %.0f ms\nstartup.lists_loaded %.0f ms\nstartup.rss %.0f MB\n"
                    "startup.cached_rows %lld rows\n",
                    paintedAt, loadedAt, residentMegabytes(), static_cast<long long>(rows));
        std::fflush(stdout);
        QTimer::singleShot(0, &app, &QApplication::quit);
    };
    if (parser.isSet(startupOption)) {
        firstPaint.painted = [&] {
            paintedAt = msSinceProcessStart();
            report();
        };
        window.installEventFilter(&firstPaint);
    }
    window.show();
    if (connected)
        // The cached lists fill their pages once the window is up, not before it is shown.
        QTimer::singleShot(0, &window, [&, pullList, holdShelf, clickCollect] {
            pullList->reload();
            holdShelf->reload();
            clickCollect->reload();
            loadedAt = msSinceProcessStart();
            report();
        });
    for (const StoreNotice& notice : opened.value())
        QTimer::singleShot(0, &window, [&window, notice] {
            QMessageBox::warning(&window, QApplication::translate("main", "Local data"), notice.message);
        });
    if (parser.isSet(quitOption))
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
