#include "crates/Manifest.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace comptoir::crates {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("comptoir::crates", text);
}

Error formatError(const QString& why)
{
    return Error{ManifestFormat, tr("This is not a readable crate label (%1).").arg(why)};
}

const char* const TimeFormat = "yyyyMMdd'T'HHmmss'Z'";

bool isIdChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-';
}

bool validId(const QByteArray& id)
{
    return !id.isEmpty() && id.size() <= MaxIdLength && std::all_of(id.begin(), id.end(), isIdChar);
}

bool isBarcodeChar(char c)
{
    return c >= 0x20 && c <= 0x7e && c != '|' && c != ',';
}

bool validBarcode(const QByteArray& barcode)
{
    return !barcode.isEmpty() && barcode.size() <= MaxBarcodeLength &&
           std::all_of(barcode.begin(), barcode.end(), isBarcodeChar);
}

// A small non-negative decimal number: digits only, no sign, at most four of them.
int smallNumber(const QByteArray& text)
{
    if (text.isEmpty() || text.size() > 4)
        return -1;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

qsizetype commonPrefix(const QByteArray& a, const QByteArray& b, qsizetype limit)
{
    qsizetype n = 0;
    const qsizetype max = std::min({a.size(), b.size(), limit});
    while (n < max && a.at(n) == b.at(n))
        ++n;
    return n;
}

QByteArray checkText(const QByteArray& body)
{
    return QByteArray::number(crc32(body), 16).toUpper().rightJustified(8, '0');
}

} // namespace

bool looksLikeManifest(const QString& text)
{
    return text.startsWith(ManifestPrefix);
}

bool canCarry(const QString& barcode)
{
    const QByteArray bytes = barcode.toLatin1();
    return validBarcode(bytes) && QString::fromLatin1(bytes) == barcode;
}

quint32 crc32(const QByteArray& bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : bytes)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

Result<QStringList> encodeManifest(const Manifest& manifest, int maxPartLength)
{
    const QByteArray crate = manifest.crate.toLatin1(), from = manifest.from.toLatin1(), to = manifest.to.toLatin1();
    if (!validId(crate) || !validId(from) || !validId(to) || manifest.crate != QString::fromLatin1(crate) ||
        manifest.from != QString::fromLatin1(from) || manifest.to != QString::fromLatin1(to))
        return Error{ManifestFormat, tr("A crate or library id cannot be written on a crate label.")};
    if (!manifest.sealedAt.isValid())
        return Error{ManifestFormat, tr("The crate has no sealing time.")};
    if (manifest.items.size() > MaxItems)
        return Error{ManifestBounds, tr("A crate holds at most %1 items.").arg(MaxItems)};
    QList<QByteArray> items;
    QSet<QString> seen;
    for (const QString& item : manifest.items) {
        const QByteArray bytes = item.toLatin1();
        if (!validBarcode(bytes) || QString::fromLatin1(bytes) != item)
            return Error{ManifestFormat, tr("The barcode %1 cannot be written on a crate label.").arg(item)};
        if (seen.contains(item))
            return Error{ManifestFormat, tr("The barcode %1 is twice in the crate.").arg(item)};
        seen.insert(item);
        items.append(bytes);
    }
    const QByteArray sealed = manifest.sealedAt.toUTC().toString(QLatin1String(TimeFormat)).toLatin1();
    // The header with the widest part numbers and count, so a part never grows once numbered.
    const qsizetype header = ManifestPrefix.size() + crate.size() + 1 + from.size() + 1 + to.size() + 1 +
                             sealed.size() + 1 + 5 + 1 + 4 + 1; // "16/16|" "1000|"
    const qsizetype tail = 1 + 1 + 8;                           // '|' after the prefix, "|CRC"
    // Greedy: items go into the current part while its text stays within maxPartLength.
    QList<QList<QByteArray>> groups{{}};
    QByteArray prefix;
    qsizetype sum = 0;
    for (const QByteArray& item : items) {
        QList<QByteArray>& group = groups.last();
        const qsizetype p = group.isEmpty() ? item.size() : commonPrefix(prefix, item, prefix.size());
        const qsizetype k = group.size() + 1;
        const qsizetype length = header + p + (sum + item.size()) - k * p + (k - 1) + tail;
        if (length <= maxPartLength || group.isEmpty()) {
            if (length > maxPartLength)
                return Error{ManifestBounds,
                             tr("The barcode %1 is too long for a crate label.").arg(QString::fromLatin1(item))};
            group.append(item);
            prefix = item.left(p);
            sum += item.size();
        } else {
            groups.append({item});
            prefix = item;
            sum = item.size();
        }
    }
    if (groups.size() > MaxParts)
        return Error{ManifestBounds, tr("This crate needs more than %1 QR codes: split it.").arg(MaxParts)};
    QStringList texts;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QList<QByteArray>& group = groups.at(i);
        qsizetype p = group.isEmpty() ? 0 : group.first().size();
        for (const QByteArray& item : group)
            p = commonPrefix(group.first(), item, p);
        const QByteArray common = group.isEmpty() ? QByteArray() : group.first().left(p);
        QByteArray body = ManifestPrefix.toLatin1() + crate + '|' + from + '|' + to + '|' + sealed + '|' +
                          QByteArray::number(i + 1) + '/' + QByteArray::number(groups.size()) + '|' +
                          QByteArray::number(items.size()) + '|' + common + '|';
        for (qsizetype j = 0; j < group.size(); ++j) {
            if (j > 0)
                body += ',';
            body += group.at(j).mid(p);
        }
        body += '|' + checkText(body);
        texts.append(QString::fromLatin1(body));
    }
    return texts;
}

Result<ManifestPart> decodeManifestPart(const QByteArray& input)
{
    QByteArray text = input;
    // A scanner may end what it read with CR or LF.
    while (!text.isEmpty() && (text.endsWith('\r') || text.endsWith('\n')))
        text.chop(1);
    if (text.size() > MaxPartLength)
        return Error{ManifestBounds, tr("This crate label is too long to be one (%1 characters).").arg(text.size())};
    if (!text.startsWith(ManifestPrefix.toLatin1()))
        return formatError(tr("it does not start with %1").arg(ManifestPrefix));
    for (char c : text)
        if (c < 0x20 || c > 0x7e)
            return formatError(tr("unexpected character"));
    const qsizetype lastBar = text.lastIndexOf('|');
    const QByteArray body = text.left(lastBar);
    const QByteArray check = text.mid(lastBar + 1);
    if (check.size() != 8)
        return formatError(tr("no integrity check"));
    if (check != checkText(body))
        return Error{ManifestCheck,
                     tr("The crate label's integrity check failed: it was misread or changed. Scan it again, or "
                        "receive the crate item by item.")};
    const QList<QByteArray> fields = body.split('|');
    if (fields.size() != 9)
        return formatError(tr("%1 fields instead of 9").arg(fields.size()));
    ManifestPart part;
    const QByteArray &crate = fields.at(1), &from = fields.at(2), &to = fields.at(3);
    if (!validId(crate) || !validId(from) || !validId(to))
        return formatError(tr("bad crate or library id"));
    part.header.crate = QString::fromLatin1(crate);
    part.header.from = QString::fromLatin1(from);
    part.header.to = QString::fromLatin1(to);
    const QByteArray& sealed = fields.at(4);
    if (sealed.size() != 16)
        return formatError(tr("bad sealing time"));
    part.header.sealedAt = QDateTime::fromString(QString::fromLatin1(sealed), QLatin1String(TimeFormat));
    if (!part.header.sealedAt.isValid())
        return formatError(tr("bad sealing time"));
    part.header.sealedAt.setTimeZone(QTimeZone::utc());
    const QList<QByteArray> numbers = fields.at(5).split('/');
    if (numbers.size() != 2)
        return formatError(tr("bad part number"));
    part.part = smallNumber(numbers.at(0));
    part.parts = smallNumber(numbers.at(1));
    if (part.parts < 1 || part.parts > MaxParts || part.part < 1 || part.part > part.parts)
        return formatError(tr("bad part number"));
    part.count = smallNumber(fields.at(6));
    if (part.count < 0 || part.count > MaxItems)
        return Error{ManifestBounds, tr("A crate holds at most %1 items.").arg(MaxItems)};
    const QByteArray& prefix = fields.at(7);
    if (prefix.size() > MaxBarcodeLength || !std::all_of(prefix.begin(), prefix.end(), isBarcodeChar))
        return formatError(tr("bad barcode"));
    const QByteArray& list = fields.at(8);
    if (!list.isEmpty() || !prefix.isEmpty()) {
        for (const QByteArray& suffix : list.split(',')) {
            const QByteArray barcode = prefix + suffix;
            if (!validBarcode(barcode))
                return formatError(tr("bad barcode"));
            if (part.header.items.size() >= part.count)
                return formatError(tr("more items than the crate holds"));
            part.header.items.append(QString::fromLatin1(barcode));
        }
    }
    return part;
}

Result<Manifest> assembleManifest(const QList<ManifestPart>& parts)
{
    if (parts.isEmpty())
        return Error{ManifestParts, tr("No crate label has been read.")};
    const ManifestPart& first = parts.first();
    QList<const ManifestPart*> byNumber(first.parts, nullptr);
    for (const ManifestPart& part : parts) {
        if (part.header.crate != first.header.crate || part.header.from != first.header.from ||
            part.header.to != first.header.to || part.header.sealedAt != first.header.sealedAt ||
            part.parts != first.parts || part.count != first.count)
            return Error{ManifestParts, tr("These QR codes are from different crates.")};
        if (part.part < 1 || part.part > first.parts)
            return Error{ManifestParts, tr("These QR codes are from different crates.")};
        byNumber[part.part - 1] = &part;
    }
    QStringList missing;
    for (int i = 0; i < byNumber.size(); ++i)
        if (!byNumber.at(i))
            missing.append(QString::number(i + 1));
    if (!missing.isEmpty())
        return Error{ManifestParts, tr("Scan the label's other QR codes: part %1 of %2 is missing.")
                                        .arg(missing.join(QLatin1String(", ")))
                                        .arg(first.parts)};
    Manifest manifest = first.header;
    manifest.items.clear();
    QSet<QString> seen;
    for (const ManifestPart* part : byNumber) {
        for (const QString& item : part->header.items) {
            if (seen.contains(item))
                return Error{ManifestFormat, tr("The barcode %1 is twice in the crate.").arg(item)};
            seen.insert(item);
            manifest.items.append(item);
        }
    }
    if (manifest.items.size() != first.count)
        return Error{
            ManifestParts,
            tr("The label lists %1 items but says the crate holds %2.").arg(manifest.items.size()).arg(first.count)};
    return manifest;
}

} // namespace comptoir::crates
