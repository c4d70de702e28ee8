#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace comptoir::sip2 {

// Bounds on a message read from the network. SIP2 2.00 sets no length for a whole message; a
// real answer is a few hundred bytes, a patron's item lists a few kilobytes. Beyond these, parse()
// answers "sip2.malformed" (an unreadable message, as for garbage): never a list that grows.
constexpr qsizetype MaxMessageBytes = 65536; // also the longest line Sip2Client waits for
constexpr qsizetype MaxFields = 4096;        // variable fields in one message (AU/AT/AF… repeat)
constexpr qsizetype MaxFieldBytes = 4096;    // one field's value (titles, screen messages)

// One SIP2 message: the 2-character id, the fixed-length part, the variable fields in the order
// they came (ids may repeat: AF, AG, AS…), and the error-detection trailer when present.
// Reference: shared/reference/protocols.md §1.
struct Message
{
    QByteArray id;
    QByteArray fixed;
    QList<QPair<QByteArray, QByteArray>> fields;
    int sequence = -1;          // AY digit, -1 when absent
    bool hasChecksum = false;   // AZ present
    bool checksumValid = false; // AZ present and correct

    QByteArray field(const QByteArray& fieldId) const; // first occurrence, empty when absent
    QList<QByteArray> fieldAll(const QByteArray& fieldId) const;
    bool hasField(const QByteArray& fieldId) const;
};

// The 16-bit two's complement of the byte sum, as 4 uppercase hex digits.
QByteArray checksum(const QByteArray& bytes);

// Length of the fixed part after the id, for the messages we know; -1 for others.
int fixedLength(const QByteArray& id);

// Parses one message without its terminator (stray CR/LF at either end are tolerated).
// Never crashes on garbage: an error for what is not a SIP2 message, or goes beyond the bounds above.
Result<Message> parse(const QByteArray& line);

// Builds the bytes of a message (without terminator). With sequence >= 0, appends AY<seq>AZ<sum>.
QByteArray build(const QByteArray& id, const QByteArray& fixed, const QList<QPair<QByteArray, QByteArray>>& fields,
                 int sequence = -1);

// 18-character SIP2 date: YYYYMMDD, 4 spaces (local time), HHMMSS.
QByteArray dateTime(const QDateTime& time);

} // namespace comptoir::sip2
