#include "OutboxPage.h"

#include "Outbox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

OutboxPage::OutboxPage(Outbox& outbox, QWidget* parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_state(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("outboxPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* heading = new QLabel(tr("Actions waiting for the library system"), this);
    QFont f = heading->font();
    f.setPointSize(18);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);

    auto* bar = new QHBoxLayout;
    auto* stateLabel = new QLabel(tr("Show:"), this);
    stateLabel->setBuddy(m_state);
    m_state->addItem(tr("Waiting to be sent"), int(OutboxAction::State::Pending));
    m_state->addItem(tr("To review"), int(OutboxAction::State::Review));
    m_state->addItem(tr("Sent"), int(OutboxAction::State::Acknowledged));
    m_state->addItem(tr("Discarded"), int(OutboxAction::State::Discarded));
    bar->addWidget(stateLabel);
    bar->addWidget(m_state);
    bar->addStretch();
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Staff"), tr("Workstation"), tr("Last error")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    connect(m_state, &QComboBox::currentIndexChanged, this, &OutboxPage::refresh);
    refresh();
}

void OutboxPage::refresh()
{
    const auto state = OutboxAction::State(m_state->currentData().toInt());
    auto actions = m_outbox.list(state, 1000);
    m_table->setRowCount(0);
    if (!actions) {
        m_summary->setText(actions.error().message);
        return;
    }
    m_table->setRowCount(int(actions.value().size()));
    int row = 0;
    for (const OutboxAction& action : actions.value()) {
        const QStringList cells = {QLocale().toString(action.createdAt.toLocalTime(), QLocale::ShortFormat),
                                   action.kind, action.staff, action.workstation, action.lastError};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        ++row;
    }
    m_summary->setText(tr("%n action(s)", nullptr, int(actions.value().size())));
}

} // namespace comptoir
