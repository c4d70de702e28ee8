#pragma once

#include "reports/Report.h"

#include <QJsonObject>

namespace comptoir::reports {

// One counter's snapshot of a day as the network store keeps it (netstore/ReportSnapshots).
struct CounterSnapshot
{
    QString counter; // its role in the store
    QString site;
    QDateTime at;
    QList<SiteFigures> rows; // its report's rows (sites, banks), every figure as it sent it
};

// What the network store knows of a day: the counters registered (role, site), the snapshots of
// the day, and the role of the counter reading (its own figures are its records, read now).
struct NetworkCounters
{
    QString me;
    QList<std::pair<QString, QString>> registered;
    QList<CounterSnapshot> snapshots;
};

// The rows of a snapshot's payload ({"sites": [{"site", "name", "figures": [{key, value, detail}]}]}).
QList<SiteFigures> snapshotRows(const QJsonObject& payload);

// The report's counter figures (isCounterFigure) become the network's: this counter's own (already
// in `report`) plus every other counter's snapshot of the day, row by row (a site, or a locker
// bank), and their total on the network's row. Counts add up; a locker bank's occupancy is its
// doors occupied over its doors in service (as each counter saw them); a median transit time
// reported by more than one counter is left out (it cannot be made from medians). The ILS's
// figures are left as they are. Every registered counter is listed in or missing.
void mergeNetworkCounters(DayReport& report, const NetworkCounters& network);

} // namespace comptoir::reports
