#include "desk/NetworkLookup.h"

#include "Logging.h"
#include "ils/KohaRestClient.h"
#include "store/CacheStore.h"
#include "store/FoldedLike.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace comptoir::desk {

namespace {

LookupRequest::Where whereOf(const QString& status)
{
    if (status == QLatin1String("W"))
        return LookupRequest::Where::OnHoldShelf;
    if (status == QLatin1String("T"))
        return LookupRequest::Where::InTransit;
    if (status == QLatin1String("P"))
        return LookupRequest::Where::Processing;
    return LookupRequest::Where::ToPull;
}

QDate date(const QJsonValue& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// Waiting and travelling requests first (what the caller asks about), then by date.
void sortRequests(QList<LookupRequest>& requests)
{
    std::stable_sort(requests.begin(), requests.end(), [](const LookupRequest& a, const LookupRequest& b) {
        const auto rank = [](LookupRequest::Where w) {
            return w == LookupRequest::Where::OnHoldShelf ? 0 : w == LookupRequest::Where::InTransit ? 1 : 2;
        };
        if (rank(a.where) != rank(b.where))
            return rank(a.where) < rank(b.where);
        return a.holdDate < b.holdDate;
    });
}

// A LIKE pattern for the start of a name; the ILS's wildcards in the text are taken literally.
QString startsWith(const QString& text)
{
    QString escaped = text.trimmed();
    escaped.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
    return escaped + QLatin1Char('%');
}

} // namespace

QList<NetworkLookup::NameSplit> NetworkLookup::nameSplits(const QString& text)
{
    // "brun adam", "adam brun", "de la tour marie", "marie de la tour": the words are the start of
    // the surname then of the first name, or the other way round; every place the split can fall.
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<NameSplit> splits;
    if (words.isEmpty())
        return splits;
    const QString all = words.join(QLatin1Char(' '));
    splits.append({all, QString()});
    splits.append({QString(), all});
    for (qsizetype k = 1; k < words.size() && splits.size() < 16; ++k) {
        const QString head = words.mid(0, k).join(QLatin1Char(' '));
        const QString tail = words.mid(k).join(QLatin1Char(' '));
        splits.append({head, tail});
        splits.append({tail, head});
    }
    return splits;
}

NetworkLookup::NetworkLookup(ils::KohaRestClient* rest, CacheStore& cache, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
    , m_cache(cache)
{
}

bool NetworkLookup::looksLikeCard(const QString& text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); });
}

void NetworkLookup::findPatrons(const QString& text, std::function<void(Answer)> done, int limit)
{
    if (text.trimmed().size() >= 4)
        logging::addSensitiveTerm(text); // a card or a name typed by staff

    const QString t = text.trimmed();
    if (t.size() < 2) {
        done({});
        return;
    }
    if (!m_rest) {
        done({patronsFromCache(t, limit), true, tr("Not connected to the library system.")});
        return;
    }
    QUrlQuery query;
    if (looksLikeCard(t)) {
        query.addQueryItem(QStringLiteral("cardnumber"), t);
    } else {
        QJsonArray any;
        for (const NameSplit& split : nameSplits(t)) {
            QJsonObject both;
            if (!split.surname.isEmpty())
                both.insert(QStringLiteral("surname"),
                            QJsonObject{{QStringLiteral("-like"), startsWith(split.surname)}});
            if (!split.firstname.isEmpty())
                both.insert(QStringLiteral("firstname"),
                            QJsonObject{{QStringLiteral("-like"), startsWith(split.firstname)}});
            any.append(both);
        }
        // An array of conditions means "any of them", the fields of one object "all of them"
        // (SQL::Abstract, as Koha reads q=); Koha's collation ignores case and accents.
        query.addQueryItem(QStringLiteral("q"), QString::fromUtf8(QJsonDocument(any).toJson(QJsonDocument::Compact)));
    }
    query.addQueryItem(QStringLiteral("_order_by"), QStringLiteral("surname,firstname"));
    // The first page is enough: a lookup shows a short list to choose from.
    auto found = std::make_shared<QList<LookupPatron>>();
    static const QString Enough = QStringLiteral("lookup.enough");
    m_rest->list(
        QStringLiteral("/patrons"), query, {},
        [found, limit](const QJsonArray& page) -> Status {
            for (const QJsonValue& v : page) {
                const QJsonObject p = v.toObject();
                if (found->size() < limit)
                    found->append({p.value(QStringLiteral("patron_id")).toInteger(),
                                   p.value(QStringLiteral("surname")).toString(),
                                   p.value(QStringLiteral("firstname")).toString(),
                                   p.value(QStringLiteral("cardnumber")).toString(),
                                   p.value(QStringLiteral("library_id")).toString()});
            }
            if (found->size() >= limit)
                return Error{Enough, QString()};
            return {};
        },
        [this, found, t, limit, done](Result<qint64> result) {
            if (!result && result.error().code != Enough) {
                done({patronsFromCache(t, limit), true, result.error().message});
                return;
            }
            done({*found, false, QString()});
        });
}

QList<LookupPatron> NetworkLookup::patronsFromCache(const QString& text, int limit)
{
    QList<LookupPatron> found;
    const bool card = looksLikeCard(text);
    QString sql = QStringLiteral("SELECT patron_id, surname, firstname, cardnumber, library_id FROM patrons WHERE ");
    QVariantList bindings;
    if (card) {
        sql += QStringLiteral("cardnumber = ?");
        bindings << text;
    } else {
        // Case and accents ignored, as the ILS does.
        installFoldedLike(m_cache.database().nativeHandle());
        QStringList any;
        for (const NameSplit& split : nameSplits(text)) {
            QStringList both;
            if (!split.surname.isEmpty()) {
                both << QStringLiteral("surname LIKE ?");
                bindings << startsWith(split.surname);
            }
            if (!split.firstname.isEmpty()) {
                both << QStringLiteral("firstname LIKE ?");
                bindings << startsWith(split.firstname);
            }
            any << QLatin1Char('(') + both.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        }
        sql += any.join(QStringLiteral(" OR ")) + QStringLiteral(" ORDER BY surname, firstname");
    }
    bindings << limit;
    auto rows = m_cache.database().exec(sql + QStringLiteral(" LIMIT ?"), bindings);
    if (!rows)
        return found;
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        found.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString()});
    }
    return found;
}

QList<LookupRequest> NetworkLookup::requestsFromCache(qint64 patronId)
{
    QList<LookupRequest> requests;
    auto rows = m_cache.database().exec(
        QStringLiteral(
            "SELECT h.hold_id, coalesce(h.hold_group_id, 0), coalesce(b.title, ''), coalesce(i.callnumber, "
            "''), coalesce(i.barcode, ''), coalesce(h.pickup_library_id, ''), coalesce(i.holding_library_id, "
            "''), coalesce(h.status, ''), h.hold_date, h.expiration_date, coalesce(h.priority, 0) FROM holds "
            "h LEFT JOIN items i ON i.item_id = h.item_id LEFT JOIN biblios b ON b.biblio_id = h.biblio_id "
            "WHERE h.patron_id = ?"),
        {patronId});
    if (!rows)
        return requests;
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        LookupRequest r;
        r.holdId = q.value(0).toLongLong();
        r.orderId = q.value(1).toLongLong();
        r.title = q.value(2).toString();
        r.callNumber = q.value(3).toString();
        r.barcode = q.value(4).toString();
        r.pickupLibrary = q.value(5).toString();
        r.itemLibrary = q.value(6).toString();
        r.where = whereOf(q.value(7).toString());
        r.holdDate = QDate::fromString(q.value(8).toString().left(10), Qt::ISODate);
        r.expiration = QDate::fromString(q.value(9).toString().left(10), Qt::ISODate);
        r.priority = q.value(10).toInt();
        requests << r;
    }
    sortRequests(requests);
    return requests;
}

void NetworkLookup::requestsOf(qint64 patronId, std::function<void(Requests)> done)
{
    if (!m_rest) {
        done({requestsFromCache(patronId), true, tr("Not connected to the library system.")});
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("patron_id"), QString::number(patronId));
    m_rest->listAll(QStringLiteral("/holds"), query, {QStringLiteral("item"), QStringLiteral("biblio")},
                    [this, patronId, done](Result<QJsonArray> result) {
                        if (!result) {
                            done({requestsFromCache(patronId), true, result.error().message});
                            return;
                        }
                        Requests answer;
                        for (const QJsonValue& v : result.value()) {
                            const QJsonObject h = v.toObject();
                            const QJsonObject item = h.value(QStringLiteral("item")).toObject();
                            LookupRequest r;
                            r.holdId = h.value(QStringLiteral("hold_id")).toInteger();
                            r.orderId = h.value(QStringLiteral("hold_group_id")).toInteger();
                            r.title =
                                h.value(QStringLiteral("biblio")).toObject().value(QStringLiteral("title")).toString();
                            r.callNumber = item.value(QStringLiteral("callnumber")).toString();
                            r.barcode = item.value(QStringLiteral("external_id")).toString();
                            r.itemLibrary = item.value(QStringLiteral("holding_library_id")).toString();
                            r.pickupLibrary = h.value(QStringLiteral("pickup_library_id")).toString();
                            r.where = whereOf(h.value(QStringLiteral("status")).toString());
                            r.holdDate = date(h.value(QStringLiteral("hold_date")));
                            r.expiration = date(h.value(QStringLiteral("expiration_date")));
                            r.priority = h.value(QStringLiteral("priority")).toInt();
                            answer.requests << r;
                        }
                        sortRequests(answer.requests);
                        done(answer);
                    });
}

} // namespace comptoir::desk
