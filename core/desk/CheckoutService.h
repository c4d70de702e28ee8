#pragma once

#include "Verdict.h"
#include "desk/DeskQueries.h"
#include "desk/Privacy.h"
#include "ils/Sip2Client.h"
#include "store/Outbox.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace comptoir::desk {

struct CheckoutResult
{
    Verdict verdict;
    bool ok = false;
    bool provisional = false; // offline: recorded, sent when the ILS answers (or exported as .koc)
    QString actionUuid;
    QDate due;
};

// Pickup at the desk: a checkout goes to the durable outbox first, then to the ILS over SIP2
// (11), which fills the patron's waiting request. Offline it stays pending and is replayed (or
// exported in the .koc file); a refusal is shown with the ILS's reason and kept for review.
struct CancelReport
{
    QList<qint64> recorded; // requests whose cancellation is in the outbox
    Status status;          // why the rest could not be recorded
};

class CheckoutService : public QObject
{
    Q_OBJECT
public:
    CheckoutService(Outbox& outbox, ils::Sip2Client& sip, QObject* parent = nullptr);
    void setDesk(const QString& workstation, const QString& staff);
    void checkout(const QString& card, const QString& barcode, std::function<void(CheckoutResult)> done);
    bool isInFlight(const QString& uuid) const { return m_inFlight.contains(uuid); }
    // Expired requests taken off the hold shelf: their cancellation goes to the outbox (sent to the
    // ILS by the replay, REST DELETE /holds/{id}).
    static CancelReport cancelExpired(Outbox& outbox, const QList<ShelfHold>& expired, const QString& workstation,
                                      const QString& staff);

private:
    Outbox& m_outbox;
    ils::Sip2Client& m_sip;
    QString m_workstation, m_staff;
    QSet<QString> m_inFlight;
};

} // namespace comptoir::desk
