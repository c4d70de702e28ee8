#pragma once

#include "Result.h"
#include "delivery/DeliveryConfig.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <functional>

namespace comptoir {
class Clock;
namespace ils {
class KohaRestClient;
}
} // namespace comptoir

namespace comptoir::delivery {

// One document asked for on the phone, as the ILS knows it (GET /items?external_id=…, biblio embedded).
struct PhoneItem
{
    QString barcode;
    qint64 itemId = 0, biblioId = 0;
    QString title, author, itemType;
    QString problem; // why it cannot be ordered (unknown barcode, withdrawn, lost); empty when it can
};

// What staff read to the patron before confirming a home delivery order taken on the phone: the
// address on record and whether it is delivered, the round the order goes in (the cut-off seen
// against the clock now), the window and the fee per parcel, and the documents.
struct PhoneQuote
{
    qint64 patronId = 0;
    QString card, surname, firstname, category;
    Address address;
    Eligibility eligibility;
    QDateTime at; // when the quote was made
    QTime cutoff;
    bool beforeCutoff = true;
    int minutesToCutoff = 0; // before the cut-off: minutes left (0 after it)
    QDate round;
    QString window;
    int feeCents = 0;
    QList<PhoneItem> items;
    bool canPlace() const; // eligible, at least one document, none with a problem
    QString patronName() const;
    // One sentence for the desk: "Delivered Tuesday 24 November, 16:00–20:00 (ordered before the 13:00
    // cut-off: 19 min left). 5,00 € a parcel."
    QString roundText() const;
};

// The outcome of placing an order: one request per document, pickup at the delivery location.
struct PhonePlacement
{
    int placed = 0, provisional = 0;
    QStringList refused; // "barcode: reason"
};

// Home delivery orders taken on the phone from the lookup page: the quote (the patron's address,
// eligibility, cut-off and round, the documents found), then the requests placed through the ILS
// for the delivery location (SIP2 15 through the outbox, as the desk places requests: placeHold).
// The orders then come from the ILS like any delivery request (DeliveryService::refresh).
class PhoneOrders : public QObject
{
    Q_OBJECT
public:
    // The request placed for a patron (card) on a copy (barcode) for pickup at `pickup`.
    using PlaceHold = std::function<void(const QString& card, const QString& barcode, const QString& pickup,
                                         std::function<void(bool ok, bool provisional, const QString& message)>)>;

    PhoneOrders(ils::KohaRestClient& rest, const Clock& clock, QObject* parent = nullptr);
    void setConfig(const DeliveryConfig& config) { m_config = config; }
    void setPlaceHold(PlaceHold place) { m_place = std::move(place); }

    // The patron (GET /patrons/{id}) and each barcode (GET /items?external_id=…, biblio embedded).
    void quote(qint64 patronId, const QStringList& barcodes, std::function<void(Result<PhoneQuote>)> done);
    // The quote as it stands now (cut-off and round against the clock).
    PhoneQuote requote(PhoneQuote quote) const;
    // Places the quote's requests, one after the other; refused when the quote cannot be placed.
    void place(const PhoneQuote& quote, std::function<void(Result<PhonePlacement>)> done);

private:
    ils::KohaRestClient& m_rest;
    const Clock& m_clock;
    DeliveryConfig m_config;
    PlaceHold m_place;
};

} // namespace comptoir::delivery
