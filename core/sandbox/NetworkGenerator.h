#pragma once

#include "Result.h"
#include "desk/ShelfLayout.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace comptoir::sandbox {

// How big a network to generate.
struct GeneratorOptions
{
    quint64 seed = 1;
    int sites = 13; // libraries; a remote locker bank is added as its own pickup location
    int items = 60000;
    int patrons = 20000;
    int holds = 6000;
    int deliveryOrders = 12; // home delivery orders (sandbox/DeliverySeed.h), on top of `holds`
    QDate today = QDate::currentDate(); // dates are relative to it; everything else depends on the seed only
};

struct GeneratorSummary
{
    int libraries = 0;
    int locations = 0;
    int biblios = 0;
    int items = 0;
    int patrons = 0;
    int holds = 0;
    int pending = 0, inTransit = 0, waiting = 0, processing = 0, expired = 0;
    int clickAndCollectOrders = 0;
    int oldHolds = 0; // filled and cancelled requests of the last 35 days (old_reserves)
    int deliveryOrders = 0, deliveryHolds = 0; // requests for home delivery, not counted in `holds`
    int transfers = 0;
    int loans = 0;
    qint64 milliseconds = 0;
};

// The training library's data, generated deterministically from a seed into its own SQLite file:
// a network shaped like a French agglomeration's (sites with shelving locations in walking order,
// grouped in zones), items with realistic French call numbers and 14-digit Codabar barcodes
// (Luhn check digit; item prefix 3, patron prefix 2), patrons, and requests in every state.
class NetworkGenerator
{
public:
    // 2: items carry their borrower and due date; 3: orders move together; 4: loans count their renewals;
    // 5: filled and cancelled requests kept (old_holds, Koha's old_reserves), cancellation columns
    // 6: home delivery (a delivery location, patron addresses, physical descriptions, delivery requests)
    static constexpr int SchemaVersion = 6;
    static constexpr quint32 ApplicationId = 0x434d5053; // "CMPS"
    // The generated history's ids start here, away from the ids new requests take (the next after
    // the current ones, as a raw INSERT in a test also takes).
    static constexpr qint64 OldHoldIds = 900000000;

    // Writes a new file at path (replacing any previous one).
    static Result<GeneratorSummary> generate(const QString& path, const GeneratorOptions& options);

    // A 14-digit library barcode: type digit (2 patron, 3 item), 4-digit institution, 8-digit
    // sequence, Luhn check digit.
    static QString barcode(int type, int institution, qint64 sequence);

    // What a generated file says of itself, read before the servers open it: its schema version
    // (-1: no file or not readable) and the day its data is relative to (invalid: unknown).
    static int fileVersion(const QString& path);
    static QDate dataDay(const QString& path);

    // The shelving location codes of a generated site, in walking order.
    static QStringList locationCodes();
};

} // namespace comptoir::sandbox
