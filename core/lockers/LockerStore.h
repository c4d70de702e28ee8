#pragma once

#include <QJsonObject>

#include "Result.h"
#include "lockers/LockerConfig.h"
#include "store/Outbox.h"

#include <QDate>
#include <QDateTime>

namespace comptoir {
class Clock;
}

namespace comptoir::lockers {

enum class DoorState { Free, Loading, Loaded, Pickup, Return, Clearing, Jammed, OutOfService };
QString doorStateName(DoorState state);
DoorState doorStateFromName(const QString& name);

struct LockerItem
{
    QString uuid, doorUuid, barcode;
    bool isReturn = false;
    qint64 holdId = 0;
    QString title;
    QString state; // loading, in, taken, cleared, abandoned
    QString actionUuid;
    QDateTime placedAt;
    QDate expires; // the request's last pickup day as the ILS set it (invalid: not read yet)
};

struct LockerDoor
{
    QString uuid, bank;
    int board = 0, lock = 0;
    QString label;
    DoorSize size = DoorSize::Medium;
    bool returns = false;
    DoorState state = DoorState::Free;
    QString patronCard, patronName; // name as the privacy setting lets it be shown
    QDate expires;
    QString operation; // the kiosk pickup or loading in progress (uuid), for recovery
    QDateTime updatedAt;
    int version = 0;
    QList<LockerItem> items; // loading or in
    bool expired(const QDate& today) const
    {
        return state == DoorState::Loaded && expires.isValid() && expires < today;
    }
};

// An alert of the bank (a locker event of kind "alert"): a door jammed, forced open or left open, a
// board lost, a patron turned away by the kiosk. Kept for the counters to be told (issue 21: the
// network store publishes them).
struct LockerAlert
{
    qint64 id = 0; // the event's row: publish those after the last one published
    QDateTime at;
    QString bank, doorUuid, barcode;
    QString detail; // "<outcome>: <what was said>" (LockerService::outcomeName)
    QString workstation;
};

// A new check-in or checkout for the outbox (kind, payload), written by a store transition.
struct LockerAction
{
    QString kind; // "checkin" or "checkout" (desk/Actions.h)
    QJsonObject payload;
};

// Door assignments and locker history in the outbox file (schema 6): every transition is one
// transaction with its event, and with the outbox actions it leads to. Transitions are guarded by
// the state they start from (a door taken by another counter meanwhile is refused, never
// assigned twice). Error codes: lockers.door_taken, lockers.item_elsewhere, lockers.unknown, store.*.
class LockerStore
{
public:
    LockerStore(Outbox& outbox, const Clock& clock, QString bank, QString workstation, QString staff);
    void setStaff(const QString& staff) { m_staff = staff; }

    // Makes the doors of the configuration exist (new doors get a uuid; a door's size, label and
    // lock follow the configuration). Doors removed from the configuration go out of service.
    Status sync(const BankConfig& config);
    Result<QList<LockerDoor>> doors();
    Result<LockerDoor> door(const QString& uuid);
    // The door an item is in (or being loaded in).
    Result<std::optional<LockerDoor>> doorOfItem(const QString& barcode);

    // Loading: an item goes into a free door, or a door already holding that patron's items.
    Result<LockerDoor> assignForLoading(const QString& doorUuid, const QString& barcode, qint64 holdId,
                                        const QString& title, const QString& card, const QString& name,
                                        const QDate& expires);
    // The door closed with the item in: the item is in, the door loaded, and its check-in at the
    // bank's location is in the outbox, in one transaction. Returns the outbox actions.
    Result<QList<OutboxAction>> completeLoading(const QString& doorUuid, const QString& location);
    // The item did not go in (jammed, no item seen, taken back): the door returns to what it was.
    Status abandonLoading(const QString& doorUuid, const QString& why, DoorState after = DoorState::Free);

    // Kiosk pickup: the doors' items are taken and their checkouts are in the outbox, in one
    // transaction, before any door opens.
    Result<QList<OutboxAction>> startPickup(const QStringList& doorUuids, const QString& card,
                                            const QString& operation);
    // The door closed after a pickup: free again, the patron forgotten.
    Status finishPickup(const QString& doorUuid);
    // Recovery: the door never opened (found closed with its items): the checkouts still pending
    // are discarded and the items are in again.
    Status undoPickup(const QString& doorUuid);

    // Returns deposited by patrons: a free return door gets the item.
    Result<LockerDoor> assignReturn(const QString& doorUuid, const QString& barcode, const QString& title);
    Result<QList<OutboxAction>> completeReturn(const QString& doorUuid, const QString& location);

    // Clearing (expired doors, returns): the door opens for staff; when it closes its items are out.
    Status startClearing(const QString& doorUuid);
    // The items left the door: checked in at `location` (the staff's desk) through the outbox.
    Result<QList<OutboxAction>> finishClearing(const QString& doorUuid, const QString& location);
    Status setState(const QString& doorUuid, DoorState state, const QString& why);
    // The ILS's last pickup day for an item in a door (read back after its check-in at the bank):
    // kept on the item; the door's expiry becomes the earliest of its items' ILS dates.
    Status setIlsExpiry(const QString& doorUuid, const QString& barcode, const QDate& expires);

    // History (append-only).
    Status event(const QString& kind, const QString& doorUuid, const QString& barcode, const QString& detail,
                 const QString& actionUuid = {});
    Result<int> eventCount(const QString& kind);
    // The bank's alerts after the event row `afterId` (0: all), oldest first.
    Result<QList<LockerAlert>> alerts(qint64 afterId = 0, int limit = 500);

private:
    // An action on an item of a door: its locker and door in the payload, this desk's names.
    OutboxAction doorAction(const QString& kind, const QString& doorUuid, QJsonObject payload) const;
    Status eventInTx(const QString& kind, const QString& doorUuid, const QString& barcode, const QString& detail,
                     const QString& actionUuid);
    Result<QList<LockerItem>> items(const QString& doorUuid, const QString& state);
    Status moveDoor(const QString& doorUuid, const QStringList& from, DoorState to, const QString& extraSet = {},
                    const QVariantList& extraBindings = {});
    QString now() const;

    Outbox& m_outbox;
    const Clock& m_clock;
    QString m_bank, m_workstation, m_staff;
};

} // namespace comptoir::lockers
