#pragma once

#include "Result.h"
#include "Verdict.h"
#include "crates/Manifest.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>

namespace comptoir {
class Clock;
class Outbox;
} // namespace comptoir

namespace comptoir::crates {

struct Crate
{
    enum class Direction { Out, In };
    enum class State { Open, Sealed, Received };
    qint64 seq = 0; // row in the outbox file
    QString id;     // in the manifest: one-off "<site>-<yyMMdd>-<n>"
    Direction direction = Direction::Out;
    QString barcode; // the reusable box's permanent barcode ("BAC-12"), when one was scanned
    QString from, destination;
    State state = State::Open;
    QDateTime openedAt, sealedAt, receivedAt;
    QDateTime departedAt; // out: left with the shuttle ("Shuttle departure"); sealed until then
    int count = 0;        // items in it now (out) or expected (in)
    // Shared between the desks of a site (netstore/SharedCrates): the desk (its network store role)
    // that opened this crate elsewhere, and that sealed it; empty: this counter.
    QString openedBy, sealedBy;
};

// A filled crate where an item just went.
struct Placement
{
    Crate crate;
    int position = 0; // nth item of the crate
    Verdict verdict;  // "Crate for <library> — item n"
};

// A crate sealed: the manifest and the label's QR texts.
struct SealedCrate
{
    Crate crate;
    Manifest manifest;
    QStringList qrTexts;
};

// A crate being received, or received: what the manifest lists and what was scanned.
struct Receipt
{
    Crate crate;
    QStringList expected;  // the manifest's items
    QStringList scanned;   // in scan order
    QStringList missing;   // expected, not scanned
    QStringList extras;    // scanned, not expected
    QStringList unscanned; // expected, received with "Receive all without scanning" (not scanned)
    int receivedExpected = 0;
};

// Where an item was in crates of this counter, newest first: for the lookup page.
struct CrateStep
{
    Crate crate;
    QString bag;            // the final destination's bag inside a crate to the hub (else empty)
    QDateTime at;           // put in (out) or scanned out of it (in)
    QDateTime removedAt;    // taken out again before sealing
    bool unscanned = false; // received with the whole crate, without a scan
};

// An item of an incoming crate that another incoming crate expects too.
struct DoubleListing
{
    QString barcode;
    Crate other;
};

// Shuttle crates at this counter: filled by destination at capture, sealed with a manifest,
// received against the manifest. Everything is written in the outbox file (WAL, synchronous=FULL)
// before the call returns, so crates and their content survive a crash like the outbox actions.
// Error codes: crate.unknown, crate.state, crate.item_elsewhere, crate.item_twice, crate.empty,
// crate.received_twice, crate.not_here, crate.unknown_site, crate.barcode, store.* (the file).
class CrateService : public QObject
{
    Q_OBJECT
public:
    CrateService(Outbox& outbox, const Clock& clock, const QString& site, const QString& staff,
                 QObject* parent = nullptr);
    void setDesk(const QString& site, const QString& staff);
    QString site() const { return m_site; }
    // The network's sites: a crate from any other is refused when receiving. Unset: any site.
    void setKnownSites(std::function<bool(const QString&)> known) { m_knownSite = std::move(known); }
    // The hub (setting crates/hub; empty: none). A destination this counter sends less than a crate
    // a day goes via the hub: into the hub's crate, in a bag for its final destination. "Less than a
    // crate a day": over the last 14 days, fewer days with a crate or a bag for it than days this
    // counter sealed any crate. With no history, every destination is direct.
    void setHub(const QString& hub) { m_hub = hub; }
    QString hub() const { return m_hub; }
    void setLibraryNames(std::function<QString(const QString&)> name) { m_name = std::move(name); }
    // The crate an item for `destination` goes into next: the destination, or the hub.
    Result<QString> nextHop(const QString& destination);

    // ---- Sending
    // The open crate for a destination (one per destination), made on demand.
    Result<Crate> openCrateFor(const QString& destination);
    // An item at capture in transit to `destination` goes into its open crate. destinationName:
    // the library's name for the verdict. Refused when the item is already in another open or
    // sealed crate of this counter (said with that crate's destination); the same item again in
    // the same crate keeps its place.
    Result<Placement> place(const QString& barcode, const QString& destination, const QString& destinationName);
    // Takes an item out of the open crate that holds it; returns that crate.
    Result<Crate> takeOut(const QString& barcode);
    // A reusable box's barcode given to an open crate (scanned while it is selected).
    Result<Crate> attachBox(qint64 seq, const QString& boxBarcode);
    // The open or sealed crate, sent or being received, that carries a box barcode now.
    Result<Crate> crateWithBox(const QString& boxBarcode);
    // Seals an open crate: no more items; the manifest is built and kept.
    Result<SealedCrate> seal(qint64 seq);
    // The manifest of a sealed crate again (to print its label twice).
    Result<SealedCrate> sealed(qint64 seq);
    // "Shuttle departure": seals every open crate that holds items (empty ones stay open); every
    // crate waiting for the van (sealed now or before) is marked departed and returned, by
    // destination. A departed crate's items and box are free again (they come back one day).
    // leaves: the destinations this van takes (a route's stops, crates/Routes.h); unset: all.
    Result<QList<SealedCrate>> departure(const std::function<bool(const QString& destination)>& leaves = {});
    // The bags inside a crate to the hub: final destination and item count, by destination.
    Result<QList<std::pair<QString, int>>> bags(qint64 seq);

    // ---- Receiving
    // Opens an incoming crate from its manifest (read from the label). Refused when the crate was
    // received already, or is for another site. Opening it again while receiving continues it.
    Result<Crate> startReceiving(const Manifest& manifest);
    // One item scanned out of the crate; returns the receipt so far (extra items are kept too).
    // The same item scanned twice in the crate is refused (it would be checked in twice).
    Result<Receipt> receiveItem(qint64 seq, const QString& barcode);
    // Ends the reception: missing and extra items are fixed in the receipt.
    Result<Receipt> finishReceiving(qint64 seq);
    // "Receive all without scanning" (after staff confirmed it): every expected item not scanned
    // yet is recorded as received unscanned (Receipt::unscanned, audit crate.receive.all), and the
    // reception ends. The desk then checks those items in.
    Result<Receipt> receiveAll(qint64 seq);
    // Items of an incoming crate that another incoming crate being received also lists.
    Result<QList<DoubleListing>> listedElsewhere(qint64 seq);
    Result<Receipt> receipt(qint64 seq);

    // ---- Queries
    Result<Crate> crate(qint64 seq);
    // A crate this counter receives (or is receiving); an error for one it sends.
    Result<Crate> incomingCrate(qint64 seq);
    Result<QList<Crate>> crates(Crate::Direction direction, Crate::State state);
    // Incoming crates received since a time (today's).
    Result<QList<Crate>> receivedSince(const QDateTime& since);
    // The items in a crate now, in the order they went in (out), or its manifest's (in).
    Result<QStringList> items(qint64 seq);
    // The item's crates at this counter, newest first.
    Result<QList<CrateStep>> history(const QString& barcode);

    // ---- Shared between the desks of a site (netstore/SharedCrates; unused without a network store)
    // The out crate with this network id at this counter (a crate of its own, or adopted).
    Result<Crate> outCrate(const QString& id);
    // Another desk's open crate of this site, made known here so that this desk fills or seals it
    // (its events go out with the crate's id). Already here: that crate. Not published itself.
    Result<Crate> adopt(const QString& id, const QString& destination, const QString& openedBy,
                        const QDateTime& openedAt);
    // An item put into that open crate (from the crates page), refused as place() refuses it.
    Result<Placement> placeInto(qint64 seq, const QString& barcode, const QString& destinationName);
    // Items other desks put into an open crate (barcode, desk), added before it is sealed here so
    // that its manifest lists every desk's items; returns how many were new here. Not published.
    Result<int> importItems(qint64 seq, const QList<std::pair<QString, QString>>& items);
    // The store says another desk sealed this crate: it leaves this desk's page (it goes with the
    // label printed there), its items free again. Not published.
    Status sealedElsewhere(qint64 seq, const QString& sealedBy, const QDateTime& sealedAt);
    // An item the store refused in a crate (sealed elsewhere first): out of it again, in no crate,
    // still at this desk. Not published.
    Status bounce(qint64 seq, const QString& barcode);

Q_SIGNALS:
    // Something was written (a crate opened, filled, sealed, received): the network store's link
    // publishes it soon.
    void changed();

private:
    // This counter's tag, drawn once and kept in its outbox (see openCrateFor).
    Result<QString> counterTag();
    Result<Crate> crateWhere(const QString& condition, const QVariantList& bindings);
    Status audit(const QString& event, qint64 seq, const QString& detail);
    // Puts an item into an out crate (in a hub's bag when bag is set), in one transaction: refused
    // when it is in another crate; in this one already, it keeps its place. position: its place
    // then, 0 when it goes in new.
    Status addItem(qint64 seq, const QString& barcode, const QString& bag, int& position);

    Outbox& m_outbox;
    const Clock& m_clock;
    QString m_site, m_staff, m_hub;
    std::function<bool(const QString&)> m_knownSite;
    std::function<QString(const QString&)> m_name = [](const QString& id) { return id; };
};

} // namespace comptoir::crates
