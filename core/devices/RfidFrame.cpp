#include "devices/RfidFrame.h"

#include <array>

namespace comptoir::devices {

namespace crc {

namespace {

// One table lookup per byte (every possible frame start of a noisy line has its CRC checked).
constexpr std::array<quint16, 256> reflectedTable(quint16 poly)
{
    std::array<quint16, 256> table{};
    for (int i = 0; i < 256; ++i) {
        quint16 value = quint16(i);
        for (int bit = 0; bit < 8; ++bit)
            value = (value & 1) ? quint16((value >> 1) ^ poly) : quint16(value >> 1);
        table[i] = value;
    }
    return table;
}

constexpr std::array<quint16, 256> msbFirstTable(quint16 poly)
{
    std::array<quint16, 256> table{};
    for (int i = 0; i < 256; ++i) {
        quint16 value = quint16(i << 8);
        for (int bit = 0; bit < 8; ++bit)
            value = (value & 0x8000) ? quint16((value << 1) ^ poly) : quint16(value << 1);
        table[i] = value;
    }
    return table;
}

constexpr auto FeigTable = reflectedTable(0x8408);
constexpr auto CcittTable = msbFirstTable(0x1021);

} // namespace

quint16 feig(QByteArrayView bytes)
{
    quint16 value = 0xFFFF;
    for (const char c : bytes)
        value = quint16((value >> 8) ^ FeigTable[(value ^ quint8(c)) & 0xFF]);
    return value;
}

quint16 ccittFalse(QByteArrayView bytes)
{
    quint16 value = 0xFFFF;
    for (const char c : bytes)
        value = quint16((value << 8) ^ CcittTable[((value >> 8) ^ quint8(c)) & 0xFF]);
    return value;
}

quint16 threeM(QByteArrayView bytes)
{
    return quint16(ccittFalse(bytes) ^ 0xFFFF);
}

} // namespace crc

namespace {

constexpr quint8 FeigAdvanced = 0x02;
constexpr quint8 ThreeMStart = 0xD6;
constexpr quint8 ThreeMProbeStart = 0xD5; // the reader-version probe of Biblio::RFID

QByteArray body(const RfidFrame& frame)
{
    QByteArray bytes;
    bytes.append(char(frame.command));
    if (frame.status)
        bytes.append(char(*frame.status));
    bytes.append(frame.data);
    return bytes;
}

} // namespace

QByteArray encodeFrame(RfidDialect dialect, const RfidFrame& frame)
{
    QByteArray out;
    if (dialect == RfidDialect::Feig) {
        const QByteArray rest = body(frame);
        const qsizetype standard = 4 + rest.size();
        if (standard <= 255) {
            out.append(char(standard));
        } else {
            const qsizetype advanced = 6 + rest.size();
            out.append(char(FeigAdvanced));
            out.append(char((advanced >> 8) & 0xFF));
            out.append(char(advanced & 0xFF));
        }
        out.append(char(frame.address));
        out.append(rest);
        const quint16 value = crc::feig(out);
        out.append(char(value & 0xFF));
        out.append(char(value >> 8));
        return out;
    }
    const QByteArray rest = body(frame);
    const qsizetype length = rest.size() + 2;
    QByteArray covered;
    covered.append(char((length >> 8) & 0xFF));
    covered.append(char(length & 0xFF));
    covered.append(rest);
    const quint16 value = crc::threeM(covered);
    out.append(char(ThreeMStart));
    out.append(covered);
    out.append(char(value >> 8));
    out.append(char(value & 0xFF));
    return out;
}

RfidFrameParser::RfidFrameParser(RfidDialect dialect, bool responses)
    : m_dialect(dialect)
    , m_responses(responses)
{
}

namespace {

// What the bytes at the start of a buffer are: a whole frame with a good CRC (its length and
// where ADR/CMD start), the start of one, or not a frame (with why).
struct FrameAt
{
    enum { Incomplete, Bad, Good } kind = Incomplete;
    qsizetype total = 0;
    qsizetype header = 0;
    // Bad: why. The message is built only when it is told (a flood of noise has one per byte).
    enum { NoProblem, BadAdvancedLength, UnexpectedByte, BadLength, WrongCrc } why = NoProblem;
};

FrameAt bad(decltype(FrameAt::why) why, qsizetype total = 0)
{
    return FrameAt{FrameAt::Bad, total, 0, why};
}

// The length the bytes at the start of a buffer announce (kind Good: total and header set, the
// CRC not checked yet), or that they cannot start a frame, or that more bytes are needed to tell.
FrameAt frameHeader(RfidDialect dialect, bool responses, QByteArrayView bytes)
{
    const auto byte = [&bytes](qsizetype i) { return quint8(bytes[i]); };
    if (bytes.isEmpty())
        return {};
    FrameAt frame{FrameAt::Good, 0, 0, FrameAt::NoProblem};
    if (dialect == RfidDialect::Feig && byte(0) == FeigAdvanced) {
        if (bytes.size() < 3)
            return {};
        frame.total = (qsizetype(byte(1)) << 8) | byte(2);
        frame.header = 3;
        if (frame.total < (responses ? 8 : 7) || frame.total > MaxFrame)
            return bad(FrameAt::BadAdvancedLength, frame.total);
    } else if (dialect == RfidDialect::Feig) {
        frame.total = byte(0);
        frame.header = 1;
        if (frame.total < (responses ? 6 : 5))
            return bad(FrameAt::UnexpectedByte);
    } else {
        if (byte(0) != ThreeMStart && byte(0) != ThreeMProbeStart)
            return bad(FrameAt::UnexpectedByte);
        if (bytes.size() < 3)
            return {};
        const qsizetype length = (qsizetype(byte(1)) << 8) | byte(2);
        if (length < (responses ? 4 : 3) || 3 + length > MaxFrame)
            return bad(FrameAt::BadLength, 3 + length);
        frame.total = 3 + length;
        frame.header = 3;
    }
    return frame;
}

FrameAt frameAt(RfidDialect dialect, bool responses, QByteArrayView bytes)
{
    const auto byte = [&bytes](qsizetype i) { return quint8(bytes[i]); };
    const FrameAt frame = frameHeader(dialect, responses, bytes);
    if (frame.kind != FrameAt::Good || bytes.size() < frame.total)
        return frame.kind == FrameAt::Good ? FrameAt{} : frame;
    const qsizetype t = frame.total;
    const bool crcOk = dialect == RfidDialect::Feig
                           ? crc::feig(bytes.first(t - 2)) == quint16(byte(t - 2) | (byte(t - 1) << 8))
                           : crc::threeM(bytes.sliced(1, t - 3)) == quint16((byte(t - 2) << 8) | byte(t - 1));
    if (!crcOk)
        return bad(FrameAt::WrongCrc, t);
    return frame;
}

// Why the bytes at the start of a buffer are not a frame, for people.
QString describe(const FrameAt& frame, QByteArrayView bytes)
{
    constexpr qsizetype Shown = 16; // bytes of a frame quoted
    switch (frame.why) {
    case FrameAt::BadAdvancedLength:
        return QStringLiteral("bad advanced frame length %1").arg(frame.total);
    case FrameAt::UnexpectedByte:
        return QStringLiteral("unexpected byte %1").arg(hexBytes(bytes.first(1).toByteArray()));
    case FrameAt::BadLength:
        return QStringLiteral("bad frame length %1").arg(frame.total - 3);
    case FrameAt::WrongCrc:
        return QStringLiteral("wrong CRC in %1%2")
            .arg(hexBytes(bytes.first(std::min(frame.total, Shown)).toByteArray()),
                 frame.total > Shown ? QStringLiteral(" …") : QString());
    case FrameAt::NoProblem:
        break;
    }
    return {};
}

} // namespace

RfidFrameParser::Output RfidFrameParser::feed(const QByteArray& bytes)
{
    Output out;
    // In pieces of at most MaxFrame bytes, so the buffer never holds more than twice that.
    for (qsizetype at = 0; at < bytes.size(); at += MaxFrame)
        feedChunk(QByteArrayView(bytes).sliced(at, std::min(MaxFrame, bytes.size() - at)), out);
    if (m_untold > 0)
        out.problems << QStringLiteral("%1 more problems").arg(m_untold);
    m_untold = 0;
    return out;
}

bool RfidFrameParser::tell(Output& out)
{
    // Every noise byte is a problem: the first few are told, then how many more.
    if (out.problems.size() < MaxProblemsPerFeed - 1)
        return true;
    ++m_untold;
    return false;
}

void RfidFrameParser::feedChunk(QByteArrayView bytes, Output& out)
{
    m_buffer.append(bytes);
    const QByteArrayView buffer(m_buffer);
    qsizetype pos = 0; // bytes of the buffer used up; removed once, at the end
    // A noise byte read as a long length would make the parser wait for bytes that never come:
    // when a complete, valid frame starts further on, what comes before it is noise.
    if (frameAt(m_dialect, m_responses, buffer).kind == FrameAt::Incomplete) {
        qsizetype found = 0;
        for (qsizetype at = 1; at + 5 <= buffer.size() && found == 0; ++at) {
            const QByteArrayView rest = buffer.sliced(at);
            if (at < m_scanned) {
                const FrameAt head = frameHeader(m_dialect, m_responses, rest);
                if (head.kind == FrameAt::Bad || (head.kind == FrameAt::Good && at + head.total <= m_scanned))
                    continue; // looked at by an earlier feed: not a good frame
            }
            if (frameAt(m_dialect, m_responses, rest).kind == FrameAt::Good)
                found = at;
        }
        if (found > 0) {
            if (tell(out))
                out.problems << QStringLiteral("%1 bytes of noise skipped").arg(found);
            pos = found;
        } else {
            m_scanned = buffer.size();
        }
    }
    while (pos < buffer.size()) {
        const QByteArrayView rest = buffer.sliced(pos);
        const FrameAt found = frameAt(m_dialect, m_responses, rest);
        if (found.kind == FrameAt::Incomplete)
            break;
        if (found.kind == FrameAt::Bad) {
            if (tell(out))
                out.problems << describe(found, rest);
            ++pos;
            continue;
        }
        RfidFrame frame;
        qsizetype at = found.header;
        if (m_dialect == RfidDialect::Feig)
            frame.address = quint8(rest[at++]);
        frame.command = quint8(rest[at++]);
        if (m_responses)
            frame.status = quint8(rest[at++]);
        frame.data = rest.sliced(at, found.total - 2 - at).toByteArray();
        out.frames << frame;
        pos += found.total;
    }
    if (pos > 0) {
        m_buffer.remove(0, pos);
        m_scanned = 0;
    }
    if (m_buffer.size() > MaxFrame) {
        if (tell(out))
            out.problems << QStringLiteral("%1 bytes without a frame dropped").arg(m_buffer.size());
        reset();
    }
}

QString hexBytes(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

QByteArray fromHex(const QString& spaced)
{
    return QByteArray::fromHex(spaced.toLatin1());
}

} // namespace comptoir::devices
