#include "RfidFrame.h"

namespace comptoir::devices {

namespace crc {

quint16 feig(const QByteArray& bytes)
{
    quint16 value = 0xFFFF;
    for (const char c : bytes) {
        value ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            value = (value & 1) ? quint16((value >> 1) ^ 0x8408) : quint16(value >> 1);
    }
    return value;
}

quint16 ccittFalse(const QByteArray& bytes)
{
    quint16 value = 0xFFFF;
    for (const char c : bytes) {
        value ^= quint16(quint8(c) << 8);
        for (int bit = 0; bit < 8; ++bit)
            value = (value & 0x8000) ? quint16((value << 1) ^ 0x1021) : quint16(value << 1);
    }
    return value;
}

quint16 threeM(const QByteArray& bytes)
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

// The length of a complete frame with a good CRC starting at `at`, or 0.
qsizetype validFrameAt(RfidDialect dialect, bool responses, const QByteArray& buffer, qsizetype at)
{
    const qsizetype left = buffer.size() - at;
    const auto byte = [&](qsizetype i) { return quint8(buffer.at(at + i)); };
    if (left < 5)
        return 0;
    if (dialect == RfidDialect::Feig) {
        qsizetype total = byte(0);
        if (byte(0) == FeigAdvanced)
            total = (qsizetype(byte(1)) << 8) | byte(2);
        if (total < (responses ? 6 : 5) || total > left)
            return 0;
        const QByteArray frame = buffer.mid(at, total);
        const quint16 crc = quint16(quint8(frame.at(total - 2)) | (quint8(frame.at(total - 1)) << 8));
        return crc::feig(frame.left(total - 2)) == crc ? total : 0;
    }
    if (byte(0) != ThreeMStart && byte(0) != ThreeMProbeStart)
        return 0;
    const qsizetype total = 3 + ((qsizetype(byte(1)) << 8) | byte(2));
    if (total < 7 || total > left)
        return 0;
    const QByteArray frame = buffer.mid(at, total);
    const quint16 crc = quint16((quint8(frame.at(total - 2)) << 8) | quint8(frame.at(total - 1)));
    return crc::threeM(frame.mid(1, total - 3)) == crc ? total : 0;
}

} // namespace

RfidFrameParser::Output RfidFrameParser::feed(const QByteArray& bytes)
{
    Output out;
    m_buffer.append(bytes);
    // A noise byte read as a long length would make the parser wait for bytes that never come:
    // when a complete, valid frame starts further on, what comes before it is noise.
    if (!validFrameAt(m_dialect, m_responses, m_buffer, 0))
        for (qsizetype at = 1; at + 5 <= m_buffer.size(); ++at)
            if (validFrameAt(m_dialect, m_responses, m_buffer, at)) {
                out.problems << QStringLiteral("%1 bytes of noise skipped").arg(at);
                m_buffer.remove(0, at);
                break;
            }
    // Reader responses are a few hundred bytes at most: anything piling up is noise.
    constexpr qsizetype MaxFrame = 4096;
    while (!m_buffer.isEmpty()) {
        const auto byte = [this](qsizetype i) { return quint8(m_buffer.at(i)); };
        qsizetype total = 0;  // bytes of the whole frame
        qsizetype header = 0; // bytes before ADR/CMD
        if (m_dialect == RfidDialect::Feig) {
            if (byte(0) == FeigAdvanced) {
                if (m_buffer.size() < 3)
                    break;
                total = (qsizetype(byte(1)) << 8) | byte(2);
                header = 3;
                if (total < (m_responses ? 8 : 7) || total > MaxFrame) {
                    out.problems << QStringLiteral("bad advanced frame length %1").arg(total);
                    m_buffer.remove(0, 1);
                    continue;
                }
            } else {
                total = byte(0);
                header = 1;
                if (total < (m_responses ? 6 : 5)) {
                    out.problems << QStringLiteral("unexpected byte %1").arg(hexBytes(m_buffer.left(1)));
                    m_buffer.remove(0, 1);
                    continue;
                }
            }
            if (m_buffer.size() < total)
                break;
            const QByteArray frameBytes = m_buffer.left(total);
            const quint16 expected =
                quint16(quint8(frameBytes.at(total - 2)) | (quint8(frameBytes.at(total - 1)) << 8));
            if (crc::feig(frameBytes.left(total - 2)) != expected) {
                out.problems << QStringLiteral("wrong CRC in %1").arg(hexBytes(frameBytes));
                m_buffer.remove(0, 1);
                continue;
            }
            RfidFrame frame;
            frame.address = quint8(frameBytes.at(header));
            frame.command = quint8(frameBytes.at(header + 1));
            qsizetype dataStart = header + 2;
            if (m_responses)
                frame.status = quint8(frameBytes.at(dataStart++));
            frame.data = frameBytes.mid(dataStart, total - 2 - dataStart);
            out.frames << frame;
            m_buffer.remove(0, total);
            continue;
        }
        // 3M
        if (byte(0) != ThreeMStart && byte(0) != ThreeMProbeStart) {
            out.problems << QStringLiteral("unexpected byte %1").arg(hexBytes(m_buffer.left(1)));
            m_buffer.remove(0, 1);
            continue;
        }
        if (m_buffer.size() < 3)
            break;
        const qsizetype length = (qsizetype(byte(1)) << 8) | byte(2);
        if (length < (m_responses ? 4 : 3) || length > MaxFrame) {
            out.problems << QStringLiteral("bad frame length %1").arg(length);
            m_buffer.remove(0, 1);
            continue;
        }
        total = 3 + length;
        if (m_buffer.size() < total)
            break;
        const QByteArray frameBytes = m_buffer.left(total);
        const quint16 expected = quint16((quint8(frameBytes.at(total - 2)) << 8) | quint8(frameBytes.at(total - 1)));
        if (crc::threeM(frameBytes.mid(1, total - 3)) != expected) {
            out.problems << QStringLiteral("wrong CRC in %1").arg(hexBytes(frameBytes));
            m_buffer.remove(0, 1);
            continue;
        }
        RfidFrame frame;
        frame.command = quint8(frameBytes.at(3));
        qsizetype dataStart = 4;
        if (m_responses)
            frame.status = quint8(frameBytes.at(dataStart++));
        frame.data = frameBytes.mid(dataStart, total - 2 - dataStart);
        out.frames << frame;
        m_buffer.remove(0, total);
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
