#include "store/FoldedLike.h"

#include <sqlite3.h>

namespace comptoir {

namespace {

// SQL LIKE on folded text: % any run, _ any one character, the escape character (if any) makes
// the next one literal. Iterative with backtracking on the last %, linear for ordinary patterns.
bool likeMatch(const QString& pattern, const QString& text, QChar escape)
{
    qsizetype p = 0, t = 0, starP = -1, starT = -1;
    while (t < text.size()) {
        if (p < pattern.size()) {
            QChar c = pattern[p];
            if (!escape.isNull() && c == escape && p + 1 < pattern.size()) {
                if (pattern[p + 1] == text[t]) {
                    p += 2;
                    ++t;
                    continue;
                }
            } else if (c == QLatin1Char('%')) {
                starP = ++p;
                starT = t;
                continue;
            } else if (c == QLatin1Char('_') || c == text[t]) {
                ++p;
                ++t;
                continue;
            }
        }
        if (starP < 0)
            return false;
        p = starP;
        t = ++starT;
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('%'))
        ++p;
    return p == pattern.size();
}

QString argument(sqlite3_value* value)
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return data ? QString::fromUtf8(data, sqlite3_value_bytes(value)) : QString();
}

// like(pattern, text[, escape]): what SQLite calls for "text LIKE pattern [ESCAPE e]".
void folded(sqlite3_context* context, int count, sqlite3_value** values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL || sqlite3_value_type(values[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    QChar escape;
    if (count == 3) {
        const QString e = argument(values[2]);
        if (e.size() != 1) {
            sqlite3_result_error(context, "ESCAPE expression must be a single character", -1);
            return;
        }
        escape = e[0];
    }
    if (!escape.isNull()) {
        const QString e = foldForSearch(QString(escape));
        escape = e.isEmpty() ? escape : e.front();
    }
    sqlite3_result_int(context,
                       likeMatch(foldForSearch(argument(values[0])), foldForSearch(argument(values[1])), escape));
}

} // namespace

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    // "ß", "œ", "æ" fold as their letters do in a search.
    out = out.toCaseFolded();
    out.replace(QChar(0x0153), QLatin1String("oe")).replace(QChar(0x00E6), QLatin1String("ae"));
    return out;
}

bool installFoldedLike(const QVariant& nativeHandle)
{
    if (!nativeHandle.isValid() || qstrcmp(nativeHandle.typeName(), "sqlite3*") != 0)
        return false;
    auto* db = *static_cast<sqlite3* const*>(nativeHandle.constData());
    if (!db)
        return false;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    return sqlite3_create_function(db, "like", 2, flags, nullptr, folded, nullptr, nullptr) == SQLITE_OK &&
           sqlite3_create_function(db, "like", 3, flags, nullptr, folded, nullptr, nullptr) == SQLITE_OK;
}

} // namespace comptoir
