#pragma once

#include "PgCluster.h"
#include "netstore/NetStore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <memory>

// In a test function: skips when PostgreSQL is not installed (an optional tool), fails when Qt's
// driver is missing, and starts the rig (a throwaway cluster with its store, migrated).
#define COMPTOIR_START_NETSTORE_RIG(rig)                                                                               \
    do {                                                                                                               \
        if (!comptoir::test::PgCluster::available())                                                                   \
            QSKIP("PostgreSQL's binaries are not installed (.ci/setup installs postgresql)");                          \
        QVERIFY2(comptoir::netstore::NetStore::driverAvailable(),                                                      \
                 "Qt's QPSQL driver is missing (.ci/setup installs libqt6sql6-psql)");                                 \
        QString rigError;                                                                                              \
        QVERIFY2((rig).start(&rigError), qPrintable(rigError));                                                        \
    } while (false)

namespace comptoir::test {

// A throwaway cluster with one network store database, migrated, and counter roles added on
// demand (password "pw-<role>").
class NetStoreRig
{
public:
    static constexpr const char* Database = "comptoir_net";

    bool start(QString* error)
    {
        if (!m_cluster.start(error))
            return false;
        {
            netstore::NetStore postgres;
            if (Status s = postgres.open(address(QString::fromLatin1(PgCluster::Admin), QStringLiteral("postgres")),
                                         m_cluster.password());
                !s) {
                *error = s.error().message;
                return false;
            }
            QSqlQuery q(postgres.database());
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(QString::fromLatin1(Database)))) {
                *error = q.lastError().text();
                return false;
            }
        }
        m_owner = std::make_unique<netstore::NetStore>();
        if (Status s = m_owner->open(address(QString::fromLatin1(PgCluster::Admin)), m_cluster.password()); !s) {
            *error = s.error().message;
            return false;
        }
        if (Status s = m_owner->migrate(); !s) {
            *error = s.error().message;
            return false;
        }
        return true;
    }

    netstore::StoreAddress address(const QString& role, const QString& database = QString::fromLatin1(Database)) const
    {
        netstore::StoreAddress a;
        a.host = QStringLiteral("127.0.0.1");
        a.port = m_cluster.port();
        a.database = database;
        a.role = role;
        a.sslMode = QStringLiteral("disable");
        return a;
    }
    static QString passwordOf(const QString& role) { return QStringLiteral("pw-") + role; }

    Status addCounter(const QString& role, const QString& site)
    {
        return m_owner->addCounter(role, passwordOf(role), site);
    }
    // A counter's own connection (of the calling thread).
    std::unique_ptr<netstore::NetStore> connect(const QString& role, Status* status = nullptr)
    {
        auto store = std::make_unique<netstore::NetStore>();
        Status s = store->open(address(role), passwordOf(role), role);
        if (status)
            *status = s;
        return store;
    }

    netstore::NetStore& owner() { return *m_owner; }
    PgCluster& cluster() { return m_cluster; }

private:
    PgCluster m_cluster;
    std::unique_ptr<netstore::NetStore> m_owner;
};

} // namespace comptoir::test
