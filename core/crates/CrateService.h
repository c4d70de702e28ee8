#pragma once

#include "Result.h"
#include "Verdict.h"
#include "crates/Manifest.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

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
    int count = 0; // items in it now (out) or expected (in)
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
    QStringList expected; // the manifest's items
    QStringList scanned;  // in scan order
    QStringList missing;  // expected, not scanned
    QStringList extras;   // scanned, not expected
    int receivedExpected = 0;
};

// Shuttle crates at this counter: filled by destination at capture, sealed with a manifest,
// received against the manifest. Everything is written in the outbox file (WAL, synchronous=FULL)
// before the call returns, so crates and their content survive a crash like the outbox actions.
// Error codes: crate.unknown, crate.state, crate.item_elsewhere, crate.item_twice, crate.empty,
// crate.received_twice, crate.not_here, crate.barcode, store.* (the file).
class CrateService : public QObject
{
    Q_OBJECT
public:
    CrateService(Outbox& outbox, const Clock& clock, const QString& site, const QString& staff,
                 QObject* parent = nullptr);
    void setDesk(const QString& site, const QString& staff);
    QString site() const { return m_site; }

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

    // ---- Receiving
    // Opens an incoming crate from its manifest (read from the label). Refused when the crate was
    // received already, or is for another site. Opening it again while receiving continues it.
    Result<Crate> startReceiving(const Manifest& manifest);
    // One item scanned out of the crate; returns the receipt so far (extra items are kept too).
    // The same item scanned twice in the crate is refused (it would be checked in twice).
    Result<Receipt> receiveItem(qint64 seq, const QString& barcode);
    // Ends the reception: missing and extra items are fixed in the receipt.
    Result<Receipt> finishReceiving(qint64 seq);
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

private:
    Result<Crate> crateWhere(const QString& condition, const QVariantList& bindings);
    Status audit(const QString& event, qint64 seq, const QString& detail);

    Outbox& m_outbox;
    const Clock& m_clock;
    QString m_site, m_staff;
};

} // namespace comptoir::crates
