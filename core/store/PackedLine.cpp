#include "store/PackedLine.h"

#include <QtEndian>

#include <cstring>

namespace comptoir::store {

namespace {

constexpr quint32 None = 0xffffffffu;

void putNumber(QByteArray& out, qint64 value)
{
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = char((quint64(value) >> (8 * i)) & 0xff);
    out.append(bytes, 8);
}

void putText(QByteArray& out, const std::string_view* text)
{
    const quint32 size = text ? quint32(text->size()) : None;
    char bytes[4];
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((size >> (8 * i)) & 0xff);
    out.append(bytes, 4);
    if (text && !text->empty())
        out.append(text->data(), qsizetype(text->size()));
}

qint64 getNumber(const char* at)
{
    return qFromLittleEndian<qint64>(at);
}

} // namespace

QByteArray packLine(const PackedLineFields& f)
{
    QByteArray out;
    out.reserve(40 + 24 + 128);
    putNumber(out, f.itemId);
    putNumber(out, f.biblioId ? *f.biblioId : f.itemBiblioId ? *f.itemBiblioId : 0);
    putNumber(out, f.biblioId ? *f.biblioId : 0);
    putNumber(out, f.biblioId ? 1 : 0);
    putNumber(out, f.holdGroupId ? *f.holdGroupId : 0);
    putText(out, f.barcode);
    putText(out, f.callNumber ? f.callNumber : f.itemCallNumber);
    putText(out, f.location);
    putText(out, f.pickup);
    putText(out, f.title);
    putText(out, f.author);
    return out;
}

bool unpackLine(const char* bytes, qsizetype size, PackedLine& line)
{
    if (!bytes || size < 40)
        return false;
    line.itemId = getNumber(bytes);
    line.biblioId = getNumber(bytes + 8);
    line.recordId = getNumber(bytes + 16);
    line.hasRecord = getNumber(bytes + 24) != 0;
    line.holdGroupId = getNumber(bytes + 32);
    qsizetype at = 40;
    std::string_view* texts[] = {&line.barcode, &line.callNumber, &line.location,
                                 &line.pickup,  &line.title,      &line.author};
    for (std::string_view* text : texts) {
        if (size - at < 4)
            return false;
        const quint32 length = qFromLittleEndian<quint32>(bytes + at);
        at += 4;
        if (length == None) {
            *text = {};
            continue;
        }
        if (qsizetype(length) > size - at)
            return false;
        *text = std::string_view(bytes + at, length);
        at += qsizetype(length);
    }
    return at == size;
}

} // namespace comptoir::store
