#pragma once

#include "Result.h"
#include "Verdict.h"
#include "delivery/DeliveryConfig.h"
#include "delivery/Weight.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>

#include <functional>
#include <optional>

namespace comptoir {
class Clock;
class Outbox;
namespace ils {
class KohaRestClient;
}
} // namespace comptoir

namespace comptoir::delivery {

struct FeeDue; // delivery/FeePosting.h

// One document of a delivery order (one request of the ILS).
struct DeliveryItem
{
    QString uuid, orderUuid;
    qint64 holdId = 0, biblioId = 0, itemId = 0;
    QString barcode, title, author;
    PhysicalDescription physical;
    int grams = 0; // the estimate, or what the scale said
    QString basis; // how the figure was reached ("312 p., 24 cm", "weighed")
    bool weighed = false;
    QString parcelUuid;
    int parcelNumber = 0;
    QDateTime capturedAt; // checked in at the desk: in its parcel
};

struct Parcel
{
    enum class State { Planned, Dispatched, Delivered, Absent, Refused };
    QString uuid, orderUuid;
    int number = 0; // "parcel no. 17": one sequence for the counter
    QDate round;
    int grams = 0;
    int feeCents = 0;
    State state = State::Planned;
    QDateTime dispatchedAt, outcomeAt;
    int items = 0;
    QString barcode() const { return barcodeFor(number); }
    static QString barcodeFor(int number);             // "LV000017"
    static int numberFromBarcode(const QString& code); // 0 when it is not a parcel's
    static QString stateName(State state);
};

// A patron's delivery: their requests for the delivery location in one round.
struct Order
{
    enum class State { Open, Call, Dispatched, Closed };
    QString uuid, key;
    qint64 patronId = 0;
    QString card, surname, firstname, category;
    Address address;
    QString notes;
    QDateTime orderedAt; // UTC
    QDate round;
    Eligibility eligibility;
    State state = State::Open;
    bool addressPurged = false;
    QList<DeliveryItem> items;
    QList<Parcel> parcels;
    int grams() const;
    int captured() const;
    QString patronName() const; // "DUPONT Marie"
};

// A round's manifest for the courier: one line per parcel, one barcode for the round.
struct ManifestLine
{
    int parcel = 0;
    QString barcode, patron, address, phone, notes;
    int items = 0, grams = 0;
};
struct Manifest
{
    QDate round;
    QString window;
    QString roundBarcode; // "LVT20261201"
    QList<ManifestLine> lines;
    static QString roundBarcodeFor(const QDate& round);
    static QDate roundFromBarcode(const QString& code);
};

// One parcel on the monthly bill, and the totals.
struct BillingLine
{
    qint64 patronId = 0;
    QString card, patron, address;
    QDate date;
    int parcel = 0;
    QString barcode;
    int feeCents = 0;
    Parcel::State outcome = Parcel::State::Delivered;
};
struct BillingTotal
{
    qint64 patronId = 0;
    QString card, patron;
    int parcels = 0, cents = 0;
};
struct Billing
{
    int year = 0, month = 0;
    QList<BillingLine> lines;
    QList<BillingTotal> perPatron;
    int totalCents = 0;
};

// What a scan at capture became when the item belongs to a delivery order.
struct DeliveryCapture
{
    QString orderUuid;
    int parcel = 0;
    int parcelItems = 0, parcelCaptured = 0;
    Verdict verdict;
};

// The ILS calls home delivery makes at dispatch and when a parcel comes back, as the desk makes
// them (through the outbox first, then SIP2): done(ok, provisional, message).
using CirculationDone = std::function<void(bool ok, bool provisional, const QString& message)>;
using CheckoutCall = std::function<void(const QString& card, const QString& barcode, CirculationDone done)>;
using CheckinCall = std::function<void(const QString& barcode, CirculationDone done)>;
// A request placed for the patron at this site (absent parcels kept for them on the hold shelf).
using HoldCall = std::function<void(const QString& card, const QString& barcode, CirculationDone done)>;

struct DispatchReport
{
    int parcels = 0, items = 0, provisional = 0;
    QStringList refused; // "barcode: reason"
};

struct OutcomeReport
{
    Parcel parcel;
    int items = 0, provisional = 0;
    QStringList refused;
    Verdict verdict;
};

// Home delivery at this counter. Orders are the ILS's requests whose pickup is the delivery
// location, read through REST with the patron's address (fetched for these patrons only); the
// rest is Comptoir's own: rounds by cut-off, weights, parcels, the manifest, outcomes, billing.
// Everything is kept in the outbox file (schema 7), rows with stable uuids and an append-only
// event table (`delivery_events`, no UPDATE or DELETE possible), so a network store can later
// take them as they are (issue 21). Addresses are purged after the billing month plus the
// retention (purgeAddresses). Error codes: delivery.unknown, delivery.state, delivery.weight,
// store.* (the file).
class DeliveryService : public QObject
{
    Q_OBJECT
public:
    static QStringList schema(); // the outbox's migration 7

    DeliveryService(Outbox& outbox, const Clock& clock, QObject* parent = nullptr);
    void setConfig(const DeliveryConfig& config) { m_config = config; }
    const DeliveryConfig& config() const { return m_config; }
    void setDesk(const QString& site, const QString& workstation, const QString& staff);

    // ---- Orders
    // The ILS's requests (Koha hold objects, with "patron" and optionally "item" and "biblio"
    // embedded): those for the delivery location become orders and items, grouped by
    // hold_group_id (else one order per patron and round). Returns how many orders are new.
    Result<int> importHolds(const QJsonArray& holds);
    // Reads the delivery location's requests (patron, item and biblio embedded) and the records'
    // physical descriptions (MARC-in-JSON) of the items not estimated yet, then imports them.
    void refresh(ils::KohaRestClient& rest, std::function<void(Status, int newOrders)> done);
    Status setPhysical(qint64 biblioId, const PhysicalDescription& physical);
    Result<QList<qint64>> biblioIdsWithoutPhysical();

    QDate preparingRound() const;
    Result<QList<QDate>> rounds();
    Result<QList<Order>> orders(const QDate& round);
    Result<Order> order(const QString& uuid);

    // ---- Weights and parcels
    // Splits an order into parcels under the limit (Split), or marks it to call the patron (Call).
    // Parcels already dispatched are kept; planned ones are redone, keeping their numbers.
    Result<QList<Parcel>> plan(const QString& orderUuid);
    Result<int> planRound(const QDate& round); // parcels planned
    // A weight typed at the counter (from a scale): kept for the item (by barcode) and wins over
    // the estimate from then on; the order's parcels are planned again.
    Status setWeight(const QString& itemUuid, int grams);
    // The weight remembered for an item, 0 when none.
    int rememberedWeight(const QString& barcode);

    // ---- Preparing and dispatching
    // At capture: an item the ILS sends to the delivery location (or of a delivery order) goes in
    // its parcel: "Home delivery — parcel no. 17". card/title: the ILS's answer (CY, AJ).
    // patronId/biblioId: the pick list's line for that copy, when the cache has one (offline too).
    std::optional<DeliveryCapture> capture(const QString& barcode, const QString& card = {}, const QString& title = {},
                                           qint64 patronId = 0, qint64 biblioId = 0);
    // The round's planned parcels of eligible orders: each item checked out to the patron (the
    // outbox first, then SIP2); offline they stay pending and are replayed.
    void dispatch(const QDate& round, const CheckoutCall& checkout, std::function<void(DispatchReport)> done);
    Result<Manifest> manifest(const QDate& round);

    // ---- Outcomes and billing
    enum class Outcome { Delivered, Absent, Refused };
    // A parcel scanned back (its barcode): delivered, or brought back (absent, refused) — its
    // items checked in, or kept on the hold shelf for the patron, per setting.
    void recordOutcome(const QString& parcelBarcode, Outcome outcome, const CheckinCall& checkin, const HoldCall& hold,
                       std::function<void(Result<OutcomeReport>)> done);
    Result<Parcel> parcel(const QString& barcode);
    // One line per dispatched parcel of the month (delivered and absent billed, refused not).
    Result<Billing> billing(int year, int month);

    // ---- Fees on the ILS account (delivery/FeePosting)
    // Billed parcels (delivered, absent) whose fee was not posted to the patron's account yet.
    Result<QList<FeeDue>> feesDue();
    Status recordFeePosted(const QString& parcelUuid, qint64 accountLineId, int cents, bool found);

    // ---- Privacy
    // Addresses of orders whose billing month ended more than the retention ago are erased.
    Result<int> purgeAddresses(const QDateTime& now);

    // ---- The event log (append-only)
    struct Event
    {
        qint64 seq = 0;
        QString uuid, at, entity, entityUuid, event;
        QJsonObject payload;
    };
    Result<QList<Event>> events(qint64 afterSeq = 0);

Q_SIGNALS:
    void changed();

private:
    Status event(const QString& entity, const QString& entityUuid, const QString& name, const QJsonObject& payload);
    Result<QList<Order>> loadOrders(const QString& where, const QVariantList& bindings);
    Result<QList<Parcel>> planLocked(const QString& orderUuid);
    Status estimate(DeliveryItem& item);

    Outbox& m_outbox;
    const Clock& m_clock;
    DeliveryConfig m_config;
    QString m_site, m_workstation, m_staff;
};

// Documents: the manifest and the bill as CSV (";", UTF-8 with BOM or Windows-1252) and HTML
// (printed to PDF by the desk).
QByteArray manifestCsv(const Manifest& manifest);
QString manifestHtml(const Manifest& manifest, const QString& libraryName);
QByteArray billingCsv(const Billing& billing, const QString& encoding);
QString billingHtml(const Billing& billing, const QString& libraryName);
// Windows-1252 (the billing service's older software): what has no code there becomes "?".
QByteArray toWindows1252(const QString& text);
QString fromWindows1252(const QByteArray& bytes);
QString euros(int cents); // "5,00 €"

} // namespace comptoir::delivery
