#include "sync/JsonPage.h"

#include <QJsonDocument>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace comptoir::sync {

namespace {

constexpr int MaxDepth = 64;

inline void skipSpace(const char*& p, const char* end)
{
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
}

// Whether none of eight bytes ends or interrupts a plain string: no quote, no backslash, no
// control character, nothing above ASCII (bit tricks on one 64-bit word: a byte below n exists
// when (w - n·0x01…01) & ~w & 0x80…80 is not zero, for n up to 128).
inline bool plainEight(const char* p)
{
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 Highs = 0x8080808080808080ULL;
    quint64 w;
    std::memcpy(&w, p, sizeof w);
    const auto below = [](quint64 v, quint64 n) { return (v - n * Ones) & ~v & Highs; };
    return !(w & Highs) && !below(w, 0x20) && !below(w ^ (Ones * '"'), 1) && !below(w ^ (Ones * '\\'), 1);
}

// The length of a well-formed UTF-8 sequence starting at p (its lead byte >= 0x80), or 0: no
// overlong form, no surrogate, nothing beyond U+10FFFF.
int utf8Sequence(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (c == 0xED && p[1] >= 0xA0)
            return 0; // a surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0; // overlong
        if (c == 0xF4 && p[1] >= 0x90)
            return 0; // beyond U+10FFFF
        return 4;
    }
    return 0;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool hex4(const char* p, const char* end, unsigned& out)
{
    if (end - p < 4)
        return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
        const int d = hexDigit(p[i]);
        if (d < 0)
            return false;
        out = out * 16 + unsigned(d);
    }
    return true;
}

void appendUtf8(std::string& to, unsigned code)
{
    if (code < 0x80) {
        to.push_back(char(code));
    } else if (code < 0x800) {
        to.push_back(char(0xC0 | (code >> 6)));
        to.push_back(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        to.push_back(char(0xE0 | (code >> 12)));
        to.push_back(char(0x80 | ((code >> 6) & 0x3F)));
        to.push_back(char(0x80 | (code & 0x3F)));
    } else {
        to.push_back(char(0xF0 | (code >> 18)));
        to.push_back(char(0x80 | ((code >> 12) & 0x3F)));
        to.push_back(char(0x80 | ((code >> 6) & 0x3F)));
        to.push_back(char(0x80 | (code & 0x3F)));
    }
}

} // namespace

bool JsonPage::read(const QByteArray& json)
{
    m_error.clear();
    m_fallback = false;
    if (parse(json.constData(), json.constData() + json.size()))
        return true;
    // Not a clean page: Qt's parser decides.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = parseError.errorString();
        return false;
    }
    if (!document.isArray()) {
        m_error = QStringLiteral("not a list");
        return false;
    }
    m_fallback = true;
    m_compacted = document.toJson(QJsonDocument::Compact);
    if (parse(m_compacted.constData(), m_compacted.constData() + m_compacted.size()))
        return true;
    m_error = QStringLiteral("a value that cannot be read");
    return false;
}

bool JsonPage::parse(const char* begin, const char* end)
{
    m_nodes.clear();
    m_nodes.reserve(size_t(end - begin) / 12 + 16);
    m_decoded.clear();
    // Decoded strings are never longer than written: room for all, so that no pointer moves.
    m_decoded.reserve(size_t(end - begin) + 1);
    const char* p = begin;
    skipSpace(p, end);
    if (p >= end || *p != '[')
        return false;
    if (value(p, end, 0) != 0)
        return false;
    skipSpace(p, end);
    return p == end;
}

bool JsonPage::string(const char*& p, const char* end, const char*& text, qint32& size)
{
    // p is on the opening quote.
    const char* const start = ++p;
    bool escaped = false;
    // Most strings are plain ASCII: eight bytes at a time up to the first that needs a look.
    while (end - p >= 8 && plainEight(p))
        p += 8;
    while (p < end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"')
            break;
        if (c == '\\') {
            escaped = true;
            p += 2;
            continue;
        }
        if (c < 0x20)
            return false; // a raw control character: Qt's parser decides
        if (c >= 0x80) {
            const int n =
                utf8Sequence(reinterpret_cast<const unsigned char*>(p), reinterpret_cast<const unsigned char*>(end));
            if (n == 0)
                return false;
            p += n;
            continue;
        }
        ++p;
    }
    if (p >= end || end - start > std::numeric_limits<qint32>::max())
        return false;
    const char* const close = p;
    ++p;
    if (!escaped) {
        text = start;
        size = qint32(close - start);
        return true;
    }
    const size_t from = m_decoded.size();
    if (from + size_t(close - start) > m_decoded.capacity())
        return false; // cannot happen (reserved for the whole page); never move the pointers given
    for (const char* q = start; q < close;) {
        if (*q != '\\') {
            m_decoded.push_back(*q++);
            continue;
        }
        if (q + 1 >= close)
            return false;
        const char e = q[1];
        q += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            m_decoded.push_back(e);
            break;
        case 'b':
            m_decoded.push_back('\b');
            break;
        case 'f':
            m_decoded.push_back('\f');
            break;
        case 'n':
            m_decoded.push_back('\n');
            break;
        case 'r':
            m_decoded.push_back('\r');
            break;
        case 't':
            m_decoded.push_back('\t');
            break;
        case 'u': {
            unsigned code = 0;
            if (!hex4(q, close, code))
                return false;
            q += 4;
            if (code >= 0xDC00 && code <= 0xDFFF)
                return false; // a lone low surrogate
            if (code >= 0xD800 && code <= 0xDBFF) {
                unsigned low = 0;
                if (close - q < 6 || q[0] != '\\' || q[1] != 'u' || !hex4(q + 2, close, low) || low < 0xDC00 ||
                    low > 0xDFFF)
                    return false; // a lone high surrogate
                q += 6;
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(m_decoded, code);
            break;
        }
        default:
            return false;
        }
    }
    text = m_decoded.data() + from;
    size = qint32(m_decoded.size() - from);
    return true;
}

qint32 JsonPage::value(const char*& p, const char* end, int depth)
{
    skipSpace(p, end);
    if (p >= end || depth > MaxDepth)
        return -1;
    const qint32 index = qint32(m_nodes.size());
    m_nodes.emplace_back();
    const char c = *p;
    if (c == '{' || c == '[') {
        const bool object = c == '{';
        const char close = object ? '}' : ']';
        m_nodes[size_t(index)].type = object ? Type::Object : Type::Array;
        ++p;
        skipSpace(p, end);
        if (p < end && *p == close) {
            ++p;
            return index;
        }
        qint32 last = -1, count = 0;
        for (;;) {
            const char* key = nullptr;
            qint32 keySize = 0;
            if (object) {
                skipSpace(p, end);
                if (p >= end || *p != '"' || !string(p, end, key, keySize))
                    return -1;
                skipSpace(p, end);
                if (p >= end || *p != ':')
                    return -1;
                ++p;
            }
            const qint32 child = value(p, end, depth + 1);
            if (child < 0)
                return -1;
            m_nodes[size_t(child)].key = key;
            m_nodes[size_t(child)].keySize = keySize;
            if (last < 0)
                m_nodes[size_t(index)].first = child;
            else
                m_nodes[size_t(last)].next = child;
            last = child;
            ++count;
            skipSpace(p, end);
            if (p < end && *p == ',') {
                ++p;
                continue;
            }
            if (p < end && *p == close) {
                ++p;
                break;
            }
            return -1;
        }
        m_nodes[size_t(index)].size = count;
        return index;
    }
    if (c == '"') {
        const char* text = nullptr;
        qint32 size = 0;
        if (!string(p, end, text, size))
            return -1;
        Node& n = m_nodes[size_t(index)];
        n.type = Type::String;
        n.text = text;
        n.size = size;
        return index;
    }
    auto literal = [&](const char* word, size_t length, Type type) {
        if (size_t(end - p) < length || std::memcmp(p, word, length) != 0)
            return qint32(-1);
        p += length;
        m_nodes[size_t(index)].type = type;
        return index;
    };
    if (c == 't')
        return literal("true", 4, Type::True);
    if (c == 'f')
        return literal("false", 5, Type::False);
    if (c == 'n')
        return literal("null", 4, Type::Null);
    if (c != '-' && (c < '0' || c > '9'))
        return -1;
    // A number as JSON writes it: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const char* const start = p;
    if (*p == '-')
        ++p;
    if (p >= end || *p < '0' || *p > '9')
        return -1;
    if (*p == '0') {
        ++p;
    } else {
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
    }
    bool whole = true;
    if (p < end && *p == '.') {
        whole = false;
        ++p;
        if (p >= end || *p < '0' || *p > '9')
            return -1;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        whole = false;
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= end || *p < '0' || *p > '9')
            return -1;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
    }
    Node& n = m_nodes[size_t(index)];
    n.type = Type::Number;
    if (whole) {
        qint64 v = 0;
        const auto [at, ec] = std::from_chars(start, p, v);
        if (ec == std::errc() && at == p) {
            n.integral = true;
            n.integer = v;
            return index;
        }
    }
    // A fraction, an exponent or beyond qint64: a double, whose whole value QJsonValue::toInteger
    // gives when it has one within qint64, else 0.
    double d = 0;
    const auto [at, ec] = std::from_chars(start, p, d);
    if (at != p || ec != std::errc())
        return -1; // beyond a double: Qt's parser decides
    if (std::isfinite(d) && d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        n.integer = qint64(d);
    return index;
}

void JsonPage::fields(const Node& object, const char* const* keys, int count, qint32* out) const
{
    size_t lengths[32];
    const int wanted = std::min(count, 32);
    for (int k = 0; k < wanted; ++k) {
        lengths[k] = std::strlen(keys[k]);
        out[k] = -1;
    }
    if (object.type != Type::Object)
        return;
    for (qint32 i = object.first; i >= 0; i = m_nodes[size_t(i)].next) {
        const Node& child = m_nodes[size_t(i)];
        for (int k = 0; k < wanted; ++k)
            if (size_t(child.keySize) == lengths[k] && std::memcmp(child.key, keys[k], lengths[k]) == 0) {
                out[k] = i; // the last one wins, as in a QJsonObject
                break;
            }
    }
}

} // namespace comptoir::sync
