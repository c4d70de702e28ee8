#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// What a library RFID tag says about its item, in the three data models met in libraries
// (reference: protocols.md §2): ISO 28560-3 (fixed length, "Danish"), ISO 28560-2 (object
// identifiers, ISO/IEC 15962) and 3M's proprietary "RFID 501". Decoders never trust the tag:
// every length, CRC and code is checked, and a tag that does not decode says why.
namespace comptoir::devices {

// Bounds on what a tag may claim. Every count read from a tag is checked against them, and a tag
// beyond them is a damaged tag (TagData::problem says so), never a reason to allocate or loop.
// ISO 28560-3 stores the number of parts of a set in one byte (3M 501 in a nibble): no library tag
// describes a set of more than 255 parts. ISO 28560-2 set information (a decimal string: total
// parts, then the part number) is read against the same limit.
constexpr int MaxSetParts = 255;
// Missing parts of a set are reported as a count and the first few part numbers, never listed in full.
constexpr int MaxListedMissingParts = 10;

enum class TagModel {
    Unknown, // nothing recognisable (or corrupt): see TagData::problem
    Blank,   // factory state: all 0x00 or the 3M blank pattern
    Iso28560_3,
    Iso28560_2,
    ThreeM501,
};

QString tagModelName(TagModel model);

struct TagData
{
    TagModel model = TagModel::Unknown;
    QString barcode;       // primary item identifier
    QString ownerIsil;     // "FR-751052116" as written (28560-3 stores it without the hyphen)
    int part = 1;          // ordinal part number within the set
    int parts = 1;         // number of parts of the item (1: a single piece)
    int usage = -1;        // type of usage (28560: class in the high or low nibble), -1 unknown
    QString shelfLocation; // 28560-2 only
    QString title;         // 28560-2 only (IDRABIB: French tags carry no title)
    QString problem;       // why the tag did not decode, for people (English, logged and shown)

    bool ok() const { return model != TagModel::Unknown && model != TagModel::Blank; }
    bool operator==(const TagData&) const = default;
};

// Decodes the user memory of a tag, trying each model. dsfid is a hint only (0x06: 28560-2).
// When a 28560-3 CRC fails, the per-block byte-reversed form some readers deliver is tried too.
TagData decodeTag(const QByteArray& memory, quint8 dsfid = 0);

TagData decodeIso28560_3(const QByteArray& memory);
TagData decodeIso28560_2(const QByteArray& memory);
TagData decodeThreeM501(const QByteArray& memory);

// Encoders write what the decoders read; the result is padded with zeros to blockCount × 4 bytes
// (empty when the data does not fit or cannot be encoded: too long a barcode, a bad ISIL…).
QByteArray encodeIso28560_3(const TagData& data, int blockCount = 28);
QByteArray encodeIso28560_2(const TagData& data, int blockCount = 28);
QByteArray encodeThreeM501(const TagData& data, int blockCount = 28);
QByteArray encodeTag(TagModel model, const TagData& data, int blockCount = 28);

// ISO 28560-2 ISIL compaction (mixed 5-bit/4-bit code, ISO 28560-2 Annex C).
QByteArray encodeIsil(const QString& isil);
QString decodeIsil(const QByteArray& bytes, bool* ok = nullptr);

// Reverses the bytes of each 4-byte block (FEIG readers deliver blocks that way).
QByteArray reverseBlocks(const QByteArray& memory, int blockSize = 4);

// The parts of one multi-part item seen together on the pad: how many of 1..parts are missing, and
// which ones first. Tags claiming more than MaxSetParts parts (damaged) are left out; the work done
// depends on the tags seen, never on the size a tag claims.
struct SetCheck
{
    QString barcode;
    int parts = 1;
    QList<int> present;   // part numbers on the pad, sorted, each once
    int missingCount = 0; // how many of 1..parts are not on the pad
    QList<int> missing;   // the first of them, in order: at most MaxListedMissingParts
    bool complete() const { return missingCount == 0; }
};
QList<SetCheck> checkSets(const QList<TagData>& tags);

} // namespace comptoir::devices

Q_DECLARE_METATYPE(comptoir::devices::TagData)
