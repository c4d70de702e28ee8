#pragma once

#include "Clock.h"
#include "Result.h"
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

    ReportService(ils::KohaRestClient* rest, SnapshotStore& snapshots, const Clock& clock,
                  const QTimeZone& zone = QTimeZone::systemTimeZone(), QObject* parent = nullptr);
    // This counter: its outbox (pull runs, crates) and its site. None: the network's figures only.
    void setLocal(Database* outbox, const QString& site);

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
};

} // namespace comptoir::reports
