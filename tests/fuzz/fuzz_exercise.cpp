// Fuzz target: an exercise file of the guided course (formation::parseExercise), as a network or
// anyone with write access to its folder might leave it. Nothing may crash, hang or allocate beyond
// the file's bounds; what parses stays within them (hints, subjects, checks, counts, points), parses
// again to the same exercise, and its messages fill without fault.
#include "formation/Exercise.h"

#include <cstddef>
#include <cstdint>

using namespace comptoir;
using namespace comptoir::formation;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = parseExercise(bytes, QStringLiteral("fuzz"));
    if (!parsed) {
        if (parsed.error().code != QLatin1String("formation.syntax") || parsed.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const Exercise& ex = parsed.value();
    if (ex.title.isEmpty() || ex.goal.isEmpty() || ex.setup.isEmpty() || ex.checks.isEmpty())
        __builtin_trap();
    if (ex.hints.size() > MaxHints || ex.setup.size() > MaxSetupSteps || ex.checks.size() > MaxChecks)
        __builtin_trap();
    for (const SetupStep& s : ex.setup)
        if (s.count < 1 || s.count > MaxCount)
            __builtin_trap();
    for (const Check& c : ex.checks) {
        if (c.points < 1 || c.points > MaxPoints || c.message.isEmpty())
            __builtin_trap();
        const QString filled = fillMessage(c, 2, {QStringLiteral("31042000000017"), QStringLiteral("31042000000025")},
                                           QStringLiteral("31042000000017"), QStringLiteral("Centre"),
                                           QStringLiteral("1"), QStringLiteral("2"));
        // Filling never leaves a known field behind.
        if (filled.contains(QLatin1String("{n}")) || filled.contains(QLatin1String("{documents}")))
            __builtin_trap();
    }
    auto again = parseExercise(bytes, QStringLiteral("fuzz"));
    if (!again || again.value().title != ex.title || again.value().checks.size() != ex.checks.size() ||
        again.value().hints != ex.hints)
        __builtin_trap();
    return 0;
}
