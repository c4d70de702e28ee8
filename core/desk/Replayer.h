#pragma once

#include "ils/IlsError.h"
#include "store/Outbox.h"

#include <QObject>

#include <functional>

namespace comptoir {
class Clock;
}
namespace comptoir::ils {
class KohaRestClient;
class Sip2Client;
} // namespace comptoir::ils

namespace comptoir::desk {

struct ReplayReport
{
    int applied = 0;        // sent to the ILS and accepted
    int alreadyApplied = 0; // the ILS's state showed it had happened: not sent again
    int review = 0;         // refused: in the review list with the ILS's reason
    int remaining = 0;      // still pending (the ILS went away again)
    Status status;          // why the replay stopped early, if it did
};

// Replays the outbox's pending actions in the order they were made, once the ILS is back. Each
// action first asks the ILS for the current state (item information before a check-in, the
// patron's loans before a checkout), so an action that already took effect is never applied
// twice; what the ILS refuses goes to the review list with its reason; a transient failure stops
// the replay and leaves the rest pending for the next try. Nothing is dropped.
class Replayer : public QObject
{
    Q_OBJECT
public:
    Replayer(Outbox& outbox, ils::Sip2Client& sip, ils::KohaRestClient* rest, QObject* parent = nullptr);
    void setLocation(const QString& location) { m_location = location; }
    // Actions the desk is still waiting an answer for: left pending, replayed next time.
    void setInFlight(std::function<bool(const QString& uuid)> inFlight) { m_inFlight = std::move(inFlight); }
    void replay();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const comptoir::desk::ReplayReport& report);

private:
    void next();
    void done(const OutboxAction& action, Status outcome, bool alreadyApplied, const QString& why = {});
    void replayCheckin(const OutboxAction& action);
    void replayCheckout(const OutboxAction& action);
    void replayCancel(const OutboxAction& action);
    void replayPlaceHold(const OutboxAction& action);
    void stop(Status status);

    Outbox& m_outbox;
    ils::Sip2Client& m_sip;
    ils::KohaRestClient* m_rest;
    QString m_location;
    bool m_running = false;
    QList<OutboxAction> m_todo;
    int m_index = 0;
    int m_skipped = 0;
    std::function<bool(const QString&)> m_inFlight;
    ReplayReport m_report;
};

} // namespace comptoir::desk
