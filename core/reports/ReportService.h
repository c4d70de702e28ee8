#pragma once

#include "Clock.h"
#include "Result.h"
#include "reports/NetworkCounters.h"
#include "reports/NetworkSource.h"
#include "reports/SnapshotStore.h"

#include <QObject>

namespace comptoir {
class Database;
}
namespace comptoir::ils {
class KohaRestClient;
}

namespace comptoir::reports {

// The daily report, taken or read back: today's is read from the ILS (every site), this counter's
// own records are added, and the day is kept in the snapshot store; a past day is read from the
// snapshots (the ILS only knows the present: a day that was not taken is missing, never rebuilt).
class ReportService : public QObject
{
    Q_OBJECT
public:
    // Error codes.
    static inline const QString IlsUnreachable = QStringLiteral("report.ils");
    static inline const QString Missing = QStringLiteral("report.missing");
    // What a counter source answers when no network store is configured.
    static inline const QString NoStore = QStringLiteral("netstore.none");

    ReportService(ils::KohaRestClient* rest, SnapshotStore& snapshots, const Clock& clock,
                  const QTimeZone& zone = QTimeZone::systemTimeZone(), QObject* parent = nullptr);
    // This counter: its outbox (pull runs, crates) and its site. None: the network's figures only.
    void setLocal(Database* outbox, const QString& site);

    // With a network store: reads a day's snapshots of every counter (netstore::readReportCounters,
    // off the desk's thread) and calls back on this thread. Set, every report taken or read back
    // shows the network's counter figures and lists the counters in or missing; the store
    // unreachable, this counter's own figures and the reason (countersProblem). What is kept in
    // the snapshot store (and published) stays this counter's own figures.
    using CounterSource = std::function<void(const QDate& day, std::function<void(Result<NetworkCounters>)> done)>;
    void setCounterSource(CounterSource source) { m_counterSource = std::move(source); }

    QDate today() const;
    ReportWindow window(const QDate& day) const { return {day, m_zone}; }
    // Today (taken now, kept), or a stored day. keep = false: taken but not stored (a dry run).
    void take(const QDate& day, std::function<void(Result<DayReport>)> done, bool keep = true);
    // The days up to `day`, oldest first (30 by default), missing ones marked.
    Result<QList<HistoryDay>> history(const QDate& day, int days = 30);
    const NetworkData& lastRead() const { return m_last; }

private:
    ils::KohaRestClient* m_rest;
    SnapshotStore& m_snapshots;
    const Clock& m_clock;
    QTimeZone m_zone;
    Database* m_outbox = nullptr;
    QString m_site;
    NetworkSource* m_source = nullptr;
    NetworkData m_last;
    CounterSource m_counterSource;

    void withNetworkCounters(DayReport report, std::function<void(Result<DayReport>)> done);
};

} // namespace comptoir::reports
