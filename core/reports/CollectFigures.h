#pragma once

#include "reports/HoldFigures.h"

#include <vector>

namespace comptoir::reports {

// Click & collect orders across the network, from Koha's requests: an order is a hold group (the
// requests sharing a hold_group_id), picked up at its requests' pickup library. The rules, read
// from what Koha records (reserves / old_reserves, ils.md §1.2, hold.yaml):
// - An order still has current requests (reserves): it is READY when every one of them is waiting
//   (status W: Koha sets W only once the item is on the pickup library's hold shelf); otherwise it
//   is TO PREPARE — a request not captured yet (status null), in transit to the pickup library (T)
//   or in processing (P) keeps the whole order from being handed over. Both are the state now.
// - An order with no current request left has ended (Koha moved every request to old_reserves):
//   on the day its last request left (filled: the timestamp of the checkout; cancelled: its
//   cancellation_date) it counts as COLLECTED when at least one of its requests was filled, and
//   as CANCELLED/EXPIRED when none was. "At least one" and not "all": Koha's own hold groups are
//   filled by one request, the others then cancelled (bug 41849, Koha 25.11), and a title of an
//   order cancelled by staff does not undo the pickup of the rest.
// - Time to ready: from the order's placement (the earliest hold_date of its requests, at the
//   start of that day) to the capture of its last request (the latest waiting_date, read as
//   capturedAt() reads it: at its timestamp when that falls on the waiting day, else at the end
//   of that day; never flattering the promise). An order is ready on the
//   day its latest waiting_date is the day and none of its current requests is still not waiting
//   (it may have been collected since). Requests cancelled before capture (no waiting_date) left
//   the order and are not waited for.
// Only the old requests the report reads are seen (those that left since the day before, see
// NetworkSource): an order is judged on those. Every site with an order has its five counts;
// median and 90th percentile of the time to ready where orders became ready that day.
void addCollectFigures(const std::vector<HoldRecord>& holds, const ReportWindow& window, DayReport& report);

} // namespace comptoir::reports
