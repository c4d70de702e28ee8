#pragma once

#include <QString>
#include <QVariant>

namespace comptoir {

// Text as a person compares it: lower case, accents dropped ("Élodie" → "elodie", "BRÛN" → "brun").
QString foldForSearch(const QString& text);

// Makes LIKE on this SQLite connection (a QSqlDatabase driver handle, see Database::nativeHandle)
// ignore case and accents in every script, as MySQL's utf8mb4_unicode_ci collation does for Koha:
// "brun%" finds "Brün", "e%" finds "Élodie". SQLite's own LIKE folds ASCII letters only. Idempotent;
// false when the handle is not an open SQLite connection.
bool installFoldedLike(const QVariant& nativeHandle);

} // namespace comptoir
