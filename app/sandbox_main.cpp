// comptoir-sandbox: the training library. Generates its network into a SQLite file and serves
// the Koha REST API v1 subset from it.
#include "KohaRestServer.h"
#include "Logging.h"
#include "NetworkGenerator.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace comptoir;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
    logging::install(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The Comptoir training library. Generates a library network (sites, shelving locations, items with "
        "French call numbers, patrons, requests in every state) into a SQLite file, deterministically from a seed, "
        "and serves it through the Koha REST API v1 subset.\n"
        "Staff credentials (HTTP Basic): login \"comptoir\", password \"formation\".\n"
        "The file is generated when it does not exist or when --seed is given; otherwise it is reused."));
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
    const QCommandLineOption holds(QStringLiteral("holds"), QStringLiteral("Requests, up to 100000 (default 6000)."),
                                   QStringLiteral("N"), QStringLiteral("6000"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The date the data is relative to (default: today)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption http(QStringLiteral("http"),
                                  QStringLiteral("Serve the REST API on HOST:PORT (port 0 picks a free one)."),
                                  QStringLiteral("HOST:PORT"));
    parser.addOptions({data, seed, sites, items, patrons, holds, today, http});
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
    if (parser.isSet(seed) || !QFile::exists(file)) {
        auto result = sandbox::NetworkGenerator::generate(file, options);
        if (!result) {
            std::fprintf(stderr, "comptoir-sandbox: %s\n", qPrintable(result.error().message));
            return 1;
        }
        const auto& s = result.value();
        std::printf("comptoir-sandbox generated %s in %lld ms: %d libraries (%d shelving locations), %d biblios, "
                    "%d items, %d patrons, %d requests (%d pending, %d in transit, %d waiting of which %d expired, "
                    "%d processing), %d click & collect orders, %d transfers\n",
                    qPrintable(parser.value(data)), s.milliseconds, s.libraries, s.locations, s.biblios, s.items,
                    s.patrons, s.holds, s.pending, s.inTransit, s.waiting, s.expired, s.processing,
                    s.clickAndCollectOrders, s.transfers);
        std::fflush(stdout);
    }
    if (!parser.isSet(http))
        return 0;

    const QString spec = parser.value(http);
    const int colon = spec.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? spec.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(colon > 0 ? spec.left(colon) : QString());
    if (!portOk || port > 65535 || address.isNull()) {
        std::fprintf(stderr, "comptoir-sandbox: --http needs HOST:PORT, e.g. 127.0.0.1:0\n");
        return 2;
    }
    sandbox::KohaRestServer rest(file);
    auto listening = rest.listen(address, quint16(port));
    if (!listening) {
        std::fprintf(stderr, "comptoir-sandbox: %s\n", qPrintable(listening.error().message));
        return 1;
    }
    std::printf("comptoir-sandbox ready http=%s:%u\n", qPrintable(address.toString()), unsigned(listening.value()));
    std::fflush(stdout);
    return app.exec();
}
