// Fuzz target: the CSV reader of the SIP2-only profile's queue files.
#include "sync/CsvQueueImport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto table = comptoir::sync::parseCsv(bytes);
    if (table && table.value().rows.size() != table.value().lineNumbers.size())
        __builtin_trap();
    return 0;
}
