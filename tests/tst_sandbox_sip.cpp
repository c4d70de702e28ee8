#include "sandbox/Circulation.h"
#include "sandbox/KohaRestServer.h"
#include "sandbox/LiveLibrary.h"
#include "sandbox/NetworkGenerator.h"
#include "sandbox/SandboxControl.h"
#include "sandbox/Sip2Server.h"
#include "sip2/Sip2Message.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::sandbox;

namespace {

// A SIP2 client on a real loopback socket, written from the protocol reference rather than with
// the product's client, so that the server is checked independently.
class Wire
{
public:
    explicit Wire(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }
    // The server may run in this very thread: every wait spins the event loop.
    bool connected()
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    QTcpSocket& socket() { return m_socket; }

    void sendRaw(const QByteArray& bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Sends a message with AY/AZ (sequence >= 0) or without, and reads one response line.
    QByteArray exchange(const QByteArray& message, int sequence = 0)
    {
        QByteArray line = message;
        if (sequence >= 0) {
            line += "AY" + QByteArray::number(sequence) + "AZ";
            line += sip2::checksum(line);
        }
        sendRaw(line + '\r');
        return readLine();
    }
    // One response, without its terminator; empty on timeout or when the server hangs up.
    QByteArray readLine(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const qsizetype end = m_buffer.indexOf('\r');
            if (end >= 0) {
                QByteArray line = m_buffer.left(end);
                m_buffer.remove(0, end + 1);
                if (m_buffer.startsWith('\n'))
                    m_buffer.remove(0, 1);
                m_lastTerminatorCrlf = m_lastRawHadLf;
                return line;
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)
                return {};
            (void)QTest::qWaitFor(
                [this] { return m_socket.bytesAvailable() > 0 || m_socket.state() != QAbstractSocket::ConnectedState; },
                100);
            if (m_socket.bytesAvailable()) {
                const QByteArray chunk = m_socket.readAll();
                m_lastRawHadLf = chunk.contains("\r\n");
                m_buffer += chunk;
            }
        }
        return {};
    }
    bool lastTerminatorWasCrlf() const { return m_lastTerminatorCrlf; }
    bool closedByPeer(int timeoutMs = 3000)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_lastRawHadLf = false;
    bool m_lastTerminatorCrlf = false;
};

QByteArray date()
{
    return "20261122    100000";
}

} // namespace

// The training library's SIP2 server, through real sockets on loopback.
class TestSandboxSip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<SandboxClock> m_clock;
    FaultPlan m_faults;
    std::unique_ptr<Circulation> m_circulation;
    std::unique_ptr<Sip2Server> m_server;
    quint16 m_port = 0;
    int m_connections = 0;

    // One row from the data file (a separate connection, as another process would have).
    QVariantList row(const QString& sql, const QVariantList& binds = {})
    {
        const QString name = QStringLiteral("probe%1").arg(++m_connections);
        QVariantList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_file);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(sql);
                for (int i = 0; i < binds.size(); ++i)
                    q.bindValue(i, binds[i]);
                if (q.exec() && q.next())
                    for (int i = 0; i < 8; ++i)
                        out << q.value(i);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    std::unique_ptr<Wire> login(const QByteArray& account = "centre", bool errorDetection = true)
    {
        auto wire = std::make_unique<Wire>(m_port);
        if (!wire->connected())
            return nullptr;
        const QByteArray reply = wire->exchange("9300CN" + account + "|COformation|CPCENTRE|", errorDetection ? 1 : -1);
        if (!reply.startsWith("941"))
            return nullptr;
        return wire;
    }

    static sip2::Message parsed(const QByteArray& line)
    {
        auto m = sip2::parse(line);
        return m ? m.value() : sip2::Message{};
    }

    // A pending request at the head of its queue, with a copy on the shelf that nothing else claims.
    struct Candidate
    {
        qint64 holdId = 0;
        QString pickup, barcode, holding, card, name;
    };
    Candidate pendingWithCopy(bool pickupEqualsHolding)
    {
        const QVariantList r =
            row(QStringLiteral(
                    "SELECT h.hold_id, h.pickup_library_id, i.external_id, i.holding_library_id, p.cardnumber, "
                    "p.surname || ', ' || p.firstname FROM holds h JOIN items i ON i.biblio_id = h.biblio_id JOIN "
                    "patrons p USING (patron_id) WHERE h.status IS NULL AND h.priority = 1 AND h.item_id IS NULL AND "
                    "i.checked_out_patron_id IS NULL AND i.withdrawn = 0 AND i.item_id NOT IN (SELECT item_id FROM "
                    "holds WHERE item_id IS NOT NULL) AND (h.pickup_library_id = i.holding_library_id) = ? AND NOT "
                    "EXISTS (SELECT 1 FROM holds o WHERE o.biblio_id = h.biblio_id AND o.item_id IS NOT NULL AND "
                    "o.status IS NULL) ORDER BY h.hold_id LIMIT 1"),
                {pickupEqualsHolding ? 1 : 0});
        if (r.size() < 6)
            return {};
        return {r[0].toLongLong(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(), r[5].toString()};
    }

    QByteArray checkin(Wire& wire, const QString& barcode, const QString& at, int seq = 2)
    {
        return wire.exchange("09N" + date() + date() + "AP" + at.toUtf8() + "|AOCENTRE|AB" + barcode.toUtf8() + "|AC|",
                             seq);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("network.sqlite"));
        GeneratorOptions o;
        o.seed = 5;
        o.items = 6000;
        o.patrons = 2000;
        o.holds = 1500;
        o.today = QDate(2026, 11, 22);
        QVERIFY(NetworkGenerator::generate(m_file, o).ok());
        m_clock = std::make_unique<SandboxClock>(QDateTime(o.today, QTime(10, 0), Qt::UTC));
        m_circulation = std::make_unique<Circulation>(m_file, *m_clock);
        QVERIFY(m_circulation->open().ok());
        m_server = std::make_unique<Sip2Server>(*m_circulation, *m_clock, m_faults);
        QStringList ids;
        for (const auto& library : m_circulation->libraries())
            ids << library.id;
        QCOMPARE(ids.size(), 15); // 13 sites, the locker bank, home delivery
        m_server->setAccounts(Sip2Server::defaultAccounts(ids));
        auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_port = port.value();
    }

    void cleanup() { m_faults = FaultPlan(); }

    void cleanupTestCase()
    {
        m_server.reset();
        m_circulation.reset();
    }

    void loginAndStatus()
    {
        Wire wire(m_port);
        QVERIFY(wire.connected());
        // The reference's vectors: a valid login with unknown credentials is refused, with a valid checksum.
        QByteArray reply = wire.exchange("9300CNuser_id|COpassw0rd|", 1);
        QCOMPARE(reply, QByteArray("940AY1AZFDFD"));
        // After a refused login the server hangs up: the client connects again.
        QVERIFY(wire.closedByPeer());
        Wire again(m_port);
        QVERIFY(again.connected());
        reply = again.exchange("9300CNcentre|COformation|CPCENTRE|", 5);
        QCOMPARE(reply.left(3), QByteArray("941"));
        sip2::Message m = parsed(reply);
        QVERIFY(m.checksumValid);
        QCOMPARE(m.sequence, 5);
        reply = again.exchange("9900302.00", 6);
        m = parsed(reply);
        QCOMPARE(m.id, QByteArray("98"));
        QVERIFY(m.checksumValid);
        QCOMPARE(m.sequence, 6);
        QCOMPARE(m.fixed.left(3), QByteArray("YYY"));
        QCOMPARE(m.fixed.right(4), QByteArray("2.00"));
        QCOMPARE(m.field("AO"), QByteArray("CENTRE"));
        QCOMPARE(QString::fromUtf8(m.field("AM")), QStringLiteral("Médiathèque centrale"));
        const QByteArray bx = m.field("BX");
        QCOMPARE(bx.size(), 16);
        for (int supported : {1, 2, 4, 5, 6, 7, 8, 10, 13})
            QCOMPARE(bx[supported], 'Y');
        QCOMPARE(again.exchange("3520261122    094014AOCENTRE|AA21042000000017|", 7).left(3), QByteArray("36Y"));
    }

    void loginComesFirst()
    {
        Wire wire(m_port);
        QVERIFY(wire.connected());
        wire.sendRaw("990401.00|AY1AZFC59\r");
        QVERIFY(wire.readLine(1000).isEmpty());
        QVERIFY(wire.closedByPeer());
    }

    void badChecksumsAndGarbageGet96()
    {
        Wire wire(m_port);
        QVERIFY(wire.connected());
        // The reference's invalid vectors.
        wire.sendRaw("9300CNuser_id|COpassw0rd|AY1AZF595\r");
        QCOMPARE(wire.readLine(), QByteArray("96AZFEF6"));
        wire.sendRaw("9900401.00AY1AZAAAA\r");
        QCOMPARE(wire.readLine(), QByteArray("96AZFEF6"));
        wire.sendRaw("\x01\x02garbage\r");
        QVERIFY(wire.readLine().startsWith("96"));
        wire.sendRaw("9\r");
        QVERIFY(wire.readLine().startsWith("96"));
        // Still usable afterwards.
        QVERIFY(wire.exchange("9300CNcentre|COformation|", 3).startsWith("941"));
        // A truncated fixed part and an unsupported message.
        QCOMPARE(wire.exchange("09N2026", 4), QByteArray("96AZFEF6"));
        QCOMPARE(wire.exchange("2300220261122    100000AOCENTRE|AA1|", 4), QByteArray("96AZFEF6"));
    }

    void resendOnRequest()
    {
        auto wire = login();
        QVERIFY(wire);
        const QByteArray first = wire->exchange("9900302.00", 4);
        QVERIFY(first.startsWith("98"));
        wire->sendRaw("97AZFEF5\r");
        const QByteArray again = wire->readLine();
        const sip2::Message m = parsed(again);
        QCOMPARE(m.id, QByteArray("98"));
        QVERIFY(m.checksumValid);
        QCOMPARE(m.sequence, -1); // a resent message carries no sequence number
        QCOMPARE(again.left(again.indexOf("AZ")), first.left(first.indexOf("AY")));
    }

    void stockKohaAccountHasNoErrorDetection()
    {
        auto wire = login("centre-koha", false);
        QVERIFY(wire);
        QVERIFY(wire->lastTerminatorWasCrlf());
        const QByteArray reply = wire->exchange("1720261122    100000AOCENTRE|AB31042000000019|", -1);
        QVERIFY2(reply.startsWith("18010101"), reply.constData());
        QVERIFY(!reply.contains("AZ"));
        QVERIFY(reply.endsWith('|')); // Koha's trailing delimiter
        QVERIFY(wire->lastTerminatorWasCrlf());
    }

    void captureForThisLibrary()
    {
        const Candidate c = pendingWithCopy(true);
        QVERIFY(c.holdId);
        auto wire = login();
        QVERIFY(wire);
        const sip2::Message m = parsed(checkin(*wire, c.barcode, c.pickup));
        QCOMPARE(m.id, QByteArray("10"));
        QVERIFY(m.checksumValid);
        // Ok, resensitize Y (Koha asks for the security of every item it knows: Checkin.pm's
        // resensitize is "not magnetic media", never set), magnetic media N, alert Y.
        QCOMPARE(m.fixed.left(4), QByteArray("1YNY"));
        QCOMPARE(m.field("CV"), QByteArray("01"));
        QCOMPARE(QString::fromUtf8(m.field("CY")), c.card);
        QCOMPARE(QString::fromUtf8(m.field("DA")), c.name);
        QCOMPARE(QString::fromUtf8(m.field("CT")), c.pickup);
        QVERIFY(!m.field("AJ").isEmpty());
        QVERIFY(!m.field("CS").isEmpty());
        const QVariantList hold =
            row(QStringLiteral("SELECT status, waiting_date, expiration_date, priority FROM holds WHERE hold_id = ?"),
                {c.holdId});
        QCOMPARE(hold[0].toString(), QStringLiteral("W"));
        QCOMPARE(hold[1].toString(), QStringLiteral("2026-11-22"));
        QCOMPARE(hold[2].toString(), QStringLiteral("2026-12-02"));
        QCOMPARE(hold[3].toInt(), 0);
        // Item information now says: waiting on the hold shelf, with the pickup expiry.
        const sip2::Message info = parsed(wire->exchange("17" + date() + "AOCENTRE|AB" + c.barcode.toUtf8() + "|", 3));
        QCOMPARE(info.fixed.left(2), QByteArray("08"));
        QCOMPARE(info.field("CM"), QByteArray("20261202    235900"));
        // A second scan of the same item is harmless: still waiting here.
        const sip2::Message twice = parsed(checkin(*wire, c.barcode, c.pickup, 4));
        QCOMPARE(twice.field("CV"), QByteArray("01"));
        QCOMPARE(row(QStringLiteral("SELECT count(*) FROM holds WHERE item_id = (SELECT item_id FROM items WHERE "
                                    "external_id = ?)"),
                     {c.barcode})[0]
                     .toInt(),
                 1);
    }

    void captureForAnotherLibraryGoesInTransit()
    {
        const Candidate c = pendingWithCopy(false);
        QVERIFY(c.holdId);
        auto wire = login();
        QVERIFY(wire);
        const sip2::Message m = parsed(checkin(*wire, c.barcode, c.holding));
        QCOMPARE(m.field("CV"), QByteArray("02"));
        QCOMPARE(QString::fromUtf8(m.field("CT")), c.pickup);
        QCOMPARE(QString::fromUtf8(m.field("CY")), c.card);
        QCOMPARE(m.fixed.left(4), QByteArray("1YNY")); // in transit, and secured like any known item
        QCOMPARE(row(QStringLiteral("SELECT status FROM holds WHERE hold_id = ?"), {c.holdId})[0].toString(),
                 QStringLiteral("T"));
        const QVariantList transfer = row(QStringLiteral("SELECT from_library_id, to_library_id FROM transfers WHERE "
                                                         "item_id = (SELECT item_id FROM items WHERE external_id = ?) "
                                                         "AND arrived_date IS NULL"),
                                          {c.barcode});
        QCOMPARE(transfer[0].toString(), c.holding);
        QCOMPARE(transfer[1].toString(), c.pickup);
        // Item information: in transit to the pickup library.
        const sip2::Message info = parsed(wire->exchange("17" + date() + "AOCENTRE|AB" + c.barcode.toUtf8() + "|", 3));
        QCOMPARE(info.fixed.left(2), QByteArray("10"));
        QCOMPARE(QString::fromUtf8(info.field("CT")), c.pickup);
        // On arrival at the pickup library it becomes waiting there.
        const sip2::Message arrived = parsed(checkin(*wire, c.barcode, c.pickup, 4));
        QCOMPARE(arrived.field("CV"), QByteArray("01"));
        QCOMPARE(row(QStringLiteral("SELECT status FROM holds WHERE hold_id = ?"), {c.holdId})[0].toString(),
                 QStringLiteral("W"));
        QVERIFY(row(QStringLiteral("SELECT 1 FROM transfers WHERE item_id = (SELECT item_id FROM items WHERE "
                                   "external_id = ?) AND arrived_date IS NULL"),
                    {c.barcode})
                    .isEmpty());
    }

    void itemWithoutRequestGoesHomeOrBackOnTheShelf()
    {
        const QVariantList r = row(QStringLiteral(
            "SELECT external_id, home_library_id FROM items WHERE checked_out_patron_id IS NOT NULL AND withdrawn = 0 "
            "AND biblio_id NOT IN (SELECT biblio_id FROM holds) AND item_id NOT IN (SELECT item_id FROM transfers) "
            "ORDER BY item_id LIMIT 2"));
        QVERIFY(r.size() >= 2);
        const QString barcode = r[0].toString();
        const QString home = r[1].toString();
        const QString elsewhere =
            home == QLatin1String("CENTRE") ? QStringLiteral("JMOULIN") : QStringLiteral("CENTRE");
        const QVariantList borrower = row(QStringLiteral("SELECT p.cardnumber FROM items i JOIN patrons p ON "
                                                         "p.patron_id = i.checked_out_patron_id WHERE external_id = ?"),
                                          {barcode});
        auto wire = login();
        QVERIFY(wire);
        // Returned at another library: send it home (alert 04).
        sip2::Message m = parsed(checkin(*wire, barcode, elsewhere));
        QCOMPARE(m.fixed.left(1), QByteArray("1"));
        QCOMPARE(m.field("CV"), QByteArray("04"));
        QCOMPARE(QString::fromUtf8(m.field("CT")), home);
        QCOMPARE(QString::fromUtf8(m.field("AA")), borrower[0].toString());
        QVERIFY(!m.hasField("CY"));
        // Checked in at home: back on the shelf, no alert, transfer closed.
        m = parsed(checkin(*wire, barcode, home, 3));
        QCOMPARE(m.fixed.left(4), QByteArray("1YNN"));
        QVERIFY(!m.hasField("CV"));
        QVERIFY(row(QStringLiteral("SELECT 1 FROM transfers WHERE item_id = (SELECT item_id FROM items WHERE "
                                   "external_id = ?) AND arrived_date IS NULL"),
                    {barcode})
                    .isEmpty());
        // Unknown barcode: refused with alert 99 and a message.
        m = parsed(checkin(*wire, QStringLiteral("31042999999999"), home, 4));
        QCOMPARE(m.fixed.left(3), QByteArray("0NU")); // Koha: no item, so resensitize N, magnetic U
        QCOMPARE(m.field("CV"), QByteArray("99"));
        QVERIFY(!m.field("AF").isEmpty());
    }

    void checkoutFillsTheWaitingRequest()
    {
        const QVariantList w =
            row(QStringLiteral("SELECT h.hold_id, p.cardnumber, i.external_id, h.pickup_library_id FROM holds h JOIN "
                               "patrons p USING (patron_id) JOIN items i ON i.item_id = h.item_id WHERE h.status = "
                               "'W' AND p.restricted = 0 AND p.expiry_date > '2026-11-22' ORDER BY h.hold_id LIMIT 1"));
        QVERIFY(!w.isEmpty());
        const QByteArray card = w[1].toString().toUtf8();
        const QByteArray barcode = w[2].toString().toUtf8();
        auto wire = login();
        QVERIFY(wire);
        // Someone else cannot take it.
        const QVariantList other = row(QStringLiteral("SELECT cardnumber FROM patrons WHERE restricted = 0 AND "
                                                      "cardnumber <> ? AND expiry_date > '2026-11-22' LIMIT 1"),
                                       {w[1]});
        sip2::Message refused = parsed(wire->exchange("11YN" + date() + "                  AOCENTRE|AA" +
                                                          other[0].toString().toUtf8() + "|AB" + barcode + "|AC|",
                                                      2));
        QCOMPARE(refused.fixed.left(4), QByteArray("0NUN"));
        QVERIFY(!refused.field("AF").isEmpty());
        // Its patron can.
        sip2::Message m = parsed(
            wire->exchange("11YN" + date() + "                  AOCENTRE|AA" + card + "|AB" + barcode + "|AC|", 3));
        QCOMPARE(m.id, QByteArray("12"));
        QVERIFY(m.checksumValid);
        QCOMPARE(m.fixed.left(1), QByteArray("1"));
        QCOMPARE(m.field("AH"), QByteArray("20261220    235900"));
        QVERIFY(row(QStringLiteral("SELECT 1 FROM holds WHERE hold_id = ?"), {w[0]}).isEmpty());
        // Twice is harmless.
        m = parsed(
            wire->exchange("11YN" + date() + "                  AOCENTRE|AA" + card + "|AB" + barcode + "|AC|", 4));
        QCOMPARE(m.fixed.left(2), QByteArray("1Y"));
        // Patron information lists it as charged.
        m = parsed(wire->exchange("63002" + date() + "  Y       AOCENTRE|AA" + card + "|", 5));
        QCOMPARE(m.id, QByteArray("64"));
        QVERIFY(m.fieldAll("AU").contains(barcode));
        QCOMPARE(m.field("BL"), QByteArray("Y"));
        QVERIFY(!m.field("AE").isEmpty());
    }

    void blockedPatronsAndItemsAreRefused()
    {
        const QVariantList blocked = row(QStringLiteral("SELECT cardnumber FROM patrons WHERE restricted = 1 LIMIT 1"));
        const QVariantList free = row(QStringLiteral(
            "SELECT external_id FROM items WHERE checked_out_patron_id IS NULL AND item_id NOT IN (SELECT item_id FROM "
            "holds WHERE item_id IS NOT NULL) AND biblio_id NOT IN (SELECT biblio_id FROM holds) LIMIT 1"));
        QVERIFY(!blocked.isEmpty() && !free.isEmpty());
        auto wire = login();
        QVERIFY(wire);
        sip2::Message m =
            parsed(wire->exchange("11YN" + date() + "                  AOCENTRE|AA" + blocked[0].toString().toUtf8() +
                                      "|AB" + free[0].toString().toUtf8() + "|AC|",
                                  1));
        QCOMPARE(m.fixed.left(4), QByteArray("0NUN"));
        QVERIFY(QString::fromUtf8(m.field("AF")).contains(QStringLiteral("bloqué")));
        QCOMPARE(m.field("BL"), QByteArray("Y"));
        // The patron's record says so too.
        m = parsed(
            wire->exchange("63002" + date() + "          AOCENTRE|AA" + blocked[0].toString().toUtf8() + "|", 2));
        QCOMPARE(m.fixed.left(4), QByteArray("YYYY"));
        // Unknown card.
        m = parsed(wire->exchange("11YN" + date() + "                  AOCENTRE|AA21042999999999|AB" +
                                      free[0].toString().toUtf8() + "|AC|",
                                  3));
        QCOMPARE(m.field("BL"), QByteArray("N"));
        // A withdrawn item.
        QVariantList withdrawn = row(QStringLiteral("SELECT external_id FROM items WHERE item_id = 1"));
        {
            QSqlDatabase db = m_circulation->database();
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE items SET withdrawn = 1, checked_out_patron_id = NULL, "
                                                      "due_date = NULL WHERE item_id = 1")));
        }
        const QVariantList card = row(QStringLiteral("SELECT cardnumber FROM patrons WHERE restricted = 0 AND "
                                                     "expiry_date > '2026-11-22' LIMIT 1"));
        m = parsed(wire->exchange("11YN" + date() + "                  AOCENTRE|AA" + card[0].toString().toUtf8() +
                                      "|AB" + withdrawn[0].toString().toUtf8() + "|AC|",
                                  4));
        QCOMPARE(m.fixed.left(1), QByteArray("0"));
        QVERIFY(!m.field("AF").isEmpty());
        m = parsed(checkin(*wire, withdrawn[0].toString(), QStringLiteral("CENTRE"), 5));
        QCOMPARE(m.field("CV"), QByteArray("99"));
        QCOMPARE(m.fixed.left(3), QByteArray("0YN")); // refused, but an item Koha knows: resensitize Y
    }

    void placeAndCancelARequest()
    {
        const QVariantList card = row(QStringLiteral("SELECT cardnumber FROM patrons WHERE restricted = 0 AND "
                                                     "patron_id NOT IN (SELECT patron_id FROM holds) LIMIT 1"));
        const QVariantList item = row(QStringLiteral("SELECT external_id, biblio_id FROM items WHERE biblio_id IN "
                                                     "(SELECT biblio_id FROM holds WHERE status IS NULL) LIMIT 1"));
        const int queue =
            row(QStringLiteral("SELECT max(priority) FROM holds WHERE biblio_id = ? AND status IS NULL"), {item[1]})[0]
                .toInt();
        auto wire = login();
        QVERIFY(wire);
        const QByteArray ids = "AOCENTRE|AA" + card[0].toString().toUtf8() + "|AB" + item[0].toString().toUtf8() + "|";
        sip2::Message m = parsed(wire->exchange("15+" + date() + "BSJMOULIN|BY2|" + ids, 1));
        QCOMPARE(m.id, QByteArray("16"));
        QCOMPARE(m.fixed.left(1), QByteArray("1"));
        QCOMPARE(m.field("BR").toInt(), queue + 1);
        QCOMPARE(m.field("BS"), QByteArray("JMOULIN"));
        QCOMPARE(row(QStringLiteral("SELECT pickup_library_id FROM holds WHERE biblio_id = ? AND priority = ?"),
                     {item[1], queue + 1})[0]
                     .toString(),
                 QStringLiteral("JMOULIN"));
        // Twice is refused, moving it works, then cancelling.
        QCOMPARE(parsed(wire->exchange("15+" + date() + "BSJMOULIN|" + ids, 2)).fixed.left(1), QByteArray("0"));
        QCOMPARE(parsed(wire->exchange("15*" + date() + "BSCOLETTE|" + ids, 3)).fixed.left(1), QByteArray("1"));
        QCOMPARE(parsed(wire->exchange("15-" + date() + ids, 4)).fixed.left(1), QByteArray("1"));
        QVERIFY(row(QStringLiteral("SELECT 1 FROM holds WHERE biblio_id = ? AND priority = ?"), {item[1], queue + 1})
                    .isEmpty());
    }

    void oversizeLinesAndHalfMessagesDoNotStallTheServer()
    {
        {
            Wire wire(m_port);
            QVERIFY(wire.connected());
            wire.sendRaw(QByteArray(Sip2Server::MaxLine + 100, 'A'));
            QVERIFY(wire.readLine().startsWith("96"));
            QVERIFY(wire.closedByPeer());
        }
        {
            Wire wire(m_port);
            QVERIFY(wire.connected());
            wire.sendRaw("9300CNcentre|COform"); // and hang up mid-message
            wire.socket().abort();
        }
        auto wire = login();
        QVERIFY(wire);
        QVERIFY(wire->exchange("9900302.00", 1).startsWith("98"));
    }

    void randomBytesNeverCrashTheServer()
    {
        auto wire = login();
        QVERIFY(wire);
        QRandomGenerator random(42);
        const QByteArray seeds[] = {"09N" + date() + date() + "APCENTRE|AOCENTRE|AB31042000000019|AC|",
                                    "6300220261122    100000Y         AOCENTRE|AA21042000000017|",
                                    "15+" + date() + "BSJMOULIN|AOCENTRE|AA2|AB3|", "9900302.00"};
        int answered = 0;
        for (int i = 0; i < 400; ++i) {
            QByteArray message = seeds[random.bounded(4)];
            const int edits = 1 + random.bounded(6);
            for (int e = 0; e < edits; ++e) {
                const int at = random.bounded(int(message.size()));
                switch (random.bounded(3)) {
                case 0:
                    message[at] = char(random.bounded(1, 256));
                    break;
                case 1:
                    message.remove(at, 1 + random.bounded(5));
                    break;
                default:
                    message.insert(at, "|");
                }
            }
            message.replace('\r', ' ').replace('\n', ' ');
            if (message.isEmpty())
                continue;
            const QByteArray reply = wire->exchange(message, random.bounded(2) ? 1 : -1);
            QVERIFY2(!reply.isEmpty(), message.toHex().constData());
            ++answered;
        }
        QVERIFY(answered > 300);
        QVERIFY(wire->exchange("9900302.00", 1).startsWith("98"));
    }

    void faultsDropAndCorrupt()
    {
        auto wire = login();
        QVERIFY(wire);
        m_faults.sipBadChecksum = 1;
        sip2::Message m = parsed(wire->exchange("9900302.00", 1));
        QCOMPARE(m.id, QByteArray("98"));
        QVERIFY(m.hasChecksum);
        QVERIFY(!m.checksumValid);
        // The client asks again and gets a good copy.
        wire->sendRaw("97AZFEF5\r");
        QVERIFY(parsed(wire->readLine()).checksumValid);
        m_faults.sipDrop = 1;
        const QByteArray half = wire->exchange("9900302.00", 2);
        QVERIFY(half.isEmpty());
        QVERIFY(wire->closedByPeer());
        auto again = login();
        QVERIFY(again);
        m_faults.sipSilent = true;
        QVERIFY(again->exchange("9900302.00", 3).isEmpty());
        m_faults.sipSilent = false;
        QVERIFY(again->exchange("9900302.00", 4).startsWith("98"));
    }

    void liveModeMovesTheQueue()
    {
        const int holdsBefore = row(QStringLiteral("SELECT count(*), max(hold_id) FROM holds"))[1].toInt();
        LiveLibrary live(*m_circulation, *m_clock, 3);
        const int happened = live.step(200);
        QVERIFY(happened > 100);
        const auto& counts = live.counts();
        QVERIFY(counts.requests > 0);
        QVERIFY(counts.pickups > 0);
        QVERIFY(counts.captures + counts.arrivals > 0);
        QVERIFY(counts.returns > 0);
        QCOMPARE(counts.requests + counts.captures + counts.arrivals + counts.pickups + counts.returns, happened);
        QVERIFY(row(QStringLiteral("SELECT max(hold_id) FROM holds"))[0].toInt() > holdsBefore);
        // New and changed requests carry the simulated time, so a client can ask what changed since.
        QVERIFY(row(QStringLiteral("SELECT count(*) FROM holds WHERE timestamp >= '2026-11-22T10:00:00'"))[0].toInt() >=
                counts.requests);
        // The clock moves on: waiting requests pass their expiry date.
        const int expiredBefore =
            row(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'W' AND expiration_date < ?"),
                {m_clock->today().toString(Qt::ISODate)})[0]
                .toInt();
        m_clock->advance(86400 * 5);
        const int expiredAfter = row(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'W' AND "
                                                    "expiration_date < ?"),
                                     {m_clock->today().toString(Qt::ISODate)})[0]
                                     .toInt();
        QVERIFY(expiredAfter > expiredBefore);
    }

    // The executable, as the demo and the client's tests start it.
    void sandboxExecutableServesBoth()
    {
        QProcess sandbox;
        sandbox.setProcessChannelMode(QProcess::SeparateChannels);
        sandbox.start(QStringLiteral(SANDBOX_PATH),
                      {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("exe.sqlite")),
                       QStringLiteral("--items"), QStringLiteral("3000"), QStringLiteral("--patrons"),
                       QStringLiteral("800"), QStringLiteral("--holds"), QStringLiteral("500"),
                       QStringLiteral("--http"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--sip"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--live"), QStringLiteral("--speed"),
                       QStringLiteral("600"), QStringLiteral("--fault"), QStringLiteral("sip-bad-checksum=1")});
        QVERIFY(sandbox.waitForStarted());
        QByteArray out;
        QRegularExpressionMatch ready;
        const QRegularExpression pattern(QStringLiteral(
            "comptoir-sandbox ready http=127\\.0\\.0\\.1:(\\d+) sip=127\\.0\\.0\\.1:(\\d+) token=[0-9a-f]{32}\n"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000 && !(ready = pattern.match(QString::fromUtf8(out))).hasMatch()) {
            sandbox.waitForReadyRead(500);
            out += sandbox.readAllStandardOutput();
        }
        QVERIFY2(ready.hasMatch(), out.constData());
        Wire wire(quint16(ready.captured(2).toUInt()));
        QVERIFY(wire.connected());
        // The fault given on the command line: the first answer after the login has a wrong checksum.
        QVERIFY(parsed(wire.exchange("9300CNjmoulin|COformation|", 1)).checksumValid);
        QVERIFY(!parsed(wire.exchange("9900302.00", 2)).checksumValid);
        const sip2::Message status = parsed(wire.exchange("9900302.00", 3));
        QVERIFY(status.checksumValid);
        QCOMPARE(status.field("AO"), QByteArray("JMOULIN"));
        // Its file is the owner's only, whatever it was before.
        QCOMPARE(QFileInfo(m_dir.filePath(QStringLiteral("exe.sqlite"))).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        // A file left readable by others becomes owner-only at the next start.
        QVERIFY(QFile::setPermissions(m_dir.filePath(QStringLiteral("exe.sqlite")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QProcess again;
        again.start(QStringLiteral(SANDBOX_PATH),
                    {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("exe.sqlite")), QStringLiteral("--http"),
                     QStringLiteral("127.0.0.1:0")});
        QVERIFY(again.waitForReadyRead(30000));
        QCOMPARE(QFileInfo(m_dir.filePath(QStringLiteral("exe.sqlite"))).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        again.terminate();
        QVERIFY(again.waitForFinished(10000));
        // Not on the network unless asked.
        QProcess remote;
        remote.start(QStringLiteral(SANDBOX_PATH),
                     {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("exe.sqlite")), QStringLiteral("--http"),
                      QStringLiteral("0.0.0.0:0")});
        QVERIFY(remote.waitForFinished(30000));
        QCOMPARE(remote.exitCode(), 2);
        QVERIFY(remote.readAllStandardError().contains("--allow-remote"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSip)
#include "tst_sandbox_sip.moc"
