#pragma once

#include "Verdict.h"
#include "desk/Privacy.h"
#include "ils/Sip2Client.h"
#include "store/Outbox.h"

#include "desk/DeskQueries.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace comptoir {
class CacheStore;
class Clock;
} // namespace comptoir

namespace comptoir::desk {

// Who is at the counter: every action is attributed.
struct DeskIdentity
{
    QString site;
    QString workstation;
    QString staff;
};

struct CaptureResult
{
    Verdict verdict;
    bool provisional = false; // computed offline from the cache; confirmed when the outbox is replayed
    bool recorded = false;    // the action is in the outbox (nothing is confirmed otherwise)
    QString actionUuid;
    ils::CheckinOutcome outcome; // the ILS's answer, when there was one
    QString destination;         // pickup library or home library, for transit slips
    qint64 bagOrder = 0;         // click & collect order (hold_group_id), when the item goes in a bag
    int bagGathered = 0, bagTotal = 0;
    // Whether the item's tag gets its "secured" value now: as the ILS's answer asks (resensitize Y,
    // or a byte other than N), and offline (the item is back in the library; the ILS cannot be
    // asked). Not when the ILS says N (the verdict says so) or refused the item without an answer.
    bool secure = false;
    QString shelf;      // hold shelf position (emplacement), for a request waiting here
    QDate holdExpires;  // last pickup day of that request, as the ILS set it
    QString callNumber; // where the item goes back on the shelves (no request)
    QString locationName;
};

// Check-in with hold capture, the desk's core gesture: the action goes to the durable outbox first,
// then to the ILS over SIP2; the ILS's answer (alerts 01/02/04, CT, CY/DA) becomes the verdict. When
// the ILS cannot be reached, the verdict is computed from the cache (the site's requests and pick
// list) and marked provisional; the action stays pending for the replay.
class CaptureService : public QObject
{
    Q_OBJECT
public:
    CaptureService(Outbox& outbox, CacheStore& cache, ils::Sip2Client& sip, const Clock& clock,
                   const DeskIdentity& desk, QObject* parent = nullptr);
    void setDesk(const DeskIdentity& desk) { m_desk = desk; }
    // An action whose SIP2 request is on its way: the replay leaves it alone until it is answered.
    bool isInFlight(const QString& uuid) const { return m_inFlight.contains(uuid); }
    // How much of the patron's name verdicts show (privacy setting).
    void setNameDisplay(NameDisplay display) { m_display = display; }
    // What staff call the shelving locations (the shelf layout's names), for "back to the shelf".
    void setLocationNames(const QHash<QString, QString>& names) { m_locationNames = names; }

    // source: where the scan came from, kept with the action ("pull": a line of the pull run found,
    // which the daily report counts); empty for the capture page.
    void checkin(const QString& barcode, std::function<void(CaptureResult)> done, const QString& source = {});
    // Called with every verdict before it is handed back (home delivery turns an item for the
    // delivery location into its parcel's verdict).
    void setAfterVerdict(std::function<void(const QString& barcode, CaptureResult&)> hook) { m_afterVerdict = std::move(hook); }

    // The verdict the cache alone gives (offline).
    CaptureResult provisional(const QString& barcode);
    QString libraryName(const QString& id);
    // An item's title and home library id as the cache knows them (empty when it does not).
    std::pair<QString, QString> itemLabel(const QString& barcode);

private:
    CaptureResult fromOutcome(const ils::CheckinOutcome& outcome);
    void bagVerdict(const QString& barcode, CaptureResult& result);
    void holdVerdict(CaptureResult& result) const;
    void reshelveVerdict(const QString& barcode, CaptureResult& result);

    Outbox& m_outbox;
    CacheStore& m_cache;
    ils::Sip2Client& m_sip;
    const Clock& m_clock;
    DeskQueries m_queries;
    DeskIdentity m_desk;
    NameDisplay m_display = NameDisplay::Abbreviated;
    QSet<QString> m_inFlight;
    QHash<QString, QString> m_locationNames;
    std::function<void(const QString&, CaptureResult&)> m_afterVerdict;
};

} // namespace comptoir::desk
