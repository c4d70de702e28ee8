// Fuzz target: the training library's translation of Koha q= filters into SQL (values must be
// bound, never spliced: the SQL may only name whitelisted columns).
#include "sandbox/KohaRestServer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QHash<QString, QString> columns = {{QStringLiteral("status"), QStringLiteral("status")},
                                                    {QStringLiteral("priority"), QStringLiteral("priority")},
                                                    {QStringLiteral("timestamp"), QStringLiteral("timestamp")}};
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto filter = comptoir::sandbox::translateKohaQuery(bytes, columns);
    if (filter && (filter.value().where.contains(QLatin1Char('\'')) || filter.value().where.contains(QLatin1Char(';'))))
        __builtin_trap();
    return 0;
}
