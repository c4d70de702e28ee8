#pragma once

#include <QString>

namespace comptoir::desk {

// How much of a patron's name a slip or a screen shows (setting privacy/patronName).
enum class NameDisplay { Full, Abbreviated, CodeOnly };

NameDisplay nameDisplayFromSetting(const QString& value);

// "Dupont, Marie" → full "Marie Dupont", abbreviated "DUP… M.", code only: the pickup code.
QString displayName(const QString& surnameCommaFirstname, const QString& pickupCode, NameDisplay display);

// A pickup code staff can say aloud and find on the shelf: the last 4 digits of the card.
QString pickupCode(const QString& cardNumber);

} // namespace comptoir::desk
