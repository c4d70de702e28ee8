#pragma once

#include "Result.h"
#include "reports/Report.h"
#include "reports/SnapshotStore.h"

namespace comptoir {

// The daily report as a printable PDF: A4 portrait, the attention sentence first, the two charts
// (the network's pending requests over the history, the sites side by side), then each section as a
// table (sites in rows, the network's row first, cells past a threshold in red on a pale ground)
// and the detailed figures (reasons, pairs of sites). Drawn with QPdfWriter and QPainter: no window,
// runs offscreen. The texts come from tr() (French on a French desk). The file is owner-only.
Status writeReportPdf(const reports::DayReport& report, const QList<reports::HistoryDay>& history,
                      const reports::Thresholds& thresholds, const QString& path);

} // namespace comptoir
