// comptoir-sandbox: the training library. Generates its network into a SQLite file and serves
// the Koha REST API v1 subset and SIP2 from it.
#include "Logging.h"
#include "Version.h"
#include "sandbox/Circulation.h"
#include "sandbox/KohaRestServer.h"
#include "sandbox/LiveLibrary.h"
#include "sandbox/NetworkGenerator.h"
#include "sandbox/SandboxControl.h"
#include "sandbox/Sip2Server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

#include <sys/stat.h>

using namespace comptoir;

namespace {

} // namespace

int main(int argc, char* argv[])
{
    ::umask(077); // its files are the owner's only, like the client's
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
    logging::install(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The Comptoir training library. Generates a library network (sites, shelving locations, items with "
        "French call numbers, patrons, requests in every state) into a SQLite file, deterministically from a seed, "
        "and serves it through the Koha REST API v1 subset and SIP2, with Koha's semantics.\n\n"
        "Staff credentials for the demo:\n"
        "  REST, HTTP Basic: login \"comptoir\", password \"formation\"\n"
        "  REST, OAuth2 client credentials: client id \"comptoir-formation\", secret \"secret-de-formation\"\n"
        "  SIP2, one account per library: login = the library id in lower case (\"centre\", \"jmoulin\"...), "
        "password \"formation\", error detection on, CR terminator; \"<id>-koha\" (\"centre-koha\"): error "
        "detection off, CR LF terminator, as a stock Koha account.\n\n"
        "The file is generated when it does not exist, when --seed is given, or when it was written by an older "
        "version; otherwise it is reused.\n\n"
        "Faults (--fault, repeatable; also POST /_sandbox/faults from loopback with the token of the ready line "
        "in the X-Comptoir-Sandbox-Token header and a JSON body): rest-500[=N], rest-malformed[=N], "
        "rest-delay=MS, rest-hang, sip-drop[=N], sip-drop-request[=N], sip-resend[=N], sip-bad-checksum[=N], "
        "sip-silent.\n\n"
        "It listens on loopback addresses only, unless --allow-remote is given."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The SQLite file to write."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generator (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption sites(QStringLiteral("sites"), QStringLiteral("Number of sites, 1 to 16 (default 13)."),
                                   QStringLiteral("N"), QStringLiteral("13"));
    const QCommandLineOption items(QStringLiteral("items"), QStringLiteral("Items, up to 1000000 (default 60000)."),
                                   QStringLiteral("N"), QStringLiteral("60000"));
    const QCommandLineOption patrons(QStringLiteral("patrons"), QStringLiteral("Patrons (default 20000)."),
                                     QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption holds(QStringLiteral("holds"), QStringLiteral("Requests, up to 200000 (default 6000)."),
                                   QStringLiteral("N"), QStringLiteral("6000"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The date the data is relative to (default: today)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption http(QStringLiteral("http"),
                                  QStringLiteral("Serve the REST API on HOST:PORT (port 0 picks a free one)."),
                                  QStringLiteral("HOST:PORT"));
    const QCommandLineOption sip(QStringLiteral("sip"),
                                 QStringLiteral("Serve SIP2 on HOST:PORT (port 0 picks a free one)."),
                                 QStringLiteral("HOST:PORT"));
    const QCommandLineOption live(QStringLiteral("live"),
                                  QStringLiteral("Live mode: requests arrive, patrons pick up and return, holds "
                                                 "expire, as the clock runs."));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("How much faster than real time the clock runs (default 1; 60: one "
                                                  "second is one minute)."),
                                   QStringLiteral("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption fault(QStringLiteral("fault"), QStringLiteral("Inject a fault (see above)."),
                                   QStringLiteral("NAME[=VALUE]"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         QStringLiteral("Listen on a non-loopback address given to --http or --sip "
                                                        "(a training room); the controls still answer loopback only."));
    parser.addOptions({data, seed, sites, items, patrons, holds, today, http, sip, live, speed, fault, allowRemote});
    parser.process(app);

    if (!parser.isSet(data)) {
        std::fprintf(stderr, "comptoir-sandbox: --data FILE is required (see --help)\n");
        return 2;
    }
    sandbox::GeneratorOptions options;
    bool ok = true;
    auto number = [&](const QCommandLineOption& option) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid) {
            std::fprintf(stderr, "comptoir-sandbox: --%s needs a number\n", qPrintable(option.names().first()));
            ok = false;
        }
        return value;
    };
    options.seed = parser.value(seed).toULongLong(&ok);
    options.sites = number(sites);
    options.items = number(items);
    options.patrons = number(patrons);
    options.holds = number(holds);
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            std::fprintf(stderr, "comptoir-sandbox: --today needs a date like 2026-11-22\n");
            return 2;
        }
    }
    if (!ok)
        return 2;

    const QString file = parser.value(data);
    // A file written by another version of the generator is regenerated (it is training data).
    const int fileVersion = sandbox::NetworkGenerator::fileVersion(file);
    if (parser.isSet(seed) || !QFile::exists(file) || fileVersion != sandbox::NetworkGenerator::SchemaVersion) {
        auto result = sandbox::NetworkGenerator::generate(file, options);
        if (!result) {
            std::fprintf(stderr, "comptoir-sandbox: %s\n", qPrintable(result.error().message));
            return 1;
        }
        const auto& s = result.value();
        std::printf("comptoir-sandbox generated %s in %lld ms: %d libraries (%d shelving locations), %d biblios, "
                    "%d items, %d patrons, %d requests (%d pending, %d in transit, %d waiting of which %d expired, "
                    "%d processing), %d click & collect orders, %d transfers, %d loans\n",
                    qPrintable(parser.value(data)), s.milliseconds, s.libraries, s.locations, s.biblios, s.items,
                    s.patrons, s.holds, s.pending, s.inTransit, s.waiting, s.expired, s.processing,
                    s.clickAndCollectOrders, s.transfers, s.loans);
        std::fflush(stdout);
    }
    if (!parser.isSet(http) && !parser.isSet(sip))
        return 0;

    auto endpoint = [&](const QCommandLineOption& option, QHostAddress& address, quint16& port) {
        const QString spec = parser.value(option);
        const int colon = int(spec.lastIndexOf(QLatin1Char(':')));
        bool portOk = false;
        const uint value = colon > 0 ? spec.mid(colon + 1).toUInt(&portOk) : 0;
        address = QHostAddress(colon > 0 ? spec.left(colon) : QString());
        port = quint16(value);
        if (!portOk || value > 65535 || address.isNull()) {
            std::fprintf(stderr, "comptoir-sandbox: --%s needs HOST:PORT, e.g. 127.0.0.1:0\n",
                         qPrintable(option.names().first()));
            return false;
        }
        if (!address.isLoopback() && !parser.isSet(allowRemote)) {
            std::fprintf(stderr,
                         "comptoir-sandbox: --%s %s is not a loopback address: the training library serves this "
                         "computer only, unless --allow-remote is given\n",
                         qPrintable(option.names().first()), qPrintable(spec));
            return false;
        }
        return true;
    };

    // The simulated clock starts on the data's day, at the current time of day.
    QDate dataDay = sandbox::NetworkGenerator::dataDay(file);
    if (!dataDay.isValid())
        dataDay = options.today;
    bool speedOk = false;
    const double factor = parser.value(speed).toDouble(&speedOk);
    if (!speedOk || factor <= 0) {
        std::fprintf(stderr, "comptoir-sandbox: --speed needs a positive number\n");
        return 2;
    }
    sandbox::SandboxClock clock(QDateTime(dataDay, QDateTime::currentDateTimeUtc().time(), Qt::UTC), factor);
    sandbox::FaultPlan faults;
    for (const QString& spec : parser.values(fault)) {
        if (Status s = faults.apply(spec); !s.ok()) {
            std::fprintf(stderr, "comptoir-sandbox: %s\n", qPrintable(s.error().message));
            return 2;
        }
    }

    sandbox::Circulation circulation(file, clock);
    if (Status s = circulation.open(); !s.ok()) {
        std::fprintf(stderr, "comptoir-sandbox: %s\n", qPrintable(s.error().message));
        return 1;
    }
    std::unique_ptr<sandbox::LiveLibrary> liveLibrary;
    if (parser.isSet(live)) {
        liveLibrary = std::make_unique<sandbox::LiveLibrary>(circulation, clock, options.seed);
        liveLibrary->start();
    }

    // Training data, but its files hold (fictitious) patrons: owner-only like the client's.
    for (const QString& f : QStringList{file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")})
        if (QFile::exists(f))
            QFile::setPermissions(f, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray token = QUuid::createUuid().toRfc4122().toHex();
    QString ready = QStringLiteral("comptoir-sandbox ready");
    std::unique_ptr<sandbox::KohaRestServer> rest;
    if (parser.isSet(http)) {
        QHostAddress address;
        quint16 port = 0;
        if (!endpoint(http, address, port))
            return 2;
        rest = std::make_unique<sandbox::KohaRestServer>(file);
        rest->setFaults(&faults);
        rest->setClock(&clock);
        rest->setControlToken(token);
        if (liveLibrary)
            rest->setLiveStep([&liveLibrary](int events) { return liveLibrary->step(events); });
        auto listening = rest->listen(address, port);
        if (!listening) {
            std::fprintf(stderr, "comptoir-sandbox: %s\n", qPrintable(listening.error().message));
            return 1;
        }
        ready += QStringLiteral(" http=%1:%2").arg(address.toString()).arg(listening.value());
    }
    std::unique_ptr<sandbox::Sip2Server> sipServer;
    if (parser.isSet(sip)) {
        QHostAddress address;
        quint16 port = 0;
        if (!endpoint(sip, address, port))
            return 2;
        sipServer = std::make_unique<sandbox::Sip2Server>(circulation, clock, faults);
        QStringList ids;
        for (const auto& library : circulation.libraries())
            ids << library.id;
        sipServer->setAccounts(sandbox::Sip2Server::defaultAccounts(ids));
        auto listening = sipServer->listen(address, port);
        if (!listening) {
            std::fprintf(stderr, "comptoir-sandbox: %s\n", qPrintable(listening.error().message));
            return 1;
        }
        ready += QStringLiteral(" sip=%1:%2").arg(address.toString()).arg(listening.value());
    }
    ready += QStringLiteral(" token=") + QString::fromLatin1(token);
    std::printf("%s\n", qPrintable(ready));
    std::fflush(stdout);
    return app.exec();
}
