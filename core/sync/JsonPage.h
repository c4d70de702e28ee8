#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <string>
#include <vector>

namespace comptoir::sync {

// One page of a Koha list (a JSON array of objects) read straight from its bytes into a flat tree
// of nodes whose strings point into the page, without building a QJsonDocument: a full sync reads
// 50,000 requests with their embedded copy, record and patron, and building then walking a
// QJsonObject per request, then a QVariant and a QString per field, cost a third of the client's
// time. The values read are those QJsonDocument gives, written back as SQLite binds them (UTF-8).
//
// Only a clean page is read this way: strings that are valid UTF-8 with no control character,
// numbers as JSON writes them, at most 64 levels deep. Anything else (a lone surrogate escape, a
// byte that is not UTF-8, a page that is not JSON) is handed to QJsonDocument, which decides: a
// page it refuses is refused with its reason; a page it accepts is written back compact and read
// again (one write path, the same values). tests/fuzz/fuzz_syncpage.cpp holds the two readers to
// the same values.
class JsonPage
{
public:
    enum class Type : quint8 { Null, False, True, Number, String, Object, Array };

    struct Node
    {
        Type type = Type::Null;
        bool integral = false; // a number with no fraction or exponent, within qint64
        qint32 next = -1;      // the next value of the same object or array
        qint32 first = -1;     // objects and arrays: their first value
        qint64 integer = 0;    // numbers: the value, when integral (else the double's whole value, or 0)
        const char* key = nullptr;
        qint32 keySize = 0;
        qint32 size = 0;            // strings: bytes; objects and arrays: values
        const char* text = nullptr; // strings: UTF-8 (decoded when the page wrote escapes)
    };

    // Reads `json` (kept alive by the caller as long as the nodes are used). Returns false with
    // `error()` set when the page is not a JSON array of values.
    bool read(const QByteArray& json);
    QString error() const { return m_error; }

    // The top array's values, in order.
    const Node& root() const { return m_nodes[0]; }
    const Node& node(qint32 index) const { return m_nodes[size_t(index)]; }

    // The values of `object` under the given keys (the last one when a key repeats, as
    // QJsonObject keeps it), in one pass: out[k] is the node's index, or -1.
    void fields(const Node& object, const char* const* keys, int count, qint32* out) const;

    // As QJsonValue::toInteger() (0 when not a whole number) and toString() (empty when not a string).
    static qint64 toInteger(const Node* n) { return n && n->type == Type::Number ? n->integer : 0; }
    static QByteArrayView toText(const Node* n)
    {
        return n && n->type == Type::String ? QByteArrayView(n->text, n->size) : QByteArrayView();
    }

    // How the last page was read (for tests and the benchmark).
    bool usedFallback() const { return m_fallback; }

private:
    bool parse(const char* begin, const char* end);
    qint32 value(const char*& p, const char* end, int depth);
    bool string(const char*& p, const char* end, const char*& text, qint32& size);

    std::vector<Node> m_nodes;
    std::string m_decoded;  // strings that had escapes, decoded (reserved: pointers stay valid)
    QByteArray m_compacted; // a page QJsonDocument read and wrote back
    QString m_error;
    bool m_fallback = false;
};

} // namespace comptoir::sync
