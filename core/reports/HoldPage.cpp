#include "reports/HoldPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

namespace comptoir::reports {

namespace {

// A cursor over the page's bytes; every step says whether it could go on.
struct Scanner
{
    const char* p;
    const char* end;

    void ws()
    {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    }
    bool eat(char c)
    {
        ws();
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        ws();
        return p < end && *p == c;
    }
    // A string's bytes between its quotes (p on the opening quote); escaped: it has backslashes.
    bool string(QByteArrayView& out, bool& escaped)
    {
        if (p >= end || *p != '"')
            return false;
        const char* start = ++p;
        escaped = false;
        while (p < end && *p != '"') {
            if (*p == '\\') {
                escaped = true;
                ++p;
            }
            ++p;
        }
        if (p >= end)
            return false;
        out = QByteArrayView(start, p - start);
        ++p;
        return true;
    }
    // Any value, skipped (objects and arrays nested, strings with their escapes).
    bool skip()
    {
        ws();
        if (p >= end)
            return false;
        if (*p == '"') {
            QByteArrayView s;
            bool e;
            return string(s, e);
        }
        if (*p == '{' || *p == '[') {
            int depth = 0;
            while (p < end) {
                const char c = *p;
                if (c == '"') {
                    QByteArrayView s;
                    bool e;
                    if (!string(s, e))
                        return false;
                    continue;
                }
                ++p;
                if (c == '{' || c == '[')
                    ++depth;
                else if (c == '}' || c == ']') {
                    if (--depth == 0)
                        return true;
                }
            }
            return false;
        }
        while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
            ++p;
        return true;
    }
};

int digits(const char* s, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

// "2026-11-22" (what follows the day, if anything, is not read: as dateOf, the first ten characters).
QDate dateFrom(QByteArrayView s)
{
    if (s.size() < 10 || s[4] != '-' || s[7] != '-')
        return QDate::fromString(QString::fromUtf8(s.first(std::min<qsizetype>(10, s.size()))), Qt::ISODate);
    const int y = digits(s.data(), 4), m = digits(s.data() + 5, 2), d = digits(s.data() + 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return QDate::fromString(QString::fromUtf8(s.first(std::min<qsizetype>(10, s.size()))), Qt::ISODate);
    return QDate(y, m, d);
}

// RFC 3339 as Koha writes it: "2026-11-22T06:00:00+00:00", "…Z", fractions of a second allowed.
QDateTime dateTimeFrom(QByteArrayView s)
{
    auto slow = [&s] { return QDateTime::fromString(QString::fromUtf8(s), Qt::ISODate); };
    if (s.size() < 19 || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        return slow();
    const QDate date = dateFrom(s);
    const int h = digits(s.data() + 11, 2), mi = digits(s.data() + 14, 2), sec = digits(s.data() + 17, 2);
    if (!date.isValid() || h < 0 || mi < 0 || sec < 0)
        return slow();
    qsizetype i = 19;
    int ms = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        int scale = 100;
        const qsizetype first = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            ms += (s[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
        if (i == first || i - first > 3)
            return slow(); // no digit, or finer than a millisecond: as Qt reads it
    }
    const QTime time(h, mi, sec, ms);
    if (!time.isValid())
        return slow();
    if (i == s.size())
        return QDateTime(date, time); // no offset: local time, as Qt::ISODate reads it
    if (s[i] == 'Z' && i + 1 == s.size())
        return QDateTime(date, time, Qt::UTC);
    if ((s[i] == '+' || s[i] == '-') && i + 6 == s.size() && s[i + 3] == ':') {
        const int oh = digits(s.data() + i + 1, 2), om = digits(s.data() + i + 4, 2);
        if (oh < 0 || om < 0 || oh > 14 || om > 59)
            return slow(); // beyond any real offset (found by fuzz_holdpage): as Qt reads it
        const int offset = (s[i] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        return QDateTime(date, time, Qt::OffsetFromUTC, offset);
    }
    return slow();
}

Result<qint64> throughDocument(const QByteArray& json, bool old, std::vector<HoldRecord>& out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Error{QStringLiteral("reports.malformed"), QStringLiteral("not a JSON array of requests")};
    const QJsonArray page = doc.array();
    // Koha's holds are objects: anything else in the array is a damaged page, refused whole rather
    // than counted as a request with no site, no date and no id (found by fuzz_holdpage).
    for (const QJsonValue& v : page)
        if (!v.isObject())
            return Error{QStringLiteral("reports.malformed"), QStringLiteral("not a JSON array of requests")};
    for (const QJsonValue& v : page)
        out.push_back(HoldRecord::fromKoha(v.toObject(), old));
    return qint64(page.size());
}

} // namespace

Result<qint64> appendHoldPage(const QByteArray& json, bool old, std::vector<HoldRecord>& out)
{
    const size_t before = out.size();
    auto fallback = [&] {
        out.resize(before);
        return throughDocument(json, old, out);
    };
    Scanner s{json.constData(), json.constData() + json.size()};
    if (!s.eat('['))
        return fallback();
    qint64 count = 0;
    if (s.eat(']'))
        return count;
    for (;;) {
        if (!s.eat('{'))
            return fallback();
        HoldRecord h;
        h.old = old;
        // Which wanted keys were met: a key given twice is read as Qt's parser reads it (the last
        // one wins), through the fallback (found by fuzz_holdpage; Koha never repeats a key).
        unsigned seen = 0;
        if (!s.eat('}')) {
            for (;;) {
                s.ws();
                QByteArrayView key, value;
                bool escaped = false;
                if (!s.string(key, escaped) || escaped || !s.eat(':'))
                    return fallback();
                s.ws();
                static const char* const wantedKeys[] = {"pickup_library_id", "status",          "hold_date",
                                                         "waiting_date",      "expiration_date", "cancellation_date",
                                                         "timestamp",         "hold_id",         "hold_group_id"};
                bool wanted = false;
                for (unsigned k = 0; k < std::size(wantedKeys); ++k)
                    if (key == wantedKeys[k]) {
                        if (seen & (1u << k))
                            return fallback();
                        seen |= 1u << k;
                        wanted = true;
                        break;
                    }
                if (wanted && s.p < s.end && *s.p == '"') {
                    if (!s.string(value, escaped) || escaped)
                        return fallback();
                    if (key == "pickup_library_id")
                        h.pickup = QString::fromUtf8(value);
                    else if (key == "status")
                        h.status = QString::fromUtf8(value);
                    else if (key == "hold_date")
                        h.placed = dateFrom(value);
                    else if (key == "waiting_date")
                        h.waiting = dateFrom(value);
                    else if (key == "expiration_date")
                        h.expires = dateFrom(value);
                    else if (key == "cancellation_date")
                        h.cancelled = dateFrom(value);
                    else if (key == "timestamp")
                        h.timestamp = dateTimeFrom(value);
                    else if (key == "hold_id" || key == "hold_group_id")
                        return fallback(); // an id as a string: not Koha's
                } else if (wanted && key == "hold_id") {
                    const char* start = s.p;
                    if (!s.skip())
                        return fallback();
                    bool ok = false;
                    h.id = QByteArrayView(start, s.p - start).toLongLong(&ok);
                    if (!ok)
                        return fallback();
                } else if (wanted && key == "hold_group_id") {
                    // An integer, or null for a request in no order (hold.yaml); anything else is
                    // read as Qt reads it, through the fallback.
                    const char* start = s.p;
                    if (!s.skip())
                        return fallback();
                    const QByteArrayView token(start, s.p - start);
                    if (token != "null") {
                        bool ok = false;
                        h.group = token.toLongLong(&ok);
                        if (!ok)
                            return fallback();
                    }
                } else if (!s.skip()) {
                    return fallback();
                }
                if (s.eat(','))
                    continue;
                if (s.eat('}'))
                    break;
                return fallback();
            }
        }
        out.push_back(std::move(h));
        ++count;
        if (s.eat(','))
            continue;
        if (s.eat(']'))
            break;
        return fallback();
    }
    s.ws();
    if (s.p != s.end)
        return fallback();
    return count;
}

} // namespace comptoir::reports
