#include "reports/ReportService.h"
#include "reports/ServiceFigures.h"

#include "Logging.h"
#include "ils/KohaRestClient.h"
#include "reports/LocalFigures.h"

#include <QLocale>

namespace comptoir::reports {

ReportService::ReportService(ils::KohaRestClient* rest, SnapshotStore& snapshots, const Clock& clock,
                             const QTimeZone& zone, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
    , m_snapshots(snapshots)
    , m_clock(clock)
    , m_zone(zone)
{
    if (m_rest)
        m_source = new NetworkSource(*m_rest, this);
}

void ReportService::setLocal(Database* outbox, const QString& site)
{
    m_outbox = outbox;
    m_site = site;
}

QDate ReportService::today() const
{
    return m_clock.now().toTimeZone(m_zone).date();
}

void ReportService::take(const QDate& day, std::function<void(Result<DayReport>)> done, bool keep)
{
    if (day != today()) {
        auto stored = m_snapshots.load(day);
        if (!stored) {
            done(stored.error());
            return;
        }
        if (!stored.value()) {
            done(Error{Missing,
                       QCoreApplication::translate("reports", "No report was taken on %1: the library system only "
                                                              "knows today's requests, so that day stays missing.")
                           .arg(QLocale().toString(day, QLocale::ShortFormat))});
            return;
        }
        withNetworkCounters(*stored.value(), done);
        return;
    }
    if (!m_source) {
        done(Error{IlsUnreachable, QCoreApplication::translate("reports", "No REST connection to the library system "
                                                                          "is set up: the report needs one.")});
        return;
    }
    const ReportWindow w = window(day);
    m_source->fetch(w, [this, w, done, keep](Result<NetworkData> data) {
        if (!data) {
            done(Error{IlsUnreachable,
                       QCoreApplication::translate("reports", "The library system could not be reached: %1")
                           .arg(data.error().message)});
            return;
        }
        m_last = data.value();
        DayReport report = reportFrom(data.value(), w, m_clock.now());
        if (m_outbox && !m_site.isEmpty()) {
            if (Status local = addLocalFigures(*m_outbox, m_site, w, report); !local.ok())
                qCWarning(lcReports) << "this counter's records not read:" << local.error().message;
            // Lockers, click & collect, home delivery (reports/ServiceFigures).
            if (Status services = addServiceFigures(*m_outbox, m_site, w, report); !services.ok())
                qCWarning(lcReports) << "this counter's services not read:" << services.error().message;
        }
        if (keep) {
            if (Status saved = m_snapshots.save(report); !saved.ok()) {
                done(saved.error());
                return;
            }
        }
        withNetworkCounters(report, done);
    });
}

void ReportService::withNetworkCounters(DayReport report, std::function<void(Result<DayReport>)> done)
{
    if (!m_counterSource) {
        done(report);
        return;
    }
    const QDate day = report.day;
    m_counterSource(day, [report, done](Result<NetworkCounters> network) mutable {
        if (!network && network.error().code == NoStore) {
            done(report); // no network store: this counter's figures, as without one
            return;
        }
        if (!network) {
            report.countersProblem = network.error().message;
            qCWarning(lcReports) << "the counters' snapshots not read:" << network.error().message;
        } else {
            mergeNetworkCounters(report, network.value());
        }
        done(report);
    });
}

Result<QList<HistoryDay>> ReportService::history(const QDate& day, int days)
{
    return m_snapshots.history(day.addDays(-(days - 1)), day);
}

} // namespace comptoir::reports
