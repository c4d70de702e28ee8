// Fuzz target: the SIP2 message parser, and what the client reads from a parsed answer.
#include "ils/Sip2Client.h"
#include "sip2/Sip2Message.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = comptoir::sip2::parse(bytes);
    if (!parsed)
        return 0;
    const comptoir::sip2::Message& m = parsed.value();
    if (m.fields.size() > comptoir::sip2::MaxFields)
        __builtin_trap();
    // Rebuilding what was read and reading it again must not crash either.
    const QByteArray rebuilt = comptoir::sip2::build(m.id, m.fixed, m.fields, m.sequence);
    (void)comptoir::sip2::parse(rebuilt);
    (void)comptoir::ils::CheckinOutcome::from(m);
    (void)comptoir::ils::CheckoutOutcome::from(m);
    return 0;
}
