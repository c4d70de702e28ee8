#include "reports/LocalFigures.h"

#include "reports/HoldFigures.h"
#include "store/Database.h"

#include <QHash>
#include <QSqlQuery>

#include <cmath>
#include <map>

namespace comptoir::reports {

namespace {

QString isoMs(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool hasTable(Database& db, const QString& table)
{
    auto found =
        db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
    return found && found.value().toInt() > 0;
}

} // namespace

Status addLocalFigures(Database& outbox, const QString& site, const ReportWindow& window, DayReport& report)
{
    using namespace figure;
    const QString from = isoMs(window.start());
    const QString to = isoMs(window.end());
    SiteFigures* row = nullptr;
    for (SiteFigures& s : report.sites)
        if (s.site == site)
            row = &s;
    if (!row) {
        report.sites.append(SiteFigures{site, site, {}});
        row = &report.sites.last();
    }
    report.localSite = site;

    // Pull runs: a line found is checked in from the pull list (payload source "pull"); a line not
    // found is recorded with its reason. Discarded actions were never done.
    auto found = outbox.scalar(QStringLiteral("SELECT count(*) FROM actions WHERE kind = 'checkin' AND state <> "
                                              "'discarded' AND json_extract(payload, '$.source') = 'pull' AND "
                                              "created_at >= ? AND created_at < ?"),
                               {from, to});
    if (!found)
        return found.status();
    auto reasons = outbox.exec(QStringLiteral("SELECT coalesce(json_extract(payload, '$.reason'), ''), count(*) FROM "
                                              "actions WHERE kind = 'not_found' AND state <> 'discarded' AND "
                                              "created_at >= ? AND created_at < ? GROUP BY 1 ORDER BY 1"),
                               {from, to});
    if (!reasons)
        return reasons.status();
    int notFound = 0;
    QList<std::pair<QString, int>> byReason;
    while (reasons.value().next()) {
        byReason.append({reasons.value().value(0).toString(), reasons.value().value(1).toInt()});
        notFound += byReason.last().second;
    }
    const int foundCount = found.value().toInt();
    if (foundCount + notFound > 0) {
        row->set(PullLines, foundCount + notFound);
        row->set(PullFound, foundCount);
        row->set(PullNotFound, notFound);
        for (const auto& [reason, count] : byReason)
            row->set(PullNotFound, count, reason.isEmpty() ? QStringLiteral("-") : reason);
    }

    if (!hasTable(outbox, QStringLiteral("crates")))
        return {};
    // Crates sealed here, and what they carried per destination.
    auto sealed = outbox.exec(QStringLiteral("SELECT c.from_site, c.destination, (SELECT count(*) FROM crate_items i "
                                             "WHERE i.crate_seq = c.seq AND i.removed_at IS NULL) FROM crates c WHERE "
                                             "c.direction = 'out' AND c.sealed_at >= ? AND c.sealed_at < ?"),
                              {from, to});
    if (!sealed)
        return sealed.status();
    int sealedCount = 0;
    std::map<QString, int> sent;
    while (sealed.value().next()) {
        ++sealedCount;
        sent[sealed.value().value(0).toString() + QLatin1Char('>') + sealed.value().value(1).toString()] +=
            sealed.value().value(2).toInt();
    }
    // Crates received here: items missing, extras, items scanned (extras too: they arrived), time on the road.
    auto received = outbox.exec(
        QStringLiteral("SELECT c.from_site, c.destination, c.sealed_at, c.received_at, (SELECT count(*) FROM "
                       "crate_items i WHERE i.crate_seq = c.seq AND i.removed_at IS NULL AND i.barcode NOT IN (SELECT "
                       "r.barcode FROM crate_receipts r WHERE r.crate_seq = c.seq)), (SELECT count(*) FROM "
                       "crate_receipts r WHERE r.crate_seq = c.seq AND r.expected = 0), (SELECT count(*) FROM "
                       "crate_receipts r WHERE r.crate_seq = c.seq) FROM crates c WHERE "
                       "c.direction = 'in' AND c.state = 'received' AND c.received_at >= ? AND c.received_at < ?"),
        {from, to});
    if (!received)
        return received.status();
    int receivedCount = 0, discrepancies = 0;
    std::map<QString, int> receivedItems;
    std::map<QString, std::vector<double>> hours;
    while (received.value().next()) {
        const QSqlQuery& q = received.value();
        ++receivedCount;
        const QString pair = q.value(0).toString() + QLatin1Char('>') + q.value(1).toString();
        if (q.value(4).toInt() > 0 || q.value(5).toInt() > 0)
            ++discrepancies;
        receivedItems[pair] += q.value(6).toInt();
        const QDateTime sealedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        const QDateTime receivedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        if (sealedAt.isValid() && receivedAt.isValid() && receivedAt >= sealedAt)
            hours[pair].push_back(double(sealedAt.secsTo(receivedAt)) / 3600.0);
    }
    if (sealedCount + receivedCount == 0)
        return {};
    row->set(CratesSealed, sealedCount);
    row->set(CratesReceived, receivedCount);
    row->set(CratesDiscrepancies, discrepancies);
    for (const auto& [pair, items] : sent)
        row->set(TransitSent, items, pair);
    for (const auto& [pair, items] : receivedItems)
        row->set(TransitReceived, items, pair);
    for (const auto& [pair, values] : hours)
        row->set(TransitMedianH, std::round(percentile(values, 50) * 10.0) / 10.0, pair);
    return {};
}

} // namespace comptoir::reports
