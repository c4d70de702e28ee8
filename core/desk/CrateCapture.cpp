#include "desk/CrateCapture.h"

namespace comptoir::desk {

bool placeCaptured(crates::CrateService& crates, const QString& site, const QString& barcode,
                   const QString& destinationName, CaptureResult& result)
{
    if (result.destination.isEmpty() || result.destination == site)
        return false;
    const bool transit = result.verdict.kind == VerdictKind::Transit;
    const bool probablyTransit = result.provisional && result.verdict.kind == VerdictKind::Provisional;
    if (!transit && !probablyTransit)
        return false;
    auto placed = crates.place(barcode, result.destination, destinationName);
    if (!placed) {
        result.verdict.detail += QStringLiteral(" — ") + placed.error().message;
        return false;
    }
    // Offline the kind stays Provisional (set aside until confirmed); the title names the crate.
    result.verdict.title = placed.value().verdict.title;
    if (probablyTransit)
        result.verdict.detail = placed.value().verdict.detail + QStringLiteral(" — ") + result.verdict.detail;
    return true;
}

} // namespace comptoir::desk
