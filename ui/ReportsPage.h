#pragma once

#include "reports/Report.h"
#include "reports/SnapshotStore.h"

#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace comptoir {

namespace reports {
class ReportService;
}

// The supervisor's page: what needs attention today in one sentence, the figures of one section as
// a table (sites in rows, sortable, filtered by site as you type, red where a threshold is passed)
// and, on a second tab, the charts (pending requests by age over 30 days, the sites side by side),
// with PDF and CSV export. Keyboard: F5 takes the report again, Alt+S / Alt+Shift+S step through
// the sections, Alt+T the table, Alt+H the charts, Ctrl+F filters by site (and shows the table),
// Ctrl+E exports the PDF, Ctrl+Shift+E the CSV.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    // The service that takes and reads reports (not owned); thresholds from the settings.
    void setService(reports::ReportService* service, const reports::Thresholds& thresholds);
    // Shows a report and its history (tests, and what take() calls when done).
    void display(const reports::DayReport& report, const QList<reports::HistoryDay>& history);
    // Takes today's report from the library system (or reads a stored day).
    void take(const QDate& day = {});

    QString attentionText() const;
    const reports::DayReport& report() const { return m_report; }
    QTableView* table() const { return m_table; }
    QComboBox* sectionBox() const { return m_section; }
    QLineEdit* siteFilter() const { return m_filter; }
    QString countersText() const;
    // The table and the charts, one tab each.
    QTabWidget* views() const { return m_views; }
    Status exportPdf(const QString& path) const;
    Status exportCsv(const QString& path) const;

Q_SIGNALS:
    void taken(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillTable();
    void stepSection(int delta);
    void askExport(bool pdf);

    reports::ReportService* m_service = nullptr;
    reports::Thresholds m_thresholds;
    reports::DayReport m_report;
    QList<reports::HistoryDay> m_history;
    QLabel* m_title = nullptr;
    QLabel* m_attention = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_counters = nullptr;
    QComboBox* m_section = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    QTabWidget* m_views = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QChartView* m_trend = nullptr;
    QChartView* m_sites = nullptr;
};

} // namespace comptoir
