// Fuzz target: one page of a Koha list as the sync reads it, straight from the bytes
// (sync::JsonPage), whatever a server or a proxy in between sends. Nothing may crash, hang or
// allocate beyond a few times the page; a refused page says why; and whenever the reader accepts
// a page, Qt's own parser accepts it too and every value is the same: the type, the whole value
// QJsonValue::toInteger gives, the text, every key of every object (the last one when a key
// repeats) and every element of every array. The reader may only ever be a shortcut.
#include "sync/JsonPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using comptoir::sync::JsonPage;

namespace {

bool same(const JsonPage& page, qint32 index, const QJsonValue& expected);

bool sameObject(const JsonPage& page, const JsonPage::Node& node, const QJsonObject& object)
{
    // Every key the reader holds is in Qt's object with the same value (the last one given).
    QSet<QString> keys;
    for (qint32 i = node.first; i >= 0; i = page.node(i).next) {
        const JsonPage::Node& child = page.node(i);
        const QString key = QString::fromUtf8(child.key, child.keySize);
        keys.insert(key);
        const QByteArray keyUtf8(child.key, child.keySize);
        const char* wanted[] = {keyUtf8.constData()};
        qint32 found = -1;
        if (keyUtf8.contains('\0'))
            continue; // fields() takes C strings: such a key is never asked for
        page.fields(node, wanted, 1, &found);
        if (found < 0 || !object.contains(key) || !same(page, found, object.value(key)))
            return false;
    }
    return keys.size() == object.size();
}

bool same(const JsonPage& page, qint32 index, const QJsonValue& expected)
{
    const JsonPage::Node& n = page.node(index);
    switch (n.type) {
    case JsonPage::Type::Null:
        return expected.isNull();
    case JsonPage::Type::False:
        return expected.isBool() && !expected.toBool();
    case JsonPage::Type::True:
        return expected.isBool() && expected.toBool();
    case JsonPage::Type::Number:
        return expected.isDouble() && JsonPage::toInteger(&n) == expected.toInteger();
    case JsonPage::Type::String:
        return expected.isString() && QString::fromUtf8(n.text, n.size) == expected.toString();
    case JsonPage::Type::Object:
        return expected.isObject() && sameObject(page, n, expected.toObject());
    case JsonPage::Type::Array: {
        if (!expected.isArray() || expected.toArray().size() != n.size)
            return false;
        const QJsonArray array = expected.toArray();
        qsizetype k = 0;
        for (qint32 i = n.first; i >= 0; i = page.node(i).next, ++k)
            if (!same(page, i, array.at(k)))
                return false;
        return k == array.size();
    }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    JsonPage page;
    if (!page.read(bytes)) {
        if (page.error().isEmpty())
            __builtin_trap(); // a refused page says why
        return 0;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        __builtin_trap(); // accepted a page Qt refuses
    const QJsonArray array = document.array();
    if (page.root().type != JsonPage::Type::Array || page.root().size != array.size() || !same(page, 0, array))
        __builtin_trap();
    return 0;
}
