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
    // Call numbers repeat ("R DUP" for every Dupont novel): each distinct one gets its shelf key once.
    QHash<QByteArray, int> callIndex;
    QList<QString> calls;
    std::vector<QByteArray> keys;
    std::vector<int> keyOfLine;
    keyOfLine.reserve(size_t(read.capacity()));
    QHash<QString, int> unknownRank; // locations in no zone, ranked by name afterwards
    int step;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        PullLine line;
        line.itemId = sqlite3_column_int64(raw, 0);
        line.barcode = text(raw, 1);
        {
            const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(raw, 2));
            const QByteArray call = QByteArray::fromRawData(data ? data : "", data ? sqlite3_column_bytes(raw, 2) : 0);
            auto found = callIndex.constFind(call);
            if (found == callIndex.cend()) {
                calls.append(QString::fromUtf8(call));
                keys.push_back(shelfKey(calls.last()));
                found = callIndex.insert(QByteArray(call.constData(), call.size()), int(keys.size()) - 1);
            }
            line.callNumber = calls[found.value()];
            line.shelfKey = keys[size_t(found.value())];
            keyOfLine.push_back(found.value());
        }
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
    // Distinct shelf keys sorted once; lines then sort on small records of integers.
    std::vector<int> keyOrder(keys.size());
    for (size_t k = 0; k < keys.size(); ++k)
        keyOrder[k] = int(k);
    std::sort(keyOrder.begin(), keyOrder.end(), [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    std::vector<int> keyRank(keys.size());
    for (size_t k = 0; k < keyOrder.size(); ++k)
        keyRank[size_t(keyOrder[k])] = int(k);
    struct Entry
    {
        int rank;
        int key;
        quint64 barcode;
        int position;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(read.size()));
    for (int i = 0; i < read.size(); ++i)
        entries.push_back(
            {read[i].locationRank, keyRank[size_t(keyOfLine[size_t(i)])], barcodeWord(read[i].barcode), i});
    std::sort(entries.begin(), entries.end(), [&read](const Entry& a, const Entry& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.key != b.key)
            return a.key < b.key;
        if (a.barcode != b.barcode)
            return a.barcode < b.barcode;
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
