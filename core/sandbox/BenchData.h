#pragma once

#include "Result.h"

#include <QString>

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

} // namespace bench
} // namespace comptoir::sandbox
