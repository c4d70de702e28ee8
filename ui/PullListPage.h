#pragma once

#include "desk/PullList.h"
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
    class Model;
    QLabel* m_progress;
    QComboBox* m_zone;
    QComboBox* m_kind;
    Model* m_model;
    QTreeView* m_tree;
    QPushButton* m_notFound;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_run;
};

} // namespace comptoir
