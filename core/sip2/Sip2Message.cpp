#include "sip2/Sip2Message.h"

#include <QDateTime>
#include <QHash>

namespace comptoir::sip2 {

QByteArray Message::field(const QByteArray& fieldId) const
{
    for (const auto& [key, value] : fields)
        if (key == fieldId)
            return value;
    return {};
}

QList<QByteArray> Message::fieldAll(const QByteArray& fieldId) const
{
    QList<QByteArray> out;
    for (const auto& [key, value] : fields)
        if (key == fieldId)
            out << value;
    return out;
}

bool Message::hasField(const QByteArray& fieldId) const
{
    for (const auto& pair : fields)
        if (pair.first == fieldId)
            return true;
    return false;
}

QByteArray checksum(const QByteArray& bytes)
{
    quint32 sum = 0;
    for (const char c : bytes)
        sum += quint8(c);
    return QByteArray::number(quint16(-sum & 0xFFFF), 16).toUpper().rightJustified(4, '0');
}

int fixedLength(const QByteArray& id)
{
    static const QHash<QByteArray, int> lengths = {
        {"93", 2},  {"94", 1},  {"99", 8},  {"98", 34}, {"09", 37}, {"10", 22}, {"11", 38},
        {"12", 22}, {"17", 18}, {"18", 24}, {"63", 31}, {"64", 59}, {"15", 19}, {"16", 20},
        {"35", 18}, {"36", 19}, {"23", 21}, {"24", 35}, {"96", 0},  {"97", 0},
    };
    return lengths.value(id, -1);
}

Result<Message> parse(const QByteArray& input)
{
    auto bad = [](const char* why) { return Error{QStringLiteral("sip2.malformed"), QString::fromLatin1(why)}; };
    // Stray CR/LF at either end, cut in one go (not one byte at a time: a line of them is long).
    qsizetype from = 0, to = input.size();
    while (from < to && (input[from] == '\n' || input[from] == '\r'))
        ++from;
    while (to > from && (input[to - 1] == '\n' || input[to - 1] == '\r'))
        --to;
    if (to - from > MaxMessageBytes)
        return bad("longer than a SIP2 message can be");
    const QByteArray line = input.sliced(from, to - from);
    if (line.size() < 2)
        return bad("too short for a message id");
    if (!std::isdigit(quint8(line[0])) || !std::isdigit(quint8(line[1])))
        return bad("the message id is not two digits");

    Message message;
    message.id = line.left(2);
    QByteArray body = line.mid(2);

    // Error detection trailer: ...AY<d>AZ<4 hex> or ...AZ<4 hex>.
    const int az = body.size() >= 6 ? int(body.size()) - 6 : -1;
    if (az >= 0 && body.mid(az, 2) == "AZ") {
        const QByteArray hex = body.mid(az + 2, 4);
        bool isHex = true;
        const quint16 given = quint16(hex.toUInt(&isHex, 16));
        if (isHex) {
            message.hasChecksum = true;
            const QByteArray covered = line.left(2 + az + 2); // through "AZ"
            quint32 sum = 0;
            for (const char c : covered)
                sum += quint8(c);
            message.checksumValid = ((sum + given) & 0xFFFF) == 0;
            body.truncate(az);
            if (body.size() >= 3 && body.mid(body.size() - 3, 2) == "AY" && std::isdigit(quint8(body.back()))) {
                message.sequence = body.back() - '0';
                body.chop(3);
            }
        }
    }

    const int fixed = fixedLength(message.id);
    if (fixed < 0) {
        // Unknown message: keep everything as fixed data.
        message.fixed = body;
        return message;
    }
    if (body.size() < fixed)
        return bad("the fixed part is truncated");
    message.fixed = body.left(fixed);
    QByteArray rest = body.mid(fixed);
    // Variable fields: XXvalue| … the last one may lack its delimiter.
    int pos = 0;
    while (pos < rest.size()) {
        int end = int(rest.indexOf('|', pos));
        if (end < 0)
            end = int(rest.size());
        const QByteArray chunk = rest.mid(pos, end - pos);
        if (chunk.size() >= 2) {
            if (chunk.size() - 2 > MaxFieldBytes)
                return bad("a variable field is longer than a SIP2 field can be");
            if (message.fields.size() >= MaxFields)
                return bad("more variable fields than a SIP2 message can have");
            message.fields.append({chunk.left(2), chunk.mid(2)});
        } else if (!chunk.isEmpty()) {
            return bad("a variable field has no two-character id");
        }
        pos = end + 1;
    }
    return message;
}

QByteArray build(const QByteArray& id, const QByteArray& fixed, const QList<QPair<QByteArray, QByteArray>>& fields,
                 int sequence)
{
    QByteArray out = id + fixed;
    for (const auto& [key, value] : fields) {
        QByteArray clean = value;
        clean.replace('|', ' ').replace('\r', ' ').replace('\n', ' ');
        out += key + clean + '|';
    }
    if (sequence >= 0) {
        out += "AY" + QByteArray::number(sequence % 10) + "AZ";
        out += checksum(out);
    }
    return out;
}

QByteArray dateTime(const QDateTime& time)
{
    return time.toString(QStringLiteral("yyyyMMdd    HHmmss")).toLatin1();
}

} // namespace comptoir::sip2
