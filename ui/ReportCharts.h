#pragma once

#include "reports/Report.h"
#include "reports/SnapshotStore.h"

#include <QImage>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace comptoir {

// The report's charts (Qt Charts), for the page and for the PDF. Drawn without a window: a chart
// renders through a QGraphicsScene onto any QPainter (an image, a PDF page), offscreen too.
namespace reportcharts {

// Pending requests by age (≤ 24 h, 24–48 h, > 48 h) day by day over the history, for one site or
// the network; a missed day has no bars and its label is marked with an asterisk. dayLabels = false:
// no labels under the bars (a chart narrower than about 900 pixels has no room for 30 of them).
QChart* pendingTrend(const QList<reports::HistoryDay>& history, const QString& site, bool dayLabels = true);
// The sites side by side: each site's pending requests by age, one horizontal bar per site, the
// most over 48 h at the top; worst > 0: only that many sites (Qt Charts gives a site's label its
// bar's height: a page's chart of 250 pixels has room for about 4). Sites by name; by their short
// id when there are more than 12, unless byName (the PDF gives each site 5 mm: room for a name).
QChart* sitesSideBySide(const reports::DayReport& report, int worst = 0, bool byName = false);

// The chart drawn in a rectangle of the painter (the chart is resized to it; the painter's own
// resolution is used, so text stays readable on a 300 dpi page).
void paint(QChart* chart, QPainter& painter, const QRectF& target);
// The chart as an image of this size (white background).
QImage image(QChart* chart, const QSize& size);

} // namespace reportcharts
} // namespace comptoir
