#pragma once

#include <QString>

namespace comptoir::desk::action {

// The kinds of outbox actions the desk writes, and their payload keys.
inline const QString Checkin = QStringLiteral("checkin");        // barcode, location[, source: "pull"]
inline const QString Checkout = QStringLiteral("checkout");      // card, barcode
inline const QString NotFound = QStringLiteral("not_found");     // barcode, reason, location
inline const QString CancelHold = QStringLiteral("cancel_hold"); // hold_id, barcode, reason
inline const QString PlaceHold = QStringLiteral("place_hold");   // card, barcode, pickup, institution (SIP2 15)

} // namespace comptoir::desk::action
