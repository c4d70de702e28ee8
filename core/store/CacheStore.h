#pragma once

#include "store/Database.h"

#include <QDate>

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

    // The secondary indexes (by site, copy, record, patron, barcode, card, shelf order). A first
    // sync into an empty cache drops them and builds each once at the end, sorted, rather than
    // keeping them in order row by row; open() builds any that a first sync cut short left out.
    // True when the cache holds no request and no pick-list line (then dropping costs nothing).
    Result<bool> isEmpty();
    Status dropSecondaryIndexes();
    Status buildSecondaryIndexes();
    // The cache's number of requests for a pickup site, in one lookup (kept by triggers).
    Result<qint64> holdCount(const QString& site);
    // What a capture just told (SIP2 alert 01): this item now waits on the site's hold shelf for
    // this patron. The request is marked waiting at once, so every page agrees before the next
    // sync brings the library system's own record. False when no such request is cached.
    Result<bool> markWaiting(const QString& barcode, const QString& card, const QString& site, const QDate& day,
                             const QString& title = {});

private:
    Database m_db;
};

} // namespace comptoir
