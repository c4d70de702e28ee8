#include "sandbox/KohaRestServer.h"

#include "Logging.h"
#include "sandbox/KohaAccounts.h"
#include "sandbox/SandboxControl.h"
#include "store/FoldedLike.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTimer>

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrlQuery>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <sqlite3.h>

namespace comptoir::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

QHttpServerResponse error(QHttpServerResponse::StatusCode status, const QString& message, const QString& code = {})
{
    QJsonObject body{{QStringLiteral("error"), message}};
    if (!code.isEmpty())
        body.insert(QStringLiteral("error_code"), code);
    return QHttpServerResponse(body, status);
}

QJsonValue nullable(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value);
}

QJsonValue nullableInt(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong());
}

// SQLite stores "2026-11-22T06:00:00"; Koha serves RFC 3339 with an offset.
QJsonValue dateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    QString text = value.toString();
    if (!text.endsWith(QLatin1Char('Z')) && !text.contains(QLatin1Char('+')))
        text += QStringLiteral("+00:00");
    return text;
}

// Columns a client may filter and sort on, by API field name.
const QHash<QString, QString>& holdColumns()
{
    static const QHash<QString, QString> columns = {
        {QStringLiteral("hold_id"), QStringLiteral("hold_id")},
        {QStringLiteral("patron_id"), QStringLiteral("patron_id")},
        {QStringLiteral("biblio_id"), QStringLiteral("biblio_id")},
        {QStringLiteral("item_id"), QStringLiteral("item_id")},
        {QStringLiteral("pickup_library_id"), QStringLiteral("pickup_library_id")},
        {QStringLiteral("hold_date"), QStringLiteral("hold_date")},
        {QStringLiteral("priority"), QStringLiteral("priority")},
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("timestamp"), QStringLiteral("timestamp")},
        {QStringLiteral("waiting_date"), QStringLiteral("waiting_date")},
        {QStringLiteral("expiration_date"), QStringLiteral("expiration_date")},
        {QStringLiteral("item_level"), QStringLiteral("item_level")},
        {QStringLiteral("hold_group_id"), QStringLiteral("hold_group_id")},
        {QStringLiteral("cancellation_date"), QStringLiteral("cancellation_date")},
    };
    return columns;
}

const QHash<QString, QString>& itemColumns()
{
    static const QHash<QString, QString> columns = {
        {QStringLiteral("item_id"), QStringLiteral("item_id")},
        {QStringLiteral("biblio_id"), QStringLiteral("biblio_id")},
        {QStringLiteral("external_id"), QStringLiteral("external_id")},
        {QStringLiteral("callnumber"), QStringLiteral("callnumber")},
        {QStringLiteral("location"), QStringLiteral("location")},
        {QStringLiteral("home_library_id"), QStringLiteral("home_library_id")},
        {QStringLiteral("holding_library_id"), QStringLiteral("holding_library_id")},
        {QStringLiteral("timestamp"), QStringLiteral("timestamp")},
    };
    return columns;
}

const QHash<QString, QString>& patronColumns()
{
    static const QHash<QString, QString> columns = {
        {QStringLiteral("patron_id"), QStringLiteral("patron_id")},
        {QStringLiteral("cardnumber"), QStringLiteral("cardnumber")},
        {QStringLiteral("surname"), QStringLiteral("surname")},
        {QStringLiteral("firstname"), QStringLiteral("firstname")},
        {QStringLiteral("library_id"), QStringLiteral("library_id")},
        {QStringLiteral("category_id"), QStringLiteral("category_id")},
    };
    return columns;
}

const QHash<QString, QString>& libraryColumns()
{
    static const QHash<QString, QString> columns = {
        {QStringLiteral("library_id"), QStringLiteral("library_id")},
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("pickup_location"), QStringLiteral("pickup_location")},
    };
    return columns;
}

QVariant jsonToSql(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Whole numbers within range bind as integers; anything else (fractions, 1e22) as a double.
        // (Found by fuzz_koha_query: converting an out-of-range double to an integer is undefined.)
        constexpr double limit = 9007199254740992.0; // 2^53: exact in a double
        if (std::isfinite(d) && d >= -limit && d <= limit && d == std::trunc(d))
            return QVariant(qint64(d));
        return QVariant(d);
    }
    return value.toString();
}

// terms counts the comparisons made (an IN list is one): SQLite nests "a OR b OR …" one level
// per term and stops at 1000 levels, so a filter is bounded before it reaches the database.
Result<QString> condition(const QString& column, const QJsonValue& value, QVariantList& bindings, int& terms)
{
    ++terms;
    if (terms > MaxQueryTerms)
        return Error{QStringLiteral("query.too_large"),
                     QStringLiteral("q has more than %1 conditions").arg(MaxQueryTerms)};
    if (value.isNull())
        return QString(column + QStringLiteral(" IS NULL"));
    if (value.isArray()) { // any of: the plain values as one IN list, then the others each
        // (bound in the order the SQL names them)
        const QJsonArray array = value.toArray();
        const auto plain = [](const QJsonValue& v) { return !v.isNull() && !v.isArray() && !v.isObject(); };
        QStringList parts, marks;
        for (const QJsonValue& v : array)
            if (plain(v)) {
                marks << QStringLiteral("?");
                bindings << jsonToSql(v);
            }
        if (!marks.isEmpty())
            parts << column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        for (const QJsonValue& v : array) {
            if (plain(v))
                continue;
            auto part = condition(column, v, bindings, terms);
            if (!part)
                return part;
            parts << part.value();
        }
        if (parts.isEmpty())
            return QStringLiteral("0");
        return QString(QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (!value.isObject()) {
        bindings << jsonToSql(value);
        return QString(column + QStringLiteral(" = ?"));
    }
    static const QHash<QString, QString> operators = {
        {QStringLiteral("="), QStringLiteral("=")},        {QStringLiteral("!="), QStringLiteral("!=")},
        {QStringLiteral(">"), QStringLiteral(">")},        {QStringLiteral("<"), QStringLiteral("<")},
        {QStringLiteral(">="), QStringLiteral(">=")},      {QStringLiteral("<="), QStringLiteral("<=")},
        {QStringLiteral("-like"), QStringLiteral("LIKE")}, {QStringLiteral("-not_like"), QStringLiteral("NOT LIKE")},
    };
    QStringList parts;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString op = it.key();
        if (op == QLatin1String("-in") || op == QLatin1String("-not_in")) {
            if (!it.value().isArray())
                return Error{QStringLiteral("query.malformed"), op + QStringLiteral(" needs an array")};
            QStringList marks;
            for (const QJsonValue& v : it.value().toArray()) {
                marks << QStringLiteral("?");
                bindings << jsonToSql(v);
            }
            if (marks.isEmpty())
                parts << (op == QLatin1String("-in") ? QStringLiteral("0") : QStringLiteral("1"));
            else
                parts << column + (op == QLatin1String("-in") ? QStringLiteral(" IN (") : QStringLiteral(" NOT IN (")) +
                             marks.join(QLatin1Char(',')) + QLatin1Char(')');
        } else if (operators.contains(op)) {
            ++terms;
            if (it.value().isNull()) {
                if (op == QLatin1String("="))
                    parts << column + QStringLiteral(" IS NULL");
                else if (op == QLatin1String("!="))
                    parts << column + QStringLiteral(" IS NOT NULL");
                else
                    return Error{QStringLiteral("query.malformed"), op + QStringLiteral(" cannot compare with null")};
                continue;
            }
            if (it.value().isObject() || it.value().isArray())
                return Error{QStringLiteral("query.malformed"), op + QStringLiteral(" needs a value")};
            bindings << jsonToSql(it.value());
            parts << column + QLatin1Char(' ') + operators.value(op) + QStringLiteral(" ?");
        } else {
            return Error{QStringLiteral("query.malformed"), QStringLiteral("unknown operator ") + op};
        }
    }
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
}

// Bounds on a request, as a web server in front of Koha sets them (Apache's LimitRequestLine and
// LimitRequestFieldSize are 8190): a longer request target is refused with 414, a longer header
// line or more header bytes in all with 431, before any route or authentication is looked at.
constexpr qsizetype MaxTargetBytes = 8192;
constexpr qsizetype MaxHeaderLineBytes = 8192;
constexpr qsizetype MaxHeaderBytes = 32768;

std::optional<QHttpServerResponse> refusedForSize(const QHttpServerRequest& request)
{
    const QUrl url = request.url();
    if (url.path(QUrl::FullyEncoded).size() + url.query(QUrl::FullyEncoded).size() + 1 > MaxTargetBytes)
        return error(QHttpServerResponse::StatusCode::UriTooLong,
                     QStringLiteral("The request URL is longer than %1 bytes.").arg(MaxTargetBytes),
                     QStringLiteral("uri_too_long"));
    qsizetype all = 0;
    for (const auto& [name, value] : request.headers()) {
        const qsizetype line = name.size() + 2 + value.size();
        all += line + 2;
        if (line > MaxHeaderLineBytes || all > MaxHeaderBytes)
            return error(QHttpServerResponse::StatusCode::RequestHeaderFieldsTooLarge,
                         QStringLiteral("A request header is too large."),
                         QStringLiteral("request_header_fields_too_large"));
    }
    return std::nullopt;
}

// X-Total-Count (the objects matching the filters), X-Base-Total-Count (the whole collection before
// any filter: Koha's base_total, the count of the route's result set) and the RFC 5988 Link header
// (first, prev, next, last), as Koha sends them.
void addPagingHeaders(QHttpServerResponse& response, const QHttpServerRequest& request, int page, int perPage,
                      qint64 total, qint64 baseTotal)
{
    response.setHeader("X-Total-Count", QByteArray::number(total));
    response.setHeader("X-Base-Total-Count", QByteArray::number(baseTotal));
    if (perPage <= 0)
        return;
    const QUrlQuery query = request.query();
    const qint64 last = std::max<qint64>(1, (total + perPage - 1) / perPage);
    auto link = [&](qint64 p, const char* rel) -> QByteArray {
        QUrl url = request.url();
        QUrlQuery linkQuery = query;
        linkQuery.removeAllQueryItems(QStringLiteral("_page"));
        linkQuery.removeAllQueryItems(QStringLiteral("_per_page"));
        linkQuery.addQueryItem(QStringLiteral("_page"), QString::number(p));
        linkQuery.addQueryItem(QStringLiteral("_per_page"), QString::number(perPage));
        url.setQuery(linkQuery);
        return "<" + url.toEncoded() + ">; rel=\"" + rel + "\"";
    };
    QList<QByteArray> links;
    links << link(1, "first");
    if (page > 1)
        links << link(page - 1, "prev");
    if (page < last)
        links << link(page + 1, "next");
    links << link(last, "last");
    response.setHeader("Link", links.join(", "));
}

// The objects asked for in x-koha-embed; an error for one the route does not offer.
Result<QSet<QString>> embedsOf(const QHttpServerRequest& request, const QSet<QString>& allowed)
{
    QSet<QString> embeds;
    for (const QByteArray& e : request.value("x-koha-embed").split(',')) {
        const QString name = QString::fromUtf8(e.trimmed());
        if (name.isEmpty())
            continue;
        if (!allowed.contains(name))
            return Error{QStringLiteral("invalid_embed"), QStringLiteral("Embedding %1 is not allowed").arg(name)};
        embeds.insert(name);
    }
    return embeds;
}

// _page and _per_page (default 20, -1 for all); false when they are not valid.
bool pagingOf(const QUrlQuery& query, int& page, int& perPage)
{
    bool ok = true, ok2 = true;
    page = query.hasQueryItem(QStringLiteral("_page")) ? query.queryItemValue(QStringLiteral("_page")).toInt(&ok) : 1;
    perPage = query.hasQueryItem(QStringLiteral("_per_page"))
                  ? query.queryItemValue(QStringLiteral("_per_page")).toInt(&ok2)
                  : 20;
    return ok && ok2 && page >= 1 && perPage != 0 && perPage >= -1;
}

} // namespace

Result<SqlFilter> translateKohaQuery(const QByteArray& json, const QHash<QString, QString>& columns)
{
    SqlFilter filter;
    if (json.trimmed().isEmpty())
        return filter;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("query.malformed"), QStringLiteral("q is not JSON: ") + parseError.errorString()};
    QList<QJsonObject> alternatives; // an array of objects means any of them
    if (doc.isObject())
        alternatives << doc.object();
    else if (doc.isArray()) {
        for (const QJsonValue& v : doc.array()) {
            if (!v.isObject())
                return Error{QStringLiteral("query.malformed"), QStringLiteral("q arrays must hold objects")};
            alternatives << v.toObject();
        }
    } else {
        return Error{QStringLiteral("query.malformed"), QStringLiteral("q must be an object")};
    }
    QStringList ors;
    for (const QJsonObject& object : alternatives) {
        QStringList ands;
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString field = it.key();
            if (field.startsWith(QLatin1String("me.")))
                field = field.mid(3);
            if (!columns.contains(field))
                return Error{QStringLiteral("query.field"), QStringLiteral("cannot filter on ") + it.key()};
            auto part = condition(columns.value(field), it.value(), filter.bindings, filter.terms);
            if (!part)
                return part.error();
            ands << part.value();
        }
        if (++filter.terms > MaxQueryTerms)
            return Error{QStringLiteral("query.too_large"),
                         QStringLiteral("q has more than %1 conditions").arg(MaxQueryTerms)};
        ors << (ands.isEmpty() ? QStringLiteral("1")
                               : QString(QLatin1Char('(') + ands.join(QStringLiteral(" AND ")) + QLatin1Char(')')));
    }
    if (filter.bindings.size() > MaxQueryValues)
        return Error{QStringLiteral("query.too_large"),
                     QStringLiteral("q has more than %1 values").arg(MaxQueryValues)};
    filter.where = ors.isEmpty() ? QString() : ors.join(QStringLiteral(" OR "));
    // Date-times come as RFC 3339 with an offset; the file stores UTC without one.
    static const QRegularExpression rfc3339(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)$"));
    for (QVariant& value : filter.bindings) {
        if (value.typeId() != QMetaType::QString)
            continue;
        // What any match has (20 characters or more, a T, a colon) first: most values are not dates.
        const QString text = value.toString();
        if (text.size() < 20 || !text.contains(QLatin1Char('T')) || !text.contains(QLatin1Char(':')) ||
            !rfc3339.match(text).hasMatch())
            continue;
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (time.isValid())
            value = time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    return filter;
}

KohaRestServer::KohaRestServer(const QString& dataFile)
    : m_dataFile(dataFile)
    , m_connection(QStringLiteral("sandbox-rest-%1").arg(quintptr(this)))
{
    setCredentials(DefaultLogin, DefaultPassword);
}

KohaRestServer::~KohaRestServer()
{
    m_parked.clear();
    m_server.reset();
    for (QSqlQuery& query : m_lookups)
        query = QSqlQuery();
    finalizeNative(); // before the connection closes: SQLite does not close with statements left
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

void KohaRestServer::setCredentials(const QString& login, const QString& password)
{
    m_expectedAuth = "Basic " + (login + QLatin1Char(':') + password).toUtf8().toBase64();
}

bool KohaRestServer::authorised(const QHttpServerRequest& request) const
{
    const QByteArray header = request.value("Authorization");
    if (header == m_expectedAuth)
        return true;
    if (!header.startsWith("Bearer "))
        return false;
    const auto it = m_tokens.constFind(header.mid(7).trimmed());
    return it != m_tokens.cend() && QDateTime::currentDateTimeUtc() < it.value();
}

QHttpServerResponse KohaRestServer::token(const QHttpServerRequest& request)
{
    const QUrlQuery form(QString::fromUtf8(request.body()));
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return error(QHttpServerResponse::StatusCode::BadRequest, QStringLiteral("Unimplemented grant type"));
    if (form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded) != DefaultClientId ||
        form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) != DefaultClientSecret)
        return error(QHttpServerResponse::StatusCode::Forbidden, QStringLiteral("unauthorized_client"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_tokens.begin(); it != m_tokens.end();)
        it = it.value() <= now ? m_tokens.erase(it) : std::next(it);
    QByteArray bytes(32, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); i += 4) {
        const quint32 r = QRandomGenerator::system()->generate();
        std::memcpy(bytes.data() + i, &r, 4);
    }
    const QByteArray accessToken = bytes.toHex();
    m_tokens.insert(accessToken, now.addSecs(m_tokenLifetime));
    return QHttpServerResponse(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                           {QStringLiteral("expires_in"), m_tokenLifetime}});
}

const QString LibrarySelect =
    QStringLiteral("SELECT library_id, name, city, postal_code, pickup_location FROM libraries");
const QString HoldSelect = QStringLiteral(
    "SELECT hold_id, patron_id, biblio_id, item_id, pickup_library_id, hold_date, priority, status, waiting_date, "
    "expiration_date, timestamp, item_level, hold_group_id, notes, cancellation_date, cancellation_reason FROM holds");
const QString ItemSelect = QStringLiteral(
    "SELECT item_id, biblio_id, external_id, callnumber, location, home_library_id, holding_library_id, item_type_id, "
    "not_for_loan_status, withdrawn, lost_status, checked_out_date, timestamp FROM items");
const QString BiblioSelect = QStringLiteral("SELECT biblio_id, title, author, publication_year FROM biblios");
// With the patron's primary address (Koha's borrowers columns; patron_addresses in this file).
const QString PatronSelect =
    QStringLiteral("SELECT patron_id, cardnumber, surname, firstname, library_id, category_id, "
                   "expiry_date, restricted, street_number, street_type, address, address2, city, state, "
                   "postal_code, country, email, phone, mobile FROM patrons LEFT JOIN patron_addresses "
                   "USING (patron_id)");

QSqlQuery& KohaRestServer::lookupQuery(Lookup which)
{
    QSqlQuery& q = m_lookups[int(which)];
    if (!q.isValid() && q.lastQuery().isEmpty()) {
        static const QString selects[] = {
            LibrarySelect + QStringLiteral(" WHERE library_id = ?"), HoldSelect + QStringLiteral(" WHERE hold_id = ?"),
            ItemSelect + QStringLiteral(" WHERE item_id = ?"), BiblioSelect + QStringLiteral(" WHERE biblio_id = ?"),
            PatronSelect + QStringLiteral(" WHERE patron_id = ?")};
        q = QSqlQuery(m_db);
        q.setForwardOnly(true);
        q.prepare(selects[int(which)]);
    }
    return q;
}

QJsonObject KohaRestServer::lookup(Lookup which, const QVariant& id)
{
    QSqlQuery& q = lookupQuery(which);
    q.bindValue(0, id);
    QJsonObject out;
    if (q.exec() && q.next()) {
        switch (which) {
        case Lookup::Library:
            out = libraryFrom(q);
            break;
        case Lookup::Hold:
            out = holdFrom(q);
            break;
        case Lookup::Item:
            out = itemFrom(q);
            break;
        case Lookup::Biblio:
            out = biblioFrom(q);
            break;
        case Lookup::Patron:
            out = patronFrom(q);
            break;
        }
    }
    q.finish();
    return out;
}

QJsonObject KohaRestServer::library(const QString& id)
{
    return lookup(Lookup::Library, id);
}

QJsonObject KohaRestServer::hold(qint64 id)
{
    return lookup(Lookup::Hold, id);
}

QJsonObject KohaRestServer::item(qint64 id)
{
    return lookup(Lookup::Item, id);
}

QJsonObject KohaRestServer::biblio(qint64 id)
{
    return lookup(Lookup::Biblio, id);
}

QJsonObject KohaRestServer::biblioMarc(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT b.title, b.author, b.publication_year, p.extent, p.dimensions, p.binding, "
                             "(SELECT item_type_id FROM items WHERE biblio_id = b.biblio_id LIMIT 1) FROM biblios b "
                             "LEFT JOIN biblio_physical p USING (biblio_id) WHERE b.biblio_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    const auto field = [](const char* tag, const char* indicators, const QList<QPair<QString, QString>>& subfields) {
        QJsonArray list;
        for (const auto& [code, value] : subfields)
            if (!value.isEmpty())
                list.append(QJsonObject{{code, value}});
        return QJsonObject{
            {QLatin1String(tag), QJsonObject{{QStringLiteral("ind1"), QString(QLatin1Char(indicators[0]))},
                                             {QStringLiteral("ind2"), QString(QLatin1Char(indicators[1]))},
                                             {QStringLiteral("subfields"), list}}}};
    };
    const QString type = q.value(6).toString();
    // Leader position 6: a text, j musical sound recording, g projected medium.
    const QChar kind = type == QLatin1String("CD") ? u'j' : type == QLatin1String("DVD") ? u'g' : u'a';
    QJsonArray fields;
    fields.append(QJsonObject{{QStringLiteral("001"), QString::number(id)}});
    if (!q.value(5).toString().isEmpty())
        fields.append(field("010", "  ", {{QStringLiteral("b"), q.value(5).toString()}}));
    fields.append(field("200", "1 ",
                        {{QStringLiteral("a"), q.value(0).toString()}, {QStringLiteral("f"), q.value(1).toString()}}));
    fields.append(field("210", "  ", {{QStringLiteral("d"), q.value(2).toString()}}));
    if (!q.value(3).toString().isEmpty() || !q.value(4).toString().isEmpty())
        fields.append(field(
            "215", "  ", {{QStringLiteral("a"), q.value(3).toString()}, {QStringLiteral("d"), q.value(4).toString()}}));
    return QJsonObject{{QStringLiteral("leader"), QStringLiteral("00000n%1m  2200000   450 ").arg(kind)},
                       {QStringLiteral("fields"), fields}};
}

QJsonObject KohaRestServer::patron(qint64 id)
{
    return lookup(Lookup::Patron, id);
}

namespace {

// Each object's fields once, for both its QJsonObject form and the JSON text of a listing's pages
// (a page of 1000 requests with their embeds is written as text: building and serialising 4000
// QJsonObjects cost more than the rest of the request).
enum class Kind {
    Integer,         // the column as a number
    NullableInteger, // null or a number
    Text,            // the column as a string (never null)
    Nullable,        // null, or the column as SQLite typed it (text or number)
    Flag,            // the column as true/false
    Number,          // the column as an int (0 when null)
    DateTime,        // null, or RFC 3339 with an offset
    Null,
    False,
    True,
    Zero,
    France,
};

struct Field
{
    const char* name;
    Kind kind;
    int column = -1;
};

const Field LibraryFields[] = {
    {"library_id", Kind::Text, 0}, {"name", Kind::Text, 1},
    {"city", Kind::Nullable, 2},   {"postal_code", Kind::Nullable, 3},
    {"country", Kind::France},     {"pickup_location", Kind::Flag, 4},
    {"public", Kind::True},
};
const Field HoldFields[] = {
    {"hold_id", Kind::Integer, 0},
    {"patron_id", Kind::Integer, 1},
    {"biblio_id", Kind::NullableInteger, 2},
    {"item_id", Kind::NullableInteger, 3},
    {"pickup_library_id", Kind::Nullable, 4},
    {"hold_date", Kind::Nullable, 5},
    {"priority", Kind::NullableInteger, 6},
    {"status", Kind::Nullable, 7},
    {"waiting_date", Kind::Nullable, 8},
    {"expiration_date", Kind::Nullable, 9},
    {"timestamp", Kind::DateTime, 10},
    {"item_level", Kind::Flag, 11},
    {"hold_group_id", Kind::NullableInteger, 12},
    {"notes", Kind::Nullable, 13},
    {"desk_id", Kind::Null},
    {"cancellation_date", Kind::Nullable, 14},
    {"cancellation_reason", Kind::Nullable, 15},
    {"item_group_id", Kind::Null},
    {"item_type_id", Kind::Null},
    {"lowest_priority", Kind::False},
    {"non_priority", Kind::False},
    {"suspended", Kind::False},
    {"suspended_until", Kind::Null},
};
const Field ItemFields[] = {
    {"item_id", Kind::Integer, 0},          {"biblio_id", Kind::Integer, 1},
    {"external_id", Kind::Nullable, 2},     {"callnumber", Kind::Nullable, 3},
    {"location", Kind::Nullable, 4},        {"permanent_location", Kind::Nullable, 4},
    {"home_library_id", Kind::Nullable, 5}, {"holding_library_id", Kind::Nullable, 6},
    {"item_type_id", Kind::Nullable, 7},    {"not_for_loan_status", Kind::Number, 8},
    {"withdrawn", Kind::Number, 9},         {"lost_status", Kind::Number, 10},
    {"damaged_status", Kind::Zero},         {"checked_out_date", Kind::Nullable, 11},
    {"timestamp", Kind::DateTime, 12},
};
const Field BiblioFields[] = {
    {"biblio_id", Kind::Integer, 0},
    {"title", Kind::Text, 1},
    {"author", Kind::Nullable, 2},
    {"copyright_date", Kind::NullableInteger, 3},
};
const Field PatronFields[] = {
    {"patron_id", Kind::Integer, 0},    {"cardnumber", Kind::Nullable, 1}, {"surname", Kind::Nullable, 2},
    {"firstname", Kind::Nullable, 3},   {"library_id", Kind::Text, 4},     {"category_id", Kind::Text, 5},
    {"expiry_date", Kind::Nullable, 6}, {"restricted", Kind::Flag, 7},     {"street_number", Kind::Nullable, 8},
    {"street_type", Kind::Nullable, 9}, {"address", Kind::Nullable, 10},   {"address2", Kind::Nullable, 11},
    {"city", Kind::Nullable, 12},       {"state", Kind::Nullable, 13},     {"postal_code", Kind::Nullable, 14},
    {"country", Kind::Nullable, 15},    {"email", Kind::Nullable, 16},     {"phone", Kind::Nullable, 17},
    {"mobile", Kind::Nullable, 18},
};

template <size_t N> QJsonObject objectFrom(const Field (&fields)[N], const QSqlQuery& q)
{
    QJsonObject out;
    for (const Field& f : fields) {
        const QVariant v = f.column >= 0 ? q.value(f.column) : QVariant();
        QJsonValue value;
        switch (f.kind) {
        case Kind::Integer:
            value = v.toLongLong();
            break;
        case Kind::NullableInteger:
            value = nullableInt(v);
            break;
        case Kind::Text:
            value = v.toString();
            break;
        case Kind::Nullable:
            value = nullable(v);
            break;
        case Kind::Flag:
            value = v.toInt() != 0;
            break;
        case Kind::Number:
            value = v.toInt();
            break;
        case Kind::DateTime:
            value = dateTime(v);
            break;
        case Kind::Null:
            break;
        case Kind::False:
            value = false;
            break;
        case Kind::True:
            value = true;
            break;
        case Kind::Zero:
            value = 0;
            break;
        case Kind::France:
            value = QStringLiteral("France");
            break;
        }
        out.insert(QLatin1String(f.name), value);
    }
    return out;
}

// The JSON string's content for UTF-8 text: quotes, backslashes and control characters escaped,
// the rest as it is.
void appendJsonEscaped(QByteArray& out, const char* text, qsizetype size)
{
    const QByteArrayView utf8(text, size);
    // Most text needs no escape: it goes in one piece (a character at a time was most of a page's cost).
    const auto plain = [](char c) { return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20; };
    if (std::all_of(utf8.cbegin(), utf8.cend(), plain)) {
        out += utf8;
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
}

void appendJsonString(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    appendJsonEscaped(out, utf8.constData(), utf8.size());
    out += '"';
}

void appendJsonValue(QByteArray& out, const QVariant& v)
{
    if (v.isNull()) {
        out += "null";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::Double:
        out += QJsonDocument(QJsonArray{v.toDouble()}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        return;
    default:
        appendJsonString(out, v.toString());
    }
}

// One field's value as JSON text, from the column as QtSql gives it (QSQLiteResult: a qint64, a
// double, a QString, a QByteArray, or a null QString).
void appendField(QByteArray& out, Kind kind, const QVariant& v)
{
    switch (kind) {
    case Kind::Integer:
        out += QByteArray::number(v.toLongLong());
        break;
    case Kind::NullableInteger:
        out += v.isNull() ? QByteArray("null") : QByteArray::number(v.toLongLong());
        break;
    case Kind::Text:
        appendJsonString(out, v.toString());
        break;
    case Kind::Nullable:
        appendJsonValue(out, v);
        break;
    case Kind::Flag:
        out += v.toInt() != 0 ? "true" : "false";
        break;
    case Kind::Number:
        out += QByteArray::number(v.toInt());
        break;
    case Kind::DateTime: {
        const QJsonValue d = dateTime(v);
        if (d.isNull())
            out += "null";
        else
            appendJsonString(out, d.toString());
        break;
    }
    case Kind::Null:
        out += "null";
        break;
    case Kind::False:
        out += "false";
        break;
    case Kind::True:
        out += "true";
        break;
    case Kind::Zero:
        out += '0';
        break;
    case Kind::France:
        out += "\"France\"";
        break;
    }
}

// The same object as objectFrom, as JSON text, without its closing brace (embeds may follow).
template <size_t N> void appendObjectOpen(QByteArray& out, const Field (&fields)[N], const QSqlQuery& q)
{
    out += '{';
    bool first = true;
    for (const Field& f : fields) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += f.name;
        out += "\":";
        appendField(out, f.kind, f.column >= 0 ? q.value(f.column) : QVariant());
    }
}

// A column as QtSql gives it (QSQLiteResultPrivate::fetchNext in Qt 6.4): what the direct writer
// below falls back on for what it does not write itself, so that both give the same bytes.
QVariant qtValue(sqlite3_stmt* s, int column)
{
    switch (sqlite3_column_type(s, column)) {
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(s, column)), sqlite3_column_bytes(s, column));
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(s, column)));
    case SQLITE_FLOAT:
        return sqlite3_column_double(s, column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QString(reinterpret_cast<const QChar*>(sqlite3_column_text16(s, column)),
                       sqlite3_column_bytes16(s, column) / qsizetype(sizeof(QChar)));
    }
}

// Binds a value as QtSql does (QSQLiteResult::exec): null QStrings and QByteArrays as NULL.
int bindAsQt(sqlite3_stmt* s, int index, const QVariant& value)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isNull()) ||
        (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull()))
        return sqlite3_bind_null(s, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(s, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(s, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(s, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(s, index, value.toLongLong());
    default: {
        // QString, and anything else as its text (the values bound here are numbers and text).
        const QString text = value.toString();
        return sqlite3_bind_text16(s, index, text.constData(), int(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
    }
    }
}

// Whether the text is UTF-8 that SQLite's conversion to UTF-16 (what QtSql reads) keeps as it is:
// no malformed or overlong sequence, no surrogate, nothing past U+10FFFF, and not U+FFFE or U+FFFF
// (which SQLite turns into U+FFFD). Other text goes the QtSql way (qtValue).
bool keptUtf8(const unsigned char* p, qsizetype size)
{
    const unsigned char* end = p + size;
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int more;
        char32_t code;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            code = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= more)
            return false;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if ((more == 2 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF) || code >= 0xFFFE)) ||
            (more == 3 && (code < 0x10000 || code > 0x10FFFF)))
            return false;
        p += more + 1;
    }
    return true;
}

void appendInteger(QByteArray& out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

// A text column as a JSON string (a date-time with +00:00 when it has no offset, as dateTime());
// false, with nothing written, for text keptUtf8 refuses.
bool appendNativeText(QByteArray& out, sqlite3_stmt* s, int column, bool isDateTime)
{
    const auto* text = sqlite3_column_text(s, column);
    const qsizetype size = sqlite3_column_bytes(s, column);
    if (!keptUtf8(text, size))
        return false;
    const char* chars = reinterpret_cast<const char*>(text);
    out += '"';
    appendJsonEscaped(out, chars, size);
    if (isDateTime && !(size > 0 && chars[size - 1] == 'Z') && !std::memchr(chars, '+', size_t(size)))
        out += "+00:00";
    out += '"';
    return true;
}

// appendField for the column as SQLite has it, without QVariant or UTF-16, for the usual types
// (integers, text, null); false, with nothing written, for the others.
bool appendNativeField(QByteArray& out, Kind kind, sqlite3_stmt* s, int column)
{
    const int type = sqlite3_column_type(s, column);
    const auto inIntRange = [](qint64 v) {
        return v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max();
    };
    switch (kind) {
    case Kind::Integer:
        if (type != SQLITE_INTEGER)
            return false;
        appendInteger(out, sqlite3_column_int64(s, column));
        return true;
    case Kind::NullableInteger:
    case Kind::Nullable:
        if (type == SQLITE_NULL) {
            out += "null";
            return true;
        }
        if (type == SQLITE_INTEGER) {
            appendInteger(out, sqlite3_column_int64(s, column));
            return true;
        }
        return kind == Kind::Nullable && type == SQLITE_TEXT && appendNativeText(out, s, column, false);
    case Kind::Text:
        return type == SQLITE_TEXT && appendNativeText(out, s, column, false);
    case Kind::Flag:
    case Kind::Number: {
        if (type != SQLITE_INTEGER)
            return false;
        const qint64 v = sqlite3_column_int64(s, column);
        if (!inIntRange(v))
            return false;
        if (kind == Kind::Flag)
            out += v != 0 ? "true" : "false";
        else
            appendInteger(out, v);
        return true;
    }
    case Kind::DateTime:
        if (type == SQLITE_NULL) {
            out += "null";
            return true;
        }
        return type == SQLITE_TEXT && appendNativeText(out, s, column, true);
    default:
        return false;
    }
}

// A table's field names as JSON text once (",\"name\":"): one append per field instead of four.
template <size_t N> struct FieldKeys
{
    std::array<QByteArray, N> keys;
    explicit FieldKeys(const Field (&fields)[N])
    {
        for (size_t i = 0; i < N; ++i)
            keys[i] = QByteArray(",\"") + fields[i].name + "\":";
    }
};

// appendObjectOpen for the current row of a statement.
template <size_t N>
void appendNativeObjectOpen(QByteArray& out, const Field (&fields)[N], const FieldKeys<N>& names, sqlite3_stmt* s)
{
    out += '{';
    for (size_t i = 0; i < N; ++i) {
        const Field& f = fields[i];
        const QByteArray& key = names.keys[i];
        out.append(key.constData() + (i == 0 ? 1 : 0), key.size() - (i == 0 ? 1 : 0)); // no comma before the first
        if (f.column < 0)
            appendField(out, f.kind, QVariant());
        else if (!appendNativeField(out, f.kind, s, f.column))
            appendField(out, f.kind, qtValue(s, f.column));
    }
}

void appendNativeRow(QByteArray& out, int which, sqlite3_stmt* s)
{
    static const FieldKeys libraryKeys(LibraryFields);
    static const FieldKeys holdKeys(HoldFields);
    static const FieldKeys itemKeys(ItemFields);
    static const FieldKeys biblioKeys(BiblioFields);
    static const FieldKeys patronKeys(PatronFields);
    switch (which) {
    case 0:
        appendNativeObjectOpen(out, LibraryFields, libraryKeys, s);
        break;
    case 1:
        appendNativeObjectOpen(out, HoldFields, holdKeys, s);
        break;
    case 2:
        appendNativeObjectOpen(out, ItemFields, itemKeys, s);
        break;
    case 3:
        appendNativeObjectOpen(out, BiblioFields, biblioKeys, s);
        break;
    default:
        appendNativeObjectOpen(out, PatronFields, patronKeys, s);
        break;
    }
}

// The embeds a listing asks for, as bits (a set's lookups per row were a visible cost).
enum EmbedBits : unsigned { EmbedItem = 1, EmbedBiblio = 2, EmbedPatron = 4, EmbedPickupLibrary = 8 };

unsigned embedBits(const QSet<QString>& embeds)
{
    return (embeds.contains(QStringLiteral("item")) ? EmbedItem : 0u) |
           (embeds.contains(QStringLiteral("biblio")) ? EmbedBiblio : 0u) |
           (embeds.contains(QStringLiteral("patron")) ? EmbedPatron : 0u) |
           (embeds.contains(QStringLiteral("pickup_library")) ? EmbedPickupLibrary : 0u);
}

} // namespace

QJsonObject KohaRestServer::libraryFrom(const QSqlQuery& q)
{
    return objectFrom(LibraryFields, q);
}

QJsonObject KohaRestServer::holdFrom(const QSqlQuery& q)
{
    return objectFrom(HoldFields, q);
}

QJsonObject KohaRestServer::itemFrom(const QSqlQuery& q)
{
    return objectFrom(ItemFields, q);
}

QJsonObject KohaRestServer::biblioFrom(const QSqlQuery& q)
{
    return objectFrom(BiblioFields, q);
}

QJsonObject KohaRestServer::patronFrom(const QSqlQuery& q)
{
    return objectFrom(PatronFields, q);
}

void KohaRestServer::appendRow(QByteArray& out, Lookup which, const QSqlQuery& q)
{
    switch (which) {
    case Lookup::Library:
        appendObjectOpen(out, LibraryFields, q);
        break;
    case Lookup::Hold:
        appendObjectOpen(out, HoldFields, q);
        break;
    case Lookup::Item:
        appendObjectOpen(out, ItemFields, q);
        break;
    case Lookup::Biblio:
        appendObjectOpen(out, BiblioFields, q);
        break;
    case Lookup::Patron:
        appendObjectOpen(out, PatronFields, q);
        break;
    }
}

void KohaRestServer::appendLookup(QByteArray& out, Lookup which, const QVariant& id)
{
    QSqlQuery& q = lookupQuery(which);
    q.bindValue(0, id);
    if (q.exec() && q.next()) {
        appendRow(out, which, q);
        out += '}';
    } else {
        out += "{}"; // as lookup(): an empty object when the row is gone
    }
    q.finish();
}

void KohaRestServer::appendEmbeds(QByteArray& out, bool holds, const QSet<QString>& embeds, const QSqlQuery& row)
{
    // The ids come from the hold's columns (HoldSelect) or the item's (ItemSelect), as embed() reads
    // them from the object.
    if (embeds.isEmpty())
        return;
    if (holds) {
        if (embeds.contains(QStringLiteral("item"))) {
            out += ",\"item\":";
            if (row.value(3).isNull())
                out += "null";
            else
                appendLookup(out, Lookup::Item, row.value(3).toLongLong());
        }
        if (embeds.contains(QStringLiteral("biblio"))) {
            out += ",\"biblio\":";
            appendLookup(out, Lookup::Biblio, row.value(2).toLongLong());
        }
        if (embeds.contains(QStringLiteral("patron"))) {
            out += ",\"patron\":";
            appendLookup(out, Lookup::Patron, row.value(1).toLongLong());
        }
        if (embeds.contains(QStringLiteral("pickup_library"))) {
            out += ",\"pickup_library\":";
            appendLookup(out, Lookup::Library, row.value(4).toString());
        }
    } else if (embeds.contains(QStringLiteral("biblio"))) { // items
        out += ",\"biblio\":";
        appendLookup(out, Lookup::Biblio, row.value(1).toLongLong());
    }
}

sqlite3* KohaRestServer::nativeHandle()
{
    sqlite3* handle = nullptr;
    if (m_db.isOpen()) {
        const QVariant v = m_db.driver()->handle();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
            handle = *static_cast<sqlite3* const*>(v.constData());
    }
    if (handle != m_native) { // statements belong to the connection they were prepared on
        finalizeNative();
        m_native = handle;
    }
    return m_native;
}

void KohaRestServer::finalizeNative()
{
    for (sqlite3_stmt*& statement : m_nativeLookups) {
        sqlite3_finalize(statement);
        statement = nullptr;
    }
    m_native = nullptr;
}

sqlite3_stmt* KohaRestServer::nativeLookup(Lookup which)
{
    sqlite3_stmt*& statement = m_nativeLookups[int(which)];
    if (!statement && m_native) {
        static const QByteArray selects[] = {(LibrarySelect + QStringLiteral(" WHERE library_id = ?")).toUtf8(),
                                             (HoldSelect + QStringLiteral(" WHERE hold_id = ?")).toUtf8(),
                                             (ItemSelect + QStringLiteral(" WHERE item_id = ?")).toUtf8(),
                                             (BiblioSelect + QStringLiteral(" WHERE biblio_id = ?")).toUtf8(),
                                             (PatronSelect + QStringLiteral(" WHERE patron_id = ?")).toUtf8()};
        const QByteArray& sql = selects[int(which)];
        if (sqlite3_prepare_v3(m_native, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                               nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            statement = nullptr;
        }
    }
    return statement;
}

void KohaRestServer::appendNativeLookup(QByteArray& out, Lookup which, sqlite3_stmt* row, int column)
{
    // The id as appendEmbeds binds it: the column's number (toLongLong), or its text for a library.
    const int type = sqlite3_column_type(row, column);
    const bool text = which == Lookup::Library;
    sqlite3_stmt* q = nativeLookup(which);
    if (!q) { // as appendEmbeds does
        const QVariant id = qtValue(row, column);
        appendLookup(out, which, text ? QVariant(id.toString()) : QVariant(id.toLongLong()));
        return;
    }
    int bound;
    if (!text && type == SQLITE_INTEGER) {
        bound = sqlite3_bind_int64(q, 1, sqlite3_column_int64(row, column));
    } else if (text && type == SQLITE_TEXT &&
               keptUtf8(sqlite3_column_text(row, column), sqlite3_column_bytes(row, column))) {
        bound = sqlite3_bind_text(q, 1, reinterpret_cast<const char*>(sqlite3_column_text(row, column)),
                                  sqlite3_column_bytes(row, column), SQLITE_TRANSIENT);
    } else {
        const QVariant id = qtValue(row, column);
        bound = bindAsQt(q, 1, text ? QVariant(id.toString()) : QVariant(id.toLongLong()));
    }
    if (bound == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW) {
        appendNativeRow(out, int(which), q);
        out += '}';
    } else {
        out += "{}"; // as lookup(): an empty object when the row is gone
    }
    sqlite3_reset(q);
}

void KohaRestServer::appendNativeEmbeds(QByteArray& out, bool holds, unsigned embeds, sqlite3_stmt* row)
{
    // The same columns as appendEmbeds reads.
    if (embeds == 0)
        return;
    if (holds) {
        if (embeds & EmbedItem) {
            out += ",\"item\":";
            if (sqlite3_column_type(row, 3) == SQLITE_NULL)
                out += "null";
            else
                appendNativeLookup(out, Lookup::Item, row, 3);
        }
        if (embeds & EmbedBiblio) {
            out += ",\"biblio\":";
            appendNativeLookup(out, Lookup::Biblio, row, 2);
        }
        if (embeds & EmbedPatron) {
            out += ",\"patron\":";
            appendNativeLookup(out, Lookup::Patron, row, 1);
        }
        if (embeds & EmbedPickupLibrary) {
            out += ",\"pickup_library\":";
            appendNativeLookup(out, Lookup::Library, row, 4);
        }
    } else if (embeds & EmbedBiblio) { // items
        out += ",\"biblio\":";
        appendNativeLookup(out, Lookup::Biblio, row, 1);
    }
}

void KohaRestServer::embed(QJsonObject& object, const QSet<QString>& embeds)
{
    auto id = [&object](const char* field) { return object.value(QLatin1String(field)); };
    if (embeds.contains(QStringLiteral("item")))
        object.insert(QStringLiteral("item"),
                      id("item_id").isNull() ? QJsonValue() : QJsonValue(item(id("item_id").toInteger())));
    if (embeds.contains(QStringLiteral("biblio")))
        object.insert(QStringLiteral("biblio"), biblio(id("biblio_id").toInteger()));
    if (embeds.contains(QStringLiteral("patron")))
        object.insert(QStringLiteral("patron"), patron(id("patron_id").toInteger()));
    if (embeds.contains(QStringLiteral("pickup_library")))
        object.insert(QStringLiteral("pickup_library"), library(id("pickup_library_id").toString()));
}

QHttpServerResponse KohaRestServer::list(const QHttpServerRequest& request, Resource resource)
{
    if (!authorised(request))
        return error(QHttpServerResponse::StatusCode::Unauthorized, QStringLiteral("Authentication failure."));
    // What each collection route serves: its table, key, row shape, filterable columns and embeds.
    struct Listing
    {
        QString table;
        QString key;
        QString select;
        const QHash<QString, QString>& columns;
        Lookup shape;
        QSet<QString> embeds;
    };
    Listing listing = [resource]() -> Listing {
        switch (resource) {
        case Resource::Holds:
            return {QStringLiteral("holds"),
                    QStringLiteral("hold_id"),
                    HoldSelect,
                    holdColumns(),
                    Lookup::Hold,
                    {QStringLiteral("item"), QStringLiteral("biblio"), QStringLiteral("patron"),
                     QStringLiteral("pickup_library")}};
        case Resource::Items:
            return {QStringLiteral("items"),   QStringLiteral("item_id"), ItemSelect, itemColumns(), Lookup::Item,
                    {QStringLiteral("biblio")}};
        case Resource::Patrons:
            return {QStringLiteral("patrons"),
                    QStringLiteral("patron_id"),
                    PatronSelect,
                    patronColumns(),
                    Lookup::Patron,
                    {}};
        case Resource::Libraries:
            break;
        }
        return {QStringLiteral("libraries"),
                QStringLiteral("library_id"),
                LibrarySelect,
                libraryColumns(),
                Lookup::Library,
                {}};
    }();
    followOtherConnections();
    const QUrlQuery query = request.query();
    const QHash<QString, QString>& columns = listing.columns;
    // old=true: the filled and cancelled requests (Koha::Old::Holds, old_reserves) instead of the current ones.
    const QString oldValue = query.queryItemValue(QStringLiteral("old"), QUrl::FullyDecoded);
    if (resource == Resource::Holds && !oldValue.isEmpty() && oldValue != QLatin1String("true") &&
        oldValue != QLatin1String("false") && oldValue != QLatin1String("1") && oldValue != QLatin1String("0"))
        return error(QHttpServerResponse::StatusCode::BadRequest, QStringLiteral("old: expected boolean"),
                     QStringLiteral("invalid_query"));
    const bool old =
        resource == Resource::Holds && (oldValue == QLatin1String("true") || oldValue == QLatin1String("1"));
    if (old) {
        listing.table = QStringLiteral("old_holds");
        listing.select.replace(QStringLiteral(" FROM holds"), QStringLiteral(" FROM old_holds"));
    }
    const QString& table = listing.table;
    const QString& key = listing.key;

    // q= (each of them in the query string, the x-koha-query header, the body): all must hold, as
    // Koha combines them with -and; then plain field=value parameters.
    QList<QByteArray> queries;
    for (const QString& q : query.allQueryItemValues(QStringLiteral("q"), QUrl::FullyDecoded))
        queries << q.toUtf8();
    queries << request.value("x-koha-query") << request.body();
    QStringList where;
    QVariantList bindings;
    int terms = 0;
    for (const QByteArray& q : std::as_const(queries)) {
        auto filter = translateKohaQuery(q, columns);
        if (filter && (terms += filter.value().terms) > MaxQueryTerms)
            filter = Error{QStringLiteral("query.too_large"),
                           QStringLiteral("q has more than %1 conditions").arg(MaxQueryTerms)};
        if (filter && bindings.size() + filter.value().bindings.size() > MaxQueryValues)
            filter = Error{QStringLiteral("query.too_large"),
                           QStringLiteral("q has more than %1 values").arg(MaxQueryValues)};
        if (!filter)
            return error(QHttpServerResponse::StatusCode::BadRequest, filter.error().message,
                         QStringLiteral("invalid_query"));
        bindings += filter.value().bindings;
        if (!filter.value().where.isEmpty())
            where << QLatin1Char('(') + filter.value().where + QLatin1Char(')');
    }
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name.startsWith(QLatin1Char('_')) || name == QLatin1String("q") ||
            (resource == Resource::Holds && name == QLatin1String("old")))
            continue;
        if (!columns.contains(name))
            return error(QHttpServerResponse::StatusCode::BadRequest,
                         QStringLiteral("Unknown query parameter: %1").arg(name), QStringLiteral("invalid_query"));
        where << columns.value(name) + QStringLiteral(" = ?");
        bindings << value;
    }

    // _order_by: a comma-separated list, or repeated; "+field" may come URL-encoded ("%2Bfield").
    QStringList order;
    QStringList orderBy;
    for (const QString& value : query.allQueryItemValues(QStringLiteral("_order_by"), QUrl::FullyDecoded))
        orderBy += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString field : std::as_const(orderBy)) {
        field = field.trimmed();
        const bool descending = field.startsWith(QLatin1Char('-'));
        if (descending || field.startsWith(QLatin1Char('+')))
            field = field.mid(1);
        if (field.startsWith(QLatin1String("me.")))
            field = field.mid(3);
        if (!columns.contains(field))
            return error(QHttpServerResponse::StatusCode::BadRequest, QStringLiteral("Cannot order by %1").arg(field),
                         QStringLiteral("invalid_query"));
        order << columns.value(field) + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    }
    order << key;

    bool ok = true;
    int page =
        query.hasQueryItem(QStringLiteral("_page")) ? query.queryItemValue(QStringLiteral("_page")).toInt(&ok) : 1;
    bool ok2 = true;
    int perPage = query.hasQueryItem(QStringLiteral("_per_page"))
                      ? query.queryItemValue(QStringLiteral("_per_page")).toInt(&ok2)
                      : 20;
    if (!ok || !ok2 || page < 1 || perPage == 0 || perPage < -1)
        return error(QHttpServerResponse::StatusCode::BadRequest, QStringLiteral("Invalid paging parameters"),
                     QStringLiteral("invalid_query"));

    const QString whereSql =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    auto total = count(QStringLiteral("SELECT count(*) FROM ") + table + whereSql, bindings);
    if (!total)
        return error(QHttpServerResponse::StatusCode::InternalServerError, total.error().message);
    auto baseTotal = whereSql.isEmpty() ? total : count(QStringLiteral("SELECT count(*) FROM ") + table, {});
    if (!baseTotal)
        return error(QHttpServerResponse::StatusCode::InternalServerError, baseTotal.error().message);

    // A listing ordered by its key only, asked page after page (as a client reads it to the end):
    // the next page starts after the key the last one ended on, instead of an OFFSET that SQLite
    // reaches by stepping over every row before it. The same rows either way; any change to the
    // data forgets where pages ended (followOtherConnections, writes here).
    const bool byKey = order.size() == 1 && perPage > 0;
    QString resumeKey;
    QVariant after;
    if (byKey) {
        resumeKey = listing.select + whereSql + QLatin1Char('\x1e') + QString::number(perPage);
        for (const QVariant& v : std::as_const(bindings))
            resumeKey += QLatin1Char('\x1f') + QString::number(v.typeId()) + QLatin1Char(':') + v.toString();
        if (const auto it = m_resume.constFind(resumeKey); page > 1 && it != m_resume.cend() && it->first == page)
            after = it->second;
    }
    const QString sql =
        after.isValid()
            ? QString(listing.select +
                      (whereSql.isEmpty() ? QStringLiteral(" WHERE ") : QString(whereSql + QStringLiteral(" AND "))) +
                      key + QStringLiteral(" > ? ORDER BY ") + key + QStringLiteral(" LIMIT ?"))
            : QString(listing.select + whereSql + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")) +
                      QStringLiteral(" LIMIT ? OFFSET ?"));
    QVariantList values = bindings;
    if (after.isValid())
        values << after << perPage;
    else
        values << (perPage == -1 ? -1 : perPage) << (perPage == -1 ? 0 : qint64(page - 1) * perPage);

    QByteArray out;
    int served = 0;
    QVariant lastKey;
    const auto reserve = [&out, perPage](bool embedding) {
        out.reserve(perPage > 0 ? qsizetype(std::min(perPage, 20000)) * (embedding ? 1500 : 600) : 4096);
        out += '[';
    };
    // The rows through SQLite's own statement, written as QtSql's values would be (appendNativeRow);
    // on an error the QtSql way answers, in its words.
    sqlite3_stmt* statement = nullptr;
    const auto finalize = qScopeGuard([&statement] { sqlite3_finalize(statement); });
    int status = SQLITE_ERROR;
    if (sqlite3* native = m_nativeListings ? nativeHandle() : nullptr) {
        const QByteArray sqlText = sql.toUtf8();
        status = sqlite3_prepare_v3(native, sqlText.constData(), int(sqlText.size()), 0, &statement, nullptr);
        for (int i = 0; status == SQLITE_OK && i < values.size(); ++i)
            status = bindAsQt(statement, i + 1, values.at(i));
        if (status == SQLITE_OK)
            status = sqlite3_step(statement); // the first row, as QSqlQuery::exec reads it
    }
    if (status == SQLITE_ROW || status == SQLITE_DONE) {
        const auto embedded = embedsOf(request, listing.embeds);
        if (!embedded)
            return error(QHttpServerResponse::StatusCode::BadRequest, embedded.error().message,
                         QStringLiteral("invalid_embed"));
        const unsigned embeds = embedBits(embedded.value());
        reserve(embeds != 0);
        for (; status == SQLITE_ROW; status = sqlite3_step(statement)) {
            if (served > 0)
                out += ',';
            appendNativeRow(out, int(listing.shape), statement);
            appendNativeEmbeds(out, resource == Resource::Holds, embeds, statement);
            out += '}';
            ++served;
            if (byKey)
                lastKey = qtValue(statement, 0); // every listing's select starts with its key
        }
    } else {
        QSqlQuery rows(m_db);
        rows.setForwardOnly(true);
        rows.prepare(sql);
        for (const QVariant& v : std::as_const(values))
            rows.addBindValue(v);
        if (!rows.exec())
            return error(QHttpServerResponse::StatusCode::InternalServerError, rows.lastError().text());
        const auto embedded = embedsOf(request, listing.embeds);
        if (!embedded)
            return error(QHttpServerResponse::StatusCode::BadRequest, embedded.error().message,
                         QStringLiteral("invalid_embed"));
        const QSet<QString>& embeds = embedded.value();
        reserve(!embeds.isEmpty());
        while (rows.next()) {
            if (served > 0)
                out += ',';
            appendRow(out, listing.shape, rows);
            appendEmbeds(out, resource == Resource::Holds, embeds, rows);
            out += '}';
            ++served;
            if (byKey)
                lastKey = rows.value(0); // every listing's select starts with its key
        }
    }
    out += ']';
    if (byKey && served == perPage) {
        if (m_resume.size() > 100)
            m_resume.clear();
        m_resume.insert(resumeKey, {page + 1, lastKey});
    }

    QHttpServerResponse response(QByteArrayLiteral("application/json"), out);
    addPagingHeaders(response, request, page, perPage, total.value(), baseTotal.value());
    return response;
}

void KohaRestServer::followOtherConnections()
{
    // Another connection (the SIP2 server, the live mode, another process) may have changed the data.
    QSqlQuery version(m_db);
    const qint64 dataVersion =
        version.exec(QStringLiteral("PRAGMA data_version")) && version.next() ? version.value(0).toLongLong() : -1;
    version.finish();
    if (dataVersion != m_dataVersion) {
        m_dataVersion = dataVersion;
        m_queueValid = false;
        m_counts.clear();
        m_resume.clear();
    }
}

Result<qint64> KohaRestServer::count(const QString& sql, const QVariantList& bindings)
{
    // The same count of the same data is the same number: a listing's pages, and a client asking for
    // a total every minute, cost one count until something changes.
    QString key = sql;
    for (const QVariant& v : bindings)
        key += QLatin1Char('\x1f') + QString::number(v.typeId()) + QLatin1Char(':') + v.toString();
    if (const auto it = m_counts.constFind(key); it != m_counts.cend())
        return it.value();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : bindings)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("sandbox.sql"), q.lastError().text()};
    const qint64 n = q.value(0).toLongLong();
    if (m_counts.size() > 1000)
        m_counts.clear();
    m_counts.insert(key, n);
    return n;
}

const QList<KohaRestServer::QueueLine>& KohaRestServer::holdsQueue()
{
    followOtherConnections();
    if (m_queueValid)
        return m_queue;
    struct Copy
    {
        qint64 itemId;
        QString barcode, callnumber, library;
        bool used = false;
    };
    QHash<qint64, QList<Copy>> copies; // biblio → available copies
    QList<QueueLine> queue;
    // Through SQLite's own statements (the queue is rebuilt after every change, and QtSql's rows
    // cost most of it); texts read as QtSql reads them (UTF-16), NULL as a null string.
    sqlite3* native = nativeHandle();
    const auto prepare = [native](const char* sql) {
        sqlite3_stmt* statement = nullptr;
        if (native && sqlite3_prepare_v2(native, sql, -1, &statement, nullptr) != SQLITE_OK) {
            qCWarning(lcIls) << "training library, holds queue:" << sqlite3_errmsg(native);
            sqlite3_finalize(statement);
            statement = nullptr;
        }
        return std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>(statement, sqlite3_finalize);
    };
    const auto text = [](sqlite3_stmt* s, int column) {
        if (sqlite3_column_type(s, column) == SQLITE_NULL)
            return QString();
        const auto* utf16 = static_cast<const QChar*>(sqlite3_column_text16(s, column));
        return QString(utf16, sqlite3_column_bytes16(s, column) / qsizetype(sizeof(QChar)));
    };
    const auto items = prepare(
        "SELECT item_id, biblio_id, external_id, callnumber, holding_library_id FROM items WHERE withdrawn = 0 AND "
        "lost_status = 0 AND not_for_loan_status = 0 AND checked_out_date IS NULL AND biblio_id IN (SELECT biblio_id "
        "FROM holds WHERE status IS NULL) AND item_id NOT IN (SELECT item_id FROM holds WHERE status IS NOT NULL AND "
        "item_id IS NOT NULL) ORDER BY item_id");
    while (items && sqlite3_step(items.get()) == SQLITE_ROW) {
        sqlite3_stmt* row = items.get();
        copies[sqlite3_column_int64(row, 1)].append(
            {sqlite3_column_int64(row, 0), text(row, 2), text(row, 3), text(row, 4)});
    }
    const auto holds = prepare("SELECT hold_id, biblio_id, item_id, patron_id, hold_date, pickup_library_id, notes, "
                               "hold_group_id, item_level FROM holds WHERE status IS NULL AND priority > 0 "
                               "ORDER BY biblio_id, priority");
    while (holds && sqlite3_step(holds.get()) == SQLITE_ROW) {
        sqlite3_stmt* row = holds.get();
        QList<Copy>& candidates = copies[sqlite3_column_int64(row, 1)];
        const QString pickup = text(row, 5);
        Copy* chosen = nullptr;
        if (sqlite3_column_type(row, 2) != SQLITE_NULL) { // item-level: that copy or nothing
            const qint64 wanted = sqlite3_column_int64(row, 2);
            for (Copy& c : candidates)
                if (c.itemId == wanted && !c.used)
                    chosen = &c;
        } else {
            for (Copy& c : candidates) {
                if (c.used)
                    continue;
                if (!chosen || (c.library == pickup && chosen->library != pickup))
                    chosen = &c;
                if (chosen->library == pickup)
                    break;
            }
        }
        if (!chosen)
            continue;
        chosen->used = true;
        QueueLine line;
        line.biblioId = sqlite3_column_int64(row, 1);
        line.itemId = chosen->itemId;
        line.barcode = chosen->barcode;
        line.patronId = sqlite3_column_int64(row, 3);
        line.holdDate = text(row, 4);
        line.holdingLibrary = chosen->library;
        line.pickupLibrary = pickup;
        line.callnumber = chosen->callnumber;
        line.notes = text(row, 6);
        if (sqlite3_column_type(row, 7) != SQLITE_NULL)
            line.holdGroupId = sqlite3_column_int64(row, 7);
        line.itemLevel = sqlite3_column_int64(row, 8) != 0;
        queue.append(std::move(line));
    }
    m_queue = std::move(queue);
    m_queueValid = true;
    ++m_queueBuilt;
    return m_queue;
}

QJsonObject KohaRestServer::queueObject(const QueueLine& line)
{
    // The hold's date and notes may be null; the copy's texts and the sites are always strings.
    const auto nullable = [](const QString& s) { return s.isNull() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("biblio_id"), line.biblioId},
        {QStringLiteral("item_id"), line.itemId},
        {QStringLiteral("barcode"), line.barcode},
        {QStringLiteral("patron_id"), line.patronId},
        {QStringLiteral("hold_date"), nullable(line.holdDate)},
        {QStringLiteral("holding_library_id"), line.holdingLibrary},
        {QStringLiteral("pickup_library_id"), line.pickupLibrary},
        {QStringLiteral("callnumber"), line.callnumber},
        {QStringLiteral("notes"), nullable(line.notes)},
        {QStringLiteral("hold_group_id"), line.holdGroupId ? QJsonValue(*line.holdGroupId) : QJsonValue()},
        {QStringLiteral("item_level"), line.itemLevel}};
}

void KohaRestServer::appendQueueLine(QByteArray& out, const QueueLine& line)
{
    const auto text = [&out](const char* key, const QString& value) {
        out += key;
        appendJsonString(out, value);
    };
    const auto nullable = [&out](const char* key, const QString& value) {
        out += key;
        if (value.isNull())
            out += "null";
        else
            appendJsonString(out, value);
    };
    const auto integer = [&out](const char* key, qint64 value) {
        out += key;
        appendInteger(out, value);
    };
    // The keys in QJsonObject's order (sorted), as QJsonDocument::Compact writes them.
    text("{\"barcode\":", line.barcode);
    integer(",\"biblio_id\":", line.biblioId);
    text(",\"callnumber\":", line.callnumber);
    nullable(",\"hold_date\":", line.holdDate);
    out += ",\"hold_group_id\":";
    if (line.holdGroupId)
        appendInteger(out, *line.holdGroupId);
    else
        out += "null";
    text(",\"holding_library_id\":", line.holdingLibrary);
    integer(",\"item_id\":", line.itemId);
    out += line.itemLevel ? ",\"item_level\":true" : ",\"item_level\":false";
    nullable(",\"notes\":", line.notes);
    integer(",\"patron_id\":", line.patronId);
    text(",\"pickup_library_id\":", line.pickupLibrary);
    out += '}';
}

QList<qsizetype> KohaRestServer::matchingQueueLines(const QList<QPair<QString, QString>>& wanted)
{
    QList<qsizetype> matching;
    const QList<QueueLine>& queue = holdsQueue();
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QueueLine& line = queue[i];
        bool keep = true;
        for (const auto& [name, value] : std::as_const(wanted)) {
            if (name == QLatin1String("item_level"))
                keep = keep && (value == (line.itemLevel ? QLatin1String("true") : QLatin1String("false")) ||
                                value == (line.itemLevel ? QLatin1String("1") : QLatin1String("0")));
            else if (name == QLatin1String("holding_library_id"))
                keep = keep && line.holdingLibrary == value;
            else if (name == QLatin1String("pickup_library_id"))
                keep = keep && line.pickupLibrary == value;
            else
                keep = keep && QString::number(name == QLatin1String("biblio_id") ? line.biblioId
                                               : name == QLatin1String("item_id") ? line.itemId
                                                                                  : line.patronId) == value;
        }
        if (keep)
            matching.append(i);
    }
    return matching;
}

QHttpServerResponse KohaRestServer::queueResponse(const QHttpServerRequest& request)
{
    if (!authorised(request))
        return error(QHttpServerResponse::StatusCode::Unauthorized, QStringLiteral("Authentication failure."));
    const QUrlQuery query = request.query();
    static const QStringList filters = {QStringLiteral("biblio_id"),         QStringLiteral("item_id"),
                                        QStringLiteral("patron_id"),         QStringLiteral("holding_library_id"),
                                        QStringLiteral("pickup_library_id"), QStringLiteral("item_level")};
    QList<QPair<QString, QString>> wanted;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name.startsWith(QLatin1Char('_')))
            continue;
        if (!filters.contains(name))
            return error(QHttpServerResponse::StatusCode::BadRequest,
                         QStringLiteral("Unknown query parameter: %1").arg(name), QStringLiteral("invalid_query"));
        wanted.append({name, value});
    }
    int page = 1, perPage = 20;
    if (!pagingOf(query, page, perPage))
        return error(QHttpServerResponse::StatusCode::BadRequest, QStringLiteral("Invalid paging parameters"),
                     QStringLiteral("invalid_query"));
    const auto embedded =
        embedsOf(request, {QStringLiteral("item"), QStringLiteral("biblio"), QStringLiteral("patron")});
    if (!embedded)
        return error(QHttpServerResponse::StatusCode::BadRequest, embedded.error().message,
                     QStringLiteral("invalid_embed"));
    const QSet<QString>& embeds = embedded.value();

    const qint64 baseTotal = holdsQueue().size();
    QString filtersKey;
    for (const auto& [name, value] : std::as_const(wanted))
        filtersKey += name + QLatin1Char('\x1f') + value + QLatin1Char('\x1e');
    if (m_queueMatch.built != m_queueBuilt || m_queueMatch.filters != filtersKey) {
        m_queueMatch = {m_queueBuilt, filtersKey, matchingQueueLines(wanted)};
    }
    const QList<qsizetype>& matching = m_queueMatch.lines;
    const qint64 total = matching.size();
    const qint64 first = perPage == -1 ? 0 : qint64(page - 1) * perPage;
    const qint64 count = perPage == -1 ? total : std::min<qint64>(perPage, std::max<qint64>(0, total - first));
    QByteArray out;
    if (embeds.isEmpty()) {
        // What a sync asks for: the lines written straight (a page of QJsonObjects cost most of it).
        out.reserve(count * 260 + 2);
        out += '[';
        for (qint64 i = first; i < first + count; ++i) {
            if (i > first)
                out += ',';
            appendQueueLine(out, m_queue[matching[i]]);
        }
        out += ']';
    } else {
        QJsonArray lines;
        for (qint64 i = first; i < first + count; ++i) {
            QJsonObject entry = queueObject(m_queue[matching[i]]);
            embed(entry, embeds);
            lines.append(entry);
        }
        out = QJsonDocument(lines).toJson(QJsonDocument::Compact);
    }
    QHttpServerResponse response(QByteArrayLiteral("application/json"), out);
    addPagingHeaders(response, request, page, perPage, total, baseTotal);
    return response;
}

QHttpServerResponse KohaRestServer::cancelHold(const QHttpServerRequest& request, qint64 id)
{
    using Status = QHttpServerResponse::StatusCode;
    if (!authorised(request))
        return error(Status::Unauthorized, QStringLiteral("Authentication failure."));
    // Koha cancels (cancellation date, priority 0) and moves the request to old_reserves.
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    QSqlQuery move(m_db);
    move.prepare(
        QStringLiteral("INSERT INTO old_holds SELECT hold_id, patron_id, biblio_id, item_id, pickup_library_id, "
                       "hold_date, 0, status, waiting_date, expiration_date, ?, item_level, hold_group_id, "
                       "notes, ?, NULL FROM holds WHERE hold_id = ?"));
    move.addBindValue(now.toUTC().toString(Qt::ISODate));
    move.addBindValue(now.toUTC().date().toString(Qt::ISODate));
    move.addBindValue(id);
    if (!move.exec())
        return error(Status::InternalServerError, move.lastError().text());
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM holds WHERE hold_id = ?"));
    del.addBindValue(id);
    if (!del.exec())
        return error(Status::InternalServerError, del.lastError().text());
    m_queueValid = false;
    m_counts.clear();
    m_resume.clear();
    if (del.numRowsAffected() == 0)
        return error(Status::NotFound, QStringLiteral("Hold not found."), QStringLiteral("not_found"));
    return QHttpServerResponse(Status::NoContent);
}

void KohaRestServer::serve(QHttpServerResponder&& responder, const std::function<QHttpServerResponse()>& produce)
{
    if (!m_faults) {
        produce().write(std::move(responder));
        return;
    }
    FaultPlan& faults = *m_faults;
    if (faults.restHang) {
        // Never answered; released (unanswered) when the fault is cleared.
        m_parked.push_back(std::make_shared<QHttpServerResponder>(std::move(responder)));
        return;
    }
    if (FaultPlan::take(faults.restErrors)) {
        error(QHttpServerResponse::StatusCode::InternalServerError,
              QStringLiteral("Something went wrong, check Koha logs for details."),
              QStringLiteral("internal_server_error"))
            .write(std::move(responder));
        return;
    }
    if (FaultPlan::take(faults.restMalformed)) {
        responder.write(QByteArray("[{\"hold_id\": 1, \"patron_id\": "), "application/json");
        return;
    }
    if (faults.restDelayMs > 0) {
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        auto response = std::make_shared<QHttpServerResponse>(produce());
        QPointer<QTcpSocket> socket(held->socket());
        QTimer::singleShot(faults.restDelayMs, m_server.get(), [held, response, socket] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                response->write(std::move(*held));
        });
        return;
    }
    produce().write(std::move(responder));
}

QHttpServerResponse KohaRestServer::admin(const QHttpServerRequest& request)
{
    using Status = QHttpServerResponse::StatusCode;
    if (!request.remoteAddress().isLoopback())
        return error(Status::Forbidden, QStringLiteral("The training library's controls answer loopback only."));
    // A web page open on this computer can reach loopback too: only POST and DELETE with a JSON body
    // type (which a browser never sends across origins without asking first) and the token given to
    // whoever started the training library.
    if (request.method() != Method::Post && request.method() != Method::Delete)
        return error(Status::MethodNotAllowed, QStringLiteral("The controls take POST or DELETE."));
    if (!request.value("Content-Type").toLower().startsWith("application/json"))
        return error(Status::UnsupportedMediaType, QStringLiteral("The controls take application/json."));
    const QByteArray token = request.value(TokenHeader);
    if (m_controlToken.isEmpty() || token.size() != m_controlToken.size()) {
        return error(Status::Forbidden, QStringLiteral("The controls need the training library's token."));
    }
    int difference = 0;
    for (qsizetype i = 0; i < token.size(); ++i)
        difference |= token[i] ^ m_controlToken[i];
    if (difference != 0)
        return error(Status::Forbidden, QStringLiteral("The controls need the training library's token."));
    const QString path = request.url().path();
    const QJsonDocument body = QJsonDocument::fromJson(request.body());
    if (path == QLatin1String("/_sandbox/faults")) {
        if (!m_faults)
            return error(Status::NotFound, QStringLiteral("No fault plan."));
        if (request.method() == Method::Delete) {
            *m_faults = FaultPlan();
            m_parked.clear();
        } else if (!body.isObject() || !body.object().isEmpty()) {
            if (!body.isObject())
                return error(Status::BadRequest, QStringLiteral("Expected a JSON object of faults."));
            if (comptoir::Status s = m_faults->apply(body.object()); !s.ok())
                return error(Status::BadRequest, s.error().message);
            if (!m_faults->restHang)
                m_parked.clear();
        }
        return QHttpServerResponse(m_faults->toJson());
    }
    if (path == QLatin1String("/_sandbox/clock")) {
        if (!m_clock)
            return error(Status::NotFound, QStringLiteral("No adjustable clock."));
        if (request.method() == Method::Post)
            m_clock->advance(body.object().value(QStringLiteral("advance_seconds")).toInteger());
        return QHttpServerResponse(QJsonObject{{QStringLiteral("now"), m_clock->now().toString(Qt::ISODate)},
                                               {QStringLiteral("speed"), m_clock->speed()}});
    }
    if (path == QLatin1String("/_sandbox/live")) {
        if (!m_liveStep)
            return error(Status::NotFound, QStringLiteral("The live mode is off."));
        const int events = request.method() == Method::Post
                               ? m_liveStep(int(body.object().value(QStringLiteral("events")).toInteger(1)))
                               : 0;
        return QHttpServerResponse(QJsonObject{{QStringLiteral("events"), events}});
    }
    return error(Status::NotFound, QStringLiteral("Unknown control."));
}

Result<quint16> KohaRestServer::listen(const QHostAddress& address, quint16 port)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_dataFile);
    if (!m_db.open())
        return Error{QStringLiteral("sandbox.io"), m_db.lastError().text()};
    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM libraries")))
        return Error{QStringLiteral("sandbox.data"),
                     QStringLiteral("%1 is not a training library file: %2").arg(m_dataFile, check.lastError().text())};
    check.finish();
    // LIKE as Koha's MySQL collation compares: case and accents ignored ("brun%" finds "Brün").
    installFoldedLike(m_db.driver()->handle());
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    // Training data: committed writes survive the process, not a power cut (no sync to disk per change).
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // Files generated before this index existed get it once (what changed at one library since a time).
    QSqlQuery(m_db).exec(
        QStringLiteral("CREATE INDEX IF NOT EXISTS holds_pickup_timestamp ON holds(pickup_library_id, timestamp)"));
    // Reads dominate: a large page cache and memory-mapped reads.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=-65536"));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA mmap_size=1073741824"));
    // Patrons' accounts (debits), in files generated before they existed too.
    if (Status s = accounts::ensureSchema(m_db); !s.ok())
        return s.error();

    m_server = std::make_unique<QHttpServer>();
    using Response = QHttpServerResponse;
    using Status = QHttpServerResponse::StatusCode;
    using Responder = QHttpServerResponder;
    // Every API route checks the request's size first (414, 431), then goes through serve(), which
    // applies the fault plan.
    auto guarded = [this](const QHttpServerRequest& r, Responder&& responder,
                          const std::function<Response()>& produce) {
        if (auto refused = refusedForSize(r)) {
            refused->write(std::move(responder));
            return;
        }
        serve(std::move(responder), produce);
    };
    auto route = [this, guarded](const char* path, Method method,
                                 std::function<Response(const QHttpServerRequest&)> view) {
        m_server->route(QString::fromLatin1(path), method,
                        [guarded, view](const QHttpServerRequest& r, Responder&& responder) {
                            guarded(r, std::move(responder), [&] { return view(r); });
                        });
    };
    route("/api/v1/oauth/token", Method::Post, [this](const QHttpServerRequest& r) { return token(r); });
    route("/api/v1/holds/queue", Method::Get, [this](const QHttpServerRequest& r) { return queueResponse(r); });
    route("/api/v1/libraries", Method::Get,
          [this](const QHttpServerRequest& r) { return list(r, Resource::Libraries); });
    route("/api/v1/holds", Method::Get, [this](const QHttpServerRequest& r) { return list(r, Resource::Holds); });
    route("/api/v1/items", Method::Get, [this](const QHttpServerRequest& r) { return list(r, Resource::Items); });
    route("/api/v1/patrons", Method::Get, [this](const QHttpServerRequest& r) { return list(r, Resource::Patrons); });
    auto one = [this](const QHttpServerRequest& r, const std::function<QJsonObject()>& object,
                      const char* what) -> Response {
        if (!authorised(r))
            return error(Status::Unauthorized, QStringLiteral("Authentication failure."));
        const QJsonObject found = object();
        if (found.isEmpty())
            return error(Status::NotFound, QStringLiteral("%1 not found").arg(QLatin1String(what)),
                         QStringLiteral("not_found"));
        return Response(found);
    };
    m_server->route(QStringLiteral("/api/v1/libraries/<arg>"), Method::Get,
                    [guarded, this, one](const QString& id, const QHttpServerRequest& r, Responder&& responder) {
                        guarded(r, std::move(responder), [&] {
                            return one(
                                r, [&] { return library(id); }, "Library");
                        });
                    });
    m_server->route(QStringLiteral("/api/v1/holds/<arg>"), Method::Get,
                    [guarded, this, one](qint64 id, const QHttpServerRequest& r, Responder&& responder) {
                        guarded(r, std::move(responder), [&] {
                            return one(
                                r, [&] { return hold(id); }, "Hold");
                        });
                    });
    m_server->route(QStringLiteral("/api/v1/items/<arg>"), Method::Get,
                    [guarded, this, one](qint64 id, const QHttpServerRequest& r, Responder&& responder) {
                        guarded(r, std::move(responder), [&] {
                            return one(
                                r, [&] { return item(id); }, "Item");
                        });
                    });
    m_server->route(QStringLiteral("/api/v1/biblios/<arg>"), Method::Get,
                    [guarded, this, one](qint64 id, const QHttpServerRequest& r, Responder&& responder) {
                        guarded(r, std::move(responder), [&] {
                            const bool marc = r.value("Accept").contains("application/marc-in-json");
                            return one(
                                r, [&] { return marc ? biblioMarc(id) : biblio(id); }, "Bibliographic record");
                        });
                    });
    // A patron's account debits (sandbox/KohaAccounts).
    m_server->route(
        QStringLiteral("/api/v1/patrons/<arg>/account/debits"),
        [this, guarded](qint64 id, const QHttpServerRequest& r, Responder&& responder) {
            // A lost answer (loseWriteAnswers): the debit is made, the connection closed.
            if (r.method() == Method::Post && m_loseWrites > 0 && authorised(r)) {
                --m_loseWrites;
                (void)accounts::addDebit(m_db, r, id, m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc());
                if (QTcpSocket* socket = responder.socket())
                    socket->abort();
                return;
            }
            guarded(r, std::move(responder), [&]() -> Response {
                if (!authorised(r))
                    return error(Status::Unauthorized, QStringLiteral("Authentication failure."));
                if (r.method() == Method::Get)
                    return accounts::listDebits(m_db, r, id);
                if (r.method() == Method::Post)
                    return accounts::addDebit(m_db, r, id, m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc());
                return error(Status::NotFound, QStringLiteral("Not found."), QStringLiteral("not_found"));
            });
        });
    m_server->route(QStringLiteral("/api/v1/patrons/<arg>"), Method::Get,
                    [guarded, this, one](qint64 id, const QHttpServerRequest& r, Responder&& responder) {
                        guarded(r, std::move(responder), [&] {
                            return one(
                                r, [&] { return patron(id); }, "Patron");
                        });
                    });
    m_server->route(QStringLiteral("/api/v1/holds/<arg>"), Method::Delete,
                    [this, guarded](qint64 id, const QHttpServerRequest& r, Responder&& responder) {
                        guarded(r, std::move(responder), [&] { return cancelHold(r, id); });
                    });
    // Test and training controls, answered to loopback peers only.
    for (const char* control : {"/_sandbox/faults", "/_sandbox/clock", "/_sandbox/live"})
        m_server->route(QString::fromLatin1(control), [this](const QHttpServerRequest& r, Responder&& responder) {
            if (auto refused = refusedForSize(r))
                refused->write(std::move(responder));
            else
                admin(r).write(std::move(responder));
        });
    // Any other path or method, and an id that is not one (/holds/abc): 404 with Koha's error object.
    m_server->setMissingHandler([](const QHttpServerRequest& r, Responder&& responder) {
        if (auto refused = refusedForSize(r)) {
            refused->write(std::move(responder));
            return;
        }
        error(Status::NotFound, QStringLiteral("Not found."), QStringLiteral("not_found")).write(std::move(responder));
    });
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return Error{QStringLiteral("sandbox.listen"),
                     QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port)};
    qCInfo(lcIls) << "training library REST on" << address.toString() << bound;
    return bound;
}

} // namespace comptoir::sandbox
