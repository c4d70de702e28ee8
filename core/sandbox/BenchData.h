#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <utility>

namespace comptoir {
class Database;
}

namespace comptoir::sandbox {

// Data the benchmarks (comptoir-bench) build from a generated training network.
namespace bench {

// The library system moves on: of the site's requests, half of `changed` get a new timestamp,
// a quarter are cancelled, a quarter are new (what an incremental sync must fetch).
Status changeRequests(const QString& networkFile, const QString& site, int changed);

// Fills a counter's cache from a generated network: its items and records, plus the site's pick
// list (every item of the network) or its requests and libraries.
enum class CacheFill { PickList, RequestsAndLibraries };
Status fillCache(Database& cache, const QString& networkFile, const QString& site, CacheFill fill);

// Items of one library other than CENTRE that a check-in at CENTRE sends home (on the shelf, no
// request on them or their record, no transfer open): 2 × `count` of them, and that library.
Result<std::pair<QString, QStringList>> itemsGoingHome(const QString& networkFile, int count);

} // namespace bench
} // namespace comptoir::sandbox
