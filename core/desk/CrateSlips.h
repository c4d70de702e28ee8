#pragma once

#include "crates/CrateService.h"
#include "crates/Routes.h"
#include "desk/SlipContext.h"

#include <functional>

namespace comptoir::desk {

// What a receipt prints for an item instead of its code: its title and its home library's name.
struct ItemLabel
{
    QString title;       // empty when the cache does not know the item
    QString homeLibrary; // the library's name
};

// The fields of a crate's discrepancy receipt (crate-receipt template): crate.* (id, from,
// sealed_date, sealed_time, received_date, received_time, expected, received, missing_count,
// extra_count, unscanned_count), and the lists {{#missing}} {{#extras}} of item.title,
// item.barcode, item.home.
print::TemplateContext crateReceiptContext(const crates::Receipt& receipt, const QString& fromName,
                                           const std::function<ItemLabel(const QString&)>& itemLabel,
                                           const SlipParty& party);

// The fields of the "Shuttle departure" route sheet (route-sheet template): count (crates), items
// (all crates), and {{#crates}} of crate.destination, crate.destination_code, crate.id, crate.count,
// crate.bags (the bags inside a crate to the hub, "Giono 3, Hugo 2"), and route (its name, empty
// for the default route). The crates come in the van's order: the route's stops in their order
// (crates/Routes.h), then the other destinations by name (with no route set: all by name).
print::TemplateContext routeSheetContext(const QList<crates::SealedCrate>& crates,
                                         const QList<QList<std::pair<QString, int>>>& bags,
                                         const std::function<QString(const QString&)>& libraryName,
                                         const SlipParty& party, const crates::ShuttleRoutes& routes = {},
                                         const QString& route = {});

} // namespace comptoir::desk
