// comptoir: the staff client. Reads its options, builds the counter (Workstation) and shows it
// (Desk), or runs the demo without a window.
#include "Clock.h"
#include "ConnectionDialog.h"
#include "Demo.h"
#include "Desk.h"
#include "FormationPanel.h"
#include "I18n.h"
#include "Kiosk.h"
#include "Logging.h"
#include "NetworkConfig.h"
#include "MainWindow.h"
#include "MemoryTuning.h"
#include "Options.h"
#include "Settings.h"
#include "StartupReport.h"
#include "Version.h"
#include "Workstation.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <sys/stat.h>

using namespace comptoir;

namespace {

// Without a window nothing may wait for a click: a problem goes to stderr (and, with a window, to
// a dialog too) and the process ends with a non-zero code.
int cannotStart(const QString& message, bool interactive)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    if (interactive)
        QMessageBox::critical(nullptr, QApplication::translate("main", "Comptoir cannot start"), message);
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    ::umask(077); // every file Comptoir creates is readable by its owner only
    keepFreedMemory(); // the pull list and sync pages are rebuilt again and again
    const auto parsed = cli::parse(argc, argv); // --help, --version and mistakes need no display
    if (const int* code = std::get_if<int>(&parsed))
        return *code;
    const cli::Options options = std::get<cli::Options>(parsed);
    if (options.headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    cli::nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Comptoir"));

    // The guided course starts from a fresh training library and counter, in a folder of its own.
    if (options.formation)
        if (const Status fresh = FormationPanel::freshFolder(options.dataDir); !fresh.ok())
            return cannotStart(fresh.error().message, options.quitAfterMs < 0 &&
                                                          QGuiApplication::platformName() != QLatin1String("offscreen") &&
                                                          QGuiApplication::platformName() != QLatin1String("minimal"));
    QDir().mkpath(options.dataDir);
    QFile::setPermissions(options.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    Settings settings(QDir(options.dataDir).filePath(QStringLiteral("comptoir.ini")));
    i18n::install(
        app, i18n::resolveLanguage(options.language.isEmpty() ? settings.value(settings::Language) : options.language));
    logging::install(settings.value(settings::LogRules) + QLatin1Char(';') + options.logRules,
                     QDir(options.dataDir).filePath(QStringLiteral("comptoir.log")));
    qCInfo(lcApp) << "Comptoir" << COMPTOIR_VERSION << "starting; data in" << options.dataDir;
    // Someone can answer a dialog: a window on a real screen, not a measurement or a timed run.
    const QString platform = QGuiApplication::platformName();
    const bool interactive = !options.headless && !options.startupReport && options.quitAfterMs < 0 &&
                             platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");

    SystemClock clock;
    Workstation workstation(options.dataDir, settings, clock, options.demo);
    // The network's configuration; a refused file leaves the counter as it was, and says why.
    if (!options.demo) {
        if (const Status network = workstation.loadNetworkConfig(provisionedNetworkConfigPath(options.networkConfig));
            !network.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(network.error().message));
            if (interactive)
                QMessageBox::warning(nullptr, QApplication::translate("main", "Network configuration refused"),
                                     QApplication::translate("main", "%1\n\nThis counter keeps its previous "
                                                                     "settings. Tell IT.")
                                         .arg(network.error().message));
        }
    }
    const auto notices = workstation.openStores();
    if (!notices)
        return cannotStart(notices.error().message, interactive);
    if (const Status written = settings.sync(); !written.ok())
        qCWarning(lcApp) << written.error().message;
    workstation.startRetention();

    if (options.demo) {
        if (const Status started = workstation.startTrainingLibrary(!options.headless && !options.formation); !started.ok())
            return cannotStart(started.error().message, interactive);
        if (options.headless)
            return demo::runHeadless(workstation, notices.value(), options.outDir);
    } else {
        ConnectionDialog::connectCounter(workstation); // the dialog when something is missing
        workstation.applyNetworkConfig();              // the site may have been chosen there
        workstation.startNetworkStore();               // the shared store, when netstore/address is set
    }

    if (options.kiosk == QLatin1String("lockers"))
        return runLockerKiosk(app, workstation, options);

    Desk desk(workstation);
    if (!options.page.isEmpty())
        desk.selectPage(options.page);
    StartupReport report(workstation.store(), workstation.isConnected());
    if (options.startupReport)
        report.watch(desk.window());
    // The course's exercises in a side dock; elsewhere, a button that starts the course apart.
    std::unique_ptr<FormationPanel> course;
    if (options.formation) {
        QStringList problems;
        // The network's own exercises (*.exercise) from IT's folder, next to the network's configuration.
        const QString networkExercises = qEnvironmentVariableIsEmpty("COMPTOIR_FORMATION_DIR")
                                             ? QStringLiteral("/etc/comptoir/formation")
                                             : qEnvironmentVariable("COMPTOIR_FORMATION_DIR");
        const auto exercises = FormationPanel::loadAll(networkExercises, &problems);
        for (const QString& problem : problems)
            std::fprintf(stderr, "%s\n", qPrintable(problem));
        course = std::make_unique<FormationPanel>(workstation, desk.window(), exercises);
    } else if (!options.demo && options.kiosk.isEmpty()) {
        FormationPanel::addLauncher(desk.window());
    }
    if (options.formation)
        desk.window().showMaximized(); // the exercises beside the pages
    else
        desk.window().show();
    QTimer::singleShot(0, &desk, [&] {
        desk.start();
        report.listsLoaded();
    });
    desk.showNotices(notices.value());
    if (options.quitAfterMs >= 0)
        QTimer::singleShot(options.quitAfterMs, &app, &QApplication::quit);
    return app.exec();
}
