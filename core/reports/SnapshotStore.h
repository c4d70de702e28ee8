#pragma once

#include "Result.h"
#include "reports/Report.h"
#include "store/Database.h"

#include <functional>
#include <optional>

namespace comptoir::reports {

// One day of the history: its report, or nothing (the counter did not take it that day: missing,
// never made up).
struct HistoryDay
{
    QDate day;
    std::optional<DayReport> report;
    bool missing() const { return !report.has_value(); }
};

// Each day's figures, kept so the report shows the last 30 days and a trend although the ILS only
// knows the current requests. Its own SQLite file in the data folder (reports.sqlite: owner-only,
// WAL, migrations, through store/Database). A day taken again replaces that day's figures.
class SnapshotStore
{
public:
    static constexpr quint32 ApplicationId = 0x434d5052; // "CMPR"
    static QList<SchemaMigration> schema();
    static QString fileName() { return QStringLiteral("reports.sqlite"); }

    SnapshotStore();
    Status open(const QString& path);
    Database& database() { return m_db; }

    Status save(const DayReport& report);
    // Called after each day saved (the network store publishes it when one is configured).
    void setOnSaved(std::function<void(const DayReport&)> onSaved) { m_onSaved = std::move(onSaved); }
    // The stored day (source "snapshot"), or nothing.
    Result<std::optional<DayReport>> load(const QDate& day);
    // Every day from `from` to `to` inclusive, oldest first, missing ones marked.
    Result<QList<HistoryDay>> history(const QDate& from, const QDate& to);
    // One figure over those days, for one site (NetworkSite for the network): -1 where the day is
    // missing or the figure absent.
    static QList<double> series(const QList<HistoryDay>& days, const QString& site, const QString& key);

private:
    Database m_db;
    std::function<void(const DayReport&)> m_onSaved;
};

} // namespace comptoir::reports
