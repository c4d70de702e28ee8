#include "lockers/LockerService.h"

#include "Clock.h"
#include "desk/Actions.h"
#include "ils/IlsError.h"
#include "ils/KohaRestClient.h"
#include "store/CacheStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>
#include <QUuid>

namespace comptoir::lockers {

using Kind = LockerOutcome::Kind;

QString outcomeName(LockerOutcome::Kind kind)
{
    static const char* const names[] = {
        "door_opening",    "loaded",       "wrong_item",     "already_in", "full",
        "jammed",          "no_item_seen", "board_down",     "not_ready",  "pickup_opening",
        "nothing_waiting", "pickup_done",  "return_opening", "returned",   "returns_full",
        "clearing_open",   "cleared",      "alert",          "error"};
    return QString::fromLatin1(names[int(kind)]);
}

LockerService::LockerService(Outbox& outbox, CacheStore& cache, ils::Sip2Client& sip, const Clock& clock,
                             BankConfig bank, const QString& workstation, const QString& staff, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_cache(cache)
    , m_sip(sip)
    , m_clock(clock)
    , m_bank(std::move(bank))
    , m_store(outbox, clock, m_bank.id, workstation, staff)
{
}

LockerService::~LockerService() = default;

void LockerService::setPoller(LockPoller* poller)
{
    if (m_poller)
        disconnect(m_poller, nullptr, this, nullptr);
    m_poller = poller;
    if (m_poller) {
        connect(m_poller, &LockPoller::doorEvent, this, &LockerService::onDoorEvent);
        connect(m_poller, &LockPoller::settledChanged, this, &LockerService::onSettled);
        connect(m_poller, &LockPoller::boardKnown, this, [this](int board, bool known) {
            if (!known)
                tell(make(Kind::Alert, VerdictKind::Error, tr("Lock board %1 does not answer").arg(board),
                          tr("Its doors are out of service until it answers again.")));
            Q_EMIT doorsChanged();
        });
    }
}

Status LockerService::open()
{
    if (Status s = m_store.sync(m_bank); !s.ok())
        return s;
    if (!m_poller || m_poller->settled())
        recover();
    return {};
}

bool LockerService::ready() const
{
    return m_bank.vendor || !m_poller || (m_poller->settled() && m_recovered);
}

bool LockerService::boardDown() const
{
    if (!m_poller)
        return false;
    for (const BoardConfig& b : m_bank.boards)
        if (m_poller->isUnknown(b.address) || (m_poller->settled() && !m_poller->status(b.address)))
            return true;
    return false;
}

void LockerService::onSettled()
{
    if (!m_recovered)
        recover();
}

bool LockerService::itemSensors() const
{
    return !m_bank.vendor && LockCodec::make(m_bank.family)->itemSensors();
}

std::optional<bool> LockerService::closed(const LockerDoor& door) const
{
    if (!m_poller)
        return std::nullopt;
    const auto s = m_poller->status(door.board);
    if (!s || m_poller->isUnknown(door.board))
        return std::nullopt;
    return s->isClosed(door.lock);
}

bool LockerService::hasItem(const LockerDoor& door) const
{
    if (!m_poller || !itemSensors())
        return true; // nothing to tell otherwise: trusted
    const auto s = m_poller->status(door.board);
    return s && s->hasItem(door.lock);
}

// After a start or a crash: what was in progress is finished or undone from what the sensors say
// now; nothing opens before.
void LockerService::recover()
{
    m_recovered = true;
    auto all = m_store.doors();
    if (!all)
        return;
    for (const LockerDoor& door : all.value()) {
        const std::optional<bool> isClosed = closed(door);
        switch (door.state) {
        case DoorState::Loading:
            if (isClosed.value_or(false)) {
                if (hasItem(door))
                    completeLoading(door);
                else if (Status s = m_store.abandonLoading(door.uuid, QStringLiteral("restart: no item seen")); !s.ok())
                    qCWarning(lcLockers) << "recovery:" << s.error().code;
            }
            // Open: the loading goes on; its Closed event completes it.
            break;
        case DoorState::Pickup:
            if (isClosed.value_or(false) && itemSensors() && hasItem(door)) {
                // The door never opened (a crash between the record and the command): undone.
                if (Status s = m_store.undoPickup(door.uuid); !s.ok())
                    qCWarning(lcLockers) << "recovery:" << s.error().code;
            } else if (isClosed.value_or(false)) {
                if (Status s = m_store.finishPickup(door.uuid); !s.ok())
                    qCWarning(lcLockers) << "recovery:" << s.error().code;
            }
            break;
        case DoorState::Return:
            if (door.operation == QLatin1String("depositing") && isClosed.value_or(false)) {
                if (hasItem(door))
                    completeReturn(door);
                else
                    (void)m_store.abandonLoading(door.uuid, QStringLiteral("restart: no return seen"));
            }
            break;
        case DoorState::Clearing:
            if (isClosed.value_or(false))
                finishClearing(door);
            break;
        default:
            break;
        }
    }
    // What the outbox holds for the bank and is still pending is the replay's (desk::Replayer): it
    // asks the ILS's state first, so an action whose answer was lost is never applied twice.
    refreshExpiries();
    Q_EMIT doorsChanged();
}

std::optional<LockerDoor> LockerService::doorAt(int board, int lock)
{
    const DoorConfig* c = m_bank.door(board, lock);
    if (!c)
        return std::nullopt;
    auto all = m_store.doors();
    if (!all)
        return std::nullopt;
    for (const LockerDoor& d : all.value())
        if (d.label == c->label)
            return d;
    return std::nullopt;
}

std::optional<LoadCandidate> LockerService::candidate(const QString& barcode) const
{
    auto rows = m_cache.database().exec(
        QStringLiteral(
            "SELECT h.hold_id, coalesce(p.cardnumber, ''), coalesce(p.surname, ''), coalesce(p.firstname, ''), "
            "coalesce(b.title, ''), coalesce(i.item_type_id, ''), coalesce(h.status, ''), h.expiration_date "
            "FROM items i JOIN holds h ON h.item_id = i.item_id LEFT JOIN patrons p ON p.patron_id = "
            "h.patron_id LEFT JOIN biblios b ON b.biblio_id = i.biblio_id WHERE i.barcode = ? AND "
            "h.pickup_library_id = ? AND h.status IN ('T', 'W') ORDER BY h.status = 'W' DESC LIMIT 1"),
        {barcode, m_bank.id});
    if (!rows || !rows.value().next())
        return std::nullopt;
    const QSqlQuery& q = rows.value();
    LoadCandidate c;
    c.holdId = q.value(0).toLongLong();
    c.card = q.value(1).toString();
    c.surname = q.value(2).toString();
    c.firstname = q.value(3).toString();
    c.title = q.value(4).toString();
    c.itemType = q.value(5).toString();
    c.status = q.value(6).toString();
    c.expires = QDate::fromString(q.value(7).toString().left(10), Qt::ISODate);
    rows.value().finish();
    if (c.card.isEmpty())
        return std::nullopt;
    return c;
}

QList<QPair<QString, LoadCandidate>> LockerService::loadingList(int limit)
{
    QList<QPair<QString, LoadCandidate>> out;
    auto rows = m_cache.database().exec(
        QStringLiteral("SELECT i.barcode, h.hold_id, coalesce(p.cardnumber, ''), coalesce(p.surname, ''), "
                       "coalesce(p.firstname, ''), coalesce(b.title, ''), coalesce(i.item_type_id, ''), h.status, "
                       "h.expiration_date FROM holds h JOIN items i ON i.item_id = h.item_id LEFT JOIN patrons p ON "
                       "p.patron_id = h.patron_id LEFT JOIN biblios b ON b.biblio_id = i.biblio_id WHERE "
                       "h.pickup_library_id = ? AND h.status IN ('T', 'W') AND i.barcode IS NOT NULL ORDER BY "
                       "p.surname, p.firstname, p.cardnumber LIMIT ?"),
        {m_bank.id, std::clamp(limit, 1, 5000)});
    if (!rows)
        return out;
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        LoadCandidate c;
        c.holdId = q.value(1).toLongLong();
        c.card = q.value(2).toString();
        c.surname = q.value(3).toString();
        c.firstname = q.value(4).toString();
        c.title = q.value(5).toString();
        c.itemType = q.value(6).toString();
        c.status = q.value(7).toString();
        c.expires = QDate::fromString(q.value(8).toString().left(10), Qt::ISODate);
        out.append({q.value(0).toString(), c});
    }
    rows.value().finish();
    // Not those already in a door.
    QList<QPair<QString, LoadCandidate>> waiting;
    for (const auto& line : out) {
        auto door = m_store.doorOfItem(line.first);
        if (door && !door.value())
            waiting.append(line);
    }
    return waiting;
}

std::optional<LockerDoor> LockerService::chooseDoor(const QList<LockerDoor>& doors, DoorSize size, const QString& card,
                                                    const QSet<QString>& exclude) const
{
    auto usable = [&](const LockerDoor& d) {
        if (exclude.contains(d.uuid) || d.returns || int(d.size) < int(size))
            return false;
        if (m_poller && (m_poller->isUnknown(d.board) || !m_poller->status(d.board)))
            return false;
        return true;
    };
    // The patron's door first, when the item fits in it.
    for (const LockerDoor& d : doors)
        if (d.state == DoorState::Loaded && d.patronCard == card && usable(d))
            return d;
    // Else the smallest free door that fits (large doors kept for what needs them).
    std::optional<LockerDoor> best;
    for (const LockerDoor& d : doors) {
        if (d.state != DoorState::Free || !usable(d))
            continue;
        if (m_poller && !closed(d).value_or(false))
            continue; // an open free door: someone is at it
        if (!best || int(d.size) < int(best->size))
            best = d;
    }
    return best;
}

LockerOutcome LockerService::make(Kind kind, VerdictKind verdict, const QString& title, const QString& detail)
{
    LockerOutcome o;
    o.kind = kind;
    o.verdict = {verdict, title, detail};
    return o;
}

void LockerService::tell(const LockerOutcome& o)
{
    qCInfo(lcLockers) << "locker" << m_bank.id << outcomeName(o.kind) << o.doorLabels;
    if (o.kind == Kind::Alert || o.kind == Kind::Jammed || o.kind == Kind::BoardDown)
        recordAlert(o);
    Q_EMIT outcome(o);
}

// Alerts are locker events (kind "alert", its outcome and what it said in the detail) so that a
// counter elsewhere can be told later (the network store publishes the bank's events).
void LockerService::recordAlert(const LockerOutcome& o)
{
    const QString said =
        o.verdict.detail.isEmpty() ? o.verdict.title : o.verdict.title + QStringLiteral(". ") + o.verdict.detail;
    if (Status s = m_store.event(QStringLiteral("alert"), o.doorUuids.value(0), o.barcode,
                                 outcomeName(o.kind) + QStringLiteral(": ") + said);
        !s.ok())
        qCWarning(lcLockers) << "alert not recorded:" << s.error().code;
    else
        Q_EMIT alertRecorded();
}

LockerOutcome LockerService::load(const QString& barcode)
{
    if (!ready())
        return make(Kind::NotReady, VerdictKind::Warning, tr("The lockers are starting"),
                    tr("The doors' sensors are being read; scan again in a moment."));
    auto inside = m_store.doorOfItem(barcode);
    if (!inside)
        return make(Kind::Error, VerdictKind::Error, tr("Not recorded"), inside.error().message);
    if (inside.value()) {
        LockerOutcome o =
            make(Kind::AlreadyIn, VerdictKind::Warning, tr("Already in door %1").arg(inside.value()->label));
        o.barcode = barcode;
        o.doorUuids << inside.value()->uuid;
        o.doorLabels << inside.value()->label;
        return o;
    }
    const auto c = candidate(barcode);
    if (!c) {
        LockerOutcome o = make(Kind::WrongItem, VerdictKind::Error, tr("Not for this locker bank"),
                               tr("No request waits for this item at %1: capture it at the desk.").arg(m_bank.name));
        o.barcode = barcode;
        return o;
    }
    m_jammedFor.remove(barcode);
    return loadInto(barcode, *c, {});
}

LockerOutcome LockerService::loadInto(const QString& barcode, const LoadCandidate& c, const QSet<QString>& exclude)
{
    auto all = m_store.doors();
    if (!all)
        return make(Kind::Error, VerdictKind::Error, tr("Not recorded"), all.error().message);
    const DoorSize size = m_bank.sizeFor(c.itemType);
    const auto door = chooseDoor(all.value(), size, c.card, exclude);
    if (!door) {
        LockerOutcome o =
            make(Kind::Full, VerdictKind::Error, tr("No free door"),
                 tr("No free door of size %1 or larger: put the item on the hold shelf.").arg(sizeCode(size)));
        o.barcode = barcode;
        return o;
    }
    const QString name =
        desk::displayName(c.surname + QStringLiteral(", ") + c.firstname, desk::pickupCode(c.card), m_display);
    const QDate today = m_clock.now().toUTC().date();
    const QDate expires =
        (c.status == QLatin1String("W") && c.expires.isValid()) ? c.expires : today.addDays(m_pickupDays);
    auto assigned = m_store.assignForLoading(door->uuid, barcode, c.holdId, c.title, c.card, name, expires);
    if (!assigned) {
        LockerOutcome o = make(Kind::Error, VerdictKind::Error, tr("Not recorded"), assigned.error().message);
        o.barcode = barcode;
        return o;
    }
    LockerOutcome o = make(Kind::DoorOpening, VerdictKind::HoldHere, tr("Door %1").arg(door->label),
                           tr("Put the item in and close the door."));
    o.barcode = barcode;
    o.doorUuids << door->uuid;
    o.doorLabels << door->label;
    if (m_poller) {
        m_poller->open(door->board, door->lock);
    }
    Q_EMIT doorsChanged();
    return o;
}

LockerOutcome LockerService::recordVendorDoor(const QString& barcode, const QString& doorLabel)
{
    const DoorConfig* config = m_bank.doorByLabel(doorLabel);
    if (!config)
        return make(Kind::Error, VerdictKind::Error, tr("Unknown door"), tr("No door is labelled %1.").arg(doorLabel));
    const auto c = candidate(barcode);
    if (!c) {
        LockerOutcome o = make(Kind::WrongItem, VerdictKind::Error, tr("Not for this locker bank"));
        o.barcode = barcode;
        return o;
    }
    auto door = doorAt(config->board, config->lock);
    if (!door)
        return make(Kind::Error, VerdictKind::Error, tr("Unknown door"));
    const QString name =
        desk::displayName(c->surname + QStringLiteral(", ") + c->firstname, desk::pickupCode(c->card), m_display);
    auto assigned = m_store.assignForLoading(door->uuid, barcode, c->holdId, c->title, c->card, name,
                                             m_clock.now().toUTC().date().addDays(m_pickupDays));
    if (!assigned)
        return make(Kind::Error, VerdictKind::Error, tr("Not recorded"), assigned.error().message);
    completeLoading(assigned.value());
    LockerOutcome o = make(Kind::Loaded, VerdictKind::HoldHere, tr("Recorded in door %1").arg(door->label));
    o.barcode = barcode;
    o.doorUuids << door->uuid;
    o.doorLabels << door->label;
    return o;
}

void LockerService::completeLoading(const LockerDoor& door)
{
    auto actions = m_store.completeLoading(door.uuid, m_bank.id);
    if (!actions) {
        tell(make(Kind::Error, VerdictKind::Error, tr("Not recorded"), actions.error().message));
        return;
    }
    LockerOutcome o = make(Kind::Loaded, VerdictKind::HoldHere, tr("Door %1 loaded").arg(door.label));
    o.doorUuids << door.uuid;
    o.doorLabels << door.label;
    for (const OutboxAction& a : actions.value())
        o.barcode = a.payload.value(QStringLiteral("barcode")).toString();
    tell(o);
    send(actions.value());
    Q_EMIT doorsChanged();
}

void LockerService::completeReturn(const LockerDoor& door)
{
    auto actions = m_store.completeReturn(door.uuid, m_bank.id);
    if (!actions) {
        tell(make(Kind::Error, VerdictKind::Error, tr("Not recorded"), actions.error().message));
        return;
    }
    LockerOutcome o = make(Kind::Returned, VerdictKind::Success, tr("Thank you: your return is recorded"));
    o.doorUuids << door.uuid;
    o.doorLabels << door.label;
    tell(o);
    send(actions.value());
    Q_EMIT doorsChanged();
}

void LockerService::finishClearing(const LockerDoor& door)
{
    auto actions = m_store.finishClearing(door.uuid, m_deskLocation.isEmpty() ? m_bank.id : m_deskLocation);
    if (!actions) {
        tell(make(Kind::Error, VerdictKind::Error, tr("Not recorded"), actions.error().message));
        return;
    }
    LockerOutcome o = make(Kind::Cleared, VerdictKind::Success, tr("Door %1 emptied").arg(door.label),
                           tr("%n item(s) to check in at the desk.", nullptr, int(actions.value().size())));
    o.doorUuids << door.uuid;
    o.doorLabels << door.label;
    tell(o);
    send(actions.value());
    Q_EMIT doorsChanged();
}

LockerOutcome LockerService::clear(const QString& doorUuid)
{
    if (!ready())
        return make(Kind::NotReady, VerdictKind::Warning, tr("The lockers are starting"));
    auto door = m_store.door(doorUuid);
    if (!door)
        return make(Kind::Error, VerdictKind::Error, tr("Unknown door"), door.error().message);
    if (Status s = m_store.startClearing(doorUuid); !s.ok())
        return make(Kind::Error, VerdictKind::Error, tr("Door %1 is not to be emptied").arg(door.value().label),
                    s.error().message);
    LockerOutcome o =
        make(Kind::ClearingOpen, VerdictKind::Warning, tr("Door %1: take everything out").arg(door.value().label),
             tr("Close the door when it is empty."));
    o.doorUuids << doorUuid;
    o.doorLabels << door.value().label;
    if (m_poller)
        m_poller->open(door.value().board, door.value().lock);
    else
        finishClearing(door.value());
    Q_EMIT doorsChanged();
    return o;
}

LockerOutcome LockerService::pickup(const QString& card)
{
    if (!ready())
        return make(Kind::NotReady, VerdictKind::Warning, tr("One moment please"));
    if (boardDown()) {
        // A patron turned away: staff must hear of it (nothing about the patron is kept).
        const LockerOutcome o = make(Kind::BoardDown, VerdictKind::Error, tr("Out of service"));
        recordAlert(make(Kind::BoardDown, VerdictKind::Error, QStringLiteral("kiosk pickup refused"),
                         QStringLiteral("a lock board does not answer")));
        return o;
    }
    auto all = m_store.doors();
    if (!all)
        return make(Kind::Error, VerdictKind::Error, tr("Out of service"), all.error().message);
    QStringList uuids, labels;
    QList<LockerDoor> doors;
    for (const LockerDoor& d : all.value())
        if (d.state == DoorState::Loaded && !d.patronCard.isEmpty() && d.patronCard == card) {
            uuids << d.uuid;
            labels << d.label;
            doors << d;
        }
    if (uuids.isEmpty())
        return make(Kind::NothingWaiting, VerdictKind::Warning, tr("Nothing is waiting for you here"));
    const QString operation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The checkouts are on disk before any door opens.
    auto actions = m_store.startPickup(uuids, card, operation);
    if (!actions)
        return make(Kind::Error, VerdictKind::Error, tr("Out of service"), actions.error().message);
    LockerOutcome o =
        make(Kind::PickupOpening, VerdictKind::Success, tr("Door(s) %1 open").arg(labels.join(QStringLiteral(", "))),
             tr("Take your documents and close the door."));
    o.doorUuids = uuids;
    o.doorLabels = labels;
    for (const LockerDoor& d : doors) {
        if (o.patronName.isEmpty())
            o.patronName = d.patronName;
        for (const LockerItem& item : d.items)
            if (!item.isReturn) {
                o.itemBarcodes << item.barcode;
                o.itemTitles << item.title;
            }
    }
    for (const LockerDoor& d : doors) {
        if (m_poller)
            m_poller->open(d.board, d.lock);
        else
            sendCheckouts(d.uuid);
    }
    Q_EMIT doorsChanged();
    return o;
}

void LockerService::sendCheckouts(const QString& doorUuid)
{
    if (m_checkoutsSent.contains(doorUuid))
        return;
    m_checkoutsSent.insert(doorUuid);
    auto pending = m_outbox.list(OutboxAction::State::Pending);
    if (!pending)
        return;
    QList<OutboxAction> mine;
    for (const OutboxAction& a : pending.value())
        if (a.kind == desk::action::Checkout && a.payload.value(QStringLiteral("door")).toString() == doorUuid)
            mine.append(a);
    send(mine);
}

LockerOutcome LockerService::deposit(const QString& barcode)
{
    if (!ready())
        return make(Kind::NotReady, VerdictKind::Warning, tr("One moment please"));
    if (boardDown()) {
        recordAlert(make(Kind::BoardDown, VerdictKind::Error, QStringLiteral("kiosk return refused"),
                         QStringLiteral("a lock board does not answer")));
        return make(Kind::BoardDown, VerdictKind::Error, tr("Out of service"));
    }
    auto inside = m_store.doorOfItem(barcode);
    if (inside && inside.value())
        return make(Kind::AlreadyIn, VerdictKind::Warning, tr("This document is already in a door"));
    auto all = m_store.doors();
    if (!all)
        return make(Kind::Error, VerdictKind::Error, tr("Out of service"), all.error().message);
    for (const LockerDoor& d : all.value()) {
        if (!d.returns || (d.state != DoorState::Free && d.state != DoorState::Return))
            continue;
        if (m_poller && (!closed(d).value_or(false) || m_poller->isUnknown(d.board)))
            continue;
        if (d.state == DoorState::Return && d.items.size() >= 10)
            continue; // a return door takes a handful of documents
        auto assigned = m_store.assignReturn(d.uuid, barcode, {});
        if (!assigned)
            continue;
        LockerOutcome o = make(Kind::ReturnOpening, VerdictKind::Success, tr("Door %1 opens").arg(d.label),
                               tr("Put the document in and close the door."));
        o.barcode = barcode;
        o.doorUuids << d.uuid;
        o.doorLabels << d.label;
        if (m_poller)
            m_poller->open(d.board, d.lock);
        else
            completeReturn(assigned.value());
        Q_EMIT doorsChanged();
        return o;
    }
    return make(Kind::ReturnsFull, VerdictKind::Warning, tr("No return door is free"),
                tr("Please bring your document to the library."));
}

void LockerService::onDoorEvent(const DoorEvent& event)
{
    const auto found = doorAt(event.board, event.lock);
    if (!found)
        return;
    const LockerDoor& door = *found;
    (void)m_store.event(doorEventName(event.kind), door.uuid, {}, {});
    switch (event.kind) {
    case DoorEvent::Kind::RelayFired:
    case DoorEvent::Kind::ItemIn:
    case DoorEvent::Kind::ItemOut:
        break;
    case DoorEvent::Kind::Opened:
    case DoorEvent::Kind::AlreadyOpen:
        if (door.state == DoorState::Pickup)
            sendCheckouts(door.uuid);
        break;
    case DoorEvent::Kind::Jammed:
    case DoorEvent::Kind::CommandFailed: {
        const bool jam = event.kind == DoorEvent::Kind::Jammed;
        if (door.state == DoorState::Loading) {
            QString barcode;
            for (const LockerItem& i : door.items)
                if (i.state == QLatin1String("loading"))
                    barcode = i.barcode;
            (void)m_store.abandonLoading(door.uuid, jam ? QStringLiteral("jammed") : QStringLiteral("not sent"),
                                         jam ? DoorState::Jammed : DoorState::Free);
            LockerOutcome o =
                make(jam ? Kind::Jammed : Kind::BoardDown, VerdictKind::Error,
                     jam ? tr("Door %1 is jammed").arg(door.label) : tr("Door %1 did not open").arg(door.label));
            o.doorUuids << door.uuid;
            o.doorLabels << door.label;
            o.barcode = barcode;
            // The next door for the same item.
            const auto c = barcode.isEmpty() ? std::nullopt : candidate(barcode);
            if (c) {
                m_jammedFor[barcode].insert(door.uuid);
                const LockerOutcome next = loadInto(barcode, *c, m_jammedFor.value(barcode));
                if (next.kind == Kind::DoorOpening) {
                    o.verdict.detail = tr("Use door %1 instead.").arg(next.doorLabels.value(0));
                    o.doorUuids += next.doorUuids;
                    o.doorLabels += next.doorLabels;
                } else {
                    o.verdict.detail = next.verdict.title;
                }
            }
            tell(o);
        } else if (door.state == DoorState::Pickup) {
            (void)m_store.undoPickup(door.uuid);
            // tell() records the alert (jammed at pickup, or the board lost).
            LockerOutcome o = make(jam ? Kind::Jammed : Kind::BoardDown, VerdictKind::Error,
                                   tr("Door %1 did not open").arg(door.label), tr("Staff have been told."));
            o.doorUuids << door.uuid;
            o.doorLabels << door.label;
            tell(o);
        } else if (door.state == DoorState::Return && door.operation == QLatin1String("depositing")) {
            (void)m_store.abandonLoading(door.uuid, QStringLiteral("jammed"),
                                         jam ? DoorState::Jammed : DoorState::Free);
            tell(make(jam ? Kind::Jammed : Kind::BoardDown, VerdictKind::Error,
                      tr("Door %1 did not open").arg(door.label)));
        } else if (door.state == DoorState::Clearing) {
            (void)m_store.setState(door.uuid, DoorState::Jammed, QStringLiteral("jammed while clearing"));
            tell(make(Kind::Jammed, VerdictKind::Error, tr("Door %1 is jammed").arg(door.label)));
        } else if (door.state == DoorState::Free && jam) {
            (void)m_store.setState(door.uuid, DoorState::Jammed, QStringLiteral("jammed"));
        }
        Q_EMIT doorsChanged();
        break;
    }
    case DoorEvent::Kind::Closed:
        if (door.state == DoorState::Loading) {
            if (hasItem(door)) {
                completeLoading(door);
            } else {
                (void)m_store.abandonLoading(door.uuid, QStringLiteral("no item seen"));
                LockerOutcome o =
                    make(Kind::NoItemSeen, VerdictKind::Warning,
                         tr("Door %1 closed with nothing inside").arg(door.label), tr("Scan the item again."));
                o.doorUuids << door.uuid;
                o.doorLabels << door.label;
                tell(o);
            }
        } else if (door.state == DoorState::Pickup) {
            (void)m_store.finishPickup(door.uuid);
            m_checkoutsSent.remove(door.uuid);
            LockerOutcome o = make(Kind::PickupDone, VerdictKind::Success, tr("Thank you, goodbye"));
            o.doorUuids << door.uuid;
            o.doorLabels << door.label;
            tell(o);
        } else if (door.state == DoorState::Return && door.operation == QLatin1String("depositing")) {
            if (hasItem(door))
                completeReturn(door);
            else
                (void)m_store.abandonLoading(door.uuid, QStringLiteral("no return seen"));
        } else if (door.state == DoorState::Clearing) {
            finishClearing(door);
        }
        Q_EMIT doorsChanged();
        break;
    case DoorEvent::Kind::ForcedOpen: {
        LockerOutcome o = make(Kind::Alert, VerdictKind::Error, tr("Door %1 opened without a command").arg(door.label),
                               tr("Check the locker bank."));
        o.doorUuids << door.uuid;
        o.doorLabels << door.label;
        tell(o);
        break;
    }
    case DoorEvent::Kind::LeftOpen: {
        LockerOutcome o =
            make(Kind::Alert, VerdictKind::Warning, tr("Door %1 is still open").arg(door.label), tr("Close it."));
        o.doorUuids << door.uuid;
        o.doorLabels << door.label;
        tell(o);
        break;
    }
    }
}

void LockerService::checkPatron(const QString& card, const QString& pin,
                                std::function<void(bool ok, bool offline)> done)
{
    const QByteArray date = m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd    HHmmss")).toLatin1();
    m_sip.request(
        "63", "002" + date + QByteArray(10, ' '),
        {{"AO", m_sip.config().institution.toUtf8()}, {"AA", card.toUtf8()}, {"AC", {}}, {"AD", pin.toUtf8()}},
        [done](Result<sip2::Message> answer) {
            if (!answer) {
                done(false, true);
                return;
            }
            done(answer.value().field("BL") == "Y" && answer.value().field("CQ") == "Y", false);
        });
}

// A loaded item checked in at the bank: its request is waiting there now, until the day the ILS
// set; that day is read back (a return's or a cleared item's check-in has no request in a door).
void LockerService::expiryAfterCheckin(const QString& doorUuid, const QString& barcode)
{
    auto door = m_store.door(doorUuid);
    if (!door)
        return;
    for (const LockerItem& item : door.value().items)
        if (item.barcode == barcode && !item.isReturn && item.holdId > 0 && item.state == QLatin1String("in"))
            readExpiry(doorUuid, barcode, item.holdId);
}

void LockerService::refreshExpiries()
{
    auto all = m_store.doors();
    if (!all)
        return;
    for (const LockerDoor& d : all.value())
        if (d.state == DoorState::Loaded)
            for (const LockerItem& item : d.items)
                if (!item.isReturn && item.holdId > 0 && item.state == QLatin1String("in") && !item.expires.isValid())
                    readExpiry(d.uuid, item.barcode, item.holdId);
}

void LockerService::readExpiry(const QString& doorUuid, const QString& barcode, qint64 holdId)
{
    if (!m_rest || m_expiryAsked.contains(barcode))
        return;
    m_expiryAsked.insert(barcode);
    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("q"),
        QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("hold_id"), holdId}}).toJson(QJsonDocument::Compact)));
    QPointer<LockerService> self(this);
    m_rest->listAll(QStringLiteral("/holds"), query, {}, [self, doorUuid, barcode, holdId](Result<QJsonArray> holds) {
        if (!self)
            return;
        self->m_expiryAsked.remove(barcode);
        if (!holds || holds.value().isEmpty()) {
            qCInfo(lcLockers) << "hold" << holdId << "expiry not read"
                              << (holds ? QStringLiteral("gone") : holds.error().code);
            return;
        }
        const QJsonObject h = holds.value().first().toObject();
        if (h.value(QStringLiteral("status")).toString() != QLatin1String("W"))
            return; // not waiting (yet): the ILS set no last pickup day
        const QDate expires =
            QDate::fromString(h.value(QStringLiteral("expiration_date")).toString().left(10), Qt::ISODate);
        if (!expires.isValid())
            return;
        if (Status s = self->m_store.setIlsExpiry(doorUuid, barcode, expires); !s.ok()) {
            qCWarning(lcLockers) << "expiry not recorded:" << s.error().code;
            return;
        }
        Q_EMIT self->doorsChanged();
    });
}

void LockerService::send(const QList<OutboxAction>& actions)
{
    for (const OutboxAction& a : actions) {
        if (m_inFlight.contains(a.uuid))
            continue;
        m_inFlight.insert(a.uuid);
        const QString uuid = a.uuid;
        const QString barcode = a.payload.value(QStringLiteral("barcode")).toString();
        const QString door = a.payload.value(QStringLiteral("door")).toString();
        auto answered = [this, uuid, door, barcode](Result<sip2::Message> answer, bool isCheckin) {
            m_inFlight.remove(uuid);
            if (!answer) {
                // Offline or answer lost: pending, the replay asks the state first.
                qCInfo(lcLockers) << "locker action pending:" << answer.error().code;
                Q_EMIT actionSent(uuid, false);
                return;
            }
            const bool ok = isCheckin ? ils::CheckinOutcome::from(answer.value()).ok
                                      : ils::CheckoutOutcome::from(answer.value()).ok;
            if (ok) {
                (void)m_outbox.acknowledge(uuid);
                if (isCheckin)
                    expiryAfterCheckin(door, barcode);
            } else {
                const QStringList messages = isCheckin ? ils::CheckinOutcome::from(answer.value()).screenMessages
                                                       : ils::CheckoutOutcome::from(answer.value()).screenMessages;
                (void)m_outbox.sendToReview(uuid, messages.isEmpty() ? tr("Refused by the library system")
                                                                     : messages.join(QLatin1Char(' ')));
            }
            Q_EMIT actionSent(uuid, ok);
        };
        if (a.kind == desk::action::Checkin)
            m_sip.checkin(barcode, a.payload.value(QStringLiteral("location")).toString(m_bank.id),
                          [answered](Result<sip2::Message> r) { answered(std::move(r), true); });
        else if (a.kind == desk::action::Checkout)
            m_sip.checkout(a.payload.value(QStringLiteral("card")).toString(), barcode,
                           [answered](Result<sip2::Message> r) { answered(std::move(r), false); });
        else
            m_inFlight.remove(uuid);
    }
}

} // namespace comptoir::lockers
