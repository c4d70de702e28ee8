#include "lockers/LockerStore.h"

#include "Clock.h"
#include "desk/Actions.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace comptoir::lockers {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

Error tr(const char* code, const char* message)
{
    return {QString::fromLatin1(code), QCoreApplication::translate("comptoir::lockers::LockerStore", message)};
}

const QString DoorColumns = QStringLiteral("uuid, bank, board, lock, label, size, returns, state, patron_card, "
                                           "patron_name, expires, operation, updated_at, version");

LockerDoor doorFrom(const QSqlQuery& q)
{
    LockerDoor d;
    d.uuid = q.value(0).toString();
    d.bank = q.value(1).toString();
    d.board = q.value(2).toInt();
    d.lock = q.value(3).toInt();
    d.label = q.value(4).toString();
    d.size = sizeFromCode(q.value(5).toString()).value_or(DoorSize::Medium);
    d.returns = q.value(6).toInt() != 0;
    d.state = doorStateFromName(q.value(7).toString());
    d.patronCard = q.value(8).toString();
    d.patronName = q.value(9).toString();
    d.expires = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    d.operation = q.value(11).toString();
    d.updatedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    d.version = q.value(13).toInt();
    return d;
}

} // namespace

QString doorStateName(DoorState state)
{
    switch (state) {
    case DoorState::Free:
        return QStringLiteral("free");
    case DoorState::Loading:
        return QStringLiteral("loading");
    case DoorState::Loaded:
        return QStringLiteral("loaded");
    case DoorState::Pickup:
        return QStringLiteral("pickup");
    case DoorState::Return:
        return QStringLiteral("return");
    case DoorState::Clearing:
        return QStringLiteral("clearing");
    case DoorState::Jammed:
        return QStringLiteral("jammed");
    case DoorState::OutOfService:
        return QStringLiteral("out_of_service");
    }
    return QStringLiteral("free");
}

DoorState doorStateFromName(const QString& name)
{
    for (DoorState s : {DoorState::Free, DoorState::Loading, DoorState::Loaded, DoorState::Pickup, DoorState::Return,
                        DoorState::Clearing, DoorState::Jammed, DoorState::OutOfService})
        if (doorStateName(s) == name)
            return s;
    return DoorState::OutOfService;
}

LockerStore::LockerStore(Outbox& outbox, const Clock& clock, QString bank, QString workstation, QString staff)
    : m_outbox(outbox)
    , m_clock(clock)
    , m_bank(std::move(bank))
    , m_workstation(std::move(workstation))
    , m_staff(std::move(staff))
{
}

QString LockerStore::now() const
{
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

Status LockerStore::eventInTx(const QString& kind, const QString& doorUuid, const QString& barcode,
                              const QString& detail, const QString& actionUuid)
{
    return m_outbox.database()
        .exec(
            QStringLiteral("INSERT INTO locker_events (uuid, at, bank, door_uuid, kind, barcode, action_uuid, detail, "
                           "workstation, staff) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {newUuid(), now(), m_bank, doorUuid.isEmpty() ? QVariant() : doorUuid, kind,
             barcode.isEmpty() ? QVariant() : barcode, actionUuid.isEmpty() ? QVariant() : actionUuid,
             detail.isEmpty() ? QVariant() : detail, text(m_workstation), text(m_staff)})
        .status();
}

Status LockerStore::event(const QString& kind, const QString& doorUuid, const QString& barcode, const QString& detail,
                          const QString& actionUuid)
{
    return eventInTx(kind, doorUuid, barcode, detail, actionUuid);
}

Result<int> LockerStore::eventCount(const QString& kind)
{
    auto n = m_outbox.database().scalar(
        QStringLiteral("SELECT count(*) FROM locker_events WHERE bank = ? AND kind = ?"), {m_bank, kind});
    if (!n)
        return n.error();
    return n.value().toInt();
}

Status LockerStore::setIlsExpiry(const QString& doorUuid, const QString& barcode, const QDate& expires)
{
    if (!expires.isValid())
        return Error{QStringLiteral("lockers.unknown"), QStringLiteral("no expiry")};
    Database& db = m_outbox.database();
    return db.transaction([&]() -> Status {
        auto item = db.exec(QStringLiteral("UPDATE locker_items SET expires = ? WHERE door_uuid = ? AND barcode = ? "
                                           "AND state IN ('loading', 'in')"),
                            {expires.toString(Qt::ISODate), doorUuid, barcode});
        if (!item)
            return item.status();
        auto door =
            db.exec(QStringLiteral(
                        "UPDATE locker_doors SET expires = (SELECT min(expires) FROM locker_items WHERE door_uuid = ? "
                        "AND state IN ('loading', 'in') AND expires IS NOT NULL), updated_at = ?, version = "
                        "version + 1 WHERE uuid = ? AND state IN ('loading', 'loaded')"),
                    {doorUuid, now(), doorUuid});
        if (!door)
            return door.status();
        return eventInTx(QStringLiteral("expiry"), doorUuid, barcode, expires.toString(Qt::ISODate), {});
    });
}

Result<QList<LockerAlert>> LockerStore::alerts(qint64 afterId, int limit)
{
    auto q = m_outbox.database().exec(
        QStringLiteral("SELECT seq, at, bank, coalesce(door_uuid, ''), coalesce(barcode, ''), coalesce(detail, ''), "
                       "coalesce(workstation, '') FROM locker_events WHERE bank = ? AND kind = 'alert' AND seq > ? "
                       "ORDER BY seq LIMIT ?"),
        {m_bank, afterId, std::clamp(limit, 1, 10000)});
    if (!q)
        return q.error();
    QList<LockerAlert> out;
    while (q.value().next()) {
        LockerAlert a;
        a.id = q.value().value(0).toLongLong();
        a.at = QDateTime::fromString(q.value().value(1).toString(), Qt::ISODateWithMs);
        a.bank = q.value().value(2).toString();
        a.doorUuid = q.value().value(3).toString();
        a.barcode = q.value().value(4).toString();
        a.detail = q.value().value(5).toString();
        a.workstation = q.value().value(6).toString();
        out.append(a);
    }
    q.value().finish();
    return out;
}

Status LockerStore::sync(const BankConfig& config)
{
    Database& db = m_outbox.database();
    return db.transaction([&]() -> Status {
        QStringList kept;
        for (const DoorConfig& d : config.doors) {
            auto existing = db.scalar(QStringLiteral("SELECT uuid FROM locker_doors WHERE bank = ? AND label = ?"),
                                      {m_bank, d.label});
            if (!existing)
                return existing.status();
            if (existing.value().isNull()) {
                const QString uuid = newUuid();
                auto insert =
                    db.exec(QStringLiteral("INSERT INTO locker_doors (uuid, bank, board, lock, label, size, "
                                           "returns, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'free', ?)"),
                            {uuid, m_bank, d.board, d.lock, d.label, sizeCode(d.size), d.returns ? 1 : 0, now()});
                if (!insert)
                    return insert.status();
                if (Status s = eventInTx(QStringLiteral("door_added"), uuid, {}, d.label, {}); !s.ok())
                    return s;
                kept << uuid;
            } else {
                const QString uuid = existing.value().toString();
                auto update =
                    db.exec(QStringLiteral("UPDATE locker_doors SET board = ?, lock = ?, size = ?, returns = ?, "
                                           "state = CASE WHEN state = 'out_of_service' AND operation = "
                                           "'removed' THEN 'free' ELSE state END, operation = CASE WHEN "
                                           "operation = 'removed' THEN NULL ELSE operation END WHERE uuid = ? "
                                           "AND (board <> ? OR lock <> ? OR size <> ? OR returns <> ? OR "
                                           "operation = 'removed')"),
                            {d.board, d.lock, sizeCode(d.size), d.returns ? 1 : 0, uuid, d.board, d.lock,
                             sizeCode(d.size), d.returns ? 1 : 0});
                if (!update)
                    return update.status();
                kept << uuid;
            }
        }
        // Doors no longer configured: out of service, kept (their history stays readable).
        auto all = db.exec(QStringLiteral("SELECT uuid FROM locker_doors WHERE bank = ? AND state <> "
                                          "'out_of_service'"),
                           {m_bank});
        if (!all)
            return all.status();
        QStringList gone;
        while (all.value().next())
            if (!kept.contains(all.value().value(0).toString()))
                gone << all.value().value(0).toString();
        all.value().finish();
        for (const QString& uuid : gone) {
            auto r = db.exec(QStringLiteral("UPDATE locker_doors SET state = 'out_of_service', operation = 'removed', "
                                            "updated_at = ?, version = version + 1 WHERE uuid = ? AND state = 'free'"),
                             {now(), uuid});
            if (!r)
                return r.status();
        }
        return {};
    });
}

Result<QList<LockerItem>> LockerStore::items(const QString& doorUuid, const QString& state)
{
    auto rows = m_outbox.database().exec(
        QStringLiteral("SELECT uuid, door_uuid, barcode, kind, hold_id, title, state, action_uuid, placed_at, expires "
                       "FROM locker_items WHERE door_uuid = ? AND (? = '' OR state = ?) ORDER BY placed_at, rowid"),
        {doorUuid, text(state), text(state)});
    if (!rows)
        return rows.error();
    QList<LockerItem> out;
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        LockerItem item;
        item.uuid = q.value(0).toString();
        item.doorUuid = q.value(1).toString();
        item.barcode = q.value(2).toString();
        item.isReturn = q.value(3).toString() == QLatin1String("return");
        item.holdId = q.value(4).toLongLong();
        item.title = q.value(5).toString();
        item.state = q.value(6).toString();
        item.actionUuid = q.value(7).toString();
        item.placedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        item.expires = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        out.append(item);
    }
    rows.value().finish();
    return out;
}

Result<QList<LockerDoor>> LockerStore::doors()
{
    auto rows = m_outbox.database().exec(QStringLiteral("SELECT ") + DoorColumns +
                                             QStringLiteral(" FROM locker_doors WHERE bank = ? ORDER BY label"),
                                         {m_bank});
    if (!rows)
        return rows.error();
    QList<LockerDoor> out;
    while (rows.value().next())
        out.append(doorFrom(rows.value()));
    rows.value().finish();
    for (LockerDoor& d : out) {
        auto in = items(d.uuid, {});
        if (!in)
            return in.error();
        for (const LockerItem& i : in.value())
            if (i.state == QLatin1String("loading") || i.state == QLatin1String("in"))
                d.items.append(i);
    }
    return out;
}

Result<LockerDoor> LockerStore::door(const QString& uuid)
{
    auto rows = m_outbox.database().exec(
        QStringLiteral("SELECT ") + DoorColumns + QStringLiteral(" FROM locker_doors WHERE uuid = ?"), {uuid});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return tr("lockers.unknown", "This door is not in the locker bank.");
    LockerDoor d = doorFrom(rows.value());
    rows.value().finish();
    auto in = items(uuid, {});
    if (!in)
        return in.error();
    for (const LockerItem& i : in.value())
        if (i.state == QLatin1String("loading") || i.state == QLatin1String("in"))
            d.items.append(i);
    return d;
}

Result<std::optional<LockerDoor>> LockerStore::doorOfItem(const QString& barcode)
{
    auto uuid = m_outbox.database().scalar(
        QStringLiteral("SELECT i.door_uuid FROM locker_items i JOIN locker_doors d ON d.uuid = i.door_uuid WHERE "
                       "i.barcode = ? AND i.state IN ('loading','in') AND d.bank = ?"),
        {barcode, m_bank});
    if (!uuid)
        return uuid.error();
    if (uuid.value().isNull())
        return std::optional<LockerDoor>();
    auto d = door(uuid.value().toString());
    if (!d)
        return d.error();
    return std::optional<LockerDoor>(d.value());
}

Status LockerStore::moveDoor(const QString& doorUuid, const QStringList& from, DoorState to, const QString& extraSet,
                             const QVariantList& extraBindings)
{
    QStringList marks;
    for (int i = 0; i < from.size(); ++i)
        marks << QStringLiteral("?");
    QVariantList bindings{doorStateName(to), now()};
    bindings += extraBindings;
    bindings << doorUuid;
    for (const QString& f : from)
        bindings << f;
    auto r = m_outbox.database().exec(QStringLiteral("UPDATE locker_doors SET state = ?, updated_at = ?, version = "
                                                     "version + 1") +
                                          (extraSet.isEmpty() ? QString() : QStringLiteral(", ") + extraSet) +
                                          QStringLiteral(" WHERE uuid = ? AND state IN (") + marks.join(u',') +
                                          QStringLiteral(")"),
                                      bindings);
    if (!r)
        return r.status();
    if (r.value().numRowsAffected() != 1)
        return tr("lockers.door_taken", "This door is not available any more.");
    return {};
}

Result<LockerDoor> LockerStore::assignForLoading(const QString& doorUuid, const QString& barcode, qint64 holdId,
                                                 const QString& title, const QString& card, const QString& name,
                                                 const QDate& expires)
{
    Database& db = m_outbox.database();
    const Status status = db.transaction([&]() -> Status {
        // A free door, or a door holding this patron's items (the same card).
        auto r =
            db.exec(QStringLiteral("UPDATE locker_doors SET state = 'loading', patron_card = ?, patron_name = ?, "
                                   "expires = CASE WHEN expires IS NULL OR expires > ? THEN ? ELSE expires END, "
                                   "updated_at = ?, version = version + 1 WHERE uuid = ? AND returns = 0 AND "
                                   "(state = 'free' OR (state = 'loaded' AND patron_card = ?))"),
                    {card, name, expires.toString(Qt::ISODate), expires.toString(Qt::ISODate), now(), doorUuid, card});
        if (!r)
            return r.status();
        if (r.value().numRowsAffected() != 1)
            return tr("lockers.door_taken", "This door is not available any more.");
        auto insert =
            db.exec(QStringLiteral("INSERT INTO locker_items (uuid, door_uuid, barcode, kind, hold_id, title, "
                                   "state, placed_at) VALUES (?, ?, ?, 'hold', ?, ?, 'loading', ?)"),
                    {newUuid(), doorUuid, barcode, holdId ? QVariant(holdId) : QVariant(), text(title), now()});
        if (!insert) {
            if (insert.error().message.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive) ||
                insert.error().message.contains(QLatin1String("constraint"), Qt::CaseInsensitive))
                return tr("lockers.item_elsewhere", "This item is already in a door.");
            return insert.status();
        }
        return eventInTx(QStringLiteral("assigned"), doorUuid, barcode, {}, {});
    });
    if (!status.ok())
        return status.error();
    return door(doorUuid);
}

OutboxAction LockerStore::doorAction(const QString& kind, const QString& doorUuid, QJsonObject payload) const
{
    OutboxAction a;
    a.uuid = newUuid();
    a.kind = kind;
    payload.insert(QStringLiteral("locker"), m_bank);
    payload.insert(QStringLiteral("door"), doorUuid);
    a.payload = payload;
    a.workstation = m_workstation;
    a.staff = m_staff;
    return a;
}

Result<QList<OutboxAction>> LockerStore::completeLoading(const QString& doorUuid, const QString& location)
{
    auto loading = items(doorUuid, QStringLiteral("loading"));
    if (!loading)
        return loading.error();
    QList<OutboxAction> actions;
    for (const LockerItem& item : loading.value()) {
        actions.append(doorAction(desk::action::Checkin, doorUuid,
                                  {{QStringLiteral("barcode"), item.barcode}, {QStringLiteral("location"), location}}));
    }
    Database& db = m_outbox.database();
    return m_outbox.appendWith(actions, [&]() -> Status {
        if (Status s = moveDoor(doorUuid, {QStringLiteral("loading")}, DoorState::Loaded); !s.ok())
            return s;
        for (int i = 0; i < actions.size(); ++i) {
            auto r = db.exec(QStringLiteral("UPDATE locker_items SET state = 'in', action_uuid = ? WHERE uuid = ? AND "
                                            "state = 'loading'"),
                             {actions[i].uuid, loading.value()[i].uuid});
            if (!r)
                return r.status();
            if (Status s =
                    eventInTx(QStringLiteral("loaded"), doorUuid, loading.value()[i].barcode, {}, actions[i].uuid);
                !s.ok())
                return s;
        }
        return {};
    });
}

Status LockerStore::abandonLoading(const QString& doorUuid, const QString& why, DoorState after)
{
    Database& db = m_outbox.database();
    return db.transaction([&]() -> Status {
        auto loading = items(doorUuid, QStringLiteral("loading"));
        if (!loading)
            return loading.status();
        auto r = db.exec(QStringLiteral("UPDATE locker_items SET state = 'abandoned', left_at = ? WHERE door_uuid = ? "
                                        "AND state = 'loading'"),
                         {now(), doorUuid});
        if (!r)
            return r.status();
        for (const LockerItem& item : loading.value())
            if (Status s = eventInTx(QStringLiteral("abandoned"), doorUuid, item.barcode, why, {}); !s.ok())
                return s;
        auto inside = db.scalar(
            QStringLiteral("SELECT count(*) FROM locker_items WHERE door_uuid = ? AND state = 'in'"), {doorUuid});
        if (!inside)
            return inside.status();
        // A door that still holds the patron's earlier items stays theirs, unless it is out of use.
        if (inside.value().toInt() > 0 && after == DoorState::Free)
            return moveDoor(doorUuid, {QStringLiteral("loading")}, DoorState::Loaded);
        if (after == DoorState::Free)
            return moveDoor(doorUuid, {QStringLiteral("loading")}, DoorState::Free,
                            QStringLiteral("patron_card = NULL, patron_name = NULL, expires = NULL, operation = NULL"));
        return moveDoor(doorUuid, {QStringLiteral("loading")}, after);
    });
}

Result<QList<OutboxAction>> LockerStore::startPickup(const QStringList& doorUuids, const QString& card,
                                                     const QString& operation)
{
    QList<OutboxAction> actions;
    QList<LockerItem> taken;
    for (const QString& uuid : doorUuids) {
        auto in = items(uuid, QStringLiteral("in"));
        if (!in)
            return in.error();
        for (const LockerItem& item : in.value()) {
            actions.append(doorAction(desk::action::Checkout, uuid,
                                      {{QStringLiteral("card"), card}, {QStringLiteral("barcode"), item.barcode}}));
            taken.append(item);
        }
    }
    Database& db = m_outbox.database();
    return m_outbox.appendWith(actions, [&]() -> Status {
        for (const QString& uuid : doorUuids) {
            auto r =
                db.exec(QStringLiteral("UPDATE locker_doors SET state = 'pickup', operation = ?, updated_at = ?, "
                                       "version = version + 1 WHERE uuid = ? AND state = 'loaded' AND patron_card = ?"),
                        {operation, now(), uuid, card});
            if (!r)
                return r.status();
            if (r.value().numRowsAffected() != 1)
                return tr("lockers.door_taken", "This door is not available any more.");
        }
        for (int i = 0; i < taken.size(); ++i) {
            auto r =
                db.exec(QStringLiteral("UPDATE locker_items SET state = 'taken', action_uuid = ?, left_at = ? WHERE "
                                       "uuid = ? AND state = 'in'"),
                        {actions[i].uuid, now(), taken[i].uuid});
            if (!r)
                return r.status();
            if (Status s = eventInTx(QStringLiteral("picked_up"), taken[i].doorUuid, taken[i].barcode, operation,
                                     actions[i].uuid);
                !s.ok())
                return s;
        }
        return {};
    });
}

Status LockerStore::finishPickup(const QString& doorUuid)
{
    return m_outbox.database().transaction([&]() -> Status {
        if (Status s =
                moveDoor(doorUuid, {QStringLiteral("pickup")}, DoorState::Free,
                         QStringLiteral("patron_card = NULL, patron_name = NULL, expires = NULL, operation = NULL"));
            !s.ok())
            return s;
        return eventInTx(QStringLiteral("emptied"), doorUuid, {}, {}, {});
    });
}

Status LockerStore::undoPickup(const QString& doorUuid)
{
    Database& db = m_outbox.database();
    auto taken = db.exec(QStringLiteral("SELECT i.uuid, i.action_uuid FROM locker_items i JOIN locker_doors d ON "
                                        "d.uuid = i.door_uuid WHERE i.door_uuid = ? AND i.state = 'taken' AND "
                                        "d.state = 'pickup' AND i.left_at >= d.updated_at"),
                         {doorUuid});
    if (!taken)
        return taken.status();
    QList<QPair<QString, QString>> rows;
    while (taken.value().next())
        rows.append({taken.value().value(0).toString(), taken.value().value(1).toString()});
    taken.value().finish();
    // Only checkouts nobody sent: once the ILS has one, it stays (the review list says why).
    for (const auto& row : rows) {
        auto action = m_outbox.find(row.second);
        if (action && action.value().state == OutboxAction::State::Pending && action.value().attempts == 0 &&
            action.value().lastError.isEmpty()) {
            if (Status s = m_outbox.discard(row.second, QStringLiteral("locker-recovery")); !s.ok())
                return s;
        }
    }
    return db.transaction([&]() -> Status {
        for (const auto& row : rows) {
            auto r = db.exec(QStringLiteral("UPDATE locker_items SET state = 'in', left_at = NULL WHERE uuid = ?"),
                             {row.first});
            if (!r)
                return r.status();
        }
        if (Status s =
                moveDoor(doorUuid, {QStringLiteral("pickup")}, DoorState::Loaded, QStringLiteral("operation = NULL"));
            !s.ok())
            return s;
        return eventInTx(QStringLiteral("pickup_undone"), doorUuid, {},
                         QStringLiteral("door found closed with its items"), {});
    });
}

Result<LockerDoor> LockerStore::assignReturn(const QString& doorUuid, const QString& barcode, const QString& title)
{
    Database& db = m_outbox.database();
    const Status status = db.transaction([&]() -> Status {
        if (Status s = moveDoor(doorUuid, {QStringLiteral("free"), QStringLiteral("return")}, DoorState::Return,
                                QStringLiteral("operation = 'depositing'"));
            !s.ok())
            return s;
        auto insert = db.exec(QStringLiteral("INSERT INTO locker_items (uuid, door_uuid, barcode, kind, title, state, "
                                             "placed_at) VALUES (?, ?, ?, 'return', ?, 'loading', ?)"),
                              {newUuid(), doorUuid, barcode, text(title), now()});
        if (!insert)
            return tr("lockers.item_elsewhere", "This item is already in a door.");
        return eventInTx(QStringLiteral("return_assigned"), doorUuid, barcode, {}, {});
    });
    if (!status.ok())
        return status.error();
    return door(doorUuid);
}

Result<QList<OutboxAction>> LockerStore::completeReturn(const QString& doorUuid, const QString& location)
{
    auto loading = items(doorUuid, QStringLiteral("loading"));
    if (!loading)
        return loading.error();
    QList<OutboxAction> actions;
    for (const LockerItem& item : loading.value()) {
        actions.append(doorAction(desk::action::Checkin, doorUuid,
                                  {{QStringLiteral("barcode"), item.barcode},
                                   {QStringLiteral("location"), location},
                                   {QStringLiteral("return"), true}}));
    }
    Database& db = m_outbox.database();
    return m_outbox.appendWith(actions, [&]() -> Status {
        auto d =
            db.exec(QStringLiteral("UPDATE locker_doors SET operation = NULL, updated_at = ?, version = version + 1 "
                                   "WHERE uuid = ? AND state = 'return'"),
                    {now(), doorUuid});
        if (!d)
            return d.status();
        for (int i = 0; i < actions.size(); ++i) {
            auto r = db.exec(QStringLiteral("UPDATE locker_items SET state = 'in', action_uuid = ? WHERE uuid = ?"),
                             {actions[i].uuid, loading.value()[i].uuid});
            if (!r)
                return r.status();
            if (Status s =
                    eventInTx(QStringLiteral("returned"), doorUuid, loading.value()[i].barcode, {}, actions[i].uuid);
                !s.ok())
                return s;
        }
        return {};
    });
}

Status LockerStore::startClearing(const QString& doorUuid)
{
    return m_outbox.database().transaction([&]() -> Status {
        if (Status s = moveDoor(doorUuid, {QStringLiteral("loaded"), QStringLiteral("return")}, DoorState::Clearing,
                                QStringLiteral("operation = state"));
            !s.ok())
            return s;
        return eventInTx(QStringLiteral("clearing"), doorUuid, {}, {}, {});
    });
}

Result<QList<OutboxAction>> LockerStore::finishClearing(const QString& doorUuid, const QString& location)
{
    auto in = items(doorUuid, QStringLiteral("in"));
    if (!in)
        return in.error();
    QList<OutboxAction> actions;
    QList<LockerItem> cleared;
    for (const LockerItem& item : in.value()) {
        cleared.append(item);
        if (item.isReturn)
            continue; // checked in when it was deposited
        actions.append(doorAction(desk::action::Checkin, doorUuid,
                                  {{QStringLiteral("barcode"), item.barcode},
                                   {QStringLiteral("location"), location},
                                   {QStringLiteral("cleared"), true}}));
    }
    Database& db = m_outbox.database();
    return m_outbox.appendWith(actions, [&]() -> Status {
        if (Status s =
                moveDoor(doorUuid, {QStringLiteral("clearing")}, DoorState::Free,
                         QStringLiteral("patron_card = NULL, patron_name = NULL, expires = NULL, operation = NULL"));
            !s.ok())
            return s;
        for (const LockerItem& item : cleared) {
            auto r = db.exec(QStringLiteral("UPDATE locker_items SET state = 'cleared', left_at = ? WHERE uuid = ?"),
                             {now(), item.uuid});
            if (!r)
                return r.status();
            if (Status s = eventInTx(QStringLiteral("cleared"), doorUuid, item.barcode, {}, {}); !s.ok())
                return s;
        }
        return {};
    });
}

Status LockerStore::setState(const QString& doorUuid, DoorState state, const QString& why)
{
    return m_outbox.database().transaction([&]() -> Status {
        auto r = m_outbox.database().exec(QStringLiteral("UPDATE locker_doors SET state = ?, updated_at = ?, version = "
                                                         "version + 1 WHERE uuid = ?"),
                                          {doorStateName(state), now(), doorUuid});
        if (!r)
            return r.status();
        return eventInTx(QStringLiteral("state_") + doorStateName(state), doorUuid, {}, why, {});
    });
}

} // namespace comptoir::lockers
