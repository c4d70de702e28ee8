#include "netstore/ReportSnapshots.h"

#include "netstore/NetworkReads.h"
#include "netstore/NetworkStoreLink.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

#include <memory>

namespace comptoir::netstore {

namespace {

QJsonObject siteJson(const reports::SiteFigures& site)
{
    QJsonArray figures;
    for (const reports::Figure& f : site.figures) {
        QJsonObject figure{{QStringLiteral("key"), f.key}, {QStringLiteral("value"), f.value}};
        if (!f.detail.isEmpty())
            figure.insert(QStringLiteral("detail"), f.detail);
        figures.append(figure);
    }
    return {
        {QStringLiteral("site"), site.site}, {QStringLiteral("name"), site.name}, {QStringLiteral("figures"), figures}};
}

} // namespace

QJsonObject snapshotReport(const reports::DayReport& report)
{
    QJsonArray sites;
    for (const reports::SiteFigures& s : report.sites)
        sites.append(siteJson(s));
    return {{QStringLiteral("taken_at"), report.takenAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("local_site"), report.localSite},
            {QStringLiteral("network"), siteJson(report.network)},
            {QStringLiteral("sites"), sites}};
}

Status publishSnapshot(NetworkStoreLink& link, const reports::DayReport& report)
{
    if (!link.isConfigured() || !link.publisher() || !report.day.isValid())
        return {};
    const QString day = report.day.toString(Qt::ISODate);
    auto recorded =
        link.publisher()->record(QStringLiteral("report.snapshot"), QStringLiteral("report:") + day,
                                 {{QStringLiteral("day"), day}, {QStringLiteral("report"), snapshotReport(report)}});
    if (!recorded)
        return recorded.error();
    link.publishInBackground(); // the desk does not wait on the store
    return {};
}

reports::ReportService::CounterSource counterSource(NetworkStoreLink& link, QObject* context)
{
    QPointer<NetworkStoreLink> guarded(&link);
    return [guarded, context](const QDate& day, std::function<void(Result<reports::NetworkCounters>)> done) {
        if (!guarded || !guarded->isConfigured()) {
            done(Error{reports::ReportService::NoStore, {}});
            return;
        }
        auto read = std::make_shared<Result<reports::NetworkCounters>>(Error{});
        const bool started = guarded->readInBackground(
            context,
            [read, day](NetStore& store) -> Status {
                *read = readReportCounters(store, day);
                return read->ok() ? Status() : Status(read->error());
            },
            [read, done](const Status& status) {
                if (!status.ok())
                    done(status.error());
                else
                    done(*read);
            });
        if (!started)
            done(
                Error{QStringLiteral("netstore.unreachable"),
                      QCoreApplication::translate("comptoir::netstore", "The network store is not connected: the "
                                                                        "counters' figures are this counter's only.")});
    };
}

} // namespace comptoir::netstore
