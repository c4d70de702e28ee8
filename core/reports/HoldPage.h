#pragma once

#include "Result.h"
#include "reports/HoldFigures.h"

#include <QByteArray>

#include <vector>

namespace comptoir::reports {

// One page of Koha's GET /holds (a JSON array of hold objects) read straight into HoldRecords,
// without building a JSON document: the network report reads 100k requests, and building then
// walking a QJsonObject per request cost more than the rest of the report. Gives the same records
// as HoldRecord::fromKoha on the parsed objects (embedded objects are skipped); a page it cannot
// read that way (a field it needs written with escapes, anything not JSON) is read through
// QJsonDocument instead. Returns the number of objects; an error when the page is not a JSON array.
Result<qint64> appendHoldPage(const QByteArray& json, bool old, std::vector<HoldRecord>& out);

} // namespace comptoir::reports
