#pragma once

#include "Result.h"
#include "reports/Report.h"

namespace comptoir {
class Database;
}

namespace comptoir::reports {

// This counter's own records of the day, from its outbox file (store/Outbox, crates/CrateService):
// pull runs (check-ins made from the pull list, lines marked not found with their reason), shuttle
// crates sealed here and received here (with discrepancies: items missing or extra), and the items
// they carried per pair of sites, with the median time from sealing to receipt. Added to the row
// of `site` (created when missing); a section with nothing recorded adds nothing.
Status addLocalFigures(Database& outbox, const QString& site, const ReportWindow& window, DayReport& report);

} // namespace comptoir::reports
