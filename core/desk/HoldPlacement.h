#pragma once

#include "Result.h"

#include <QString>

#include <functional>

namespace comptoir {
class Outbox;
namespace ils {
class Sip2Client;
}
} // namespace comptoir

namespace comptoir::desk {

// A request placed for a patron on one copy, to be picked up at a site (SIP2 15, hold mode "+",
// item-level): home delivery keeps an absent patron's documents on the hold shelf this way. The
// action goes to the outbox first (kind place_hold: card, barcode, pickup), then to SIP2; offline
// it stays pending and the replay asks the copy's state (17, its hold queue) before sending it.
// done(ok, provisional, message).
void placeHold(Outbox& outbox, ils::Sip2Client& sip, const QString& workstation, const QString& staff,
               const QString& institution, const QString& card, const QString& barcode, const QString& pickup,
               std::function<void(bool ok, bool provisional, const QString& message)> done);

// The 15 request itself (the replay sends it too); done gets the ILS's refusal as an error.
void sendHold(ils::Sip2Client& sip, const QString& institution, const QString& card, const QString& barcode,
              const QString& pickup, std::function<void(Status)> done);

} // namespace comptoir::desk
