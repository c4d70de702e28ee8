#pragma once

#include "Result.h"
#include "reports/Report.h"

namespace comptoir {
class Database;
}

namespace comptoir::reports {

// This counter's services of the day, from its outbox file, once their tables exist: pickup lockers
// per bank (lockers/LockerStore: locker_events, locker_items and locker_doors; each bank its own
// row, made when the report has none; occupancy, uncollected and jammed doors as figure:: says),
// click & collect orders handed over here (collected_orders), home delivery
// (delivery/DeliveryService: orders, parcels and their outcomes) on the row of `site`. A service
// with nothing recorded that day adds nothing (its section does not show).
Status addServiceFigures(Database& outbox, const QString& site, const ReportWindow& window, DayReport& report);

} // namespace comptoir::reports
