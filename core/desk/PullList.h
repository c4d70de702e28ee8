#pragma once

#include "Result.h"
#include "desk/ShelfLayout.h"

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
    qint64 biblioId = 0;
    QString barcode, callNumber, title, author, location, pickup;
    QString zone;           // the zone's name, empty when the location is in no zone
    qint64 holdGroupId = 0; // click & collect order, 0 for a plain request
    int zoneIndex = -1;     // index of the zone in the layout, -1 when none
    int locationRank = 0;   // position of the location in the site's walking order
    int waiting = 0;        // requests still waiting for a copy of this title, across the network
};

// The site's pick list from the cache, in walking order: zone by zone, shelving locations in the
// order the site walks them (locations in no zone come last, by name), then call numbers in shelf
// order, then barcodes (as numbers when they are digits). Reads SQLite directly: this is the one
// screen built from 10^5 rows at once. The shelf keys are stored with the lines (CacheStore), so the
// rows are read in shelf order from an index and only bucketed by location: no sort.
Result<QList<PullLine>> buildPullList(CacheStore& cache, const QString& site, const ShelfLayout& layout);

} // namespace comptoir::desk
