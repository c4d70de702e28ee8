#include "store/Outbox.h"

#include "Clock.h"
#include "Logging.h"
#include "delivery/DeliveryService.h"
#include "netstore/Publisher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace comptoir {

namespace {

QString isoMs(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

OutboxAction::State stateFromName(const QString& name)
{
    if (name == QLatin1String("acknowledged"))
        return OutboxAction::State::Acknowledged;
    if (name == QLatin1String("review"))
        return OutboxAction::State::Review;
    if (name == QLatin1String("discarded"))
        return OutboxAction::State::Discarded;
    return OutboxAction::State::Pending;
}

const QString Columns = QStringLiteral("id, uuid, created_at, kind, payload, workstation, staff, state, attempts, "
                                       "last_error");

OutboxAction fromQuery(const QSqlQuery& query)
{
    OutboxAction action;
    action.id = query.value(0).toLongLong();
    action.uuid = query.value(1).toString();
    action.createdAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    action.kind = query.value(3).toString();
    action.payload = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    action.workstation = query.value(5).toString();
    action.staff = query.value(6).toString();
    action.state = stateFromName(query.value(7).toString());
    action.attempts = query.value(8).toInt();
    action.lastError = query.value(9).toString();
    return action;
}

} // namespace

QList<SchemaMigration> Outbox::schema()
{
    return {
        {1,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS actions (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "uuid TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, kind TEXT NOT NULL, "
                            "payload TEXT NOT NULL, workstation TEXT NOT NULL, staff TEXT NOT NULL, "
                            "state TEXT NOT NULL DEFAULT 'pending' "
                            "CHECK (state IN ('pending','acknowledged','review','discarded')), "
                            "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS actions_state ON actions(state, created_at, id)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT "
                            "NULL, workstation TEXT NOT NULL, staff TEXT NOT NULL, event TEXT NOT NULL, "
                            "action_uuid TEXT, detail TEXT)"),
         }},
        {2,
         {
             // Click & collect appointments staff set when the patron calls: Comptoir's own data, kept
             // as durably as the actions.
             QStringLiteral("CREATE TABLE IF NOT EXISTS appointments (hold_group_id INTEGER PRIMARY KEY, slot TEXT "
                            "NOT NULL, set_by TEXT NOT NULL, set_at TEXT NOT NULL)"),
         }},
        {3,
         {
             // Click & collect orders handed over here: a filled request leaves the ILS's holds, so
             // the desk remembers them to show them as collected.
             QStringLiteral("CREATE TABLE IF NOT EXISTS collected_orders (hold_group_id INTEGER PRIMARY KEY, "
                            "patron TEXT NOT NULL, items INTEGER NOT NULL, collected_at TEXT NOT NULL, staff TEXT NOT "
                            "NULL)"),
         }},
        {4,
         {
             // Expired requests cleared off the hold shelf: the clearance list still prints once
             // the ILS has forgotten them (the items may still be on the shelf).
             QStringLiteral("CREATE TABLE IF NOT EXISTS cleared_holds (hold_id INTEGER PRIMARY KEY, barcode TEXT "
                            "NOT NULL, title TEXT NOT NULL, call_number TEXT NOT NULL, shelf TEXT NOT NULL, expires "
                            "TEXT, next TEXT NOT NULL, cleared_at TEXT NOT NULL, staff TEXT NOT NULL)"),
         }},
        {5,
         {
             // Shuttle crates (crates/CrateService): Comptoir's own objects, no ILS has one. Crates this
             // counter fills ('out') and receives ('in'); the items put in (and taken out again) or
             // expected from a manifest; the items scanned when receiving (expected 0: an extra).
             QStringLiteral("CREATE TABLE IF NOT EXISTS crates (seq INTEGER PRIMARY KEY AUTOINCREMENT, crate_id TEXT "
                            "NOT NULL, direction TEXT NOT NULL CHECK (direction IN ('out','in')), barcode TEXT, "
                            "from_site TEXT NOT NULL, destination TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN "
                            "('open','sealed','received')), opened_at TEXT NOT NULL, sealed_at TEXT, received_at "
                            "TEXT, manifest TEXT, staff TEXT NOT NULL, UNIQUE (direction, from_site, crate_id))"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS crates_state ON crates(direction, state, destination)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS crate_items (crate_seq INTEGER NOT NULL REFERENCES "
                            "crates(seq), barcode TEXT NOT NULL, position INTEGER NOT NULL, added_at TEXT NOT NULL, "
                            "removed_at TEXT)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS crate_items_barcode ON crate_items(barcode, removed_at)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS crate_items_crate ON crate_items(crate_seq, removed_at)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS crate_receipts (crate_seq INTEGER NOT NULL REFERENCES "
                            "crates(seq), barcode TEXT NOT NULL, scanned_at TEXT NOT NULL, expected INTEGER NOT NULL, "
                            "UNIQUE (crate_seq, barcode))"),
         }},
        {6,
         {
             // Pickup lockers (lockers/LockerStore): Comptoir's own objects, in the same file as the
             // actions so one transaction covers a door's assignment and the check-in or checkout it
             // leads to. Rows carry stable uuids (a shared network store publishes them as they are):
             // locker_doors is the current state of each door, locker_items what is in it (an item is
             // in at most one door: the partial unique index), locker_events the append-only history.
             QStringLiteral("CREATE TABLE IF NOT EXISTS locker_doors (uuid TEXT PRIMARY KEY, bank TEXT NOT NULL, "
                            "board INTEGER NOT NULL, lock INTEGER NOT NULL, label TEXT NOT NULL, size TEXT NOT NULL "
                            "CHECK (size IN ('S','M','L')), returns INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL "
                            "CHECK (state IN ('free','loading','loaded','pickup','return','clearing','jammed',"
                            "'out_of_service')), patron_card TEXT, patron_name TEXT, expires TEXT, operation TEXT, "
                            "updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, UNIQUE (bank, label))"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS locker_doors_state ON locker_doors(bank, state)"),
             QStringLiteral(
                 "CREATE TABLE IF NOT EXISTS locker_items (uuid TEXT PRIMARY KEY, door_uuid TEXT NOT NULL "
                 "REFERENCES locker_doors(uuid), barcode TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
                 "('hold','return')), hold_id INTEGER, title TEXT, state TEXT NOT NULL CHECK (state IN "
                 "('loading','in','taken','cleared','abandoned')), action_uuid TEXT, placed_at TEXT NOT NULL, "
                 "left_at TEXT)"),
             QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS locker_items_one_door ON locker_items(barcode) WHERE "
                            "state IN ('loading','in')"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS locker_items_door ON locker_items(door_uuid, state)"),
             QStringLiteral(
                 "CREATE TABLE IF NOT EXISTS locker_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT "
                 "NOT NULL UNIQUE, at TEXT NOT NULL, bank TEXT NOT NULL, door_uuid TEXT, kind TEXT NOT NULL, "
                 "barcode TEXT, action_uuid TEXT, detail TEXT, workstation TEXT NOT NULL, staff TEXT NOT "
                 "NULL)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS locker_events_door ON locker_events(door_uuid, seq)"),
             QStringLiteral("CREATE TRIGGER IF NOT EXISTS locker_events_no_update BEFORE UPDATE ON locker_events "
                            "BEGIN SELECT RAISE(ABORT, 'locker_events is append-only'); END"),
             QStringLiteral("CREATE TRIGGER IF NOT EXISTS locker_events_no_delete BEFORE DELETE ON locker_events "
                            "BEGIN SELECT RAISE(ABORT, 'locker_events is append-only'); END"),
         }},
        // Home delivery (delivery/DeliveryService): orders, items, parcels, weights typed at the
        // counter, and the append-only event log.
        {7, delivery::DeliveryService::schema()},
        {8,
         {
             // Shuttle crates, continued: the bag (final destination) of an item in a crate to the
             // hub; when a sealed crate left with the shuttle; items received with "Receive all without
             // scanning"; an item's crate history.
             QStringLiteral("ALTER TABLE crate_items ADD COLUMN bag TEXT"),
             QStringLiteral("ALTER TABLE crates ADD COLUMN departed_at TEXT"),
             QStringLiteral("ALTER TABLE crate_receipts ADD COLUMN unscanned INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS crate_receipts_barcode ON crate_receipts(barcode)"),
         }},
        {9,
         {
             // Pickup lockers, continued: the last pickup day of an item's request as the ILS set it
             // when the item was checked in at the bank (read back over REST), rather than a guess.
             QStringLiteral("ALTER TABLE locker_items ADD COLUMN expires TEXT"),
         }},
        // The shared network store (netstore/Publisher): events waiting for it and sent to it, and how
        // far the crate, locker and delivery logs were collected.
        {12, netstore::Publisher::schema()},
        {13,
         {
             // This counter's own values: its tag (four characters drawn once, CrateService), which
             // tells apart the one-off crates of two desks of one site opened the same day.
             QStringLiteral("CREATE TABLE IF NOT EXISTS outbox_identity (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         }},
        {15,
         {
             // Crates shared between the desks of a site through the network store (netstore/SharedCrates):
             // the desk that opened a crate of this site elsewhere and that sealed it, the desk that put
             // an item in (NULL: this counter).
             QStringLiteral("ALTER TABLE crates ADD COLUMN opened_by TEXT"),
             QStringLiteral("ALTER TABLE crates ADD COLUMN sealed_by TEXT"),
             QStringLiteral("ALTER TABLE crate_items ADD COLUMN added_by TEXT"),
         }},
    };
}

Status Outbox::setAppointment(qint64 order, const QDateTime& slot, const QString& staff)
{
    return m_db.transaction([&]() -> Status {
        auto r =
            m_db.exec(QStringLiteral("INSERT OR REPLACE INTO appointments (hold_group_id, slot, set_by, set_at) "
                                     "VALUES (?, ?, ?, ?)"),
                      {order, isoMs(slot), staff.isNull() ? QString(QLatin1String("")) : staff, isoMs(m_clock.now())});
        if (!r)
            return r.status();
        return audit(QStringLiteral("appointment"), QString(), QString(QLatin1String("")),
                     staff.isNull() ? QString(QLatin1String("")) : staff,
                     QStringLiteral("order %1 at %2").arg(order).arg(isoMs(slot)));
    });
}

Status Outbox::markCollected(qint64 order, const QString& patron, int items, const QString& staff)
{
    return m_db
        .exec(QStringLiteral("INSERT OR REPLACE INTO collected_orders (hold_group_id, patron, items, collected_at, "
                             "staff) VALUES (?, ?, ?, ?, ?)"),
              {order, patron.isNull() ? QString(QLatin1String("")) : patron, items, isoMs(m_clock.now()),
               staff.isNull() ? QString(QLatin1String("")) : staff})
        .status();
}

Result<QList<CollectedOrder>> Outbox::collectedSince(const QDateTime& since)
{
    auto rows = m_db.exec(QStringLiteral("SELECT hold_group_id, patron, items, collected_at FROM collected_orders "
                                         "WHERE collected_at >= ? ORDER BY collected_at"),
                          {isoMs(since)});
    if (!rows)
        return rows.error();
    QList<CollectedOrder> orders;
    while (rows.value().next())
        orders.append({rows.value().value(0).toLongLong(), rows.value().value(1).toString(),
                       rows.value().value(2).toInt(),
                       QDateTime::fromString(rows.value().value(3).toString(), Qt::ISODateWithMs)});
    return orders;
}

Status Outbox::recordCleared(const ClearedHold& hold, const QString& staff)
{
    const auto text = [](const QString& s) { return s.isNull() ? QString(QLatin1String("")) : s; };
    return m_db
        .exec(QStringLiteral("INSERT OR REPLACE INTO cleared_holds (hold_id, barcode, title, call_number, shelf, "
                             "expires, next, cleared_at, staff) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {hold.holdId, text(hold.barcode), text(hold.title), text(hold.callNumber), text(hold.shelf),
               hold.expires.isValid() ? QVariant(hold.expires.toString(Qt::ISODate)) : QVariant(), text(hold.next),
               isoMs(m_clock.now()), text(staff)})
        .status();
}

Result<QList<ClearedHold>> Outbox::clearedSince(const QDateTime& since)
{
    auto rows = m_db.exec(QStringLiteral("SELECT hold_id, barcode, title, call_number, shelf, expires, next, "
                                         "cleared_at FROM cleared_holds WHERE cleared_at >= ? ORDER BY shelf, "
                                         "cleared_at"),
                          {isoMs(since)});
    if (!rows)
        return rows.error();
    QList<ClearedHold> cleared;
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        cleared.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), QDate::fromString(q.value(5).toString(), Qt::ISODate),
                        q.value(6).toString(), QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs)});
    }
    return cleared;
}

Result<QDateTime> Outbox::appointment(qint64 order)
{
    auto slot = m_db.scalar(QStringLiteral("SELECT slot FROM appointments WHERE hold_group_id = ?"), {order});
    if (!slot)
        return slot.error();
    return slot.value().isNull() ? QDateTime() : QDateTime::fromString(slot.value().toString(), Qt::ISODateWithMs);
}

QString Outbox::stateName(OutboxAction::State state)
{
    switch (state) {
    case OutboxAction::State::Pending:
        return QStringLiteral("pending");
    case OutboxAction::State::Acknowledged:
        return QStringLiteral("acknowledged");
    case OutboxAction::State::Review:
        return QStringLiteral("review");
    case OutboxAction::State::Discarded:
        return QStringLiteral("discarded");
    }
    return QStringLiteral("pending");
}

Outbox::Outbox(const Clock& clock, FaultInjector* faults)
    : m_clock(clock)
    , m_db({QStringLiteral("outbox"), ApplicationId, true, schema()}, faults)
{
}

Status Outbox::insertAction(OutboxAction& action)
{
    if (action.uuid.isEmpty())
        action.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!action.createdAt.isValid())
        action.createdAt = m_clock.now();
    action.state = OutboxAction::State::Pending;
    // Unnamed workstation or staff: recorded as empty, never refused (a scan must not be lost for it).
    if (action.workstation.isNull())
        action.workstation = QLatin1String("");
    if (action.staff.isNull())
        action.staff = QLatin1String("");
    auto insert =
        m_db.exec(QStringLiteral("INSERT INTO actions(uuid, created_at, kind, payload, workstation, staff, state, "
                                 "updated_at) VALUES(?, ?, ?, ?, ?, ?, 'pending', ?)"),
                  {action.uuid, isoMs(action.createdAt), action.kind,
                   QString::fromUtf8(QJsonDocument(action.payload).toJson(QJsonDocument::Compact)), action.workstation,
                   action.staff, isoMs(m_clock.now())});
    if (!insert)
        return insert.status();
    action.id = insert.value().lastInsertId().toLongLong();
    return audit(QStringLiteral("append"), action.uuid, action.workstation, action.staff, action.kind);
}

Result<OutboxAction> Outbox::append(OutboxAction action)
{
    const Status status = m_db.transaction([&]() -> Status { return insertAction(action); });
    if (!status.ok())
        return status.error();
    qCDebug(lcStore) << "outbox append" << action.kind << action.uuid;
    return action;
}

Result<QList<OutboxAction>> Outbox::appendBurst(QList<OutboxAction> actions)
{
    return appendWith(std::move(actions), {});
}

Result<QList<OutboxAction>> Outbox::appendWith(QList<OutboxAction> actions, const std::function<Status()>& alsoDo)
{
    const Status status = m_db.transaction([&]() -> Status {
        for (OutboxAction& action : actions)
            if (Status s = insertAction(action); !s.ok())
                return s;
        return alsoDo ? alsoDo() : Status();
    });
    if (!status.ok())
        return status.error(); // rolled back: none of them is in the outbox
    qCDebug(lcStore) << "outbox burst of" << actions.size();
    return actions;
}

Result<int> Outbox::count(OutboxAction::State state)
{
    auto query = m_db.exec(QStringLiteral("SELECT count(*) FROM actions WHERE state = ?"), {stateName(state)});
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

Result<QList<OutboxAction>> Outbox::list(OutboxAction::State state, int limit)
{
    auto query = m_db.exec(QStringLiteral("SELECT ") + Columns +
                               QStringLiteral(" FROM actions WHERE state = ? ORDER BY created_at, id LIMIT ?"),
                           {stateName(state), limit});
    if (!query)
        return query.error();
    QList<OutboxAction> actions;
    while (query.value().next())
        actions.append(fromQuery(query.value()));
    return actions;
}

Result<OutboxAction> Outbox::find(const QString& uuid)
{
    auto query =
        m_db.exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM actions WHERE uuid = ?"), {uuid});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{QStringLiteral("outbox.unknown"),
                     QCoreApplication::translate("comptoir::Outbox", "This action is not in the outbox.")};
    return fromQuery(query.value());
}

Result<bool> Outbox::supersededByLater(const OutboxAction& action)
{
    const QString barcode = action.payload.value(QStringLiteral("barcode")).toString();
    if (barcode.isEmpty())
        return false;
    auto later =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM actions WHERE id > ? AND state = 'acknowledged' AND "
                                   "kind IN ('checkin', 'checkout') AND json_extract(payload, '$.barcode') = ?"),
                    {action.id, barcode});
    if (!later)
        return later.error();
    return later.value().toInt() > 0;
}

Status Outbox::acknowledge(const QString& uuid, const QString& detail)
{
    return changeState(uuid, OutboxAction::State::Acknowledged, QString(), QStringLiteral("acknowledged"), detail,
                       true);
}

Status Outbox::sendToReview(const QString& uuid, const QString& reason)
{
    return changeState(uuid, OutboxAction::State::Review, QString(), QStringLiteral("review"), reason, true);
}

Status Outbox::retry(const QString& uuid, const QString& staff)
{
    return changeState(uuid, OutboxAction::State::Pending, staff, QStringLiteral("retry"), QString(), false);
}

Status Outbox::discard(const QString& uuid, const QString& staff)
{
    return changeState(uuid, OutboxAction::State::Discarded, staff, QStringLiteral("discard"), QString(), false);
}

Status Outbox::changeState(const QString& uuid, OutboxAction::State state, const QString& staff, const QString& event,
                           const QString& detail, bool countAttempt)
{
    return m_db.transaction([&]() -> Status {
        auto current = find(uuid);
        if (!current)
            return current.status();
        auto update = m_db.exec(QStringLiteral("UPDATE actions SET state = ?, attempts = attempts + ?, "
                                               "last_error = COALESCE(?, last_error), updated_at = ? WHERE uuid = ?"),
                                {stateName(state), countAttempt ? 1 : 0, detail.isEmpty() ? QVariant() : detail,
                                 isoMs(m_clock.now()), uuid});
        if (!update)
            return update.status();
        return audit(event, uuid, current.value().workstation, staff.isEmpty() ? current.value().staff : staff, detail);
    });
}

Status Outbox::audit(const QString& event, const QString& uuid, const QString& workstation, const QString& staff,
                     const QString& detail)
{
    return m_db
        .exec(QStringLiteral("INSERT INTO audit(at, workstation, staff, event, action_uuid, detail) "
                             "VALUES(?, ?, ?, ?, ?, ?)"),
              {isoMs(m_clock.now()), workstation, staff, event, uuid, detail})
        .status();
}

} // namespace comptoir
