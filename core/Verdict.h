#pragma once

#include <QString>

namespace comptoir {

// What the desk shows after a scan: the kind decides the banner's colour, icon and sound.
enum class VerdictKind {
    Idle,        // nothing scanned yet
    Success,     // done, nothing special
    HoldHere,    // a hold for this site: to the hold shelf
    Transit,     // a hold for another site: into that site's crate
    Bag,         // part of a click & collect order
    Reshelve,    // no request: back to the shelf
    Warning,     // needs a look (check digit, set incomplete, …)
    Error,       // refused or unreadable
    Provisional, // computed offline from the cache, to be confirmed
};

struct Verdict
{
    VerdictKind kind = VerdictKind::Idle;
    QString title;  // big text: "Hold shelf A-12", "Transit to Médiathèque Centre"
    QString detail; // smaller text under it
};

inline constexpr VerdictKind AllVerdictKinds[] = {VerdictKind::Success, VerdictKind::HoldHere,   VerdictKind::Transit,
                                                  VerdictKind::Bag,     VerdictKind::Reshelve,   VerdictKind::Warning,
                                                  VerdictKind::Error,   VerdictKind::Provisional};

} // namespace comptoir
