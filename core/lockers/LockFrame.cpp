#include "lockers/LockFrame.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcLockers, "comptoir.core.lockers")

namespace comptoir::lockers {

namespace {

quint8 sum8(QByteArrayView bytes)
{
    quint8 s = 0;
    for (char c : bytes)
        s = quint8(s + quint8(c));
    return s;
}

quint8 xor8(QByteArrayView bytes)
{
    quint8 x = 0;
    for (char c : bytes)
        x ^= quint8(c);
    return x;
}

quint8 at(QByteArrayView bytes, qsizetype i)
{
    return quint8(bytes[i]);
}

QByteArray bytesOf(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(qsizetype(values.size()));
    for (int v : values)
        out.append(char(quint8(v)));
    return out;
}

// Kerong: the lengths of DATA (between CMD and ETX) a command may carry, shortest first.
QList<int> kerongDataLengths(quint8 command, LockFrameParser::Direction direction)
{
    using K = KerongCu16Codec;
    const bool replies = direction == LockFrameParser::Direction::Replies;
    switch (command) {
    case K::QueryStatus:
    case K::QueryAll:
        return replies ? QList<int>{4} : QList<int>{0};
    case K::Unlock:
    case K::UnlockAll:
    case K::Busy:
        // Some boards answer an unlock with its echo, others with their status.
        return replies ? QList<int>{0, 4} : QList<int>{0};
    case K::PulseTime:
        return {0, 2};
    case K::DelayedUnlock:
    case K::SetBaud:
        return replies ? QList<int>{0, 1} : QList<int>{1};
    default:
        return {};
    }
}

} // namespace

QString familyName(BoardFamily family)
{
    return family == BoardFamily::EightyA ? QStringLiteral("8a80") : QStringLiteral("kerong-cu16");
}

std::optional<BoardFamily> familyFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("kerong-cu16") || n == QLatin1String("kerong") || n == QLatin1String("cu16"))
        return BoardFamily::KerongCu16;
    if (n == QLatin1String("8a80") || n == QLatin1String("8a/80"))
        return BoardFamily::EightyA;
    return std::nullopt;
}

QString lockHex(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i)
            out += QLatin1Char(' ');
        out += QStringLiteral("%1").arg(at(bytes, i), 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

QByteArray encodeLockFrame(const LockFrame& frame)
{
    QByteArray out;
    if (frame.family == BoardFamily::KerongCu16) {
        out.append(char(KerongCu16Codec::Stx));
        out.append(char(frame.address));
        out.append(char(frame.command));
        out.append(frame.data);
        out.append(char(KerongCu16Codec::Etx));
        out.append(char(sum8(out)));
    } else {
        out.append(char(frame.start));
        out.append(char(frame.address));
        out.append(frame.data);
        out.append(char(frame.command));
        out.append(char(xor8(out)));
    }
    return out;
}

LockFrameParser::LockFrameParser(BoardFamily family, Direction direction)
    : m_family(family)
    , m_direction(direction)
{
}

void LockFrameParser::problem(Output& out, const QString& what)
{
    if (out.problems.size() < MaxLockProblemsPerFeed - 1)
        out.problems.append(what);
    else
        ++m_untold;
}

qsizetype LockFrameParser::frameAtFront(LockFrame& frame) const
{
    const QByteArrayView b(m_buffer);
    if (b.isEmpty())
        return 0;
    frame = {};
    frame.family = m_family;
    if (m_family == BoardFamily::KerongCu16) {
        if (at(b, 0) != KerongCu16Codec::Stx)
            return -1;
        if (b.size() < 3)
            return 0;
        const QList<int> lengths = kerongDataLengths(at(b, 2), m_direction);
        for (int n : lengths) {
            const qsizetype total = n + 5;
            if (b.size() < total)
                return 0; // this length or a longer one may still come
            if (at(b, n + 3) == KerongCu16Codec::Etx && at(b, n + 4) == sum8(b.first(n + 4))) {
                frame.start = KerongCu16Codec::Stx;
                frame.address = at(b, 1);
                frame.command = at(b, 2);
                frame.data = b.sliced(3, n).toByteArray();
                return total;
            }
        }
        return -1;
    }
    // 8A/80: commands are five bytes; a status reply carries two status bytes.
    const quint8 start = at(b, 0);
    if (start != EightyACodec::CommandStart && start != EightyACodec::QueryStart)
        return -1;
    const bool replies = m_direction == Direction::Replies;
    const qsizetype total = (replies && start == EightyACodec::QueryStart) ? 6 : 5;
    if (b.size() < total)
        return 0;
    const quint8 command = at(b, total - 2);
    const quint8 expected = start == EightyACodec::CommandStart ? EightyACodec::UnlockCmd : EightyACodec::QueryCmd;
    if (command != expected || at(b, total - 1) != xor8(b.first(total - 1)))
        return -1;
    frame.start = start;
    frame.address = at(b, 1);
    frame.command = command;
    frame.data = b.sliced(2, total - 4).toByteArray();
    return total;
}

LockFrameParser::Output LockFrameParser::feed(QByteArrayView bytes)
{
    Output out;
    m_untold = 0;
    // Bounded work per byte: at most one frame check per front position, each over ≤ MaxLockFrame bytes.
    qsizetype consumed = 0;
    while (consumed < bytes.size() || !m_buffer.isEmpty()) {
        // Keep at most one frame's worth of unparsed bytes: take what fits.
        const qsizetype room = MaxLockFrame - m_buffer.size();
        if (room > 0 && consumed < bytes.size()) {
            const qsizetype take = std::min(room, bytes.size() - consumed);
            m_buffer.append(bytes.sliced(consumed, take));
            consumed += take;
        }
        LockFrame frame;
        const qsizetype length = frameAtFront(frame);
        if (length > 0) {
            out.frames.append(frame);
            m_buffer.remove(0, length);
            continue;
        }
        if (length == 0) {
            if (consumed < bytes.size() && m_buffer.size() < MaxLockFrame)
                continue; // more input to add first
            if (m_buffer.size() < MaxLockFrame)
                break; // wait for the rest of the frame
            // A full buffer without a frame at its front: cannot happen (frames are shorter);
            // treated as noise.
        }
        // Noise: skip bytes up to the next possible start.
        qsizetype skip = 1;
        while (skip < m_buffer.size()) {
            const quint8 c = quint8(m_buffer[skip]);
            const bool starts = m_family == BoardFamily::KerongCu16
                                    ? c == KerongCu16Codec::Stx
                                    : (c == EightyACodec::CommandStart || c == EightyACodec::QueryStart);
            if (starts)
                break;
            ++skip;
        }
        problem(out,
                QStringLiteral("line noise: %1 byte(s) skipped (%2)").arg(skip).arg(lockHex(m_buffer.first(skip))));
        m_buffer.remove(0, skip);
    }
    if (m_untold > 0)
        out.problems.append(QStringLiteral("%1 more problem(s)").arg(m_untold));
    return out;
}

std::unique_ptr<LockCodec> LockCodec::make(BoardFamily family)
{
    if (family == BoardFamily::EightyA)
        return std::make_unique<EightyACodec>();
    return std::make_unique<KerongCu16Codec>();
}

// ---- Kerong KR-CU16

QByteArray KerongCu16Codec::queryStatus(const BoardConfig& board, int) const
{
    return encodeLockFrame({BoardFamily::KerongCu16, Stx, quint8((board.address & 0x0F) << 4), QueryStatus, {}});
}

bool KerongCu16Codec::answersQuery(const LockFrame& frame, const BoardConfig& board, int) const
{
    return frame.family == BoardFamily::KerongCu16 && (frame.command == QueryStatus || frame.command == QueryAll) &&
           frame.data.size() == 4 && (frame.address >> 4) == (board.address & 0x0F);
}

std::optional<BoardStatus> KerongCu16Codec::status(const QList<LockFrame>& replies, const BoardConfig& board) const
{
    if (replies.size() != 1 || !answersQuery(replies.first(), board))
        return std::nullopt;
    const QByteArray& d = replies.first().data;
    const int channels = validChannels(board.channels) ? board.channels : 16;
    const quint32 mask = channels >= 32 ? 0xFFFFFFFFu : ((1u << channels) - 1u);
    BoardStatus s;
    s.address = board.address;
    s.channels = channels;
    s.itemSensors = true;
    const quint32 hooks = quint32(quint8(d[0])) | (quint32(quint8(d[1])) << 8);
    s.closed = (board.inverted ? ~hooks : hooks) & mask;
    s.items = (quint32(quint8(d[2])) | (quint32(quint8(d[3])) << 8)) & mask;
    return s;
}

QByteArray KerongCu16Codec::unlock(const BoardConfig& board, int lock) const
{
    if (lock < 1 || lock > 16 || !validAddress(board.address))
        return {};
    return encodeLockFrame(
        {BoardFamily::KerongCu16, Stx, quint8(((board.address & 0x0F) << 4) | ((lock - 1) & 0x0F)), Unlock, {}});
}

QList<QByteArray> KerongCu16Codec::unlockAll(const BoardConfig& board) const
{
    return {encodeLockFrame({BoardFamily::KerongCu16, Stx, quint8((board.address & 0x0F) << 4), UnlockAll, {}})};
}

QByteArray KerongCu16Codec::queryAll(int address) const
{
    return encodeLockFrame({BoardFamily::KerongCu16, Stx, quint8(address & 0xFF), QueryAll, {}});
}

QByteArray KerongCu16Codec::setPulseTime(const BoardConfig& board, int ms) const
{
    const int units = std::clamp(ms / 10, 1, 0xFFFF);
    return encodeLockFrame({BoardFamily::KerongCu16, Stx, quint8((board.address & 0x0F) << 4), PulseTime,
                            bytesOf({(units >> 8) & 0xFF, units & 0xFF})});
}

QByteArray KerongCu16Codec::queryPulseTime(const BoardConfig& board) const
{
    return encodeLockFrame({BoardFamily::KerongCu16, Stx, quint8((board.address & 0x0F) << 4), PulseTime, {}});
}

// ---- 8A/80

QByteArray EightyACodec::queryStatus(const BoardConfig& board, int read) const
{
    return encodeLockFrame({BoardFamily::EightyA, QueryStart, quint8(board.address + read), QueryCmd, bytesOf({0})});
}

bool EightyACodec::answersQuery(const LockFrame& frame, const BoardConfig& board, int read) const
{
    return frame.family == BoardFamily::EightyA && frame.start == QueryStart && frame.command == QueryCmd &&
           frame.data.size() == 2 && frame.address == quint8(board.address + read);
}

std::optional<BoardStatus> EightyACodec::status(const QList<LockFrame>& replies, const BoardConfig& board) const
{
    const int reads = statusReads(board);
    if (replies.size() != reads)
        return std::nullopt;
    BoardStatus s;
    s.address = board.address;
    s.channels = board.channels > 12 ? 24 : 12;
    s.itemSensors = false;
    for (int r = 0; r < reads; ++r) {
        if (!answersQuery(replies[r], board, r))
            return std::nullopt;
        const QByteArray& d = replies[r].data;
        quint32 bits = (quint32(quint8(d[0])) << 8) | quint32(quint8(d[1])); // locks 9–16, then 1–8
        if (board.inverted)
            bits = ~bits;
        s.closed |= (bits & 0x0FFFu) << (12 * r);
    }
    return s;
}

QByteArray EightyACodec::unlock(const BoardConfig& board, int lock) const
{
    const int channels = board.channels > 12 ? 24 : 12;
    if (lock < 1 || lock > channels || !validAddress(board.address))
        return {};
    const int extra = (lock - 1) / 12;
    return encodeLockFrame(
        {BoardFamily::EightyA, CommandStart, quint8(board.address + extra), UnlockCmd, bytesOf({(lock - 1) % 12 + 1})});
}

QList<QByteArray> EightyACodec::unlockAll(const BoardConfig& board) const
{
    QList<QByteArray> frames;
    for (int r = 0; r < statusReads(board); ++r)
        frames.append(
            encodeLockFrame({BoardFamily::EightyA, CommandStart, quint8(board.address + r), UnlockCmd, bytesOf({0})}));
    return frames;
}

} // namespace comptoir::lockers
