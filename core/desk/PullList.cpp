#include "PullList.h"

#include "CacheStore.h"
#include "CallNumber.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace comptoir::desk {

namespace {

struct StatementDeleter
{
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Error sqliteError(sqlite3* db)
{
    return {QStringLiteral("store.io"), QCoreApplication::translate("PullList", "Cannot read the pick list: %1")
                                            .arg(QString::fromUtf8(sqlite3_errmsg(db)))};
}

QString text(sqlite3_stmt* s, int column)
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(s, column)) : QString();
}

// Locations and pickup sites repeat on every line: one shared string per distinct value.
class Interner
{
public:
    QString get(sqlite3_stmt* s, int column)
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
        const QByteArray raw = QByteArray::fromRawData(data ? data : "", data ? sqlite3_column_bytes(s, column) : 0);
        auto it = m_strings.constFind(raw);
        if (it != m_strings.cend())
            return it.value();
        const QString value = QString::fromUtf8(raw);
        m_strings.insert(QByteArray(raw.constData(), raw.size()), value);
        return value;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

// The first 8 bytes of a key as a big-endian number: most comparisons end there.
quint64 keyPrefix(const QByteArray& key)
{
    quint64 prefix = 0;
    const qsizetype n = std::min<qsizetype>(8, key.size());
    for (qsizetype i = 0; i < 8; ++i)
        prefix = (prefix << 8) | (i < n ? quint8(key[i]) : 0);
    return prefix;
}

} // namespace

Result<QList<PullLine>> buildPullList(CacheStore& cache, const QString& site, const ShelfLayout& layout)
{
    const QVariant handle = cache.database().nativeHandle();
    auto* db = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
    if (!db)
        return Error{QStringLiteral("store.io"), QCoreApplication::translate("PullList", "The cache is not open.")};

    QHash<QString, int> rank, zoneOf;
    const QStringList order = layout.walkingOrder();
    for (int i = 0; i < order.size(); ++i)
        rank.insert(order[i], i);
    for (int z = 0; z < layout.zones.size(); ++z)
        for (const QString& location : layout.zones[z].locations)
            zoneOf.insert(location, z);

    const char* sql = "SELECT p.item_id, p.barcode, coalesce(p.callnumber, i.callnumber, ''), b.title, b.author, "
                      "coalesce(i.location, ''), coalesce(p.pickup_library_id, ''), coalesce(p.hold_group_id, 0), "
                      "coalesce(p.biblio_id, i.biblio_id, 0) FROM pick_list p LEFT JOIN items i ON i.item_id = "
                      "p.item_id LEFT JOIN biblios b ON b.biblio_id = p.biblio_id WHERE p.site = ?";
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return sqliteError(db);
    Statement statement(raw);
    const QByteArray siteUtf8 = site.toUtf8();
    sqlite3_bind_text(raw, 1, siteUtf8.constData(), int(siteUtf8.size()), SQLITE_STATIC);

    QList<PullLine> read;
    {
        sqlite3_stmt* counting = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM pick_list WHERE site = ?", -1, &counting, nullptr) ==
            SQLITE_OK) {
            Statement guard(counting);
            sqlite3_bind_text(counting, 1, siteUtf8.constData(), int(siteUtf8.size()), SQLITE_STATIC);
            if (sqlite3_step(counting) == SQLITE_ROW)
                read.reserve(sqlite3_column_int64(counting, 0));
        }
    }
    Interner locations, pickups;
    QHash<QString, int> unknownRank; // locations in no zone, ranked by name afterwards
    int step;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        PullLine line;
        line.itemId = sqlite3_column_int64(raw, 0);
        line.barcode = text(raw, 1);
        line.callNumber = text(raw, 2);
        line.title = text(raw, 3);
        line.author = text(raw, 4);
        line.location = locations.get(raw, 5);
        line.pickup = pickups.get(raw, 6);
        line.holdGroupId = sqlite3_column_int64(raw, 7);
        line.biblioId = sqlite3_column_int64(raw, 8);
        const auto known = rank.constFind(line.location);
        if (known != rank.cend()) {
            line.locationRank = known.value();
            line.zoneIndex = zoneOf.value(line.location, -1);
            if (line.zoneIndex >= 0)
                line.zone = layout.zones[line.zoneIndex].name;
        } else {
            unknownRank.insert(line.location, 0);
        }
        line.shelfKey = shelfKey(line.callNumber);
        read.append(std::move(line));
    }
    if (step != SQLITE_DONE)
        return sqliteError(db);
    statement.reset();

    // Requests still waiting for a copy of each title on the list (pending: no status yet).
    {
        const char* countSql = "SELECT h.biblio_id, count(*) FROM holds h WHERE h.status IS NULL AND h.biblio_id IN "
                               "(SELECT biblio_id FROM pick_list WHERE site = ?) GROUP BY h.biblio_id";
        if (sqlite3_prepare_v2(db, countSql, -1, &raw, nullptr) != SQLITE_OK)
            return sqliteError(db);
        Statement counts(raw);
        sqlite3_bind_text(raw, 1, siteUtf8.constData(), int(siteUtf8.size()), SQLITE_STATIC);
        QHash<qint64, int> waiting;
        while ((step = sqlite3_step(raw)) == SQLITE_ROW)
            waiting.insert(sqlite3_column_int64(raw, 0), sqlite3_column_int(raw, 1));
        if (step != SQLITE_DONE)
            return sqliteError(db);
        if (!waiting.isEmpty())
            for (PullLine& line : read)
                line.waiting = waiting.value(line.biblioId);
    }

    // Locations missing from the walking order come last, by name.
    if (!unknownRank.isEmpty()) {
        QStringList names = unknownRank.keys();
        names.sort();
        for (int i = 0; i < names.size(); ++i)
            unknownRank.insert(names[i], int(order.size()) + i);
        for (PullLine& line : read)
            if (line.zoneIndex < 0 && !rank.contains(line.location))
                line.locationRank = unknownRank.value(line.location);
    }
    // Sort small records (rank, key prefix, position), not lines: compact, and only they move.
    struct Entry
    {
        int rank;
        int position;
        quint64 prefix;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(read.size()));
    for (int i = 0; i < read.size(); ++i)
        entries.push_back({read[i].locationRank, i, keyPrefix(read[i].shelfKey)});
    std::sort(entries.begin(), entries.end(), [&read](const Entry& a, const Entry& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        const QByteArray& ka = read[a.position].shelfKey;
        const QByteArray& kb = read[b.position].shelfKey;
        const int byShelf = std::memcmp(ka.constData(), kb.constData(), size_t(std::min(ka.size(), kb.size())));
        if (byShelf != 0)
            return byShelf < 0;
        if (ka.size() != kb.size())
            return ka.size() < kb.size();
        return read[a.position].barcode < read[b.position].barcode;
    });
    // Put the lines in that order in place, cycle by cycle: no second 10^5-line list to allocate.
    std::vector<int> target(entries.size()); // target[i]: where the line now at i must go
    for (size_t to = 0; to < entries.size(); ++to)
        target[size_t(entries[to].position)] = int(to);
    for (int i = 0; i < int(target.size()); ++i)
        while (target[size_t(i)] != i) {
            const int to = target[size_t(i)];
            std::swap(read[i], read[to]);
            std::swap(target[size_t(i)], target[size_t(to)]);
        }
    return read;
}

} // namespace comptoir::desk
