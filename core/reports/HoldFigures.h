#pragma once

#include "reports/Report.h"

#include <QHash>
#include <QJsonObject>

#include <vector>

namespace comptoir::reports {

// A request as Koha's REST API gives it (current or old), reduced to what the report counts.
struct HoldRecord
{
    qint64 id = 0;
    QString pickup;
    QString status;      // "", "T", "W", "P", "F"
    QDate placed;        // hold_date
    QDate waiting;       // waiting_date
    QDate expires;       // expiration_date
    QDate cancelled;     // cancellation_date
    QDateTime timestamp; // last update (Koha: the capture of a request in transit; the move to old_reserves)
    qint64 group = 0;    // hold_group_id: the click & collect order it belongs to (0: none)
    bool old = false;

    static HoldRecord fromKoha(const QJsonObject& hold, bool old);
};

// Ages and delays. Koha gives days (hold_date, waiting_date) and one date-time (timestamp, the
// request's last change), so a day is read the way that never flatters the promise: placed at the
// start of its day, captured (waiting_date) at the end of its day unless its timestamp falls on
// that day (the move to the shelf changed it, and nothing later moved it to another day: the
// capture was at that moment or before), pending requests aged at the end of the report's day.
// Placed and captured the same day is within 24 h; the next day, within 48 h; a request placed the
// day before yesterday and still pending is older than 48 h. A request put in transit has its
// timestamp: the hour counts.
enum class AgeBucket { UpTo24h, UpTo48h, Over48h };
AgeBucket ageBucket(qint64 seconds); // ≤ 24 h, ≤ 48 h, > 48 h: "within 24 h" includes 24 h exactly
QDateTime placedAt(const HoldRecord& hold, const QTimeZone& zone);
// When the request was captured (null when it was not, or is not known).
QDateTime capturedAt(const HoldRecord& hold, const QTimeZone& zone);

// Nearest-rank percentile (p in 0..100) of values; 0 when empty. The median is p = 50.
double percentile(std::vector<double> values, double p);

// The request figures of the day per pickup site and for the network. siteNames: every library
// (id → name), so a site with nothing still has its row. Percentages are rounded to 0.1, hours to
// 0.1 h; a site with no capture has no processing figures (nothing to divide).
void addHoldFigures(const std::vector<HoldRecord>& holds, const ReportWindow& window,
                    const QList<std::pair<QString, QString>>& siteNames, DayReport& report);

} // namespace comptoir::reports
