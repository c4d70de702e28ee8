#pragma once

#include "Result.h"
#include "reports/ReportService.h"

#include <QJsonObject>

namespace comptoir::reports {
struct DayReport;
}

namespace comptoir::netstore {

class NetworkStoreLink;

// A day's report as the network store keeps it (report_snapshots.payload): figures only, by site
// and for the network; counts, never a patron.
QJsonObject snapshotReport(const reports::DayReport& report);

// When a day's snapshot is saved here (reports.sqlite) and a network store is configured: the day's
// figures become a report.snapshot event, durable in the outbox first, published at once when the
// store answers (else on a later round). No store configured: nothing happens.
Status publishSnapshot(NetworkStoreLink& link, const reports::DayReport& report);

// The report's source of every counter's snapshots (ReportService::setCounterSource): read through
// the link on a worker thread, answered on `context`'s thread. No store configured: NoStore (the
// report stays this counter's); configured but not connected: netstore.unreachable.
reports::ReportService::CounterSource counterSource(NetworkStoreLink& link, QObject* context);

} // namespace comptoir::netstore
