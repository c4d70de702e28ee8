#pragma once

#include "reports/Report.h"
#include "reports/SnapshotStore.h"

#include <QByteArray>

namespace comptoir::reports {

// The columns of the CSV export, in order (README: "The daily report's CSV").
QStringList csvColumns();
// One row per site and figure (the network's rows first, site ALL), UTF-8, comma-separated,
// RFC 4180 quoting, '.' as decimal point, a header line.
QByteArray toCsv(const DayReport& report, const Thresholds& thresholds);
// The rows of a CSV export read back (header checked); each row keyed by column name.
Result<QList<QHash<QString, QString>>> parseCsv(const QByteArray& csv);

// The report as plain text for a terminal or a mail: the attention sentence, then each section as
// a table (sites in rows), alerts marked with '!', then the 30-day trend when history is given.
QString toText(const DayReport& report, const Thresholds& thresholds, const QList<HistoryDay>& history = {});

// A figure as shown: counts as integers, the rest with one decimal, in the locale.
QString formatValue(const QString& key, double value);

// The figures of a section that are shown as columns (without detail), in order.
QStringList sectionColumns(Section section);

} // namespace comptoir::reports
