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
    int get(sqlite3_stmt* s, int column)
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
        const QByteArray raw = QByteArray::fromRawData(data ? data : "", data ? sqlite3_column_bytes(s, column) : 0);
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

// Appends a column's UTF-8 text to the shared buffer (no string of its own).
PullList::Text appendText(QByteArray& to, sqlite3_stmt* s, int column)
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    const int size = data ? sqlite3_column_bytes(s, column) : 0;
    PullList::Text text{qint32(to.size()), qint32(size)};
    if (size > 0)
        to.append(data, size);
    return text;
}

// Equal call numbers are ordered by barcode: digits-only barcodes (nearly all) by their number,
// kept in the sort record, before any other, which compare as text.
quint64 barcodeWord(std::string_view barcode)
{
    if (barcode.empty() || barcode.size() > 18)
        return std::numeric_limits<quint64>::max();
    quint64 number = 0;
    for (const char c : barcode) {
        if (c < '0' || c > '9')
            return std::numeric_limits<quint64>::max();
        number = number * 10 + quint64(c - '0');
    }
    return number;
}

} // namespace

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

    std::vector<Line> read;
    std::vector<qint64> rowOfLine; // the lines' row ids, to find them again in the index's order
    {
        // Room for every line at once (the table's row ids bound their number; found at once).
        sqlite3_stmt* bounds = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT max(rowid) - min(rowid) + 1 FROM pick_list", -1, &bounds, nullptr) ==
            SQLITE_OK) {
            Statement guard(bounds);
            if (sqlite3_step(bounds) == SQLITE_ROW) {
                const size_t most = size_t(std::clamp<qint64>(sqlite3_column_int64(bounds, 0), 0, 10'000'000));
                read.reserve(most);
                rowOfLine.reserve(most);
                d.text.reserve(qsizetype(most) * 64);
            }
        }
    }
    // One bucket per distinct location, its lines in shelf order.
    struct Bucket
    {
        std::vector<int> lines;
        std::vector<int> late; // lines whose key was not stored (see below), merged at the end
    };
    std::vector<Bucket> buckets;
    QHash<QByteArray, int> bucketOf;
    std::vector<bool> lateLine;
    Interner pickups(d.pickups);
    // Titles and authors repeat for every copy of a title: once per record.
    // By record id: in a plain array when the ids are dense enough (they are the ILS's biblionumbers),
    // else in a hash.
    std::vector<qint32> recordOfId;
    qint64 lowRecord = 0;
    {
        sqlite3_stmt* range = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT min(biblio_id), max(biblio_id), count(*) FROM biblios", -1, &range,
                               nullptr) == SQLITE_OK) {
            Statement guard(range);
            if (sqlite3_step(range) == SQLITE_ROW && sqlite3_column_type(range, 0) != SQLITE_NULL) {
                lowRecord = sqlite3_column_int64(range, 0);
                const qint64 span = sqlite3_column_int64(range, 1) - lowRecord + 1;
                if (span > 0 && span < 4 * sqlite3_column_int64(range, 2) + 1024 && span <= 50'000'000)
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
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        Line line;
        line.itemId = sqlite3_column_int64(raw, 0);
        line.barcode = appendText(d.text, raw, 1);
        line.call = appendText(d.text, raw, 2);
        if (sqlite3_column_type(raw, 10) != SQLITE_NULL) {
            const qint64 record = sqlite3_column_int64(raw, 10);
            qint32* slot = recordSlot(record);
            qint32 index = slot ? *slot : records.value(record, -1);
            if (index < 0) {
                PullList::Record r;
                r.title = appendText(d.text, raw, 3);
                r.author = appendText(d.text, raw, 4);
                d.records.push_back(r);
                index = qint32(d.records.size()) - 1;
                if (slot)
                    *slot = index;
                else
                    records.insert(record, index);
            }
            line.record = index;
        }
        line.pickup = pickups.get(raw, 6);
        line.holdGroupId = sqlite3_column_int64(raw, 7);
        line.biblioId = sqlite3_column_int64(raw, 8);
        {
            const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(raw, 5));
            const QByteArray location =
                QByteArray::fromRawData(bytes ? bytes : "", bytes ? sqlite3_column_bytes(raw, 5) : 0);
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
            line.location = found.value();
        }
        rowOfLine.push_back(sqlite3_column_int64(raw, 11));
        // A line without a call number of its own files by its item's: its stored key (that of no
        // call number) does not say where; it is merged into its bucket afterwards. Rare: the ILS
        // sends the item's call number with each line.
        lateLine.push_back(sqlite3_column_int(raw, 9) != 0);
        read.push_back(line);
    }
    if (step != SQLITE_DONE)
        return sqliteError(db);
    statement.reset();
    // Where each row's line is: by row id, in a plain array when the ids are dense enough.
    qint64 lowRow = 0, highRow = -1;
    if (!rowOfLine.empty()) {
        const auto [low, high] = std::minmax_element(rowOfLine.begin(), rowOfLine.end());
        lowRow = *low;
        highRow = *high;
    }
    const bool dense = highRow - lowRow < 4 * qint64(rowOfLine.size()) + 1024;
    std::vector<int> lineOfRow(dense ? size_t(highRow - lowRow + 1) : 0, -1);
    QHash<qint64, int> lineOfSparseRow;
    for (size_t line = 0; line < rowOfLine.size(); ++line)
        if (dense)
            lineOfRow[size_t(rowOfLine[line] - lowRow)] = int(line);
        else
            lineOfSparseRow.insert(rowOfLine[line], int(line));
    rowOfLine = {};

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
        std::vector<bool> placed(read.size(), false);
        while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
            const qint64 row = sqlite3_column_int64(raw, 0);
            const int line = dense && row >= lowRow && row <= highRow ? lineOfRow[size_t(row - lowRow)]
                                                                      : lineOfSparseRow.value(row, -1);
            if (line < 0 || placed[size_t(line)])
                continue; // written since the first read
            placed[size_t(line)] = true;
            Bucket& bucket = buckets[size_t(read[size_t(line)].location)];
            (lateLine[size_t(line)] ? bucket.late : bucket.lines).push_back(line);
        }
        if (step != SQLITE_DONE)
            return sqliteError(db);
        // A line the index did not give (changed by another connection between the two reads)
        // still gets its place, by its key.
        for (size_t line = 0; line < placed.size(); ++line)
            if (!placed[line])
                buckets[size_t(read[line].location)].late.push_back(int(line));
    }

    // Requests still waiting for a copy of each title on the list (pending: no status yet).
    {
        // Every title's count, those on the list picked out here: asking SQLite for the list's titles
        // only would make it build a temporary index of them first.
        const char* countSql = "SELECT biblio_id, count(*) FROM holds WHERE status IS NULL AND biblio_id IS NOT NULL "
                               "GROUP BY biblio_id";
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

    // Lines filed by their item's call number join their bucket in shelf order, then by barcode.
    const auto barcodeOf = [&d, &read](int line) {
        const Line& l = read[size_t(line)];
        // UTF-8 bytes: the order of the stored index (SQLite's binary collation).
        return std::string_view(d.text.constData() + l.barcode.at, size_t(l.barcode.size));
    };
    const auto before = [&](int a, int b, const QByteArray& keyA, const QByteArray& keyB) {
        if (const int c = keyA.compare(keyB); c != 0)
            return c < 0;
        const std::string_view ba = barcodeOf(a), bb = barcodeOf(b);
        const quint64 wa = barcodeWord(ba), wb = barcodeWord(bb);
        if (wa != wb)
            return wa < wb;
        return ba < bb;
    };
    const auto keyOf = [&](int line) { return shelfKey(d.string(read[size_t(line)].call)); };
    for (Bucket& bucket : buckets) {
        if (bucket.late.empty())
            continue;
        std::vector<std::pair<QByteArray, int>> late;
        for (int line : bucket.late)
            late.emplace_back(keyOf(line), line);
        std::sort(late.begin(), late.end(),
                  [&](const auto& x, const auto& y) { return before(x.second, y.second, x.first, y.first); });
        std::vector<int> merged;
        merged.reserve(bucket.lines.size() + late.size());
        size_t from = 0;
        for (const auto& entry : late) {
            // Named copies, not structured bindings: clang (the fuzz build) cannot capture those.
            const QByteArray& key = entry.first;
            const int line = entry.second;
            // The first stored line that files after this one (keys computed only along the search).
            const auto at = std::upper_bound(bucket.lines.begin() + qsizetype(from), bucket.lines.end(), line,
                                             [&](int l, int stored) { return before(l, stored, key, keyOf(stored)); });
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
        d.walk.insert(d.walk.end(), buckets[size_t(k)].lines.begin(), buckets[size_t(k)].lines.end());
    buckets = {};
    d.lines = std::move(read);
    PullList list;
    list.m_data = std::move(data);
    return list;
}

} // namespace comptoir::desk
