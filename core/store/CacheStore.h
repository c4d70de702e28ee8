#pragma once

#include "Database.h"

namespace comptoir {

// The cache: what the ILS sent (libraries, holds, items, biblios, minimal patron data) and the
// sync bookmarks. It can always be rebuilt from the ILS, so a damaged cache is simply recreated.
class CacheStore
{
public:
    static constexpr quint32 ApplicationId = 0x434d5043; // "CMPC"
    static QList<SchemaMigration> schema();

    explicit CacheStore(FaultInjector* faults = nullptr);

    Database& database() { return m_db; }
    Status open(const QString& path);
    void close() { m_db.close(); }

    Result<QString> syncValue(const QString& key);
    Status setSyncValue(const QString& key, const QString& value);
    // Number of rows of one cache table (libraries, holds, items, biblios, patrons).
    Result<qint64> rowCount(const QString& table);

private:
    Database m_db;
};

} // namespace comptoir
