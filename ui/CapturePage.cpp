#include "CapturePage.h"

#include "FlowLayout.h"

#include "PageParts.h"
#include "desk/SlipContext.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

CapturePage::CapturePage(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_reprint(new QPushButton(tr("&Reprint the slip"), this))
    , m_preview(new QPushButton(tr("Pre&view the slip…"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("capturePage"));
    printSlip = [this](const Slip& slip) {
        if (!m_printer)
            return false;
        const int index = m_printing;
        m_printer->print(slip, [this, index](const PrintOutcome& outcome) {
            switch (outcome.where) {
            case PrintOutcome::Where::Printer:
                setSlipCell(index, tr("printed"), outcome.text());
                break;
            case PrintOutcome::Where::PdfFile:
                setSlipCell(index, tr("PDF"), outcome.text());
                break;
            case PrintOutcome::Where::Nowhere:
                setSlipCell(index, tr("not printed"), outcome.text());
                break;
            }
        });
        return true;
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* top = new QHBoxLayout;
    auto* heading = pageHeading(tr("Capture"), this);
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_summary);
    layout->addLayout(top);
    auto* hint = new QLabel(tr("Scan what was pulled or returned: the library system says where it goes."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Barcode"), tr("Destination"), tr("For"), tr("Title"), tr("Slip")});
    setupTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto* buttons = new FlowLayout; // wraps on a narrow screen
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_preview);
    auto* keys = new QLabel(tr("↑ ↓: choose a row · Enter: preview its slip · Ctrl+P: reprint it"), this);
    keys->setEnabled(false);
    buttons->addWidget(keys);
    layout->addLayout(buttons);
    m_reprint->setEnabled(false);
    m_preview->setEnabled(false);
    m_reprint->setFocusPolicy(Qt::NoFocus);
    m_preview->setFocusPolicy(Qt::NoFocus);
    connect(m_reprint, &QPushButton::clicked, this, &CapturePage::reprintChosen);
    connect(m_preview, &QPushButton::clicked, this, &CapturePage::previewChosen);
    auto* shortcut = new QShortcut(QKeySequence::Print, this);
    connect(shortcut, &QShortcut::activated, this, &CapturePage::reprintChosen);
    // Enter on a chosen row (see MainWindow::moveInList): its slip in preview.
    connect(m_table, &QTableWidget::activated, this, &CapturePage::previewChosen);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool slip = chosenRow() >= 0;
        m_reprint->setEnabled(slip);
        m_preview->setEnabled(slip);
    });
}

void CapturePage::addCapture(const QString& barcode, const desk::CaptureResult& result)
{
    const QString destination = result.destination.isEmpty() || result.verdict.kind == VerdictKind::HoldHere
                                    ? QString()
                                    : libraryName(result.destination);
    const desk::SlipParty party{m_library, m_workstation, m_display, QDateTime::currentDateTime()};
    print::TemplateContext context = desk::captureSlipContext(result, barcode, destination, party);
    if (result.bagOrder) {
        context.values.insert(QStringLiteral("bag.number"), QString::number(result.bagOrder));
        context.values.insert(QStringLiteral("bag.gathered"), QString::number(result.bagGathered));
        context.values.insert(QStringLiteral("bag.total"), QString::number(result.bagTotal));
    }
    const bool transit = result.verdict.kind == VerdictKind::Transit;
    const Slip slip = makeSlip(*m_templates, transit ? print::TemplateKind::TransitSlip : print::TemplateKind::HoldSlip,
                               context, result.verdict.title + QStringLiteral(" ") + barcode);
    m_table->insertRow(0);
    const QString patron = context.values.value(QStringLiteral("patron.name"));
    const QString who = patron.isEmpty() ? destination : patron;
    QString destinationText = result.verdict.title;
    if (result.provisional)
        destinationText += QStringLiteral(" — ") + tr("provisional: set aside");
    const QStringList cells = {QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm")),
                               barcode,
                               destinationText,
                               who,
                               result.outcome.title,
                               QStringLiteral("—")};
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (c == TitleColumn || c == 2)
            item->setToolTip(c == 2 ? result.verdict.title + QStringLiteral("\n") + result.verdict.detail : cells[c]);
        m_table->setItem(0, c, item);
    }
    if (result.provisional)
        for (int c = 0; c < cells.size(); ++c)
            m_table->item(0, c)->setBackground(QColor(0xff, 0xf3, 0xcd));
    const bool slipWorthy = result.verdict.kind == VerdictKind::HoldHere ||
                            result.verdict.kind == VerdictKind::Transit || result.verdict.kind == VerdictKind::Bag ||
                            result.verdict.kind == VerdictKind::Provisional;
    Row row;
    if (slipWorthy) {
        m_slips.append(slip);
        row.slip = int(m_slips.size()) - 1;
        m_table->item(0, SlipColumn)->setText(tr("not printed"));
    }
    m_rows.append(row);
    m_table->clearSelection();
    m_reprint->setEnabled(chosenRow() >= 0);
    m_preview->setEnabled(chosenRow() >= 0);
    if (slipWorthy && m_autoPrint.contains(result.verdict.kind))
        print(row.slip);
    for (int c : {0, 1, 2, 3, SlipColumn})
        m_table->resizeColumnToContents(c);
    m_summary->setText(tr("%n scan(s)", nullptr, m_table->rowCount()));
}

void CapturePage::print(int slipIndex)
{
    if (slipIndex < 0 || slipIndex >= m_slips.size())
        return;
    m_printing = slipIndex;
    if (printSlip(m_slips[slipIndex])) {
        ++m_printed;
        const int row = rowOfSlip(slipIndex);
        if (row >= 0 && m_table->item(row, SlipColumn)->text() == tr("not printed"))
            m_table->item(row, SlipColumn)->setText(tr("sent"));
    }
}

int CapturePage::rowOfSlip(int slipIndex) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].slip == slipIndex)
            return int(m_rows.size()) - 1 - i;
    return -1;
}

void CapturePage::setSlipCell(int slipIndex, const QString& text, const QString& tooltip)
{
    const int row = rowOfSlip(slipIndex);
    if (row < 0)
        return;
    m_table->item(row, SlipColumn)->setText(text);
    m_table->item(row, SlipColumn)->setToolTip(tooltip);
    m_table->resizeColumnToContents(SlipColumn);
}

Slip CapturePage::slipOfRow(int row) const
{
    const int i = int(m_rows.size()) - 1 - row;
    if (row < 0 || i < 0 || m_rows[i].slip < 0)
        return {};
    return m_slips[m_rows[i].slip];
}

int CapturePage::chosenRow() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (!selected.isEmpty())
        return slipOfRow(selected.first()->row()).isEmpty() ? -1 : selected.first()->row();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (!slipOfRow(row).isEmpty())
            return row;
    return -1;
}

void CapturePage::reprintChosen()
{
    const int row = chosenRow();
    if (row < 0)
        return;
    print(m_rows[m_rows.size() - 1 - row].slip);
}

void CapturePage::previewChosen()
{
    const Slip slip = slipOfRow(chosenRow());
    if (!slip.isEmpty())
        SlipPrinter::preview(this, slip);
}

void CapturePage::reprintLast()
{
    if (!m_slips.isEmpty())
        print(int(m_slips.size()) - 1);
}

void CapturePage::previewLast()
{
    if (m_slips.isEmpty())
        return;
    SlipPrinter::preview(this, m_slips.last());
}

} // namespace comptoir
