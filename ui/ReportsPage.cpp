#include "ReportsPage.h"

#include "ReportCharts.h"
#include "ReportPdf.h"
#include "reports/ReportExport.h"
#include "reports/ReportService.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace comptoir {

using namespace reports;

namespace {

// The sites in the page's chart: the worst few, by name. Qt Charts gives each site's label the
// height of its bar: fifteen ids were drawn as "…" at 1366 × 800, so were ten names.
constexpr int PageChartSites = 4;
constexpr int SortRole = Qt::UserRole + 1;
constexpr int NetworkRole = Qt::UserRole + 2;

// Sorted by any column, the network's row stays on top.
class ReportSortModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const bool l = sourceModel()->index(left.row(), 0).data(NetworkRole).toBool();
        const bool r = sourceModel()->index(right.row(), 0).data(NetworkRole).toBool();
        if (l != r)
            return sortOrder() == Qt::AscendingOrder ? l : r;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reportsPage"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(std::max<qreal>(14, big.pointSizeF() * 1.4));
    big.setBold(true);
    m_title->setFont(big);
    m_attention = new QLabel(this);
    m_attention->setWordWrap(true);
    QFont strong = m_attention->font();
    strong.setPointSizeF(std::max<qreal>(12, strong.pointSizeF() * 1.15));
    strong.setBold(true);
    m_attention->setFont(strong);
    m_attention->setObjectName(QStringLiteral("reportAttention"));
    m_status = new QLabel(this);
    layout->addWidget(m_title);
    layout->addWidget(m_attention);
    layout->addWidget(m_status);
    // With a network store: the counters whose figures are in the report, and those missing.
    m_counters = new QLabel(this);
    m_counters->setObjectName(QStringLiteral("reportCounters"));
    m_counters->setWordWrap(true);
    m_counters->hide();
    layout->addWidget(m_counters);

    auto* bar = new QHBoxLayout;
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("reportSection"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("reportSiteFilter"));
    m_filter->setPlaceholderText(tr("Filter by site (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_refresh = new QPushButton(tr("Take the report again (F5)"), this);
    m_pdf = new QPushButton(tr("Export PDF… (Ctrl+E)"), this);
    m_csv = new QPushButton(tr("Export CSV… (Ctrl+Shift+E)"), this);
    auto* sectionLabel = new QLabel(tr("Section (Alt+S):"), this);
    sectionLabel->setBuddy(m_section);
    // The section's whole title and room to type a site; the buttons in the tabs' corner (on one
    // line with these, at 1366 px, the section read "Requests" cut and the filter "Fil…").
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 48);
    bar->addWidget(sectionLabel);
    bar->addWidget(m_section);
    bar->addWidget(m_filter, 1);
    layout->addLayout(bar);

    // The table and the charts on two tabs, the table first: at 1366 × 800, under the desk's scan
    // field and banner, a splitter shared with the charts left the table about a row and a half.
    // Alt+T / Alt+H (the tabs' mnemonics) or Ctrl+Tab go from one to the other; the export buttons
    // sit in the tab bar's corner rather than on a line of their own.
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("reportViews"));
    m_views->setDocumentMode(true);
    m_model = new QStandardItemModel(this);
    m_proxy = new ReportSortModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(m_views);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto* charts = new QSplitter(Qt::Horizontal, m_views);
    charts->setObjectName(QStringLiteral("reportCharts"));
    m_trend = new QChartView(charts);
    m_sites = new QChartView(charts);
    for (QChartView* view : {m_trend, m_sites}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        view->setFocusPolicy(Qt::NoFocus);
    }
    m_views->addTab(m_table, tr("&Table"));
    m_views->addTab(charts, tr("C&harts"));
    auto* corner = new QWidget(m_views);
    auto* buttons = new QHBoxLayout(corner);
    buttons->setContentsMargins(0, 0, 0, 2);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_csv);
    m_views->setCornerWidget(corner, Qt::TopRightCorner);
    layout->addWidget(m_views, 1);

    connect(m_section, &QComboBox::currentIndexChanged, this, [this] { fillTable(); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, [this] { take(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { askExport(false); });
    auto shortcut = [this](const QKeySequence& keys, auto&& slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F5), [this] { take(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_S), [this] { stepSection(1); });
    shortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_S), [this] { stepSection(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_views->setCurrentWidget(m_table); // the filter narrows the table: show it
        m_filter->setFocus();
        m_filter->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { askExport(true); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { askExport(false); });
    m_title->setText(tr("Daily queue report"));
    m_attention->setText(tr("The report has not been taken yet: F5 takes it from the library system."));
    for (QPushButton* b : {m_pdf, m_csv})
        b->setEnabled(false);
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Opened for the first time: today's report is taken at once.
    if (m_service && !m_report.day.isValid() && m_refresh->isEnabled())
        take();
}

void ReportsPage::setService(ReportService* service, const Thresholds& thresholds)
{
    m_service = service;
    m_thresholds = thresholds;
    if (m_report.day.isValid()) { // new thresholds (Settings > Reports): the red cells and the sentence follow
        const DayReport report = m_report;
        const QList<HistoryDay> history = m_history;
        display(report, history);
    }
}

void ReportsPage::take(const QDate& requested)
{
    if (!m_service)
        return;
    const QDate day = requested.isValid() ? requested : m_service->today();
    m_status->setText(tr("Reading the network's requests from the library system…"));
    m_refresh->setEnabled(false);
    QPointer<ReportsPage> self(this);
    m_service->take(day, [self, day](Result<DayReport> r) {
        if (!self)
            return;
        self->m_refresh->setEnabled(true);
        if (!r) {
            self->m_status->setText(r.error().message);
            Q_EMIT self->taken(false);
            return;
        }
        auto history = self->m_service->history(day);
        self->display(r.value(), history ? history.value() : QList<HistoryDay>());
        Q_EMIT self->taken(true);
    });
}

void ReportsPage::display(const DayReport& report, const QList<HistoryDay>& history)
{
    m_report = report;
    m_history = history;
    const QLocale locale;
    m_title->setText(tr("Daily queue report — %1").arg(locale.toString(report.day, QLocale::LongFormat)));
    const QString sentence = attentionSentence(report, m_thresholds);
    m_attention->setText(sentence);
    const bool calm = sentence == attentionSentence(DayReport{}, m_thresholds);
    m_attention->setStyleSheet(calm ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    int missing = 0;
    for (const HistoryDay& d : history)
        missing += d.missing() ? 1 : 0;
    m_status->setText(
        tr("Taken at %1 from %2; %n day(s) without a report in the last 30.", nullptr, missing)
            .arg(locale.toString(report.takenAt.toLocalTime(), QLocale::ShortFormat),
                 report.source == QLatin1String("snapshot") ? tr("the stored snapshot") : tr("the library system")));
    const QString counters = countersSentence(report);
    m_counters->setText(counters);
    m_counters->setVisible(!counters.isEmpty());
    m_counters->setStyleSheet(report.countersMissing() > 0 || !report.countersProblem.isEmpty()
                                  ? QStringLiteral("color: #b71c1c;")
                                  : QString());
    const QString current = m_section->currentData().toString();
    m_section->blockSignals(true);
    m_section->clear();
    for (const Section s : report.sections())
        m_section->addItem(sectionTitle(s), sectionKey(s));
    const int keep = m_section->findData(current);
    m_section->setCurrentIndex(keep >= 0 ? keep : 0);
    m_section->blockSignals(false);
    fillTable();
    auto replace = [](QChartView* view, QChart* chart) {
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_trend, reportcharts::pendingTrend(history, NetworkSite, false));
    replace(m_sites, reportcharts::sitesSideBySide(report, PageChartSites));
    for (QPushButton* b : {m_pdf, m_csv})
        b->setEnabled(true);
}

QString ReportsPage::countersText() const
{
    return m_counters->text();
}

QString ReportsPage::attentionText() const
{
    return m_attention->text();
}

void ReportsPage::fillTable()
{
    m_model->clear();
    const QString key = m_section->currentData().toString();
    Section section = Section::Requests;
    for (const Section s : m_report.sections())
        if (sectionKey(s) == key)
            section = s;
    QStringList columns = sectionColumns(section);
    // A section of detailed figures (transits) lists them one per row.
    const bool detailed = columns.isEmpty();
    QStringList headers{tr("Site")};
    if (detailed)
        headers << tr("Figure") << tr("Between") << tr("Value");
    else
        for (const QString& c : std::as_const(columns))
            headers << figureTitle(c);
    m_model->setHorizontalHeaderLabels(headers);
    QList<const SiteFigures*> rows{&m_report.network};
    for (const SiteFigures& s : std::as_const(m_report.sites))
        rows << &s;
    for (const SiteFigures* s : std::as_const(rows)) {
        auto* name = new QStandardItem(s->name);
        name->setData(s->name, SortRole);
        name->setData(s->site == NetworkSite, NetworkRole);
        name->setToolTip(s->site);
        if (s->site == NetworkSite) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
        }
        if (detailed) {
            for (const Figure& f : s->figures) {
                if (sectionOf(f.key) != section)
                    continue;
                auto* site = name->clone();
                auto* what = new QStandardItem(figureTitle(f.key));
                auto* pair = new QStandardItem(QString(f.detail).replace(QLatin1Char('>'), QStringLiteral(" → ")));
                auto* value = new QStandardItem(formatValue(f.key, f.value));
                value->setData(f.value, SortRole);
                value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                for (QStandardItem* item : {what, pair})
                    item->setData(item->text(), SortRole);
                m_model->appendRow({site, what, pair, value});
            }
            delete name;
            continue;
        }
        bool any = false;
        for (const QString& c : std::as_const(columns))
            any = any || s->has(c);
        if (!any) {
            delete name;
            continue;
        }
        QList<QStandardItem*> items{name};
        for (const QString& c : std::as_const(columns)) {
            auto* cell = new QStandardItem(s->has(c) ? formatValue(c, s->value(c)) : QStringLiteral("–"));
            cell->setData(s->has(c) ? s->value(c) : -1.0, SortRole);
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (s->has(c) && m_thresholds.isAlert(c, s->value(c))) {
                cell->setBackground(QColor(0xff, 0xeb, 0xee));
                cell->setForeground(QColor(0xb7, 0x1c, 0x1c));
                QFont f = cell->font();
                f.setBold(true);
                cell->setFont(f);
                cell->setToolTip(tr("Past the threshold set in Settings"));
            }
            items << cell;
        }
        m_model->appendRow(items);
    }
    // The sites' names in full (a stretched first column was squeezed to "Bibli…" by a section of
    // many columns); the last column takes what room is left.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // in the report's order until sorted
}

void ReportsPage::stepSection(int delta)
{
    const int n = m_section->count();
    if (n == 0)
        return;
    m_section->setCurrentIndex(((m_section->currentIndex() + delta) % n + n) % n);
}

Status ReportsPage::exportPdf(const QString& path) const
{
    return writeReportPdf(m_report, m_history, m_thresholds, path);
}

Status ReportsPage::exportCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("report.csv"), file.errorString()};
    file.write(toCsv(m_report, m_thresholds));
    if (!file.commit())
        return Error{QStringLiteral("report.csv"), file.errorString()};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

void ReportsPage::askExport(bool pdf)
{
    if (!m_report.day.isValid())
        return;
    const QString suggested =
        tr("report-%1.%2").arg(m_report.day.toString(Qt::ISODate), pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, pdf ? tr("Export the report as PDF") : tr("Export the report as CSV"),
                                     suggested, pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status written = pdf ? exportPdf(path) : exportCsv(path);
    if (!written.ok())
        QMessageBox::warning(this, tr("Export"), written.error().message);
    else
        m_status->setText(tr("Saved in %1").arg(path));
}

} // namespace comptoir
