#include "desk/ShelfClearance.h"

#include "store/CacheStore.h"

#include <QSqlQuery>

namespace comptoir::desk {

Result<NextStop> nextStopAfterCancel(CacheStore& cache, const QString& site, qint64 holdId, const QString& barcode)
{
    Database& db = cache.database();
    NextStop stop;
    qint64 itemId = 0, biblioId = 0;
    QString home;
    {
        auto item = db.exec(QStringLiteral("SELECT item_id, coalesce(biblio_id, 0), coalesce(home_library_id, ''), "
                                           "coalesce(callnumber, ''), coalesce(location, '') FROM items WHERE "
                                           "barcode = ? LIMIT 1"),
                            {barcode});
        if (!item)
            return item.error();
        if (item.value().next()) {
            const QSqlQuery& q = item.value();
            itemId = q.value(0).toLongLong();
            biblioId = q.value(1).toLongLong();
            home = q.value(2).toString();
            stop.callNumber = q.value(3).toString();
            stop.location = q.value(4).toString();
        }
        item.value().finish();
    }
    // Another request this copy can serve: one waiting for a copy of the title here (oldest, by
    // priority), or this copy on the site's pick list for a request elsewhere.
    auto next = db.exec(QStringLiteral("SELECT pickup_library_id FROM holds WHERE hold_id != ? AND status IS NULL AND "
                                       "(item_id = ? OR (biblio_id = ? AND item_id IS NULL)) UNION ALL SELECT "
                                       "pickup_library_id FROM pick_list WHERE site = ? AND barcode = ? LIMIT 1"),
                        {holdId, itemId, biblioId, site, barcode});
    if (!next)
        return next.error();
    if (next.value().next()) {
        stop.kind = NextStop::Kind::NextRequest;
        stop.library = next.value().value(0).toString();
        next.value().finish();
        return stop;
    }
    next.value().finish();
    if (!home.isEmpty() && home != site) {
        stop.kind = NextStop::Kind::HomeLibrary;
        stop.library = home;
        return stop;
    }
    stop.kind = NextStop::Kind::Stacks;
    return stop;
}

} // namespace comptoir::desk
