// Fuzz target: the lock-board frame parsers (Kerong CU16 and 8A/80, replies and commands), fed
// arbitrary bytes in arbitrary chunks as a noisy RS-485 line would deliver them. Every frame they
// accept must encode back to a frame they accept again, unchanged; what they keep and the problems
// they tell stay within their bounds; a status read from any accepted frame stays within the
// board's channels.
#include "lockers/LockFrame.h"

#include <cstddef>
#include <cstdint>

using namespace comptoir::lockers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    const BoardFamily family = (data[0] & 1) ? BoardFamily::EightyA : BoardFamily::KerongCu16;
    const auto direction = (data[0] & 2) ? LockFrameParser::Direction::Commands : LockFrameParser::Direction::Replies;
    const qsizetype chunk = 1 + (data[0] >> 2); // 1…64 bytes per read
    LockFrameParser parser(family, direction);
    const auto codec = LockCodec::make(family);
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        const auto out = parser.feed(QByteArrayView(bytes).sliced(at, std::min(chunk, bytes.size() - at)));
        if (out.problems.size() > MaxLockProblemsPerFeed || parser.pending() > MaxLockFrame)
            __builtin_trap();
        for (const LockFrame& frame : out.frames) {
            const QByteArray encoded = encodeLockFrame(frame);
            if (encoded.size() > MaxLockFrame)
                __builtin_trap();
            LockFrameParser again(family, direction);
            const auto back = again.feed(encoded);
            if (back.frames.size() != 1 || !(back.frames.first() == frame) || again.pending() != 0)
                __builtin_trap();
            BoardConfig board;
            board.family = family;
            board.address = family == BoardFamily::KerongCu16 ? frame.address >> 4 : frame.address;
            board.channels = family == BoardFamily::KerongCu16 ? 16 : 12;
            board.inverted = data[0] & 4;
            if (const auto status = codec->status({frame}, board)) {
                const quint32 mask = (1u << board.channels) - 1u;
                if ((status->closed & ~mask) || (status->items & ~mask))
                    __builtin_trap();
            }
        }
    }
    return 0;
}
