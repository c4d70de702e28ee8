#include "delivery/DeliveryService.h"

#include "Clock.h"
#include "Logging.h"
#include "ils/KohaRestClient.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

namespace comptoir::delivery {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString text(const QJsonValue& v)
{
    return v.isString() ? v.toString().trimmed() : v.isDouble() ? QString::number(v.toInteger()) : QString();
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

Parcel::State parcelState(const QString& name)
{
    if (name == QLatin1String("dispatched"))
        return Parcel::State::Dispatched;
    if (name == QLatin1String("delivered"))
        return Parcel::State::Delivered;
    if (name == QLatin1String("absent"))
        return Parcel::State::Absent;
    if (name == QLatin1String("refused"))
        return Parcel::State::Refused;
    return Parcel::State::Planned;
}

Order::State orderState(const QString& name)
{
    if (name == QLatin1String("call"))
        return Order::State::Call;
    if (name == QLatin1String("dispatched"))
        return Order::State::Dispatched;
    if (name == QLatin1String("closed"))
        return Order::State::Closed;
    return Order::State::Open;
}

const QString OrderColumns = QStringLiteral(
    "uuid, order_key, patron_id, card, surname, firstname, category, street_number, street_type, address, address2, "
    "city, postal_code, country, phone, mobile, email, notes, ordered_at, round_date, eligible, ineligible_reason, "
    "state, address_purged_at");
const QString ItemColumns = QStringLiteral(
    "i.uuid, i.order_uuid, i.hold_id, i.biblio_id, i.item_id, i.barcode, i.title, i.author, i.item_type, i.extent, "
    "i.dimensions, i.binding, i.record_type, i.grams, i.basis, i.weighed, i.parcel_uuid, p.number, i.captured_at");
const QString ParcelColumns = QStringLiteral(
    "uuid, order_uuid, number, round_date, grams, fee_cents, state, dispatched_at, outcome_at, (SELECT count(*) FROM "
    "delivery_items WHERE parcel_uuid = delivery_parcels.uuid)");

Parcel parcelFrom(const QSqlQuery& q)
{
    Parcel p;
    p.uuid = q.value(0).toString();
    p.orderUuid = q.value(1).toString();
    p.number = q.value(2).toInt();
    p.round = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    p.grams = q.value(4).toInt();
    p.feeCents = q.value(5).toInt();
    p.state = parcelState(q.value(6).toString());
    p.dispatchedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    p.outcomeAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    p.items = q.value(9).toInt();
    return p;
}

DeliveryItem itemFrom(const QSqlQuery& q)
{
    DeliveryItem i;
    i.uuid = q.value(0).toString();
    i.orderUuid = q.value(1).toString();
    i.holdId = q.value(2).toLongLong();
    i.biblioId = q.value(3).toLongLong();
    i.itemId = q.value(4).toLongLong();
    i.barcode = q.value(5).toString();
    i.title = q.value(6).toString();
    i.author = q.value(7).toString();
    i.physical.itemType = q.value(8).toString();
    i.physical.extent = q.value(9).toString();
    i.physical.dimensions = q.value(10).toString();
    i.physical.binding = q.value(11).toString();
    const QString type = q.value(12).toString();
    i.physical.recordType = type.isEmpty() ? QChar() : type.at(0);
    i.grams = q.value(13).toInt();
    i.basis = q.value(14).toString();
    i.weighed = q.value(15).toInt() != 0;
    i.parcelUuid = q.value(16).toString();
    i.parcelNumber = q.value(17).toInt();
    i.capturedAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODateWithMs);
    return i;
}

// When a request was placed, to the minute when the ILS says: Koha's hold has its day
// (hold_date) and its last change (timestamp); the timestamp is the placing time while it is on
// that day, else the day's start (before any cut-off).
QDateTime placedAt(const QJsonObject& hold)
{
    const QDate day = QDate::fromString(text(hold.value(QStringLiteral("hold_date"))).left(10), Qt::ISODate);
    const QDateTime stamp = QDateTime::fromString(text(hold.value(QStringLiteral("timestamp"))), Qt::ISODate);
    if (stamp.isValid() && (!day.isValid() || stamp.toLocalTime().date() == day))
        return stamp.toUTC();
    if (day.isValid())
        return QDateTime(day, QTime(0, 0)).toUTC();
    return stamp.toUTC();
}

} // namespace

QString Parcel::barcodeFor(int number)
{
    return QStringLiteral("LV%1").arg(number, 6, 10, QLatin1Char('0'));
}

int Parcel::numberFromBarcode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^LV(\\d{6})$"));
    const auto m = re.match(code.trimmed().toUpper());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString Parcel::stateName(State state)
{
    switch (state) {
    case State::Planned:
        return QStringLiteral("planned");
    case State::Dispatched:
        return QStringLiteral("dispatched");
    case State::Delivered:
        return QStringLiteral("delivered");
    case State::Absent:
        return QStringLiteral("absent");
    case State::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QString Manifest::roundBarcodeFor(const QDate& round)
{
    return QStringLiteral("LVT") + round.toString(QStringLiteral("yyyyMMdd"));
}

QDate Manifest::roundFromBarcode(const QString& code)
{
    if (!code.startsWith(QLatin1String("LVT")) || code.size() != 11)
        return {};
    return QDate::fromString(code.mid(3), QStringLiteral("yyyyMMdd"));
}

int Order::grams() const
{
    int total = 0;
    for (const DeliveryItem& i : items)
        total += i.grams;
    return total;
}

int Order::captured() const
{
    int n = 0;
    for (const DeliveryItem& i : items)
        n += i.capturedAt.isValid() ? 1 : 0;
    return n;
}

QString Order::patronName() const
{
    return QStringList{surname.toUpper(), firstname}.join(QLatin1Char(' ')).simplified();
}

QStringList DeliveryService::schema()
{
    return {
        // Comptoir's own objects for home delivery: rows with stable uuids (a network store takes
        // them as they are), addresses only on orders (purged after billing), weights typed at
        // the counter remembered per item, and an append-only log of what happened.
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS delivery_orders (uuid TEXT PRIMARY KEY, order_key TEXT NOT NULL UNIQUE, "
            "patron_id INTEGER NOT NULL, card TEXT NOT NULL DEFAULT '', surname TEXT NOT NULL DEFAULT '', firstname "
            "TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '', street_number TEXT, street_type TEXT, "
            "address "
            "TEXT, address2 TEXT, city TEXT, postal_code TEXT, country TEXT, phone TEXT, mobile TEXT, email TEXT, "
            "notes "
            "TEXT, ordered_at TEXT NOT NULL, round_date TEXT NOT NULL, eligible INTEGER NOT NULL, ineligible_reason "
            "TEXT, state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','call','dispatched','closed')), "
            "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, address_purged_at TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS delivery_orders_round ON delivery_orders(round_date, state)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS delivery_items (uuid TEXT PRIMARY KEY, order_uuid TEXT NOT NULL REFERENCES "
            "delivery_orders(uuid), hold_id INTEGER NOT NULL UNIQUE, biblio_id INTEGER, item_id INTEGER, barcode TEXT, "
            "title TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', item_type TEXT, extent TEXT, dimensions "
            "TEXT, binding TEXT, record_type TEXT, physical_known INTEGER NOT NULL DEFAULT 0, grams INTEGER NOT NULL "
            "DEFAULT 0, basis TEXT NOT NULL DEFAULT '', weighed INTEGER NOT NULL DEFAULT 0, parcel_uuid TEXT, "
            "captured_at TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS delivery_items_barcode ON delivery_items(barcode)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS delivery_items_order ON delivery_items(order_uuid)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS delivery_parcels (uuid TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE, "
            "order_uuid TEXT NOT NULL REFERENCES delivery_orders(uuid), round_date TEXT NOT NULL, grams INTEGER NOT "
            "NULL, fee_cents INTEGER NOT NULL, state TEXT NOT NULL CHECK (state IN "
            "('planned','dispatched','delivered','absent','refused')), dispatched_at TEXT, outcome_at TEXT, created_at "
            "TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS delivery_parcels_round ON delivery_parcels(round_date, state)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS item_weights (barcode TEXT PRIMARY KEY, grams INTEGER NOT NULL, "
                       "weighed_at TEXT NOT NULL, staff TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS delivery_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL "
            "UNIQUE, at TEXT NOT NULL, site TEXT NOT NULL, workstation TEXT NOT NULL, staff TEXT NOT NULL, entity TEXT "
            "NOT NULL, entity_uuid TEXT NOT NULL, event TEXT NOT NULL, payload TEXT NOT NULL)"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS delivery_events_no_update BEFORE UPDATE ON delivery_events BEGIN "
                       "SELECT RAISE(ABORT, 'delivery_events is append-only'); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS delivery_events_no_delete BEFORE DELETE ON delivery_events BEGIN "
                       "SELECT RAISE(ABORT, 'delivery_events is append-only'); END"),
    };
}

DeliveryService::DeliveryService(Outbox& outbox, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_clock(clock)
{
}

void DeliveryService::setDesk(const QString& site, const QString& workstation, const QString& staff)
{
    m_site = site;
    m_workstation = workstation;
    m_staff = staff;
}

Status DeliveryService::event(const QString& entity, const QString& entityUuid, const QString& name,
                              const QJsonObject& payload)
{
    return m_outbox.database()
        .exec(QStringLiteral("INSERT INTO delivery_events (uuid, at, site, workstation, staff, entity, entity_uuid, "
                             "event, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {newUuid(), iso(m_clock.now()), m_site, m_workstation, m_staff, entity, entityUuid, name,
               QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))})
        .status();
}

Result<QList<DeliveryService::Event>> DeliveryService::events(qint64 afterSeq)
{
    auto q = m_outbox.database().exec(QStringLiteral("SELECT seq, uuid, at, entity, entity_uuid, event, payload FROM "
                                                     "delivery_events WHERE seq > ? ORDER BY seq"),
                                      {afterSeq});
    if (!q)
        return q.error();
    QList<Event> out;
    while (q.value().next())
        out.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString(),
                    q.value().value(3).toString(), q.value().value(4).toString(), q.value().value(5).toString(),
                    QJsonDocument::fromJson(q.value().value(6).toString().toUtf8()).object()});
    return out;
}

Result<int> DeliveryService::importHolds(const QJsonArray& holds)
{
    if (!m_config.enabled())
        return 0;
    int created = 0;
    Database& db = m_outbox.database();
    Status s = db.transaction([&]() -> Status {
        for (const QJsonValue& v : holds) {
            const QJsonObject hold = v.toObject();
            if (text(hold.value(QStringLiteral("pickup_library_id"))) != m_config.location)
                continue;
            const qint64 holdId = hold.value(QStringLiteral("hold_id")).toInteger();
            const qint64 patronId = hold.value(QStringLiteral("patron_id")).toInteger();
            if (holdId <= 0 || patronId <= 0)
                continue;
            const QJsonObject patron = hold.value(QStringLiteral("patron")).toObject();
            const QDateTime ordered = placedAt(hold);
            const QDate round = m_config.roundFor(ordered);
            const QJsonValue group = hold.value(QStringLiteral("hold_group_id"));
            const QString key = group.isDouble()
                                    ? QStringLiteral("g%1").arg(group.toInteger())
                                    : QStringLiteral("p%1-%2").arg(patronId).arg(round.toString(Qt::ISODate));
            Address a;
            a.streetNumber = text(patron.value(QStringLiteral("street_number")));
            a.streetType = text(patron.value(QStringLiteral("street_type")));
            a.address = text(patron.value(QStringLiteral("address")));
            a.address2 = text(patron.value(QStringLiteral("address2")));
            a.city = text(patron.value(QStringLiteral("city")));
            a.postalCode = text(patron.value(QStringLiteral("postal_code")));
            a.country = text(patron.value(QStringLiteral("country")));
            a.phone = text(patron.value(QStringLiteral("phone")));
            a.mobile = text(patron.value(QStringLiteral("mobile")));
            a.email = text(patron.value(QStringLiteral("email")));
            const QString category = text(patron.value(QStringLiteral("category_id")));
            const Eligibility eligible = m_config.eligible(a, category);
            const QString now = iso(m_clock.now());

            auto existing = db.exec(
                QStringLiteral("SELECT uuid, ordered_at, state FROM delivery_orders WHERE order_key = ?"), {key});
            if (!existing)
                return existing.status();
            QString orderUuid;
            if (existing.value().next()) {
                orderUuid = existing.value().value(0).toString();
                const QDateTime before = QDateTime::fromString(existing.value().value(1).toString(), Qt::ISODateWithMs);
                existing.value().finish();
                const QDateTime first = before.isValid() && before < ordered ? before : ordered;
                // The address as the ILS has it now (the patron may have moved); never after it was purged.
                auto updated = db.exec(
                    QStringLiteral("UPDATE delivery_orders SET card = ?, surname = ?, firstname = ?, category = ?, "
                                   "street_number = ?, street_type = ?, address = ?, address2 = ?, city = ?, "
                                   "postal_code = ?, country = ?, phone = ?, mobile = ?, email = ?, eligible = ?, "
                                   "ineligible_reason = ?, ordered_at = ?, updated_at = ? WHERE uuid = ? AND "
                                   "address_purged_at IS NULL AND state IN ('open', 'call')"),
                    {text(patron.value(QStringLiteral("cardnumber"))), text(patron.value(QStringLiteral("surname"))),
                     text(patron.value(QStringLiteral("firstname"))), category, orNull(a.streetNumber),
                     orNull(a.streetType), orNull(a.address), orNull(a.address2), orNull(a.city), orNull(a.postalCode),
                     orNull(a.country), orNull(a.phone), orNull(a.mobile), orNull(a.email), eligible.ok ? 1 : 0,
                     orNull(eligible.reason), iso(first), now, orderUuid});
                if (!updated)
                    return updated.status();
            } else {
                existing.value().finish();
                orderUuid = newUuid();
                auto inserted = db.exec(
                    QStringLiteral("INSERT INTO delivery_orders (uuid, order_key, patron_id, card, surname, firstname, "
                                   "category, street_number, street_type, address, address2, city, postal_code, "
                                   "country, phone, mobile, email, notes, ordered_at, round_date, eligible, "
                                   "ineligible_reason, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"),
                    {orderUuid,
                     key,
                     patronId,
                     text(patron.value(QStringLiteral("cardnumber"))),
                     text(patron.value(QStringLiteral("surname"))),
                     text(patron.value(QStringLiteral("firstname"))),
                     category,
                     orNull(a.streetNumber),
                     orNull(a.streetType),
                     orNull(a.address),
                     orNull(a.address2),
                     orNull(a.city),
                     orNull(a.postalCode),
                     orNull(a.country),
                     orNull(a.phone),
                     orNull(a.mobile),
                     orNull(a.email),
                     orNull(text(hold.value(QStringLiteral("notes")))),
                     iso(ordered),
                     round.toString(Qt::ISODate),
                     eligible.ok ? 1 : 0,
                     orNull(eligible.reason),
                     now,
                     now});
                if (!inserted)
                    return inserted.status();
                ++created;
                if (Status e = event(QStringLiteral("order"), orderUuid, QStringLiteral("created"),
                                     {{QStringLiteral("patron_id"), patronId},
                                      {QStringLiteral("round"), round.toString(Qt::ISODate)},
                                      {QStringLiteral("ordered_at"), iso(ordered)},
                                      {QStringLiteral("eligible"), eligible.ok}});
                    !e.ok())
                    return e;
            }

            const QJsonObject item = hold.value(QStringLiteral("item")).toObject();
            const QJsonObject biblio = hold.value(QStringLiteral("biblio")).toObject();
            const QString barcode = text(item.value(QStringLiteral("external_id")));
            const QJsonValue itemId = hold.value(QStringLiteral("item_id"));
            auto known = db.scalar(QStringLiteral("SELECT uuid FROM delivery_items WHERE hold_id = ?"), {holdId});
            if (!known)
                return known.status();
            if (!known.value().isNull()) {
                // The copy is known once the ILS chose it (captured, or an item-level request).
                auto u = db.exec(
                    QStringLiteral("UPDATE delivery_items SET item_id = coalesce(?, item_id), barcode = "
                                   "coalesce(?, barcode), item_type = coalesce(?, item_type) WHERE hold_id = ?"),
                    {itemId.isDouble() ? QVariant(itemId.toInteger()) : QVariant(), orNull(barcode),
                     orNull(text(item.value(QStringLiteral("item_type_id")))), holdId});
                if (!u)
                    return u.status();
                continue;
            }
            const QString itemUuid = newUuid();
            auto ins = db.exec(
                QStringLiteral("INSERT INTO delivery_items (uuid, order_uuid, hold_id, biblio_id, item_id, barcode, "
                               "title, author, item_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {itemUuid, orderUuid, holdId, hold.value(QStringLiteral("biblio_id")).toInteger(),
                 itemId.isDouble() ? QVariant(itemId.toInteger()) : QVariant(), orNull(barcode),
                 text(biblio.value(QStringLiteral("title"))), text(biblio.value(QStringLiteral("author"))),
                 orNull(text(item.value(QStringLiteral("item_type_id"))))});
            if (!ins)
                return ins.status();
            if (Status e = event(QStringLiteral("item"), itemUuid, QStringLiteral("added"),
                                 {{QStringLiteral("order"), orderUuid}, {QStringLiteral("hold_id"), holdId}});
                !e.ok())
                return e;
        }
        return {};
    });
    if (!s.ok())
        return s.error();
    // Items with no estimate yet get one from what is known (the type) until the record comes.
    auto items = db.exec(QStringLiteral("SELECT i.uuid FROM delivery_items i WHERE i.grams = 0 AND i.weighed = 0"));
    if (items) {
        QStringList uuids;
        while (items.value().next())
            uuids << items.value().value(0).toString();
        items.value().finish();
        for (const QString& uuid : uuids) {
            auto o = db.exec(QStringLiteral("SELECT ") + ItemColumns +
                                 QStringLiteral(" FROM delivery_items i LEFT JOIN delivery_parcels p ON p.uuid = "
                                                "i.parcel_uuid WHERE i.uuid = ?"),
                             {uuid});
            if (o && o.value().next()) {
                DeliveryItem it = itemFrom(o.value());
                o.value().finish();
                if (Status e = estimate(it); !e.ok())
                    return e.error();
            }
        }
    }
    Q_EMIT changed();
    return created;
}

Status DeliveryService::estimate(DeliveryItem& item)
{
    Database& db = m_outbox.database();
    const int remembered = item.barcode.isEmpty() ? 0 : rememberedWeight(item.barcode);
    if (remembered > 0) {
        item.grams = remembered;
        item.weighed = true;
        item.basis = QStringLiteral("weighed");
    } else if (!item.weighed) {
        const WeightEstimate e = estimateWeight(item.physical, m_config.weights);
        item.grams = e.grams;
        item.basis = e.basis;
    }
    return db
        .exec(QStringLiteral("UPDATE delivery_items SET grams = ?, basis = ?, weighed = ? WHERE uuid = ?"),
              {item.grams, item.basis, item.weighed ? 1 : 0, item.uuid})
        .status();
}

Status DeliveryService::setPhysical(qint64 biblioId, const PhysicalDescription& physical)
{
    Database& db = m_outbox.database();
    auto u = db.exec(QStringLiteral("UPDATE delivery_items SET extent = ?, dimensions = ?, binding = ?, record_type = "
                                    "?, physical_known = 1 WHERE biblio_id = ?"),
                     {physical.extent, physical.dimensions, physical.binding,
                      physical.recordType.isNull() ? QVariant() : QVariant(QString(physical.recordType)), biblioId});
    if (!u)
        return u.status();
    auto q = db.exec(QStringLiteral("SELECT ") + ItemColumns +
                         QStringLiteral(" FROM delivery_items i LEFT JOIN delivery_parcels p ON p.uuid = i.parcel_uuid "
                                        "WHERE i.biblio_id = ?"),
                     {biblioId});
    if (!q)
        return q.status();
    QList<DeliveryItem> items;
    while (q.value().next())
        items.append(itemFrom(q.value()));
    q.value().finish();
    for (DeliveryItem& item : items)
        if (Status s = estimate(item); !s.ok())
            return s;
    return {};
}

Result<QList<qint64>> DeliveryService::biblioIdsWithoutPhysical()
{
    auto q = m_outbox.database().exec(QStringLiteral(
        "SELECT DISTINCT biblio_id FROM delivery_items WHERE physical_known = 0 AND biblio_id IS NOT NULL ORDER BY 1"));
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out << q.value().value(0).toLongLong();
    return out;
}

void DeliveryService::refresh(ils::KohaRestClient& rest, std::function<void(Status, int)> done)
{
    if (!m_config.enabled()) {
        done({}, 0);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pickup_library_id"), m_config.location);
    // The patrons' addresses come with their requests for delivery, and with nothing else.
    rest.listAll(
        QStringLiteral("/holds"), query, {QStringLiteral("patron"), QStringLiteral("item"), QStringLiteral("biblio")},
        [this, &rest, done](Result<QJsonArray> holds) {
            if (!holds) {
                done(holds.status(), 0);
                return;
            }
            auto created = importHolds(holds.value());
            if (!created) {
                done(created.status(), 0);
                return;
            }
            auto biblios = biblioIdsWithoutPhysical();
            if (!biblios || biblios.value().isEmpty()) {
                done(biblios.status(), created.value());
                return;
            }
            // One record after the other (a round is a few dozen).
            auto pending = std::make_shared<QList<qint64>>(biblios.value());
            auto next = std::make_shared<std::function<void()>>();
            const int newOrders = created.value();
            *next = [this, &rest, pending, next, done, newOrders]() {
                if (pending->isEmpty()) {
                    Q_EMIT changed();
                    done({}, newOrders);
                    *next = nullptr;
                    return;
                }
                const qint64 id = pending->takeFirst();
                rest.getMarc(QStringLiteral("/biblios/%1").arg(id), [this, id, next](Result<QJsonObject> record) {
                    if (!record)
                        qCInfo(lcSync) << "delivery: record" << id << "not read:" << record.error().message;
                    else if (Status s = setPhysical(id, PhysicalDescription::fromMarcInJson(record.value())); !s.ok())
                        qCWarning(lcSync) << "delivery: estimate not kept:" << s.error().message;
                    (*next)();
                });
            };
            (*next)();
        });
}

QDate DeliveryService::preparingRound() const
{
    return m_config.preparingRound(m_clock.now().toLocalTime().date());
}

Result<QList<QDate>> DeliveryService::rounds()
{
    auto q = m_outbox.database().exec(
        QStringLiteral("SELECT DISTINCT round_date FROM delivery_orders ORDER BY round_date DESC LIMIT 60"));
    if (!q)
        return q.error();
    QList<QDate> out;
    while (q.value().next())
        out << QDate::fromString(q.value().value(0).toString(), Qt::ISODate);
    return out;
}

Result<QList<Order>> DeliveryService::loadOrders(const QString& where, const QVariantList& bindings)
{
    Database& db = m_outbox.database();
    auto q = db.exec(QStringLiteral("SELECT ") + OrderColumns + QStringLiteral(" FROM delivery_orders WHERE ") + where +
                         QStringLiteral(" ORDER BY ordered_at, uuid"),
                     bindings);
    if (!q)
        return q.error();
    QList<Order> orders;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Order o;
        o.uuid = r.value(0).toString();
        o.key = r.value(1).toString();
        o.patronId = r.value(2).toLongLong();
        o.card = r.value(3).toString();
        o.surname = r.value(4).toString();
        o.firstname = r.value(5).toString();
        o.category = r.value(6).toString();
        o.address = {r.value(7).toString(),  r.value(8).toString(),  r.value(9).toString(),  r.value(10).toString(),
                     r.value(11).toString(), r.value(12).toString(), r.value(13).toString(), r.value(14).toString(),
                     r.value(15).toString(), r.value(16).toString()};
        o.notes = r.value(17).toString();
        o.orderedAt = QDateTime::fromString(r.value(18).toString(), Qt::ISODateWithMs);
        o.round = QDate::fromString(r.value(19).toString(), Qt::ISODate);
        o.eligibility = {r.value(20).toInt() != 0, r.value(21).toString()};
        o.state = orderState(r.value(22).toString());
        o.addressPurged = !r.value(23).isNull();
        orders.append(o);
    }
    q.value().finish();
    for (Order& o : orders) {
        auto items = db.exec(QStringLiteral("SELECT ") + ItemColumns +
                                 QStringLiteral(" FROM delivery_items i LEFT JOIN delivery_parcels p ON p.uuid = "
                                                "i.parcel_uuid WHERE i.order_uuid = ? ORDER BY i.hold_id"),
                             {o.uuid});
        if (!items)
            return items.error();
        while (items.value().next())
            o.items.append(itemFrom(items.value()));
        items.value().finish();
        auto parcels = db.exec(QStringLiteral("SELECT ") + ParcelColumns +
                                   QStringLiteral(" FROM delivery_parcels WHERE order_uuid = ? ORDER BY number"),
                               {o.uuid});
        if (!parcels)
            return parcels.error();
        while (parcels.value().next())
            o.parcels.append(parcelFrom(parcels.value()));
        parcels.value().finish();
    }
    return orders;
}

Result<QList<Order>> DeliveryService::orders(const QDate& round)
{
    return loadOrders(QStringLiteral("round_date = ?"), {round.toString(Qt::ISODate)});
}

Result<Order> DeliveryService::order(const QString& uuid)
{
    auto found = loadOrders(QStringLiteral("uuid = ?"), {uuid});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{QStringLiteral("delivery.unknown"), tr("No such delivery order.")};
    return found.value().first();
}

Result<QList<Parcel>> DeliveryService::plan(const QString& orderUuid)
{
    Result<QList<Parcel>> out = QList<Parcel>{};
    Status s = m_outbox.database().transaction([&]() -> Status {
        out = planLocked(orderUuid);
        return out.status();
    });
    if (!s.ok())
        return s.error();
    Q_EMIT changed();
    return out;
}

Result<QList<Parcel>> DeliveryService::planLocked(const QString& orderUuid)
{
    Database& db = m_outbox.database();
    auto found = order(orderUuid);
    if (!found)
        return found.error();
    const Order o = found.value();
    if (o.state == Order::State::Dispatched || o.state == Order::State::Closed)
        return o.parcels;
    // Items not yet in a dispatched parcel are packed again.
    QList<PackItem> loose;
    QList<Parcel> reusable, kept;
    for (const Parcel& p : o.parcels)
        (p.state == Parcel::State::Planned ? reusable : kept).append(p);
    QSet<QString> keptUuids;
    for (const Parcel& p : kept)
        keptUuids.insert(p.uuid);
    int total = 0;
    for (const DeliveryItem& i : o.items)
        if (!keptUuids.contains(i.parcelUuid)) {
            loose.append({i.uuid, i.grams});
            total += i.grams;
        }
    if (loose.isEmpty())
        return kept;
    if (total > m_config.maxParcelGrams && m_config.overweight == Overweight::Call) {
        // Too heavy for one parcel, and the library calls the patron rather than split.
        for (const Parcel& p : reusable) {
            if (auto r = db.exec(QStringLiteral("UPDATE delivery_items SET parcel_uuid = NULL WHERE parcel_uuid = ?"),
                                 {p.uuid});
                !r)
                return r.error();
            if (auto r = db.exec(QStringLiteral("DELETE FROM delivery_parcels WHERE uuid = ?"), {p.uuid}); !r)
                return r.error();
        }
        if (auto r = db.exec(QStringLiteral("UPDATE delivery_orders SET state = 'call', updated_at = ? WHERE uuid = ?"),
                             {iso(m_clock.now()), orderUuid});
            !r)
            return r.error();
        if (Status e = event(QStringLiteral("order"), orderUuid, QStringLiteral("call"),
                             {{QStringLiteral("grams"), total}, {QStringLiteral("limit"), m_config.maxParcelGrams}});
            !e.ok())
            return e.error();
        return kept;
    }
    const QList<QList<PackItem>> packed = packParcels(loose, m_config.maxParcelGrams);
    auto maxNumber = db.scalar(QStringLiteral("SELECT coalesce(max(number), 0) FROM delivery_parcels"));
    if (!maxNumber)
        return maxNumber.error();
    int nextNumber = maxNumber.value().toInt() + 1;
    QList<Parcel> out = kept;
    const QString now = iso(m_clock.now());
    for (int n = 0; n < packed.size(); ++n) {
        Parcel p;
        int grams = 0;
        for (const PackItem& i : packed[n])
            grams += i.grams;
        if (n < reusable.size()) {
            p = reusable[n];
            p.grams = grams;
            p.feeCents = m_config.feeCents;
            if (auto r = db.exec(QStringLiteral("UPDATE delivery_parcels SET grams = ?, fee_cents = ?, round_date = ? "
                                                "WHERE uuid = ?"),
                                 {grams, p.feeCents, o.round.toString(Qt::ISODate), p.uuid});
                !r)
                return r.error();
        } else {
            p.uuid = newUuid();
            p.orderUuid = orderUuid;
            p.number = nextNumber++;
            p.round = o.round;
            p.grams = grams;
            p.feeCents = m_config.feeCents;
            if (auto r = db.exec(QStringLiteral("INSERT INTO delivery_parcels (uuid, number, order_uuid, round_date, "
                                                "grams, fee_cents, state, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                                                "'planned', ?)"),
                                 {p.uuid, p.number, orderUuid, o.round.toString(Qt::ISODate), grams, p.feeCents, now});
                !r)
                return r.error();
        }
        p.items = int(packed[n].size());
        for (const PackItem& i : packed[n])
            if (auto r = db.exec(QStringLiteral("UPDATE delivery_items SET parcel_uuid = ? WHERE uuid = ?"),
                                 {p.uuid, i.key});
                !r)
                return r.error();
        if (Status e = event(QStringLiteral("parcel"), p.uuid, QStringLiteral("planned"),
                             {{QStringLiteral("order"), orderUuid},
                              {QStringLiteral("number"), p.number},
                              {QStringLiteral("grams"), grams},
                              {QStringLiteral("items"), p.items},
                              {QStringLiteral("fee_cents"), p.feeCents}});
            !e.ok())
            return e.error();
        out.append(p);
    }
    for (int n = int(packed.size()); n < reusable.size(); ++n)
        if (auto r = db.exec(QStringLiteral("DELETE FROM delivery_parcels WHERE uuid = ?"), {reusable[n].uuid}); !r)
            return r.error();
    if (auto r = db.exec(QStringLiteral("UPDATE delivery_orders SET state = 'open', updated_at = ? WHERE uuid = ? AND "
                                        "state = 'call'"),
                         {now, orderUuid});
        !r)
        return r.error();
    return out;
}

Result<int> DeliveryService::planRound(const QDate& round)
{
    auto list = orders(round);
    if (!list)
        return list.error();
    int parcels = 0;
    for (const Order& o : list.value()) {
        if (!o.eligibility.ok || o.state == Order::State::Dispatched || o.state == Order::State::Closed)
            continue;
        auto planned = plan(o.uuid);
        if (!planned)
            return planned.error();
        parcels += int(planned.value().size());
    }
    return parcels;
}

int DeliveryService::rememberedWeight(const QString& barcode)
{
    auto g = m_outbox.database().scalar(QStringLiteral("SELECT grams FROM item_weights WHERE barcode = ?"), {barcode});
    return g ? g.value().toInt() : 0;
}

Status DeliveryService::setWeight(const QString& itemUuid, int grams)
{
    if (grams <= 0 || grams > 50000)
        return Error{QStringLiteral("delivery.weight"), tr("A weight in grams, between 1 and 50000.")};
    Database& db = m_outbox.database();
    QString orderUuid;
    Status s = db.transaction([&]() -> Status {
        auto q = db.exec(QStringLiteral("SELECT order_uuid, coalesce(barcode, '') FROM delivery_items WHERE uuid = ?"),
                         {itemUuid});
        if (!q)
            return q.status();
        if (!q.value().next())
            return Error{QStringLiteral("delivery.unknown"), tr("No such item in a delivery order.")};
        orderUuid = q.value().value(0).toString();
        const QString barcode = q.value().value(1).toString();
        q.value().finish();
        const QString now = iso(m_clock.now());
        if (!barcode.isEmpty())
            if (auto r =
                    db.exec(QStringLiteral("INSERT OR REPLACE INTO item_weights (barcode, grams, weighed_at, staff) "
                                           "VALUES (?, ?, ?, ?)"),
                            {barcode, grams, now, m_staff});
                !r)
                return r.status();
        if (auto r = db.exec(QStringLiteral("UPDATE delivery_items SET grams = ?, weighed = 1, basis = 'weighed' WHERE "
                                            "uuid = ?"),
                             {grams, itemUuid});
            !r)
            return r.status();
        if (Status e =
                event(QStringLiteral("item"), itemUuid, QStringLiteral("weighed"), {{QStringLiteral("grams"), grams}});
            !e.ok())
            return e;
        auto o = order(orderUuid);
        if (!o)
            return o.status();
        // Parcels already planned are planned again with the real weight.
        if (!o.value().parcels.isEmpty() || o.value().state == Order::State::Call)
            return planLocked(orderUuid).status();
        return {};
    });
    if (s.ok())
        Q_EMIT changed();
    return s;
}

std::optional<DeliveryCapture> DeliveryService::capture(const QString& barcode, const QString& card,
                                                        const QString& title, qint64 patronId, qint64 biblioId)
{
    if (!m_config.enabled() || barcode.isEmpty())
        return std::nullopt;
    Database& db = m_outbox.database();
    // The item by its barcode; else the patron's order's first item of that title (or any) not
    // captured yet: a title-level request is filled by whichever copy the desk pulled.
    auto q =
        db.exec(QStringLiteral("SELECT i.uuid, i.order_uuid FROM delivery_items i JOIN delivery_orders o ON o.uuid = "
                               "i.order_uuid WHERE i.barcode = ? AND o.state IN ('open', 'call') LIMIT 1"),
                {barcode});
    if (!q)
        return std::nullopt;
    QString itemUuid, orderUuid;
    if (q.value().next()) {
        itemUuid = q.value().value(0).toString();
        orderUuid = q.value().value(1).toString();
    }
    q.value().finish();
    if (itemUuid.isEmpty() && patronId > 0 && biblioId > 0) {
        auto m =
            db.exec(QStringLiteral("SELECT i.uuid, i.order_uuid FROM delivery_items i JOIN delivery_orders o ON "
                                   "o.uuid = i.order_uuid WHERE o.patron_id = ? AND i.biblio_id = ? AND o.state IN "
                                   "('open', 'call') AND i.captured_at IS NULL ORDER BY i.hold_id LIMIT 1"),
                    {patronId, biblioId});
        if (m && m.value().next()) {
            itemUuid = m.value().value(0).toString();
            orderUuid = m.value().value(1).toString();
        }
        if (m)
            m.value().finish();
    }
    if (itemUuid.isEmpty() && !card.isEmpty()) {
        auto m = db.exec(QStringLiteral("SELECT i.uuid, i.order_uuid FROM delivery_items i JOIN delivery_orders o ON "
                                        "o.uuid = i.order_uuid WHERE o.card = ? AND o.state IN ('open', 'call') AND "
                                        "i.captured_at IS NULL AND (i.barcode IS NULL OR i.barcode = '') ORDER BY "
                                        "(i.title = ?) DESC, o.round_date, i.hold_id LIMIT 1"),
                         {card, title});
        if (m && m.value().next()) {
            itemUuid = m.value().value(0).toString();
            orderUuid = m.value().value(1).toString();
        }
        if (m)
            m.value().finish();
    }
    if (itemUuid.isEmpty())
        return std::nullopt;
    Status s = db.transaction([&]() -> Status {
        if (auto r =
                db.exec(QStringLiteral("UPDATE delivery_items SET barcode = ?, captured_at = coalesce(captured_at, ?) "
                                       "WHERE uuid = ?"),
                        {barcode, iso(m_clock.now()), itemUuid});
            !r)
            return r.status();
        if (Status e = event(QStringLiteral("item"), itemUuid, QStringLiteral("captured"),
                             {{QStringLiteral("barcode"), barcode}});
            !e.ok())
            return e;
        // A weight remembered for this copy replaces the estimate.
        if (const int g = rememberedWeight(barcode); g > 0)
            if (auto r =
                    db.exec(QStringLiteral("UPDATE delivery_items SET grams = ?, weighed = 1, basis = 'weighed' WHERE "
                                           "uuid = ? AND weighed = 0"),
                            {g, itemUuid});
                !r)
                return r.status();
        auto o = order(orderUuid);
        if (!o)
            return o.status();
        if (o.value().parcels.isEmpty() && o.value().eligibility.ok)
            return planLocked(orderUuid).status();
        return {};
    });
    if (!s.ok()) {
        qCWarning(lcSync) << "delivery capture not kept:" << s.error().message;
        return std::nullopt;
    }
    auto o = order(orderUuid);
    if (!o)
        return std::nullopt;
    DeliveryCapture out;
    out.orderUuid = orderUuid;
    const Order& ord = o.value();
    QString parcelUuid;
    for (const DeliveryItem& i : ord.items)
        if (i.uuid == itemUuid) {
            out.parcel = i.parcelNumber;
            parcelUuid = i.parcelUuid;
        }
    for (const DeliveryItem& i : ord.items)
        if (!parcelUuid.isEmpty() && i.parcelUuid == parcelUuid) {
            ++out.parcelItems;
            out.parcelCaptured += i.capturedAt.isValid() ? 1 : 0;
        }
    const QString round = QLocale().toString(ord.round, QStringLiteral("ddd d MMM"));
    if (!ord.eligibility.ok)
        out.verdict = {VerdictKind::Warning, tr("Home delivery — not deliverable"),
                       tr("%1: set it aside and call the patron.").arg(ord.eligibility.reason)};
    else if (ord.state == Order::State::Call || out.parcel == 0)
        out.verdict = {VerdictKind::Warning, tr("Home delivery — call the patron"),
                       tr("The order weighs %1 kg, over the %2 kg limit: call before preparing it.")
                           .arg(QLocale().toString(ord.grams() / 1000.0, 'f', 1))
                           .arg(QLocale().toString(m_config.maxParcelGrams / 1000.0, 'f', 1))};
    else
        out.verdict = {
            VerdictKind::Bag, tr("Home delivery — parcel no. %1").arg(out.parcel),
            tr("%1 of %2 in this parcel — round of %3").arg(out.parcelCaptured).arg(out.parcelItems).arg(round)};
    Q_EMIT changed();
    return out;
}

void DeliveryService::dispatch(const QDate& round, const CheckoutCall& checkout,
                               std::function<void(DispatchReport)> done)
{
    auto list = orders(round);
    auto report = std::make_shared<DispatchReport>();
    if (!list) {
        report->refused << list.error().message;
        done(*report);
        return;
    }
    struct Step
    {
        QString parcelUuid, orderUuid, card, barcode;
        bool lastOfParcel = false;
    };
    auto steps = std::make_shared<QList<Step>>();
    for (const Order& o : list.value()) {
        if (!o.eligibility.ok || o.state != Order::State::Open)
            continue;
        for (const Parcel& p : o.parcels) {
            if (p.state != Parcel::State::Planned)
                continue;
            QList<Step> parcelSteps;
            for (const DeliveryItem& i : o.items)
                if (i.parcelUuid == p.uuid && !i.barcode.isEmpty())
                    parcelSteps.append({p.uuid, o.uuid, o.card, i.barcode});
            if (parcelSteps.isEmpty())
                continue;
            parcelSteps.last().lastOfParcel = true;
            *steps += parcelSteps;
        }
    }
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, steps, report, next, checkout, done, round]() {
        if (steps->isEmpty()) {
            const QString now = iso(m_clock.now());
            const Status kept = m_outbox.database().transaction([&]() -> Status {
                // The orders that leave with the round: each gets its own event, so that the other
                // counters (the network store) see each order dispatched, not only the round.
                const QString leaving = QStringLiteral(
                    "round_date = ? AND state = 'open' AND eligible = 1 AND NOT EXISTS (SELECT 1 FROM "
                    "delivery_parcels p WHERE p.order_uuid = delivery_orders.uuid AND p.state = 'planned') AND "
                    "EXISTS (SELECT 1 FROM delivery_parcels p WHERE p.order_uuid = delivery_orders.uuid)");
                QStringList orders;
                auto which = m_outbox.database().exec(QStringLiteral("SELECT uuid FROM delivery_orders WHERE ") +
                                                          leaving + QStringLiteral(" ORDER BY uuid"),
                                                      {round.toString(Qt::ISODate)});
                if (!which)
                    return which.status();
                while (which.value().next())
                    orders << which.value().value(0).toString();
                which.value().finish();
                if (auto r = m_outbox.database().exec(
                        QStringLiteral("UPDATE delivery_orders SET state = 'dispatched', updated_at = ? WHERE ") +
                            leaving,
                        {now, round.toString(Qt::ISODate)});
                    !r)
                    return r.status();
                for (const QString& order : std::as_const(orders))
                    if (Status s = event(QStringLiteral("order"), order, QStringLiteral("dispatched"), {}); !s.ok())
                        return s;
                return event(QStringLiteral("round"), Manifest::roundBarcodeFor(round), QStringLiteral("dispatched"),
                             {{QStringLiteral("parcels"), report->parcels}, {QStringLiteral("items"), report->items}});
            });
            if (!kept.ok())
                report->refused << kept.error().message;
            Q_EMIT changed();
            done(*report);
            *next = nullptr;
            return;
        }
        const Step step = steps->takeFirst();
        checkout(step.card, step.barcode,
                 [this, step, report, next](bool ok, bool provisional, const QString& message) {
                     if (ok) {
                         ++report->items;
                         report->provisional += provisional ? 1 : 0;
                     } else {
                         report->refused << step.barcode + QStringLiteral(": ") + message;
                     }
                     if (step.lastOfParcel) {
                         const QString now = iso(m_clock.now());
                         const Status kept = m_outbox.database().transaction([&]() -> Status {
                             if (auto r = m_outbox.database().exec(
                                     QStringLiteral(
                                         "UPDATE delivery_parcels SET state = 'dispatched', dispatched_at = ? WHERE "
                                         "uuid = ? AND state = 'planned'"),
                                     {now, step.parcelUuid});
                                 !r)
                                 return r.status();
                             return event(QStringLiteral("parcel"), step.parcelUuid, QStringLiteral("dispatched"), {});
                         });
                         if (!kept.ok())
                             report->refused << kept.error().message;
                         ++report->parcels;
                     }
                     (*next)();
                 });
    };
    (*next)();
}

Result<Manifest> DeliveryService::manifest(const QDate& round)
{
    auto list = orders(round);
    if (!list)
        return list.error();
    Manifest m;
    m.round = round;
    m.window = m_config.windowText();
    m.roundBarcode = Manifest::roundBarcodeFor(round);
    for (const Order& o : list.value()) {
        if (!o.eligibility.ok)
            continue;
        for (const Parcel& p : o.parcels) {
            ManifestLine line;
            line.parcel = p.number;
            line.barcode = p.barcode();
            line.patron = o.patronName();
            line.address = o.address.oneLine();
            line.phone = o.address.bestPhone();
            line.notes = o.notes;
            line.items = p.items;
            line.grams = p.grams;
            m.lines.append(line);
        }
    }
    std::sort(m.lines.begin(), m.lines.end(),
              [](const ManifestLine& a, const ManifestLine& b) { return a.parcel < b.parcel; });
    return m;
}

Result<Parcel> DeliveryService::parcel(const QString& barcode)
{
    const int number = Parcel::numberFromBarcode(barcode);
    if (number <= 0)
        return Error{QStringLiteral("delivery.unknown"), tr("%1 is not a parcel label.").arg(barcode)};
    auto q = m_outbox.database().exec(QStringLiteral("SELECT ") + ParcelColumns +
                                          QStringLiteral(" FROM delivery_parcels WHERE number = ?"),
                                      {number});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{QStringLiteral("delivery.unknown"), tr("No parcel no. %1 at this counter.").arg(number)};
    return parcelFrom(q.value());
}

void DeliveryService::recordOutcome(const QString& parcelBarcode, Outcome outcome, const CheckinCall& checkin,
                                    const HoldCall& hold, std::function<void(Result<OutcomeReport>)> done)
{
    auto found = parcel(parcelBarcode);
    if (!found) {
        done(found.error());
        return;
    }
    const Parcel p = found.value();
    if (p.state != Parcel::State::Dispatched) {
        done(Error{QStringLiteral("delivery.state"),
                   p.state == Parcel::State::Planned
                       ? tr("Parcel no. %1 has not left: dispatch its round first.").arg(p.number)
                       : tr("Parcel no. %1 already came back (%2).").arg(p.number).arg(Parcel::stateName(p.state))});
        return;
    }
    auto o = order(p.orderUuid);
    if (!o) {
        done(o.error());
        return;
    }
    const Parcel::State state = outcome == Outcome::Delivered ? Parcel::State::Delivered
                                : outcome == Outcome::Absent  ? Parcel::State::Absent
                                                              : Parcel::State::Refused;
    const QString now = iso(m_clock.now());
    Status s = m_outbox.database().transaction([&]() -> Status {
        if (auto r = m_outbox.database().exec(
                QStringLiteral("UPDATE delivery_parcels SET state = ?, outcome_at = ? WHERE uuid = ?"),
                {Parcel::stateName(state), now, p.uuid});
            !r)
            return r.status();
        auto closed = m_outbox.database().exec(
            QStringLiteral("UPDATE delivery_orders SET state = 'closed', updated_at = ? WHERE uuid = ? AND state <> "
                           "'closed' AND NOT EXISTS (SELECT 1 FROM delivery_parcels WHERE order_uuid = ? AND state "
                           "IN ('planned', 'dispatched'))"),
            {now, p.orderUuid, p.orderUuid});
        if (!closed)
            return closed.status();
        const bool orderClosed = closed.value().numRowsAffected() > 0;
        closed.value().finish();
        if (Status parcel = event(QStringLiteral("parcel"), p.uuid, Parcel::stateName(state), {}); !parcel.ok())
            return parcel;
        // Its last parcel back: the order is closed, an event of its own (the network store's state).
        return orderClosed ? event(QStringLiteral("order"), p.orderUuid, QStringLiteral("closed"), {}) : Status{};
    });
    if (!s.ok()) {
        done(s.error());
        return;
    }
    auto report = std::make_shared<OutcomeReport>();
    report->parcel = p;
    report->parcel.state = state;
    report->parcel.outcomeAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    if (outcome == Outcome::Delivered) {
        report->verdict = {VerdictKind::Success, tr("Parcel no. %1 delivered").arg(p.number),
                           tr("%n item(s) with %1", nullptr, p.items).arg(o.value().patronName())};
        Q_EMIT changed();
        done(*report);
        return;
    }
    // Brought back: its items are checked in (the loan ends), then, to keep them for the patron,
    // requested again for them here and checked in once more (captured for the hold shelf).
    auto steps = std::make_shared<QList<std::function<void(CirculationDone)>>>();
    const QString card = o.value().card;
    // Kept for the patron only when the desk can place the request (SIP2 15).
    const bool keep = m_config.broughtBack == BroughtBack::HoldShelf && outcome == Outcome::Absent && hold;
    for (const DeliveryItem& i : o.value().items) {
        if (i.parcelUuid != p.uuid || i.barcode.isEmpty())
            continue;
        ++report->items;
        const QString barcode = i.barcode;
        steps->append([checkin, barcode](CirculationDone d) { checkin(barcode, d); });
        if (keep) {
            steps->append([hold, card, barcode](CirculationDone d) { hold(card, barcode, d); });
            steps->append([checkin, barcode](CirculationDone d) { checkin(barcode, d); });
        }
    }
    const QString name = o.value().patronName();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, steps, report, next, done, outcome, keep, name]() {
        if (steps->isEmpty()) {
            const int n = report->parcel.items;
            const QString where = keep ? tr("to the hold shelf for %1").arg(name) : tr("checked in");
            report->verdict = {
                report->refused.isEmpty() ? VerdictKind::Warning : VerdictKind::Error,
                outcome == Outcome::Absent ? tr("Parcel no. %1: patron absent").arg(report->parcel.number)
                                           : tr("Parcel no. %1: refused").arg(report->parcel.number),
                tr("%n item(s) %1", nullptr, n).arg(where) +
                    (report->refused.isEmpty() ? QString()
                                               : QStringLiteral(" — ") + report->refused.join(QStringLiteral("; ")))};
            Q_EMIT changed();
            done(*report);
            *next = nullptr;
            return;
        }
        auto step = steps->takeFirst();
        step([report, next](bool ok, bool provisional, const QString& message) {
            report->provisional += provisional ? 1 : 0;
            if (!ok)
                report->refused << message;
            (*next)();
        });
    };
    (*next)();
}

Result<Billing> DeliveryService::billing(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Error{QStringLiteral("delivery.unknown"), tr("No such month.")};
    const QDate last = first.addMonths(1).addDays(-1);
    auto q = m_outbox.database().exec(
        QStringLiteral(
            "SELECT o.patron_id, o.card, o.surname, o.firstname, o.street_number, o.street_type, o.address, "
            "o.address2, o.city, o.postal_code, p.round_date, p.number, p.fee_cents, p.state FROM "
            "delivery_parcels p JOIN delivery_orders o ON o.uuid = p.order_uuid WHERE p.round_date BETWEEN ? "
            "AND ? AND p.state IN ('dispatched', 'delivered', 'absent', 'refused') ORDER BY o.surname, "
            "o.firstname, o.patron_id, p.round_date, p.number"),
        {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    Billing b;
    b.year = year;
    b.month = month;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        BillingLine l;
        l.patronId = r.value(0).toLongLong();
        l.card = r.value(1).toString();
        l.patron =
            QStringList{r.value(2).toString().toUpper(), r.value(3).toString()}.join(QLatin1Char(' ')).simplified();
        Address a;
        a.streetNumber = r.value(4).toString();
        a.streetType = r.value(5).toString();
        a.address = r.value(6).toString();
        a.address2 = r.value(7).toString();
        a.city = r.value(8).toString();
        a.postalCode = r.value(9).toString();
        l.address = a.oneLine();
        l.date = QDate::fromString(r.value(10).toString(), Qt::ISODate);
        l.parcel = r.value(11).toInt();
        l.barcode = Parcel::barcodeFor(l.parcel);
        l.outcome = parcelState(r.value(13).toString());
        // Delivered and absent parcels are billed (the courier went); a refused one is not.
        l.feeCents = l.outcome == Parcel::State::Refused ? 0 : r.value(12).toInt();
        b.lines.append(l);
        if (b.perPatron.isEmpty() || b.perPatron.last().patronId != l.patronId)
            b.perPatron.append({l.patronId, l.card, l.patron, 0, 0});
        ++b.perPatron.last().parcels;
        b.perPatron.last().cents += l.feeCents;
        b.totalCents += l.feeCents;
    }
    return b;
}

Result<int> DeliveryService::purgeAddresses(const QDateTime& now)
{
    // An order's billing month ends with the month of its round; its address is kept the
    // retention after that, then erased (the bill keeps the name and the card, not the address).
    const QDate today = now.toLocalTime().date();
    const QDate limit = today.addDays(-m_config.addressRetentionDays);
    // Rounds in a month that ended before `limit`: round_date < first day of limit's month.
    const QDate firstOfLimitMonth(limit.year(), limit.month(), 1);
    int purged = 0;
    Status s = m_outbox.database().transaction([&]() -> Status {
        auto q = m_outbox.database().exec(
            QStringLiteral(
                "UPDATE delivery_orders SET street_number = NULL, street_type = NULL, address = NULL, "
                "address2 = NULL, city = NULL, postal_code = NULL, country = NULL, phone = NULL, mobile = "
                "NULL, email = NULL, notes = NULL, address_purged_at = ? WHERE address_purged_at IS NULL AND "
                "round_date < ? AND state IN ('dispatched', 'closed')"),
            {iso(now), firstOfLimitMonth.toString(Qt::ISODate)});
        if (!q)
            return q.status();
        purged = q.value().numRowsAffected();
        if (purged > 0)
            return event(QStringLiteral("privacy"), QStringLiteral("addresses"), QStringLiteral("purged"),
                         {{QStringLiteral("orders"), purged},
                          {QStringLiteral("before"), firstOfLimitMonth.toString(Qt::ISODate)}});
        return {};
    });
    if (!s.ok())
        return s.error();
    return purged;
}

} // namespace comptoir::delivery
