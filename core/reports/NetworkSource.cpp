#include "reports/NetworkSource.h"

#include "ils/KohaRestClient.h"
#include "reports/CollectFigures.h"
#include "reports/HoldPage.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace comptoir::reports {

NetworkSource::NetworkSource(ils::KohaRestClient& rest, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
{
}

void NetworkSource::fetch(const ReportWindow& window, std::function<void(Result<NetworkData>)> done)
{
    struct State
    {
        NetworkData data;
        QElapsedTimer timer;
    };
    auto state = std::make_shared<State>();
    state->timer.start();
    // 3. Requests that left the current ones since the day before (filled, cancelled).
    auto readOld = [this, state, done, window]() {
        const QString since = QDateTime(window.day.addDays(-1), QTime(0, 0), window.zone)
                                  .toUTC()
                                  .toString(Qt::ISODate)
                                  .replace(QLatin1String("Z"), QLatin1String("+00:00"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("old"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("q"),
                           QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("timestamp"),
                                                                        QJsonObject{{QStringLiteral(">="), since}}}})
                                                 .toJson(QJsonDocument::Compact)));
        query.addQueryItem(QStringLiteral("_per_page"), QString::number(m_pageSize));
        m_rest.listRaw(
            QStringLiteral("/holds"), query, {},
            [state](const QByteArray& page) -> Result<qint64> {
                ++state->data.pages;
                return appendHoldPage(page, true, state->data.holds);
            },
            [state, done](Result<qint64> r) {
                if (!r) {
                    done(r.error());
                    return;
                }
                state->data.milliseconds = state->timer.elapsed();
                done(std::move(state->data));
            });
    };
    // 2. Every current request.
    auto readCurrent = [this, state, done, readOld]() {
        // Big pages: fewer requests, each answered while this side reads the one before. The
        // requests are read from the bytes (reports/HoldPage), no JSON document built; the list
        // grows geometrically (reserving page by page made it move at every page).
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("_per_page"), QString::number(m_pageSize));
        m_rest.listRaw(
            QStringLiteral("/holds"), query, {},
            [state](const QByteArray& page) -> Result<qint64> {
                ++state->data.pages;
                return appendHoldPage(page, false, state->data.holds);
            },
            [done, readOld](Result<qint64> r) {
                if (!r) {
                    done(r.error());
                    return;
                }
                readOld();
            });
    };
    // 1. The libraries: every site has its row, even with nothing to count.
    m_rest.list(
        QStringLiteral("/libraries"), {}, {},
        [state](const QJsonArray& page) -> Status {
            ++state->data.pages;
            for (const QJsonValue& v : page) {
                const QJsonObject library = v.toObject();
                state->data.libraries.append({library.value(QLatin1String("library_id")).toString(),
                                              library.value(QLatin1String("name")).toString()});
            }
            return {};
        },
        [done, readCurrent](Result<qint64> r) {
            if (!r) {
                done(r.error());
                return;
            }
            readCurrent();
        });
}

DayReport reportFrom(const NetworkData& data, const ReportWindow& window, const QDateTime& takenAt)
{
    DayReport report;
    report.day = window.day;
    report.takenAt = takenAt;
    report.source = QStringLiteral("ils");
    addHoldFigures(data.holds, window, data.libraries, report);
    addCollectFigures(data.holds, window, report); // click & collect orders (hold groups)
    return report;
}

} // namespace comptoir::reports
