#include "ils/Sip2Client.h"

#include "Clock.h"
#include "Logging.h"
#include "ils/IlsError.h"

#include <algorithm>

namespace comptoir::ils {

namespace {

QStringList texts(const QList<QByteArray>& values)
{
    QStringList out;
    for (const QByteArray& v : values)
        if (!v.trimmed().isEmpty())
            out << QString::fromUtf8(v).trimmed();
    return out;
}

} // namespace

CheckinOutcome CheckinOutcome::from(const sip2::Message& m)
{
    CheckinOutcome o;
    o.ok = m.fixed.startsWith('1');
    if (m.fixed.size() > 1)
        o.resensitize = m.fixed[1] == 'Y'   ? CheckinOutcome::Resensitize::Yes
                        : m.fixed[1] == 'N' ? CheckinOutcome::Resensitize::No
                                            : CheckinOutcome::Resensitize::Unknown;
    o.alert = QString::fromLatin1(m.field("CV")).trimmed();
    o.destination = QString::fromUtf8(m.field("CT")).trimmed();
    o.holdPatronCard = QString::fromUtf8(m.field("CY")).trimmed();
    o.holdPatronName = QString::fromUtf8(m.field("DA")).trimmed();
    o.title = QString::fromUtf8(m.field("AJ")).trimmed();
    o.callNumber = QString::fromUtf8(m.field("CS")).trimmed();
    o.permanentLocation = QString::fromUtf8(m.field("AQ")).trimmed();
    o.screenMessages = texts(m.fieldAll("AF"));
    o.printLines = texts(m.fieldAll("AG"));
    return o;
}

CheckoutOutcome CheckoutOutcome::from(const sip2::Message& m)
{
    CheckoutOutcome o;
    o.ok = m.fixed.startsWith('1');
    o.renewal = m.fixed.size() > 1 && m.fixed[1] == 'Y';
    o.title = QString::fromUtf8(m.field("AJ")).trimmed();
    // Koha: "YYYYMMDD    HHMMSS", or a formatted date on some accounts; keep what parses.
    const QByteArray due = m.field("AH").trimmed();
    o.due = QDate::fromString(QString::fromLatin1(due.left(8)), QStringLiteral("yyyyMMdd"));
    o.patronValid = m.field("BL") != "N";
    o.screenMessages = texts(m.fieldAll("AF"));
    return o;
}

bool Sip2Client::changesState(const QByteArray& id)
{
    static const QByteArray ids[] = {"01", "09", "11", "15", "25", "29", "37", "65"};
    return std::find(std::begin(ids), std::end(ids), id) != std::end(ids);
}

bool Sip2Client::isAnswerLost(const Error& error)
{
    return error.code == QLatin1String("ils.transient.answer-lost");
}

Sip2Client::Sip2Client(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Sip2Client::onTimeout);
}

void Sip2Client::closeSocket()
{
    // Each connection gets its own socket: a late signal from a connection that was given up can
    // never be mistaken for news about the next one.
    if (!m_socket)
        return;
    QTcpSocket* old = m_socket.release();
    old->disconnect(this);
    old->abort();
    old->deleteLater();
}

void Sip2Client::openSocket()
{
    closeSocket();
    m_socket = std::make_unique<QTcpSocket>();
    QTcpSocket* socket = m_socket.get();
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        // One short message each way and a wait for the answer: Nagle's algorithm would only hold
        // a message back behind an unacknowledged one.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        ++m_connects;
        setPhase(Phase::LoggingIn);
        m_timer.stop();
        Pending login;
        login.internal = true;
        login.id = "93";
        login.fixed = "00";
        login.fields = {{"CN", m_config.login.toUtf8()}, {"CO", m_config.password.toUtf8()}};
        if (!m_config.location.isEmpty())
            login.fields.append({"CP", m_config.location.toUtf8()});
        transmit(std::move(login));
    });
    connect(socket, &QTcpSocket::readyRead, this, &Sip2Client::onReadyRead);
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError) { onDropped(socket->errorString()); });
    connect(socket, &QTcpSocket::disconnected, this, [this] { onDropped(QStringLiteral("connection closed")); });
    socket->connectToHost(m_config.host, m_config.port);
}

Sip2Client::~Sip2Client()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void Sip2Client::setConfig(const SipConfig& config)
{
    m_config = config;
    disconnectFromServer();
}

void Sip2Client::disconnectFromServer()
{
    m_timer.stop();
    closeSocket();
    m_buffer.clear();
    setPhase(Phase::Down);
}

void Sip2Client::setPhase(Phase phase)
{
    const bool wasReady = m_phase == Phase::Ready;
    m_phase = phase;
    if (wasReady != (phase == Phase::Ready))
        Q_EMIT connectionChanged(phase == Phase::Ready);
}

void Sip2Client::write(const QByteArray& bytes)
{
    if (m_socket) {
        m_socket->write(bytes);
        // Sent now, not at the next turn of the event loop.
        m_socket->flush();
    }
}

QByteArray Sip2Client::now() const
{
    return sip2::dateTime(m_clock.now().toLocalTime());
}

void Sip2Client::request(const QByteArray& id, const QByteArray& fixed, const Fields& fields, Done done)
{
    Pending p;
    p.id = id;
    p.fixed = fixed;
    p.fields = fields;
    p.done = std::move(done);
    m_queue.push_back(std::move(p));
    pump();
}

void Sip2Client::status(Done done)
{
    request("99", "0" + QByteArray("080") + "2.00", {}, std::move(done));
}

void Sip2Client::checkin(const QString& barcode, Done done)
{
    checkin(barcode, m_config.location, std::move(done));
}

void Sip2Client::checkin(const QString& barcode, const QString& location, Done done)
{
    request("09", "N" + now() + now(),
            {{"AP", (location.isEmpty() ? m_config.location : location).toUtf8()},
             {"AO", m_config.institution.toUtf8()},
             {"AB", barcode.toUtf8()},
             {"AC", {}}},
            std::move(done));
}

void Sip2Client::checkout(const QString& card, const QString& barcode, Done done)
{
    request("11", "YN" + now() + QByteArray(18, ' '),
            {{"AO", m_config.institution.toUtf8()}, {"AA", card.toUtf8()}, {"AB", barcode.toUtf8()}, {"AC", {}}},
            std::move(done));
}

void Sip2Client::itemInformation(const QString& barcode, Done done)
{
    request("17", now(), {{"AO", m_config.institution.toUtf8()}, {"AB", barcode.toUtf8()}, {"AC", {}}},
            std::move(done));
}

void Sip2Client::patronInformation(const QString& card, int summary, Done done)
{
    QByteArray positions(10, ' ');
    if (summary >= 0 && summary < 10)
        positions[summary] = 'Y';
    request("63", "002" + now() + positions, {{"AO", m_config.institution.toUtf8()}, {"AA", card.toUtf8()}, {"AC", {}}},
            std::move(done));
}

void Sip2Client::endSession(const QString& card, Done done)
{
    request("35", now(), {{"AO", m_config.institution.toUtf8()}, {"AA", card.toUtf8()}}, std::move(done));
}

void Sip2Client::pump()
{
    if (m_inflight)
        return;
    if (m_phase == Phase::Down) {
        if (m_queue.empty())
            return;
        setPhase(Phase::Connecting);
        m_buffer.clear();
        openSocket();
        m_timer.start(m_config.timeoutMs);
        return;
    }
    if (m_phase != Phase::Ready || m_queue.empty())
        return;
    Pending next = std::move(m_queue.front());
    m_queue.pop_front();
    transmit(std::move(next));
}

void Sip2Client::transmit(Pending pending)
{
    QByteArray bytes;
    if (m_config.errorDetection) {
        m_expectedSequence = m_sequence;
        bytes = sip2::build(pending.id, pending.fixed, pending.fields, m_sequence);
        m_sequence = (m_sequence + 1) % 10;
    } else {
        m_expectedSequence = -1;
        bytes = sip2::build(pending.id, pending.fixed, pending.fields);
    }
    m_lastSent = bytes;
    m_inflight = std::move(pending);
    write(bytes + '\r');
    m_timer.start(m_config.timeoutMs);
}

void Sip2Client::onReadyRead()
{
    if (!m_socket)
        return;
    // Only the bytes that just arrived are searched for the end of a line; a line is at most
    // sip2::MaxMessageBytes long, and never more than that is read ahead.
    qsizetype searchFrom = m_buffer.size();
    m_buffer += m_socket->read(sip2::MaxMessageBytes + 1 - std::min(m_buffer.size(), sip2::MaxMessageBytes));
    while (true) {
        qsizetype end = -1;
        for (qsizetype i = searchFrom; i < m_buffer.size(); ++i) {
            if (m_buffer[i] == '\r' || m_buffer[i] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            if (m_buffer.size() > sip2::MaxMessageBytes) {
                m_buffer.clear();
                onDropped(QStringLiteral("the server sent an endless line"));
                return;
            }
            if (m_socket && m_socket->bytesAvailable() > 0) {
                searchFrom = m_buffer.size();
                m_buffer += m_socket->read(sip2::MaxMessageBytes + 1 - m_buffer.size());
                continue;
            }
            return;
        }
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        searchFrom = 0;
        if (!line.isEmpty())
            onLine(line);
        if (!m_socket)
            return;
    }
}

void Sip2Client::onLine(const QByteArray& line)
{
    if (!m_inflight) {
        qCInfo(lcIls) << "SIP2: unexpected answer ignored";
        return;
    }
    auto parsed = sip2::parse(line);
    const bool resendAsked = parsed && parsed.value().id == "96";
    const bool unreadable = !parsed || (parsed.value().hasChecksum && !parsed.value().checksumValid);
    if (resendAsked || unreadable) {
        if (++m_inflight->resends > m_config.maxResends) {
            complete(makeError(ErrorClass::Transient, QStringLiteral("garbled"),
                               resendAsked ? QStringLiteral("the SIP2 server cannot read our request")
                                           : QStringLiteral("the SIP2 server's answers are garbled")));
            return;
        }
        if (resendAsked) {
            qCInfo(lcIls) << "SIP2: server asked for a resend";
            write(m_lastSent + '\r');
        } else {
            qCInfo(lcIls) << "SIP2: unreadable answer, asking for it again";
            write(m_config.errorDetection ? QByteArray("97AZFEF5\r") : QByteArray("97\r"));
        }
        m_timer.start(m_config.timeoutMs);
        return;
    }
    const sip2::Message& m = parsed.value();
    if (m_expectedSequence >= 0 && m.sequence >= 0 && m.sequence != m_expectedSequence) {
        qCInfo(lcIls) << "SIP2: stale answer (sequence" << m.sequence << ") ignored";
        return;
    }
    m_timer.stop();
    complete(m);
}

void Sip2Client::complete(Result<sip2::Message> result)
{
    Pending done = std::move(*m_inflight);
    m_inflight.reset();
    if (done.internal) {
        if (!result) {
            failAll(result.error());
            disconnectFromServer();
            return;
        }
        const sip2::Message& m = result.value();
        if (done.id == "93") {
            if (m.id != "94" || !m.fixed.startsWith('1')) {
                qCWarning(lcIls) << "SIP2: login refused";
                failAll(
                    makeError(ErrorClass::Auth, QStringLiteral("login"),
                              QStringLiteral("the SIP2 server refused the login of account %1").arg(m_config.login)));
                disconnectFromServer();
                return;
            }
            Pending status;
            status.internal = true;
            status.id = "99";
            status.fixed = "0080" + QByteArray("2.00");
            transmit(std::move(status));
            return;
        }
        // 98: ready for business.
        setPhase(Phase::Ready);
        pump();
        return;
    }
    if (result && !done.id.isEmpty()) {
        // The answer's id is the request's plus one (09 → 10); anything else is refused.
        const int expected = done.id.toInt() + 1;
        const QByteArray want = QByteArray::number(expected).rightJustified(2, '0');
        if (done.id != "99" && result.value().id != want)
            result = makeError(ErrorClass::Transient, QStringLiteral("unexpected"),
                               QStringLiteral("the SIP2 server answered %1 to %2")
                                   .arg(QString::fromLatin1(result.value().id), QString::fromLatin1(done.id)));
    }
    done.done(std::move(result));
    pump();
}

void Sip2Client::failAll(const Error& error)
{
    auto queue = std::exchange(m_queue, {});
    for (Pending& p : queue)
        if (p.done)
            p.done(error);
}

void Sip2Client::onTimeout()
{
    onDropped(m_phase == Phase::Connecting ? QStringLiteral("cannot connect within the time limit")
                                           : QStringLiteral("no answer within the time limit"));
}

void Sip2Client::onDropped(const QString& why)
{
    if (m_phase == Phase::Down)
        return;
    const Phase was = m_phase;
    m_timer.stop();
    closeSocket();
    m_buffer.clear();
    setPhase(Phase::Down);
    qCInfo(lcIls) << "SIP2: connection lost:" << why;
    const Error error =
        makeError(ErrorClass::Transient, QStringLiteral("connection"),
                  QStringLiteral("SIP2 server %1:%2: %3").arg(m_config.host).arg(m_config.port).arg(why));
    if (m_inflight) {
        Pending p = std::move(*m_inflight);
        m_inflight.reset();
        if (!p.internal && changesState(p.id)) {
            // It reached the wire: the ILS may have applied it. Never send it again from here.
            qCWarning(lcIls) << "SIP2: answer to a" << p.id << "lost; its outcome is unknown, not resent";
            if (p.done)
                p.done(makeError(ErrorClass::Transient, QStringLiteral("answer-lost"),
                                 tr("The library system's answer was lost (%1); its state is checked before "
                                    "anything is sent again.")
                                     .arg(why)));
            Q_EMIT answerLost(p.id);
            if (was == Phase::Connecting || was == Phase::LoggingIn)
                failAll(error);
            else
                QTimer::singleShot(0, this, [this] { pump(); });
            return;
        }
        if (!p.internal && p.retries == 0) {
            // Reconnect, log in again, and try this request once more (it reads, changes nothing).
            ++p.retries;
            p.resends = 0;
            m_queue.push_front(std::move(p));
            QTimer::singleShot(0, this, [this] { pump(); });
            return;
        }
        if (!p.internal && p.done)
            p.done(error);
    }
    if (was == Phase::Connecting || was == Phase::LoggingIn) {
        // The server cannot be reached: every waiting request fails now (the caller works offline).
        failAll(error);
        return;
    }
    QTimer::singleShot(0, this, [this] { pump(); });
}

} // namespace comptoir::ils
