#pragma once

#include "crates/CrateService.h"
#include "desk/CaptureService.h"

namespace comptoir::desk {

// After a check-in at capture: an item that leaves this site goes into the crate of its next hop,
// and the verdict names the crate ("Crate for … — item 12"). Online, when the ILS said transit;
// offline, when the cache's provisional verdict sends it to another site (the verdict stays
// provisional, the item stays in its crate when the replay confirms the check-in). True when the
// item was placed; a refusal (already in another crate) is added to the verdict's detail.
bool placeCaptured(crates::CrateService& crates, const QString& site, const QString& barcode,
                   const QString& destinationName, CaptureResult& result);

} // namespace comptoir::desk
