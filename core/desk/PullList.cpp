#include "desk/PullList.h"

#include "desk/CallNumber.h"
#include "store/CacheStore.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
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

// Equal call numbers are ordered by barcode: digits-only barcodes (nearly all) by their number,
// kept in the sort record, before any other, which compare as text.
quint64 barcodeWord(const QString& barcode)
{
    if (barcode.isEmpty() || barcode.size() > 18)
        return std::numeric_limits<quint64>::max();
    quint64 number = 0;
    for (const QChar c : barcode) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::numeric_limits<quint64>::max();
        number = number * 10 + (c.unicode() - '0');
    }
    return number;
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

    // 1. The lines, in the primary key's order (site, item): the items and records they join are
    // then read in their own order too, page after page, not at random.
    const char* sql = "SELECT p.item_id, p.barcode, coalesce(p.callnumber, i.callnumber, ''), b.title, b.author, "
                      "coalesce(i.location, ''), coalesce(p.pickup_library_id, ''), coalesce(p.hold_group_id, 0), "
                      "coalesce(p.biblio_id, i.biblio_id, 0), p.callnumber IS NULL AND i.callnumber IS NOT NULL, "
                      "p.biblio_id, p.rowid FROM pick_list p LEFT JOIN items i ON i.item_id = p.item_id LEFT JOIN "
                      "biblios b ON b.biblio_id = p.biblio_id WHERE p.site = ?";
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return sqliteError(db);
    Statement statement(raw);
    const QByteArray siteUtf8 = site.toUtf8();
    sqlite3_bind_text(raw, 1, siteUtf8.constData(), int(siteUtf8.size()), SQLITE_STATIC);

    QList<PullLine> read;
    qint64 lowRow = 0, highRow = -1;
    {
        sqlite3_stmt* counting = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*), min(rowid), max(rowid) FROM pick_list WHERE site = ?", -1,
                               &counting, nullptr) == SQLITE_OK) {
            Statement guard(counting);
            sqlite3_bind_text(counting, 1, siteUtf8.constData(), int(siteUtf8.size()), SQLITE_STATIC);
            if (sqlite3_step(counting) == SQLITE_ROW && sqlite3_column_int64(counting, 0) > 0) {
                read.reserve(sqlite3_column_int64(counting, 0));
                lowRow = sqlite3_column_int64(counting, 1);
                highRow = sqlite3_column_int64(counting, 2);
            }
        }
    }
    // Where each row's line is: by row id, in a plain array when the ids are dense enough.
    const bool dense = highRow >= lowRow && highRow - lowRow < 4 * read.capacity() + 1024;
    std::vector<int> lineOfRow(dense ? size_t(highRow - lowRow + 1) : 0, -1);
    QHash<qint64, int> lineOfSparseRow;
    // One bucket per distinct location, its lines in shelf order.
    struct Bucket
    {
        QString location;
        int rank = -1; // walking order; -1 until placed (locations in no zone: after, by name)
        int zone = -1;
        std::vector<int> lines;
        std::vector<int> late; // lines whose key was not stored (see below), merged at the end
    };
    std::vector<Bucket> buckets;
    QHash<QByteArray, int> bucketOf;
    std::vector<int> bucketOfLine;
    bucketOfLine.reserve(size_t(read.capacity()));
    std::vector<bool> lateLine;
    lateLine.reserve(size_t(read.capacity()));
    Interner pickups, calls;
    // Titles and authors repeat for every copy of a title: shared per record.
    QHash<qint64, std::pair<QString, QString>> records;
    int step;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        PullLine line;
        line.itemId = sqlite3_column_int64(raw, 0);
        line.barcode = text(raw, 1);
        line.callNumber = calls.get(raw, 2);
        const qint64 record = sqlite3_column_type(raw, 10) == SQLITE_NULL ? 0 : sqlite3_column_int64(raw, 10);
        auto known = record ? records.constFind(record) : records.cend();
        if (known != records.cend()) {
            line.title = known->first;
            line.author = known->second;
        } else {
            line.title = text(raw, 3);
            line.author = text(raw, 4);
            if (record)
                records.insert(record, {line.title, line.author});
        }
        line.pickup = pickups.get(raw, 6);
        line.holdGroupId = sqlite3_column_int64(raw, 7);
        line.biblioId = sqlite3_column_int64(raw, 8);
        int b;
        {
            const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(raw, 5));
            const QByteArray location =
                QByteArray::fromRawData(data ? data : "", data ? sqlite3_column_bytes(raw, 5) : 0);
            auto found = bucketOf.constFind(location);
            if (found == bucketOf.cend()) {
                Bucket bucket;
                bucket.location = QString::fromUtf8(location);
                const auto placed = rank.constFind(bucket.location);
                if (placed != rank.cend()) {
                    bucket.rank = placed.value();
                    bucket.zone = zoneOf.value(bucket.location, -1);
                }
                buckets.push_back(std::move(bucket));
                found = bucketOf.insert(QByteArray(location.constData(), location.size()), int(buckets.size()) - 1);
            }
            b = found.value();
        }
        const Bucket& bucket = buckets[size_t(b)];
        line.location = bucket.location;
        line.locationRank = bucket.rank;
        line.zoneIndex = bucket.zone;
        if (line.zoneIndex >= 0)
            line.zone = layout.zones[line.zoneIndex].name;
        const qint64 row = sqlite3_column_int64(raw, 11);
        if (dense && row >= lowRow && row <= highRow)
            lineOfRow[size_t(row - lowRow)] = int(read.size());
        else
            lineOfSparseRow.insert(row, int(read.size()));
        bucketOfLine.push_back(b);
        // A line without a call number of its own files by its item's: its stored key (that of no
        // call number) does not say where; it is merged into its bucket afterwards. Rare: the ILS
        // sends the item's call number with each line.
        lateLine.push_back(sqlite3_column_int(raw, 9) != 0);
        read.append(std::move(line));
    }
    if (step != SQLITE_DONE)
        return sqliteError(db);
    statement.reset();

    // 2. The shelf order: the keys were computed when the lines entered the cache (CacheStore:
    // pick_list.shelf_key), and the index pick_list_walk holds the site's rows in shelf order, then
    // by barcode; it covers this read. Each line goes to its location's bucket: O(n), no sort.
    {
        const char* walkSql = "SELECT p.rowid FROM pick_list p INDEXED BY pick_list_walk WHERE p.site = ? ORDER BY "
                              "p.shelf_key, p.barcode_rank, p.barcode";
        if (sqlite3_prepare_v2(db, walkSql, -1, &raw, nullptr) != SQLITE_OK)
            return sqliteError(db);
        Statement walk(raw);
        sqlite3_bind_text(raw, 1, siteUtf8.constData(), int(siteUtf8.size()), SQLITE_STATIC);
        std::vector<bool> placed(size_t(read.size()), false);
        while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
            const qint64 row = sqlite3_column_int64(raw, 0);
            const int line = dense && row >= lowRow && row <= highRow ? lineOfRow[size_t(row - lowRow)]
                                                                      : lineOfSparseRow.value(row, -1);
            if (line < 0)
                continue; // written since the first read
            if (placed[size_t(line)])
                continue;
            placed[size_t(line)] = true;
            Bucket& bucket = buckets[size_t(bucketOfLine[size_t(line)])];
            (lateLine[size_t(line)] ? bucket.late : bucket.lines).push_back(line);
        }
        if (step != SQLITE_DONE)
            return sqliteError(db);
        // A line the index did not give (changed by another connection between the two reads)
        // still gets its place, by its key.
        for (size_t line = 0; line < placed.size(); ++line)
            if (!placed[line])
                buckets[size_t(bucketOfLine[line])].late.push_back(int(line));
    }

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

    // Lines filed by their item's call number join their bucket in shelf order, then by barcode.
    const auto before = [&read](int a, int b, const QByteArray& keyA, const QByteArray& keyB) {
        if (const int c = keyA.compare(keyB); c != 0)
            return c < 0;
        const quint64 wa = barcodeWord(read[a].barcode), wb = barcodeWord(read[b].barcode);
        if (wa != wb)
            return wa < wb;
        return read[a].barcode < read[b].barcode;
    };
    for (Bucket& bucket : buckets) {
        if (bucket.late.empty())
            continue;
        std::vector<std::pair<QByteArray, int>> late;
        for (int line : bucket.late)
            late.emplace_back(shelfKey(read[line].callNumber), line);
        std::sort(late.begin(), late.end(),
                  [&](const auto& x, const auto& y) { return before(x.second, y.second, x.first, y.first); });
        std::vector<int> merged;
        merged.reserve(bucket.lines.size() + late.size());
        size_t from = 0;
        for (const auto& [key, line] : late) {
            // The first stored line that files after this one (keys computed only along the search).
            const auto at = std::upper_bound(
                bucket.lines.begin() + qsizetype(from), bucket.lines.end(), line,
                [&](int l, int stored) { return before(l, stored, key, shelfKey(read[stored].callNumber)); });
            const size_t to = size_t(at - bucket.lines.begin());
            merged.insert(merged.end(), bucket.lines.begin() + qsizetype(from), bucket.lines.begin() + qsizetype(to));
            merged.push_back(line);
            from = to;
        }
        merged.insert(merged.end(), bucket.lines.begin() + qsizetype(from), bucket.lines.end());
        bucket.lines = std::move(merged);
    }

    // Buckets in walking order; locations missing from it come last, by name.
    std::vector<int> bucketOrder(buckets.size());
    for (size_t k = 0; k < buckets.size(); ++k)
        bucketOrder[k] = int(k);
    std::sort(bucketOrder.begin(), bucketOrder.end(), [&buckets](int a, int b) {
        const Bucket& x = buckets[size_t(a)];
        const Bucket& y = buckets[size_t(b)];
        if ((x.rank < 0) != (y.rank < 0))
            return x.rank >= 0;
        if (x.rank >= 0)
            return x.rank < y.rank;
        return x.location < y.location;
    });
    int unplaced = int(order.size());
    for (int k : bucketOrder)
        if (buckets[size_t(k)].rank < 0) {
            buckets[size_t(k)].rank = unplaced++;
            for (int line : buckets[size_t(k)].lines)
                read[line].locationRank = buckets[size_t(k)].rank;
        }

    // Put the lines in that order in place, cycle by cycle: no second list of lines to allocate.
    std::vector<int> target(size_t(read.size())); // target[i]: where the line now at i must go
    int to = 0;
    for (int k : bucketOrder)
        for (int line : buckets[size_t(k)].lines)
            target[size_t(line)] = to++;
    for (int i = 0; i < int(target.size()); ++i)
        while (target[size_t(i)] != i) {
            const int next = target[size_t(i)];
            std::swap(read[i], read[next]);
            std::swap(target[size_t(i)], target[size_t(next)]);
        }
    return read;
}

} // namespace comptoir::desk
