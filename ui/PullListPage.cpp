#include "PullListPage.h"

#include "PageParts.h"

#include "Actions.h"
#include "CacheStore.h"
#include "Outbox.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {

enum Column { CallNumber, Title, Author, Barcode, Pickup, StateColumn, ColumnCount };

} // namespace

PullListPage::PullListPage(CacheStore& cache, Outbox& outbox, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_progress(new QLabel(this))
    , m_location(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_notFound(new QPushButton(tr("&Not found…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("PDF…"), this))
{
    setObjectName(QStringLiteral("pullListPage"));
    askReason = [this] {
        bool ok = false;
        const QStringList reasons = {tr("Not on the shelf"), tr("Damaged"), tr("On another shelf or in processing"),
                                     tr("Other")};
        const QString reason =
            QInputDialog::getItem(this, tr("Not found"), tr("Why was it not found?"), reasons, 0, true, &ok);
        return ok ? reason : QString();
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* top = new QHBoxLayout;
    auto* heading = pageHeading(tr("Pull list"), this);
    top->addWidget(heading);
    top->addStretch();
    QFont big = m_progress->font();
    big.setPointSize(16);
    big.setBold(true);
    m_progress->setFont(big);
    m_progress->setObjectName(QStringLiteral("pullProgress"));
    top->addWidget(m_progress);
    layout->addLayout(top);

    auto* filters = new QHBoxLayout;
    auto* locationLabel = new QLabel(tr("Location:"), this);
    locationLabel->setBuddy(m_location);
    auto* kindLabel = new QLabel(tr("Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_kind->addItem(tr("All"), 0);
    m_kind->addItem(tr("Requests"), 1);
    m_kind->addItem(tr("Click & collect"), 2);
    filters->addWidget(locationLabel);
    filters->addWidget(m_location);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch();
    filters->addWidget(m_notFound);
    filters->addWidget(m_print);
    filters->addWidget(m_pdf);
    layout->addLayout(filters);

    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Call number"), tr("Title"), tr("Author"), tr("Barcode"), tr("For"), tr("State")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);

    connect(m_location, &QComboBox::currentIndexChanged, this, &PullListPage::rebuild);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PullListPage::rebuild);
    connect(m_notFound, &QPushButton::clicked, this, &PullListPage::notFoundClicked);
    connect(m_print, &QPushButton::clicked, this, &PullListPage::print);
    connect(m_pdf, &QPushButton::clicked, this, &PullListPage::choosePdf);
}

void PullListPage::setDesk(const QString& site, const QString& workstation, const QString& staff)
{
    m_site = site;
    m_workstation = workstation;
    m_staff = staff;
}

void PullListPage::reload()
{
    auto lines = desk::buildPullList(m_cache, m_site, m_walkingOrder);
    m_lines = lines ? lines.value() : QList<desk::PullLine>();
    m_listed.clear();
    m_listed.reserve(m_lines.size());
    for (const desk::PullLine& line : std::as_const(m_lines))
        m_listed.insert(line.barcode);
    // Marks survive a refresh for the items still listed.
    for (auto it = m_state.begin(); it != m_state.end();)
        it = m_listed.contains(it.key()) ? std::next(it) : m_state.erase(it);
    const QString current = m_location->currentData().toString();
    m_location->blockSignals(true);
    m_location->clear();
    m_location->addItem(tr("All"), QString());
    QStringList seen;
    for (const desk::PullLine& line : std::as_const(m_lines))
        if (!seen.contains(line.location))
            seen << line.location;
    for (const QString& location : seen)
        m_location->addItem(location.isEmpty() ? tr("(no location)") : location, location);
    m_location->setCurrentIndex(std::max(0, m_location->findData(current)));
    m_location->blockSignals(false);
    rebuild();
}

void PullListPage::rebuild()
{
    m_tree->clear();
    m_items.clear();
    const QString location = m_location->currentData().toString();
    const int kind = m_kind->currentData().toInt();
    QTreeWidgetItem* group = nullptr;
    QString groupLocation;
    for (const desk::PullLine& line : std::as_const(m_lines)) {
        if (!location.isEmpty() && line.location != location)
            continue;
        if ((kind == 1 && line.holdGroupId != 0) || (kind == 2 && line.holdGroupId == 0))
            continue;
        if (!group || line.location != groupLocation) {
            group = new QTreeWidgetItem(m_tree);
            group->setText(0, line.location.isEmpty() ? tr("(no location)") : line.location);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            groupLocation = line.location;
        }
        auto* item = new QTreeWidgetItem(group);
        item->setText(CallNumber, line.callNumber);
        item->setText(Title, line.title);
        item->setText(Author, line.author);
        item->setText(Barcode, line.barcode);
        item->setText(Pickup, line.holdGroupId ? tr("%1 (click & collect)").arg(line.pickup) : line.pickup);
        item->setData(0, Qt::UserRole, line.barcode);
        m_items.insert(line.barcode, item);
        const State s = m_state.value(line.barcode, State::ToPull);
        item->setText(StateColumn, s == State::Found      ? tr("✔ found")
                                   : s == State::NotFound ? tr("✘ not found")
                                                          : QString());
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(CallNumber);
    m_tree->resizeColumnToContents(Barcode);
    m_tree->resizeColumnToContents(Pickup);
    m_progress->setText(progressText());
    Q_EMIT progressChanged(done(), total());
}

int PullListPage::done() const
{
    return int(m_state.size()); // only marked lines that are still listed are kept
}

void PullListPage::mark(const QString& barcode, State state)
{
    m_state.insert(barcode, state);
    if (QTreeWidgetItem* item = m_items.value(barcode)) {
        item->setText(StateColumn, state == State::Found ? tr("✔ found") : tr("✘ not found"));
        m_tree->setCurrentItem(item);
        m_tree->scrollToItem(item);
    }
    m_progress->setText(progressText());
    Q_EMIT progressChanged(done(), total());
}

QString PullListPage::progressText() const
{
    return tr("%1 / %2").arg(done()).arg(total());
}

bool PullListPage::markFound(const QString& barcode)
{
    if (!m_listed.contains(barcode))
        return false;
    mark(barcode, State::Found);
    return true;
}

bool PullListPage::markNotFound(const QString& barcode, const QString& reason)
{
    if (!m_listed.contains(barcode))
        return false;
    OutboxAction action;
    action.kind = desk::action::NotFound;
    action.payload = QJsonObject{
        {QStringLiteral("barcode"), barcode}, {QStringLiteral("reason"), reason}, {QStringLiteral("location"), m_site}};
    action.workstation = m_workstation;
    action.staff = m_staff;
    if (auto appended = m_outbox.append(action); !appended) {
        QMessageBox::warning(this, tr("Not found"), appended.error().message);
        return false;
    }
    mark(barcode, State::NotFound);
    return true;
}

void PullListPage::notFoundClicked()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    const QString barcode = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (barcode.isEmpty()) {
        QMessageBox::information(this, tr("Not found"), tr("Select the line of the item first."));
        return;
    }
    const QString reason = askReason();
    if (!reason.isEmpty())
        markNotFound(barcode, reason);
}

QString PullListPage::printableHtml() const
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\"><tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                       .arg(tr("Pull list — %1").arg(m_site.toHtmlEscaped()),
                            QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat), tr("Call number"),
                            tr("Title"), tr("Barcode"), tr("For"), tr("Found"));
    QString location;
    for (const desk::PullLine& line : m_lines) {
        if (line.location != location) {
            location = line.location;
            html += QStringLiteral("<tr><td colspan=\"5\"><b>%1</b></td></tr>").arg(location.toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(line.callNumber.toHtmlEscaped(), line.title.toHtmlEscaped(), line.barcode.toHtmlEscaped(),
                         line.pickup.toHtmlEscaped(),
                         m_state.value(line.barcode) == State::Found ? QStringLiteral("✔") : QStringLiteral("☐"));
    }
    return html + QStringLiteral("</table>");
}

bool PullListPage::exportPdf(const QString& path) const
{
    return writeHtmlPdf(printableHtml(), path);
}

void PullListPage::print()
{
    previewHtml(this, [this] { return printableHtml(); });
}

void PullListPage::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Pull list as PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/pull-list.pdf"),
        tr("PDF (*.pdf)"));
    if (!path.isEmpty() && !exportPdf(path))
        QMessageBox::warning(this, tr("Pull list as PDF"), tr("Cannot write %1").arg(path));
}

} // namespace comptoir
