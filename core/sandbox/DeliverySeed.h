#pragma once

#include "Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace comptoir::sandbox {

struct GeneratorOptions;
struct GeneratorSummary;

// Home delivery in the training library, written from Koha's side (reference/ils.md, "Home
// delivery"; koha-api/definitions/patron.yaml): the delivery service is one more pickup location
// ("Livraison à domicile", like a locker bank), patrons carry Koha's address fields (street_number,
// address, address2, city, postal_code, country, phone, mobile, email), and some patrons have
// requests whose pickup is that location, several of them grouped in one order (hold_group_id).
// Records carry their physical description (UNIMARC 215 $a extent, $d dimensions, 010 $b binding),
// served as MARC-in-JSON by GET /biblios/{id} like Koha does.
namespace delivery_seed {
inline constexpr const char* LocationId = "LIVRAISON";
inline constexpr const char* LocationName = "Livraison à domicile";
// The town it serves (the central library's): eligible addresses are there.
inline constexpr const char* Town = "Villeurbanne-sur-Lys";
inline constexpr const char* TownPostalCode = "59100";
} // namespace delivery_seed

// Adds the delivery location, the patrons' addresses, the records' physical descriptions and the
// delivery requests to a file being generated (inside the generator's transaction, after its
// requests and loans: the copies chosen are available and fill nothing else). Deterministic from
// options.seed, on its own random stream, so the rest of the network is what it was without it.
Status seedDelivery(QSqlDatabase db, const GeneratorOptions& options, GeneratorSummary& summary);

} // namespace comptoir::sandbox
