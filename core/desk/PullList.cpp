#include "desk/PullList.h"

#include "desk/CallNumber.h"
#include "store/CacheStore.h"
#include "store/PackedLine.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>
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

// Distinct values of a column (call numbers, pickup sites repeat on every line): an index into
// one list of strings, each made once.
class Interner
{
public:
    explicit Interner(QStringList& strings)
        : m_strings(strings)
    {
    }
    int get(const QByteArray& raw)
    {
        auto it = m_index.constFind(raw);
        if (it != m_index.cend())
            return it.value();
        m_strings.append(QString::fromUtf8(raw));
        m_index.insert(QByteArray(raw.constData(), raw.size()), int(m_strings.size()) - 1);
        return int(m_strings.size()) - 1;
    }

private:
    QStringList& m_strings;
    QHash<QByteArray, int> m_index;
};

} // namespace

const char* const PullListSql = "SELECT line FROM pick_list INDEXED BY pick_list_walk WHERE site = ? ORDER BY "
                                "shelf_key, barcode_rank, barcode, item_id";

PullLine PullList::at(qsizetype i) const
{
    const Data& d = *m_data;
    const Line& l = d.line(i);
    const Location& where = d.locations[l.location];
    PullLine line;
    line.itemId = l.itemId;
    line.biblioId = l.biblioId;
    line.barcode = d.string(l.barcode);
    line.callNumber = d.string(l.call);
    if (l.record >= 0) {
        line.title = d.string(d.records[size_t(l.record)].title);
        line.author = d.string(d.records[size_t(l.record)].author);
    }
    line.location = where.name;
    line.pickup = d.pickups[l.pickup];
    line.zone = where.zone;
    line.holdGroupId = l.holdGroupId;
    line.zoneIndex = where.zoneIndex;
    line.locationRank = where.rank;
    line.waiting = l.waiting;
    return line;
}

QString PullList::barcode(qsizetype i) const
{
    return m_data->string(m_data->line(i).barcode);
}

int PullList::zoneIndex(qsizetype i) const
{
    return m_data->locations[m_data->line(i).location].zoneIndex;
}

qint64 PullList::holdGroupId(qsizetype i) const
{
    return m_data->line(i).holdGroupId;
}

const QString& PullList::pickup(qsizetype i) const
{
    return m_data->pickups[m_data->line(i).pickup];
}

Result<PullList> buildPullList(CacheStore& cache, const QString& site, const ShelfLayout& layout)
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

    auto data = std::make_shared<PullList::Data>();
    PullList::Data& d = *data;
    using Line = PullList::Line;

    // One read, in shelf order, then by barcode (digits as a number): the keys were computed when
    // the lines entered the cache, and the index pick_list_walk holds the site's lines in that
    // order with everything the list shows (the item's location and call number, the record's
    // title and author, kept on each line by the cache's triggers). No join, no sort: each line
    // goes to its location's bucket as it comes.
    const char* sql = PullListSql;
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return sqliteError(db);
    Statement statement(raw);
    const QByteArray siteUtf8 = site.toUtf8();
    sqlite3_bind_text(raw, 1, siteUtf8.constData(), int(siteUtf8.size()), SQLITE_STATIC);

    std::vector<Line> read;
    {
        // Room for every line at once (the table's row ids bound their number; found at once).
        sqlite3_stmt* bounds = nullptr;
        if (sqlite3_prepare_v2(db,
                               "SELECT (SELECT max(rowid) FROM pick_list) - (SELECT min(rowid) FROM "
                               "pick_list) + 1",
                               -1, &bounds, nullptr) == SQLITE_OK) {
            Statement guard(bounds);
            if (sqlite3_step(bounds) == SQLITE_ROW) {
                const size_t most = size_t(std::clamp<qint64>(sqlite3_column_int64(bounds, 0), 0, 10'000'000));
                read.reserve(most);
                d.text.resize(qsizetype(most) * 48);
            }
        }
    }
    // One bucket per distinct location, its lines in shelf order.
    std::vector<std::vector<qint32>> buckets;
    QHash<QByteArray, int> bucketOf;
    Interner pickups(d.pickups);
    // The location and pickup site of the line before: runs of equal values skip the hash.
    QByteArray lastLocation, lastPickup;
    int lastBucket = -1, lastPickupIndex = -1;
    // Titles and authors repeat for every copy of a title: once per record.
    // By record id: in a plain array when the ids are dense enough (they are the ILS's biblionumbers),
    // else in a hash.
    std::vector<qint32> recordOfId;
    qint64 lowRecord = 0;
    {
        sqlite3_stmt* range = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT (SELECT min(biblio_id) FROM biblios), (SELECT max(biblio_id) FROM biblios)",
                               -1, &range, nullptr) == SQLITE_OK) {
            Statement guard(range);
            if (sqlite3_step(range) == SQLITE_ROW && sqlite3_column_type(range, 0) != SQLITE_NULL) {
                lowRecord = sqlite3_column_int64(range, 0);
                const qint64 span = sqlite3_column_int64(range, 1) - lowRecord + 1;
                // (Two lookups: max() and min() together, or count(), would read the whole table.)
                if (span > 0 && span < 4 * qint64(read.capacity()) + 65536 && span <= 50'000'000)
                    recordOfId.assign(size_t(span), -1);
            }
        }
    }
    QHash<qint64, int> records;
    const auto recordSlot = [&](qint64 id) -> qint32* {
        if (id >= lowRecord && id - lowRecord < qint64(recordOfId.size()))
            return &recordOfId[size_t(id - lowRecord)];
        return nullptr;
    };
    int step;
    store::PackedLine packed;
    // The texts one after another in d.text, grown by doubling, its size set once at the end.
    qsizetype used = 0;
    const auto text = [&d, &used](std::string_view from) {
        const qsizetype size = qsizetype(from.size());
        if (used + size > d.text.size())
            d.text.resize(std::max(2 * d.text.size(), used + size + 4096));
        if (size > 0)
            std::memcpy(d.text.data() + used, from.data(), size_t(size));
        PullList::Text t{qint32(used), qint32(size)};
        used += size;
        return t;
    };
    const auto view = [](std::string_view from) {
        return QByteArray::fromRawData(from.data() ? from.data() : "", qsizetype(from.size()));
    };
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(raw, 0));
        if (!store::unpackLine(bytes, sqlite3_column_bytes(raw, 0), packed))
            return Error{QStringLiteral("store.corrupt"),
                         QCoreApplication::translate("PullList", "A line of the pick list is damaged in the cache: "
                                                                 "synchronise again to rebuild it.")};
        Line line;
        line.itemId = packed.itemId;
        line.barcode = text(packed.barcode);
        line.call = text(packed.callNumber);
        if (packed.hasRecord) {
            const qint64 record = packed.recordId;
            qint32* slot = recordSlot(record);
            qint32 index = slot ? *slot : records.value(record, -1);
            if (index < 0) {
                PullList::Record r;
                r.title = text(packed.title);
                r.author = text(packed.author);
                d.records.push_back(r);
                index = qint32(d.records.size()) - 1;
                if (slot)
                    *slot = index;
                else
                    records.insert(record, index);
            }
            line.record = index;
        }
        {
            const QByteArray pickup = view(packed.pickup);
            if (lastPickupIndex < 0 || pickup != lastPickup) {
                lastPickupIndex = pickups.get(pickup);
                lastPickup = QByteArray(pickup.constData(), pickup.size());
            }
            line.pickup = lastPickupIndex;
        }
        line.holdGroupId = packed.holdGroupId;
        line.biblioId = packed.biblioId;
        {
            const QByteArray location = view(packed.location);
            if (lastBucket < 0 || location != lastLocation) {
                auto found = bucketOf.constFind(location);
                if (found == bucketOf.cend()) {
                    PullList::Location where;
                    where.name = QString::fromUtf8(location);
                    const auto placed = rank.constFind(where.name);
                    if (placed != rank.cend()) {
                        where.rank = placed.value();
                        where.zoneIndex = zoneOf.value(where.name, -1);
                        if (where.zoneIndex >= 0)
                            where.zone = layout.zones[where.zoneIndex].name;
                    } else {
                        where.rank = -1; // placed after the walking order, by name, below
                    }
                    d.locations.append(where);
                    buckets.emplace_back();
                    found = bucketOf.insert(QByteArray(location.constData(), location.size()), int(buckets.size()) - 1);
                }
                lastBucket = found.value();
                lastLocation = QByteArray(location.constData(), location.size());
            }
            line.location = lastBucket;
        }
        buckets[size_t(line.location)].push_back(qint32(read.size()));
        read.push_back(line);
    }
    if (step != SQLITE_DONE)
        return sqliteError(db);
    statement.reset();
    d.text.resize(used);
    d.text.squeeze();

    // Requests still waiting for a copy of each title on the list (pending: no status yet), from
    // the partial index holds_waiting: every title's count, those on the list picked out here
    // (asking SQLite for the list's titles only would make it build a temporary index of them).
    {
        const char* countSql = "SELECT biblio_id, count(*) FROM holds INDEXED BY holds_waiting WHERE status IS NULL "
                               "AND biblio_id IS NOT NULL GROUP BY biblio_id";
        if (sqlite3_prepare_v2(db, countSql, -1, &raw, nullptr) != SQLITE_OK)
            return sqliteError(db);
        Statement counts(raw);
        QHash<qint64, int> waiting;
        while ((step = sqlite3_step(raw)) == SQLITE_ROW)
            waiting.insert(sqlite3_column_int64(raw, 0), sqlite3_column_int(raw, 1));
        if (step != SQLITE_DONE)
            return sqliteError(db);
        if (!waiting.isEmpty())
            for (Line& line : read)
                line.waiting = waiting.value(line.biblioId);
    }

    // Buckets in walking order; locations missing from it come last, by name.
    std::vector<int> bucketOrder(buckets.size());
    for (size_t k = 0; k < buckets.size(); ++k)
        bucketOrder[k] = int(k);
    std::sort(bucketOrder.begin(), bucketOrder.end(), [&d](int a, int b) {
        const PullList::Location& x = d.locations[a];
        const PullList::Location& y = d.locations[b];
        if ((x.rank < 0) != (y.rank < 0))
            return x.rank >= 0;
        if (x.rank >= 0)
            return x.rank < y.rank;
        return x.name < y.name;
    });
    int unplaced = int(order.size());
    for (int k : bucketOrder)
        if (d.locations[k].rank < 0)
            d.locations[k].rank = unplaced++;

    // The walking order, as indexes into the lines (left where they were read: moving 10^6 lines
    // into place would cost more than reading them).
    d.walk.reserve(read.size());
    for (int k : bucketOrder)
        d.walk.insert(d.walk.end(), buckets[size_t(k)].begin(), buckets[size_t(k)].end());
    buckets = {};
    d.lines = std::move(read);
    PullList list;
    list.m_data = std::move(data);
    return list;
}

} // namespace comptoir::desk
