#pragma once

#include "Result.h"

#include <QString>

namespace comptoir {
class CacheStore;
}

namespace comptoir::desk {

// Where an item goes once its expired request is cancelled and it leaves the hold shelf: to the
// next request for it (checked in again, it is captured for that one), back to the library it
// belongs to, or back to the stacks here.
struct NextStop
{
    enum class Kind { NextRequest, HomeLibrary, Stacks };
    Kind kind = Kind::Stacks;
    QString library;              // the next request's pickup library, or the home library (id)
    QString callNumber, location; // for the stacks (location: a shelving location code)
};

// From the cache: this site's other requests and pick list for the item, then the item's home.
Result<NextStop> nextStopAfterCancel(CacheStore& cache, const QString& site, qint64 holdId, const QString& barcode);

} // namespace comptoir::desk
