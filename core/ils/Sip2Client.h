#pragma once

#include "Result.h"
#include "sip2/Sip2Message.h"

#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace comptoir {
class Clock;
}

namespace comptoir::ils {

struct SipConfig
{
    QString host;
    quint16 port = 0;
    QString login;
    QString password;    // read from the keychain, never stored
    QString institution; // AO
    QString location;    // CP at login, AP at check-in: the counter's library
    bool errorDetection = true;
    int timeoutMs = 5000;
    int maxResends = 3; // 97 / 96 rounds before giving up on one request
};

// What a check-in (10) said, in the terms the desk uses.
struct CheckinOutcome
{
    // The answer's fixed field "resensitize" (10, position 2): Y, the ILS asks for the item's
    // security to be set again; N, to leave it as it is (Koha: an item it does not know, or magnetic
    // media); Unknown for any other byte (a "U", a short answer).
    enum class Resensitize { Yes, No, Unknown };
    bool ok = false;
    Resensitize resensitize = Resensitize::Unknown;
    QString alert;       // CV: "01" hold here, "02" hold elsewhere, "04" send elsewhere, "99" other, empty: none
    QString destination; // CT
    QString holdPatronCard, holdPatronName; // CY, DA
    QString title, callNumber, permanentLocation;
    QStringList screenMessages, printLines; // AF, AG
    static CheckinOutcome from(const sip2::Message& message);
};

struct CheckoutOutcome
{
    bool ok = false;
    bool renewal = false;
    QString title;
    QDate due;
    bool patronValid = true;
    QStringList screenMessages;
    static CheckoutOutcome from(const sip2::Message& message);
};

// A SIP2 connection with the protocol's error handling: one request at a time in order, sequence
// numbers and checksums when error detection is on, 97 when an answer's checksum is wrong, the last
// request again on 96, a time limit per request, and on timeout or a dropped connection: reconnect,
// log in again (93, 99) and retry the request once, unless the request changes the ILS's state
// (check-in, checkout, renewal, hold, fee, patron block …): one of those may already have been
// applied, so it is never resent blindly. It fails with "ils.transient.answer-lost" and
// answerLost() is emitted; the caller keeps the action pending and the replay asks the ILS's state
// first (item information 17, patron information 63) before sending anything again. Reads Koha's
// real answers (CR LF, trailing |, no checksum, empty fields).
class Sip2Client : public QObject
{
    Q_OBJECT
public:
    using Fields = QList<QPair<QByteArray, QByteArray>>;
    using Done = std::function<void(Result<sip2::Message>)>;

    explicit Sip2Client(const Clock& clock, QObject* parent = nullptr);
    ~Sip2Client() override;
    void setConfig(const SipConfig& config);
    const SipConfig& config() const { return m_config; }

    void request(const QByteArray& id, const QByteArray& fixed, const Fields& fields, Done done);
    void status(Done done);
    void checkin(const QString& barcode, Done done);
    // A check-in at another location (AP) than the counter's: a locker bank's.
    void checkin(const QString& barcode, const QString& location, Done done);
    void checkout(const QString& card, const QString& barcode, Done done);
    void itemInformation(const QString& barcode, Done done);
    // summary: which list to return (0 hold items … 5 unavailable holds), -1 none.
    void patronInformation(const QString& card, int summary, Done done);
    void endSession(const QString& card, Done done);

    // Messages whose effect on the ILS must not happen twice (SIP2 2.00: 01, 09, 11, 15, 25, 29, 37, 65).
    static bool changesState(const QByteArray& id);
    static bool isAnswerLost(const Error& error);

    bool isReady() const { return m_phase == Phase::Ready; }
    int pending() const { return int(m_queue.size()) + (m_inflight ? 1 : 0); }
    int connects() const { return m_connects; }
    void disconnectFromServer();

Q_SIGNALS:
    void connectionChanged(bool ready);
    // A state-changing request was sent and its answer never came: its outcome is unknown.
    void answerLost(const QByteArray& id);

private:
    enum class Phase { Down, Connecting, LoggingIn, Ready };
    struct Pending
    {
        QByteArray id, fixed;
        Fields fields;
        Done done;
        int retries = 0; // after a reconnect
        int resends = 0; // 96 / 97 rounds
        bool internal = false;
    };
    void openSocket();
    void closeSocket();
    void write(const QByteArray& bytes);
    void pump();
    void transmit(Pending pending);
    void onReadyRead();
    void onLine(const QByteArray& line);
    void onTimeout();
    void onDropped(const QString& why);
    void complete(Result<sip2::Message> result);
    void failAll(const Error& error);
    void setPhase(Phase phase);
    QByteArray now() const;

    const Clock& m_clock;
    SipConfig m_config;
    std::unique_ptr<QTcpSocket> m_socket; // one per connection
    QTimer m_timer;
    Phase m_phase = Phase::Down;
    std::deque<Pending> m_queue;
    std::optional<Pending> m_inflight;
    QByteArray m_lastSent;
    QByteArray m_buffer;
    int m_sequence = 0;
    int m_expectedSequence = -1;
    int m_connects = 0;
};

} // namespace comptoir::ils
