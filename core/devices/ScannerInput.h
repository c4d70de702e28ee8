#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Turning what scanners send into codes: bytes from a serial scanner, key presses from a
// keyboard-wedge scanner. Pure logic fed with timestamps, so it is tested without devices or time.
namespace comptoir::devices {

// Bounds on what scanners send. Library labels are short (Codabar 14 characters, EAN-13, Code 128
// of a few dozen at most; the scan field takes 64): anything longer is line noise, a wrong suffix
// setting or a person holding a key down, never a code to wait for.
constexpr qsizetype MaxSerialCodeBytes = 256; // one serial code, prefix and AIM id included
constexpr int MaxWedgeBurstKeys = 64;         // one keyboard-wedge burst: longer is a person's
// The one long code: a crate label's QR code, whose text (one part of a crate manifest, see
// crates/Manifest.h) a 2D scanner sends through the serial line or types through the wedge. Only a
// code that starts with the manifest prefix ("CMP1|") may run past the bounds above, up to one
// manifest part (crates::MaxPartLength) plus a scanner's prefix and AIM id; anything else that long
// is still refused as noise, and so is a manifest-looking text past this bound.
constexpr qsizetype MaxManifestCodeBytes = 2953 + 16;
// Whether held text (what a scanner sent so far) is the start of a crate manifest.
bool startsLikeManifest(const QByteArray& text);
bool startsLikeManifest(const QStringList& keys);

struct ScannerFraming
{
    QByteArray prefix;           // stripped when a code starts with it (some scanners send 0x02 or an AIM id)
    QByteArray suffix = "\r";    // ends a code; CR and LF always do too
    int interCharTimeoutMs = 80; // a pause this long ends a code when the scanner sends no suffix
    bool stripCodabar = false;   // Codabar start/stop characters A–D at both ends removed
};

// Cuts a serial scanner's byte stream into codes.
class ScannerFramer
{
public:
    explicit ScannerFramer(ScannerFraming framing = {});

    struct Piece
    {
        QString code;    // the code, or empty when garbled
        QString garbled; // why the bytes are not a code (line noise, characters a barcode cannot have)
    };
    QList<Piece> feed(const QByteArray& bytes, qint64 nowMs);
    // A code left without a suffix once the scanner has been quiet for the timeout.
    QList<Piece> poll(qint64 nowMs);
    bool waiting() const { return !m_buffer.isEmpty(); }

private:
    void finish(QByteArray raw, QList<Piece>& out) const;
    // Past MaxSerialCodeBytes: whether the buffer is a crate manifest still within its bound.
    bool longCodeMayGoOn() const;

    ScannerFraming m_framing;
    QByteArray m_buffer;
    qint64 m_last = 0;
};

// "&é\"'(-è_çà" → "1234567890": what a scanner set up for a QWERTY keyboard types on a French
// AZERTY layout instead of digits. Empty when the text is not entirely made of those characters.
std::optional<QString> mapAzertyDigits(const QString& text);

// Tells a keyboard-wedge scanner from a person by timing: scanners type a burst of characters a
// few milliseconds apart and end with Enter or Tab. Keys are held back while a burst may be a scan
// and handed back (replayed) as soon as a gap shows a person typing.
class WedgeDetector
{
public:
    struct Tuning
    {
        int maxGapMs = 45; // longer between two keys: a person
        int minLength = 4; // shorter bursts are never scans
    };
    WedgeDetector()
        : m_tuning()
    {
    }
    explicit WedgeDetector(Tuning tuning)
        : m_tuning(tuning)
    {
    }

    enum class Decision {
        Hold, // keep this key back: it may be part of a scan
        Pass, // let this key through
        Scan, // the held keys were a scan (code()); swallow this terminator key
    };
    struct Outcome
    {
        QStringList replay; // held keys a person typed: give them back to the widget first
        Decision decision = Decision::Pass;
    };
    // A printable key (text), a terminator (Enter/Return/Tab: terminator = true) or another key
    // (no text: arrows, shortcuts), which ends any burst.
    Outcome key(const QString& text, bool terminator, qint64 nowMs);
    // Called when no key came for maxGapMs: the held keys to replay (a person's), if any.
    QStringList timeout(qint64 nowMs);
    // Hands back every held key now (the burst cannot be a scan any more).
    QStringList flush();
    QString code() const { return m_code; }
    bool holding() const { return !m_held.isEmpty(); }
    const Tuning& tuning() const { return m_tuning; }

private:
    Tuning m_tuning;
    QStringList m_held;
    qint64 m_last = 0;
    QString m_code;
    bool m_overlong = false; // this burst went past MaxWedgeBurstKeys: its keys pass until it ends
};

} // namespace comptoir::devices
