#include "RfidFrame.h"

namespace comptoir::devices {

namespace crc {

quint16 feig(QByteArrayView bytes)
{
    quint16 value = 0xFFFF;
    for (const char c : bytes) {
        value ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            value = (value & 1) ? quint16((value >> 1) ^ 0x8408) : quint16(value >> 1);
    }
    return value;
}

quint16 ccittFalse(QByteArrayView bytes)
{
    quint16 value = 0xFFFF;
    for (const char c : bytes) {
        value ^= quint16(quint8(c) << 8);
        for (int bit = 0; bit < 8; ++bit)
            value = (value & 0x8000) ? quint16((value << 1) ^ 0x1021) : quint16(value << 1);
    }
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

// Reader responses are a few hundred bytes at most: anything longer is noise.
constexpr qsizetype MaxFrame = 4096;

// What the bytes at the start of a buffer are: a whole frame with a good CRC (its length and
// where ADR/CMD start), the start of one, or not a frame (with why).
struct FrameAt
{
    enum { Incomplete, Bad, Good } kind = Incomplete;
    qsizetype total = 0;
    qsizetype header = 0;
    QString problem;
};

FrameAt frameAt(RfidDialect dialect, bool responses, QByteArrayView bytes)
{
    const auto byte = [&bytes](qsizetype i) { return quint8(bytes[i]); };
    const auto bad = [](QString why) { return FrameAt{FrameAt::Bad, 0, 0, std::move(why)}; };
    if (bytes.isEmpty())
        return {};
    FrameAt frame{FrameAt::Good, 0, 0, {}};
    if (dialect == RfidDialect::Feig && byte(0) == FeigAdvanced) {
        if (bytes.size() < 3)
            return {};
        frame.total = (qsizetype(byte(1)) << 8) | byte(2);
        frame.header = 3;
        if (frame.total < (responses ? 8 : 7) || frame.total > MaxFrame)
            return bad(QStringLiteral("bad advanced frame length %1").arg(frame.total));
    } else if (dialect == RfidDialect::Feig) {
        frame.total = byte(0);
        frame.header = 1;
        if (frame.total < (responses ? 6 : 5))
            return bad(QStringLiteral("unexpected byte %1").arg(hexBytes(bytes.first(1).toByteArray())));
    } else {
        if (byte(0) != ThreeMStart && byte(0) != ThreeMProbeStart)
            return bad(QStringLiteral("unexpected byte %1").arg(hexBytes(bytes.first(1).toByteArray())));
        if (bytes.size() < 3)
            return {};
        const qsizetype length = (qsizetype(byte(1)) << 8) | byte(2);
        if (length < (responses ? 4 : 3) || length > MaxFrame)
            return bad(QStringLiteral("bad frame length %1").arg(length));
        frame.total = 3 + length;
        frame.header = 3;
    }
    if (bytes.size() < frame.total)
        return {};
    const qsizetype t = frame.total;
    const bool crcOk = dialect == RfidDialect::Feig
                           ? crc::feig(bytes.first(t - 2)) == quint16(byte(t - 2) | (byte(t - 1) << 8))
                           : crc::threeM(bytes.sliced(1, t - 3)) == quint16((byte(t - 2) << 8) | byte(t - 1));
    if (!crcOk)
        return bad(QStringLiteral("wrong CRC in %1").arg(hexBytes(bytes.first(t).toByteArray())));
    return frame;
}

} // namespace

RfidFrameParser::Output RfidFrameParser::feed(const QByteArray& bytes)
{
    Output out;
    m_buffer.append(bytes);
    // A noise byte read as a long length would make the parser wait for bytes that never come:
    // when a complete, valid frame starts further on, what comes before it is noise.
    if (frameAt(m_dialect, m_responses, m_buffer).kind == FrameAt::Incomplete)
        for (qsizetype at = 1; at + 5 <= m_buffer.size(); ++at)
            if (frameAt(m_dialect, m_responses, QByteArrayView(m_buffer).sliced(at)).kind == FrameAt::Good) {
                out.problems << QStringLiteral("%1 bytes of noise skipped").arg(at);
                m_buffer.remove(0, at);
                break;
            }
    while (!m_buffer.isEmpty()) {
        const FrameAt found = frameAt(m_dialect, m_responses, m_buffer);
        if (found.kind == FrameAt::Incomplete)
            break;
        if (found.kind == FrameAt::Bad) {
            out.problems << found.problem;
            m_buffer.remove(0, 1);
            continue;
        }
        RfidFrame frame;
        qsizetype at = found.header;
        if (m_dialect == RfidDialect::Feig)
            frame.address = quint8(m_buffer.at(at++));
        frame.command = quint8(m_buffer.at(at++));
        if (m_responses)
            frame.status = quint8(m_buffer.at(at++));
        frame.data = m_buffer.mid(at, found.total - 2 - at);
        out.frames << frame;
        m_buffer.remove(0, found.total);
    }
    if (m_buffer.size() > MaxFrame) {
        out.problems << QStringLiteral("%1 bytes without a frame dropped").arg(m_buffer.size());
        m_buffer.clear();
    }
    return out;
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
