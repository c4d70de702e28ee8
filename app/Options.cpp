#include "Options.h"

#include "I18n.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

namespace comptoir::cli {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("comptoir"));
    QCoreApplication::setOrganizationName(QStringLiteral("comptoir"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
}

std::variant<Options, int> parse(int argc, char* argv[])
{
    // A plain core application: enough for the parser and the translations, needs no display.
    QCoreApplication cli(argc, argv);
    nameApplication();
    QString requested;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            requested = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            requested = args[i].mid(7);
    }
    i18n::install(cli, i18n::resolveLanguage(requested));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Comptoir: the staff client for the holds, pulls, shuttle crates and lockers of a library network."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "Interface language: fr or en."),
                                  QStringLiteral("fr|en"));
    const QCommandLineOption data(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder of the local cache, outbox and settings."), QStringLiteral("DIR"));
    const QCommandLineOption log(
        QStringLiteral("log-rules"),
        QCoreApplication::translate("main", "Logging filter rules, e.g. \"comptoir.core.*.debug=true\"."),
        QStringLiteral("RULES"));
    const QCommandLineOption quit(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("main", "Close the window after this many milliseconds (for screenshots)."),
        QStringLiteral("MS"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the training library on this computer and connect to it (demo "
                                            "site CENTRE; data under the data folder)."));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QCoreApplication::translate("main", "With --demo: no window. Sync the site, build its pull list, capture a "
                                            "few items, write their slips as PDF files, print a summary and exit."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("main", "With --headless: where the slips go."),
                                 QStringLiteral("DIR"), QStringLiteral("out"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Open on this page: pull-list, capture, hold-shelf, click-collect, crates, "
                                            "lockers, delivery, reports, lookup or outbox (a counter that mostly pulls "
                                            "can start on its list, a supervisor on the report)."),
        QStringLiteral("PAGE"));
    const QCommandLineOption startup(
        QStringLiteral("startup-report"),
        QCoreApplication::translate("main", "Print the time from the start of the process to the first painted "
                                            "window and to the cached lists loaded, the memory used and the cached "
                                            "rows, then quit (a benchmark)."));
    const QCommandLineOption network(
        QStringLiteral("network-config"),
        QCoreApplication::translate("main", "The network configuration provisioned by IT (default: "
                                            "COMPTOIR_NETWORK_CONFIG, then /etc/comptoir/network.conf)."),
        QStringLiteral("FILE"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QCoreApplication::translate("main", "Run as a patron kiosk, full screen: lockers (the locker bank's)."),
        QStringLiteral("KIND"));
    const QCommandLineOption formation(
        QStringLiteral("formation"),
        QCoreApplication::translate("main", "The guided training course: start a fresh training library on this "
                                            "computer, connect to it and list the exercises (data in their own "
                                            "folder, emptied at each start)."));
    parser.addOptions({lang, data, log, quit, demo, headless, out, page, startup, network, kiosk, formation});

    auto refuse = [](const QString& message) {
        std::fprintf(stderr, "comptoir: %s\n", qPrintable(message));
        return 2;
    };
    if (!parser.parse(args))
        return refuse(parser.errorText() + QLatin1Char('\n') +
                      QCoreApplication::translate("main", "See comptoir --help."));
    if (parser.isSet(help)) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("comptoir %s\n", COMPTOIR_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return refuse(QCoreApplication::translate("main", "Unexpected argument \"%1\".")
                          .arg(parser.positionalArguments().first()));
    Options o;
    o.language = parser.value(lang).toLower();
    if (parser.isSet(lang) && o.language != QLatin1String("fr") && o.language != QLatin1String("en"))
        return refuse(
            QCoreApplication::translate("main", "Unknown language \"%1\": use fr or en.").arg(parser.value(lang)));
    o.demo = parser.isSet(demo);
    o.headless = parser.isSet(headless);
    if (o.headless && !o.demo)
        return refuse(QCoreApplication::translate("main", "--headless goes with --demo."));
    bool ok = true;
    if (parser.isSet(quit))
        o.quitAfterMs = parser.value(quit).toInt(&ok);
    if (!ok || (parser.isSet(quit) && o.quitAfterMs < 0))
        return refuse(QCoreApplication::translate("main", "--quit-after needs a number of milliseconds."));
    const QStringList pages = {QStringLiteral("pull-list"),     QStringLiteral("capture"), QStringLiteral("hold-shelf"),
                               QStringLiteral("click-collect"), QStringLiteral("crates"),  QStringLiteral("lockers"),
                               QStringLiteral("delivery"),      QStringLiteral("reports"), QStringLiteral("lookup"),
                               QStringLiteral("outbox")};
    o.page = parser.value(page);
    if (parser.isSet(page) && !pages.contains(o.page))
        return refuse(QCoreApplication::translate("main", "Unknown page \"%1\": use one of %2.")
                          .arg(o.page, pages.join(QStringLiteral(", "))));
    // The demo keeps its own data (its cache, outbox and training library), away from a real counter's.
    const QString demoData =
        qEnvironmentVariableIsEmpty("COMPTOIR_DEMO_DATA")
            ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/comptoir-demo")
            : qEnvironmentVariable("COMPTOIR_DEMO_DATA");
    o.dataDir = parser.isSet(data) ? parser.value(data)
                : o.demo           ? demoData
                                   : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // The course: the demo's counter on a fresh training library, in a folder of its own.
    o.formation = parser.isSet(formation);
    if (o.formation && (o.demo || o.headless))
        return refuse(QCoreApplication::translate("main", "--formation goes without --demo and --headless."));
    if (o.formation) {
        o.demo = true;
        if (!parser.isSet(data))
            o.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QStringLiteral("/comptoir-formation");
    }
    o.logRules = parser.value(log);
    o.outDir = parser.value(out);
    o.startupReport = parser.isSet(startup);
    o.networkConfig = parser.value(network);
    o.kiosk = parser.value(kiosk);
    if (parser.isSet(kiosk) && o.kiosk != QLatin1String("lockers"))
        return refuse(QCoreApplication::translate("main", "Unknown kiosk \"%1\": use lockers.").arg(o.kiosk));
    return o;
}

} // namespace comptoir::cli
