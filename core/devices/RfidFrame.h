#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// Framing of the two serial RFID reader dialects (reference: protocols.md §3.1 and §3.2).
// Pure functions and a stream parser: no I/O, so they are tested with the published vectors and fuzzed.
namespace comptoir::devices {

enum class RfidDialect {
    Feig,   // FEIG OBID ISO host mode: LEN ADR CMD [STATUS] DATA CRC (0x8408, LSB first)
    ThreeM, // 3M 810 / Model 210: D6 LEN(2) CMD [STATUS] DATA CRC (0x1021, final XOR, MSB first)
};

namespace crc {
quint16 feig(QByteArrayView bytes);       // poly 0x8408 reflected, preset 0xFFFF, no final XOR
quint16 threeM(QByteArrayView bytes);     // poly 0x1021, preset 0xFFFF, final XOR 0xFFFF
quint16 ccittFalse(QByteArrayView bytes); // poly 0x1021, preset 0xFFFF, no final XOR (ISO 28560-3)
} // namespace crc

// One frame as both sides see it: a command byte, for responses a status byte, and the data.
struct RfidFrame
{
    quint8 address = 0xFF; // FEIG bus address (0xFF: any reader); unused by 3M
    quint8 command = 0;
    std::optional<quint8> status; // responses only
    QByteArray data;

    bool operator==(const RfidFrame&) const = default;
};

// The bytes of a frame. FEIG frames longer than 255 bytes use the advanced (0x02) form.
QByteArray encodeFrame(RfidDialect dialect, const RfidFrame& frame);

// Bounds on frames read from a reader: its answers are a few hundred bytes at most (28 blocks of
// a tag, an inventory of a stack). A frame announcing more is noise; a buffer that holds more
// without a frame is dropped, so what a line delivers never accumulates.
constexpr qsizetype MaxFrame = 4096;
constexpr qsizetype MaxProblemsPerFeed = 8; // told per feed; the rest counted in the last one

// Cuts a byte stream into frames. Bytes that cannot start a frame, a length out of range or a
// wrong CRC are reported as problems and skipped; the parser resynchronises on the next byte.
// Work stays linear in what is fed: each possible frame start has its CRC checked once.
class RfidFrameParser
{
public:
    RfidFrameParser(RfidDialect dialect, bool responses);

    struct Output
    {
        QList<RfidFrame> frames;
        QStringList problems; // for the diagnostic view and the status bar, in English (logged)
    };
    Output feed(const QByteArray& bytes);
    void reset()
    {
        m_buffer.clear();
        m_scanned = 0;
    }
    qsizetype pending() const { return m_buffer.size(); }

private:
    void feedChunk(QByteArrayView bytes, Output& out);
    bool tell(Output& out); // whether one more problem is told in this feed

    RfidDialect m_dialect;
    bool m_responses;
    QByteArray m_buffer;
    // The noise look-ahead found no good frame lying within the first m_scanned bytes of the
    // buffer (whose front has not moved since): those frame starts are not checked again.
    qsizetype m_scanned = 0;
    qsizetype m_untold = 0; // problems of this feed beyond MaxProblemsPerFeed
};

// Hex for logs and the diagnostic view: "D6 00 05 FE".
QString hexBytes(const QByteArray& bytes);
QByteArray fromHex(const QString& spaced);

} // namespace comptoir::devices
