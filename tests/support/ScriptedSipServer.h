#pragma once

#include "sip2/Sip2Message.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace comptoir::test {

// A SIP2 server played by the test on loopback: it keeps every line the client sends and answers
// a login (94) and a status (98) itself, everything else through the test's function (which may
// answer several lines, or none).
class ScriptedSipServer
{
public:
    std::function<QList<QByteArray>(const sip2::Message& request)> answer;
    QList<QByteArray> received;

    bool start()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    qsizetype end;
                    while ((end = buffer->indexOf('\r')) >= 0) {
                        const QByteArray line = buffer->left(end);
                        buffer->remove(0, end + 1);
                        received << line;
                        for (const QByteArray& out : respond(line))
                            socket->write(out + '\r');
                    }
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

    // An answer with the request's sequence number (or another one).
    static QByteArray reply(const sip2::Message& request, const QByteArray& id, const QByteArray& fixed,
                            const QList<QPair<QByteArray, QByteArray>>& fields, int sequence = -2)
    {
        return sip2::build(id, fixed, fields, sequence == -2 ? request.sequence : sequence);
    }

private:
    QList<QByteArray> respond(const QByteArray& line)
    {
        auto parsed = sip2::parse(line);
        if (!parsed)
            return {};
        const sip2::Message& m = parsed.value();
        if (m.id == "93")
            return {reply(m, "94", "1", {})};
        if (m.id == "99")
            return {reply(m, "98", "YYYNNN030003" + QByteArray("20261122    100000") + "2.00", {{"AO", "CENTRE"}})};
        return answer ? answer(m) : QList<QByteArray>();
    }

    QTcpServer m_server;
};

} // namespace comptoir::test
