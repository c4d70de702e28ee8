#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <string_view>

namespace comptoir::store {

// One pick-list line as the pull list reads it, packed in one value (the cache's pick_list.line,
// kept by its triggers and held in the walk index): one column per line to read instead of eleven,
// which is most of what building a list of 10^5 lines costs. Little-endian: five 64-bit numbers
// (item, record or item's record, own record, whether it has one, group), then six texts, each a 32-bit length
// (0xffffffff: none) and its UTF-8 bytes.
struct PackedLine
{
    qint64 itemId = 0;
    qint64 biblioId = 0;    // the line's record, else its item's (0: none)
    qint64 recordId = 0;    // the line's own record, whose title and author these are
    bool hasRecord = false; // recordId is set
    qint64 holdGroupId = 0; // 0: none
    std::string_view barcode, callNumber, location, pickup, title, author;
};

struct PackedLineFields
{
    qint64 itemId = 0;
    const qint64* biblioId = nullptr;
    const qint64* itemBiblioId = nullptr;
    const qint64* holdGroupId = nullptr;
    const std::string_view* barcode = nullptr;
    const std::string_view* callNumber = nullptr;
    const std::string_view* itemCallNumber = nullptr; // when the line has no call number of its own
    const std::string_view* location = nullptr;
    const std::string_view* pickup = nullptr;
    const std::string_view* title = nullptr;
    const std::string_view* author = nullptr;
};

QByteArray packLine(const PackedLineFields& fields);

// False when the bytes are not a packed line (a damaged cache): nothing is read past their end.
bool unpackLine(const char* bytes, qsizetype size, PackedLine& line);

} // namespace comptoir::store
