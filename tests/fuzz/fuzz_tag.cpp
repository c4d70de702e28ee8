// Fuzz target: the tag data decoders (ISO 28560-3, ISO 28560-2 with its ISIL code, 3M 501) and
// model detection, on arbitrary tag memory; a tag that decodes must encode and decode the same, and
// stay within the bounds (MaxSetParts; missing parts counted, the first few listed).
#include "devices/TagData.h"

#include <cstddef>
#include <cstdint>

using namespace comptoir::devices;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray memory(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    const TagData tag = decodeTag(memory, data[0]);
    bool ok = false;
    (void)decodeIsil(memory, &ok);
    (void)decodeIso28560_2(memory);
    (void)decodeThreeM501(memory);
    // Whatever a tag claims, the set check reports a count and a short list.
    for (const SetCheck& set : checkSets({tag, tag}))
        if (set.missing.size() > MaxListedMissingParts || set.missingCount < set.missing.size())
            __builtin_trap();
    if (tag.ok()) {
        if (tag.barcode.isEmpty() || tag.part < 1 || tag.part > tag.parts || tag.parts > MaxSetParts)
            __builtin_trap();
        const QByteArray written = encodeTag(tag.model, tag, 64);
        if (!written.isEmpty()) {
            const TagData back = decodeTag(written, tag.model == TagModel::Iso28560_2 ? 0x06 : 0x00);
            if (back.barcode != tag.barcode || back.parts != tag.parts || back.part != tag.part)
                __builtin_trap();
        }
    }
    return 0;
}
