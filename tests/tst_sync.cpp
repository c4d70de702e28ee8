#include "ils/KohaRestClient.h"
#include "store/CacheStore.h"
#include "support/InProcessSandbox.h"
#include "support/MockClock.h"
#include "sync/CsvQueueImport.h"
#include "sync/JsonPage.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace comptoir;
using namespace comptoir::sync;
using comptoir::test::InProcessSandbox;
using comptoir::test::MockClock;

// The sync engine against the training library on loopback: first sync, incremental sync,
// removals, faults, and catching up afterwards.
class TestSync : public QObject
{
    Q_OBJECT

    InProcessSandbox m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    MockClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<ils::KohaRestClient> m_rest;
    std::unique_ptr<SyncEngine> m_sync;
    const QString m_site = QStringLiteral("CENTRE");

    struct Outcome
    {
        Status status;
        SyncReport report;
    };

    Outcome runSync(bool full = false)
    {
        std::optional<Outcome> out;
        auto connection =
            connect(m_sync.get(), &SyncEngine::finished, this, [&out](const Status& s, const SyncReport& r) {
                out = Outcome{s, r};
            });
        if (full)
            m_sync->fullSync();
        else
            m_sync->syncNow();
        const bool done = QTest::qWaitFor([&out] { return out.has_value(); }, 60000);
        disconnect(connection);
        if (!done)
            return {Error{QStringLiteral("test.timeout"), QStringLiteral("sync did not finish")}, {}};
        return *out;
    }

    qint64 cached(const QString& sql, const QVariantList& binds = {})
    {
        return m_cache->database().scalar(sql, binds).value().toLongLong();
    }
    qint64 server(const QString& sql, const QVariantList& binds = {})
    {
        return m_sandbox.scalar(sql, binds).toLongLong();
    }

    // The cache holds exactly the server's requests for the site, with the same states.
    void compareWithServer()
    {
        const qint64 expected =
            server(QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = ?"), {m_site});
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = ?"), {m_site}), expected);
        for (const char* status : {"W", "T", "P"})
            QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = ? AND status = ?"),
                            {m_site, QLatin1String(status)}),
                     server(QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = ? AND status = ?"),
                            {m_site, QLatin1String(status)}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        InProcessSandbox::Size size;
        size.items = 8000;
        size.holds = 4000;
        QVERIFY(m_sandbox.start(size));
        m_cache = std::make_unique<CacheStore>();
        QVERIFY(m_cache->open(m_dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        m_rest = std::make_unique<ils::KohaRestClient>(m_nam, m_clock);
        ils::KohaConfig c = m_sandbox.restConfig();
        c.timeoutMs = 2000; // the hang test waits for it
        m_rest->setConfig(c);
        m_sync = std::make_unique<SyncEngine>(*m_rest, *m_cache, m_clock);
        m_sync->setSite(m_site);
    }

    void cleanup() { m_sandbox.faults = sandbox::FaultPlan(); }

    void cleanupTestCase()
    {
        m_sync.reset();
        m_sandbox.stop();
    }

    void firstSyncTakesEverything()
    {
        QCOMPARE(m_sync->state(), ConnectionState::NotConfigured);
        QList<qint64> progress;
        auto c = connect(m_sync.get(), &SyncEngine::progress, this,
                         [&progress](const QString&, qint64 done, qint64) { progress << done; });
        const Outcome o = runSync();
        disconnect(c);
        QVERIFY2(o.status.ok(), qPrintable(o.status.ok() ? QString() : o.status.error().message));
        QVERIFY(o.report.full);
        QCOMPARE(m_sync->state(), ConnectionState::Online);
        compareWithServer();
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM libraries")), 15); // with the home delivery location
        // Items, records and patrons of the requests came with them (embeds).
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM holds h WHERE pickup_library_id = ? AND biblio_id NOT IN "
                                       "(SELECT biblio_id FROM biblios)"),
                        {m_site}),
                 0);
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM holds h WHERE pickup_library_id = ? AND patron_id NOT IN "
                                       "(SELECT patron_id FROM patrons)"),
                        {m_site}),
                 0);
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM holds h WHERE item_id IS NOT NULL AND item_id NOT IN "
                                       "(SELECT item_id FROM items)")),
                 0);
        // Minimal patron data only: identity and card, no address, e-mail or phone.
        const QStringList columns = [this] {
            QStringList names;
            auto q = m_cache->database().exec(QStringLiteral("SELECT name FROM pragma_table_info('patrons')"));
            while (q.value().next())
                names << q.value().value(0).toString();
            return names;
        }();
        QCOMPARE(columns,
                 (QStringList{QStringLiteral("patron_id"), QStringLiteral("cardnumber"), QStringLiteral("surname"),
                              QStringLiteral("firstname"), QStringLiteral("category_id"), QStringLiteral("library_id"),
                              QStringLiteral("fetched_at")}));
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM patrons WHERE cardnumber IS NULL")), 0);
        // Every copy on the pick list is known with its record.
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM pick_list p LEFT JOIN items i USING (item_id) LEFT JOIN "
                                       "biblios b ON b.biblio_id = p.biblio_id WHERE i.item_id IS NULL OR b.title IS "
                                       "NULL")),
                 0);
        // The pick list: the site's share of the holds queue, with barcodes and call numbers.
        QVERIFY(o.report.pickList > 0);
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM pick_list WHERE site = ?"), {m_site}), o.report.pickList);
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM pick_list WHERE barcode IS NULL OR callnumber IS NULL")),
                 0);
        QVERIFY(progress.size() > 5);
        QVERIFY(std::is_sorted(progress.begin(), progress.begin() + 3));
        // The first sync built the secondary indexes it left out while writing.
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                       "('holds_pickup', 'holds_item', 'holds_biblio', 'holds_patron', "
                                       "'items_barcode', 'patrons_card', 'pick_list_barcode', 'pick_list_walk', "
                                       "'holds_waiting')")),
                 9);
    }

    // The sync reads pages straight from their bytes (sync/JsonPage): texts with quotes, a
    // backslash, line breaks, accents, French quotation marks and characters beyond the BMP reach
    // the cache exactly as the ILS holds them, and every column of every request, copy, record and
    // patron of the site equals the server's (compared in SQL, the server's file attached).
    void textsAndValuesComeThroughExactly()
    {
        const QString title = QStringLiteral("Les « Misérables », \"tome 1\" \\ Œuvres\n\t\u00e9 ") +
                              QString::fromUtf8("\xF0\x9F\x93\x9A \xE2\x80\xAF!");
        const QString surname = QStringLiteral("Ægir-Œuvre d’Alembert");
        const qint64 biblio =
            server(QStringLiteral("SELECT biblio_id FROM holds WHERE pickup_library_id = ? LIMIT 1"), {m_site});
        const qint64 patron =
            server(QStringLiteral("SELECT patron_id FROM holds WHERE pickup_library_id = ? LIMIT 1"), {m_site});
        QVERIFY(m_sandbox.exec(QStringLiteral("UPDATE biblios SET title = ? WHERE biblio_id = ?"), {title, biblio}));
        QVERIFY(
            m_sandbox.exec(QStringLiteral("UPDATE patrons SET surname = ? WHERE patron_id = ?"), {surname, patron}));
        QVERIFY(
            m_sandbox.exec(QStringLiteral("UPDATE holds SET notes = ? WHERE biblio_id = ? AND pickup_library_id = ?"),
                           {title, biblio, m_site}));
        const Outcome o = runSync(true);
        QVERIFY2(o.status.ok(), qPrintable(o.status.ok() ? QString() : o.status.error().message));
        QCOMPARE(m_cache->database()
                     .scalar(QStringLiteral("SELECT title FROM biblios WHERE biblio_id = ?"), {biblio})
                     .value()
                     .toString(),
                 title);
        QCOMPARE(m_cache->database()
                     .scalar(QStringLiteral("SELECT surname FROM patrons WHERE patron_id = ?"), {patron})
                     .value()
                     .toString(),
                 surname);
        QCOMPARE(
            cached(QStringLiteral("SELECT count(*) FROM holds WHERE biblio_id = ? AND notes = ?"), {biblio, title}),
            server(QStringLiteral("SELECT count(*) FROM holds WHERE biblio_id = ? AND pickup_library_id = ? AND "
                                  "notes = ?"),
                   {biblio, m_site, title}));
        // Column by column against the server's own rows.
        QVERIFY(m_cache->database().exec(QStringLiteral("ATTACH DATABASE ? AS ils"), {m_sandbox.file()}).ok());
        const auto attached = qScopeGuard([this] { m_cache->database().exec(QStringLiteral("DETACH DATABASE ils")); });
        QStringList holdColumns;
        {
            auto q =
                m_cache->database().exec(QStringLiteral("SELECT name FROM pragma_table_info('holds') WHERE name IN "
                                                        "(SELECT name FROM ils.pragma_table_info('holds'))"));
            QVERIFY(q.ok());
            while (q.value().next())
                holdColumns << q.value().value(0).toString();
        }
        QVERIFY(holdColumns.contains(QStringLiteral("notes")) && holdColumns.contains(QStringLiteral("timestamp")));
        for (const QString& column : holdColumns)
            QVERIFY2(cached(QStringLiteral("SELECT count(*) FROM holds h JOIN ils.holds s USING (hold_id) WHERE "
                                           "h.%1 IS NOT s.%1")
                                .arg(column)) == 0,
                     qPrintable(column));
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM biblios b JOIN ils.biblios s USING (biblio_id) WHERE "
                                       "b.title IS NOT s.title OR b.author IS NOT s.author")),
                 0);
    }

    // The reader skips plain text eight bytes at a time: whatever byte interrupts a string (a
    // quote, an escape, a control character, an accent, a broken UTF-8 byte), wherever it falls
    // against the eight-byte steps and whatever the string's length, the value read is Qt's, and a
    // page of plain strings is read without falling back to Qt's parser.
    void stringsReadTheSameAtEveryAlignment()
    {
        const QList<QByteArray> interruptions = {
            "\\\"", "\\\\", "\\n",  "\\u00e9", "\xC3\xA9", "\xE2\x80\xAF", "\xF0\x9F\x93\x9A",
            "\n",   "\x01", "\x7F", "\xFF",    "\xC3"};
        for (int length = 0; length <= 40; ++length) {
            const QByteArray plain(length, 'a');
            for (int offset = 0; offset <= 24; ++offset)
                for (const QByteArray& odd : interruptions) {
                    // A key of `offset` bytes shifts the string against the eight-byte steps.
                    QByteArray text = plain;
                    text.insert(std::min<qsizetype>(offset, length), odd);
                    const QByteArray page = "[{\"" + QByteArray(offset + 1, 'k') + "\":\"" + text + "\",\"n\":1}]";
                    JsonPage reader;
                    const bool read = reader.read(page);
                    QJsonParseError error;
                    const QJsonDocument qt = QJsonDocument::fromJson(page, &error);
                    QCOMPARE(read, error.error == QJsonParseError::NoError);
                    if (!read)
                        continue;
                    const JsonPage::Node& object = reader.node(reader.root().first);
                    const JsonPage::Node& value = reader.node(object.first);
                    QCOMPARE(
                        QString::fromUtf8(value.text, value.size),
                        qt.array().at(0).toObject().value(QString::fromUtf8(QByteArray(offset + 1, 'k'))).toString());
                }
            JsonPage reader;
            QVERIFY(reader.read("[{\"key\":\"" + plain + "\",\"t\":\"" + plain + "x\"}]"));
            QVERIFY(!reader.usedFallback());
            const JsonPage::Node& object = reader.node(reader.root().first);
            QCOMPARE(QByteArray(reader.node(object.first).text, reader.node(object.first).size), plain);
        }
    }

    void incrementalSyncFollowsChanges()
    {
        // Capture one pending request for the site (it becomes waiting), cancel one, move one to
        // another pickup point, and place a new one.
        const QVariantList none;
        const qint64 pending = server(QStringLiteral("SELECT hold_id FROM holds WHERE pickup_library_id = ? AND status "
                                                     "IS NULL AND item_id IS NULL ORDER BY hold_id LIMIT 1"),
                                      {m_site});
        const qint64 cancelled = server(QStringLiteral("SELECT hold_id FROM holds WHERE pickup_library_id = ? AND "
                                                       "status = 'W' ORDER BY hold_id LIMIT 1"),
                                        {m_site});
        const qint64 moved = server(QStringLiteral("SELECT hold_id FROM holds WHERE pickup_library_id = ? AND status "
                                                   "IS NULL ORDER BY hold_id DESC LIMIT 1"),
                                    {m_site});
        QVERIFY(pending && cancelled && moved && pending != moved);
        const QString copy = m_sandbox
                                 .scalar(QStringLiteral("SELECT external_id FROM items WHERE biblio_id = (SELECT "
                                                        "biblio_id FROM holds WHERE hold_id = ?) AND "
                                                        "checked_out_patron_id IS NULL AND item_id NOT IN (SELECT "
                                                        "item_id FROM holds WHERE item_id IS NOT NULL) LIMIT 1"),
                                         {pending})
                                 .toString();
        QVERIFY(!copy.isEmpty());
        // The head of that record's queue gets the copy; make ours the head.
        QVERIFY(m_sandbox.exec(QStringLiteral("UPDATE holds SET priority = 0 WHERE hold_id = ?"), {pending}));
        QVERIFY(m_sandbox.exec(QStringLiteral("UPDATE holds SET priority = 1 WHERE hold_id = ?"), {pending}));
        m_sandbox.clock->advance(60);
        auto captured = m_sandbox.circulation->checkin(copy, m_site);
        QVERIFY(captured && captured.value().holdId == pending);
        QVERIFY(m_sandbox.exec(QStringLiteral("DELETE FROM holds WHERE hold_id = ?"), {cancelled}));
        QVERIFY(m_sandbox.exec(QStringLiteral("UPDATE holds SET pickup_library_id = 'JMOULIN', timestamp = "
                                              "'2026-11-22T10:05:00' WHERE hold_id = ?"),
                               {moved}));
        const QString card =
            m_sandbox.scalar(QStringLiteral("SELECT cardnumber FROM patrons WHERE restricted = 0 LIMIT 1")).toString();
        const QString other =
            m_sandbox.scalar(QStringLiteral("SELECT external_id FROM items WHERE item_id = 4242")).toString();
        auto placed = m_sandbox.circulation->hold(sandbox::Circulation::HoldMode::Add, card, other, m_site, false);
        QVERIFY(placed && placed.value().ok);

        const Outcome o = runSync();
        QVERIFY2(o.status.ok(), qPrintable(o.status.ok() ? QString() : o.status.error().message));
        QVERIFY(!o.report.full);
        QVERIFY(o.report.holds < 50); // only what changed
        QCOMPARE(o.report.removed, 2);
        compareWithServer();
        QCOMPARE(m_cache->database()
                     .scalar(QStringLiteral("SELECT status FROM holds WHERE hold_id = ?"), {pending})
                     .value()
                     .toString(),
                 QStringLiteral("W"));
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM holds WHERE hold_id IN (?, ?)"), {cancelled, moved}), 0);
        // Nothing changed: nothing comes, nothing leaves.
        const Outcome again = runSync();
        QVERIFY(again.status.ok());
        QCOMPARE(again.report.removed, 0);
        QVERIFY(again.report.holds <= 3); // the newest timestamp is asked again (>=), nothing else
        // Those received again unchanged are not written (no trigger runs for them): watched here by
        // temporary triggers on the cache's own connection.
        Database& db = m_cache->database();
        QVERIFY(db.exec(QStringLiteral("CREATE TEMP TABLE written (what TEXT)")).ok());
        for (const char* table : {"holds", "items", "biblios"})
            QVERIFY(db.exec(QStringLiteral("CREATE TEMP TRIGGER watch_%1 AFTER UPDATE ON main.%1 BEGIN INSERT INTO "
                                           "written VALUES ('%1'); END")
                                .arg(QLatin1String(table)))
                        .ok());
        const Outcome idle = runSync();
        QVERIFY(idle.status.ok());
        QVERIFY(idle.report.holds >= 1);
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM written"), {}), 0);
        // A change made in the bookmark's very second (same timestamp, another priority) is taken.
        const qint64 newest = cached(QStringLiteral("SELECT hold_id FROM holds WHERE pickup_library_id = ? ORDER BY "
                                                    "timestamp DESC, hold_id LIMIT 1"),
                                     {m_site});
        QVERIFY(newest);
        QVERIFY(m_sandbox.exec(QStringLiteral("UPDATE holds SET priority = priority + 7 WHERE hold_id = ?"), {newest}));
        const Outcome sameSecond = runSync();
        QVERIFY(sameSecond.status.ok());
        QCOMPARE(cached(QStringLiteral("SELECT priority FROM holds WHERE hold_id = ?"), {newest}),
                 server(QStringLiteral("SELECT priority FROM holds WHERE hold_id = ?"), {newest}));
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM written WHERE what = 'holds'"), {}), 1);
        for (const char* table : {"holds", "items", "biblios"})
            QVERIFY(db.exec(QStringLiteral("DROP TRIGGER temp.watch_%1").arg(QLatin1String(table))).ok());
        QVERIFY(db.exec(QStringLiteral("DROP TABLE temp.written")).ok());
    }

    void faultsLeaveTheCacheUsableAndSyncCatchesUp()
    {
        const qint64 before = cached(QStringLiteral("SELECT count(*) FROM holds"));
        // The ILS answers 500.
        m_sandbox.faults.restErrors = -1;
        Outcome o = runSync();
        QVERIFY(!o.status.ok());
        QCOMPARE(m_sync->state(), ConnectionState::IlsUnavailable);
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM holds")), before);
        QCOMPARE(m_sync->backoff().failures(QStringLiteral("sync")), 1);
        // Garbage.
        m_sandbox.faults = sandbox::FaultPlan();
        m_sandbox.faults.restMalformed = -1;
        o = runSync();
        QVERIFY(!o.status.ok());
        QVERIFY(o.status.error().message.contains(QStringLiteral("unreadable")));
        // Hangs past the time limit.
        m_sandbox.faults = sandbox::FaultPlan();
        m_sandbox.faults.restHang = true;
        o = runSync();
        QVERIFY(!o.status.ok());
        QVERIFY(o.status.error().code.endsWith(QLatin1String("timeout")));
        QCOMPARE(m_sync->state(), ConnectionState::IlsUnavailable);
        QCOMPARE(cached(QStringLiteral("SELECT count(*) FROM holds")), before);
        // The fault ends: it catches up.
        m_sandbox.faults = sandbox::FaultPlan();
        o = runSync();
        QVERIFY(o.status.ok());
        QCOMPARE(m_sync->state(), ConnectionState::Online);
        QCOMPARE(m_sync->backoff().failures(QStringLiteral("sync")), 0);
        compareWithServer();
    }

    void dyingMidSyncThenAFullSync()
    {
        // The ILS dies after the first pages of a full sync: what came is kept, the state says so,
        // and the next full sync completes.
        auto c = connect(m_sync.get(), &SyncEngine::progress, this, [this](const QString&, qint64 done, qint64) {
            if (done >= 200)
                m_sandbox.faults.restErrors = -1;
        });
        Outcome o = runSync(true);
        disconnect(c);
        QVERIFY(!o.status.ok());
        QCOMPARE(m_sync->state(), ConnectionState::IlsUnavailable);
        m_sandbox.faults = sandbox::FaultPlan();
        o = runSync(true);
        QVERIFY(o.status.ok());
        compareWithServer();
    }

    // A site with 100,000 requests: a refresh with nothing changed asks for what changed and for the
    // site's total, nothing else (no ranges of ids, no libraries); cancelled, filled and moved
    // requests still leave the cache, and changes come, because the totals then differ.
    void refreshOfAHundredThousandRequests()
    {
        InProcessSandbox big;
        InProcessSandbox::Size size;
        size.sites = 1; // CENTRE, plus the locker bank
        size.items = 50000;
        size.patrons = 30000;
        size.holds = 112000;
        size.seed = 11;
        QVERIFY(big.start(size));
        const auto serverCount = [&big](const QString& sql, const QVariantList& binds = {}) {
            return big.scalar(sql, binds).toLongLong();
        };
        const qint64 atSite =
            serverCount(QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = ?"), {m_site});
        QVERIFY2(atSite >= 100000, qPrintable(QString::number(atSite)));
        QTemporaryDir dir;
        CacheStore cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        QNetworkAccessManager nam;
        int requests = 0;
        connect(&nam, &QNetworkAccessManager::finished, this, [&requests] { ++requests; });
        ils::KohaRestClient rest(nam, m_clock);
        ils::KohaConfig config = big.restConfig();
        config.perPage = 1000;
        config.timeoutMs = 60000;
        rest.setConfig(config);
        SyncEngine engine(rest, cache, m_clock);
        engine.setSite(m_site);
        const auto run = [&engine](bool full) {
            std::optional<Outcome> out;
            QObject context;
            connect(&engine, &SyncEngine::finished, &context, [&out](const Status& s, const SyncReport& r) {
                out = Outcome{s, r};
            });
            full ? engine.fullSync() : engine.syncNow();
            if (!QTest::qWaitFor([&out] { return out.has_value(); }, 300000))
                return Outcome{Error{QStringLiteral("test.timeout"), QStringLiteral("sync did not finish")}, {}};
            return *out;
        };
        const auto cachedCount = [&cache](const QString& sql, const QVariantList& binds = {}) {
            return cache.database().scalar(sql, binds).value().toLongLong();
        };
        const QString siteCount = QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = ?");

        Outcome o = run(true);
        QVERIFY2(o.status.ok(), qPrintable(o.status.ok() ? QString() : o.status.error().message));
        QCOMPARE(cachedCount(siteCount, {m_site}), serverCount(siteCount, {m_site}));
        // The count a refresh compares, kept by triggers (counted once at the end of this first sync).
        QCOMPARE(cache.holdCount(m_site).value(), cachedCount(siteCount, {m_site}));
        QCOMPARE(cachedCount(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                                            "'hold_counts_%'")),
                 3);

        // Nothing changed: the changes since the bookmark (one page) and the site's total.
        requests = 0;
        o = run(false);
        QVERIFY(o.status.ok());
        QCOMPARE(o.report.removed, 0);
        QVERIFY(o.report.holds <= 3);
        QCOMPARE(requests, 2);

        // Cancelled (the first, one in the middle, the last), filled at another desk, moved to the
        // locker bank, captured (a new state and timestamp), and a new request.
        const qint64 first =
            serverCount(QStringLiteral("SELECT min(hold_id) FROM holds WHERE pickup_library_id = ?"), {m_site});
        const qint64 last =
            serverCount(QStringLiteral("SELECT max(hold_id) FROM holds WHERE pickup_library_id = ?"), {m_site});
        const qint64 middle = serverCount(
            QStringLiteral("SELECT hold_id FROM holds WHERE pickup_library_id = ? AND hold_id > ? ORDER BY hold_id "
                           "LIMIT 1"),
            {m_site, (first + last) / 2});
        const qint64 filled = serverCount(
            QStringLiteral("SELECT hold_id FROM holds WHERE pickup_library_id = ? AND status = 'W' ORDER BY hold_id "
                           "DESC LIMIT 1"),
            {m_site});
        const qint64 moved = serverCount(
            QStringLiteral("SELECT hold_id FROM holds WHERE pickup_library_id = ? AND status IS NULL AND hold_id > ? "
                           "ORDER BY hold_id LIMIT 1"),
            {m_site, middle + 1000});
        const qint64 captured = serverCount(
            QStringLiteral("SELECT hold_id FROM holds WHERE pickup_library_id = ? AND status IS NULL AND hold_id > ? "
                           "ORDER BY hold_id LIMIT 1"),
            {m_site, moved});
        QVERIFY(first && last && middle && filled && moved && captured);
        QCOMPARE(QSet<qint64>({first, last, middle, filled, moved, captured}).size(), 6);
        // (Placed first: like Koha's AUTO_INCREMENT, it gets an id no request ever had.)
        QVERIFY(big.exec(QStringLiteral("INSERT INTO holds (patron_id, biblio_id, pickup_library_id, hold_date, "
                                        "priority, timestamp, item_level) SELECT patron_id, biblio_id, ?, "
                                        "'2026-11-22', 99, '2026-11-22T10:07:00', 0 FROM holds WHERE hold_id = ?"),
                         {m_site, middle + 1}));
        const qint64 placed = serverCount(QStringLiteral("SELECT max(hold_id) FROM holds"));
        QVERIFY(placed > last);
        for (const qint64 id : {first, middle, last, filled})
            QVERIFY(big.exec(QStringLiteral("DELETE FROM holds WHERE hold_id = ?"), {id}));
        QVERIFY(big.exec(QStringLiteral("UPDATE holds SET pickup_library_id = 'CASGARE', timestamp = "
                                        "'2026-11-22T10:05:00' WHERE hold_id = ?"),
                         {moved}));
        QVERIFY(big.exec(QStringLiteral("UPDATE holds SET status = 'W', priority = 0, waiting_date = '2026-11-22', "
                                        "timestamp = '2026-11-22T10:06:00' WHERE hold_id = ?"),
                         {captured}));

        o = run(false);
        QVERIFY2(o.status.ok(), qPrintable(o.status.ok() ? QString() : o.status.error().message));
        QCOMPARE(o.report.removed, 5);
        QCOMPARE(cachedCount(siteCount, {m_site}), serverCount(siteCount, {m_site}));
        QCOMPARE(cache.holdCount(m_site).value(), cachedCount(siteCount, {m_site}));
        QCOMPARE(cache.holdCount(QStringLiteral("CASGARE")).value(),
                 cachedCount(siteCount, {QStringLiteral("CASGARE")}));
        QCOMPARE(cachedCount(QStringLiteral("SELECT count(*) FROM holds WHERE hold_id IN (?, ?, ?, ?, ?)"),
                             {first, middle, last, filled, moved}),
                 0);
        QCOMPARE(cache.database()
                     .scalar(QStringLiteral("SELECT status FROM holds WHERE hold_id = ?"), {captured})
                     .value()
                     .toString(),
                 QStringLiteral("W"));
        QCOMPARE(cachedCount(QStringLiteral("SELECT count(*) FROM holds WHERE hold_id = ?"), {placed}), 1);

        // And quiet again.
        requests = 0;
        o = run(false);
        QVERIFY(o.status.ok());
        QCOMPARE(o.report.removed, 0);
        QCOMPARE(requests, 2);
    }

    // A pick list that emptied since it was last fetched: yesterday's lines go, so that no copy is
    // pulled for a request that no longer needs it. (CASGARE, the locker bank, only holds copies
    // waiting for their patrons: nothing to pull there.)
    void anEmptyPickListReplacesTheOldOne()
    {
        const QString site = QStringLiteral("CASGARE");
        CacheStore cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("empty-pick-list.sqlite"))).ok());
        for (int i = 1; i <= 2; ++i)
            QVERIFY(cache.database()
                        .exec(QStringLiteral("INSERT INTO pick_list (site, item_id, barcode) VALUES (?, ?, ?)"),
                              {site, i, QStringLiteral("3104200000001%1").arg(i)})
                        .ok());
        SyncEngine engine(*m_rest, cache, m_clock);
        engine.setSite(site);
        std::optional<Outcome> out;
        connect(&engine, &SyncEngine::finished, this, [&out](const Status& s, const SyncReport& r) {
            out = Outcome{s, r};
        });
        engine.fullSync();
        QVERIFY(QTest::qWaitFor([&out] { return out.has_value(); }, 60000));
        QVERIFY2(out->status.ok(), qPrintable(out->status.ok() ? QString() : out->status.error().message));
        QCOMPARE(out->report.pickList, 0);
        QCOMPARE(cache.database()
                     .scalar(QStringLiteral("SELECT count(*) FROM pick_list WHERE site = ?"), {site})
                     .value()
                     .toInt(),
                 0);
    }

    void csvParsing()
    {
        // A French spreadsheet's export: BOM, semicolons, quotes, a newline inside a field.
        const QByteArray csv = "\xEF\xBB\xBF"
                               "Code-barres;Cote;Titre;Auteur;Retrait\r\n"
                               "31042000000019;R SIM;\"Le jardin; perdu\";\"Dupont, \"\"Marie\"\"\";CENTRE\r\n"
                               "31042000000027;BD HER T.3;\"Deux\nlignes\";;JMOULIN\r\n";
        auto table = sync::parseCsv(csv);
        QVERIFY(table);
        QCOMPARE(table.value().header.size(), 5);
        QCOMPARE(table.value().header[0], QStringLiteral("Code-barres"));
        QCOMPARE(table.value().rows.size(), 2);
        QCOMPARE(table.value().rows[0][2], QStringLiteral("Le jardin; perdu"));
        QCOMPARE(table.value().rows[0][3], QStringLiteral("Dupont, \"Marie\""));
        QCOMPARE(table.value().rows[1][2], QStringLiteral("Deux\nlignes"));
        QCOMPARE(table.value().lineNumbers, (QList<int>{2, 3}));
        // Windows-1252 (é = 0xE9), commas.
        auto latin = sync::parseCsv("barcode,title\n31042000000019,\xC9t\xE9 \x80\n");
        QCOMPARE(latin.value().rows[0][1], QStringLiteral("Été €"));
        QVERIFY(!sync::parseCsv("barcode\n\"never closed\n").ok());
        QVERIFY(!sync::parseCsv("").ok());
    }

    void csvBounds()
    {
        const auto refused = [](const Result<sync::CsvTable>& table) {
            return !table && table.error().code == QStringLiteral("csv.size");
        };
        // Columns: MaxCsvColumns in a row are read, one more refuses the file (with its line).
        const QByteArray columns = QByteArray("a;").repeated(sync::MaxCsvColumns - 1) + "a\n";
        auto table = sync::parseCsv("barcode\n" + columns);
        QVERIFY(table);
        QCOMPARE(table.value().rows.first().size(), sync::MaxCsvColumns);
        table = sync::parseCsv("barcode\n" + QByteArray("a;").repeated(sync::MaxCsvColumns) + "a\n");
        QVERIFY(refused(table));
        QVERIFY(table.error().message.contains(QStringLiteral("line 2")));
        // Lines: MaxCsvRows after the header are read, one more refuses the file.
        const QByteArray rows = QByteArray("1\n").repeated(sync::MaxCsvRows);
        table = sync::parseCsv("barcode\n" + rows);
        QVERIFY(table);
        QCOMPARE(table.value().rows.size(), sync::MaxCsvRows);
        QVERIFY(refused(sync::parseCsv("barcode\n" + rows + "1\n")));
        // Cells: MaxCsvCells in all (rows of 40 columns), then one row more.
        const QByteArray wide = QByteArray("a;").repeated(39) + "a\n";
        const QByteArray cells = wide.repeated(sync::MaxCsvCells / 40);
        table = sync::parseCsv("barcode\n" + cells);
        QVERIFY(table);
        QCOMPARE(table.value().rows.size() * 40, sync::MaxCsvCells);
        QVERIFY(refused(sync::parseCsv("barcode\n" + cells + wide)));
        // Bytes: MaxCsvBytes, then one more.
        QByteArray big = "barcode\n" + QByteArray(sync::MaxCsvBytes - 9, 'x') + "\n";
        QCOMPARE(big.size(), sync::MaxCsvBytes);
        QVERIFY(sync::parseCsv(big));
        big.append('x');
        QVERIFY(refused(sync::parseCsv(big)));
    }

    void csvQueueImport()
    {
        CacheStore cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("csv.sqlite"))).ok());
        const QByteArray csv = "barcode;callnumber;title;pickup;item_id\n"
                               "31042000000019;R SIM;Le jardin;CENTRE;19\n"
                               ";R ABC;No barcode;CENTRE;20\n"
                               "31042000000027;BD HER;Deux;JMOULIN;\n"
                               "31042000000019;R SIM;Twice;CENTRE;19\n"
                               "31042 00000035;X;Space;CENTRE;\n"
                               "31042000000043;X;Bad id;CENTRE;abc\n";
        auto report = sync::importQueueCsv(csv, m_site, cache);
        QVERIFY(report);
        QCOMPARE(report.value().lines, 6);
        QCOMPARE(report.value().imported, 2);
        QCOMPARE(report.value().rejected.size(), 4);
        QCOMPARE(report.value().rejected[0].line, 3);
        QCOMPARE(report.value().rejected[1].line, 5);
        QVERIFY(report.value().rejected[1].reason.contains(QStringLiteral("twice")));
        QCOMPARE(report.value().rejected[3].line, 7);
        QCOMPARE(cache.database()
                     .scalar(QStringLiteral("SELECT count(*) FROM pick_list WHERE site = ?"), {m_site})
                     .value()
                     .toInt(),
                 2);
        QCOMPARE(cache.database()
                     .scalar(QStringLiteral("SELECT b.title FROM pick_list p JOIN biblios b USING (biblio_id) WHERE "
                                            "p.barcode = '31042000000027'"))
                     .value()
                     .toString(),
                 QStringLiteral("Deux"));
        // No barcode column: refused as a whole, with a clear message, the old list kept.
        auto wrong = sync::importQueueCsv("title;cote\nA;B\n", m_site, cache);
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(QStringLiteral("barcode")));
        QCOMPARE(cache.database().scalar(QStringLiteral("SELECT count(*) FROM pick_list")).value().toInt(), 2);
    }

    void ilsDownAtStart()
    {
        CacheStore cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("other.sqlite"))).ok());
        ils::KohaRestClient rest(m_nam, m_clock);
        ils::KohaConfig c = m_rest->config();
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        rest.setConfig(c);
        SyncEngine engine(rest, cache, m_clock);
        engine.setSite(m_site);
        std::optional<Status> result;
        connect(&engine, &SyncEngine::finished, this, [&result](const Status& s, const SyncReport&) { result = s; });
        engine.syncNow();
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 10000));
        QVERIFY(!result->ok());
        QCOMPARE(engine.state(), ConnectionState::IlsUnavailable);
        QCOMPARE(cache.rowCount(QStringLiteral("holds")).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
