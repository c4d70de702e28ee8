#pragma once

#include "Result.h"
#include "demo/TrainingLibrary.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace comptoir {
class Clock;
}

namespace comptoir::sandbox {

class Circulation;
struct FaultPlan;

// A SIP2 account, as in Koha's SIPconfig.xml: one per counter or branch.
struct SipAccount
{
    QString login;
    QString password;
    QString institution;        // AO
    QString library;            // the branch transactions happen at
    bool errorDetection = true; // AY/AZ on responses, 96 on a bad checksum
    bool crlf = false;          // Koha's default terminator is CR LF; "CR" accounts send CR only
};

// The training library's SIP2 server, with Koha's framing and semantics (C4/SIP): login first,
// then 99, 09, 11, 17, 63, 15, 35, 97; 96 for what cannot be read. Reference:
// shared/reference/protocols.md §1 and ils.md §1.7.
class Sip2Server
{
public:
    static inline const QString DefaultPassword = demo::SipPassword;
    static constexpr int MaxLine = 4096; // longer lines are refused and the connection closed

    Sip2Server(Circulation& circulation, const Clock& clock, FaultPlan& faults);
    ~Sip2Server();

    // For each library: "<id in lower case>" with error detection and CR, and "<id>-koha" without
    // error detection and with CR LF, as a stock Koha account; password "formation".
    static QList<SipAccount> defaultAccounts(const QStringList& libraries);
    void setAccounts(const QList<SipAccount>& accounts) { m_accounts = accounts; }

    Result<quint16> listen(const QHostAddress& address, quint16 port);
    int connectionCount() const { return int(m_sessions.size()); }
    // Every request processed after a login, as "id AB AA" (AB: item, AA: patron), oldest first: how
    // a test sees that a state-changing message reached the library system twice. Keeps the last
    // MaxJournal entries.
    static constexpr int MaxJournal = 100000;
    const QList<QByteArray>& journal() const { return m_journal; }
    void clearJournal() { m_journal.clear(); }

private:
    struct Session;
    void read(QTcpSocket* socket);
    // One request line in, the bytes to send back (without terminator); empty: no answer.
    QByteArray handle(Session& session, const QByteArray& line, bool& close);
    QByteArray respond(Session& session, int sequence, const QByteArray& id, const QByteArray& fixed,
                       const QList<QPair<QByteArray, QByteArray>>& fields);
    QByteArray resendRequest(const Session& session) const;

    Circulation& m_circulation;
    const Clock& m_clock;
    FaultPlan& m_faults;
    QList<SipAccount> m_accounts;
    std::unique_ptr<QTcpServer> m_server;
    QHash<QTcpSocket*, std::shared_ptr<Session>> m_sessions;
    QList<QByteArray> m_journal;
};

} // namespace comptoir::sandbox
