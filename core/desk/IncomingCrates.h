#pragma once

#include "crates/Manifest.h"
#include "store/Database.h"

namespace comptoir::desk {

// Training and demo: the crates the network's other sites would send to `site` now, built as their
// counters would have built them. The cache's requests in transit to the site (status T) give the
// items; each goes in the crate of the library holding it (Koha keeps the sender as the holding
// library until the transfer arrives). At most maxCrates crates, the fullest first; one-off ids as
// CrateService makes them ("<from>-<yyMMdd>-<n>").
QList<crates::Manifest> incomingCrates(Database& cache, const QString& site, const QDateTime& sealedAt,
                                       int maxCrates = 3);

} // namespace comptoir::desk
