#include "netstore/StoreAddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace comptoir::netstore {

namespace {
Error invalid(const QString& why)
{
    return Error{QStringLiteral("netstore.address"), why};
}
} // namespace

Result<StoreAddress> StoreAddress::parse(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return invalid(QCoreApplication::translate("comptoir::netstore", "The network store's address must read "
                                                                         "postgresql://role@host:port/database."));
    StoreAddress a;
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    a.role = url.userName();
    if (!url.password().isEmpty())
        return invalid(QCoreApplication::translate("comptoir::netstore",
                                                   "No password in the network store's address: it goes in the "
                                                   "keychain."));
    if (a.host.isEmpty() || a.database.isEmpty() || a.role.isEmpty() || a.database.contains(QLatin1Char('/')))
        return invalid(QCoreApplication::translate("comptoir::netstore",
                                                   "The network store's address needs a role, a host and a "
                                                   "database: postgresql://role@host:port/database."));
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        a.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (a.sslMode != QLatin1String("verify-full") && a.sslMode != QLatin1String("disable"))
        return invalid(QCoreApplication::translate("comptoir::netstore",
                                                   "The network store's sslmode is verify-full (or disable on this "
                                                   "computer only)."));
    if (a.sslMode == QLatin1String("disable") && !a.isLoopback())
        return invalid(QCoreApplication::translate("comptoir::netstore",
                                                   "A network store on another computer needs TLS "
                                                   "(sslmode=verify-full)."));
    return a;
}

QString StoreAddress::toUrl() const
{
    QString url = QStringLiteral("postgresql://%1@%2:%3/%4").arg(role, host).arg(port).arg(database);
    if (sslMode != QLatin1String("verify-full"))
        url += QStringLiteral("?sslmode=") + sslMode;
    return url;
}

bool StoreAddress::isLoopback() const
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString StoreAddress::keychainKey() const
{
    return QStringLiteral("netstore/%1@%2:%3/%4").arg(role, host).arg(port).arg(database);
}

QString StoreAddress::connectOptions(const QString& applicationName) const
{
    // A store that went away without a word (a cable pulled, a machine off): TCP keepalives and a
    // bound on unacknowledged data end the wait of a thread left on it (an abandoned worker) in
    // about ten seconds instead of the system's default of many minutes.
    QString options = QStringLiteral("sslmode=%1;connect_timeout=5;keepalives=1;keepalives_idle=5;"
                                     "keepalives_interval=2;keepalives_count=3;tcp_user_timeout=10000")
                          .arg(sslMode);
    if (!applicationName.isEmpty())
        options += QStringLiteral(";application_name=") + applicationName;
    return options;
}

} // namespace comptoir::netstore
