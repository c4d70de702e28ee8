#include "LookupPage.h"
#include "PhoneOrderDialog.h"

#include "PageParts.h"
#include "desk/Privacy.h"
#include "store/Outbox.h"

#include <QColor>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {

enum RequestColumn { Title, Where, Pickup, Expires, Order, RequestColumns };
constexpr int Limit = 30;

} // namespace

LookupPage::LookupPage(desk::NetworkLookup& lookup, Outbox& outbox, QWidget* parent)
    : QWidget(parent)
    , m_lookup(lookup)
    , m_outbox(outbox)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_patrons(new QTableWidget(this))
    , m_requests(new QTableWidget(this))
    , m_appointment(new QPushButton(tr("Set &appointment…"), this))
{
    setObjectName(QStringLiteral("lookupPage"));
    // The page's typing goes to the search field (Ctrl+5 lands there; a scanner still reaches the
    // desk through the wedge).
    setFocusProxy(m_field);
    askSlot = [this](qint64 order) {
        return askAppointment(this, tr("Appointment for order %1").arg(order), m_outbox.appointment(order).value());
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(pageHeading(tr("Network lookup"), this));
    auto* searchRow = new QHBoxLayout;
    auto* label = new QLabel(tr("&Card number or name:"), this);
    label->setBuddy(m_field);
    m_field->setPlaceholderText(tr("e.g. 21042000000017, or Dupont"));
    m_field->setClearButtonEnabled(true);
    QFont big = m_field->font();
    big.setPointSize(14);
    m_field->setFont(big);
    searchRow->addWidget(label);
    searchRow->addWidget(m_field, 1);
    layout->addLayout(searchRow);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("lookupStatus"));
    layout->addWidget(m_status);
    m_crateHistory = new QLabel(this);
    m_crateHistory->setObjectName(QStringLiteral("lookupCrateHistory"));
    m_crateHistory->setWordWrap(true);
    m_crateHistory->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_crateHistory->hide();
    layout->addWidget(m_crateHistory);

    m_patrons->setColumnCount(3);
    m_patrons->setHorizontalHeaderLabels({tr("Patron"), tr("Card"), tr("Home library")});
    m_requests->setColumnCount(RequestColumns);
    m_requests->setHorizontalHeaderLabels({tr("Title"), tr("Where it is"), tr("Pickup"), tr("Expires"), tr("Order")});
    for (QTableWidget* table : {m_patrons, m_requests}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setWordWrap(false);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    // Where the item is and the pickup point are read in full: wrapped on two lines when narrow,
    // never cut (and the whole text in a tooltip).
    m_requests->setWordWrap(true);
    m_requests->setTextElideMode(Qt::ElideNone);
    m_patrons->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_patrons->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_patrons->horizontalHeader()->setStretchLastSection(true);
    QHeaderView* header = m_requests->horizontalHeader();
    header->setSectionResizeMode(Title, QHeaderView::Stretch);
    header->setSectionResizeMode(Where, QHeaderView::Stretch);
    header->setSectionResizeMode(Pickup, QHeaderView::Interactive);
    header->setSectionResizeMode(Expires, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Order, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(60);
    auto* panes = new QHBoxLayout;
    panes->addWidget(m_patrons, 2);
    auto* right = new QVBoxLayout;
    right->addWidget(m_requests, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_appointment);
    m_deliveryOrder = new QPushButton(tr("Home &delivery order…"), this);
    m_deliveryOrder->setToolTip(tr("Alt+D: take a home delivery order for this patron on the phone"));
    m_deliveryOrder->setEnabled(false);
    m_deliveryOrder->hide();
    buttons->addWidget(m_deliveryOrder);
    connect(m_deliveryOrder, &QPushButton::clicked, this, [this] { openDeliveryOrder(); });
    // Alt+D wherever the typing is on this page (the button's mnemonic needs the window active).
    for (QWidget* w : {static_cast<QWidget*>(m_field), static_cast<QWidget*>(m_patrons),
                       static_cast<QWidget*>(m_requests)})
        w->installEventFilter(this);
    right->addLayout(buttons);
    panes->addLayout(right, 5);
    layout->addLayout(panes, 1);
    m_appointment->setEnabled(false);

    connect(m_field, &QLineEdit::returnPressed, this, [this] { search(m_field->text()); });
    connect(m_patrons, &QTableWidget::currentCellChanged, this, [this](int row) { showPatron(row); });
    connect(m_requests, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_appointment->setEnabled(row >= 0 && row < m_shown.size() && m_shown[row].orderId != 0);
    });
    connect(m_appointment, &QPushButton::clicked, this, [this] {
        const int row = m_requests->currentRow();
        if (row < 0 || row >= m_shown.size() || m_shown[row].orderId == 0)
            return;
        const QDateTime slot = askSlot(m_shown[row].orderId);
        if (!slot.isValid())
            return;
        if (Status s = setAppointment(m_shown[row].orderId, slot); !s.ok())
            QMessageBox::warning(this, tr("Appointment"), s.error().message);
    });
}

void LookupPage::search(const QString& text)
{
    m_field->setText(text);
    // A document's barcode: where its crates took it, before any patron search.
    const QString history = crateHistory ? crateHistory(text.trimmed()) : QString();
    m_crateHistory->setText(history);
    m_crateHistory->setVisible(!history.isEmpty());
    m_status->setText(tr("Searching…"));
    m_patrons->setRowCount(0);
    m_requests->setRowCount(0);
    m_shown.clear();
    m_lookup.findPatrons(text, [this](desk::NetworkLookup::Answer answer) {
        m_found = answer.patrons;
        m_patrons->setRowCount(int(m_found.size()));
        for (int row = 0; row < m_found.size(); ++row) {
            const desk::LookupPatron& p = m_found[row];
            m_patrons->setItem(row, 0, new QTableWidgetItem(p.surname.toUpper() + QStringLiteral(" ") + p.firstname));
            // The card's last digits only: enough to confirm on the phone, nothing more on screen.
            m_patrons->setItem(row, 1, new QTableWidgetItem(QStringLiteral("…") + desk::pickupCode(p.card)));
            auto* home = new QTableWidgetItem(libraryName(p.homeLibrary));
            home->setToolTip(home->text()); // elided when the pane is narrow
            m_patrons->setItem(row, 2, home);
        }
        m_patrons->resizeColumnToContents(1);
        QString status =
            m_found.isEmpty() ? tr("No patron found.") : tr("%n patron(s) found.", nullptr, int(m_found.size()));
        if (m_found.size() >= Limit)
            status = tr("The first %L1 patrons are shown: add the first name or type the card number.").arg(Limit);
        if (answer.fromCache)
            status += QStringLiteral(" ") + tr("The library system is not answering (%1): only this site's patrons are "
                                               "searched.")
                                                .arg(answer.problem);
        m_status->setText(status);
        if (!m_found.isEmpty())
            m_patrons->setCurrentCell(0, 0); // the first one's requests at once; ↑/↓ in the list for the others
        Q_EMIT searched();
    });
}

QString LookupPage::whereText(const desk::LookupRequest& r) const
{
    const QString pickup = libraryName(r.pickupLibrary);
    switch (r.where) {
    case desk::LookupRequest::Where::OnHoldShelf:
        if (isExpired(r))
            return tr("Expired on %1, still on the hold shelf at %2")
                .arg(QLocale().toString(r.expiration, QLocale::ShortFormat), pickup);
        return r.expiration.isValid() ? tr("On the hold shelf at %1, until %2")
                                            .arg(pickup, QLocale().toString(r.expiration, QLocale::ShortFormat))
                                      : tr("On the hold shelf at %1").arg(pickup);
    case desk::LookupRequest::Where::InTransit:
        return tr("In transit to %1 (crate %2)").arg(pickup, r.pickupLibrary);
    case desk::LookupRequest::Where::Processing:
        return tr("Being processed at %1").arg(pickup);
    case desk::LookupRequest::Where::ToPull:
        if (r.itemLibrary.isEmpty())
            return tr("Waiting for a copy (rank %1)").arg(r.priority);
        return tr("On the shelf at %1, to pull").arg(libraryName(r.itemLibrary));
    }
    return {};
}

bool LookupPage::isExpired(const desk::LookupRequest& r) const
{
    return r.where == desk::LookupRequest::Where::OnHoldShelf && r.expiration.isValid() && r.expiration < today();
}

void LookupPage::showPatron(int row)
{
    m_requests->setRowCount(0);
    m_shown.clear();
    m_appointment->setEnabled(false);
    m_deliveryOrder->setEnabled(m_phoneOrders && row >= 0 && row < m_found.size());
    if (row < 0 || row >= m_found.size())
        return;
    const qint64 id = m_found[row].id;
    m_lookup.requestsOf(id, [this, row](desk::NetworkLookup::Requests answer) {
        if (m_patrons->currentRow() != row)
            return; // another patron was chosen meanwhile
        m_shown = answer.requests;
        m_requests->setRowCount(int(m_shown.size()));
        for (int i = 0; i < m_shown.size(); ++i) {
            const desk::LookupRequest& r = m_shown[i];
            QString order;
            if (r.orderId) {
                const QDateTime slot = m_outbox.appointment(r.orderId).value();
                order = slot.isValid() ? tr("C&C %1 — %2")
                                             .arg(r.orderId)
                                             .arg(QLocale().toString(slot.toLocalTime(), QLocale::ShortFormat))
                                       : tr("C&C %1").arg(r.orderId);
            }
            const bool expired = isExpired(r);
            const QString expires =
                r.expiration.isValid() ? QLocale().toString(r.expiration, QLocale::ShortFormat) : QString();
            const QStringList cells = {r.title.isEmpty() ? tr("(title unknown)") : r.title, whereText(r),
                                       libraryName(r.pickupLibrary),
                                       expired ? tr("⚠ %1 (expired)").arg(expires) : expires, order};
            for (int c = 0; c < cells.size(); ++c) {
                auto* cell = new QTableWidgetItem(cells[c]);
                cell->setToolTip(cells[c]);
                if (expired && (c == Where || c == Expires)) {
                    // Expired: the caller is told the request is over, before anything else.
                    cell->setForeground(QColor(0xb7, 0x1c, 0x1c));
                    QFont bold = cell->font();
                    bold.setBold(true);
                    cell->setFont(bold);
                }
                m_requests->setItem(i, c, cell);
            }
        }
        // The pickup point as wide as its longest name, within reason; the rest goes to the title
        // and to where the item is.
        int pickupWidth = m_requests->horizontalHeader()->sectionSizeHint(Pickup);
        for (int i = 0; i < m_requests->rowCount(); ++i)
            pickupWidth = std::max(
                pickupWidth, m_requests->fontMetrics().horizontalAdvance(m_requests->item(i, Pickup)->text()) + 16);
        m_requests->setColumnWidth(Pickup, std::min(pickupWidth, 260));
        m_requests->resizeRowsToContents();
        QString status = tr("%n request(s) across the network.", nullptr, int(m_shown.size()));
        if (answer.fromCache)
            status = tr("%n request(s) known here; the library system is not answering (%1), requests at other sites "
                        "are not shown.",
                        nullptr, int(m_shown.size()))
                         .arg(answer.problem);
        m_status->setText(status);
        Q_EMIT searched();
    });
}

Status LookupPage::setAppointment(qint64 order, const QDateTime& slot)
{
    Status s = m_outbox.setAppointment(order, slot, m_staff);
    if (s.ok())
        showPatron(m_patrons->currentRow());
    return s;
}

void LookupPage::setPhoneOrders(delivery::PhoneOrders* orders)
{
    m_phoneOrders = orders;
    m_deliveryOrder->setVisible(orders != nullptr);
    m_deliveryOrder->setEnabled(orders && m_patrons->currentRow() >= 0 && m_patrons->currentRow() < m_found.size());
}

PhoneOrderDialog* LookupPage::openDeliveryOrder()
{
    const int row = m_patrons->currentRow();
    if (!m_phoneOrders || row < 0 || row >= m_found.size())
        return nullptr;
    const desk::LookupPatron& p = m_found[row];
    auto* dialog = new PhoneOrderDialog(*m_phoneOrders, p.id,
                                        QStringList{p.surname.toUpper(), p.firstname}.join(QLatin1Char(' ')), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Once placed, the patron's requests shown here include the new ones.
    connect(dialog, &PhoneOrderDialog::placed, this, [this, row] {
        if (m_patrons->currentRow() == row)
            showPatron(row);
    });
    dialog->open();
    return dialog;
}

bool LookupPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_D && key->modifiers() == Qt::AltModifier && m_deliveryOrder->isVisible() &&
            m_deliveryOrder->isEnabled()) {
            openDeliveryOrder();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace comptoir
