// comptoir-report: the supervisor's daily queue report from the command line, for cron or a
// scheduled task. Finds the library system as comptoir does (the counter's settings and the
// keychain, or --demo and the training library), takes today's report (and keeps it) or reads a
// stored day, and writes it as text, CSV or PDF. Needs no display.
#include "I18n.h"
#include "Logging.h"
#include "ReportPdf.h"
#include "Settings.h"
#include "Version.h"
#include "Workstation.h"
#include "desk/IlsSession.h"
#include "netstore/NetworkStoreLink.h"
#include "netstore/ReportSnapshots.h"
#include "reports/ReportExport.h"
#include "reports/ReportService.h"
#include "reports/SnapshotStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <sys/stat.h>

using namespace comptoir;
using namespace comptoir::reports;

namespace {

int fail(const QString& message, int code = 1)
{
    std::fprintf(stderr, "comptoir-report: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    ::umask(077); // reports, like every file Comptoir writes, are their owner's only
    // Charts are drawn for the PDF through Qt Widgets' graphics scene: a GUI application on the
    // offscreen platform, so no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("comptoir"));
    QCoreApplication::setOrganizationName(QStringLiteral("comptoir"));
    QString requestedLanguage;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i)
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            requestedLanguage = args[i + 1];
    i18n::install(app, i18n::resolveLanguage(requestedLanguage));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "report", "The daily queue report of the library network: requests per site, pending by "
                  "age against the 24/48 h promise, hold shelves, pull runs, crates."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption date(
        QStringLiteral("date"),
        QCoreApplication::translate("report",
                                    "The day (YYYY-MM-DD). Today (the default) is read from the library system and "
                                    "kept; another day is read from the kept reports."),
        QStringLiteral("DATE"));
    const QCommandLineOption site(
        QStringLiteral("site"),
        QCoreApplication::translate("report",
                                    "Only this site (repeat it, or separate ids with commas; \"all\": every site, the "
                                    "default). The network's totals are always the whole network's."),
        QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("report", "text, csv or pdf."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("report",
                                    "The file to write (default: the standard output; for pdf, report-DATE.pdf)."),
        QStringLiteral("FILE"));
    const QCommandLineOption data(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("report",
                                    "The counter's data folder (settings, outbox, kept reports), as comptoir's."),
        QStringLiteral("DIR"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "report", "Start the training library on this computer and report on it, as comptoir --demo."));
    const QCommandLineOption noKeep(QStringLiteral("no-keep"),
                                    QCoreApplication::translate("report", "Do not keep today's figures (a dry run)."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("report", "Language of the report: fr or en."),
                                  QStringLiteral("fr|en"));
    parser.addOptions({date, site, format, out, data, demo, noKeep, lang});
    if (!parser.parse(args))
        return fail(parser.errorText(), 2);
    if (parser.isSet(help)) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("comptoir-report %s\n", COMPTOIR_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("report", "Unexpected argument \"%1\".")
                        .arg(parser.positionalArguments().first()),
                    2);
    const QString kind = parser.value(format).toLower();
    if (kind != QLatin1String("text") && kind != QLatin1String("csv") && kind != QLatin1String("pdf"))
        return fail(QCoreApplication::translate("report", "Unknown format \"%1\": use text, csv or pdf.")
                        .arg(parser.value(format)),
                    2);
    QDate day;
    if (parser.isSet(date)) {
        day = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!day.isValid())
            return fail(QCoreApplication::translate("report", "--date needs a day as YYYY-MM-DD, not \"%1\".")
                            .arg(parser.value(date)),
                        2);
    }
    QStringList sites;
    for (const QString& value : parser.values(site))
        for (const QString& id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            sites << id.trimmed().toUpper();
    if (sites.contains(QStringLiteral("ALL")))
        sites.clear();

    const bool isDemo = parser.isSet(demo);
    const QString demoData =
        qEnvironmentVariableIsEmpty("COMPTOIR_DEMO_DATA")
            ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/comptoir-demo")
            : qEnvironmentVariable("COMPTOIR_DEMO_DATA");
    const QString dataDir = parser.isSet(data) ? parser.value(data)
                            : isDemo           ? demoData
                                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    Settings settings(QDir(dataDir).filePath(QStringLiteral("comptoir.ini")));
    logging::install(settings.value(settings::LogRules), QDir(dataDir).filePath(QStringLiteral("comptoir.log")));

    SystemClock clock;
    Workstation workstation(dataDir, settings, clock, isDemo);
    const auto opened = workstation.openStores();
    if (!opened)
        return fail(opened.error().message);
    if (isDemo) {
        if (Status started = workstation.startTrainingLibrary(false); !started.ok())
            return fail(started.error().message);
    } else {
        const desk::ConnectionSettings connection = workstation.savedConnection();
        if (connection.restUrl.isEmpty())
            return fail(QCoreApplication::translate(
                            "report",
                            "No REST address of the library system in %1: set up the counter with comptoir first (the "
                            "report reads the network's requests through Koha's REST API).")
                            .arg(settings.filePath()));
        // An address the counter would refuse (plain http to another computer): the request would go
        // without the password and come back as a bare HTTP error; say why instead.
        if (const desk::RestAddress address =
                desk::RestAddress::read(connection.restUrl.toString(), connection.allowInsecure);
            !address.ok())
            return fail(QCoreApplication::translate("report", "The library system's REST address in %1 is refused: %2")
                            .arg(settings.filePath(), address.problem),
                        3);
        QString problem;
        const desk::ConnectionSecrets secrets = workstation.readSecrets(connection, &problem);
        if (!problem.isEmpty())
            qCWarning(lcReports) << "keychain:" << problem;
        workstation.connectTo(connection, secrets);
    }
    const desk::ConnectionSettings& c = workstation.session().settings();

    SnapshotStore snapshots;
    if (Status s = snapshots.open(QDir(dataDir).filePath(SnapshotStore::fileName())); !s.ok())
        return fail(s.error().message);
    ReportService service(&workstation.session().rest(), snapshots, clock);
    service.setLocal(&workstation.store().outbox().database(), c.site);
    // With a network store: the day kept is published (from the outbox, on this round or the desk's
    // next), and the report holds every counter's figures, read from their snapshots of the day.
    netstore::NetworkStoreLink& link = workstation.networkStore();
    snapshots.setOnSaved([&link](const DayReport& saved) {
        if (Status published = netstore::publishSnapshot(link, saved); !published.ok())
            qCWarning(lcReports) << "report snapshot not published:" << published.error().message;
    });
    service.setCounterSource(netstore::counterSource(link, &service));
    if (link.isConfigured() && !link.isConnected()) {
        // The link connects off this thread (keychain, then a probe): waited for, up to 15 s; not
        // connected by then, the report says the counters' figures are this counter's only.
        QEventLoop wait;
        QObject::connect(&link, &netstore::NetworkStoreLink::connectedChanged, &wait, [&wait](bool up) {
            if (up)
                wait.quit();
        });
        QTimer::singleShot(15000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    if (!day.isValid())
        day = service.today();

    std::optional<Result<DayReport>> taken;
    QEventLoop loop;
    service.take(
        day,
        [&](Result<DayReport> r) {
            taken.emplace(std::move(r));
            loop.quit();
        },
        !parser.isSet(noKeep));
    if (!taken)
        loop.exec();
    if (!taken->ok()) {
        const bool unreachable = taken->error().code == ReportService::IlsUnreachable;
        return fail(taken->error().message +
                        (unreachable ? QLatin1Char('\n') +
                                           QCoreApplication::translate("report", "No report was kept for this day.")
                                     : QString()),
                    unreachable ? 3 : 1);
    }
    DayReport report = taken->value();
    if (!sites.isEmpty()) {
        for (const QString& id : std::as_const(sites))
            if (!report.site(id))
                return fail(QCoreApplication::translate("report", "Unknown site \"%1\".").arg(id), 2);
        report = report.only(sites);
    }
    const Thresholds thresholds = Thresholds::fromSettings(settings);
    auto history = service.history(day);
    QList<HistoryDay> days = history ? history.value() : QList<HistoryDay>();
    // Not kept (--no-keep), the day's figures are still the ones just taken: the trend ends on them
    // (the days before stay as kept, or missing).
    for (HistoryDay& d : days)
        if (d.day == day && !d.report)
            d.report = taken->value();

    const QString target = parser.value(out);
    if (kind == QLatin1String("pdf")) {
        const QString path = target.isEmpty() ? QStringLiteral("report-%1.pdf").arg(day.toString(Qt::ISODate)) : target;
        if (Status s = writeReportPdf(report, days, thresholds, path); !s.ok())
            return fail(s.error().message);
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("report", "Report written to %1").arg(path)));
        return 0;
    }
    const QByteArray bytes =
        kind == QLatin1String("csv") ? toCsv(report, thresholds) : toText(report, thresholds, days).toUtf8();
    if (target.isEmpty() || target == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return 0;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QCoreApplication::translate("report", "Cannot write %1: %2").arg(target, file.errorString()));
    return 0;
}
