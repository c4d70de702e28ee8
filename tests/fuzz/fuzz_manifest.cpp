// Fuzz target: the crate manifest decoder (the text of a crate label's QR code, as a 2D scanner
// delivers it). What decodes must assemble, encode and decode again to the same crate.
#include "crates/Manifest.h"

#include <cstddef>
#include <cstdint>

using namespace comptoir::crates;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto part = decodeManifestPart(bytes);
    if (!part)
        return 0;
    const ManifestPart& p = part.value();
    if (p.header.items.size() > p.count || p.count > MaxItems || p.part < 1 || p.part > p.parts || p.parts > MaxParts)
        __builtin_trap();
    auto whole = assembleManifest({p});
    if (p.parts == 1 && whole) {
        auto texts = encodeManifest(whole.value());
        if (!texts)
            __builtin_trap();
        QList<ManifestPart> again;
        for (const QString& text : texts.value()) {
            auto decoded = decodeManifestPart(text.toLatin1());
            if (!decoded)
                __builtin_trap();
            again.append(decoded.value());
        }
        auto back = assembleManifest(again);
        if (!back || !(back.value() == whole.value()))
            __builtin_trap();
    }
    return 0;
}
