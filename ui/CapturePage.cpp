#include "CapturePage.h"

#include "PageParts.h"
#include "desk/SlipContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

CapturePage::CapturePage(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_reprint(new QPushButton(tr("&Reprint last slip"), this))
    , m_preview(new QPushButton(tr("Pre&view…"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("capturePage"));
    printSlip = [this](const Slip& slip) {
        if (!m_printer)
            return false;
        m_printer->print(slip);
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
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Barcode"), tr("Verdict"), tr("For"), tr("Title"), tr("Note")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_preview);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_reprint->setEnabled(false);
    m_preview->setEnabled(false);
    m_reprint->setFocusPolicy(Qt::NoFocus);
    m_preview->setFocusPolicy(Qt::NoFocus);
    connect(m_reprint, &QPushButton::clicked, this, &CapturePage::reprintLast);
    connect(m_preview, &QPushButton::clicked, this, &CapturePage::previewLast);
    auto* shortcut = new QShortcut(QKeySequence::Print, this);
    connect(shortcut, &QShortcut::activated, this, &CapturePage::reprintLast);
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
    const QStringList cells = {QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
                               barcode,
                               result.verdict.title,
                               who,
                               result.outcome.title,
                               result.provisional ? tr("provisional: set aside") : result.verdict.detail};
    for (int c = 0; c < cells.size(); ++c)
        m_table->setItem(0, c, new QTableWidgetItem(cells[c]));
    if (result.provisional)
        for (int c = 0; c < cells.size(); ++c)
            m_table->item(0, c)->setBackground(QColor(0xff, 0xf3, 0xcd));
    const bool slipWorthy = result.verdict.kind == VerdictKind::HoldHere ||
                            result.verdict.kind == VerdictKind::Transit || result.verdict.kind == VerdictKind::Bag ||
                            result.verdict.kind == VerdictKind::Provisional;
    if (slipWorthy) {
        m_slips.append(slip);
        m_reprint->setEnabled(true);
        m_preview->setEnabled(true);
        if (m_autoPrint.contains(result.verdict.kind) && printSlip(slip))
            ++m_printed;
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n scan(s)", nullptr, m_table->rowCount()));
}

void CapturePage::reprintLast()
{
    if (!m_slips.isEmpty() && printSlip(m_slips.last()))
        ++m_printed;
}

void CapturePage::previewLast()
{
    if (m_slips.isEmpty())
        return;
    SlipPrinter::preview(this, m_slips.last());
}

} // namespace comptoir
