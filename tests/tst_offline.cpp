#include "Logging.h"
#include "desk/CaptureService.h"
#include "desk/CheckoutService.h"
#include "desk/DeskQueries.h"
#include "desk/IlsSession.h"
#include "desk/KocExport.h"
#include "desk/Privacy.h"
#include "desk/Replayer.h"
#include "ils/KohaRestClient.h"
#include "ils/Sip2Client.h"
#include "store/CacheStore.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "support/InProcessSandbox.h"
#include "support/MockClock.h"
#include "support/ScriptedSipServer.h"
#include "sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTest>

#include <csignal>

using namespace comptoir;
using namespace comptoir::desk;
using comptoir::test::InProcessSandbox;
using comptoir::test::MockClock;
using comptoir::test::ScriptedSipServer;

// Working offline: capture with provisional verdicts, the durable outbox, replay that never applies
// twice, the review list, and the .koc export.
class TestOffline : public QObject
{
    Q_OBJECT

    InProcessSandbox m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    MockClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ils::KohaRestClient> m_rest;
    std::unique_ptr<ils::Sip2Client> m_sip;
    const QString m_site = QStringLiteral("CENTRE");
    DeskIdentity m_desk{QStringLiteral("CENTRE"), QStringLiteral("accueil-1"), QStringLiteral("mdupont")};

    ils::SipConfig sipConfig(quint16 port) const { return m_sandbox.sipConfig(port); }

    static quint16 closedPort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost);
        const quint16 port = s.serverPort();
        s.close();
        return port;
    }

    CaptureResult capture(CaptureService& service, const QString& barcode)
    {
        std::optional<CaptureResult> out;
        service.checkin(barcode, [&out](CaptureResult r) { out = r; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
            return {};
        return *out;
    }

    ReplayReport replay(Outbox& outbox, ils::Sip2Client& sip)
    {
        Replayer replayer(outbox, sip, m_rest.get());
        replayer.setLocation(m_site);
        std::optional<ReplayReport> out;
        connect(&replayer, &Replayer::finished, this, [&out](const ReplayReport& r) { out = r; });
        replayer.replay();
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 60000))
            return {};
        return *out;
    }

    // Everything the ILS knows about circulation, as one fingerprint.
    QByteArray serverState()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char* sql : {"SELECT * FROM holds ORDER BY hold_id", "SELECT * FROM items ORDER BY item_id",
                                "SELECT * FROM transfers ORDER BY transfer_id"}) {
            QSqlQuery q(m_sandbox.circulation->database());
            q.exec(QLatin1String(sql));
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i) {
                    hash.addData(q.value(i).toString().toUtf8());
                    hash.addData(QByteArrayView("\x1f"));
                }
        }
        return hash.result();
    }

    QString pendingForSite()
    {
        // A pending title-level request at the head of its queue, to be picked up here, with a copy
        // on this site's pick list.
        return m_sandbox
            .scalar(
                QStringLiteral("SELECT q.barcode FROM (SELECT i.external_id AS barcode, h.hold_id FROM holds h "
                               "JOIN items i ON i.biblio_id = h.biblio_id WHERE h.status IS NULL AND h.priority = "
                               "1 AND h.item_id IS NULL AND h.pickup_library_id = ? AND i.holding_library_id = ? "
                               "AND i.checked_out_patron_id IS NULL AND i.withdrawn = 0 AND i.item_id NOT IN "
                               "(SELECT item_id FROM holds WHERE item_id IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM "
                               "holds o WHERE o.biblio_id = h.biblio_id AND o.item_id IS NOT NULL AND o.status IS "
                               "NULL)) q ORDER BY q.hold_id LIMIT 1"),
                {m_site, m_site})
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        InProcessSandbox::Size size;
        size.items = 9000;
        size.holds = 4000;
        QVERIFY(m_sandbox.start(size));
        m_cache = std::make_unique<CacheStore>();
        QVERIFY(m_cache->open(m_dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        m_outbox = std::make_unique<Outbox>(m_clock);
        QVERIFY(m_outbox->open(m_dir.filePath(QStringLiteral("outbox.sqlite"))).ok());
        m_rest = std::make_unique<ils::KohaRestClient>(m_nam, m_clock);
        m_rest->setConfig(m_sandbox.restConfig());
        m_sip = std::make_unique<ils::Sip2Client>(m_clock);
        m_sip->setConfig(sipConfig(m_sandbox.sipPort));
        // The cache, as a morning sync leaves it.
        sync::SyncEngine engine(*m_rest, *m_cache, m_clock);
        engine.setSite(m_site);
        bool done = false;
        connect(&engine, &sync::SyncEngine::finished, this, [&done](const Status& s, const sync::SyncReport&) {
            QVERIFY(s.ok());
            done = true;
        });
        engine.syncNow();
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 30000));
    }

    void cleanupTestCase()
    {
        m_sip.reset();
        m_sandbox.stop();
    }

    void onlineCaptureGivesTheIlsVerdict()
    {
        const QString barcode = pendingForSite();
        QVERIFY(!barcode.isEmpty());
        CaptureService service(*m_outbox, *m_cache, *m_sip, m_clock, m_desk);
        const CaptureResult r = capture(service, barcode);
        QVERIFY(r.recorded);
        QVERIFY(!r.provisional);
        QCOMPARE(r.verdict.kind, VerdictKind::HoldHere);
        QCOMPARE(r.outcome.alert, QStringLiteral("01"));
        // The banner shows the patron as the privacy setting allows (abbreviated by default).
        const QString surname = r.outcome.holdPatronName.section(QLatin1Char(','), 0, 0).trimmed();
        QVERIFY(!surname.isEmpty());
        QVERIFY2(!r.verdict.detail.contains(surname, Qt::CaseSensitive), qPrintable(r.verdict.detail));
        QVERIFY(r.verdict.detail.contains(
            desk::displayName(r.outcome.holdPatronName, QString(), desk::NameDisplay::Abbreviated)));
        QCOMPARE(m_outbox->find(r.actionUuid).value().state, OutboxAction::State::Acknowledged);
        QCOMPARE(m_outbox->find(r.actionUuid).value().staff, QStringLiteral("mdupont"));
        // The running client never logs the patron it just handled.
        QVERIFY2(!logging::redact(QStringLiteral("hold for ") + r.outcome.holdPatronName).contains(surname),
                 qPrintable(logging::redact(r.outcome.holdPatronName)));
        // Unknown barcode: a clear refusal, kept for review.
        const CaptureResult unknown = capture(service, QStringLiteral("31042999999999"));
        QCOMPARE(unknown.verdict.kind, VerdictKind::Error);
        QVERIFY(!unknown.verdict.detail.isEmpty());
        QCOMPARE(m_outbox->find(unknown.actionUuid).value().state, OutboxAction::State::Review);
    }

    // The tag's security after a check-in is what the ILS's answer asks (10, fixed field
    // "resensitize"), not a rule of the desk: the training library answers as Koha does (Y for every
    // item it knows, a request captured included; N for a barcode it does not know). An ILS that
    // answers N gets the tag left as it is, and the verdict says so.
    void checkinSecuresAsTheIlsAsks()
    {
        using Flag = ils::CheckinOutcome::Resensitize;
        Outbox outbox(m_clock);
        QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("resensitize.sqlite"))).ok());
        CaptureService service(outbox, *m_cache, *m_sip, m_clock, m_desk);
        const QString barcode = pendingForSite();
        QVERIFY(!barcode.isEmpty());
        const CaptureResult hold = capture(service, barcode);
        QCOMPARE(hold.verdict.kind, VerdictKind::HoldHere);
        QCOMPARE(hold.outcome.resensitize, Flag::Yes);
        QVERIFY(hold.secure);
        const CaptureResult unknown = capture(service, QStringLiteral("31042999999999"));
        QCOMPARE(unknown.outcome.resensitize, Flag::No);
        QVERIFY(!unknown.secure);

        // Another ILS, played on loopback: the same check-in answered with each flag.
        ScriptedSipServer server;
        QVERIFY(server.start());
        QByteArray fixed;
        server.answer = [&fixed](const sip2::Message& r) -> QList<QByteArray> {
            if (r.id != "09")
                return {};
            return {ScriptedSipServer::reply(
                r, "10", fixed + "20261122    100000",
                {{"AO", "CENTRE"}, {"AB", r.field("AB")}, {"AQ", "CENTRE"}, {"AJ", "Le Petit Prince"}})};
        };
        ils::Sip2Client other(m_clock);
        other.setConfig(sipConfig(server.port()));
        CaptureService elsewhere(outbox, *m_cache, other, m_clock, m_desk);
        struct Case
        {
            QByteArray fixed;
            Flag flag;
            bool secure, told;
        };
        for (const Case& c : {Case{"1YNN", Flag::Yes, true, false}, Case{"1NYN", Flag::No, false, true},
                              Case{"1UUN", Flag::Unknown, true, false}, Case{"0YNY", Flag::Yes, true, false},
                              Case{"0NUY", Flag::No, false, false}}) {
            fixed = c.fixed;
            const CaptureResult r = capture(elsewhere, QStringLiteral("31042000000019"));
            QVERIFY2(r.recorded && !r.provisional, c.fixed.constData());
            QCOMPARE(r.outcome.resensitize, c.flag);
            QVERIFY2(r.secure == c.secure, c.fixed.constData());
            QVERIFY2(r.verdict.detail.contains(QStringLiteral("security")) == c.told,
                     qPrintable(QString::fromLatin1(c.fixed) + QStringLiteral(": ") + r.verdict.detail));
        }

        // Offline (nobody answers): the item is back in the library, it is secured.
        ils::Sip2Client down(m_clock);
        down.setConfig(sipConfig(closedPort()));
        CaptureService offline(outbox, *m_cache, down, m_clock, m_desk);
        const CaptureResult provisional = capture(offline, QStringLiteral("31042000000019"));
        QVERIFY(provisional.provisional);
        QVERIFY(provisional.secure);
    }

    void clickAndCollectGoesInTheBag()
    {
        // Make a two-request order of a pending request here (and another of the same patron),
        // let the cache learn it, then capture its item: it goes in the order's bag.
        const QString barcode = pendingForSite();
        QVERIFY(!barcode.isEmpty());
        const QVariant hold = m_sandbox.scalar(
            QStringLiteral(
                "SELECT h.hold_id FROM holds h JOIN items i ON i.biblio_id = h.biblio_id WHERE i.external_id = ? "
                "AND h.status IS NULL AND h.priority = 1 AND h.pickup_library_id = ?"),
            {barcode, m_site});
        const QVariant patron =
            m_sandbox.scalar(QStringLiteral("SELECT patron_id FROM holds WHERE hold_id = ?"), {hold});
        const QVariant other = m_sandbox.scalar(QStringLiteral(
            "SELECT biblio_id FROM biblios WHERE biblio_id NOT IN (SELECT biblio_id FROM holds) LIMIT 1"));
        QVERIFY(
            m_sandbox.exec(QStringLiteral("UPDATE holds SET hold_group_id = 4242, timestamp = '2026-11-22T10:30:00' "
                                          "WHERE hold_id = ?"),
                           {hold}));
        QVERIFY(m_sandbox.exec(QStringLiteral("INSERT INTO holds (patron_id, biblio_id, pickup_library_id, hold_date, "
                                              "priority, timestamp, item_level, hold_group_id) VALUES (?, ?, ?, "
                                              "'2026-11-22', 1, '2026-11-22T10:30:00', 0, 4242)"),
                               {patron, other, m_site}));
        sync::SyncEngine engine(*m_rest, *m_cache, m_clock);
        engine.setSite(m_site);
        bool done = false;
        connect(&engine, &sync::SyncEngine::finished, this, [&done](const Status& s, const sync::SyncReport&) {
            QVERIFY(s.ok());
            done = true;
        });
        engine.syncNow();
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 30000));
        CaptureService service(*m_outbox, *m_cache, *m_sip, m_clock, m_desk);
        const CaptureResult r = capture(service, barcode);
        QVERIFY2(r.verdict.kind == VerdictKind::Bag,
                 qPrintable(r.verdict.title + QStringLiteral(" / ") + r.verdict.detail));
        QCOMPARE(r.bagOrder, 4242);
        QCOMPARE(r.bagGathered, 1);
        QCOMPARE(r.bagTotal, 2);
        QVERIFY(r.verdict.title.contains(QStringLiteral("4242")));
        // Right after the capture, before any sync: the click & collect list and the hold shelf
        // say the same as the verdict (one query answers all three).
        DeskQueries queries(*m_cache);
        QCOMPARE(queries.orderProgress(4242).value().gathered, 1);
        QCOMPARE(queries.orderProgress(4242).value().total, 2);
        int waitingInOrder = 0;
        for (const OrderHold& h : queries.orderHolds(m_site).value())
            waitingInOrder += h.order == 4242 && h.waiting;
        QCOMPARE(waitingInOrder, 1);
        bool onShelf = false;
        for (const ShelfHold& h : queries.holdShelf(m_site).value())
            onShelf = onShelf || (h.barcode == barcode && h.order == 4242);
        QVERIFY(onShelf);
        // A second capture of the same item counts it once.
        const CaptureResult again = capture(service, barcode);
        QCOMPARE(queries.orderProgress(4242).value().gathered, 1);
        Q_UNUSED(again);
    }

    void offlineCaptureIsProvisionalThenReplayed()
    {
        const QString barcode = pendingForSite();
        QVERIFY(!barcode.isEmpty());
        QCOMPARE(m_cache->database()
                     .scalar(QStringLiteral("SELECT count(*) FROM pick_list WHERE barcode = ?"), {barcode})
                     .value()
                     .toInt(),
                 1);
        ils::Sip2Client down(m_clock);
        down.setConfig(sipConfig(closedPort()));
        CaptureService service(*m_outbox, *m_cache, down, m_clock, m_desk);
        const CaptureResult r = capture(service, barcode);
        QVERIFY(r.recorded);
        QVERIFY(r.provisional);
        QCOMPARE(r.verdict.kind, VerdictKind::Provisional);
        QVERIFY(r.verdict.title.contains(QStringLiteral("hold shelf")));
        QCOMPARE(m_outbox->find(r.actionUuid).value().state, OutboxAction::State::Pending);
        // The ILS is back: the replay applies it, and the request is now waiting.
        const ReplayReport report = replay(*m_outbox, *m_sip);
        QVERIFY(report.status.ok());
        QCOMPARE(report.applied, 1);
        QCOMPARE(report.remaining, 0);
        QCOMPARE(m_outbox->find(r.actionUuid).value().state, OutboxAction::State::Acknowledged);
        QCOMPARE(m_sandbox
                     .scalar(QStringLiteral("SELECT status FROM holds WHERE item_id = (SELECT item_id FROM items WHERE "
                                            "external_id = ?)"),
                             {barcode})
                     .toString(),
                 QStringLiteral("W"));
    }

    // The verdicts of alerts 02 and 04 both send the item away, but not for the same reason nor
    // with the same slip: requested and to be picked up there ("Transit to", the pickup library),
    // or simply going back to its own library ("Send to", its home library).
    void transitVerdictsSayWhereAndWhy()
    {
        const QString requested =
            m_sandbox
                .scalar(
                    QStringLiteral(
                        "SELECT i.external_id FROM holds h JOIN items i ON i.biblio_id = h.biblio_id WHERE h.status IS "
                        "NULL AND h.priority = 1 AND h.item_id IS NULL AND h.pickup_library_id <> ? AND "
                        "i.holding_library_id = ? AND i.checked_out_patron_id IS NULL AND i.item_id NOT IN (SELECT "
                        "item_id FROM holds WHERE item_id IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM holds o WHERE "
                        "o.biblio_id = h.biblio_id AND o.item_id IS NOT NULL AND o.status IS NULL) LIMIT 1 OFFSET 2"),
                    {m_site, m_site})
                .toString();
        const QString goesHome =
            m_sandbox
                .scalar(QStringLiteral("SELECT external_id FROM items WHERE home_library_id <> ? AND "
                                       "checked_out_patron_id IS NOT NULL AND biblio_id NOT IN (SELECT biblio_id FROM "
                                       "holds) AND item_id NOT IN (SELECT item_id FROM transfers) LIMIT 1 OFFSET 2"),
                        {m_site})
                .toString();
        QVERIFY(!requested.isEmpty() && !goesHome.isEmpty());
        CaptureService service(*m_outbox, *m_cache, *m_sip, m_clock, m_desk);

        const CaptureResult transit = capture(service, requested);
        QCOMPARE(transit.outcome.alert, QStringLiteral("02"));
        const QString pickup =
            m_sandbox
                .scalar(QStringLiteral("SELECT pickup_library_id FROM holds WHERE item_id = (SELECT item_id FROM items "
                                       "WHERE external_id = ?)"),
                        {requested})
                .toString();
        QVERIFY(!pickup.isEmpty() && pickup != m_site);
        QVERIFY(service.libraryName(pickup) != pickup); // the library's name, from the cache
        QCOMPARE(transit.verdict.kind, VerdictKind::Transit);
        QCOMPARE(transit.destination, pickup);
        QCOMPARE(transit.verdict.title, QStringLiteral("Transit to %1").arg(service.libraryName(pickup)));
        QVERIFY2(transit.verdict.detail.startsWith(QStringLiteral("Requested, to be picked up there")),
                 qPrintable(transit.verdict.detail));

        const CaptureResult home = capture(service, goesHome);
        QCOMPARE(home.outcome.alert, QStringLiteral("04"));
        const QString library =
            m_sandbox.scalar(QStringLiteral("SELECT home_library_id FROM items WHERE external_id = ?"), {goesHome})
                .toString();
        QCOMPARE(home.verdict.kind, VerdictKind::Transit);
        QCOMPARE(home.destination, library);
        QCOMPARE(home.verdict.title, QStringLiteral("Send to %1").arg(service.libraryName(library)));
        QVERIFY2(home.verdict.detail.startsWith(QStringLiteral("No request: it goes back to its library")),
                 qPrintable(home.verdict.detail));
    }

    // Actions on one item depend on each other: recorded offline, a checkout then a check-in of
    // the same item, and a check-in of a loan then its checkout to another patron. Replayed in the
    // order they were made, the library system ends as the desk left things.
    void replayKeepsTheOrderOfDependentActions()
    {
        Outbox outbox(m_clock);
        QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("order.sqlite"))).ok());
        const QString card = m_sandbox
                                 .scalar(QStringLiteral("SELECT cardnumber FROM patrons WHERE restricted = 0 AND "
                                                        "expiry_date > '2026-11-22' ORDER BY patron_id LIMIT 1 "
                                                        "OFFSET 3"))
                                 .toString();
        const QString lentAndBack =
            m_sandbox
                .scalar(
                    QStringLiteral("SELECT external_id FROM items WHERE home_library_id = ? AND holding_library_id = "
                                   "? AND checked_out_patron_id IS NULL AND withdrawn = 0 AND lost_status = 0 AND "
                                   "not_for_loan_status = 0 AND biblio_id NOT IN (SELECT biblio_id FROM holds) "
                                   "AND item_id NOT IN (SELECT item_id FROM transfers) LIMIT 1 OFFSET 3"),
                    {m_site, m_site})
                .toString();
        const QString backAndLent =
            m_sandbox
                .scalar(QStringLiteral("SELECT i.external_id FROM items i JOIN patrons p ON p.patron_id = "
                                       "i.checked_out_patron_id WHERE i.home_library_id = ? AND p.cardnumber <> ? AND "
                                       "i.withdrawn = 0 AND i.lost_status = 0 AND i.not_for_loan_status = 0 AND "
                                       "i.biblio_id NOT IN (SELECT biblio_id FROM holds) AND i.item_id NOT IN (SELECT "
                                       "item_id FROM transfers) LIMIT 1 OFFSET 3"),
                        {m_site, card})
                .toString();
        QVERIFY(!card.isEmpty() && !lentAndBack.isEmpty() && !backAndLent.isEmpty());

        ils::Sip2Client down(m_clock);
        down.setConfig(sipConfig(closedPort()));
        CaptureService desk(outbox, *m_cache, down, m_clock, m_desk);
        CheckoutService lending(outbox, down);
        lending.setDesk(QStringLiteral("accueil-1"), QStringLiteral("mdupont"));
        auto lend = [&](const QString& barcode) {
            std::optional<CheckoutResult> out;
            lending.checkout(card, barcode, [&out](CheckoutResult r) { out = r; });
            m_clock.advance(1000);
            return QTest::qWaitFor([&out] { return out.has_value(); }, 20000) && out->provisional;
        };
        QVERIFY(lend(lentAndBack));
        QVERIFY(capture(desk, lentAndBack).provisional);
        m_clock.advance(1000);
        QVERIFY(capture(desk, backAndLent).provisional);
        m_clock.advance(1000);
        QVERIFY(lend(backAndLent));
        QCOMPARE(outbox.count(OutboxAction::State::Pending).value(), 4);

        m_sandbox.sip->clearJournal();
        const ReplayReport report = replay(outbox, *m_sip);
        QVERIFY(report.status.ok());
        QCOMPARE(report.applied, 4);
        QCOMPARE(report.alreadyApplied, 0);
        QCOMPARE(report.review, 0);
        QStringList sent;
        for (const QByteArray& entry : m_sandbox.sip->journal())
            if (entry.startsWith("09 ") || entry.startsWith("11 "))
                sent << QString::fromUtf8(entry).trimmed();
        QCOMPARE(sent, (QStringList{QStringLiteral("11 %1 %2").arg(lentAndBack, card),
                                    QStringLiteral("09 %1").arg(lentAndBack), QStringLiteral("09 %1").arg(backAndLent),
                                    QStringLiteral("11 %1 %2").arg(backAndLent, card)}));
        QVERIFY(m_sandbox
                    .scalar(QStringLiteral("SELECT checked_out_patron_id IS NULL FROM items WHERE external_id = ?"),
                            {lentAndBack})
                    .toBool());
        QCOMPARE(m_sandbox
                     .scalar(QStringLiteral("SELECT p.cardnumber FROM items i JOIN patrons p ON p.patron_id = "
                                            "i.checked_out_patron_id WHERE i.external_id = ?"),
                             {backAndLent})
                     .toString(),
                 card);
    }

    void replayStopsWhenTheIlsGoesAwayAgain()
    {
        Outbox outbox(m_clock);
        QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("away.sqlite"))).ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(outbox
                        .append({0,
                                 {},
                                 {},
                                 action::Checkin,
                                 QJsonObject{{QStringLiteral("barcode"), QStringLiteral("3104200000001%1").arg(i)}},
                                 QStringLiteral("w"),
                                 QStringLiteral("s")})
                        .ok());
        ils::Sip2Client down(m_clock);
        down.setConfig(sipConfig(closedPort()));
        const ReplayReport report = replay(outbox, down);
        QVERIFY(!report.status.ok());
        QCOMPARE(report.remaining, 3);
        QCOMPARE(outbox.count(OutboxAction::State::Pending).value(), 3);
    }

    // An action the desk has sent and still waits an answer for is left alone by the replay (the
    // desk's answer settles it): never a second copy of it from the replay.
    void replayLeavesWhatTheDeskStillWaitsFor()
    {
        Outbox outbox(m_clock);
        QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("in-flight.sqlite"))).ok());
        const QStringList items =
            m_sandbox
                .scalar(QStringLiteral("SELECT group_concat(external_id) FROM (SELECT external_id FROM items WHERE "
                                       "home_library_id = ? AND checked_out_patron_id IS NOT NULL AND biblio_id NOT IN "
                                       "(SELECT biblio_id FROM holds) AND item_id NOT IN (SELECT item_id FROM "
                                       "transfers) LIMIT 2 OFFSET 5)"),
                        {m_site})
                .toString()
                .split(QLatin1Char(','));
        QCOMPARE(items.size(), 2);
        QStringList uuids;
        for (const QString& item : items) {
            auto added = outbox.append({0,
                                        {},
                                        {},
                                        action::Checkin,
                                        {{QStringLiteral("barcode"), item}, {QStringLiteral("location"), m_site}},
                                        QStringLiteral("accueil-1"),
                                        QStringLiteral("mdupont")});
            QVERIFY(added);
            uuids << added.value().uuid;
        }
        Replayer replayer(outbox, *m_sip, m_rest.get());
        replayer.setLocation(m_site);
        const QString waiting = uuids[0];
        replayer.setInFlight([waiting](const QString& uuid) { return uuid == waiting; });
        std::optional<ReplayReport> report;
        connect(&replayer, &Replayer::finished, this, [&report](const ReplayReport& r) { report = r; });
        m_sandbox.sip->clearJournal();
        replayer.replay();
        QVERIFY(QTest::qWaitFor([&report] { return report.has_value(); }, 60000));
        QVERIFY(report->status.ok());
        QCOMPARE(report->applied, 1);
        QCOMPARE(report->remaining, 1);
        QCOMPARE(outbox.find(uuids[0]).value().state, OutboxAction::State::Pending);
        QCOMPARE(outbox.find(uuids[1]).value().state, OutboxAction::State::Acknowledged);
        for (const QByteArray& entry : m_sandbox.sip->journal())
            QVERIFY2(!entry.contains(items[0].toUtf8()), entry.constData());
    }

    void replayingTwiceChangesNothingTheSecondTime()
    {
        Outbox outbox(m_clock);
        const QString path = m_dir.filePath(QStringLiteral("twice.sqlite"));
        QVERIFY(outbox.open(path).ok());
        // A morning offline: captures of every kind, a pickup, a cancellation, a not-found.
        const QString here = pendingForSite();
        const QString elsewhere =
            m_sandbox
                .scalar(
                    QStringLiteral(
                        "SELECT i.external_id FROM holds h JOIN items i ON i.biblio_id = h.biblio_id WHERE h.status IS "
                        "NULL AND h.priority = 1 AND h.item_id IS NULL AND h.pickup_library_id <> ? AND "
                        "i.holding_library_id = ? AND i.checked_out_patron_id IS NULL AND i.item_id NOT IN (SELECT "
                        "item_id FROM holds WHERE item_id IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM holds o WHERE "
                        "o.biblio_id = h.biblio_id AND o.item_id IS NOT NULL AND o.status IS NULL) LIMIT 1"),
                    {m_site, m_site})
                .toString();
        const QString goesHome =
            m_sandbox
                .scalar(QStringLiteral("SELECT external_id FROM items WHERE home_library_id <> ? AND "
                                       "checked_out_patron_id IS NOT NULL AND biblio_id NOT IN (SELECT biblio_id FROM "
                                       "holds) AND item_id NOT IN (SELECT item_id FROM transfers) LIMIT 1"),
                        {m_site})
                .toString();
        const QString reshelve =
            m_sandbox
                .scalar(QStringLiteral("SELECT external_id FROM items WHERE home_library_id = ? AND "
                                       "checked_out_patron_id IS NOT NULL AND biblio_id NOT IN (SELECT biblio_id FROM "
                                       "holds) AND item_id NOT IN (SELECT item_id FROM transfers) LIMIT 1"),
                        {m_site})
                .toString();
        const QVariantList waiting = {
            m_sandbox.scalar(QStringLiteral("SELECT p.cardnumber FROM holds h JOIN patrons p USING (patron_id) WHERE "
                                            "h.status = 'W' AND h.pickup_library_id = ? AND p.restricted = 0 AND "
                                            "p.expiry_date > '2026-11-22' ORDER BY h.hold_id LIMIT 1"),
                             {m_site}),
            m_sandbox.scalar(QStringLiteral("SELECT i.external_id FROM holds h JOIN patrons p USING (patron_id) JOIN "
                                            "items i ON i.item_id = h.item_id WHERE h.status = 'W' AND "
                                            "h.pickup_library_id = ? AND p.restricted = 0 AND p.expiry_date > "
                                            "'2026-11-22' ORDER BY h.hold_id LIMIT 1"),
                             {m_site})};
        const qint64 toCancel =
            m_sandbox
                .scalar(QStringLiteral("SELECT hold_id FROM holds WHERE status IS NULL ORDER BY hold_id DESC LIMIT 1"))
                .toLongLong();
        for (const QString& b : {here, elsewhere, goesHome, reshelve})
            QVERIFY2(!b.isEmpty(), "test data");
        auto add = [&](const QString& kind, const QJsonObject& payload) {
            m_clock.advance(1000);
            return outbox.append({0, {}, {}, kind, payload, QStringLiteral("accueil-1"), QStringLiteral("mdupont")})
                .ok();
        };
        for (const QString& b : {here, elsewhere, goesHome, reshelve})
            QVERIFY(add(action::Checkin, {{QStringLiteral("barcode"), b}, {QStringLiteral("location"), m_site}}));
        QVERIFY(add(action::Checkout, {{QStringLiteral("card"), waiting[0].toString()},
                                       {QStringLiteral("barcode"), waiting[1].toString()}}));
        QVERIFY(add(action::CancelHold, {{QStringLiteral("hold_id"), toCancel}}));
        QVERIFY(add(action::NotFound,
                    {{QStringLiteral("barcode"), here}, {QStringLiteral("reason"), QStringLiteral("absent")}}));
        // The same outbox, copied before the first replay.
        const QString copyPath = m_dir.filePath(QStringLiteral("twice-copy.sqlite"));
        QVERIFY(outbox.database().exec(QStringLiteral("VACUUM INTO ?"), {copyPath}).ok());

        const QByteArray before = serverState();
        ReplayReport first = replay(outbox, *m_sip);
        QVERIFY(first.status.ok());
        QCOMPARE(first.applied, 7);
        QCOMPARE(first.alreadyApplied, 0);
        QCOMPARE(first.review, 0);
        const QByteArray afterFirst = serverState();
        QVERIFY(afterFirst != before);
        QCOMPARE(m_sandbox
                     .scalar(QStringLiteral("SELECT status FROM holds WHERE item_id = (SELECT item_id FROM items WHERE "
                                            "external_id = ?)"),
                             {elsewhere})
                     .toString(),
                 QStringLiteral("T"));

        Outbox copy(m_clock);
        QVERIFY(copy.open(copyPath).ok());
        QCOMPARE(copy.count(OutboxAction::State::Pending).value(), 7);
        ReplayReport second = replay(copy, *m_sip);
        QVERIFY(second.status.ok());
        QCOMPARE(second.alreadyApplied, 6);
        QCOMPARE(second.applied, 1); // the not-found report, which only Comptoir keeps
        QCOMPARE(second.review, 0);
        QCOMPARE(serverState(), afterFirst);
    }

    void refusalsGoToReviewWithTheReason()
    {
        Outbox outbox(m_clock);
        QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("review.sqlite"))).ok());
        const QString blocked =
            m_sandbox.scalar(QStringLiteral("SELECT cardnumber FROM patrons WHERE restricted = 1 LIMIT 1")).toString();
        const QString free =
            m_sandbox
                .scalar(QStringLiteral("SELECT external_id FROM items WHERE checked_out_patron_id IS "
                                       "NULL AND biblio_id NOT IN (SELECT biblio_id FROM holds) LIMIT 1"))
                .toString();
        auto added = outbox.append({0,
                                    {},
                                    {},
                                    action::Checkout,
                                    {{QStringLiteral("card"), blocked}, {QStringLiteral("barcode"), free}},
                                    QStringLiteral("w"),
                                    QStringLiteral("s")});
        QVERIFY(added);
        const ReplayReport report = replay(outbox, *m_sip);
        QCOMPARE(report.review, 1);
        const OutboxAction a = outbox.find(added.value().uuid).value();
        QCOMPARE(a.state, OutboxAction::State::Review);
        QVERIFY(a.lastError.contains(QStringLiteral("bloqué")));
        // Staff may retry it or discard it; it never disappears.
        QVERIFY(outbox.discard(a.uuid, QStringLiteral("supervisor")).ok());
        QCOMPARE(outbox.find(a.uuid).value().state, OutboxAction::State::Discarded);
    }

    void sipOnlyProfile()
    {
        // An ILS without REST: the pick list from a CSV export, transactions through SIP2.
        const QString barcode = pendingForSite();
        QVERIFY(!barcode.isEmpty());
        const QString csvPath = m_dir.filePath(QStringLiteral("queue.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Code-barres;Cote;Titre;Retrait\n" + barcode.toUtf8() + ";R TEST;Un titre;CENTRE\n");
        csv.close();
        LocalStore store(m_dir.filePath(QStringLiteral("sip-only")), m_clock);
        QVERIFY(store.open());
        desk::ConnectionSettings s;
        s.sipHost = QStringLiteral("127.0.0.1");
        s.sipPort = m_sandbox.sipPort;
        s.sipLogin = QStringLiteral("centre");
        s.site = m_site;
        s.queueFile = csvPath;
        QVERIFY(s.sipOnly());
        QVERIFY(s.isComplete());
        desk::IlsSession session(m_nam, store, m_clock);
        session.configure(s, {QString(), QStringLiteral("formation")});
        std::optional<sync::CsvImportReport> imported;
        connect(&session, &desk::IlsSession::queueImported, this,
                [&imported](const sync::CsvImportReport& r) { imported = r; });
        session.start(60);
        QVERIFY(imported.has_value());
        QCOMPARE(imported->imported, 1);
        QVERIFY(QTest::qWaitFor([&session] { return session.state() == ConnectionState::Online; }, 10000));
        const CaptureResult r = capture(session.capture(), barcode);
        QVERIFY2(r.verdict.kind == VerdictKind::HoldHere,
                 qPrintable(r.verdict.title + QStringLiteral(": ") + r.verdict.detail));
        // Two connections for one counter: the desk's scans, and the background's checks and replay.
        QCOMPARE(session.sip().connects(), 1);
        QCOMPARE(session.backgroundSip().connects(), 1);
        // The SIP2 server goes away: the CSV's pick list still gives a provisional verdict.
        ils::SipConfig down = sipConfig(closedPort());
        session.sip().setConfig(down);
        session.backgroundSip().setConfig(down);
        const QString other =
            m_sandbox
                .scalar(QStringLiteral("SELECT external_id FROM items WHERE item_id NOT IN (SELECT "
                                       "item_id FROM holds WHERE item_id IS NOT NULL) LIMIT 1 OFFSET 77"))
                .toString();
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("barcode;title;pickup\n" + other.toUtf8() + ";Autre;JMOULIN\n");
        csv.close();
        session.refreshNow();
        QVERIFY(QTest::qWaitFor([&session] { return session.state() == ConnectionState::IlsUnavailable; }, 10000));
        const CaptureResult offline = capture(session.capture(), other);
        QVERIFY(offline.provisional);
        QVERIFY2(offline.verdict.title.contains(QStringLiteral("JMOULIN")), qPrintable(offline.verdict.title));
    }

    void privacyForms()
    {
        using desk::NameDisplay;
        QCOMPARE(desk::displayName(QStringLiteral("Dupont, Marie"), QStringLiteral("0017"), NameDisplay::Full),
                 QStringLiteral("Marie Dupont"));
        QCOMPARE(desk::displayName(QStringLiteral("Dupont, Marie"), QStringLiteral("0017"), NameDisplay::Abbreviated),
                 QStringLiteral("DUP… M."));
        QCOMPARE(desk::displayName(QStringLiteral("Roy, Élise"), QStringLiteral("0017"), NameDisplay::Abbreviated),
                 QStringLiteral("ROY É."));
        QCOMPARE(desk::displayName(QStringLiteral("Dupont, Marie"), QStringLiteral("0017"), NameDisplay::CodeOnly),
                 QStringLiteral("0017"));
        QCOMPARE(desk::displayName(QString(), QStringLiteral("0017"), NameDisplay::Abbreviated),
                 QStringLiteral("0017"));
        QCOMPARE(desk::pickupCode(QStringLiteral("21042000000017")), QStringLiteral("0017"));
        QCOMPARE(desk::nameDisplayFromSetting(QStringLiteral("full")), NameDisplay::Full);
        QCOMPARE(desk::nameDisplayFromSetting(QStringLiteral("nonsense")), NameDisplay::Abbreviated);
    }

    void kocExport()
    {
        QList<OutboxAction> actions;
        auto make = [](const QString& kind, const QJsonObject& payload, const QDateTime& at) {
            OutboxAction a;
            a.kind = kind;
            a.payload = payload;
            a.createdAt = at;
            return a;
        };
        const QDateTime t(QDate(2026, 11, 22), QTime(14, 5, 7, 42), QTimeZone::utc());
        actions << make(action::Checkin, {{QStringLiteral("barcode"), QStringLiteral("31042000000019")}}, t.addSecs(60))
                << make(action::Checkout,
                        {{QStringLiteral("card"), QStringLiteral("21042000000017")},
                         {QStringLiteral("barcode"), QStringLiteral("31042000000027")}},
                        t)
                << make(action::NotFound, {{QStringLiteral("barcode"), QStringLiteral("31042000000035")}}, t);
        const KocFile koc = exportKoc(actions, QStringLiteral("0.1.0"));
        QCOMPARE(koc.issues, 1);
        QCOMPARE(koc.returns, 1);
        QCOMPARE(koc.skipped, 1);
        QCOMPARE(koc.bytes, QByteArray("Version=1.0\tGenerator=Comptoir\tGeneratorVersion=0.1.0\n"
                                       "2026-11-22 14:05:07 042\tissue\t21042000000017\t31042000000027\n"
                                       "2026-11-22 14:06:07 042\treturn\t31042000000019\n"));
        // Every record line has the shape process_koc.pl splits on.
        const QList<QByteArray> lines = koc.bytes.split('\n');
        for (const QByteArray& line : lines.mid(1)) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> columns = line.split('\t');
            QVERIFY(columns.size() == 3 || columns.size() == 4);
            QCOMPARE(columns[0].split(' ').size(), 3);
        }
    }

    // A child process appends and is killed with SIGKILL at random points: every action it reported
    // as confirmed is in the outbox afterwards, and the outbox opens cleanly.
    void durabilityUnderSigkill()
    {
        const QString path = m_dir.filePath(QStringLiteral("durable.sqlite"));
        QSet<QString> confirmed;
        QRandomGenerator random(2026);
        const int rounds = qEnvironmentVariableIntValue("COMPTOIR_DURABILITY_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("COMPTOIR_DURABILITY_ROUNDS")
                               : 200;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(OUTBOX_WRITER), {path});
            QVERIFY(writer.waitForStarted());
            QVERIFY(writer.waitForReadyRead(10000));
            QTest::qWait(random.bounded(1, 40));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            for (const QByteArray& line : writer.readAllStandardOutput().split('\n'))
                if (line.startsWith("confirmed "))
                    confirmed.insert(QString::fromLatin1(line.mid(10)));
        }
        QVERIFY(confirmed.size() > rounds);
        Outbox outbox(m_clock);
        QVERIFY(outbox.open(path).ok());
        QCOMPARE(outbox.database().scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(),
                 QStringLiteral("ok"));
        QSet<QString> stored;
        const auto pending = outbox.list(OutboxAction::State::Pending);
        QVERIFY(pending.ok());
        for (const OutboxAction& a : pending.value())
            stored.insert(a.uuid);
        for (const QString& uuid : confirmed)
            QVERIFY2(stored.contains(uuid), qPrintable(uuid));
        qInfo("durability: %d rounds, %lld confirmed actions, %lld stored", rounds, qint64(confirmed.size()),
              qint64(stored.size()));
    }
};

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
