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
    // Where "Why?" leads when the kind's own passage is not specific enough (help::Offline, …).
    QString help;
};

// The help passages that explain a specific message and say what to do (resources/help/<lang>/).
namespace help {
inline const QString Offline = QStringLiteral("bandeau.html#hors-ligne");          // the library system does not answer
inline const QString UnreadableTag = QStringLiteral("bandeau.html#puce-illisible"); // an RFID tag that cannot be read
inline const QString UnreadableCode = QStringLiteral("bandeau.html#code-illisible"); // a scan the desk cannot read
inline const QString UnknownBarcode = QStringLiteral("bandeau.html#code-inconnu"); // a barcode the library system does not know
inline const QString CheckDigit = QStringLiteral("bandeau.html#cle-controle");     // a code held back (check digit)
inline const QString Printer = QStringLiteral("bandeau.html#imprimante");          // a slip no printer took
inline const QString Refused = QStringLiteral("bandeau.html#refus");               // the library system refused
inline const QString All[] = {Offline, UnreadableTag, UnreadableCode, UnknownBarcode, CheckDigit, Printer, Refused};
} // namespace help

inline constexpr VerdictKind AllVerdictKinds[] = {VerdictKind::Success, VerdictKind::HoldHere,   VerdictKind::Transit,
                                                  VerdictKind::Bag,     VerdictKind::Reshelve,   VerdictKind::Warning,
                                                  VerdictKind::Error,   VerdictKind::Provisional};

} // namespace comptoir
