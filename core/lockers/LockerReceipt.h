#pragma once

#include "desk/SlipContext.h"
#include "lockers/LockerService.h"

namespace comptoir::lockers {

// The fields of the receipt a kiosk prints when it opens a patron's doors (pickup-receipt
// template): the common fields (library, date, time), patron.name (as the privacy setting lets it
// be shown: the name the door keeps), count, doors (their labels, "3, 7") and doors.count, and
// {{#items}} of item.title, item.barcode, item.due_date (dueDate: the text for an unknown date).
print::TemplateContext kioskReceiptContext(const LockerOutcome& pickup, const desk::SlipParty& party,
                                           const QString& dueDate);

} // namespace comptoir::lockers
