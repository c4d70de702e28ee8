#pragma once

#include "store/Database.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace comptoir {

class Clock;

// A staff action waiting for the ILS's acknowledgement (check-in, checkout, not found, crate and
// locker events), with who did it, where and when.
struct OutboxAction
{
    enum class State { Pending, Acknowledged, Review, Discarded };

    qint64 id = 0;
    QString uuid;
    QDateTime createdAt; // UTC, milliseconds
    QString kind;
    QJsonObject payload;
    QString workstation;
    QString staff;
    State state = State::Pending;
    int attempts = 0;
    QString lastError;
};

// The durable outbox: WAL with synchronous=FULL, so an append that returned is on disk.
// Actions are never deleted; they change state, and every change is written to the audit trail.
struct CollectedOrder
{
    qint64 order = 0;
    QString patron;
    int items = 0;
    QDateTime at;
};

// An expired request taken off the hold shelf here: what the clearance list prints, the day it
// was cleared, after the request has left the ILS.
struct ClearedHold
{
    qint64 holdId = 0;
    QString barcode, title, callNumber, shelf;
    QDate expires;
    QString next; // where the item went next, as the desk said it
    QDateTime at;
};

class Outbox
{
public:
    static constexpr quint32 ApplicationId = 0x434d504f; // "CMPO"
    static QList<SchemaMigration> schema();
    static QString stateName(OutboxAction::State state);

    Outbox(const Clock& clock, FaultInjector* faults = nullptr);

    Database& database() { return m_db; }
    Status open(const QString& path) { return m_db.open(path); }
    void close() { m_db.close(); }

    // Appends an action and its audit line in one transaction. Fills id, uuid and createdAt when
    // empty. When this returns success, the action survives a crash or power loss.
    Result<OutboxAction> append(OutboxAction action);
    // Appends actions made at once (a stack of tags on the RFID pad, a crate received in one go) in
    // one transaction, so one sync to disk for all of them, in the list's order. All or nothing:
    // when this fails, none of them is in the outbox; when it returns success, all of them survive
    // a crash or power loss. Fills ids, uuids and createdAt as append() does.
    Result<QList<OutboxAction>> appendBurst(QList<OutboxAction> actions);
    // appendBurst, and `alsoDo` (writes of the same file: a locker door's state) in the same
    // transaction: all of it or none of it. The actions' ids and uuids are filled before alsoDo runs.
    Result<QList<OutboxAction>> appendWith(QList<OutboxAction> actions, const std::function<Status()>& alsoDo);
    Result<int> count(OutboxAction::State state);
    // Actions in one state, oldest first (replay order).
    Result<QList<OutboxAction>> list(OutboxAction::State state, int limit = -1);
    Result<OutboxAction> find(const QString& uuid);
    // True when an action made after this one on the same item (payload "barcode") has already been
    // acknowledged by the ILS: the item's state now is that later action's, so replaying this one
    // would undo it (a checkout whose answer was lost, then the check-in of the same item).
    Result<bool> supersededByLater(const OutboxAction& action);

    // detail: what the audit trail keeps (e.g. "already applied").
    Status acknowledge(const QString& uuid, const QString& detail = {});
    Status sendToReview(const QString& uuid, const QString& reason);
    Status retry(const QString& uuid, const QString& staff);
    Status discard(const QString& uuid, const QString& staff);

    // Click & collect appointment of an order (hold_group_id); an invalid date when none.
    Status setAppointment(qint64 order, const QDateTime& slot, const QString& staff);
    Result<QDateTime> appointment(qint64 order);
    // Click & collect orders handed over at this desk (patron as displayed, never the card).
    Status markCollected(qint64 order, const QString& patron, int items, const QString& staff);
    Result<QList<CollectedOrder>> collectedSince(const QDateTime& since);
    // Expired requests cleared off the hold shelf here (kept for the clearance list of the day).
    Status recordCleared(const ClearedHold& hold, const QString& staff);
    Result<QList<ClearedHold>> clearedSince(const QDateTime& since);

private:
    // Inserts one action and its audit line, inside the caller's transaction.
    Status insertAction(OutboxAction& action);
    Status changeState(const QString& uuid, OutboxAction::State state, const QString& staff, const QString& event,
                       const QString& detail, bool countAttempt);
    Status audit(const QString& event, const QString& uuid, const QString& workstation, const QString& staff,
                 const QString& detail);

    const Clock& m_clock;
    Database m_db;
};

} // namespace comptoir
