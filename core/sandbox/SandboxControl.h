#pragma once

#include "Clock.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>

namespace comptoir::sandbox {

// The training library's clock: starts at a chosen moment and runs `speed` times faster than real
// time (the live mode's accelerated day); tests and the admin endpoint can also jump it forward.
class SandboxClock final : public Clock
{
public:
    explicit SandboxClock(const QDateTime& start = QDateTime::currentDateTimeUtc(), double speed = 1.0);
    QDateTime now() const override;
    QDate today() const { return now().date(); }
    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }
    double speed() const { return m_speed; }

private:
    QDateTime m_start;
    double m_speed;
    qint64 m_offsetMs = 0;
    QElapsedTimer m_elapsed;
};

// Faults the training library injects on demand, so that tests and training sessions can see how
// the client behaves when the library system misbehaves. Counts apply to the next N requests
// (-1: every request until cleared).
struct FaultPlan
{
    int restErrors = 0;     // answer 500 Internal Server Error
    int restMalformed = 0;  // answer 200 with a truncated JSON body
    int restDelayMs = 0;    // answer after this delay
    bool restHang = false;  // never answer (until the fault is cleared)
    int sipDrop = 0;        // process the request, send half of the response, then close the connection
    int sipDropRequest = 0; // close the connection on receiving a request, without processing it
    int sipResend = 0;      // answer 96 ("send it again") to a request, without processing it
    int sipBadChecksum = 0; // send a response whose checksum is wrong
    bool sipSilent = false; // read requests, never answer

    // "rest-500=3", "rest-malformed", "rest-delay=2000", "rest-hang", "sip-drop=1", "sip-drop-request=1",
    // "sip-resend=2", "sip-bad-checksum", "sip-silent"; a count without a value means every request.
    // The SIP2 faults never land on a login (93).
    Status apply(const QString& spec);
    Status apply(const QJsonObject& json); // same names as keys
    QJsonObject toJson() const;
    bool any() const;
    static QStringList names();

    // Consumes one occurrence of a counted fault; true when it applies to this request.
    static bool take(int& counter);
};

} // namespace comptoir::sandbox
