// Fuzz target: slip templates the library edits by hand — the template language, the checks, the
// slip markup and its ESC/POS output.
#include "print/SlipMarkup.h"
#include "print/Template.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace comptoir::print;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    TemplateContext context;
    context.values.insert(QStringLiteral("item.title"), QStringLiteral("Le Petit Prince"));
    TemplateContext line;
    line.values.insert(QStringLiteral("line.call_number"), QStringLiteral("R SAI"));
    context.lists.insert(QStringLiteral("items"), {line, line});
    context.lists.insert(QStringLiteral("items"), {line});
    const QString filled = renderTemplate(text, context, size % 2 ? Escape::Html : Escape::None);
    checkTemplate(text, {QStringLiteral("item.title")}, {QStringLiteral("items")});
    const QByteArray bytes = slipToEscPos(parseSlip(filled));
    if (!bytes.startsWith("\x1b@"))
        __builtin_trap();
    return 0;
}
