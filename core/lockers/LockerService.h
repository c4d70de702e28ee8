#pragma once

#include "Verdict.h"
#include "desk/Privacy.h"
#include "ils/Sip2Client.h"
#include "lockers/LockPoller.h"
#include "lockers/LockerStore.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace comptoir {
class CacheStore;
class Clock;
} // namespace comptoir

namespace comptoir::ils {
class KohaRestClient;
}

namespace comptoir::lockers {

// What the locker bank said about a scan or a door: the kind for tests and screens, a verdict for
// the banner or the kiosk.
struct LockerOutcome
{
    enum class Kind {
        DoorOpening,    // loading: this door opens for the item
        Loaded,         // the door closed on the item: checked in at the bank
        WrongItem,      // not waiting for pickup at this bank
        AlreadyIn,      // already in a door
        Full,           // no free door of a fitting size
        Jammed,         // the door did not open (the next door is tried for a loading)
        NoItemSeen,     // closed with nothing inside (item sensor)
        BoardDown,      // the board does not answer: out of service
        NotReady,       // sensors not read yet (start, restart)
        PickupOpening,  // kiosk: the patron's doors open
        NothingWaiting, // kiosk: nothing for this card
        PickupDone,     // kiosk: the door closed again
        ReturnOpening,  // kiosk: a return door opens
        Returned,       // the return door closed: checked in
        ReturnsFull,    // no free return door
        ClearingOpen,   // staff: an expired door or a return door opens to be emptied
        Cleared,        // … and closed: its items checked in at the desk
        Alert,          // forced open, left open, a board lost
        Error,          // the store refused (disk)
    };
    Kind kind = Kind::Error;
    Verdict verdict;
    QString barcode;
    QStringList doorUuids, doorLabels;
    // Kiosk pickup: what the doors held (for the receipt), and the patron's name as the privacy
    // setting lets it be shown.
    QString patronName;
    QStringList itemBarcodes, itemTitles;
};
QString outcomeName(LockerOutcome::Kind kind);

// Where an item scanned at the bank goes: the request it fills there (from the cache).
struct LoadCandidate
{
    qint64 holdId = 0;
    QString card, surname, firstname, title, itemType, status;
    QDate expires;
};

// One locker bank at this counter: loading by staff (scanner only), clearing, and the patron
// kiosk's pickups and returns. Door assignments and pending actions live in the outbox file
// (LockerStore), written before any door opens; SIP2 check-ins at the bank's location and
// checkouts go through the outbox (acknowledged when the ILS answers, replayed otherwise). The
// doors' sensors are read before anything opens (at start and after a crash); what was in
// progress is resolved from them (recover()).
class LockerService : public QObject
{
    Q_OBJECT
public:
    LockerService(Outbox& outbox, CacheStore& cache, ils::Sip2Client& sip, const Clock& clock, BankConfig bank,
                  const QString& workstation, const QString& staff, QObject* parent = nullptr);
    ~LockerService() override;

    // The boards' poller (nullptr: a vendor bank, no boards of ours).
    void setPoller(LockPoller* poller);
    void setNameDisplay(desk::NameDisplay display) { m_display = display; }
    desk::NameDisplay nameDisplay() const { return m_display; }
    // Where items taken out of expired doors are checked in (the staff's desk).
    void setDeskLocation(const QString& location) { m_deskLocation = location; }
    // Days a loaded item waits (when the cache does not know the request's new expiry).
    void setPickupDays(int days) { m_pickupDays = days; }
    // The ILS's REST API: once a loaded item's check-in at the bank is answered, its request's last
    // pickup day is read back from the ILS (GET /holds, as the sync reads requests) and replaces the
    // guess on the door. Unset: the guess stays.
    void setRest(ils::KohaRestClient* rest) { m_rest = rest; }
    // Reads the ILS's expiry for every loaded item that has none yet (after a restart, a replay).
    void refreshExpiries();

    const BankConfig& bank() const { return m_bank; }
    LockerStore& store() { return m_store; }
    // Makes the configured doors exist in the store; resolves what was in progress once the
    // sensors have been read.
    Status open();
    bool ready() const;
    bool isInFlight(const QString& uuid) const { return m_inFlight.contains(uuid); }
    Result<QList<LockerDoor>> doors() { return m_store.doors(); }
    std::optional<LoadCandidate> candidate(const QString& barcode) const;
    // Items waiting for pickup at the bank (in transit to it or captured there) in no door yet, by
    // patron: the vendor bank's loading list.
    QList<QPair<QString, LoadCandidate>> loadingList(int limit = 500);
    bool boardDown() const; // a board of the bank does not answer

    // Staff: an item scanned at the bank.
    LockerOutcome load(const QString& barcode);
    // Vendor bank: the door the item went into, by its label (scanned or typed); checked in at once.
    LockerOutcome recordVendorDoor(const QString& barcode, const QString& doorLabel);
    // Staff: open an expired or return door to empty it.
    LockerOutcome clear(const QString& doorUuid);
    // Patron: a card at the kiosk (checked already when a PIN is asked).
    LockerOutcome pickup(const QString& card);
    // Patron: a return deposited.
    LockerOutcome deposit(const QString& barcode);
    // Patron: card and PIN checked by the ILS (SIP2 63, AD; BL and CQ must say Y). Offline: refused
    // (a PIN cannot be checked), and said so (ok false, offline true).
    void checkPatron(const QString& card, const QString& pin, std::function<void(bool ok, bool offline)> done);

Q_SIGNALS:
    void outcome(const comptoir::lockers::LockerOutcome& outcome);
    void doorsChanged();
    // The ILS's answer to a locker check-in or checkout (or its absence: ok false, pending).
    void actionSent(const QString& uuid, bool ok);
    // An alert was recorded in the outbox (locker event "alert"): the network store may publish it.
    void alertRecorded();

private:
    void onDoorEvent(const DoorEvent& event);
    void onSettled();
    void recover();
    std::optional<LockerDoor> doorAt(int board, int lock);
    std::optional<LockerDoor> chooseDoor(const QList<LockerDoor>& doors, DoorSize size, const QString& card,
                                         const QSet<QString>& exclude) const;
    LockerOutcome loadInto(const QString& barcode, const LoadCandidate& c, const QSet<QString>& exclude);
    void completeLoading(const LockerDoor& door);
    void completeReturn(const LockerDoor& door);
    void finishClearing(const LockerDoor& door);
    void send(const QList<OutboxAction>& actions);
    void sendCheckouts(const QString& doorUuid);
    void readExpiry(const QString& doorUuid, const QString& barcode, qint64 holdId);
    void expiryAfterCheckin(const QString& doorUuid, const QString& barcode);
    bool hasItem(const LockerDoor& door) const;
    bool itemSensors() const;
    std::optional<bool> closed(const LockerDoor& door) const;
    LockerOutcome make(LockerOutcome::Kind kind, VerdictKind verdict, const QString& title, const QString& detail = {});
    void tell(const LockerOutcome& o);
    void recordAlert(const LockerOutcome& o);

    Outbox& m_outbox;
    CacheStore& m_cache;
    ils::Sip2Client& m_sip;
    ils::KohaRestClient* m_rest = nullptr;
    const Clock& m_clock;
    BankConfig m_bank;
    LockerStore m_store;
    LockPoller* m_poller = nullptr;
    desk::NameDisplay m_display = desk::NameDisplay::Abbreviated;
    QString m_deskLocation;
    int m_pickupDays = 7;
    bool m_recovered = false;
    QSet<QString> m_inFlight;
    QHash<QString, QSet<QString>> m_jammedFor; // barcode → doors that jammed for it (this loading)
    QSet<QString> m_checkoutsSent;             // doors whose pickup checkouts were sent
    QSet<QString> m_expiryAsked;               // barcodes whose ILS expiry is being read
};

} // namespace comptoir::lockers
