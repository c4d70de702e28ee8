// comptoir-store: the network store for IT, from the command line (no display needed).
//   comptoir-store --address postgresql://owner@host:port/database migrate
//   comptoir-store --address … add-counter --site SITE --role ROLE [--password-stdin]
//   comptoir-store --address … status
// The address is the store's owner's (the role that owns the database), by the counters' rules
// (TLS verify-full off this computer); --address or COMPTOIR_STORE_ADDRESS. The owner's password
// comes from COMPTOIR_STORE_PASSWORD (or PGPASSWORD), never from the command line.
// Exit codes: 0 done, 1 the store refused or failed, 2 wrong usage or address, 3 not connected
// (unreachable, wrong password, TLS refused).
#include "netstore/NetStore.h"
#include "netstore/StoreAddress.h"
#include "netstore/StoreAdmin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace comptoir;
using namespace comptoir::netstore;

namespace {

enum Exit { Done = 0, Failed = 1, Usage = 2, NotConnected = 3 };

int fail(const QString& message, int code)
{
    std::fprintf(stderr, "comptoir-store: %s\n", qPrintable(message));
    return code;
}

void say(const QString& text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

// libpq's words, put in the order IT reads them: what went wrong first, its own text after.
QString whyNotConnected(const StoreAddress& address, const QString& message)
{
    const QString m = message.toLower();
    if (m.contains(QLatin1String("password authentication failed")))
        return QStringLiteral("wrong password for role %1 (%2)").arg(address.role, message);
    if (m.contains(QLatin1String("ssl")) || m.contains(QLatin1String("certificate")))
        return QStringLiteral("TLS refused at %1:%2 (%3)").arg(address.host).arg(address.port).arg(message);
    return QStringLiteral("cannot reach the store at %1:%2 (%3)").arg(address.host).arg(address.port).arg(message);
}

QString readLine()
{
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-store"));
    QCoreApplication::setOrganizationName(QStringLiteral("comptoir"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The network store of Comptoir's counters (PostgreSQL), for IT.\n"
        "Commands:\n"
        "  migrate      create or upgrade the store's schema to this version's (safe to run again)\n"
        "  add-counter  create a counter's role (--site, --role), allowed to change its site's objects only\n"
        "  status       the schema's version, the counters, the events and each counter's last one\n"
        "The owner's password: COMPTOIR_STORE_PASSWORD (or PGPASSWORD).\n"
        "Exit codes: 0 done, 1 the store refused or failed, 2 wrong usage or address, 3 not connected."));
    parser.addHelpOption();
    const QCommandLineOption addressOption(
        QStringLiteral("address"),
        QStringLiteral("The store, as its owner: postgresql://owner@host:port/database[?sslmode=verify-full]; "
                       "default COMPTOIR_STORE_ADDRESS."),
        QStringLiteral("url"));
    const QCommandLineOption siteOption(QStringLiteral("site"), QStringLiteral("add-counter: the counter's site."),
                                        QStringLiteral("site"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        QStringLiteral("add-counter: the counter's role (a-z, 0-9, _)."),
                                        QStringLiteral("role"));
    const QCommandLineOption stdinOption(
        QStringLiteral("password-stdin"),
        QStringLiteral("add-counter: read the role's password from standard input instead of making one."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Log what is done."));
    parser.addOptions({addressOption, siteOption, roleOption, stdinOption, verboseOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("migrate, add-counter or status"));
    parser.process(app);

    if (!parser.isSet(verboseOption)) // the messages below say what IT needs; the log is for --verbose
        QLoggingCategory::setFilterRules(QStringLiteral("comptoir.*=false"));

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(QStringLiteral("one command: migrate, add-counter or status (--help)"), Usage);
    const QString command = positional.first();
    if (command != QLatin1String("migrate") && command != QLatin1String("add-counter") &&
        command != QLatin1String("status"))
        return fail(QStringLiteral("unknown command %1: migrate, add-counter or status").arg(command), Usage);
    QString site, role;
    if (command == QLatin1String("add-counter")) {
        site = parser.value(siteOption).trimmed();
        role = parser.value(roleOption).trimmed();
        if (site.isEmpty() || role.isEmpty())
            return fail(QStringLiteral("add-counter needs --site SITE and --role ROLE"), Usage);
    }

    const QString url =
        parser.isSet(addressOption) ? parser.value(addressOption) : qEnvironmentVariable("COMPTOIR_STORE_ADDRESS");
    if (url.trimmed().isEmpty())
        return fail(QStringLiteral("no store address: --address or COMPTOIR_STORE_ADDRESS"), Usage);
    auto address = StoreAddress::parse(url);
    if (!address)
        return fail(address.error().message, Usage);
    QString ownerPassword = qEnvironmentVariable("COMPTOIR_STORE_PASSWORD");
    if (ownerPassword.isEmpty())
        ownerPassword = qEnvironmentVariable("PGPASSWORD");
    if (!NetStore::driverAvailable())
        return fail(QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)"),
                    NotConnected);

    NetStore store;
    if (Status opened = store.open(address.value(), ownerPassword, QStringLiteral("comptoir-store")); !opened)
        return fail(whyNotConnected(address.value(), opened.error().message), NotConnected);

    if (command == QLatin1String("migrate")) {
        auto before = installedVersion(store);
        if (!before)
            return fail(before.error().message, Failed);
        say(QStringLiteral("schema before: %1").arg(before.value()));
        if (Status migrated = store.migrate(); !migrated)
            return fail(QStringLiteral("migration failed: %1").arg(migrated.error().message), Failed);
        auto after = installedVersion(store);
        if (!after)
            return fail(after.error().message, Failed);
        say(QStringLiteral("schema after: %1").arg(after.value()));
        say(after.value() == before.value()
                ? QStringLiteral("already up to date")
                : QStringLiteral("upgraded from %1 to %2").arg(before.value()).arg(after.value()));
        return Done;
    }

    if (command == QLatin1String("add-counter")) {
        auto version = installedVersion(store);
        if (!version)
            return fail(version.error().message, Failed);
        if (version.value() == 0)
            return fail(QStringLiteral("the store has no schema yet: run comptoir-store migrate first"), Failed);
        const bool fromStdin = parser.isSet(stdinOption);
        const QString password = fromStdin ? readLine() : newRolePassword();
        if (password.isEmpty())
            return fail(QStringLiteral("no password on standard input"), Usage);
        if (Status added = store.addCounter(role, password, site); !added)
            return fail(QStringLiteral("counter %1 not added: %2").arg(role, added.error().message), Failed);
        say(QStringLiteral("counter %1 added for site %2 (it changes this site's objects only)").arg(role, site));
        if (!fromStdin) {
            // Shown once: it is kept nowhere but in the counter's keychain.
            say(QStringLiteral("password: %1").arg(password));
            StoreAddress counter = address.value();
            counter.role = role;
            say(QStringLiteral("on the counter: netstore/address = %1, and this password in its keychain "
                               "(Settings > Network store)")
                    .arg(counter.toUrl()));
        }
        return Done;
    }

    auto status = readStatus(store);
    if (!status)
        return fail(status.error().message, Failed);
    const StoreStatus& s = status.value();
    say(QStringLiteral("schema: %1 (this comptoir-store: %2)%3")
            .arg(s.version)
            .arg(s.latest)
            .arg(s.version < s.latest   ? QStringLiteral(", run migrate")
                 : s.version > s.latest ? QStringLiteral(", made by a newer Comptoir")
                                        : QString()));
    if (s.version == 0)
        return Done;
    say(QStringLiteral("events: %1").arg(s.events));
    say(QStringLiteral("counters: %1").arg(s.counters.size()));
    for (const StoreCounterStatus& c : s.counters)
        say(QStringLiteral("  %1\tsite %2\t%3 events\tlast: %4")
                .arg(c.role, c.site)
                .arg(c.events)
                .arg(c.lastKind.isEmpty()
                         ? QStringLiteral("none")
                         : QStringLiteral("%1 at %2").arg(c.lastKind, c.lastAt.toString(Qt::ISODateWithMs))));
    return Done;
}
