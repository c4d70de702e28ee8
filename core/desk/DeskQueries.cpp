#include "desk/DeskQueries.h"

#include "store/CacheStore.h"

#include <QSqlQuery>

namespace comptoir::desk {

DeskQueries::DeskQueries(CacheStore& cache)
    : m_cache(cache)
{
}

Result<QList<ShelfHold>> DeskQueries::holdShelf(const QString& site) const
{
    auto rows = m_cache.database().exec(
        QStringLiteral("SELECT h.hold_id, coalesce(i.barcode, ''), coalesce(b.title, ''), coalesce(i.callnumber, ''), "
                       "coalesce(p.surname, ''), coalesce(p.firstname, ''), coalesce(p.cardnumber, ''), "
                       "h.expiration_date, coalesce(h.hold_group_id, 0) FROM holds h LEFT JOIN items i ON i.item_id = "
                       "h.item_id LEFT JOIN biblios b ON b.biblio_id = h.biblio_id LEFT JOIN patrons p ON "
                       "p.patron_id = h.patron_id WHERE h.pickup_library_id = ? AND h.status = 'W' ORDER BY "
                       "h.expiration_date, p.surname"),
        {site});
    if (!rows)
        return rows.error();
    QList<ShelfHold> out;
    QSqlQuery& q = rows.value();
    while (q.next()) {
        ShelfHold h;
        h.holdId = q.value(0).toLongLong();
        h.barcode = q.value(1).toString();
        h.title = q.value(2).toString();
        h.callNumber = q.value(3).toString();
        h.surname = q.value(4).toString();
        h.firstname = q.value(5).toString();
        h.card = q.value(6).toString();
        h.expires = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        h.order = q.value(8).toLongLong();
        out << h;
    }
    q.finish();
    return out;
}

bool DeskQueries::isKnownCard(const QString& code) const
{
    auto known = m_cache.database().scalar(QStringLiteral("SELECT count(*) FROM patrons WHERE cardnumber = ?"), {code});
    return known && known.value().toInt() > 0;
}

Result<QList<OrderHold>> DeskQueries::orderHolds(const QString& site) const
{
    auto rows = m_cache.database().exec(
        QStringLiteral("SELECT h.hold_group_id, coalesce(p.surname, ''), coalesce(p.firstname, ''), "
                       "coalesce(p.cardnumber, ''), h.status, h.expiration_date FROM holds h LEFT JOIN patrons p ON "
                       "p.patron_id = h.patron_id WHERE h.pickup_library_id = ? AND h.hold_group_id IS NOT NULL ORDER "
                       "BY h.hold_group_id"),
        {site});
    if (!rows)
        return rows.error();
    QList<OrderHold> out;
    QSqlQuery& q = rows.value();
    while (q.next())
        out << OrderHold{q.value(0).toLongLong(),
                         q.value(1).toString(),
                         q.value(2).toString(),
                         q.value(3).toString(),
                         q.value(4).toString() == QLatin1String("W"),
                         QDate::fromString(q.value(5).toString(), Qt::ISODate)};
    q.finish();
    return out;
}

Result<QList<OrderItem>> DeskQueries::orderItems(qint64 order) const
{
    auto rows = m_cache.database().exec(
        QStringLiteral("SELECT coalesce(b.title, ''), coalesce(i.callnumber, ''), coalesce(i.barcode, ''), "
                       "h.expiration_date, h.status = 'W', h.hold_date FROM holds h LEFT "
                       "JOIN items i ON i.item_id = h.item_id LEFT JOIN "
                       "biblios b ON b.biblio_id = h.biblio_id WHERE h.hold_group_id = ? ORDER BY h.hold_id"),
        {order});
    if (!rows)
        return rows.error();
    QList<OrderItem> out;
    QSqlQuery& q = rows.value();
    while (q.next())
        out << OrderItem{q.value(0).toString(), q.value(1).toString(),
                         q.value(2).toString(), QDate::fromString(q.value(3).toString(), Qt::ISODate),
                         q.value(4).toBool(),   QDate::fromString(q.value(5).toString().left(10), Qt::ISODate)};
    q.finish();
    return out;
}

Result<OrderProgress> DeskQueries::orderProgress(qint64 order) const
{
    auto rows = m_cache.database().exec(
        QStringLiteral("SELECT count(*), coalesce(sum(status = 'W'), 0) FROM holds WHERE hold_group_id = ?"), {order});
    if (!rows)
        return rows.error();
    OrderProgress p;
    if (rows.value().next()) {
        p.total = rows.value().value(0).toInt();
        p.gathered = rows.value().value(1).toInt();
    }
    rows.value().finish();
    return p;
}

std::optional<qint64> DeskQueries::orderOf(const QString& barcode, const QString& card, const QString& title) const
{
    // The copy the request names, or a copy of its record this cache knows (its pick list, its
    // items) …
    auto group = m_cache.database().scalar(
        QStringLiteral("SELECT h.hold_group_id FROM holds h JOIN patrons p ON p.patron_id = h.patron_id LEFT JOIN "
                       "items i ON i.item_id = h.item_id LEFT JOIN pick_list l ON l.biblio_id = h.biblio_id AND "
                       "l.barcode = ? WHERE p.cardnumber = ? AND h.hold_group_id IS NOT NULL AND (i.barcode = ? OR "
                       "l.barcode = ? OR EXISTS (SELECT 1 FROM items x WHERE x.barcode = ? AND x.biblio_id = "
                       "h.biblio_id)) LIMIT 1"),
        {barcode, card, barcode, barcode, barcode});
    if (group && !group.value().isNull())
        return group.value().toLongLong();
    // … or a copy that came from another site (by the shuttle): the ILS named the patron and the
    // title; one order of that patron asking for that title is the one.
    if (title.isEmpty())
        return std::nullopt;
    auto rows = m_cache.database().exec(
        QStringLiteral("SELECT DISTINCT h.hold_group_id FROM holds h JOIN patrons p ON p.patron_id = h.patron_id "
                       "JOIN biblios b ON b.biblio_id = h.biblio_id WHERE p.cardnumber = ? AND h.hold_group_id IS "
                       "NOT NULL AND b.title = ? LIMIT 2"),
        {card, title});
    if (!rows)
        return std::nullopt;
    QList<qint64> found;
    while (rows.value().next())
        found << rows.value().value(0).toLongLong();
    rows.value().finish();
    return found.size() == 1 ? std::optional<qint64>(found.first()) : std::nullopt;
}

Result<QueueCounts> DeskQueries::queueCounts(const QString& site, const QDate& today) const
{
    auto rows = m_cache.database().exec(
        QStringLiteral("SELECT (SELECT count(*) FROM pick_list WHERE site = ?), "
                       "(SELECT count(*) FROM holds WHERE pickup_library_id = ? AND status IS NULL), "
                       "(SELECT count(*) FROM holds WHERE pickup_library_id = ? AND status = 'T'), "
                       "(SELECT count(*) FROM holds WHERE pickup_library_id = ? AND status = 'W'), "
                       "(SELECT count(*) FROM holds WHERE pickup_library_id = ? AND status = 'W' AND "
                       "expiration_date < ?), "
                       "(SELECT count(DISTINCT hold_group_id) FROM holds WHERE pickup_library_id = ? AND "
                       "hold_group_id IS NOT NULL)"),
        {site, site, site, site, site, today.toString(Qt::ISODate), site});
    if (!rows)
        return rows.error();
    QueueCounts c;
    if (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        c = {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(),
             q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt()};
    }
    rows.value().finish();
    return c;
}

QList<ItemAtHand> DeskQueries::itemsAtHand(const QString& site, int limit) const
{
    QList<ItemAtHand> items;
    auto rows = m_cache.database().exec(
        QStringLiteral("SELECT p.barcode, coalesce(b.title, '') FROM pick_list p LEFT JOIN biblios b ON b.biblio_id = "
                       "p.biblio_id WHERE p.site = ? AND p.barcode IS NOT NULL UNION SELECT i.barcode, "
                       "coalesce(b.title, '') FROM holds h JOIN items i ON i.item_id = h.item_id LEFT JOIN biblios b "
                       "ON b.biblio_id = h.biblio_id WHERE h.pickup_library_id = ? AND h.status = 'W' AND i.barcode "
                       "IS NOT NULL LIMIT ?"),
        {site, site, limit});
    if (rows) {
        while (rows.value().next())
            items.append({rows.value().value(0).toString(), rows.value().value(1).toString()});
        rows.value().finish();
    }
    return items;
}

QStringList DeskQueries::locationsSeen(const QString& site) const
{
    QStringList known;
    auto rows = m_cache.database().exec(
        QStringLiteral("SELECT DISTINCT location FROM items WHERE location IS NOT NULL AND holding_library_id = ?"),
        {site});
    if (rows) {
        while (rows.value().next())
            known << rows.value().value(0).toString();
        rows.value().finish();
    }
    return known;
}

} // namespace comptoir::desk
