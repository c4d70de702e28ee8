#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>

class QHttpServerRequest;
class QHttpServerResponse;

namespace comptoir::sandbox {

// Patrons' accounts as Koha keeps them (accountlines), for the routes
//   GET  /api/v1/patrons/{patron_id}/account/debits  (Patrons::Account#list_debits)
//   POST /api/v1/patrons/{patron_id}/account/debits  (Patrons::Account#add_debit)
// Objects follow koha-api/definitions/debit.yaml (additionalProperties: false). As Koha::Account
// add_debit: the amount must be positive (400), the type one of the debit types
// (account_debit_types: Koha's defaults plus the library's own, here DELIVERY; 400 otherwise),
// an unknown patron is 404; the line is outstanding for its whole amount, made by the "api"
// interface, and answered 201 with a Location header.
namespace accounts {

// The tables (account_lines, account_debit_types) when the file has none yet.
Status ensureSchema(QSqlDatabase& db);
QHttpServerResponse listDebits(QSqlDatabase& db, const QHttpServerRequest& request, qint64 patronId);
QHttpServerResponse addDebit(QSqlDatabase& db, const QHttpServerRequest& request, qint64 patronId,
                             const QDateTime& now);

} // namespace accounts
} // namespace comptoir::sandbox
