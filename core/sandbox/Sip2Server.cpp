#include "sandbox/Sip2Server.h"

#include "Clock.h"
#include "Logging.h"
#include "sandbox/Circulation.h"
#include "sandbox/SandboxControl.h"
#include "sip2/Sip2Message.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace comptoir::sandbox {

using Field = QPair<QByteArray, QByteArray>;
using Fields = QList<Field>;

struct Sip2Server::Session
{
    QByteArray buffer;
    int account = -1; // index in m_accounts once logged in
    bool errorDetection = false;
    bool crlf = false;
    QByteArray lastResponse; // without its error-detection trailer, for 97
};

namespace {

QByteArray yn(bool value)
{
    return value ? "Y" : "N";
}

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

// Koha sends date-only due dates with a 23:59:00 time.
QByteArray sipDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "    235900";
}

QByteArray count(int n)
{
    return QByteArray::number(qBound(0, n, 9999)).rightJustified(4, '0');
}

QByteArray alertCode(Circulation::Alert alert)
{
    switch (alert) {
    case Circulation::Alert::HoldHere:
        return "01";
    case Circulation::Alert::HoldElsewhere:
        return "02";
    case Circulation::Alert::SendElsewhere:
        return "04";
    case Circulation::Alert::Other:
        return "99";
    case Circulation::Alert::None:
        break;
    }
    return {};
}

} // namespace

Sip2Server::Sip2Server(Circulation& circulation, const Clock& clock, FaultPlan& faults)
    : m_circulation(circulation)
    , m_clock(clock)
    , m_faults(faults)
{
}

Sip2Server::~Sip2Server()
{
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        it.key()->disconnect();
        it.key()->abort();
    }
    m_sessions.clear();
    m_server.reset();
}

QList<SipAccount> Sip2Server::defaultAccounts(const QStringList& libraries)
{
    QList<SipAccount> out;
    for (const QString& id : libraries) {
        out.append({id.toLower(), DefaultPassword, id, id, true, false});
        out.append({id.toLower() + QStringLiteral("-koha"), DefaultPassword, id, id, false, true});
    }
    return out;
}

Result<quint16> Sip2Server::listen(const QHostAddress& address, quint16 port)
{
    m_server = std::make_unique<QTcpServer>();
    if (!m_server->listen(address, port))
        return Error{QStringLiteral("sandbox.listen"), QStringLiteral("cannot listen on %1:%2 for SIP2: %3")
                                                           .arg(address.toString())
                                                           .arg(port)
                                                           .arg(m_server->errorString())};
    QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(), [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            m_sessions.insert(socket, std::make_shared<Session>());
            // Answers leave at once (no Nagle delay behind an unacknowledged segment).
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                m_sessions.remove(socket);
                socket->deleteLater();
            });
        }
    });
    qCInfo(lcIls) << "training library SIP2 on" << address.toString() << m_server->serverPort();
    return m_server->serverPort();
}

void Sip2Server::read(QTcpSocket* socket)
{
    const auto found = m_sessions.constFind(socket);
    if (found == m_sessions.cend())
        return;
    const std::shared_ptr<Session> session = found.value();
    session->buffer += socket->readAll();
    QPointer<QTcpSocket> alive(socket);
    while (alive && socket->state() == QAbstractSocket::ConnectedState) {
        qsizetype end = -1;
        for (qsizetype i = 0; i < session->buffer.size(); ++i) {
            if (session->buffer[i] == '\r' || session->buffer[i] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            if (session->buffer.size() > MaxLine) {
                // Not a SIP2 client: refuse once and hang up.
                qCWarning(lcIls) << "SIP2: line longer than" << MaxLine << "bytes, connection closed";
                socket->write(session->errorDetection ? "96AZFEF6\r" : "96\r");
                socket->disconnectFromHost();
                session->buffer.clear();
            }
            return;
        }
        const QByteArray line = session->buffer.left(end);
        session->buffer.remove(0, end + 1);
        if (line.isEmpty())
            continue; // the LF of a CR LF pair
        // Faults land on requests after the login, never on the login itself.
        const bool faultable = session->account >= 0 && !line.startsWith("93");
        if (faultable) {
            if (FaultPlan::take(m_faults.sipDropRequest)) {
                socket->abort(); // the request is lost before the library system sees it
                return;
            }
            if (FaultPlan::take(m_faults.sipResend)) {
                socket->write(resendRequest(*session) + (session->crlf ? "\r\n" : "\r"));
                continue;
            }
        }
        bool close = false;
        const QByteArray response = handle(*session, line, close);
        if (!response.isEmpty() && !(faultable && m_faults.sipSilent)) {
            QByteArray bytes = response;
            if (faultable && FaultPlan::take(m_faults.sipBadChecksum) && bytes.size() > 6 &&
                bytes.at(bytes.size() - 6) == 'A') {
                char& last = bytes[bytes.size() - 1];
                last = last == '0' ? '1' : '0';
            }
            bytes += session->crlf ? "\r\n" : "\r";
            if (faultable && FaultPlan::take(m_faults.sipDrop)) {
                socket->write(bytes.left(bytes.size() / 2));
                socket->flush();
                socket->abort();
                return;
            }
            socket->write(bytes);
            socket->flush();
        }
        if (close) {
            socket->disconnectFromHost();
            return;
        }
    }
}

QByteArray Sip2Server::respond(Session& session, int sequence, const QByteArray& id, const QByteArray& fixed,
                               const Fields& fields)
{
    session.lastResponse = sip2::build(id, fixed, fields);
    return sip2::build(id, fixed, fields, session.errorDetection ? std::max(sequence, 0) : -1);
}

QByteArray Sip2Server::resendRequest(const Session& session) const
{
    return session.errorDetection ? QByteArray("96AZFEF6") : QByteArray("96");
}

QByteArray Sip2Server::handle(Session& session, const QByteArray& line, bool& close)
{
    auto parsed = sip2::parse(line);
    if (!parsed) {
        qCInfo(lcIls) << "SIP2: unreadable message," << parsed.error().message;
        return resendRequest(session);
    }
    const sip2::Message& m = parsed.value();
    if (session.account < 0)
        session.errorDetection = m.hasChecksum;
    if (m.hasChecksum && !m.checksumValid) {
        qCInfo(lcIls) << "SIP2: bad checksum on a" << m.id << "message";
        return resendRequest(session);
    }
    const int seq = m.sequence;
    const QByteArray now = sip2::dateTime(m_clock.now().toLocalTime());

    if (m.id == "97") {
        if (session.lastResponse.isEmpty())
            return resendRequest(session);
        // A resent message carries no sequence number (spec p. 4); the checksum is recomputed.
        if (!session.errorDetection)
            return session.lastResponse;
        const QByteArray body = session.lastResponse + "AZ";
        return body + sip2::checksum(body);
    }
    if (session.account < 0 && m.id != "93") {
        // Koha's raw transport wants a login first.
        qCInfo(lcIls) << "SIP2: message" << m.id << "before login, connection closed";
        close = true;
        return {};
    }
    const int fixedLength = sip2::fixedLength(m.id);
    if (fixedLength >= 0 && m.fixed.size() < fixedLength)
        return resendRequest(session);

    if (m.id == "93") {
        const QString login = QString::fromUtf8(m.field("CN"));
        const QString password = QString::fromUtf8(m.field("CO"));
        for (int i = 0; i < m_accounts.size(); ++i) {
            if (m_accounts[i].login == login && m_accounts[i].password == password) {
                session.account = i;
                session.errorDetection = m_accounts[i].errorDetection;
                session.crlf = m_accounts[i].crlf;
                qCInfo(lcIls) << "SIP2: login accepted for account" << login;
                return respond(session, seq, "94", "1", {});
            }
        }
        qCInfo(lcIls) << "SIP2: login refused, connection closed";
        close = true; // as after any other refusal: the client must connect again
        return respond(session, seq, "94", "0", {});
    }

    const SipAccount& account = m_accounts[session.account];
    const QByteArray institution = utf8(account.institution);
    if (m.id != "97") {
        if (m_journal.size() >= MaxJournal)
            m_journal.removeFirst();
        m_journal.append(m.id + ' ' + m.field("AB") + ' ' + m.field("AA"));
    }

    if (m.id == "99") {
        QString name;
        for (const auto& library : m_circulation.libraries())
            if (library.id == account.library)
                name = library.name;
        // Supported: checkout, checkin, SC/ACS status, resend, login, patron information, end session,
        // item information, hold.
        return respond(
            session, seq, "98", "YYYNNN030003" + now + "2.00",
            {{"AO", institution}, {"AM", utf8(name)}, {"BX", "NYYNYYYYYNYNNYNN"}, {"AN", utf8(account.login)}});
    }

    if (m.id == "09") {
        const QString ap = QString::fromUtf8(m.field("AP"));
        const QString branch = !ap.isEmpty() && m_circulation.isLibrary(ap) ? ap : account.library;
        auto result = m_circulation.checkin(QString::fromUtf8(m.field("AB")), branch);
        if (!result) {
            qCWarning(lcIls) << "SIP2 checkin failed:" << result.error().message;
            return respond(session, seq, "10", "0NUY" + now,
                           {{"AO", institution},
                            {"AB", m.field("AB")},
                            {"AQ", {}},
                            {"CV", "99"},
                            {"AF", "Erreur interne du système de bibliothèque."}});
        }
        const Circulation::Checkin& c = result.value();
        const QByteArray cv = alertCode(c.alert);
        Fields f = {{"AO", institution}, {"AB", utf8(c.barcode)}, {"AQ", utf8(c.homeLibrary)}};
        if (!c.title.isEmpty())
            f.append(Field{"AJ", utf8(c.title)});
        if (!c.previousBorrower.isEmpty())
            f.append(Field{"AA", utf8(c.previousBorrower)});
        if (c.ok)
            f.append(Field{"CK", "001"});
        if (!c.callNumber.isEmpty())
            f.append(Field{"CS", utf8(c.callNumber)});
        if (!c.holdPatronCard.isEmpty())
            f.append(Field{"CY", utf8(c.holdPatronCard)});
        if (!c.destination.isEmpty())
            f.append(Field{"CT", utf8(c.destination)});
        if (!c.holdPatronName.isEmpty())
            f.append(Field{"DA", utf8(c.holdPatronName)});
        if (!cv.isEmpty())
            f.append(Field{"CV", cv});
        for (const QString& message : c.messages)
            f.append(Field{"AF", utf8(message)});
        // Resensitize and magnetic media as Koha answers them (C4/SIP/ILS/Transaction/Checkin.pm:
        // resensitize is "not magnetic media" of the item, and C4::SIP::ILS::Item never sets
        // magnetic_media): Y and N for every item it knows, whatever the check-in's outcome (a hold,
        // a transit, a refusal); N and U for a barcode it does not know (MsgType.pm handle_checkin).
        return respond(
            session, seq, "10",
            QByteArray(c.ok ? "1" : "0") + yn(c.itemKnown) + (c.itemKnown ? "N" : "U") + yn(!cv.isEmpty()) + now, f);
    }

    if (m.id == "11") {
        auto result =
            m_circulation.checkout(QString::fromUtf8(m.field("AA")), QString::fromUtf8(m.field("AB")), account.library);
        Fields f = {{"AO", institution}, {"AA", m.field("AA")}, {"AB", m.field("AB")}};
        if (!result) {
            qCWarning(lcIls) << "SIP2 checkout failed:" << result.error().message;
            f += Fields{{"AJ", {}}, {"AH", {}}, {"AF", "Erreur interne du système de bibliothèque."}};
            return respond(session, seq, "12", "0NUN" + now, f);
        }
        const Circulation::Checkout& c = result.value();
        f.append(Field{"AJ", utf8(c.title)});
        f.append(Field{"AH", c.ok ? sipDate(c.due) : QByteArray()});
        if (c.ok)
            f.append(Field{"CK", "001"});
        for (const QString& message : c.messages)
            f.append(Field{"AF", utf8(message)});
        if (!c.ok)
            f.append(Field{"BL", yn(c.patronValid)});
        return respond(session, seq, "12", (c.ok ? QByteArray("1") + yn(c.renewal) + "NY" : QByteArray("0NUN")) + now,
                       f);
    }

    if (m.id == "17") {
        auto result = m_circulation.itemStatus(QString::fromUtf8(m.field("AB")));
        if (!result || !result.value().found)
            return respond(session, seq, "18", "010101" + now,
                           {{"AB", m.field("AB")}, {"AJ", {}}, {"AF", "Code-barres inconnu."}});
        const Circulation::ItemStatus& s = result.value();
        Fields f;
        if (s.holdQueue > 0)
            f.append(Field{"CF", QByteArray::number(s.holdQueue)});
        if (s.due.isValid())
            f.append(Field{"AH", sipDate(s.due)});
        if (s.pickupExpiry.isValid())
            f.append(Field{"CM", sipDate(s.pickupExpiry)});
        f += Fields{
            {"AB", utf8(s.barcode)},     {"AJ", utf8(s.title)},          {"BG", utf8(s.homeLibrary)}, {"CK", "001"},
            {"AQ", utf8(s.homeLibrary)}, {"AP", utf8(s.holdingLibrary)}, {"CS", utf8(s.callNumber)}};
        if (!s.destination.isEmpty())
            f.append(Field{"CT", utf8(s.destination)});
        return respond(session, seq, "18", utf8(s.circulationStatus) + "0201" + now, f);
    }

    if (m.id == "63") {
        const QByteArray language = m.fixed.left(3);
        const QByteArray summary = m.fixed.mid(21, 10);
        const QByteArray card = m.field("AA");
        auto result = m_circulation.patronStatus(QString::fromUtf8(card));
        if (!result || !result.value().found)
            return respond(
                session, seq, "64", "YYYY          " + language + now + "000000000000000000000000",
                {{"AO", institution}, {"AA", card}, {"AE", {}}, {"BL", "N"}, {"AF", "Carte de lecteur inconnue."}});
        const Circulation::PatronStatus& p = result.value();
        QByteArray status(14, ' ');
        if (p.restricted)
            status.replace(0, 4, "YYYY");
        if (p.expired)
            status[0] = 'Y';
        const QByteArray counts = count(int(p.waiting.size())) + count(int(p.overdue.size())) +
                                  count(int(p.charged.size())) + "0000" + "0000" + count(int(p.unavailable.size()));
        Fields f = {{"AO", institution}, {"AA", card}, {"AE", utf8(p.name)}, {"BL", "Y"}};
        if (m.hasField("AD"))
            f.append(Field{"CQ", "Y"}); // the training library does not check patron passwords
        auto list = [&](int position, const QByteArray& id, const QStringList& values) {
            if (summary.size() > position && summary[position] == 'Y')
                for (const QString& v : values)
                    f.append(Field{id, utf8(v)});
        };
        list(0, "AS", p.waiting);
        list(1, "AT", p.overdue);
        list(2, "AU", p.charged);
        list(5, "CD", p.unavailable);
        f.append(Field{"AQ", utf8(p.library)});
        f.append(Field{"PC", utf8(p.category)});
        if (p.restricted)
            f.append(Field{"AF", "Lecteur bloqué : voir le dossier à l'accueil."});
        if (p.expired)
            f.append(Field{"AF", "Abonnement expiré."});
        return respond(session, seq, "64", status + language + now + counts, f);
    }

    if (m.id == "15") {
        const char mode = m.fixed.at(0);
        const Circulation::HoldMode holdMode = mode == '-'   ? Circulation::HoldMode::Delete
                                               : mode == '*' ? Circulation::HoldMode::Change
                                                             : Circulation::HoldMode::Add;
        Fields f = {{"AO", institution}, {"AA", m.field("AA")}};
        if (mode != '+' && mode != '-' && mode != '*') {
            f.append(Field{"AF", "Mode de réservation inconnu."});
            return respond(session, seq, "16", "0N" + now, f);
        }
        if (m.field("AB").isEmpty()) {
            f.append(Field{"AF", "Code-barres du document requis."});
            return respond(session, seq, "16", "0N" + now, f);
        }
        auto result = m_circulation.hold(holdMode, QString::fromUtf8(m.field("AA")), QString::fromUtf8(m.field("AB")),
                                         QString::fromUtf8(m.field("BS")), m.field("BY") == "3");
        if (!result) {
            qCWarning(lcIls) << "SIP2 hold failed:" << result.error().message;
            f.append(Field{"AF", "Erreur interne du système de bibliothèque."});
            return respond(session, seq, "16", "0N" + now, f);
        }
        const Circulation::HoldChange& h = result.value();
        if (h.ok) {
            f.append(Field{"BR", QByteArray::number(h.queuePosition)});
            f.append(Field{"BS", utf8(h.pickup)});
        }
        f.append(Field{"AB", m.field("AB")});
        if (!h.title.isEmpty())
            f.append(Field{"AJ", utf8(h.title)});
        for (const QString& message : h.messages)
            f.append(Field{"AF", utf8(message)});
        return respond(session, seq, "16", QByteArray(h.ok ? "1" : "0") + yn(h.ok && h.available) + now, f);
    }

    if (m.id == "35")
        return respond(session, seq, "36", "Y" + now, {{"AO", institution}, {"AA", m.field("AA")}});

    qCInfo(lcIls) << "SIP2: unsupported message" << m.id;
    return resendRequest(session);
}

} // namespace comptoir::sandbox
