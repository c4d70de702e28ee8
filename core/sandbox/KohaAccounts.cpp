#include "sandbox/KohaAccounts.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

#include <cmath>

namespace comptoir::sandbox::accounts {

namespace {

using Code = QHttpServerResponse::StatusCode;

QHttpServerResponse failure(Code status, const QString& message, const QString& code)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("error_code"), code}},
                               status);
}

QJsonValue orNull(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}
QJsonValue intOrNull(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
}
QString rfc3339(const QString& stored)
{
    return stored + QStringLiteral("+00:00");
}

const QString DebitSelect = QStringLiteral(
    "SELECT account_line_id, amount, amount_outstanding, checkout_id, hold_id, date, description, interface, "
    "internal_note, item_id, library_id, patron_id, status, timestamp, debit_type, user_id FROM account_lines");

QJsonObject debitFrom(const QSqlQuery& q)
{
    return {
        {QStringLiteral("account_line_id"), q.value(0).toLongLong()},
        {QStringLiteral("amount"), q.value(1).toDouble()},
        {QStringLiteral("amount_outstanding"), q.value(2).toDouble()},
        {QStringLiteral("cash_register_id"), QJsonValue()},
        {QStringLiteral("checkout_id"), intOrNull(q.value(3))},
        {QStringLiteral("old_checkout_id"), QJsonValue()},
        {QStringLiteral("hold_id"), intOrNull(q.value(4))},
        {QStringLiteral("old_hold_id"), QJsonValue()},
        {QStringLiteral("date"), rfc3339(q.value(5).toString())},
        {QStringLiteral("description"), orNull(q.value(6))},
        {QStringLiteral("interface"), orNull(q.value(7))},
        {QStringLiteral("internal_note"), orNull(q.value(8))},
        {QStringLiteral("item_id"), intOrNull(q.value(9))},
        {QStringLiteral("library_id"), orNull(q.value(10))},
        {QStringLiteral("patron_id"), q.value(11).toLongLong()},
        {QStringLiteral("payout_type"), QJsonValue()},
        {QStringLiteral("status"), orNull(q.value(12))},
        {QStringLiteral("timestamp"), rfc3339(q.value(13).toString())},
        {QStringLiteral("type"), orNull(q.value(14))},
        {QStringLiteral("user_id"), intOrNull(q.value(15))},
    };
}

bool patronExists(QSqlDatabase& db, qint64 patronId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM patrons WHERE patron_id = ?"));
    q.addBindValue(patronId);
    return q.exec() && q.next();
}

} // namespace

Status ensureSchema(QSqlDatabase& db)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS account_debit_types (code TEXT PRIMARY KEY, description TEXT)"),
        QStringLiteral(
            "INSERT OR IGNORE INTO account_debit_types VALUES ('ACCOUNT','Account creation fee'),"
            "('ACCOUNT_RENEW','Account renewal fee'),('LOST','Lost item'),('MANUAL','Manual fee'),"
            "('NEW_CARD','New card fee'),('OVERDUE','Overdue fine'),('PROCESSING','Lost item processing fee'),"
            "('RENT','Rental fee'),('RESERVE','Hold fee'),('RESERVE_EXPIRED','Hold waiting too long'),"
            "('DELIVERY','Livraison à domicile')"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS account_lines (account_line_id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "patron_id INTEGER NOT NULL, amount REAL NOT NULL, amount_outstanding REAL NOT NULL, "
                       "debit_type TEXT, description TEXT, internal_note TEXT, interface TEXT, item_id INTEGER, "
                       "checkout_id INTEGER, hold_id INTEGER, library_id TEXT, user_id INTEGER, status TEXT, "
                       "date TEXT NOT NULL, timestamp TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS account_lines_patron ON account_lines(patron_id)"),
    };
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Error{QStringLiteral("sandbox.sql"), q.lastError().text()};
    }
    return {};
}

QHttpServerResponse listDebits(QSqlDatabase& db, const QHttpServerRequest& request, qint64 patronId)
{
    if (!patronExists(db, patronId))
        return failure(Code::NotFound, QStringLiteral("Patron not found"), QStringLiteral("not_found"));
    const QUrlQuery query = request.query();
    bool okPage = true, okPer = true;
    const int page =
        query.hasQueryItem(QStringLiteral("_page")) ? query.queryItemValue(QStringLiteral("_page")).toInt(&okPage) : 1;
    const int perPage = query.hasQueryItem(QStringLiteral("_per_page"))
                            ? query.queryItemValue(QStringLiteral("_per_page")).toInt(&okPer)
                            : 20;
    if (!okPage || !okPer || page < 1 || perPage == 0 || perPage < -1)
        return failure(Code::BadRequest, QStringLiteral("Invalid paging parameters"), QStringLiteral("invalid_query"));
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM account_lines WHERE patron_id = ? AND debit_type IS NOT NULL"));
    count.addBindValue(patronId);
    if (!count.exec() || !count.next())
        return failure(Code::InternalServerError, count.lastError().text(), QStringLiteral("internal_server_error"));
    const qint64 total = count.value(0).toLongLong();
    QSqlQuery q(db);
    q.prepare(
        DebitSelect +
        QStringLiteral(" WHERE patron_id = ? AND debit_type IS NOT NULL ORDER BY account_line_id LIMIT ? OFFSET ?"));
    q.addBindValue(patronId);
    q.addBindValue(perPage);
    q.addBindValue(perPage == -1 ? 0 : qint64(page - 1) * perPage);
    if (!q.exec())
        return failure(Code::InternalServerError, q.lastError().text(), QStringLiteral("internal_server_error"));
    QJsonArray out;
    while (q.next())
        out.append(debitFrom(q));
    QHttpServerResponse response(out);
    response.setHeader("X-Total-Count", QByteArray::number(total));
    response.setHeader("X-Base-Total-Count", QByteArray::number(total));
    return response;
}

QHttpServerResponse addDebit(QSqlDatabase& db, const QHttpServerRequest& request, qint64 patronId, const QDateTime& now)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failure(Code::BadRequest, QStringLiteral("Expected a JSON object"), QStringLiteral("invalid_body"));
    const QJsonObject body = doc.object();
    // The body is a debit (definitions/debit.yaml): its fields only, amount required.
    static const QSet<QString> writable = {QStringLiteral("amount"),
                                           QStringLiteral("description"),
                                           QStringLiteral("internal_note"),
                                           QStringLiteral("item_id"),
                                           QStringLiteral("checkout_id"),
                                           QStringLiteral("hold_id"),
                                           QStringLiteral("library_id"),
                                           QStringLiteral("type"),
                                           QStringLiteral("user_id"),
                                           QStringLiteral("cash_register_id"),
                                           QStringLiteral("interface"),
                                           QStringLiteral("date"),
                                           QStringLiteral("old_checkout_id"),
                                           QStringLiteral("old_hold_id"),
                                           QStringLiteral("payout_type"),
                                           QStringLiteral("status"),
                                           QStringLiteral("amount_outstanding"),
                                           QStringLiteral("patron_id"),
                                           QStringLiteral("timestamp")};
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!writable.contains(it.key()))
            return failure(Code::BadRequest, QStringLiteral("Properties not allowed: %1.").arg(it.key()),
                           QStringLiteral("invalid_body"));
    if (body.contains(QStringLiteral("account_line_id")))
        return failure(Code::BadRequest, QStringLiteral("account_line_id is read-only"),
                       QStringLiteral("invalid_body"));
    if (!body.value(QStringLiteral("amount")).isDouble())
        return failure(Code::BadRequest, QStringLiteral("Missing property: amount"), QStringLiteral("invalid_body"));
    const double amount = body.value(QStringLiteral("amount")).toDouble();
    if (!std::isfinite(amount) || amount <= 0)
        return failure(Code::BadRequest, QStringLiteral("Debit amount passed is not positive"),
                       QStringLiteral("amount_not_positive"));
    if (!patronExists(db, patronId))
        return failure(Code::NotFound, QStringLiteral("Patron not found"), QStringLiteral("not_found"));
    const QString type = body.value(QStringLiteral("type")).toString(QStringLiteral("MANUAL"));
    QSqlQuery known(db);
    known.prepare(QStringLiteral("SELECT 1 FROM account_debit_types WHERE code = ?"));
    known.addBindValue(type);
    if (!known.exec() || !known.next())
        return failure(Code::BadRequest, QStringLiteral("Account type passed is not recognised: %1").arg(type),
                       QStringLiteral("unrecognised_type"));
    const auto text = [&body](const char* name) {
        const QJsonValue v = body.value(QLatin1String(name));
        return v.isString() ? QVariant(v.toString()) : QVariant();
    };
    const auto number = [&body](const char* name) {
        const QJsonValue v = body.value(QLatin1String(name));
        return v.isDouble() ? QVariant(qint64(v.toDouble())) : QVariant();
    };
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO account_lines (patron_id, amount, amount_outstanding, debit_type, "
                                  "description, internal_note, interface, item_id, checkout_id, hold_id, library_id, "
                                  "user_id, status, date, timestamp) VALUES (?,?,?,?,?,?,'api',?,?,?,?,?,NULL,?,?)"));
    insert.addBindValue(patronId);
    insert.addBindValue(amount);
    insert.addBindValue(amount);
    insert.addBindValue(type);
    insert.addBindValue(text("description"));
    insert.addBindValue(text("internal_note"));
    insert.addBindValue(number("item_id"));
    insert.addBindValue(number("checkout_id"));
    insert.addBindValue(number("hold_id"));
    insert.addBindValue(text("library_id"));
    insert.addBindValue(number("user_id"));
    insert.addBindValue(stamp);
    insert.addBindValue(stamp);
    if (!insert.exec())
        return failure(Code::InternalServerError, insert.lastError().text(), QStringLiteral("internal_server_error"));
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery q(db);
    q.prepare(DebitSelect + QStringLiteral(" WHERE account_line_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failure(Code::InternalServerError, q.lastError().text(), QStringLiteral("internal_server_error"));
    QHttpServerResponse response(debitFrom(q), Code::Created);
    response.setHeader("Location",
                       QStringLiteral("/api/v1/patrons/%1/account/debits/%2").arg(patronId).arg(id).toUtf8());
    return response;
}

} // namespace comptoir::sandbox::accounts
