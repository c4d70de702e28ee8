// Fuzz target: the FEIG and 3M frame parsers, fed arbitrary bytes in arbitrary chunks, as a
// serial line with noise would deliver them. Every frame they accept must encode back to a frame
// they accept again, unchanged; problems told and bytes kept stay within their bounds.
#include "devices/RfidFrame.h"

#include <cstddef>
#include <cstdint>

using namespace comptoir::devices;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    const RfidDialect dialect = (data[0] & 1) ? RfidDialect::ThreeM : RfidDialect::Feig;
    const bool responses = data[0] & 2;
    const qsizetype chunk = 1 + (data[0] >> 2); // 1…64 bytes per read
    RfidFrameParser parser(dialect, responses);
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        const auto out = parser.feed(bytes.mid(at, chunk));
        if (out.problems.size() > MaxProblemsPerFeed || parser.pending() > MaxFrame)
            __builtin_trap();
        for (const RfidFrame& frame : out.frames) {
            RfidFrameParser again(dialect, responses);
            const auto back = again.feed(encodeFrame(dialect, frame));
            if (back.frames.size() != 1 || !(back.frames.first() == frame))
                __builtin_trap();
        }
    }
    return 0;
}
