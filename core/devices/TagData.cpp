#include "devices/TagData.h"

#include "devices/RfidFrame.h"

#include <QMap>

#include <algorithm>

namespace comptoir::devices {

QString tagModelName(TagModel model)
{
    switch (model) {
    case TagModel::Unknown:
        return QStringLiteral("unknown");
    case TagModel::Blank:
        return QStringLiteral("blank");
    case TagModel::Iso28560_3:
        return QStringLiteral("ISO 28560-3");
    case TagModel::Iso28560_2:
        return QStringLiteral("ISO 28560-2");
    case TagModel::ThreeM501:
        return QStringLiteral("3M RFID 501");
    }
    return {};
}

namespace {

TagData failed(const QString& why)
{
    TagData data;
    data.problem = why;
    return data;
}

// Text read from a tag, quoted in a problem message: never more than a short line.
QString shortened(const QString& text)
{
    constexpr qsizetype MaxQuoted = 24;
    return text.size() <= MaxQuoted ? text : text.left(MaxQuoted) + QStringLiteral("…");
}

bool printableAscii(const QByteArray& bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

// A NUL-padded ASCII field: the text before the first NUL, and whether only NULs follow it.
QByteArray paddedField(const QByteArray& memory, qsizetype from, qsizetype length, bool* clean)
{
    const QByteArray field = memory.mid(from, length);
    const qsizetype end = field.indexOf('\0');
    const QByteArray text = end < 0 ? field : field.left(end);
    *clean = end < 0 || std::all_of(field.cbegin() + end, field.cend(), [](char c) { return c == 0; });
    return text;
}

QByteArray padTo(QByteArray bytes, int blockCount)
{
    if (bytes.size() > qsizetype(blockCount) * 4)
        return {};
    bytes.append(QByteArray(qsizetype(blockCount) * 4 - bytes.size(), '\0'));
    return bytes;
}

// "DK718500" as stored → "DK-718500" as people write it; French "FR…" likewise.
QString isilWithHyphen(const QString& stored)
{
    if (stored.size() > 2 && !stored.contains(QLatin1Char('-')) && stored[0].isLetter() && stored[1].isLetter())
        return stored.left(2) + QLatin1Char('-') + stored.mid(2);
    return stored;
}

// ---- ISO 28560-3 --------------------------------------------------------------------------------

constexpr int BasicBlock = 34;
constexpr int ShortBlock = 32;

quint16 crc28560_3(const QByteArray& memory, int size)
{
    QByteArray covered = memory.left(19);
    covered.append(memory.mid(21, size - 21));
    if (size == ShortBlock)
        covered.append(QByteArray(2, '\0'));
    return crc::ccittFalse(covered);
}

// The fields of a 28560-3 basic block of `size` bytes (34, or 32 when truncated), CRC aside.
TagData iso28560_3Fields(const QByteArray& memory, int size)
{
    const quint8 first = quint8(memory[0]);
    const bool standard = (first >> 4) == 1;
    const bool bibliotheca = !standard && (first & 0x0F) == 1; // usage in the high nibble
    if (!standard && !bibliotheca)
        return failed(QStringLiteral("ISO 28560-3: version byte %1 is not 1").arg(first, 2, 16, QLatin1Char('0')));
    TagData data;
    data.model = TagModel::Iso28560_3;
    data.usage = standard ? (first & 0x0F) : (first >> 4);
    data.parts = quint8(memory[1]); // one byte: never more than MaxSetParts
    data.part = quint8(memory[2]);
    static_assert(MaxSetParts >= 255);
    bool clean = true;
    const QByteArray barcode = paddedField(memory, 3, 16, &clean);
    if (barcode.isEmpty() || !clean || !printableAscii(barcode))
        return failed(QStringLiteral("ISO 28560-3: the item identifier is not readable text"));
    data.barcode = QString::fromLatin1(barcode);
    const QByteArray isil = paddedField(memory, 21, size - 21, &clean);
    if (!clean || !printableAscii(isil))
        return failed(QStringLiteral("ISO 28560-3: the owner library is not readable text"));
    data.ownerIsil = isilWithHyphen(QString::fromLatin1(isil));
    if (data.parts < 1 || data.part < 1 || data.part > data.parts)
        return failed(QStringLiteral("ISO 28560-3: part %1 of %2 is not possible").arg(data.part).arg(data.parts));
    return data;
}

// A 28560-3 layout whatever its CRC: a damaged one is reported as such, not read as another
// model by chance.
bool looksLikeIso28560_3(const QByteArray& memory)
{
    return memory.size() >= ShortBlock && iso28560_3Fields(memory, ShortBlock).ok();
}

// ---- bit streams for ISO 15962 compaction --------------------------------------------------------

class BitWriter
{
public:
    void put(quint32 value, int bits)
    {
        for (int i = bits - 1; i >= 0; --i) {
            m_current = quint8((m_current << 1) | ((value >> i) & 1));
            if (++m_used == 8) {
                m_bytes.append(char(m_current));
                m_current = 0;
                m_used = 0;
            }
        }
    }
    // Pads to a byte boundary with the leading bits of `pattern` (width bits).
    QByteArray finish(quint32 pattern, int width)
    {
        int i = width - 1;
        while (m_used != 0) {
            put(i >= 0 ? (pattern >> i) & 1 : 1, 1);
            --i;
        }
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    quint8 m_current = 0;
    int m_used = 0;
};

class BitReader
{
public:
    explicit BitReader(const QByteArray& bytes)
        : m_bytes(bytes)
    {
    }
    qsizetype remaining() const { return m_bytes.size() * 8 - m_position; }
    quint32 take(int bits)
    {
        quint32 value = 0;
        for (int i = 0; i < bits; ++i, ++m_position)
            value = (value << 1) | ((quint8(m_bytes.at(m_position / 8)) >> (7 - m_position % 8)) & 1);
        return value;
    }
    // True when what is left is padding: fewer bits than a code, or, within the last byte, the
    // leading bits of the pad pattern (all ones; the space code 100000 for 6-bit compaction).
    bool atPadding(int width, quint32 pattern = 0xFFFFFFFF) const
    {
        const qsizetype left = remaining();
        if (left < width)
            return true;
        if (left >= 8)
            return false;
        for (qsizetype p = m_position, i = width - 1; p < m_bytes.size() * 8; ++p, --i) {
            const quint32 expected = i >= 0 ? (pattern >> i) & 1 : 1;
            if (((quint8(m_bytes.at(p / 8)) >> (7 - p % 8)) & 1) != expected)
                return false;
        }
        return true;
    }

private:
    QByteArray m_bytes;
    qsizetype m_position = 0;
};

enum Compaction {
    ApplicationDefined = 0,
    Integer = 1,
    Numeric = 2,
    FiveBit = 3,
    SixBit = 4,
    SevenBit = 5,
    Octet = 6,
    Utf8 = 7,
};

bool allDigits(const QString& s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool expand(int compaction, const QByteArray& data, QString* out);

// The most compact scheme for a value (ISO/IEC 15962 compaction rules, simplified: whole value).
std::pair<int, QByteArray> compact(const QString& value)
{
    if (allDigits(value) && (value.size() == 1 || value[0] != u'0') && value.size() <= 19) {
        quint64 number = value.toULongLong();
        QByteArray bytes;
        do {
            bytes.prepend(char(number & 0xFF));
            number >>= 8;
        } while (number != 0);
        return {Integer, bytes};
    }
    if (allDigits(value)) {
        QByteArray bytes;
        for (qsizetype i = 0; i < value.size(); i += 2) {
            const int high = value[i].unicode() - '0';
            const int low = i + 1 < value.size() ? value[i + 1].unicode() - '0' : 0xF;
            bytes.append(char((high << 4) | low));
        }
        return {Numeric, bytes};
    }
    const auto within = [&value](char16_t low, char16_t high) {
        return std::all_of(value.cbegin(), value.cend(),
                           [=](QChar c) { return c.unicode() >= low && c.unicode() <= high; });
    };
    // The bit-packed schemes pad their last byte with bits a reader can take for one more
    // character, or take a last character for padding: 5-bit '_' is 11111 like the 1-bit pad, a
    // 6-bit space is the 100000 pad, 7-bit DEL is 1111111. A scheme is used only when the value
    // reads back the same; otherwise the next, wider one is (defect D5: "HS_______^_" lost its "_").
    struct Packed
    {
        int scheme;
        char16_t low, high;
        int width;
        quint32 mask, pad;
    };
    for (const Packed& p : {Packed{FiveBit, 0x41, 0x5F, 5, 0x1F, 0x1F}, Packed{SixBit, 0x20, 0x5F, 6, 0x3F, 0x20},
                            Packed{SevenBit, 0x00, 0x7F, 7, 0x7F, 0x7F}}) {
        if (!within(p.low, p.high))
            continue;
        BitWriter w;
        for (const QChar c : value)
            w.put(c.unicode() & p.mask, p.width);
        const QByteArray bytes = w.finish(p.pad, p.width); // 6-bit: the leading bits of a space
        QString back;
        if (expand(p.scheme, bytes, &back) && back == value)
            return {p.scheme, bytes};
    }
    if (within(0x00, 0xFF))
        return {Octet, value.toLatin1()};
    return {Utf8, value.toUtf8()};
}

// The value of a compacted data set as text; false when it is not valid for its scheme.
bool expand(int compaction, const QByteArray& data, QString* out)
{
    out->clear();
    switch (compaction) {
    case ApplicationDefined:
        *out = QString::fromLatin1(data.toHex().toUpper());
        return true;
    case Integer: {
        if (data.isEmpty() || data.size() > 8)
            return false;
        quint64 number = 0;
        for (const char c : data)
            number = (number << 8) | quint8(c);
        *out = QString::number(number);
        return true;
    }
    case Numeric:
        for (qsizetype i = 0; i < data.size(); ++i) {
            for (const int nibble : {quint8(data[i]) >> 4, quint8(data[i]) & 0xF}) {
                if (nibble == 0xF && i == data.size() - 1)
                    return !out->isEmpty();
                if (nibble > 9)
                    return false;
                out->append(QChar(u'0' + nibble));
            }
        }
        return !out->isEmpty();
    case FiveBit:
    case SixBit:
    case SevenBit: {
        const int width = compaction == FiveBit ? 5 : compaction == SixBit ? 6 : 7;
        BitReader r(data);
        while (!r.atPadding(width, width == 6 ? 0x20 : 0xFFFFFFFF)) {
            const quint32 code = r.take(width);
            if (width == 5)
                out->append(QChar(char16_t(0x40 | code)));
            else if (width == 6)
                out->append(QChar(char16_t(code < 0x20 ? 0x40 | code : code)));
            else
                out->append(QChar(char16_t(code)));
        }
        return true;
    }
    case Octet:
        *out = QString::fromLatin1(data);
        return true;
    case Utf8: {
        *out = QString::fromUtf8(data);
        return !out->contains(QChar::ReplacementCharacter);
    }
    }
    return false;
}

// ISIL code sets (ISO 28560-2 Annex C).
enum class IsilSet { Upper, Lower, Numeric };
constexpr int LatchOther = 28, ShiftOther = 29, LatchNumeric = 30, ShiftNumeric = 31; // in 5-bit sets
constexpr int NumLatchUpper = 12, NumShiftUpper = 13, NumLatchLower = 14, NumShiftLower = 15;

int isilCode(IsilSet set, QChar c)
{
    const char16_t u = c.unicode();
    if (u == '-')
        return set == IsilSet::Numeric ? 10 : 0;
    switch (set) {
    case IsilSet::Upper:
        if (u >= 'A' && u <= 'Z')
            return u - 'A' + 1;
        return u == ':' ? 27 : -1;
    case IsilSet::Lower:
        if (u >= 'a' && u <= 'z')
            return u - 'a' + 1;
        return u == '/' ? 27 : -1;
    case IsilSet::Numeric:
        if (u >= '0' && u <= '9')
            return u - '0';
        return u == ':' ? 11 : -1;
    }
    return -1;
}

IsilSet isilHome(QChar c)
{
    if (c.isDigit())
        return IsilSet::Numeric;
    if (c.isLower() || c == u'/')
        return IsilSet::Lower;
    return IsilSet::Upper;
}

// ---- 3M ------------------------------------------------------------------------------------------

bool threeMBlank(const QByteArray& memory)
{
    if (memory.size() < 28)
        return false;
    for (int i = 0; i < 24; ++i)
        if (quint8(memory[i]) != 0x55)
            return false;
    return memory.mid(24, 4) == QByteArray(4, '\0');
}

} // namespace

// ---- ISO 28560-3 --------------------------------------------------------------------------------

TagData decodeIso28560_3(const QByteArray& memory)
{
    if (memory.size() < ShortBlock)
        return failed(QStringLiteral("ISO 28560-3: %1 bytes, a basic block needs 32 or 34").arg(memory.size()));
    if (TagData fields = iso28560_3Fields(memory, ShortBlock); !fields.ok())
        return fields;
    const quint16 stored = quint16(quint8(memory[19]) | (quint8(memory[20]) << 8));
    for (const int size : {BasicBlock, ShortBlock})
        if (memory.size() >= size && crc28560_3(memory, size) == stored)
            return iso28560_3Fields(memory, size);
    return failed(QStringLiteral("ISO 28560-3: wrong CRC"));
}

QByteArray encodeIso28560_3(const TagData& data, int blockCount)
{
    const QByteArray barcode = data.barcode.toLatin1();
    QString isil = data.ownerIsil;
    isil.remove(QLatin1Char('-'));
    const QByteArray owner = isil.toLatin1();
    if (barcode.isEmpty() || barcode.size() > 16 || !printableAscii(barcode) || owner.size() > 13 ||
        !printableAscii(owner) || data.parts < 1 || data.parts > 255 || data.part < 1 || data.part > data.parts)
        return {};
    QByteArray memory(BasicBlock, '\0');
    const int usage = data.usage < 0 ? 1 : data.usage & 0x0F;
    memory[0] = char(0x10 | usage);
    memory[1] = char(data.parts);
    memory[2] = char(data.part);
    memory.replace(3, barcode.size(), barcode);
    memory.replace(21, owner.size(), owner);
    const quint16 value = crc28560_3(memory, BasicBlock);
    memory[19] = char(value & 0xFF);
    memory[20] = char(value >> 8);
    return padTo(memory, blockCount);
}

// ---- ISO 28560-2 --------------------------------------------------------------------------------

QByteArray encodeIsil(const QString& isil)
{
    if (isil.isEmpty() || isil.size() > 16)
        return {};
    BitWriter w;
    IsilSet set = IsilSet::Upper;
    for (qsizetype i = 0; i < isil.size(); ++i) {
        const QChar c = isil[i];
        int code = isilCode(set, c);
        if (code < 0) {
            const IsilSet target = isilHome(c);
            if (isilCode(target, c) < 0)
                return {};
            const bool latch = i + 1 < isil.size() && isilCode(target, isil[i + 1]) >= 0;
            if (set == IsilSet::Numeric) {
                const bool upper = target == IsilSet::Upper;
                w.put(latch ? (upper ? NumLatchUpper : NumLatchLower) : (upper ? NumShiftUpper : NumShiftLower), 4);
            } else if (target == IsilSet::Numeric) {
                w.put(latch ? LatchNumeric : ShiftNumeric, 5);
            } else {
                w.put(latch ? LatchOther : ShiftOther, 5);
            }
            if (latch)
                set = target;
            code = isilCode(target, c);
            w.put(quint32(code), target == IsilSet::Numeric ? 4 : 5);
            continue;
        }
        w.put(quint32(code), set == IsilSet::Numeric ? 4 : 5);
    }
    return w.finish(0xFF, 8); // padded with 1 bits
}

QString decodeIsil(const QByteArray& bytes, bool* ok)
{
    static const QString upper = QStringLiteral("-ABCDEFGHIJKLMNOPQRSTUVWXYZ:");
    static const QString lower = QStringLiteral("-abcdefghijklmnopqrstuvwxyz/");
    static const QString numeric = QStringLiteral("0123456789-:");
    BitReader r(bytes);
    QString out;
    IsilSet set = IsilSet::Upper;
    bool valid = true;
    while (valid && !r.atPadding(set == IsilSet::Numeric ? 4 : 5)) {
        IsilSet use = set;
        if (set == IsilSet::Numeric) {
            const quint32 code = r.take(4);
            if (code <= 11) {
                out.append(numeric[code]);
                continue;
            }
            const IsilSet target = (code == NumLatchUpper || code == NumShiftUpper) ? IsilSet::Upper : IsilSet::Lower;
            if (code == NumLatchUpper || code == NumLatchLower) {
                set = target;
                continue;
            }
            use = target;
        } else {
            const quint32 code = r.take(5);
            if (code <= 27) {
                out.append((set == IsilSet::Upper ? upper : lower)[code]);
                continue;
            }
            const IsilSet other = set == IsilSet::Upper ? IsilSet::Lower : IsilSet::Upper;
            if (code == LatchOther || code == LatchNumeric) {
                set = code == LatchOther ? other : IsilSet::Numeric;
                continue;
            }
            use = code == ShiftOther ? other : IsilSet::Numeric;
        }
        // One shifted character.
        const int width = use == IsilSet::Numeric ? 4 : 5;
        if (r.remaining() < width) {
            valid = false;
            break;
        }
        const quint32 code = r.take(width);
        if (use == IsilSet::Numeric && code <= 11)
            out.append(numeric[code]);
        else if (use != IsilSet::Numeric && code <= 27)
            out.append((use == IsilSet::Upper ? upper : lower)[code]);
        else
            valid = false;
    }
    valid = valid && !out.isEmpty();
    if (ok)
        *ok = valid;
    return valid ? out : QString();
}

namespace {

void appendDataSet(QByteArray& out, int oid, int compaction, const QByteArray& data)
{
    if (oid < 15) {
        out.append(char((compaction << 4) | oid));
    } else {
        out.append(char((compaction << 4) | 0x0F));
        out.append(char(oid - 15));
    }
    out.append(char(data.size()));
    out.append(data);
}

} // namespace

TagData decodeIso28560_2(const QByteArray& memory)
{
    TagData data;
    data.model = TagModel::Iso28560_2;
    qsizetype at = 0;
    bool first = true;
    while (at < memory.size()) {
        const quint8 precursor = quint8(memory[at++]);
        if (precursor == 0)
            break;
        const bool hasOffset = precursor & 0x80;
        const int compaction = (precursor >> 4) & 0x07;
        int oid = precursor & 0x0F;
        if (oid == 0x0F) {
            if (at >= memory.size())
                return failed(QStringLiteral("ISO 28560-2: truncated object identifier"));
            oid = 15 + quint8(memory[at++]);
        }
        int offset = 0;
        if (hasOffset) {
            if (at >= memory.size())
                return failed(QStringLiteral("ISO 28560-2: truncated offset"));
            offset = quint8(memory[at++]);
        }
        if (at >= memory.size())
            return failed(QStringLiteral("ISO 28560-2: truncated length"));
        const int length = quint8(memory[at++]);
        if (length == 0 || at + length > memory.size())
            return failed(QStringLiteral("ISO 28560-2: data set %1 runs past the end of the tag").arg(oid));
        const QByteArray value = memory.mid(at, length);
        at += length + offset;
        if (first && oid != 1)
            return failed(QStringLiteral("ISO 28560-2: the first element is not the item identifier"));
        first = false;
        QString text;
        const bool isil = (oid == 3 || oid == 23) && compaction == ApplicationDefined;
        bool valid = true;
        if (isil)
            text = decodeIsil(value, &valid);
        else
            valid = expand(compaction, value, &text);
        if (!valid)
            return failed(QStringLiteral("ISO 28560-2: element %1 is not valid for its encoding").arg(oid));
        switch (oid) {
        case 1:
            // A one- or two-character identifier is not an item's: rather another model's bytes.
            if (text.size() < 3 || !printableAscii(text.toLatin1()))
                return failed(QStringLiteral("ISO 28560-2: the item identifier is not readable text"));
            data.barcode = text;
            break;
        case 3:
            data.ownerIsil = text;
            break;
        case 4: {
            QString digits = compaction == ApplicationDefined ? QString() : text;
            if (digits.size() % 2 == 1)
                digits.prepend(QLatin1Char('0'));
            if (!allDigits(digits) || digits.size() < 2)
                return failed(
                    QStringLiteral("ISO 28560-2: set information \"%1\" is not two numbers").arg(shortened(text)));
            // Each half read with overflow checked, the total against MaxSetParts: a tag claiming
            // more is damaged (a set of two billion parts froze the counter, listing them).
            bool partsOk = false, partOk = false;
            data.parts = digits.left(digits.size() / 2).toInt(&partsOk);
            data.part = digits.mid(digits.size() / 2).toInt(&partOk);
            if (!partOk)
                data.part = 0; // out of int's range: not possible either
            if (!partsOk || data.parts > MaxSetParts)
                return failed(QStringLiteral("ISO 28560-2: set information \"%1\" claims more than %2 parts: "
                                             "the tag is damaged")
                                  .arg(shortened(text))
                                  .arg(MaxSetParts));
            if (data.parts < 1 || data.part < 1 || data.part > data.parts)
                return failed(
                    QStringLiteral("ISO 28560-2: part %1 of %2 is not possible").arg(data.part).arg(data.parts));
            break;
        }
        case 5:
            data.usage =
                value.size() == 1 && compaction == ApplicationDefined ? quint8(value[0]) : text.toInt(nullptr, 16);
            break;
        case 6:
            data.shelfLocation = text;
            break;
        case 17:
            data.title = text;
            break;
        default:
            break; // other elements are kept on the tag, not needed at the desk
        }
    }
    if (data.barcode.isEmpty())
        return failed(QStringLiteral("ISO 28560-2: no item identifier"));
    return data;
}

QByteArray encodeIso28560_2(const TagData& data, int blockCount)
{
    if (data.barcode.isEmpty() || data.parts < 1 || data.parts > 99 || data.part < 1 || data.part > data.parts)
        return {};
    QByteArray out;
    const auto [idScheme, id] = compact(data.barcode);
    if (id.size() > 255)
        return {};
    appendDataSet(out, 1, idScheme, id);
    // Content parameter: which optional elements follow (MSB = element 3).
    QList<int> present;
    QByteArray isil;
    if (!data.ownerIsil.isEmpty()) {
        isil = encodeIsil(data.ownerIsil);
        if (isil.isEmpty())
            return {};
        present << 3;
    }
    if (data.parts > 1)
        present << 4;
    if (data.usage >= 0)
        present << 5;
    if (!data.shelfLocation.isEmpty())
        present << 6;
    if (!data.title.isEmpty())
        present << 17;
    if (!present.isEmpty()) {
        QByteArray bitmap(present.last() >= 11 ? 2 : 1, '\0');
        for (const int oid : present)
            bitmap[(oid - 3) / 8] = char(quint8(bitmap[(oid - 3) / 8]) | (0x80 >> ((oid - 3) % 8)));
        appendDataSet(out, 2, ApplicationDefined, bitmap);
    }
    if (!isil.isEmpty())
        appendDataSet(out, 3, ApplicationDefined, isil);
    if (data.parts > 1) {
        const QString set =
            QStringLiteral("%1%2").arg(data.parts, 2, 10, QLatin1Char('0')).arg(data.part, 2, 10, QLatin1Char('0'));
        const auto [scheme, bytes] = compact(set);
        appendDataSet(out, 4, scheme, bytes);
    }
    if (data.usage >= 0)
        appendDataSet(out, 5, ApplicationDefined, QByteArray(1, char(data.usage & 0xFF)));
    for (const auto& [oid, text] : {std::pair{6, data.shelfLocation}, std::pair{17, data.title}}) {
        if (text.isEmpty())
            continue;
        const auto [scheme, bytes] = compact(text);
        if (bytes.size() > 255)
            return {};
        appendDataSet(out, oid, scheme, bytes);
    }
    out.append('\0');
    return padTo(out, blockCount);
}

// ---- 3M RFID 501 --------------------------------------------------------------------------------

TagData decodeThreeM501(const QByteArray& memory)
{
    if (memory.size() < 28)
        return failed(QStringLiteral("3M: %1 bytes, the layout needs 28").arg(memory.size()));
    if (quint8(memory[0]) != 0x04 || memory[2] != '\0')
        return failed(QStringLiteral("3M: no 04 marker in block 0"));
    TagData data;
    data.model = TagModel::ThreeM501;
    data.part = quint8(memory[1]) >> 4;
    data.parts = quint8(memory[1]) & 0x0F;
    data.usage = quint8(memory[3]); // 3M's item type: 1 book, 6 CD…
    bool clean = true;
    const QByteArray barcode = paddedField(memory, 4, 16, &clean);
    if (barcode.isEmpty() || !clean || !printableAscii(barcode))
        return failed(QStringLiteral("3M: the item identifier is not readable text"));
    data.barcode = QString::fromLatin1(barcode);
    if (data.parts < 1 || data.part < 1 || data.part > data.parts)
        return failed(QStringLiteral("3M: part %1 of %2 is not possible").arg(data.part).arg(data.parts));
    return data;
}

QByteArray encodeThreeM501(const TagData& data, int blockCount)
{
    const QByteArray barcode = data.barcode.toLatin1();
    if (barcode.isEmpty() || barcode.size() > 16 || !printableAscii(barcode) || data.parts < 1 || data.parts > 15 ||
        data.part < 1 || data.part > data.parts)
        return {};
    QByteArray memory(28, '\0');
    memory[0] = 0x04;
    memory[1] = char((data.part << 4) | data.parts);
    memory[3] = char(data.usage < 0 ? 1 : data.usage & 0xFF);
    memory.replace(4, barcode.size(), barcode);
    return padTo(memory, blockCount);
}

// ---- detection ----------------------------------------------------------------------------------

QByteArray reverseBlocks(const QByteArray& memory, int blockSize)
{
    QByteArray out = memory;
    for (qsizetype b = 0; b + blockSize <= out.size(); b += blockSize)
        std::reverse(out.begin() + b, out.begin() + b + blockSize);
    return out;
}

TagData decodeTag(const QByteArray& memory, quint8 dsfid)
{
    if (memory.isEmpty())
        return failed(QStringLiteral("the tag's memory could not be read"));
    if (std::all_of(memory.cbegin(), memory.cend(), [](char c) { return c == 0; }) || threeMBlank(memory)) {
        TagData blank;
        blank.model = TagModel::Blank;
        blank.problem = QStringLiteral("blank tag");
        return blank;
    }
    QStringList problems;
    const auto attempt = [&problems](TagData data) {
        if (!data.ok())
            problems << data.problem;
        return data;
    };
    if (quint8(memory[0]) == 0x04 && memory.size() > 2 && memory[2] == '\0')
        if (TagData d = attempt(decodeThreeM501(memory)); d.ok())
            return d;
    if (dsfid == 0x06)
        if (TagData d = attempt(decodeIso28560_2(memory)); d.ok())
            return d;
    if (TagData d = attempt(decodeIso28560_3(memory)); d.ok())
        return d;
    if (TagData d = decodeIso28560_3(reverseBlocks(memory)); d.ok())
        return d;
    // DSFID 0x3E is what 28560-3 tags carry: a damaged one is not read as another model.
    if (dsfid == 0x3E || (dsfid != 0x06 && (looksLikeIso28560_3(memory) || looksLikeIso28560_3(reverseBlocks(memory)))))
        return failed(QStringLiteral("ISO 28560-3 tag with a wrong CRC: its data is damaged"));
    if (dsfid != 0x06)
        if (TagData d = attempt(decodeIso28560_2(memory)); d.ok())
            return d;
    problems.removeDuplicates();
    return failed(problems.join(QStringLiteral("; ")));
}

QByteArray encodeTag(TagModel model, const TagData& data, int blockCount)
{
    switch (model) {
    case TagModel::Iso28560_3:
        return encodeIso28560_3(data, blockCount);
    case TagModel::Iso28560_2:
        return encodeIso28560_2(data, blockCount);
    case TagModel::ThreeM501:
        return encodeThreeM501(data, blockCount);
    case TagModel::Blank:
        return QByteArray(qsizetype(blockCount) * 4, '\0');
    case TagModel::Unknown:
        break;
    }
    return {};
}

QList<SetCheck> checkSets(const QList<TagData>& tags)
{
    QMap<QString, SetCheck> sets;
    for (const TagData& tag : tags) {
        if (!tag.ok() || tag.parts <= 1 || tag.parts > MaxSetParts || tag.part < 1 || tag.part > tag.parts)
            continue;
        SetCheck& set = sets[tag.barcode];
        set.barcode = tag.barcode;
        set.parts = std::max(set.parts, tag.parts);
        if (!set.present.contains(tag.part))
            set.present << tag.part;
    }
    QList<SetCheck> out;
    for (SetCheck& set : sets) {
        std::sort(set.present.begin(), set.present.end());
        set.missingCount = set.parts - int(set.present.size());
        // Walks at most present.size() + MaxListedMissingParts numbers, whatever set.parts says.
        for (int p = 1; p <= set.parts && set.missing.size() < std::min(set.missingCount, MaxListedMissingParts); ++p)
            if (!std::binary_search(set.present.cbegin(), set.present.cend(), p))
                set.missing << p;
        out << set;
    }
    return out;
}

} // namespace comptoir::devices
