#pragma once

#include "Result.h"

#include <QString>

namespace comptoir::netstore {

// Where the network's shared store is: one PostgreSQL database for every counter of a network,
// written in the network configuration as a URL (setting netstore/address):
//   postgresql://<role>@<host>[:<port>]/<database>[?sslmode=verify-full]
// The role is this counter's (or its site's) database role; its password is never in the URL nor
// in any file: it lives in the keychain under keychainKey(). TLS is required with certificate and
// host name verification (sslmode=verify-full) for any host but this computer's loopback, where
// "disable" is allowed (a store on the same machine, the tests).
struct StoreAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString role;
    QString sslMode = QStringLiteral("verify-full");

    static Result<StoreAddress> parse(const QString& url);
    QString toUrl() const;
    bool isLoopback() const;
    // The keychain key of the role's password ("netstore/<role>@<host>:<port>/<database>").
    QString keychainKey() const;
    // The QPSQL connect options (sslmode, connect timeout, application name).
    QString connectOptions(const QString& applicationName) const;
};

} // namespace comptoir::netstore
