#pragma once

#include "crates/CrateService.h"
#include "desk/CaptureService.h"
#include "desk/Privacy.h"
#include "print/Template.h"

#include <QDateTime>

namespace comptoir::desk {

// Where the item of a slip stands for the patron; fills {{patron.*}} and {{item.*}}.
struct SlipParty
{
    QString libraryName, workstation;
    NameDisplay display = NameDisplay::Abbreviated;
    QDateTime now;
};

// The fields of a capture's slip (hold or transit template): who, what, where to, until when.
print::TemplateContext captureSlipContext(const CaptureResult& result, const QString& barcode,
                                          const QString& destinationName, const SlipParty& party);

// The fields of a sealed crate's label: crate.*, and one {{#qr}} entry per QR code of the manifest.
print::TemplateContext crateLabelContext(const crates::SealedCrate& crate, const QString& fromName,
                                         const QString& destinationName, const SlipParty& party);

// The common fields: library.name, date, time, workstation.
print::TemplateContext baseSlipContext(const SlipParty& party);

// A hold-shelf position: the first three letters of the surname, or the pickup code when names
// are not shown at all.
QString shelfPosition(const QString& surnameCommaFirstname, const QString& pickupCode, NameDisplay display);

} // namespace comptoir::desk
