// Fuzz target: one page of Koha's GET /holds as the network report reads it, straight from the
// bytes (reports::appendHoldPage), whatever a server or a proxy in between sends. Nothing may
// crash, hang or allocate beyond the page; the count returned is the number of records appended;
// and whenever the page is a JSON array that Qt's own parser reads, the fast reader gives the same
// records as HoldRecord::fromKoha on the parsed objects (it may only ever be a shortcut); an array
// holding anything but objects is refused whole.
#include "reports/HoldPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace comptoir::reports;

namespace {

bool same(const HoldRecord& a, const HoldRecord& b)
{
    return a.id == b.id && a.pickup == b.pickup && a.status == b.status && a.placed == b.placed &&
           a.waiting == b.waiting && a.expires == b.expires && a.cancelled == b.cancelled &&
           a.timestamp == b.timestamp && a.group == b.group && a.old == b.old;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const bool old = (data[0] & 1) != 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    std::vector<HoldRecord> out;
    out.emplace_back(); // records already there stay
    auto read = appendHoldPage(bytes, old, out);
    if (!read) {
        if (out.size() != 1 || read.error().message.isEmpty())
            __builtin_trap(); // a refused page appends nothing and says why
        return 0;
    }
    if (read.value() < 0 || out.size() != size_t(read.value()) + 1)
        __builtin_trap();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return 0;
    const QJsonArray array = document.array();
    std::vector<HoldRecord> expected;
    for (const QJsonValue& value : array) {
        if (!value.isObject())
            __builtin_trap(); // a page with something else than requests is refused whole
        expected.push_back(HoldRecord::fromKoha(value.toObject(), old));
    }
    if (expected.size() + 1 != out.size())
        __builtin_trap();
    for (size_t i = 0; i < expected.size(); ++i)
        if (!same(expected[i], out[i + 1]))
            __builtin_trap();
    return 0;
}
