// The supervisor's daily queue report: every figure against an independent computation (SQL on the
// training library's own file), the 24/48 h edges, 40 sites, snapshots and missing days, CSV read
// back, the PDF's text, a chart drawn, and comptoir-report's exit status.
#include "ReportCharts.h"
#include "ReportPdf.h"
#include "ReportSettingsPage.h"
#include "ReportsPage.h"
#include "Settings.h"
#include "crates/CrateService.h"
#include "crates/Manifest.h"
#include "desk/Actions.h"
#include "ils/KohaRestClient.h"
#include "reports/CollectFigures.h"
#include "reports/HoldFigures.h"
#include "reports/HoldPage.h"
#include "reports/LocalFigures.h"
#include "reports/ReportExport.h"
#include "reports/ReportService.h"
#include "reports/ServiceFigures.h"
#include "reports/SnapshotStore.h"
#include "store/Outbox.h"
#include "support/InProcessSandbox.h"
#include "support/MockClock.h"
#include <QUrlQuery>
#include <optional>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace comptoir;
using namespace comptoir::reports;
using comptoir::test::InProcessSandbox;
using comptoir::test::MockClock;

namespace {

const QDate Day(2026, 11, 22); // the training library's "today"

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

// When a request on the shelf was captured, in seconds since 1970 (whole seconds: the hours
// round as the report's do): its timestamp when that falls on its waiting day (the move to the
// shelf changed it), else the end of the waiting day.
const QString CapturedSql =
    QStringLiteral("CAST(CASE WHEN substr(timestamp, 1, 10) = waiting_date THEN strftime('%s', timestamp) ELSE "
                   "strftime('%s', waiting_date, '+1 day') END AS INTEGER)");

// Nearest rank, written again here from its definition (the smallest value with at least p % of
// the values at or below it).
double nearestRank(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    for (int i = 0; i < values.size(); ++i)
        if (100.0 * (i + 1) >= p * values.size())
            return values[i];
    return values.isEmpty() ? 0 : values.last();
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    InProcessSandbox m_sandbox;
    QNetworkAccessManager m_nam;
    MockClock m_clock{QDateTime(Day, QTime(18, 30), QTimeZone::utc())};
    std::unique_ptr<ils::KohaRestClient> m_rest;
    QTemporaryDir m_dir;
    std::unique_ptr<SnapshotStore> m_snapshots;
    std::unique_ptr<ReportService> m_service;
    DayReport m_report;

    Result<DayReport> take(ReportService& service, const QDate& day, bool keep = true)
    {
        std::optional<Result<DayReport>> out;
        service.take(
            day, [&out](Result<DayReport> r) { out.emplace(std::move(r)); }, keep);
        QEventLoop loop;
        while (!out.has_value())
            loop.processEvents(QEventLoop::WaitForMoreEvents, 100);
        return std::move(*out);
    }

    // The independent computation: one number from the training library's file.
    double sql(const QString& query, const QString& site)
    {
        QSqlQuery q(m_sandbox.circulation->database());
        QString text = query;
        text.replace(QLatin1String(":R1"),
                     QLatin1String("'") + Day.addDays(-1).toString(Qt::ISODate) + QLatin1String("'"));
        text.replace(QLatin1String(":R+1"),
                     QLatin1String("'") + Day.addDays(1).toString(Qt::ISODate) + QLatin1String("'"));
        text.replace(QLatin1String(":R"), QLatin1String("'") + Day.toString(Qt::ISODate) + QLatin1String("'"));
        text.replace(QLatin1String(":SITE"),
                     site == NetworkSite ? QStringLiteral("1") : QStringLiteral("pickup_library_id = '%1'").arg(site));
        if (!q.exec(text) || !q.next()) {
            qWarning() << "SQL failed:" << text;
            return -1;
        }
        return q.value(0).toDouble();
    }

    // Hours from placed to captured of the requests captured on the day, computed from the file.
    QList<double> processingHours(const QString& site)
    {
        QSqlQuery q(m_sandbox.circulation->database());
        const QString where =
            site == NetworkSite ? QStringLiteral("1") : QStringLiteral("pickup_library_id = '%1'").arg(site);
        const QString R = Day.toString(Qt::ISODate);
        q.exec(QStringLiteral(
                   "SELECT (julianday(timestamp) - julianday(hold_date)) * 24 FROM holds WHERE %1 AND status IN ('T', "
                   "'P') AND substr(timestamp, 1, 10) = '%2' "
                   "UNION ALL SELECT (%3 - strftime('%s', hold_date)) / 3600.0 FROM holds WHERE %1 AND "
                   "(status IS NULL OR status NOT IN ('T', 'P')) AND waiting_date = '%2' "
                   "UNION ALL SELECT (%3 - strftime('%s', hold_date)) / 3600.0 FROM old_holds WHERE %1 "
                   "AND waiting_date = '%2'")
                   .arg(where, R, CapturedSql));
        QList<double> hours;
        while (q.next())
            if (q.value(0).toDouble() >= -1e-9)
                hours << q.value(0).toDouble();
        return hours;
    }

    // Every figure of one row against the file.
    void checkRow(const SiteFigures& row)
    {
        const QString s = row.site;
        const QString both =
            QStringLiteral("(SELECT pickup_library_id, hold_date, status, waiting_date, expiration_date, "
                           "timestamp, cancellation_date, 0 AS old FROM holds UNION ALL SELECT "
                           "pickup_library_id, hold_date, status, waiting_date, expiration_date, "
                           "timestamp, cancellation_date, 1 FROM old_holds)");
        auto expect = [&](const QString& key, double value) {
            QVERIFY2(value >= 0, qPrintable(key));
            QVERIFY2(row.has(key), qPrintable(s + QLatin1Char(' ') + key + QStringLiteral(" missing")));
            if (std::abs(row.value(key) - value) > 1e-6)
                QFAIL(
                    qPrintable(QStringLiteral("%1 %2: report %3, SQL %4").arg(s, key).arg(row.value(key)).arg(value)));
        };
        expect(
            figure::Placed,
            sql(QStringLiteral("SELECT count(*) FROM ") + both + QStringLiteral(" WHERE :SITE AND hold_date = :R"), s));
        expect(figure::Captured,
               sql(QStringLiteral("SELECT count(*) FROM ") + both +
                       QStringLiteral(
                           " WHERE :SITE AND ((old = 0 AND status IN ('T', 'P') AND substr(timestamp, 1, 10) = "
                           ":R) OR ((old = 1 OR status IS NULL OR status NOT IN ('T', 'P')) AND waiting_date = :R))"),
                   s));
        expect(figure::Filled, sql(QStringLiteral("SELECT count(*) FROM old_holds WHERE :SITE AND status = 'F' AND "
                                                  "substr(timestamp, 1, 10) = :R"),
                                   s));
        expect(figure::Cancelled,
               sql(QStringLiteral("SELECT count(*) FROM old_holds WHERE :SITE AND cancellation_date = :R "
                                  "AND NOT (status IS 'W' AND expiration_date < cancellation_date)"),
                   s));
        expect(
            figure::Expired,
            sql(QStringLiteral("SELECT (SELECT count(*) FROM holds WHERE :SITE AND status = 'W' AND expiration_date = "
                               ":R1) + (SELECT count(*) FROM old_holds WHERE :SITE AND status = 'W' AND "
                               "expiration_date < cancellation_date AND expiration_date = :R1)"),
                s));
        const double pending =
            sql(QStringLiteral("SELECT count(*) FROM holds WHERE :SITE AND status IS NULL AND hold_date <= :R"), s);
        const double over48 =
            sql(QStringLiteral("SELECT count(*) FROM holds WHERE :SITE AND status IS NULL AND hold_date < :R1"), s);
        expect(figure::Pending, pending);
        expect(figure::PendingUnder24h,
               sql(QStringLiteral("SELECT count(*) FROM holds WHERE :SITE AND status IS NULL AND hold_date = :R"), s));
        expect(figure::Pending24To48h,
               sql(QStringLiteral("SELECT count(*) FROM holds WHERE :SITE AND status IS NULL AND hold_date = :R1"), s));
        expect(figure::PendingOver48h, over48);
        if (pending > 0)
            expect(figure::PendingOver48hPct, round1(100.0 * over48 / pending));
        const QList<double> hours = processingHours(s);
        expect(figure::Processed, hours.size());
        if (!hours.isEmpty()) {
            const auto within = [&hours](double limit) {
                return double(
                    std::count_if(hours.cbegin(), hours.cend(), [limit](double h) { return h <= limit + 1e-9; }));
            };
            expect(figure::Within24hPct, round1(100.0 * within(24) / hours.size()));
            expect(figure::Within48hPct, round1(100.0 * within(48) / hours.size()));
            expect(figure::ProcessingMedianH, round1(nearestRank(hours, 50)));
            expect(figure::ProcessingP90H, round1(nearestRank(hours, 90)));
        } else {
            QVERIFY(!row.has(figure::Within24hPct));
        }
        expect(figure::ShelfWaiting, sql(QStringLiteral("SELECT count(*) FROM holds WHERE :SITE AND status = 'W'"), s));
        expect(figure::ShelfExpiringTomorrow,
               sql(QStringLiteral("SELECT count(*) FROM holds WHERE :SITE AND status = 'W' AND expiration_date = :R+1"),
                   s));
        expect(
            figure::ShelfExpiredUncollected,
            sql(QStringLiteral("SELECT count(*) FROM holds WHERE :SITE AND status = 'W' AND expiration_date < :R"), s));
        expect(figure::InTransit, sql(QStringLiteral("SELECT count(*) FROM holds WHERE :SITE AND status = 'T'"), s));
    }

    // Click & collect orders of one row, from the file: the orders (hold groups) with their current
    // requests and the old ones the report reads (left since the start of the day before), written
    // from the rule in reports/CollectFigures.h.
    void checkCollect(const SiteFigures& row)
    {
        const QString R = Day.toString(Qt::ISODate), R1 = Day.addDays(-1).toString(Qt::ISODate);
        const QString orders =
            QStringLiteral(
                "WITH m AS (SELECT hold_id, hold_group_id AS g, pickup_library_id AS site, hold_date, status, "
                "waiting_date, 0 AS old, NULL AS left_day, 0 AS filled, %2 AS cap FROM holds WHERE hold_group_id IS "
                "NOT NULL UNION ALL SELECT hold_id, hold_group_id, pickup_library_id, hold_date, status, waiting_date, "
                "1, CASE WHEN status = 'F' THEN substr(timestamp, 1, 10) ELSE cancellation_date END, status IS 'F', "
                "%2 FROM old_holds WHERE hold_group_id IS NOT NULL AND julianday(timestamp) >= julianday('%1')), "
                "o AS (SELECT g, (SELECT site FROM m AS f WHERE f.g = m.g ORDER BY hold_id LIMIT 1) AS site, "
                "sum(old = 0) AS cur, sum(old = 0 AND status IS 'W') AS cur_w, max(filled) AS filled, max(left_day) AS "
                "left_day, min(hold_date) AS placed, max(waiting_date) AS last_w, max(cap) AS ready_at FROM m GROUP "
                "BY g) ")
                .arg(R1, CapturedSql);
        const QString where =
            row.site == NetworkSite ? QStringLiteral("1") : QStringLiteral("site = '%1'").arg(row.site);
        QSqlQuery q(m_sandbox.circulation->database());
        QVERIFY2(q.exec(orders + QStringLiteral("SELECT count(*), coalesce(sum(cur > 0 AND cur_w < cur), 0), "
                                                "coalesce(sum(cur > 0 AND cur_w = cur), 0), coalesce(sum(cur = 0 AND "
                                                "left_day = '%1' AND filled = 1), 0), coalesce(sum(cur = 0 AND "
                                                "left_day = '%1' AND filled = 0), 0) FROM o WHERE %2")
                                     .arg(R, where)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        const int count = q.value(0).toInt();
        QCOMPARE(row.has(figure::CollectToPrepare), count > 0);
        if (count == 0)
            return;
        const QList<std::pair<QString, int>> states{{figure::CollectToPrepare, q.value(1).toInt()},
                                                    {figure::CollectReady, q.value(2).toInt()},
                                                    {figure::CollectCollected, q.value(3).toInt()},
                                                    {figure::CollectCancelled, q.value(4).toInt()}};
        q.finish();
        for (const auto& [key, value] : states)
            if (row.value(key) != value)
                QFAIL(qPrintable(
                    QStringLiteral("%1 %2: report %3, SQL %4").arg(row.site, key).arg(row.value(key)).arg(value)));
        QVERIFY(q.exec(orders + QStringLiteral("SELECT (ready_at - strftime('%s', placed)) / 3600.0 FROM o WHERE "
                                               "%2 AND cur_w = cur AND last_w = '%1' AND placed IS NOT NULL")
                                    .arg(R, where)));
        QList<double> hours;
        while (q.next())
            hours << q.value(0).toDouble();
        QCOMPARE(row.value(figure::CollectReadyToday), double(hours.size()));
        QCOMPARE(row.has(figure::CollectReadyMedianH), !hours.isEmpty());
        if (!hours.isEmpty()) {
            QCOMPARE(row.value(figure::CollectReadyMedianH), round1(nearestRank(hours, 50)));
            QCOMPARE(row.value(figure::CollectReadyP90H), round1(nearestRank(hours, 90)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        InProcessSandbox::Size size;
        size.sites = 40;
        size.items = 12000;
        size.patrons = 4000;
        size.holds = 4000;
        QVERIFY(m_sandbox.start(size));
        m_sandbox.clock->advance(7 * 3600); // 17:00 on the day: the day's work happens
        m_rest = std::make_unique<ils::KohaRestClient>(m_nam, m_clock);
        auto config = m_sandbox.restConfig();
        config.perPage = 500;
        m_rest->setConfig(config);
        m_snapshots = std::make_unique<SnapshotStore>();
        QVERIFY(m_snapshots->open(m_dir.filePath(SnapshotStore::fileName())).ok());
        m_service = std::make_unique<ReportService>(m_rest.get(), *m_snapshots, m_clock, QTimeZone::utc());
    }

    // The day's work at the training library: items captured at check-in (some for their own site,
    // some sent on), waiting items picked up (filled), requests cancelled over REST.
    void seededDay()
    {
        sandbox::Circulation& c = *m_sandbox.circulation;
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT i.external_id, i.holding_library_id FROM holds h JOIN items i ON i.biblio_id = h.biblio_id WHERE "
            "h.status IS NULL AND i.checked_out_patron_id IS NULL AND i.item_id NOT IN (SELECT item_id FROM holds "
            "WHERE "
            "item_id IS NOT NULL AND status IS NOT NULL) GROUP BY i.item_id ORDER BY i.item_id LIMIT 60")));
        QList<std::pair<QString, QString>> toCapture;
        while (q.next())
            toCapture.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        QVERIFY(toCapture.size() >= 40);
        for (const auto& [barcode, library] : toCapture)
            QVERIFY(c.checkin(barcode, library).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT p.cardnumber, i.external_id, h.pickup_library_id FROM holds h JOIN "
                                      "patrons p ON p.patron_id = h.patron_id JOIN items i ON i.item_id = h.item_id "
                                      "WHERE h.status = 'W' AND p.restricted = 0 ORDER BY h.hold_id LIMIT 30")));
        QList<QStringList> toLend;
        while (q.next())
            toLend.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        q.finish();
        int filled = 0;
        for (const QStringList& loan : toLend) {
            auto out = c.checkout(loan[0], loan[1], loan[2]);
            QVERIFY(out.ok());
            filled += out.value().ok ? 1 : 0;
        }
        QVERIFY(filled > 5);
        // Cancelled over REST (the staff's DELETE /holds/{id}), pending ones and an expired waiting one.
        QVERIFY(q.exec(QStringLiteral("SELECT hold_id FROM holds WHERE status IS NULL ORDER BY hold_id DESC LIMIT 8")));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("SELECT hold_id FROM holds WHERE status = 'W' AND expiration_date < '2026-11-22' "
                                      "ORDER BY hold_id LIMIT 3")));
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
        for (qint64 id : std::as_const(ids)) {
            std::optional<Status> done;
            m_rest->remove(QStringLiteral("/holds/%1").arg(id), [&done](Status s) { done = s; });
            QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30000);
            QVERIFY2(done->ok(), qPrintable(done->error().message));
        }
        QCOMPARE(
            m_sandbox.scalar(QStringLiteral("SELECT count(*) FROM old_holds WHERE cancellation_date = '2026-11-22'"))
                    .toInt() >= int(ids.size()),
            true);
        // Requests placed today, by patrons over SIP2 (15) — Koha's hold_date is the day.
        QVERIFY(q.exec(QStringLiteral("SELECT p.cardnumber, i.external_id FROM items i JOIN patrons p ON p.patron_id = "
                                      "i.item_id % 3000 + 1 WHERE i.item_id % 97 = 5 AND p.restricted = 0 LIMIT 12")));
        QList<QStringList> toPlace;
        while (q.next())
            toPlace.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const QStringList& p : toPlace)
            QVERIFY(c.hold(sandbox::Circulation::HoldMode::Add, p[0], p[1], QStringLiteral("HUGO"), false).ok());
    }

    // Click & collect orders at the edges of the day, as Koha leaves them (hold groups in reserves
    // and old_reserves), besides those the training library generated and the day's circulation
    // moved: ready just inside the day and just outside it, partly captured, in transit, collected
    // (made ready that day or before), cancelled, ended the day before, filled then cancelled.
    void clickCollectEdges()
    {
        const QString R = Day.toString(Qt::ISODate), R1 = Day.addDays(-1).toString(Qt::ISODate),
                      R2 = Day.addDays(-2).toString(Qt::ISODate), R3 = Day.addDays(-3).toString(Qt::ISODate);
        QSqlQuery q(m_sandbox.circulation->database());
        QVERIFY(q.exec(QStringLiteral("SELECT item_id, biblio_id FROM items WHERE checked_out_patron_id IS NULL AND "
                                      "item_id NOT IN (SELECT item_id FROM holds WHERE item_id IS NOT NULL) ORDER BY "
                                      "item_id DESC LIMIT 40")));
        QList<std::pair<qint64, qint64>> free;
        while (q.next())
            free.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        q.finish();
        QCOMPARE(free.size(), 40);
        qint64 holdId = 8000000, oldId = 9000000;
        int next = 0;
        // One request of order `group`: current (status null/T/W) or old (F or cancelled).
        auto add = [&](qint64 group, const QString& site, bool old, const QVariant& status, const QString& placed,
                       const QVariant& waiting, const QString& timestamp, const QVariant& cancelled = QVariant()) {
            const auto [item, biblio] = free[next++];
            const bool captured = status.isValid() && !status.isNull();
            return m_sandbox.exec(
                QStringLiteral("INSERT INTO %1 (hold_id, patron_id, biblio_id, item_id, pickup_library_id, hold_date, "
                               "priority, status, waiting_date, expiration_date, timestamp, item_level, "
                               "hold_group_id, cancellation_date) VALUES (?, 77, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
                    .arg(old ? QStringLiteral("old_holds") : QStringLiteral("holds")),
                {old ? ++oldId : ++holdId, biblio, captured ? QVariant(item) : QVariant(), site, placed,
                 captured || old ? 0 : 1, status, waiting,
                 waiting.isNull()
                     ? QVariant()
                     : QVariant(QDate::fromString(waiting.toString(), Qt::ISODate).addDays(10).toString(Qt::ISODate)),
                 timestamp, group, cancelled});
        };
        const QVariant none;
        const QString W = QStringLiteral("W"), T = QStringLiteral("T"), F = QStringLiteral("F");
        const QString hugo = QStringLiteral("HUGO"), verlaine = QStringLiteral("VERLAINE");
        const QString morning = R + QStringLiteral("T09:00:00Z"), evening = R + QStringLiteral("T16:00:00Z");
        const QString yesterday = R1 + QStringLiteral("T15:00:00Z");
        // Ready just inside the day: its last item captured today (placed 3 days before: 96 h).
        QVERIFY(add(700001, hugo, false, W, R3, R, morning));
        QVERIFY(add(700001, hugo, false, W, R2, R2, morning));
        // Ready just outside: its last item captured yesterday.
        QVERIFY(add(700002, hugo, false, W, R3, R1, yesterday));
        QVERIFY(add(700002, hugo, false, W, R3, R1, yesterday));
        // Partly captured: one item waiting since today, one not captured yet.
        QVERIFY(add(700003, hugo, false, W, R1, R, morning));
        QVERIFY(add(700003, hugo, false, none, R1, none, morning));
        // One item still in transit.
        QVERIFY(add(700004, verlaine, false, W, R2, R, morning));
        QVERIFY(add(700004, verlaine, false, T, R2, none, morning));
        // Collected today, ready since yesterday.
        QVERIFY(add(700005, verlaine, true, F, R3, R1, evening));
        QVERIFY(add(700005, verlaine, true, F, R2, R1, evening));
        // Placed, made ready and collected today (24 h).
        QVERIFY(add(700006, verlaine, true, F, R, R, evening));
        // Cancelled today (one the day before, the last one today): never ready.
        QVERIFY(add(700007, hugo, true, none, R2, none, yesterday, R1));
        QVERIFY(add(700007, hugo, true, none, R2, none, morning, R));
        // Ended yesterday: counted in no state of today.
        QVERIFY(add(700008, hugo, true, F, R3, R2, yesterday));
        // One item filled yesterday, the other cancelled today: collected (one at least was filled).
        QVERIFY(add(700009, verlaine, true, F, R3, R2, yesterday));
        QVERIFY(add(700009, verlaine, true, none, R3, none, morning, R));
        // The training library serves them as Koha does: hold_group_id an integer in the holds' JSON.
        std::optional<Result<qint64>> done;
        std::vector<HoldRecord> read;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), QStringLiteral("{\"hold_group_id\":700001}"));
        m_rest->listRaw(
            QStringLiteral("/holds"), query, {},
            [&](const QByteArray& page) {
                const QJsonArray array = QJsonDocument::fromJson(page).array();
                for (const QJsonValue& v : array)
                    if (!v.toObject().value(QStringLiteral("hold_group_id")).isDouble())
                        return Result<qint64>(Error{QStringLiteral("test"), QStringLiteral("not an integer")});
                return appendHoldPage(page, false, read);
            },
            [&](Result<qint64> r) { done = r; });
        QVERIFY(QTest::qWaitFor([&] { return done.has_value(); }, 60000));
        QVERIFY2(done->ok(), done->ok() ? "" : qPrintable(done->error().message));
        QCOMPARE(read.size(), size_t(2));
        QCOMPARE(read[0].group, qint64(700001));
        // The generated network has orders of its own (current ones, some moved by the day's checkouts).
        QVERIFY(m_sandbox
                    .scalar(QStringLiteral("SELECT count(DISTINCT hold_group_id) FROM holds WHERE "
                                           "hold_group_id < 700000"))
                    .toInt() > 10);
    }

    void everyFigureMatchesTheTrainingLibrary()
    {
        auto taken = take(*m_service, Day);
        QVERIFY2(taken.ok(), taken.ok() ? "" : qPrintable(taken.error().message));
        m_report = taken.value();
        QCOMPARE(m_report.source, QStringLiteral("ils"));
        // 40 sites, the locker bank and the home delivery location, each with its row, and the network's.
        QCOMPARE(m_report.sites.size(), 42);
        QVERIFY(m_report.site(QStringLiteral("VERLAINE")));
        QCOMPARE(m_report.site(QStringLiteral("HUGO"))->name, QStringLiteral("Bibliothèque Victor-Hugo"));
        QVERIFY(m_report.network.value(figure::Placed) >= 12);
        QVERIFY(m_report.network.value(figure::Filled) > 5);
        QVERIFY(m_report.network.value(figure::Cancelled) >= 8);
        QVERIFY(m_report.network.value(figure::Captured) >= 40);
        QVERIFY(m_report.network.value(figure::Processed) > 0);
        checkRow(m_report.network);
        checkCollect(m_report.network);
        for (const SiteFigures& site : std::as_const(m_report.sites)) {
            checkRow(site);
            checkCollect(site);
            if (QTest::currentTestFailed())
                return;
        }
        // Click & collect: every state has orders (the edges above among them), the network sums its sites.
        const SiteFigures& n = m_report.network;
        for (const QString& key :
             {figure::CollectToPrepare, figure::CollectReady, figure::CollectCollected, figure::CollectCancelled})
            QVERIFY2(n.value(key) >= 1, qPrintable(key));
        QVERIFY(n.value(figure::CollectReadyToday) >= 2); // 700001 and 700006 at least
        QVERIFY(m_report.sections().contains(Section::ClickCollect));
        for (const QString& key : {figure::CollectToPrepare, figure::CollectReady, figure::CollectCollected,
                                   figure::CollectCancelled, figure::CollectReadyToday}) {
            double sum = 0;
            for (const SiteFigures& site : std::as_const(m_report.sites))
                sum += site.value(key);
            QCOMPARE(n.value(key), sum);
        }
        // The network is the sum of its sites for every count.
        for (const QString& key : {figure::Placed, figure::Captured, figure::Filled, figure::Cancelled, figure::Expired,
                                   figure::Pending, figure::PendingOver48h, figure::ShelfWaiting}) {
            double sum = 0;
            for (const SiteFigures& site : std::as_const(m_report.sites))
                sum += site.value(key);
            QCOMPARE(m_report.network.value(key), sum);
        }
        QVERIFY(!attentionSentence(m_report, Thresholds()).isEmpty());
    }

    // The network report reads requests from the page bytes (reports/HoldPage): the same records as
    // from the parsed objects, page after page; the training library pages on by key, the same rows
    // as by OFFSET.
    void holdPagesReadFromBytes()
    {
        using Records = std::vector<HoldRecord>;
        // A page holding anything but request objects is refused whole, and what was read before
        // stays as it was (found by fuzz_holdpage: "[[]]" counted one request with no site).
        for (const QByteArray& damaged : {QByteArray("[[]]"), QByteArray("[{\"hold_id\":1}, 5]"),
                                          QByteArray("[{\"hold_id\":1}, null]"), QByteArray("{\"hold_id\":1}")}) {
            Records kept(1);
            QVERIFY2(!appendHoldPage(damaged, false, kept), damaged.constData());
            QCOMPARE(kept.size(), size_t(1));
        }
        // A key given twice is read as Qt's parser reads it: the last one wins.
        {
            Records twice;
            QVERIFY(appendHoldPage(QByteArray("[{\"hold_id\":7,\"hold_date\":\"2026-11-20\",\"hold_date\":null}]"),
                                   false, twice));
            QCOMPARE(twice.size(), size_t(1));
            QCOMPARE(twice[0].id, qint64(7));
            QVERIFY(!twice[0].placed.isValid());
        }
        const auto same = [](const HoldRecord& a, const HoldRecord& b) {
            return a.id == b.id && a.pickup == b.pickup && a.status == b.status && a.placed == b.placed &&
                   a.waiting == b.waiting && a.expires == b.expires && a.cancelled == b.cancelled &&
                   a.timestamp == b.timestamp && a.timestamp.isValid() == b.timestamp.isValid() && a.group == b.group &&
                   a.old == b.old;
        };
        for (const bool old : {false, true}) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("_per_page"), QStringLiteral("37"));
            if (old)
                query.addQueryItem(QStringLiteral("old"), QStringLiteral("true"));
            Records fast, slow;
            std::optional<Result<qint64>> done;
            m_rest->listRaw(
                QStringLiteral("/holds"), query, {},
                [&](const QByteArray& page) {
                    const size_t before = fast.size();
                    auto n = appendHoldPage(page, old, fast);
                    // Each page also through QJsonDocument, as before.
                    for (const QJsonValue& v : QJsonDocument::fromJson(page).array())
                        slow.push_back(HoldRecord::fromKoha(v.toObject(), old));
                    if (n && size_t(n.value()) != fast.size() - before)
                        return Result<qint64>(Error{QStringLiteral("test"), QStringLiteral("count")});
                    return n;
                },
                [&](Result<qint64> r) { done = r; });
            QVERIFY(QTest::qWaitFor([&] { return done.has_value(); }, 60000));
            QVERIFY(done->ok());
            QVERIFY(fast.size() > 20);
            QCOMPARE(fast.size(), slow.size());
            QCOMPARE(qint64(fast.size()), done->value());
            for (size_t i = 0; i < fast.size(); ++i)
                QVERIFY2(same(fast[i], slow[i]), qPrintable(QString::number(fast[i].id)));
            // By OFFSET (an order the key alone does not give): the same rows in the same order.
            query.addQueryItem(QStringLiteral("_order_by"), QStringLiteral("+hold_id"));
            Records byOffset;
            done.reset();
            m_rest->listRaw(
                QStringLiteral("/holds"), query, {},
                [&](const QByteArray& page) { return appendHoldPage(page, old, byOffset); },
                [&](Result<qint64> r) { done = r; });
            QVERIFY(QTest::qWaitFor([&] { return done.has_value(); }, 60000));
            QVERIFY(done->ok());
            QCOMPARE(byOffset.size(), fast.size());
            for (size_t i = 0; i < fast.size(); ++i)
                QCOMPARE(byOffset[i].id, fast[i].id);
            // Independently: the training library's own rows.
            QCOMPARE(qint64(fast.size()), m_sandbox
                                              .scalar(old ? QStringLiteral("SELECT count(*) FROM old_holds")
                                                          : QStringLiteral("SELECT count(*) FROM holds"))
                                              .toLongLong());
        }
        // Text written with escapes, embedded objects, other offsets: as QJsonDocument reads them.
        const QByteArray crafted =
            "[\n"
            " {\"hold_id\": 5, \"pickup_library_id\": \"HUGO\", \"status\": null, \"hold_date\": \"2026-11-20\",\n"
            "  \"notes\": \"say \\\"hello\\\" \\\\ \\u00e9\", \"patron\": {\"a\": [1, {\"b\": \"}\"}]}, "
            "\"waiting_date\": null,\n"
            "  \"timestamp\": \"2026-11-22T06:00:00Z\", \"priority\": 1, \"suspended\": false},\n"
            " {\"hold_id\": 6, \"pickup_library_id\": \"VERLAINE\", \"status\": \"W\", \"hold_date\": \"2026-11-19\",\n"
            "  \"waiting_date\": \"2026-11-21\", \"expiration_date\": \"2026-11-28\",\n"
            "  \"timestamp\": \"2026-11-22T07:30:15.250+01:00\", \"cancellation_reason\": \"\\n\"}\n"
            "]";
        Records fast;
        auto n = appendHoldPage(crafted, false, fast);
        QVERIFY(n.ok());
        QCOMPARE(n.value(), 2);
        const QJsonArray parsed = QJsonDocument::fromJson(crafted).array();
        QCOMPARE(parsed.size(), 2);
        for (int i = 0; i < 2; ++i)
            QVERIFY(same(fast[size_t(i)], HoldRecord::fromKoha(parsed[i].toObject(), false)));
        QCOMPARE(fast[1].timestamp.toUTC(), QDateTime(QDate(2026, 11, 22), QTime(6, 30, 15, 250), Qt::UTC));
        // A field it needs written with an escape: read through QJsonDocument, the same records.
        const QByteArray escaped = "[{\"hold_id\": 7, \"pickup_library_id\": \"H\\u0055GO\", \"status\": \"T\"}]";
        Records viaDocument;
        QCOMPARE(appendHoldPage(escaped, false, viaDocument).value(), 1);
        QCOMPARE(viaDocument.front().pickup, QStringLiteral("HUGO"));
        // Not JSON, or not an array: an error, nothing added.
        Records none;
        QVERIFY(!appendHoldPage("[{\"hold_id\": 1, ", false, none).ok());
        QVERIFY(!appendHoldPage("{}", false, none).ok());
        QVERIFY(none.empty());
        QCOMPARE(appendHoldPage(" [ ] ", false, none).value(), 0);
    }

    // The order rules on hand-made requests, each figure worked out by hand: ready today or
    // yesterday, partly captured, in transit, collected, cancelled, ended the day before.
    void collectRules()
    {
        ReportWindow w;
        w.day = Day;
        w.zone = QTimeZone::utc();
        qint64 id = 0;
        auto hold = [&](qint64 group, const char* site, bool old, const char* status, int placedAgo, int waitingAgo,
                        int leftAgo = -1) {
            HoldRecord h;
            h.id = ++id;
            h.group = group;
            h.pickup = QLatin1String(site);
            h.old = old;
            h.status = QLatin1String(status);
            h.placed = Day.addDays(-placedAgo);
            if (waitingAgo >= 0)
                h.waiting = Day.addDays(-waitingAgo);
            if (old && h.status == QLatin1String("F"))
                h.timestamp = QDateTime(Day.addDays(-leftAgo), QTime(23, 59), QTimeZone::utc());
            else if (old)
                h.cancelled = Day.addDays(-leftAgo);
            return h;
        };
        const std::vector<HoldRecord> holds{
            hold(1, "A", false, "W", 3, 0),   hold(1, "A", false, "W", 2, 2),   // ready, made ready today: 96 h
            hold(2, "A", false, "W", 3, 1),   hold(2, "A", false, "W", 3, 1),   // ready since yesterday
            hold(3, "A", false, "W", 1, 0),   hold(3, "A", false, "", 1, -1),   // partly captured
            hold(4, "B", false, "W", 2, 0),   hold(4, "B", false, "T", 2, -1),  // in transit
            hold(5, "B", true, "F", 0, 0, 0),                                   // collected, made ready today: 24 h
            hold(6, "B", true, "", 2, -1, 1), hold(6, "B", true, "", 2, -1, 0), // cancelled today
            hold(7, "A", true, "F", 3, 2, 1),                                   // ended yesterday
            hold(8, "B", true, "F", 3, 2, 1), hold(8, "B", true, "W", 3, 2, 0), // one filled: collected
            hold(0, "A", false, "", 0, -1),                                     // in no order
        };
        DayReport r;
        addCollectFigures(holds, w, r);
        const SiteFigures *a = r.site(QStringLiteral("A")), *b = r.site(QStringLiteral("B"));
        QVERIFY(a && b);
        QCOMPARE(a->value(figure::CollectToPrepare), 1.0);
        QCOMPARE(a->value(figure::CollectReady), 2.0);
        QCOMPARE(a->value(figure::CollectCollected), 0.0);
        QCOMPARE(a->value(figure::CollectCancelled), 0.0);
        QCOMPARE(a->value(figure::CollectReadyToday), 1.0);
        QCOMPARE(a->value(figure::CollectReadyMedianH), 96.0);
        QCOMPARE(b->value(figure::CollectToPrepare), 1.0);
        QCOMPARE(b->value(figure::CollectReady), 0.0);
        QCOMPARE(b->value(figure::CollectCollected), 2.0);
        QCOMPARE(b->value(figure::CollectCancelled), 1.0);
        QCOMPARE(b->value(figure::CollectReadyToday), 1.0);
        QCOMPARE(b->value(figure::CollectReadyP90H), 24.0);
        const SiteFigures& n = r.network;
        QCOMPARE(n.value(figure::CollectReadyToday), 2.0);
        QCOMPARE(n.value(figure::CollectReadyMedianH), 24.0); // nearest rank of {24, 96}
        QCOMPARE(n.value(figure::CollectReadyP90H), 96.0);
        QCOMPARE(n.value(figure::CollectToPrepare) + n.value(figure::CollectReady), 4.0);
        // No order at all: no figure, the section does not show.
        DayReport quiet;
        addCollectFigures({hold(0, "A", false, "", 0, -1)}, w, quiet);
        QVERIFY(!quiet.sections().contains(Section::ClickCollect));
    }

    // A day read from Koha's dates: placed the day before yesterday is over 48 h at the end of the
    // day, captured the next day is within 48 h but not 24 h; a transit's timestamp counts to the second.
    void bucketEdges()
    {
        QCOMPARE(ageBucket(0), AgeBucket::UpTo24h);
        QCOMPARE(ageBucket(24 * 3600), AgeBucket::UpTo24h);
        QCOMPARE(ageBucket(24 * 3600 + 1), AgeBucket::UpTo48h);
        QCOMPARE(ageBucket(48 * 3600), AgeBucket::UpTo48h);
        QCOMPARE(ageBucket(48 * 3600 + 1), AgeBucket::Over48h);
        const QTimeZone utc = QTimeZone::utc();
        const QDate R(2026, 11, 22);
        auto pending = [&](const QDate& placed) {
            HoldRecord h;
            h.pickup = QStringLiteral("A");
            h.placed = placed;
            return h;
        };
        auto transit = [&](const QDate& placed, const QDateTime& at) {
            HoldRecord h = pending(placed);
            h.status = QStringLiteral("T");
            h.timestamp = at;
            return h;
        };
        auto waiting = [&](const QDate& placed, const QDate& on) {
            HoldRecord h = pending(placed);
            h.status = QStringLiteral("W");
            h.waiting = on;
            h.expires = on.addDays(10);
            return h;
        };
        const std::vector<HoldRecord> holds = {
            pending(R),
            pending(R.addDays(-1)),
            pending(R.addDays(-2)),
            pending(R.addDays(-2)),
            // Exactly 24 h, one second more, exactly 48 h, one second more.
            transit(R.addDays(-1), QDateTime(R, QTime(0, 0), utc)),
            transit(R.addDays(-1), QDateTime(R, QTime(0, 0, 1), utc)),
            transit(R.addDays(-2), QDateTime(R, QTime(0, 0), utc)),
            transit(R.addDays(-2), QDateTime(R, QTime(0, 0, 1), utc)),
            // On the shelf the day it was placed (24 h at most), the day after (48 h at most), two days after.
            waiting(R, R),
            waiting(R.addDays(-1), R),
            waiting(R.addDays(-2), R),
            waiting(R.addDays(-3), R),
        };
        DayReport r;
        addHoldFigures(holds, ReportWindow{R, utc}, {{QStringLiteral("A"), QStringLiteral("Site A")}}, r);
        const SiteFigures& a = r.sites.first();
        QCOMPARE(a.value(figure::PendingUnder24h), 1.0);
        QCOMPARE(a.value(figure::Pending24To48h), 1.0);
        QCOMPARE(a.value(figure::PendingOver48h), 2.0);
        QCOMPARE(a.value(figure::PendingOver48hPct), 50.0);
        QCOMPARE(a.value(figure::Processed), 8.0);
        // Within 24 h: the 24 h transit and the same-day shelf: 2 of 8. Within 48 h: + 24 h 1 s,
        // 48 h, and the next-day shelf: 5 of 8.
        QCOMPARE(a.value(figure::Within24hPct), 25.0);
        QCOMPARE(a.value(figure::Within48hPct), 62.5);
        // Hours: 24, 24.0003, 48, 48.0003, 24, 48, 72, 96 → median (4th of 8) 48, p90 (8th) 96.
        QCOMPARE(a.value(figure::ProcessingMedianH), 48.0);
        QCOMPARE(a.value(figure::ProcessingP90H), 96.0);
        QCOMPARE(r.network.value(figure::Within24hPct), 25.0);
        // Thresholds: 10 % by default; exactly 10 % is not red, more is.
        Thresholds t;
        QVERIFY(!t.isAlert(figure::PendingOver48hPct, 10.0));
        QVERIFY(t.isAlert(figure::PendingOver48hPct, 10.1));
        QVERIFY(t.isAlert(figure::Within24hPct, 79.9));
        QVERIFY(!t.isAlert(figure::Within24hPct, 80.0));
    }

    // A request on the shelf whose timestamp falls on its waiting day was captured at that moment
    // at the latest (Koha's move to W changes it): the hours count from it, still from the start
    // of the day placed. A timestamp on another day (changed since) leaves the end of the waiting
    // day. The edges of 24 h and 48 h to the second, and an order made ready in the morning.
    void captureAtTheTimestamp()
    {
        const QTimeZone utc = QTimeZone::utc();
        const QDate R(2026, 11, 22);
        qint64 id = 0;
        auto shelved = [&](const QDate& placed, const QDateTime& stamp, qint64 group = 0) {
            HoldRecord h;
            h.id = ++id;
            h.pickup = QStringLiteral("A");
            h.status = QStringLiteral("W");
            h.placed = placed;
            h.waiting = R;
            h.expires = R.addDays(10);
            h.timestamp = stamp;
            h.group = group;
            return h;
        };
        const std::vector<HoldRecord> holds = {
            shelved(R, QDateTime(R, QTime(10, 0), utc)),                       // 10 h
            shelved(R.addDays(-1), QDateTime(R, QTime(0, 0), utc)),            // 24 h exactly: within 24 h
            shelved(R.addDays(-1), QDateTime(R, QTime(0, 0, 1), utc)),         // 24 h 1 s: within 48 h
            shelved(R.addDays(-2), QDateTime(R, QTime(0, 0), utc)),            // 48 h exactly: within 48 h
            shelved(R.addDays(-2), QDateTime(R, QTime(0, 0, 1), utc)),         // 48 h 1 s: late
            shelved(R.addDays(-1), QDateTime(R.addDays(1), QTime(9, 0), utc)), // changed the next day: 48 h
            shelved(R, QDateTime(R.addDays(-1), QTime(23, 0), utc)),           // not on its day: 24 h
        };
        DayReport r;
        addHoldFigures(holds, ReportWindow{R, utc}, {{QStringLiteral("A"), QStringLiteral("Site A")}}, r);
        const SiteFigures& a = r.sites.first();
        QCOMPARE(a.value(figure::Processed), 7.0);
        QCOMPARE(a.value(figure::Within24hPct), 42.9); // 10 h, 24 h, 24 h: 3 of 7
        QCOMPARE(a.value(figure::Within48hPct), 85.7); // and 24 h 1 s, 48 h, 48 h: 6 of 7
        // 10, 24, 24, 24.0003, 48, 48, 48.0003: median (4th of 7) 24.0, p90 (7th) 48.0.
        QCOMPARE(a.value(figure::ProcessingMedianH), 24.0);
        QCOMPARE(a.value(figure::ProcessingP90H), 48.0);

        // Orders: captured at 09:00 and 11:30 the day placed: ready in 11.5 h; one whose last
        // request changed the next day: the end of the day, 24 h; one collected at 15:00 the day it
        // was made ready: 15 h at most. In Paris, a timestamp at 23:30 UTC the day before is 00:30
        // on the waiting day.
        std::vector<HoldRecord> orders = {
            shelved(R, QDateTime(R, QTime(9, 0), utc), 1),  shelved(R, QDateTime(R, QTime(11, 30), utc), 1),
            shelved(R, QDateTime(R, QTime(8, 0), utc), 2),  shelved(R, QDateTime(R.addDays(1), QTime(8, 0), utc), 2),
            shelved(R, QDateTime(R, QTime(15, 0), utc), 3),
        };
        orders.back().old = true;
        orders.back().status = QStringLiteral("F");
        DayReport c;
        addCollectFigures(orders, ReportWindow{R, utc}, c);
        QCOMPARE(c.network.value(figure::CollectReadyToday), 3.0);
        QCOMPARE(c.network.value(figure::CollectCollected), 1.0);
        QCOMPARE(c.network.value(figure::CollectReadyMedianH), 15.0); // nearest rank of {11.5, 15, 24}
        QCOMPARE(c.network.value(figure::CollectReadyP90H), 24.0);
        const QTimeZone paris("Europe/Paris");
        QVERIFY(paris.isValid());
        DayReport p;
        addCollectFigures({shelved(R, QDateTime(R.addDays(-1), QTime(23, 30), utc), 4)}, ReportWindow{R, paris}, p);
        QCOMPARE(p.network.value(figure::CollectReadyMedianH), 0.5);
    }

    // Pull runs and crates come from this counter's outbox, counted on the day only.
    void thisCountersRecords()
    {
        MockClock clock(QDateTime(Day.addDays(-1), QTime(17, 0), QTimeZone::utc()));
        Outbox outbox(clock);
        QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("outbox.sqlite"))).ok());
        auto act = [&](const QString& kind, const QJsonObject& payload) {
            OutboxAction a;
            a.kind = kind;
            a.payload = payload;
            a.workstation = QStringLiteral("W1");
            a.staff = QStringLiteral("s");
            return outbox.append(a).ok();
        };
        const QJsonObject pulled{{QStringLiteral("barcode"), QStringLiteral("31042000000001")},
                                 {QStringLiteral("location"), QStringLiteral("CENTRE")},
                                 {QStringLiteral("source"), QStringLiteral("pull")}};
        QVERIFY(act(desk::action::Checkin, pulled)); // the day before: not counted
        clock.set(QDateTime(Day, QTime(8, 0), QTimeZone::utc()));
        for (int i = 0; i < 3; ++i)
            QVERIFY(act(desk::action::Checkin, pulled));
        QVERIFY(act(desk::action::Checkin,
                    QJsonObject{{QStringLiteral("barcode"), QStringLiteral("31042000000002")}})); // capture page
        QVERIFY(
            act(desk::action::NotFound, QJsonObject{{QStringLiteral("barcode"), QStringLiteral("3")},
                                                    {QStringLiteral("reason"), QStringLiteral("Not on the shelf")}}));
        QVERIFY(
            act(desk::action::NotFound, QJsonObject{{QStringLiteral("barcode"), QStringLiteral("4")},
                                                    {QStringLiteral("reason"), QStringLiteral("Damaged, withdrawn")}}));
        QVERIFY(
            act(desk::action::NotFound, QJsonObject{{QStringLiteral("barcode"), QStringLiteral("5")},
                                                    {QStringLiteral("reason"), QStringLiteral("Not on the shelf")}}));
        // A crate sealed here for HUGO with 3 items; one received from HUGO: 2 of 3 expected and an extra.
        crates::CrateService service(outbox, clock, QStringLiteral("CENTRE"), QStringLiteral("s"));
        qint64 out = 0;
        for (const QString& b :
             {QStringLiteral("31042000000011"), QStringLiteral("31042000000012"), QStringLiteral("31042000000013")}) {
            auto placed = service.place(b, QStringLiteral("HUGO"), QStringLiteral("Bibliothèque Victor-Hugo"));
            QVERIFY2(placed.ok(), placed.ok() ? "" : qPrintable(placed.error().message));
            out = placed.value().crate.seq;
        }
        QVERIFY(service.seal(out).ok());
        crates::Manifest m;
        m.crate = QStringLiteral("HUGO-261122-1");
        m.from = QStringLiteral("HUGO");
        m.to = QStringLiteral("CENTRE");
        m.sealedAt = QDateTime(Day, QTime(6, 0), QTimeZone::utc());
        m.items = {QStringLiteral("31042000000021"), QStringLiteral("31042000000022"),
                   QStringLiteral("31042000000023")};
        auto in = service.startReceiving(m);
        QVERIFY(in.ok());
        clock.set(QDateTime(Day, QTime(10, 30), QTimeZone::utc()));
        QVERIFY(service.receiveItem(in.value().seq, QStringLiteral("31042000000021")).ok());
        QVERIFY(service.receiveItem(in.value().seq, QStringLiteral("31042000000022")).ok());
        QVERIFY(service.receiveItem(in.value().seq, QStringLiteral("31042000000099")).ok());
        QVERIFY(service.finishReceiving(in.value().seq).ok());

        DayReport r;
        QVERIFY(
            addLocalFigures(outbox.database(), QStringLiteral("CENTRE"), ReportWindow{Day, QTimeZone::utc()}, r).ok());
        const SiteFigures* c = r.site(QStringLiteral("CENTRE"));
        QVERIFY(c);
        QCOMPARE(c->value(figure::PullFound), 3.0);
        QCOMPARE(c->value(figure::PullNotFound), 3.0);
        QCOMPARE(c->value(figure::PullLines), 6.0);
        QCOMPARE(c->value(figure::PullNotFound, QStringLiteral("Not on the shelf")), 2.0);
        QCOMPARE(c->value(figure::PullNotFound, QStringLiteral("Damaged, withdrawn")), 1.0);
        QCOMPARE(c->value(figure::CratesSealed), 1.0);
        QCOMPARE(c->value(figure::CratesReceived), 1.0);
        QCOMPARE(c->value(figure::CratesDiscrepancies), 1.0);
        QCOMPARE(c->value(figure::TransitSent, QStringLiteral("CENTRE>HUGO")), 3.0);
        QCOMPARE(c->value(figure::TransitReceived, QStringLiteral("HUGO>CENTRE")), 3.0);
        QCOMPARE(c->value(figure::TransitMedianH, QStringLiteral("HUGO>CENTRE")), 4.5);
        QVERIFY(r.sections().contains(Section::PullRuns));
        QVERIFY(r.sections().contains(Section::Transits));
        // The next day has none of it, and no section for it.
        DayReport next;
        QVERIFY(addLocalFigures(outbox.database(), QStringLiteral("CENTRE"),
                                ReportWindow{Day.addDays(1), QTimeZone::utc()}, next)
                    .ok());
        QVERIFY(!next.sections().contains(Section::PullRuns));
        QVERIFY(!next.sections().contains(Section::Crates));
    }

    // Each day kept; a day not taken is missing, never made up; a past day is never read from the ILS.
    // Pickup lockers, per bank, for a seeded day with rows on both edges of it: the report's figures
    // against an independent computation (SQLite's own date functions on the same tables), and the
    // PDF's text shows the bank's row.
    void lockerFigures()
    {
        MockClock clock(QDateTime(Day, QTime(17, 0), QTimeZone::utc()));
        Outbox outbox(clock);
        QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("lockers.sqlite"))).ok());
        Database& db = outbox.database();
        const auto at = [](int dayOffset, const char* time) {
            return QDateTime(Day.addDays(dayOffset),
                             QTime::fromString(QLatin1String(time), QStringLiteral("HH:mm:ss.zzz")), QTimeZone::utc())
                .toUTC() // as the stores write them ("Z")
                .toString(Qt::ISODateWithMs);
        };
        const auto run = [&db](const QString& sql, const QVariantList& binds) { return db.exec(sql, binds).ok(); };
        const QString bank = QStringLiteral("CENTRE-L1");
        // Five doors, one out of service: four in service.
        const QList<std::pair<QString, QString>> doors{{QStringLiteral("d1"), QStringLiteral("loaded")},
                                                       {QStringLiteral("d2"), QStringLiteral("loaded")},
                                                       {QStringLiteral("d3"), QStringLiteral("free")},
                                                       {QStringLiteral("d4"), QStringLiteral("out_of_service")},
                                                       {QStringLiteral("d5"), QStringLiteral("jammed")}};
        int lock = 0;
        for (const auto& [uuid, state] : doors)
            QVERIFY(run(QStringLiteral("INSERT INTO locker_doors (uuid, bank, board, lock, label, size, state, "
                                       "updated_at) VALUES (?, ?, 1, ?, ?, 'M', ?, ?)"),
                        {uuid, bank, ++lock, uuid.toUpper(), state, at(0, "08:00:00.000")}));
        // Another bank, busy only the day before: no row.
        QVERIFY(run(QStringLiteral("INSERT INTO locker_doors (uuid, bank, board, lock, label, size, state, updated_at) "
                                   "VALUES ('h1', 'HUGO-L1', 1, 1, 'H1', 'S', 'free', ?)"),
                    {at(-1, "08:00:00.000")}));
        const auto item = [&](const char* uuid, const char* door, const char* kind, const char* state,
                              const QString& placed, const QVariant& left, const QVariant& expires) {
            return run(QStringLiteral("INSERT INTO locker_items (uuid, door_uuid, barcode, kind, state, placed_at, "
                                      "left_at, expires) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {QLatin1String(uuid), QLatin1String(door), QLatin1String(uuid), QLatin1String(kind),
                        QLatin1String(state), placed, left, expires});
        };
        const QVariant none; // NULL
        const QString dayIso = Day.toString(Qt::ISODate), later = Day.addDays(2).toString(Qt::ISODate);
        QVERIFY(item("i1", "d1", "hold", "in", at(0, "09:00:00.000"), none, dayIso)); // in, past its last day
        QVERIFY(item("i2", "d2", "hold", "in", at(1, "00:00:00.000"), none, later));  // placed at the end: not yet
        QVERIFY(
            item("i3", "d2", "hold", "taken", at(-1, "10:00:00.000"), at(1, "00:00:00.000"), later)); // in at the end
        QVERIFY(item("i4", "d3", "hold", "taken", at(-1, "10:00:00.000"), at(0, "23:59:59.999"), later));  // out before
        QVERIFY(item("i5", "d3", "hold", "cleared", at(-3, "10:00:00.000"), at(0, "00:00:00.000"), none)); // expired
        QVERIFY(
            item("i6", "d3", "hold", "cleared", at(-3, "10:00:00.000"), at(-1, "23:59:59.999"), none)); // day before
        QVERIFY(item("i7", "d1", "hold", "abandoned", at(0, "10:00:00.000"), at(0, "10:00:01.000"), none)); // never in
        QVERIFY(item("i8", "d1", "return", "in", at(0, "11:00:00.000"), none, none)); // a return in the door
        int seq = 0;
        const auto event = [&](const QString& when, const char* door, const char* kind, const QVariant& detail,
                               const QString& bankId) {
            return run(
                QStringLiteral("INSERT INTO locker_events (uuid, at, bank, door_uuid, kind, detail, workstation, "
                               "staff) VALUES (?, ?, ?, ?, ?, ?, 'W1', 's')"),
                {QStringLiteral("e%1").arg(++seq), when, bankId, QLatin1String(door), QLatin1String(kind), detail});
        };
        QVERIFY(event(at(0, "00:00:00.000"), "d1", "loaded", none, bank)); // first instant: counted
        QVERIFY(event(at(1, "00:00:00.000"), "d2", "loaded", none, bank)); // the next day
        QVERIFY(event(at(0, "12:00:00.000"), "d1", "loaded", none, bank));
        QVERIFY(event(at(-1, "23:59:59.999"), "d3", "picked_up", none, bank)); // the day before
        QVERIFY(event(at(0, "23:59:59.999"), "d3", "picked_up", none, bank));  // last instant: counted
        QVERIFY(event(at(0, "11:00:00.000"), "d1", "returned", none, bank));
        QVERIFY(event(at(0, "08:00:00.000"), "d5", "alert", QStringLiteral("jammed: Door D5 is jammed"), bank));
        QVERIFY(event(at(0, "08:05:00.000"), "d5", "alert", QStringLiteral("jammed: Door D5 is jammed"), bank));
        QVERIFY(event(at(0, "09:00:00.000"), "d3", "alert", QStringLiteral("board_down: Door D3 did not open"), bank));
        QVERIFY(event(at(1, "00:00:00.000"), "d1", "state_jammed", none, bank)); // the next day
        QVERIFY(event(at(-1, "12:00:00.000"), "h1", "loaded", none, QStringLiteral("HUGO-L1")));

        DayReport r;
        r.day = Day;
        r.takenAt = clock.now();
        r.network = SiteFigures{NetworkSite, QStringLiteral("Network"), {}};
        QVERIFY(addServiceFigures(db, QStringLiteral("CENTRE"), ReportWindow{Day, QTimeZone::utc()}, r).ok());
        QVERIFY(!r.site(QStringLiteral("HUGO-L1")));
        const SiteFigures* row = r.site(bank);
        QVERIFY(row);
        // The independent computation: SQLite's date functions, on the same tables.
        const auto sql = [&db](const QString& text) {
            auto v = db.scalar(QString(text)
                                   .replace(QStringLiteral(":D"), QStringLiteral("'%1'").arg(Day.toString(Qt::ISODate)))
                                   .replace(QStringLiteral(":B"), QStringLiteral("'CENTRE-L1'")));
            return v ? v.value().toDouble() : -1.0;
        };
        const QString endOfDay = QStringLiteral("julianday(:D, '+1 day')");
        const QString inAtEnd =
            QStringLiteral("i.state NOT IN ('loading', 'abandoned') AND julianday(i.placed_at) < %1 "
                           "AND (i.left_at IS NULL OR julianday(i.left_at) >= %1)")
                .arg(endOfDay);
        const double occupied =
            sql(QStringLiteral("SELECT count(DISTINCT i.door_uuid) FROM locker_items i, locker_doors d "
                               "WHERE d.uuid = i.door_uuid AND d.bank = :B AND ") +
                inAtEnd);
        const double inService =
            sql(QStringLiteral("SELECT count(*) FROM locker_doors WHERE bank = :B AND state != 'out_of_service'"));
        const struct
        {
            QString key;
            double independent, seeded;
        } expected[] = {
            {figure::LockerLoads,
             sql(QStringLiteral(
                 "SELECT count(*) FROM locker_events WHERE bank = :B AND kind = 'loaded' AND date(at) = :D")),
             2},
            {figure::LockerPickups,
             sql(QStringLiteral(
                 "SELECT count(*) FROM locker_events WHERE bank = :B AND kind = 'picked_up' AND date(at) = :D")),
             1},
            {figure::LockerReturns,
             sql(QStringLiteral(
                 "SELECT count(*) FROM locker_events WHERE bank = :B AND kind = 'returned' AND date(at) = :D")),
             1},
            {figure::LockerExpired,
             sql(QStringLiteral(
                 "SELECT count(*) FROM locker_items i, locker_doors d WHERE d.uuid = i.door_uuid AND d.bank "
                 "= :B AND i.kind = 'hold' AND i.state = 'cleared' AND date(i.left_at) = :D")),
             1},
            {figure::LockerOccupied, occupied, 2},
            {figure::LockerOccupancyPct, std::round(1000.0 * occupied / inService) / 10.0, 50},
            {figure::LockerUncollected,
             sql(QStringLiteral(
                     "SELECT count(*) FROM locker_items i, locker_doors d WHERE d.uuid = i.door_uuid AND d.bank "
                     "= :B AND i.kind = 'hold' AND julianday(coalesce(i.expires, d.expires)) < %1 AND ")
                     .arg(endOfDay) +
                 inAtEnd),
             1},
            {figure::LockerJammed,
             sql(QStringLiteral(
                 "SELECT count(*) FROM (SELECT DISTINCT door_uuid FROM locker_events WHERE bank = :B AND "
                 "date(at) = :D AND ((kind = 'alert' AND substr(detail, 1, 7) = 'jammed:') OR kind = "
                 "'state_jammed'))")),
             1},
        };
        for (const auto& e : expected) {
            QVERIFY2(row->has(e.key), qPrintable(e.key));
            QCOMPARE(e.independent, e.seeded); // the seed is what this test says it is
            QVERIFY2(row->value(e.key) == e.independent,
                     qPrintable(QStringLiteral("%1: %2, not %3").arg(e.key).arg(row->value(e.key)).arg(e.independent)));
        }
        QCOMPARE(sectionColumns(Section::Lockers).size(), 8);

        // The PDF: the lockers section with the bank's figures.
        const QString path = m_dir.filePath(QStringLiteral("lockers.pdf"));
        QVERIFY(writeReportPdf(r, {}, Thresholds(), path).ok());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(text.contains(sectionTitle(Section::Lockers)));
        QString line;
        for (const QString& l : text.split(QLatin1Char('\n')))
            if (l.contains(bank) && line.isEmpty())
                line = l.simplified(); // the table's row (the sites' chart, after the tables, names it too)
        QVERIFY2(!line.isEmpty(), qPrintable(text));
        QStringList cells;
        for (const QString& key : sectionColumns(Section::Lockers))
            cells << formatValue(key, row->value(key));
        QCOMPARE(line, bank + QLatin1Char(' ') + cells.join(QLatin1Char(' ')));
    }

    void snapshotsAndMissingDays()
    {
        QVERIFY(!m_report.sites.isEmpty());
        const QString path = m_dir.filePath(SnapshotStore::fileName());
        QCOMPARE(QFile::permissions(path) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        // Earlier days, as the counter took them (two of them missed).
        for (int back = 1; back < 30; ++back) {
            if (back == 3 || back == 4)
                continue;
            DayReport r = m_report;
            r.day = Day.addDays(-back);
            r.network.set(figure::PendingOver48h, 100 + back);
            QVERIFY(m_snapshots->save(r).ok());
        }
        auto history = m_service->history(Day);
        QVERIFY(history.ok());
        QCOMPARE(history.value().size(), 30);
        QCOMPARE(history.value().first().day, Day.addDays(-29));
        QCOMPARE(history.value().last().day, Day);
        QVERIFY(history.value()[26].missing()); // 3 days back
        QVERIFY(history.value()[25].missing());
        QVERIFY(!history.value()[24].missing());
        const QList<double> series = SnapshotStore::series(history.value(), NetworkSite, figure::PendingOver48h);
        QCOMPARE(series[26], -1.0);
        QCOMPARE(series[27], 102.0);
        QCOMPARE(series[29], m_report.network.value(figure::PendingOver48h));
        // Today's stored figures are the ones taken, every site and figure with them.
        auto today = m_snapshots->load(Day);
        QVERIFY(today.ok() && today.value().has_value());
        const DayReport& stored = *today.value();
        QCOMPARE(stored.sites.size(), m_report.sites.size());
        for (const SiteFigures& site : std::as_const(m_report.sites))
            for (const Figure& f : site.figures)
                QCOMPARE(stored.site(site.site)->value(f.key, f.detail), f.value);
        // A missed day asked for: an error that says so, and nothing stored for it.
        auto missed = take(*m_service, Day.addDays(-3));
        QVERIFY(!missed.ok());
        QCOMPARE(missed.error().code, ReportService::Missing);
        QVERIFY(!m_snapshots->load(Day.addDays(-3)).value().has_value());
        // A stored day comes back as it was kept.
        auto past = take(*m_service, Day.addDays(-2));
        QVERIFY(past.ok());
        QCOMPARE(past.value().source, QStringLiteral("snapshot"));
        QCOMPARE(past.value().network.value(figure::PendingOver48h), 102.0);
    }

    // The ILS unreachable: an error naming it, and no snapshot written for the day.
    void unreachableIls()
    {
        QTemporaryDir dir;
        SnapshotStore store;
        QVERIFY(store.open(dir.filePath(SnapshotStore::fileName())).ok());
        ils::KohaRestClient rest(m_nam, m_clock);
        ils::KohaConfig config = m_sandbox.restConfig();
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        rest.setConfig(config);
        ReportService service(&rest, store, m_clock, QTimeZone::utc());
        auto r = take(service, Day);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ReportService::IlsUnreachable);
        QVERIFY(!store.load(Day).value().has_value());
    }

    void csvReadBack()
    {
        const QByteArray csv = toCsv(m_report, Thresholds());
        auto rows = parseCsv(csv);
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        int expected = int(m_report.network.figures.size());
        for (const SiteFigures& s : std::as_const(m_report.sites))
            expected += int(s.figures.size());
        QCOMPARE(rows.value().size(), expected);
        // Every value back as it was, the alert column as the thresholds say.
        for (const auto& row : rows.value()) {
            QCOMPARE(row.value(QStringLiteral("date")), QStringLiteral("2026-11-22"));
            const SiteFigures* s = m_report.site(row.value(QStringLiteral("site")));
            QVERIFY(s);
            QCOMPARE(row.value(QStringLiteral("site_name")), s->name);
            const QString key = row.value(QStringLiteral("figure"));
            const double v = row.value(QStringLiteral("value")).toDouble();
            QCOMPARE(v, s->value(key, row.value(QStringLiteral("detail"))));
            QCOMPARE(row.value(QStringLiteral("alert")) == QLatin1String("1"), Thresholds().isAlert(key, v));
            QCOMPARE(row.value(QStringLiteral("section")), sectionKey(sectionOf(key)));
        }
        // A name with a comma and quotes survives.
        DayReport odd;
        odd.day = Day;
        odd.sites << SiteFigures{QStringLiteral("X"), QStringLiteral("Bibliothèque \"Le Lys\", annexe"), {}};
        odd.sites[0].set(figure::PullNotFound, 2, QStringLiteral("Abîmé, retiré"));
        auto back = parseCsv(toCsv(odd, Thresholds()));
        QVERIFY(back.ok());
        QCOMPARE(back.value().size(), 1);
        QCOMPARE(back.value()[0].value(QStringLiteral("site_name")), QStringLiteral("Bibliothèque \"Le Lys\", annexe"));
        QCOMPARE(back.value()[0].value(QStringLiteral("detail")), QStringLiteral("Abîmé, retiré"));
        QVERIFY(!parseCsv("a,b\r\n1,2\r\n").ok());
        // The text form carries the sentence and the network's totals.
        const QString text = toText(m_report, Thresholds());
        QVERIFY(text.contains(attentionSentence(m_report, Thresholds())));
        QVERIFY(text.contains(QStringLiteral("Network")));
    }

    // A chart drawn offscreen: the size asked for, and more than a blank page on it.
    void chartImage()
    {
        auto history = m_service->history(Day);
        QVERIFY(history.ok());
        std::unique_ptr<QChart> trend(reportcharts::pendingTrend(history.value(), NetworkSite));
        const QImage image = reportcharts::image(trend.get(), QSize(900, 420));
        QCOMPARE(image.size(), QSize(900, 420));
        QSet<QRgb> colours;
        int red = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3) {
                const QRgb px = image.pixel(x, y);
                colours.insert(px);
                red += qRed(px) > 180 && qGreen(px) < 80 && qBlue(px) < 80; // the over-48 h bars
            }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY(red > 100);
        std::unique_ptr<QChart> sites(reportcharts::sitesSideBySide(m_report));
        QCOMPARE(reportcharts::image(sites.get(), QSize(600, 900)).size(), QSize(600, 900));
        // The PDF's chart names every site (a supervisor does not read "YOURC"), 42 of them included.
        std::unique_ptr<QChart> named(reportcharts::sitesSideBySide(m_report, 0, true));
        auto* axis = qobject_cast<QBarCategoryAxis*>(named->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->count(), int(m_report.sites.size()));
        for (const SiteFigures& s : m_report.sites)
            QVERIFY2(axis->categories().contains(s.name), qPrintable(s.name));
        if (!qEnvironmentVariableIsEmpty("COMPTOIR_SHOTS")) {
            QDir().mkpath(qEnvironmentVariable("COMPTOIR_SHOTS"));
            image.save(qEnvironmentVariable("COMPTOIR_SHOTS") + QStringLiteral("/trend-chart.png"));
        }
    }

    // Thirty days with no report kept (a counter new to the network): the chart says so, on a plain
    // 0 to 1 scale, and draws without the NaN scale Qt Charts makes of a range of 0 to 0.
    void chartWithNoDayKept()
    {
        QList<HistoryDay> empty;
        for (int d = 29; d >= 0; --d)
            empty.append(HistoryDay{Day.addDays(-d), std::nullopt});
        std::unique_ptr<QChart> trend(reportcharts::pendingTrend(empty, NetworkSite));
        auto* y = qobject_cast<QValueAxis*>(trend->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->max(), 1.0);
        QVERIFY(trend->title().contains(QStringLiteral("*")));
        QCOMPARE(reportcharts::image(trend.get(), QSize(900, 420)).size(), QSize(900, 420));
        DayReport none = m_report;
        for (SiteFigures& s : none.sites)
            for (const QString& key : {figure::PendingUnder24h, figure::Pending24To48h, figure::PendingOver48h})
                s.set(key, 0);
        std::unique_ptr<QChart> sites(reportcharts::sitesSideBySide(none, 0, true));
        auto* count = qobject_cast<QValueAxis*>(sites->axes(Qt::Horizontal).value(0));
        QVERIFY(count);
        QCOMPARE(count->max(), 1.0);
    }

    // The PDF's text, as pdftotext reads it, carries the sentence and the network's totals.
    void pdfText()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        auto history = m_service->history(Day);
        QVERIFY(writeReportPdf(m_report, history.value(), Thresholds(), path).ok());
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        const QLocale locale;
        const SiteFigures& n = m_report.network;
        for (const QString& key : {figure::Placed, figure::Captured, figure::Filled, figure::Cancelled, figure::Pending,
                                   figure::PendingOver48h})
            QVERIFY2(text.contains(formatValue(key, n.value(key))), qPrintable(key));
        // The click & collect section and the network's totals in it, in the order of its columns.
        QVERIFY(text.contains(sectionTitle(Section::ClickCollect)));
        QStringList collect;
        for (const QString& key : sectionColumns(Section::ClickCollect))
            collect << (n.has(key) ? formatValue(key, n.value(key)) : QStringLiteral("–"));
        QVERIFY2(text.contains(QStringLiteral("Network ") + collect.join(QLatin1Char(' '))),
                 qPrintable(collect.join(QLatin1Char(' '))));
        QVERIFY(text.contains(QStringLiteral("to prepare: %1; ready: %2; collected: %3")
                                  .arg(formatValue(figure::CollectToPrepare, n.value(figure::CollectToPrepare)),
                                       formatValue(figure::CollectReady, n.value(figure::CollectReady)),
                                       formatValue(figure::CollectCollected, n.value(figure::CollectCollected)))));
        QVERIFY(text.contains(
            QStringLiteral("Network: %1 placed").arg(formatValue(figure::Placed, n.value(figure::Placed)))));
        QVERIFY(text.contains(QStringLiteral("Daily queue report")));
        QVERIFY(text.contains(QStringLiteral("Bibliothèque Victor-Hugo")));
        QVERIFY(text.contains(QStringLiteral("Médiathèque Paul-Verlaine"))); // the 40th site's row
        QVERIFY(text.contains(attentionSentence(m_report, Thresholds()).left(40)));
        // A4 portrait.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(A4)")));
    }

    // The page: the sentence, a table per section sorted and filtered by site from the keyboard.
    void reportsPage()
    {
        ReportsPage page;
        page.setService(m_service.get(), Thresholds());
        page.resize(1280, 900);
        page.display(m_report, m_service->history(Day).value());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QCOMPARE(page.attentionText(), attentionSentence(m_report, Thresholds()));
        QTableView* table = page.table();
        QCOMPARE(table->model()->rowCount(), 43); // the network and 42 pickup sites
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Network"));
        // Alt+S: the next section.
        const QString first = page.sectionBox()->currentText();
        table->setFocus();
        QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
        QVERIFY(page.sectionBox()->currentText() != first);
        QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(page.sectionBox()->currentText(), first);
        // Sorted by the second column either way, the network's row stays first; the sites follow in order.
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            table->sortByColumn(1, order);
            QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Network"));
            for (int row = 2; row < table->model()->rowCount(); ++row) {
                const double before = table->model()->index(row - 1, 1).data(Qt::UserRole + 1).toDouble();
                const double here = table->model()->index(row, 1).data(Qt::UserRole + 1).toDouble();
                QVERIFY(order == Qt::DescendingOrder ? before >= here : before <= here);
            }
        }
        table->sortByColumn(1, Qt::DescendingOrder);
        // Ctrl+F, then typing, filters by site.
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page.siteFilter()->hasFocus());
        QTest::keyClicks(page.siteFilter(), QStringLiteral("victor"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Bibliothèque Victor-Hugo"));
        // Exports.
        QVERIFY(page.exportCsv(m_dir.filePath(QStringLiteral("page.csv"))).ok());
        QVERIFY(parseCsv([&] {
                    QFile f(m_dir.filePath(QStringLiteral("page.csv")));
                    f.open(QIODevice::ReadOnly);
                    return f.readAll();
                }())
                    .ok());
        page.siteFilter()->clear();
        // The click & collect section: its columns, the network's orders first.
        const int collect = page.sectionBox()->findData(sectionKey(Section::ClickCollect));
        QVERIFY(collect >= 0);
        page.sectionBox()->setCurrentIndex(collect);
        QCOMPARE(table->model()->columnCount(), 1 + sectionColumns(Section::ClickCollect).size());
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), figureTitle(figure::CollectToPrepare));
        QCOMPARE(table->model()->index(0, 1).data().toString(),
                 formatValue(figure::CollectToPrepare, m_report.network.value(figure::CollectToPrepare)));
        // The charts: the sites by name (a few, so that Qt Charts has room to draw them: 15 ids and
        // 10 names were drawn as "…" at 1366 x 800), long titles on two lines rather than cut.
        QStringList siteNames;
        for (const SiteFigures& s : m_report.sites)
            siteNames << s.name;
        int chartsSeen = 0;
        for (QChartView* view : page.findChildren<QChartView*>()) {
            QChart* chart = view->chart();
            ++chartsSeen;
            QVERIFY(chart->title().size() <= 70 || chart->title().contains(QLatin1String("<br>")));
            for (QAbstractAxis* axis : chart->axes(Qt::Vertical))
                if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
                    QVERIFY(categories->count() > 0 && categories->count() <= 4);
                    for (const QString& label : categories->categories())
                        QVERIFY2(siteNames.contains(label), qPrintable(label));
                }
        }
        QCOMPARE(chartsSeen, 2);
        if (!qEnvironmentVariableIsEmpty("COMPTOIR_SHOTS")) {
            QVERIFY(page.grab().save(qEnvironmentVariable("COMPTOIR_SHOTS") + QStringLiteral("/reports-page.png")));
            QVERIFY(page.exportPdf(qEnvironmentVariable("COMPTOIR_SHOTS") + QStringLiteral("/report.pdf")).ok());
        }
    }

    // comptoir-report: the library system unreachable is a clear message, exit status 3, no day kept.
    void commandLineUnreachable()
    {
        QTemporaryDir data;
        {
            Settings settings(data.filePath(QStringLiteral("comptoir.ini")));
            settings.setValue(settings::IlsBaseUrl, QStringLiteral("http://127.0.0.1:1"));
            settings.setValue(settings::IlsUser, QStringLiteral("comptoir"));
            settings.setValue(settings::SiteId, QStringLiteral("CENTRE"));
            QVERIFY(settings.sync().ok());
        }
        QProcess report;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")); // no keychain
        report.setProcessEnvironment(env);
        report.start(QStringLiteral(COMPTOIR_REPORT_PATH),
                     {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(report.waitForFinished(120000));
        QCOMPARE(report.exitCode(), 3);
        const QString err = QString::fromUtf8(report.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("The library system could not be reached")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("No report was kept")));
        QVERIFY(report.readAllStandardOutput().isEmpty());
        SnapshotStore store;
        QVERIFY(store.open(data.filePath(SnapshotStore::fileName())).ok());
        auto days = store.database().scalar(QStringLiteral("SELECT count(*) FROM days"));
        QVERIFY(days.ok());
        QCOMPARE(days.value().toInt(), 0);
        // An address the counter refuses (plain http to another computer): exit 3 and why, not the
        // bare HTTP error of a request sent without its password.
        {
            Settings settings(data.filePath(QStringLiteral("comptoir.ini")));
            settings.setValue(settings::IlsBaseUrl, QStringLiteral("http://koha.example.org:8080"));
            QVERIFY(settings.sync().ok());
        }
        QProcess refused;
        refused.setProcessEnvironment(env);
        refused.start(QStringLiteral(COMPTOIR_REPORT_PATH),
                      {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(refused.waitForFinished(60000));
        QCOMPARE(refused.exitCode(), 3);
        const QString why = QString::fromUtf8(refused.readAllStandardError());
        QVERIFY2(why.contains(QStringLiteral("REST address")) && why.contains(QStringLiteral("https://")),
                 qPrintable(why));
        QVERIFY(refused.readAllStandardOutput().isEmpty());
        // A wrong option: exit 2, nothing read.
        QProcess wrong;
        wrong.start(QStringLiteral(COMPTOIR_REPORT_PATH), {QStringLiteral("--format"), QStringLiteral("xls")});
        QVERIFY(wrong.waitForFinished(60000));
        QCOMPARE(wrong.exitCode(), 2);
    }

    // comptoir-report on the training library (--demo): the click & collect rows in its CSV, read
    // back, and the section in its text with its column titles whole (on two lines).
    void commandLineClickCollect()
    {
        QTemporaryDir data;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        auto run = [&](const QString& format) {
            QProcess report;
            report.setProcessEnvironment(env);
            report.start(QStringLiteral(COMPTOIR_REPORT_PATH),
                         {QStringLiteral("--demo"), QStringLiteral("--data-dir"), data.path(),
                          QStringLiteral("--format"), format, QStringLiteral("--lang"), QStringLiteral("en"),
                          QStringLiteral("--no-keep")});
            if (!report.waitForFinished(180000) || report.exitCode() != 0)
                qWarning() << report.readAllStandardError();
            return report.readAllStandardOutput();
        };
        auto rows = parseCsv(run(QStringLiteral("csv")));
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QSet<QString> keys;
        double toPrepare = -1, sum = 0;
        for (const auto& row : rows.value()) {
            if (row.value(QStringLiteral("section")) != QLatin1String("click_collect"))
                continue;
            const QString key = row.value(QStringLiteral("figure"));
            keys.insert(key);
            if (key == figure::CollectToPrepare) {
                if (row.value(QStringLiteral("site")) == NetworkSite)
                    toPrepare = row.value(QStringLiteral("value")).toDouble();
                else
                    sum += row.value(QStringLiteral("value")).toDouble();
            }
        }
        for (const QString& key : {figure::CollectToPrepare, figure::CollectReady, figure::CollectCollected,
                                   figure::CollectCancelled, figure::CollectReadyToday})
            QVERIFY2(keys.contains(key), qPrintable(key));
        QVERIFY(toPrepare > 0);
        QCOMPARE(sum, toPrepare);
        const QString text = QString::fromUtf8(run(QStringLiteral("text")));
        QVERIFY(text.contains(sectionTitle(Section::ClickCollect)));
        QVERIFY2(text.contains(QStringLiteral("Cancelled/")) && text.contains(QStringLiteral("Median to")) &&
                     !text.contains(QStringLiteral("Cancelled/expi")),
                 qPrintable(text));
        // As a PDF, not kept (a dry run): the trend ends on the day just taken, and nothing warns of
        // a chart without a scale.
        QProcess pdf;
        pdf.setProcessEnvironment(env);
        const QString path = data.filePath(QStringLiteral("dry.pdf"));
        pdf.start(QStringLiteral(COMPTOIR_REPORT_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--data-dir"), data.path(), QStringLiteral("--format"),
                   QStringLiteral("pdf"), QStringLiteral("--out"), path, QStringLiteral("--no-keep")});
        QVERIFY(pdf.waitForFinished(180000));
        const QString said = QString::fromUtf8(pdf.readAllStandardError());
        QVERIFY2(pdf.exitCode() == 0, qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("nan"), Qt::CaseInsensitive), qPrintable(said));
        QVERIFY(QFileInfo(path).size() > 10000);
        // Nothing was kept: the snapshots hold no day.
        SnapshotStore kept;
        QVERIFY(kept.open(data.filePath(SnapshotStore::fileName())).ok());
        auto days = kept.history(QDate::currentDate().addDays(-400), QDate::currentDate().addDays(400));
        QVERIFY(days.ok());
        for (const HistoryDay& d : days.value())
            QVERIFY(d.missing());
    }

    void thresholdsFromSettings()
    {
        Settings settings(m_dir.filePath(QStringLiteral("t.ini")));
        QCOMPARE(Thresholds::fromSettings(settings).maxOver48hPercent, 10.0);
        settings.setValue(settings::ReportsMaxOver48hPercent, 25);
        QCOMPARE(Thresholds::fromSettings(settings).maxOver48hPercent, 25.0);
        DayReport r;
        r.sites << SiteFigures{QStringLiteral("A"), QStringLiteral("Médiathèque A"), {}};
        r.sites[0].set(figure::Pending, 10);
        r.sites[0].set(figure::PendingOver48hPct, 20);
        QVERIFY(attentionSentence(r, Thresholds()).contains(QStringLiteral("Médiathèque A (20 %)")));
        QVERIFY(attentionSentence(r, Thresholds::fromSettings(settings)).startsWith(QStringLiteral("Nothing needs")));
    }

    // Settings > Reports: the four thresholds shown, saved, read back by the report; the page
    // showing a report follows new thresholds at once.
    void thresholdsInTheSettingsDialog()
    {
        Settings settings(m_dir.filePath(QStringLiteral("dialog.ini")));
        ReportSettingsPage tab(settings);
        QCOMPARE(tab.maxOver48h()->value(), 10);
        QCOMPARE(tab.minWithin24h()->value(), 80);
        QCOMPARE(tab.minWithin48h()->value(), 95);
        QCOMPARE(tab.maxExpired()->value(), 20);
        tab.maxOver48h()->setValue(25);
        tab.minWithin24h()->setValue(70);
        tab.minWithin48h()->setValue(90);
        tab.maxExpired()->setValue(5);
        tab.apply();
        const Thresholds t = Thresholds::fromSettings(settings);
        QCOMPARE(t.maxOver48hPercent, 25.0);
        QCOMPARE(t.minWithin24hPercent, 70.0);
        QCOMPARE(t.minWithin48hPercent, 90.0);
        QCOMPARE(t.maxExpiredUncollected, 5);
        DayReport r;
        r.day = Day;
        r.sites << SiteFigures{QStringLiteral("A"), QStringLiteral("Médiathèque A"), {}};
        r.sites[0].set(figure::Pending, 10);
        r.sites[0].set(figure::PendingOver48hPct, 20);
        ReportsPage page;
        page.setService(nullptr, Thresholds());
        page.display(r, {});
        QVERIFY(page.attentionText().contains(QStringLiteral("Médiathèque A (20 %)")));
        page.setService(nullptr, t);
        QVERIFY2(page.attentionText().startsWith(QStringLiteral("Nothing needs")), qPrintable(page.attentionText()));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
