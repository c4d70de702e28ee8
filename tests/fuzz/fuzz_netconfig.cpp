// Fuzz target: the network configuration file (NetworkConfig::parse), as IT or anyone with write
// access to /etc/comptoir might leave it. What parses must serialize and parse again to the same
// configuration; nothing may crash, hang or allocate beyond the file's bounds.
#include "NetworkConfig.h"

#include <cstddef>
#include <cstdint>

using namespace comptoir;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = NetworkConfig::parse(bytes);
    if (!parsed)
        return 0;
    const NetworkConfig& c = parsed.value();
    auto again = NetworkConfig::parse(c.serialize());
    if (!again)
        __builtin_trap();
    const NetworkConfig& d = again.value();
    if (d.settings != c.settings || d.sites != c.sites || d.templates != c.templates || d.locked != c.locked)
        __builtin_trap();
    return 0;
}
