#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::crates {

// A sealed crate's manifest: what the sending counter put in it. It travels as the text of one or
// several QR codes on the crate label, so the receiving counter can check the crate without any
// shared server.
//
// Text of one part (version 1), nine fields separated by '|':
//   CMP1|<crate>|<from>|<to>|<sealed>|<part>/<parts>|<count>|<prefix>|<s1>,<s2>,…|<check>
// - crate: the crate's id (one-off or instance of a reusable box), from/to: library ids,
//   1–32 characters of [A-Za-z0-9_.-];
// - sealed: UTC time, yyyyMMddThhmmssZ;
// - part/parts: this symbol's place among the label's symbols (1 ≤ part ≤ parts ≤ MaxParts); a
//   receiver reads them in any order;
// - count: items in the whole crate (all parts), 0 … MaxItems;
// - prefix: the part's items' longest common prefix, written once (may be empty); each item's
//   barcode is prefix + suffix; barcodes are 1–MaxBarcodeLength printable ASCII characters other
//   than '|' and ',';
// - check: CRC-32 (IEEE 802.3, the zlib one) of every byte before the last '|', as 8 uppercase
//   hexadecimal digits. It catches misreads and edits by hand, not forgery.
// A decoder reads bytes from a scanner: every bound is checked and every error is a value.
struct Manifest
{
    QString crate;
    QString from;
    QString to;
    QDateTime sealedAt; // UTC, seconds
    QStringList items;  // barcodes, in the order they went in
    bool operator==(const Manifest&) const = default;
};

struct ManifestPart
{
    Manifest header; // crate, from, to, sealedAt; items: this part's
    int part = 1;
    int parts = 1;
    int count = 0; // items in the whole crate
};

inline const QString ManifestPrefix = QStringLiteral("CMP1|");
constexpr int MaxItems = 1000;
constexpr int MaxParts = 16;
constexpr int MaxBarcodeLength = 64;
constexpr int MaxIdLength = 32;
// Longest part text a decoder accepts (a QR code holds 2953 bytes at most).
constexpr int MaxPartLength = 2953;
// What the encoder aims for per symbol by default: a QR code of this many bytes (version 30-ish,
// level L) still reads from an 80 mm label. With a shared prefix, a 200-item crate of 14-digit
// barcodes fits in one.
constexpr int DefaultPartLength = 1800;

// Error codes of the decoder and the encoder.
inline const QString ManifestFormat = QStringLiteral("manifest.format"); // not a manifest, bad field
inline const QString ManifestCheck = QStringLiteral("manifest.check");   // integrity check failed
inline const QString ManifestBounds = QStringLiteral("manifest.bounds"); // too long, too many
inline const QString ManifestParts = QStringLiteral("manifest.parts");   // parts missing or mixed

bool looksLikeManifest(const QString& text);
// Whether a barcode can be written in a manifest (1–64 printable ASCII characters but '|' ',').
bool canCarry(const QString& barcode);

quint32 crc32(const QByteArray& bytes);

// The label's texts, one per QR code, each at most maxPartLength bytes. Errors when a field or a
// barcode is outside the bounds (nothing is truncated).
Result<QStringList> encodeManifest(const Manifest& manifest, int maxPartLength = DefaultPartLength);

// One symbol's text.
Result<ManifestPart> decodeManifestPart(const QByteArray& text);

// The whole manifest from its parts, given in any order (a part read twice is taken once). Errors
// when a part is missing, parts are from different crates, or the count does not match.
Result<Manifest> assembleManifest(const QList<ManifestPart>& parts);

} // namespace comptoir::crates
