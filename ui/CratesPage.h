#pragma once

#include "SlipPdf.h"
#include "Verdict.h"
#include "crates/CrateService.h"
#include "desk/CrateSlips.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace comptoir {

class Clock;
class SlipPrinter;
namespace netstore {
class SharedCrates;
}

// Shuttle crates at this counter: open crates by destination with their counts, sealed crates
// waiting for the van, crates received today with their missing and extra items. A crate chosen
// shows its items; Seal prints its label (the manifest as QR codes); a label's QR code scanned
// opens the incoming crate for receiving, and each item scanned then is received into it.
class CratesPage : public QWidget
{
    Q_OBJECT
public:
    CratesPage(crates::CrateService& crates, const Clock& clock, QWidget* parent = nullptr);

    void setDesk(const QString& ownName, const QString& workstation);
    void setTemplates(const print::TemplateStore* templates) { m_templates = templates; }
    void setPrinter(SlipPrinter* printer) { m_printer = printer; }
    // The shuttle's routes (setting crates/routes): with several, "Shuttle departure" asks which van
    // leaves; the route sheet lists the crates in the van's order.
    void setRoutes(const crates::ShuttleRoutes& routes);
    std::function<QString(const QString&)> libraryName = [](const QString& id) { return id; };

    void reload();
    // The network store's crates of this site (netstore/SharedCrates): other desks' open crates
    // shown too, marked with the desk that opened each, filled (an item scanned while one is chosen)
    // and sealed from here; counts follow live. Unset (no store): the page works as it always did.
    void setSharedCrates(netstore::SharedCrates* shared);
    // The store unreachable: "only this desk's crates and items are shown" (else hidden).
    QLabel* sharedNote() const { return m_sharedNote; }
    // Chooses the crate with this network id (a row of the table).
    bool selectCrate(const QString& id);
    // A crate box's barcode scanned: that crate shown, or given to the open crate chosen.
    Verdict openBox(const QString& code);
    // A crate label's QR text scanned (one part of its manifest): once every part is read, the
    // crate is opened for receiving.
    Verdict openManifest(const QString& text);
    // A crate being received (opened from its label, not finished): a document scanned on this
    // page is received into it (receiveItem; *received is set: the desk then checks it in).
    bool isReceiving() const;
    Verdict receiveItem(const QString& code, bool* received);
    // Otherwise a document scanned on this page is put into the other desk's crate chosen (through
    // the network store, off this thread: done() comes later), or taken out of the open crate that
    // holds it (done() at once).
    void putOrTakeOut(const QString& code, std::function<void(const Verdict&)> done);
    qint64 receivingCrate() const { return m_receiving; }
    // "23 / 31": expected items received so far in the crate being received.
    QString receivingProgress() const;

    // Seals the chosen crate and prints its label; through the network store for a site crate (off
    // this thread, done() later; the button waits meanwhile), else at once.
    void sealSelected(std::function<void(const Result<crates::SealedCrate>&)> done = {});
    // The same, waited for in an event loop (tests, the training's scripted steps).
    Result<crates::SealedCrate> sealSelectedNow();
    Slip crateLabel(const crates::SealedCrate& crate) const;

    // Asked before "Receive all without scanning" (replaceable in tests): true to go on.
    std::function<bool(const crates::Crate& crate, int remaining)> confirmReceiveAll;
    // An item's title and home library's name, for the receipt (the desk reads the cache).
    std::function<desk::ItemLabel(const QString&)> itemLabel;
    // The chosen incoming crate received whole after the confirmation; checkInRequested carries
    // the items not scanned, for the desk to check them in.
    Result<crates::Receipt> receiveAllSelected();
    // The discrepancy receipt of a crate received (or being received): printed, or its PDF.
    Slip crateReceipt(const crates::Receipt& receipt) const;
    Result<crates::Receipt> printReceiptSelected();
    // "Shuttle departure": every open crate of the route sealed (their labels printed), then the
    // route sheet. route: a route's name (crates/Routes.h); empty: every crate (no route set).
    Result<QList<crates::SealedCrate>> departure(const QString& route = {});
    Slip routeSheet(const QList<crates::SealedCrate>& crates, const QString& route = {}) const;
    // An item's crates at this counter, newest first, in a sentence each (for the lookup page):
    // "In the crate for Bibliothèque Victor-Hugo (CENTRE-261122-4), sealed 22/11 at 14:05".
    QString historyText(const QString& barcode) const;

    QTableWidget* table() const { return m_table; }
    QListWidget* itemList() const { return m_items; }

Q_SIGNALS:
    void verdictReady(const comptoir::Verdict& verdict);
    // Items received without scanning: the desk checks them in at this site.
    void checkInRequested(const QStringList& barcodes);

private:
    void select(qint64 seq);
    void showSelected();
    void finishReceiving();
    void printSlip(const Slip& slip, const Verdict& verdict);
    // The note over the table (store unreachable, reading, asking); returns whether the store is there.
    bool showStoreNote();

    crates::CrateService& m_crates;
    const Clock& m_clock;
    const print::TemplateStore* m_templates = nullptr;
    SlipPrinter* m_printer = nullptr;
    crates::ShuttleRoutes m_routes;
    QString m_libraryName, m_workstation;
    QTableWidget* m_table;
    QListWidget* m_items;
    QLabel* m_detail;
    QPushButton* m_seal;
    int m_storeActions = 0;       // crate actions waiting for the network store
    QSet<QString> m_pendingItems; // items being put into a crate through the store
    QPushButton* m_finish;
    QPushButton* m_receiveAll;
    QPushButton* m_printReceipt;
    QPushButton* m_departure;
    QList<crates::Crate> m_rows;
    qint64 m_selected = 0;
    qint64 m_receiving = 0;
    QList<crates::ManifestPart> m_parts; // parts of the label being read
    netstore::SharedCrates* m_shared = nullptr;
    int m_itemsRead = 0; // the latest reading of a shared crate's items (earlier ones are dropped)
    QLabel* m_sharedNote = nullptr;
    // Rows of other desks' crates not adopted here have no row in the outbox: negative seq.
    bool sharedRow(qint64 seq, crates::Crate* crate = nullptr) const;
};

} // namespace comptoir
