#include "PullList.h"

#include "CacheStore.h"
#include "CallNumber.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>
#include <vector>

namespace comptoir::desk {

Result<QList<PullLine>> buildPullList(CacheStore& cache, const QString& site, const QStringList& walkingOrder)
{
    QHash<QString, int> rank;
    for (int i = 0; i < walkingOrder.size(); ++i)
        rank.insert(walkingOrder[i], i);
    const int unknown = int(walkingOrder.size());
    auto count = cache.database().scalar(QStringLiteral("SELECT count(*) FROM pick_list WHERE site = ?"), {site});
    auto rows = cache.database().exec(
        QStringLiteral("SELECT p.item_id, p.barcode, coalesce(p.callnumber, i.callnumber, ''), coalesce(b.title, ''), "
                       "coalesce(b.author, ''), coalesce(i.location, ''), coalesce(p.pickup_library_id, ''), "
                       "coalesce(p.hold_group_id, 0) FROM pick_list p LEFT JOIN items i ON i.item_id = p.item_id LEFT "
                       "JOIN biblios b ON b.biblio_id = p.biblio_id WHERE p.site = ?"),
        {site});
    if (!rows)
        return rows.error();
    QList<PullLine> read;
    read.reserve(count ? count.value().toLongLong() : 0);
    QSet<QString> unknownLocations;
    QSqlQuery& q = rows.value();
    while (q.next()) {
        PullLine line;
        line.itemId = q.value(0).toLongLong();
        line.barcode = q.value(1).toString();
        line.callNumber = q.value(2).toString();
        line.title = q.value(3).toString();
        line.author = q.value(4).toString();
        line.location = q.value(5).toString();
        line.pickup = q.value(6).toString();
        line.holdGroupId = q.value(7).toLongLong();
        const auto known = rank.constFind(line.location);
        if (known != rank.cend())
            line.locationRank = known.value();
        else
            unknownLocations.insert(line.location);
        line.shelfKey = shelfKey(line.callNumber);
        read.append(std::move(line));
    }
    q.finish();
    // Locations missing from the walking order come last, by name.
    if (!unknownLocations.isEmpty()) {
        QStringList names(unknownLocations.cbegin(), unknownLocations.cend());
        names.sort();
        for (int i = 0; i < names.size(); ++i)
            rank.insert(names[i], unknown + i);
        for (PullLine& line : read)
            line.locationRank = rank.value(line.location);
    }
    // Sort small records (rank, key, position), not lines: compact, and only they move.
    struct Entry
    {
        int rank;
        int position;
        const char* key;
        qsizetype length;
    };
    std::vector<Entry> order;
    order.reserve(size_t(read.size()));
    for (int i = 0; i < read.size(); ++i)
        order.push_back({read[i].locationRank, i, read[i].shelfKey.constData(), read[i].shelfKey.size()});
    std::sort(order.begin(), order.end(), [&read](const Entry& a, const Entry& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        const int byShelf = std::memcmp(a.key, b.key, size_t(std::min(a.length, b.length)));
        if (byShelf != 0)
            return byShelf < 0;
        if (a.length != b.length)
            return a.length < b.length;
        return read[a.position].barcode < read[b.position].barcode;
    });
    QList<PullLine> lines;
    lines.reserve(read.size());
    for (const Entry& e : order)
        lines.append(std::move(read[e.position]));
    return lines;
}

} // namespace comptoir::desk
