#pragma once

#include "Result.h"
#include "reports/HoldFigures.h"

#include <QObject>

#include <functional>
#include <vector>

namespace comptoir::ils {
class KohaRestClient;
}

namespace comptoir::reports {

// What the ILS says of the whole network for a day's report.
struct NetworkData
{
    QList<std::pair<QString, QString>> libraries; // id, name: every pickup location
    std::vector<HoldRecord> holds;                // current requests, and old ones that left since the day before
    qint64 milliseconds = 0;
    qint64 pages = 0;
};

// Reads the network's requests through the Koha REST connector (ils/KohaRestClient), page by page:
// GET /libraries, GET /holds (every current request), then GET /holds?old=true (Koha's
// old_reserves) for the requests filled or cancelled since the start of the day before, in the
// report's time zone. One failure fails the whole read: a report is never made from part of it.
class NetworkSource : public QObject
{
    Q_OBJECT
public:
    explicit NetworkSource(ils::KohaRestClient& rest, QObject* parent = nullptr);
    void fetch(const ReportWindow& window, std::function<void(Result<NetworkData>)> done);
    // Requests per page asked of the ILS (_per_page; Koha sets no upper bound).
    void setPageSize(int size) { m_pageSize = size > 0 ? size : DefaultPageSize; }
    static constexpr int DefaultPageSize = 5000;

private:
    ils::KohaRestClient& m_rest;
    int m_pageSize = DefaultPageSize;
};

// The day's report from what the ILS said: the request figures of every site and of the network.
DayReport reportFrom(const NetworkData& data, const ReportWindow& window, const QDateTime& takenAt);

} // namespace comptoir::reports
