#include "netstore/Publisher.h"

#include "Clock.h"
#include "desk/Privacy.h"
#include "store/Outbox.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcNetStore)

namespace comptoir::netstore {

namespace {

// Uuids of events derived from rows that have none (the crates' audit lines).
const QUuid Namespace = QUuid(QStringLiteral("{8f3e7a52-7c1d-4d55-9a52-3c1f0b2a6e21}"));

// An alert's text as published (the store's notification must stay well under PostgreSQL's 8000
// bytes).
constexpr int AlertDetailMax = 500;

QString isoMs(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QList<QString> Publisher::schema()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS net_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT "
                       "NULL UNIQUE, at TEXT NOT NULL, site TEXT NOT NULL, kind TEXT NOT NULL, object TEXT NOT NULL, "
                       "payload TEXT NOT NULL, published_at TEXT, outcome TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS net_events_pending ON net_events(published_at, seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS net_cursor (source TEXT PRIMARY KEY, last_seq INTEGER NOT NULL)"),
    };
}

Publisher::Publisher(Outbox& outbox, const Clock& clock, const QString& site, const QString& counter, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_site(site)
    , m_counter(counter)
{
}

Status Publisher::insert(const StoreEvent& e)
{
    return m_outbox.database()
        .exec(
            QStringLiteral("INSERT OR IGNORE INTO net_events (uuid, at, site, kind, object, payload) VALUES (?, ?, ?, "
                           "?, ?, ?)"),
            {e.id, isoMs(e.at), e.site, e.kind, e.object,
             QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact))})
        .status();
}

Result<LocalEvent> Publisher::record(const QString& kind, const QString& object, const QJsonObject& payload)
{
    LocalEvent local;
    local.event = StoreEvent{
        QUuid::createUuid().toString(QUuid::WithoutBraces), m_site, kind, object, payload, m_clock.now().toUTC()};
    if (Status s = m_outbox.database().transaction([&]() { return insert(local.event); }); !s)
        return s.error();
    return local;
}

Result<int> Publisher::collect()
{
    Database& db = m_outbox.database();
    int collected = 0;
    const Status done = db.transaction([&]() -> Status {
        auto cursorOf = [&](const QString& source) -> Result<qint64> {
            auto v = db.scalar(QStringLiteral("SELECT last_seq FROM net_cursor WHERE source = ?"), {source});
            if (!v)
                return v.error();
            return v.value().isNull() ? qint64(0) : v.value().toLongLong();
        };
        auto advance = [&](const QString& source, qint64 last) {
            return db
                .exec(QStringLiteral("INSERT INTO net_cursor (source, last_seq) VALUES (?, ?) ON CONFLICT (source) DO "
                                     "UPDATE SET last_seq = excluded.last_seq"),
                      {source, last})
                .status();
        };
        // A log's events collected: written to net_events in order, then its cursor moved on.
        auto store = [&](const QList<StoreEvent>& events, const QString& source, qint64 from, qint64 last) {
            for (const StoreEvent& e : events) {
                if (Status s = insert(e); !s)
                    return s;
                ++collected;
            }
            return last != from ? advance(source, last) : Status();
        };

        // Crates: the audit lines "crate <seq> <detail>", with the crate's network id.
        auto from = cursorOf(QStringLiteral("audit"));
        if (!from)
            return from.error();
        auto rows = db.exec(QStringLiteral("SELECT id, at, event, detail FROM audit WHERE id > ? AND event LIKE "
                                           "'crate.%' ORDER BY id"),
                            {from.value()});
        if (!rows)
            return rows.status();
        struct Line
        {
            qint64 id;
            QDateTime at;
            QString event, detail;
        };
        QList<Line> lines;
        while (rows.value().next())
            lines.append({rows.value().value(0).toLongLong(), fromIso(rows.value().value(1)),
                          rows.value().value(2).toString(), rows.value().value(3).toString()});
        rows.value().finish();
        qint64 last = from.value();
        for (const Line& l : lines) {
            last = l.id;
            const QStringList words = l.detail.split(QLatin1Char(' '));
            if (words.size() < 2)
                continue;
            auto crate = db.exec(QStringLiteral("SELECT crate_id, destination, from_site, direction FROM crates WHERE "
                                                "seq = ?"),
                                 {words.at(1).toLongLong()});
            if (!crate)
                return crate.status();
            if (!crate.value().next())
                continue;
            const QString id = crate.value().value(0).toString();
            const QString destination = crate.value().value(1).toString();
            crate.value().finish();
            const QString rest = words.mid(2).join(QLatin1Char(' '));
            QString kind = l.event;
            QJsonObject payload;
            if (kind == QLatin1String("crate.open"))
                payload.insert(QStringLiteral("destination"), destination);
            else if (kind == QLatin1String("crate.seal"))
                payload.insert(QStringLiteral("items"), rest.toInt());
            else if (kind == QLatin1String("crate.receive.all"))
                kind = QStringLiteral("crate.receive.end");
            else if (kind == QLatin1String("crate.add") || kind == QLatin1String("crate.remove") ||
                     kind == QLatin1String("crate.receive.item"))
                payload.insert(QStringLiteral("barcode"), words.value(2));
            const QString uuid =
                QUuid::createUuidV5(Namespace, m_counter + QStringLiteral("/audit/") + QString::number(l.id))
                    .toString(QUuid::WithoutBraces);
            if (Status s = insert({uuid, m_site, kind, id, payload, l.at}); !s)
                return s;
            ++collected;
        }
        if (last != from.value())
            if (Status s = advance(QStringLiteral("audit"), last); !s)
                return s;

        // Locker doors: their events carry uuids already.
        auto doorsFrom = cursorOf(QStringLiteral("locker_events"));
        if (!doorsFrom)
            return doorsFrom.error();
        auto doorRows = db.exec(
            QStringLiteral("SELECT e.seq, e.uuid, e.at, e.bank, e.door_uuid, e.kind, e.barcode, "
                           "d.label, coalesce(e.detail, ''), coalesce(d.patron_card, ''), "
                           "(SELECT coalesce(i.title, '') FROM locker_items i WHERE i.door_uuid = e.door_uuid AND "
                           "i.barcode = e.barcode ORDER BY i.placed_at DESC LIMIT 1) FROM locker_events e LEFT JOIN "
                           "locker_doors d ON d.uuid = e.door_uuid WHERE e.seq > ? ORDER BY e.seq"),
            {doorsFrom.value()});
        if (!doorRows)
            return doorRows.status();
        QList<StoreEvent> doorEvents;
        qint64 lastDoor = doorsFrom.value();
        while (doorRows.value().next()) {
            QSqlQuery& q = doorRows.value();
            lastDoor = q.value(0).toLongLong();
            const QString door = q.value(4).toString();
            const QString kind = q.value(5).toString();
            if (kind == QLatin1String("alert")) {
                // An alert of the bank (a door jammed, forced or left open, a board lost, a patron
                // turned away): the door's label and what was said, never the item or the patron;
                // the object is the door, or the bank when no door is concerned.
                const QString bank = q.value(3).toString();
                QJsonObject alert{{QStringLiteral("bank"), bank},
                                  {QStringLiteral("label"), q.value(7).toString()},
                                  {QStringLiteral("detail"), q.value(8).toString().left(AlertDetailMax)}};
                doorEvents.append({q.value(1).toString(), m_site, QStringLiteral("locker.alert"),
                                   door.isEmpty() ? bank : door, alert, fromIso(q.value(2))});
                continue;
            }
            if (door.isEmpty())
                continue;
            QJsonObject payload{{QStringLiteral("bank"), q.value(3).toString()},
                                {QStringLiteral("label"), q.value(7).toString()}};
            QString storeKind;
            if (kind == QLatin1String("assigned") || kind == QLatin1String("return_assigned")) {
                storeKind = QStringLiteral("locker.assign");
                payload.insert(QStringLiteral("item"), q.value(6).toString());
                // Whose request, for the other counters' view of the door: the pickup code only
                // (what every privacy setting shows; never the card nor the name).
                if (kind == QLatin1String("assigned"))
                    if (const QString card = q.value(9).toString(); !card.isEmpty())
                        payload.insert(QStringLiteral("code"), desk::pickupCode(card));
                if (const QString title = q.value(10).toString(); !title.isEmpty())
                    payload.insert(QStringLiteral("title"), title.left(200));
            } else if (kind == QLatin1String("door_added") || kind == QLatin1String("picked_up") ||
                       kind == QLatin1String("emptied") || kind == QLatin1String("cleared")) {
                storeKind = QStringLiteral("locker.door");
                payload.insert(QStringLiteral("state"), QStringLiteral("free"));
            } else if (kind.startsWith(QLatin1String("state_"))) {
                storeKind = QStringLiteral("locker.door");
                payload.insert(QStringLiteral("state"), kind.mid(6));
            } else {
                storeKind = QStringLiteral("locker.") + kind;
            }
            doorEvents.append({q.value(1).toString(), m_site, storeKind, door, payload, fromIso(q.value(2))});
        }
        doorRows.value().finish();
        if (Status s = store(doorEvents, QStringLiteral("locker_events"), doorsFrom.value(), lastDoor); !s)
            return s;

        // Delivery: the order's state only (no patron name or address leaves the counter).
        auto deliveryFrom = cursorOf(QStringLiteral("delivery_events"));
        if (!deliveryFrom)
            return deliveryFrom.error();
        auto deliveryRows = db.exec(
            QStringLiteral("SELECT e.seq, e.uuid, e.at, e.entity, e.entity_uuid, e.event, o.state, o.round_date, "
                           "(SELECT count(*) FROM delivery_items i WHERE i.order_uuid = o.uuid) FROM delivery_events "
                           "e LEFT JOIN delivery_orders o ON o.uuid = e.entity_uuid WHERE e.seq > ? ORDER BY e.seq"),
            {deliveryFrom.value()});
        if (!deliveryRows)
            return deliveryRows.status();
        QList<StoreEvent> deliveryEvents;
        qint64 lastDelivery = deliveryFrom.value();
        while (deliveryRows.value().next()) {
            QSqlQuery& q = deliveryRows.value();
            lastDelivery = q.value(0).toLongLong();
            const QString entity = q.value(3).toString();
            QJsonObject payload;
            if (!q.value(6).isNull()) {
                payload.insert(QStringLiteral("state"), q.value(6).toString());
                // For the other counters of the site: the order's round and how many items (no patron).
                payload.insert(QStringLiteral("round"), q.value(7).toString());
                payload.insert(QStringLiteral("items"), q.value(8).toInt());
            }
            const QString kind = entity == QLatin1String("order")
                                     ? QStringLiteral("delivery.") + q.value(5).toString()
                                     : QStringLiteral("record.delivery.%1.%2").arg(entity, q.value(5).toString());
            deliveryEvents.append(
                {q.value(1).toString(), m_site, kind, q.value(4).toString(), payload, fromIso(q.value(2))});
        }
        deliveryRows.value().finish();
        return store(deliveryEvents, QStringLiteral("delivery_events"), deliveryFrom.value(), lastDelivery);
    });
    if (!done)
        return done.error();
    return collected;
}

Result<QList<LocalEvent>> Publisher::events(bool publishedOnly)
{
    auto rows = m_outbox.database().exec(
        QStringLiteral("SELECT seq, uuid, at, site, kind, object, payload, published_at, outcome FROM net_events %1 "
                       "ORDER BY seq")
            .arg(publishedOnly ? QStringLiteral("WHERE published_at IS NOT NULL") : QString()));
    if (!rows)
        return rows.error();
    QList<LocalEvent> list;
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        LocalEvent e;
        e.seq = q.value(0).toLongLong();
        e.event = StoreEvent{q.value(1).toString(),
                             q.value(3).toString(),
                             q.value(4).toString(),
                             q.value(5).toString(),
                             QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(),
                             fromIso(q.value(2))};
        e.publishedAt = fromIso(q.value(7));
        e.outcome = Outcome::fromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
        list.append(e);
    }
    return list;
}

Result<int> Publisher::pendingCount()
{
    auto n = m_outbox.database().scalar(QStringLiteral("SELECT count(*) FROM net_events WHERE published_at IS NULL"));
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<QList<LocalEvent>> Publisher::conflicts()
{
    auto all = events(true);
    if (!all)
        return all.error();
    QList<LocalEvent> lost;
    for (auto it = all.value().crbegin(); it != all.value().crend(); ++it)
        if (it->outcome.conflict())
            lost.append(*it);
    return lost;
}

Result<QList<LocalEvent>> Publisher::pendingBatch(int max)
{
    if (auto c = collect(); !c)
        return c.error();
    auto rows = m_outbox.database().exec(QStringLiteral("SELECT seq, uuid, at, site, kind, object, payload FROM "
                                                        "net_events WHERE published_at IS NULL ORDER BY seq LIMIT ?"),
                                         {max});
    if (!rows)
        return rows.status().error();
    QList<LocalEvent> batch;
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        LocalEvent e;
        e.seq = q.value(0).toLongLong();
        e.event = StoreEvent{q.value(1).toString(),
                             q.value(3).toString(),
                             q.value(4).toString(),
                             q.value(5).toString(),
                             QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(),
                             fromIso(q.value(2))};
        batch.append(e);
    }
    rows.value().finish();
    return batch;
}

SentEvents Publisher::send(NetStore& store, const QList<StoreEvent>& batch, bool reconnect)
{
    SentEvents sent;
    bool reconnected = false;
    auto publishAll = [&](const QList<StoreEvent>& events) -> Result<QList<Outcome>> {
        auto outcomes = store.isOpen()
                            ? store.publishAll(events)
                            : Result<QList<Outcome>>(Error{QStringLiteral("netstore.unreachable"), QString()});
        if (!outcomes && outcomes.error().code == QLatin1String("netstore.unreachable") && !reconnected && reconnect) {
            // The store went away and may be back: one new connection per round, then the same
            // events again (the store applies each once even if the first try reached it).
            reconnected = true;
            if (store.reopen())
                outcomes = store.publishAll(events);
        }
        return outcomes;
    };
    // In chunks: one store transaction per chunk. A chunk the store refuses as a whole is sent again
    // one event at a time, to stop at the one.
    constexpr int Chunk = 100;
    for (qsizetype from = 0; from < batch.size();) {
        const qsizetype size = qMin<qsizetype>(Chunk, batch.size() - from);
        QList<StoreEvent> events = batch.mid(from, size);
        auto outcomes = publishAll(events);
        if (!outcomes && outcomes.error().code != QLatin1String("netstore.unreachable") && size > 1)
            outcomes = publishAll({batch.at(from)});
        if (!outcomes) {
            // The store refused this counter's right (a misconfigured role) or did not answer: the
            // events stay pending, in order, for the next round.
            sent.status = outcomes.error();
            break;
        }
        sent.outcomes.append(outcomes.value());
        from += outcomes.value().size();
    }
    return sent;
}

PublishRound Publisher::apply(const QList<LocalEvent>& batch, const SentEvents& sent)
{
    PublishRound round;
    round.status = sent.status;
    if (!sent.status)
        qCWarning(lcNetStore) << "publishing stopped at event"
                              << (sent.outcomes.size() < batch.size() ? batch.at(sent.outcomes.size()).seq : -1)
                              << sent.status.error().code;
    // One local transaction (one sync to disk) per chunk of verdicts.
    constexpr int Chunk = 100;
    const qsizetype done = qMin(sent.outcomes.size(), batch.size());
    for (qsizetype from = 0; from < done; from += Chunk) {
        const qsizetype size = qMin<qsizetype>(Chunk, done - from);
        const Status marked = m_outbox.database().transaction([&]() -> Status {
            for (qsizetype i = from; i < from + size; ++i) {
                const QString json =
                    QString::fromUtf8(QJsonDocument(sent.outcomes.at(i).toJson()).toJson(QJsonDocument::Compact));
                auto r = m_outbox.database().exec(
                    QStringLiteral("UPDATE net_events SET published_at = ?, outcome = ? WHERE seq = ?"),
                    {isoMs(m_clock.now()), json, batch.at(i).seq});
                if (!r)
                    return r.status();
            }
            return {};
        });
        if (!marked) {
            round.status = marked;
            break;
        }
        for (qsizetype i = from; i < from + size; ++i) {
            const Outcome& outcome = sent.outcomes.at(i);
            const StoreEvent& e = batch.at(i).event;
            ++round.published;
            if (outcome.conflict()) {
                ++round.conflicts;
                const QString message = outcome.message(e.kind, e.object);
                round.messages.append(message);
                if (!outcome.replay) {
                    Q_EMIT conflict(message);
                    Q_EMIT eventLost(e, outcome);
                }
            }
        }
    }
    if (auto n = pendingCount(); n)
        round.pending = n.value();
    return round;
}

PublishRound Publisher::publish(NetStore& store, int max)
{
    auto batch = pendingBatch(max);
    if (!batch) {
        PublishRound round;
        round.status = batch.error();
        return round;
    }
    QList<StoreEvent> events;
    for (const LocalEvent& e : batch.value())
        events.append(e.event);
    return apply(batch.value(), send(store, events, m_reconnect));
}

} // namespace comptoir::netstore
