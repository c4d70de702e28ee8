#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir {
class CacheStore;
}

namespace comptoir::desk {

struct PullLine
{
    qint64 itemId = 0;
    QString barcode, callNumber, title, author, location, pickup;
    qint64 holdGroupId = 0; // click & collect order, 0 for a plain request
    int locationRank = 0;   // position of the location in the site's walking order
    QByteArray shelfKey;
};

// The site's pick list from the cache, in walking order: shelving locations in the order the site
// walks them (locations not in the order come last, by name), then call numbers in shelf order.
Result<QList<PullLine>> buildPullList(CacheStore& cache, const QString& site, const QStringList& walkingOrder);

} // namespace comptoir::desk
