#include "desk/Actions.h"
#include "desk/IlsSession.h"
#include "ils/Sip2Client.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "support/InProcessSandbox.h"
#include "support/MockClock.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace comptoir;
using namespace comptoir::desk;
using comptoir::test::InProcessSandbox;
using comptoir::test::MockClock;

// The fault matrix: every fault the training library can inject, switched on before the first
// action or in the middle of a run, landing on a request (lost or answered 96 before the library
// system sees it) or on an answer (lost, garbled, or never sent after the library system applied
// the request). Whatever happens, no state-changing SIP2 message reaches the library system twice,
// the outbox ends with nothing pending and nothing to review, and the library system's state is
// the one the desk's actions describe.
class TestFaults : public QObject
{
    Q_OBJECT

    InProcessSandbox m_sandbox;
    QNetworkAccessManager m_nam;
    MockClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
    QString m_card;
    int m_row = 0;

    ConnectionSettings settings() const
    {
        ConnectionSettings s;
        s.restUrl = m_sandbox.baseUrl();
        s.restUser = sandbox::KohaRestServer::DefaultLogin;
        s.sipHost = QStringLiteral("127.0.0.1");
        s.sipPort = m_sandbox.sipPort;
        s.sipLogin = QStringLiteral("centre");
        s.institution = QStringLiteral("CENTRE");
        s.site = QStringLiteral("CENTRE");
        s.workstation = QStringLiteral("accueil-1");
        s.staff = QStringLiteral("mdupont");
        return s;
    }

    // Items of CENTRE that anyone may borrow: on the shelf, no request on their record.
    QStringList freeItems(int count, int offset)
    {
        QSqlQuery q(m_sandbox.circulation->database());
        q.prepare(QStringLiteral(
            "SELECT external_id FROM items WHERE holding_library_id = 'CENTRE' AND home_library_id = 'CENTRE' AND "
            "checked_out_patron_id IS NULL AND withdrawn = 0 AND lost_status = 0 AND not_for_loan_status = 0 AND "
            "biblio_id NOT IN (SELECT biblio_id FROM holds) ORDER BY item_id LIMIT ? OFFSET ?"));
        q.bindValue(0, count);
        q.bindValue(1, offset);
        QStringList out;
        if (q.exec())
            while (q.next())
                out << q.value(0).toString();
        return out;
    }

    // How many times the library system processed each state-changing message (id, item, patron).
    QStringList duplicates() const
    {
        QHash<QByteArray, int> seen;
        QStringList out;
        for (const QByteArray& entry : m_sandbox.sip->journal())
            if (ils::Sip2Client::changesState(entry.left(2)) && ++seen[entry] == 2)
                out << QString::fromLatin1(entry.left(entry.indexOf(' ', 3)));
        return out;
    }

    int count(LocalStore& store, OutboxAction::State state) { return store.outbox().count(state).value(); }

    // Replays until nothing is pending (the replay is also started by the session itself).
    bool settle(IlsSession& session, LocalStore& store)
    {
        for (int round = 0; round < 20 && count(store, OutboxAction::State::Pending) > 0; ++round) {
            if (!QTest::qWaitFor([&session] { return !session.replayer().isRunning(); }, 30000))
                return false;
            bool finished = false;
            auto c = connect(&session.replayer(), &Replayer::finished, this, [&finished] { finished = true; });
            session.replayer().replay();
            QTest::qWaitFor([&finished] { return finished; }, 30000);
            disconnect(c);
        }
        return count(store, OutboxAction::State::Pending) == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({3000, 800, 600, 11}));
        m_card = m_sandbox
                     .scalar(QStringLiteral("SELECT cardnumber FROM patrons WHERE restricted = 0 AND (expiry_date IS "
                                            "NULL OR expiry_date >= '2026-11-22') ORDER BY patron_id LIMIT 1"))
                     .toString();
        QVERIFY(!m_card.isEmpty());
        QVERIFY(freeItems(100, 0).size() == 100);
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    // The defect itself: the answer to a check-in is lost after the library system applied it. The
    // client must not send the check-in again; it asks the item's state instead.
    void lostCheckinAnswerIsNeverResent()
    {
        const QString item = freeItems(1, 99).value(0);
        QVERIFY(m_sandbox.exec(QStringLiteral("UPDATE items SET holding_library_id = 'NORD' WHERE external_id = ?"),
                               {item}));
        ils::Sip2Client sip(m_clock);
        sip.setConfig(m_sandbox.sipConfig());
        std::optional<Result<sip2::Message>> answer;
        sip.itemInformation(item, [&answer](Result<sip2::Message> r) { answer = r; }); // log in first
        QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000));
        m_sandbox.sip->clearJournal();
        m_sandbox.faults.sipDrop = 1;
        answer.reset();
        QSignalSpy lost(&sip, &ils::Sip2Client::answerLost);
        sip.checkin(item, [&answer](Result<sip2::Message> r) { answer = r; });
        QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000));
        QVERIFY(!answer->ok());
        QVERIFY(ils::Sip2Client::isAnswerLost(answer->error()));
        QCOMPARE(lost.count(), 1);
        QTest::qWait(300);
        const QList<QByteArray> journal = m_sandbox.sip->journal();
        QCOMPARE(journal.count("09 " + item.toUtf8() + ' '), 1);
        // A request that changes nothing is still retried once, transparently.
        answer.reset();
        sip.itemInformation(item, [&answer](Result<sip2::Message> r) { answer = r; }); // connected again
        QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000));
        m_sandbox.faults.sipDrop = 1;
        answer.reset();
        sip.itemInformation(item, [&answer](Result<sip2::Message> r) { answer = r; });
        QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000));
        QVERIFY2(answer->ok(), qPrintable(answer->ok() ? QString() : answer->error().message));
        QCOMPARE(answer->value().id, QByteArray("18"));
    }

    // Koha renews a loan when the same patron checks the same item out again: what a blind resend
    // does to a patron's account.
    void secondCheckoutIsARenewal()
    {
        const QString item = freeItems(1, 98).value(0);
        auto first = m_sandbox.circulation->checkout(m_card, item, QStringLiteral("CENTRE"));
        QVERIFY(first && first.value().ok && !first.value().renewal);
        auto second = m_sandbox.circulation->checkout(m_card, item, QStringLiteral("CENTRE"));
        QVERIFY(second && second.value().ok && second.value().renewal);
        QCOMPARE(m_sandbox.scalar(QStringLiteral("SELECT renewals FROM items WHERE external_id = ?"), {item}).toInt(),
                 1);
        QVERIFY(m_sandbox.circulation->checkin(item, QStringLiteral("CENTRE")));
    }

    // After a refused login the library system hangs up, as after its other refusals.
    void wrongPasswordClosesTheConnection()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox.sipPort);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(sip2::build("93", "00", {{"CN", "centre"}, {"CO", "wrong"}, {"CP", "CENTRE"}}, 0) + '\r');
        QVERIFY(QTest::qWaitFor(
            [&socket] { return socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState; },
            5000));
        QVERIFY(socket.readAll().startsWith("940"));
        QVERIFY(QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("at"); // index of the action the fault is switched on before
        // Three checkouts then the three check-ins of the same items: a fault at 0 lands on the
        // connection's handshake, at 1 on a checkout, at 3 on a check-in that depends on an
        // earlier checkout.
        const QStringList faults = {
            QStringLiteral("sip-drop"),         QStringLiteral("sip-drop-request"), QStringLiteral("sip-resend"),
            QStringLiteral("sip-bad-checksum"), QStringLiteral("sip-silent"),       QStringLiteral("rest-500"),
            QStringLiteral("rest-malformed"),   QStringLiteral("rest-delay"),       QStringLiteral("rest-hang")};
        const QStringList known = sandbox::FaultPlan::names();
        QCOMPARE(QSet<QString>(faults.begin(), faults.end()), QSet<QString>(known.begin(), known.end()));
        for (const QString& fault : faults) {
            QTest::addRow("%s at start", qPrintable(fault)) << fault << 0; // lands on the connection's handshake
            QTest::addRow("%s on a checkout", qPrintable(fault)) << fault << 1;
            QTest::addRow("%s on a check-in", qPrintable(fault)) << fault << 3;
        }
    }

    void matrix()
    {
        QFETCH(QString, fault);
        QFETCH(int, at);
        const QStringList items = freeItems(3, 3 * m_row++);
        QCOMPARE(items.size(), 3);
        QTemporaryDir dir;
        LocalStore store(dir.path(), m_clock);
        QVERIFY(store.open());
        IlsSession session(m_nam, store, m_clock);
        session.configure(settings(), {sandbox::KohaRestServer::DefaultPassword, sandbox::Sip2Server::DefaultPassword});
        m_sandbox.sip->clearJournal();
        const bool flag = fault == QLatin1String("sip-silent") || fault == QLatin1String("rest-hang");
        const QString spec = flag                                   ? fault
                             : fault == QLatin1String("rest-delay") ? fault + QStringLiteral("=2000")
                                                                    : fault + QStringLiteral("=1");
        for (int i = 0; i < 6; ++i) {
            if (i == at) {
                QVERIFY(m_sandbox.faults.apply(spec).ok());
                if (fault.startsWith(QLatin1String("rest")))
                    session.refreshNow(); // REST faults land on the sync, which starts a replay
            }
            bool answered = false;
            if (i < 3)
                session.checkout().checkout(m_card, items[i], [&answered](CheckoutResult) { answered = true; });
            else
                session.capture().checkin(items[i - 3], [&answered](CaptureResult) { answered = true; });
            QVERIFY(QTest::qWaitFor([&answered] { return answered; }, 20000));
            if (i == at && flag)
                m_sandbox.faults = {}; // the library system answers again
        }
        m_sandbox.faults = {};
        QVERIFY2(settle(session, store), "actions left pending");
        QCOMPARE(count(store, OutboxAction::State::Review), 0);
        QCOMPARE(count(store, OutboxAction::State::Acknowledged), 6);
        const QStringList twice = duplicates();
        QVERIFY2(twice.isEmpty(),
                 qPrintable(QStringLiteral("seen twice by the library system: ") + twice.join(QStringLiteral(", "))));
        for (const QString& item : items) {
            QVERIFY2(
                m_sandbox
                    .scalar(QStringLiteral("SELECT checked_out_patron_id IS NULL FROM items WHERE external_id = ?"),
                            {item})
                    .toBool(),
                qPrintable(item + QStringLiteral(" is still on loan")));
            QCOMPARE(
                m_sandbox.scalar(QStringLiteral("SELECT renewals FROM items WHERE external_id = ?"), {item}).toInt(),
                0);
        }
        // Every check-out and check-in reached the library system exactly once, or was recognised
        // as done by its state.
        int checkouts = 0, checkins = 0;
        for (const QByteArray& entry : m_sandbox.sip->journal()) {
            checkouts += entry.startsWith("11 ");
            checkins += entry.startsWith("09 ");
        }
        QVERIFY(checkouts <= 3 && checkins <= 3);
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
