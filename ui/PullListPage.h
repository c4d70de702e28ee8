#pragma once

#include "desk/CaptureService.h"
#include "desk/PullList.h"
#include "devices/BarcodeRules.h"
#include "print/TemplateStore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace comptoir::netstore {
class PullCoordination;
}

namespace comptoir {

class CacheStore;
class Outbox;

// The pull run: the site's pick list in walking order, grouped by zone, filtered by zone and kind
// (request, click & collect). Scanning a listed item marks it found; "Not
// found…" records the reason in the outbox (for the ILS where it can take it, always for the
// report); progress "12 / 48"; print preview, printer or PDF.
class PullListPage : public QWidget
{
    Q_OBJECT
public:
    enum class State { ToPull, Found, NotFound };
    PullListPage(CacheStore& cache, Outbox& outbox, QWidget* parent = nullptr);

    void setDesk(const QString& site, const QString& workstation, const QString& staff);
    void setShelfLayout(const desk::ShelfLayout& layout) { m_layout = layout; }
    const desk::ShelfLayout& shelfLayout() const { return m_layout; }
    const desk::PullList& lines() const { return m_lines; }
    void setTemplates(const print::TemplateStore* templates) { m_templates = templates; }
    void reload();

    // A scan while pulling: true when the item is on the list (it is then marked found).
    bool markFound(const QString& barcode);
    // A scan while pulling: marks the line found and checks the item in at once (the capture's
    // check-in, through the outbox and the ILS), so it is scanned once; checkedIn() gives its
    // destination. False when the item is not on the list (nothing is checked in).
    bool pull(const QString& barcode);
    using Checkin = std::function<void(const QString& barcode, std::function<void(desk::CaptureResult)> done)>;
    Checkin checkin; // the capture service's check-in; none: lines are only marked
    // The destination a pulled item got, when it was checked in here.
    Verdict verdictOf(const QString& barcode) const { return m_verdicts.value(barcode); }
    // Why a scanned code is not taken, in words: a wrong check digit, a card or label, or an item
    // that is not on the list.
    QString whyNotListed(const QString& code) const;
    void setBarcodeRules(const devices::BarcodeRules& rules) { m_rules = rules; }
    // Names staff read: libraries (from the cache) and shelving locations (from the shelf layout).
    std::function<QString(const QString& libraryId)> libraryName = [](const QString& id) { return id; };
    // Home delivery's pickup location: its lines are their own kind ("Home delivery").
    void setDeliveryLocation(const QString& location);
    // The network store's coordination between desks (netstore/NetworkStoreLink.h): lines pulled or
    // claimed at another desk leave this list; a run claims its lines. Null (no store): as before.
    void setPullCoordination(netstore::PullCoordination* coordination);
    // What the list waits for from the network store, or why it goes on without it (the
    // coordination's note; the link says when it changes): shown above the list, hidden when empty.
    void showCoordinationNote();
    QLabel* coordinationNote() const { return m_coordinationNote; }
    // The line of this barcode was pulled or claimed at another desk (by: that desk).
    bool takenElsewhere(const QString& barcode, QString* by = nullptr) const;
    // "Split zones" (the network store's zones given to desks): shown when set; the desk opens the
    // dialog. Lines of zones given to other desks leave this list and its runs.
    void setSplitZones(std::function<void()> open);
    QPushButton* splitZonesButton() const { return m_splitZones; }
    // Lines of zones given to other desks, as the list last showed them.
    int leftToOtherDesks() const { return m_leftToOthers; }
    // The line (index in lines()) is in a zone given to another desk (as the list last showed it).
    bool givenToOtherDesk(qsizetype line) const;
    QString deliveryLocation() const { return m_deliveryLocation; }
    QString pickupName(const QString& libraryId) const { return m_pickupNames.value(libraryId, libraryId); }
    QString locationName(const QString& code) const { return m_layout.locationName(code); }
    // Records "not found" with a reason for the line of this barcode.
    bool markNotFound(const QString& barcode, const QString& reason);
    State state(const QString& barcode) const { return m_state.value(barcode, State::ToPull); }
    int total() const { return int(m_lines.size()); }
    int done() const;
    QString progressText() const;
    // The list as the printed page shows it (HTML).
    QString printableHtml() const;
    bool exportPdf(const QString& path) const;

    // Zones as top-level rows, their lines as children (a model: 10^5 lines cost no widget items).
    QTreeView* tree() const { return m_tree; }
    QAbstractItemModel* model() const;
    QComboBox* zoneFilter() const { return m_zone; }
    QComboBox* kindFilter() const { return m_kind; }
    std::function<QString()> askReason; // replaceable in tests

Q_SIGNALS:
    void progressChanged(int done, int total);
    void checkedIn(const QString& barcode, const desk::CaptureResult& result);
    // The coordination's note changed (showCoordinationNote): the run's full screen shows it too.
    void coordinationNoteChanged(const QString& note);

private:
    void rebuild();
    void mark(const QString& barcode, State state);
    void notFoundClicked();
    void print();
    void choosePdf();
    void startRun();

    CacheStore& m_cache;
    Outbox& m_outbox;
    QString m_site, m_workstation, m_staff;
    desk::ShelfLayout m_layout;
    const print::TemplateStore* m_templates = &print::TemplateStore::shipped();
    desk::PullList m_lines;
    QSet<QString> m_listed;        // barcodes on the list: a scan is checked in constant time
    QHash<QString, State> m_state; // marked lines only
    netstore::PullCoordination* m_coordination = nullptr;
    QHash<QString, Verdict> m_verdicts;    // pulled and checked in here
    QHash<QString, QString> m_pickupNames; // library id → name, for the pickups on the list
    devices::BarcodeRules m_rules = devices::BarcodeRules::defaults();
    void stepFilter(QComboBox* filter, int step);
    class Model;
    QLabel* m_progress;
    QLabel* m_coordinationNote;
    QComboBox* m_zone;
    QComboBox* m_kind;
    QString m_deliveryLocation;
    Model* m_model;
    QTreeView* m_tree;
    QPushButton* m_notFound;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_run;
    QPushButton* m_splitZones = nullptr;
    std::function<void()> m_openSplitZones;
    int m_leftToOthers = 0;
    QList<bool> m_otherDeskZones; // by zone index: given to another desk
    void readZoneSplit();
};

} // namespace comptoir
