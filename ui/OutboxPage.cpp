#include "OutboxPage.h"

#include "PageParts.h"

#include "Version.h"
#include "desk/KocExport.h"
#include "store/Outbox.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {

QString kindName(const QString& kind)
{
    if (kind == desk::action::Checkin)
        return OutboxPage::tr("Check-in");
    if (kind == desk::action::Checkout)
        return OutboxPage::tr("Checkout");
    if (kind == desk::action::NotFound)
        return OutboxPage::tr("Not found on the shelf");
    if (kind == desk::action::CancelHold)
        return OutboxPage::tr("Request cancelled");
    return kind;
}

} // namespace

OutboxPage::OutboxPage(Outbox& outbox, QWidget* parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_state(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
    , m_export(new QPushButton(tr("&Export for Koha (.koc)…"), this))
{
    setObjectName(QStringLiteral("outboxPage"));
    confirm = [this](const QString& question) {
        // A dialog that throws something away says both choices in words: never "Cancel" for "keep".
        QMessageBox box(QMessageBox::Question, tr("Discard"), question, QMessageBox::NoButton, this);
        QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        QPushButton* keep = box.addButton(tr("Keep"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        return box.clickedButton() == discard;
    };
    chooseKocFile = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export for Koha"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                                QStringLiteral("/comptoir.koc"),
                                            tr("Koha offline circulation (*.koc)"));
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* heading = pageHeading(tr("Actions waiting for the library system"), this);
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

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Action"), tr("Item"), tr("Staff"), tr("Workstation"), tr("Reason")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    m_retry->setToolTip(tr("Send the selected actions to the library system again"));
    m_discard->setToolTip(tr("Do not send the selected actions; they stay listed as discarded"));

    connect(m_state, &QComboBox::currentIndexChanged, this, &OutboxPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxPage::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, &OutboxPage::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &OutboxPage::discardSelected);
    connect(m_export, &QPushButton::clicked, this, &OutboxPage::exportKoc);
    refresh();
}

void OutboxPage::showState(int state)
{
    const int index = m_state->findData(state);
    if (index >= 0)
        m_state->setCurrentIndex(index);
}

void OutboxPage::refresh()
{
    const auto state = OutboxAction::State(m_state->currentData().toInt());
    auto actions = m_outbox.list(state, 1000);
    m_table->setRowCount(0);
    if (!actions) {
        m_summary->setText(actions.error().message);
        updateButtons();
        return;
    }
    m_table->setRowCount(int(actions.value().size()));
    int row = 0;
    for (const OutboxAction& action : actions.value()) {
        const QStringList cells = {QLocale().toString(action.createdAt.toLocalTime(), QLocale::ShortFormat),
                                   kindName(action.kind),
                                   action.payload.value(QStringLiteral("barcode")).toString(),
                                   action.staff,
                                   action.workstation,
                                   action.lastError};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, action.uuid);
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_summary->setText(tr("%n action(s)", nullptr, int(actions.value().size())));
    updateButtons();
}

QStringList OutboxPage::selectedUuids() const
{
    QStringList uuids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        uuids << m_table->item(index.row(), 0)->data(Qt::UserRole).toString();
    return uuids;
}

void OutboxPage::updateButtons()
{
    const bool review = OutboxAction::State(m_state->currentData().toInt()) == OutboxAction::State::Review;
    const bool any = !m_table->selectionModel()->selectedRows().isEmpty();
    m_retry->setEnabled(review && any);
    m_discard->setEnabled(review && any);
}

void OutboxPage::retrySelected()
{
    const QStringList uuids = selectedUuids();
    for (const QString& uuid : uuids)
        if (Status s = m_outbox.retry(uuid, m_staff); !s.ok())
            QMessageBox::warning(this, tr("Retry"), s.error().message);
    refresh();
    if (!uuids.isEmpty()) {
        Q_EMIT retried();
        Q_EMIT changed();
    }
}

void OutboxPage::discardSelected()
{
    const QStringList uuids = selectedUuids();
    if (uuids.isEmpty())
        return;
    if (!confirm(tr("Discard %n action(s)? They will not be sent to the library system. They stay in the list "
                    "of discarded actions.",
                    nullptr, int(uuids.size()))))
        return;
    for (const QString& uuid : uuids)
        if (Status s = m_outbox.discard(uuid, m_staff); !s.ok())
            QMessageBox::warning(this, tr("Discard"), s.error().message);
    refresh();
    Q_EMIT changed();
}

void OutboxPage::exportKoc()
{
    QList<OutboxAction> actions;
    for (auto state : {OutboxAction::State::Pending, OutboxAction::State::Review}) {
        auto listed = m_outbox.list(state);
        if (!listed) {
            QMessageBox::warning(this, tr("Export for Koha"), listed.error().message);
            return;
        }
        actions += listed.value();
    }
    const desk::KocFile koc = desk::exportKoc(actions, QStringLiteral(COMPTOIR_VERSION));
    if (koc.issues + koc.returns == 0) {
        QMessageBox::information(this, tr("Export for Koha"), tr("No checkout or return is waiting."));
        return;
    }
    const QString path = chooseKocFile();
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(koc.bytes) != koc.bytes.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export for Koha"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_summary->setText(tr("Exported %1 and %2 to %3")
                           .arg(tr("%Ln checkout(s)", nullptr, int(koc.issues)),
                                tr("%Ln return(s)", nullptr, int(koc.returns)), path));
}

} // namespace comptoir
