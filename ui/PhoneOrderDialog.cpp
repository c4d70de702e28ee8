#include "PhoneOrderDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace comptoir {

PhoneOrderDialog::PhoneOrderDialog(delivery::PhoneOrders& orders, qint64 patronId, const QString& patronName,
                                   QWidget* parent)
    : QDialog(parent)
    , m_orders(orders)
    , m_patronId(patronId)
    , m_patron(new QLabel(patronName, this))
    , m_address(new QLabel(this))
    , m_eligibility(new QLabel(this))
    , m_round(new QLabel(this))
    , m_barcode(new QLineEdit(this))
    , m_documents(new QTableWidget(this))
    , m_result(new QLabel(this))
    , m_confirm(new QPushButton(tr("&Place the order"), this))
    , m_clockTick(new QTimer(this))
{
    setObjectName(QStringLiteral("phoneOrderDialog"));
    setWindowTitle(tr("Home delivery order"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    QFont bold = m_patron->font();
    bold.setBold(true);
    m_patron->setFont(bold);
    form->addRow(tr("Patron"), m_patron);
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Address"), m_address);
    m_eligibility->setWordWrap(true);
    form->addRow(tr("Delivered?"), m_eligibility);
    m_round->setWordWrap(true);
    form->addRow(tr("Round"), m_round);
    auto* label = new QLabel(tr("Document &barcode:"), this);
    label->setBuddy(m_barcode);
    m_barcode->setPlaceholderText(tr("scan or type, then Enter"));
    form->addRow(label, m_barcode);
    layout->addLayout(form);
    m_documents->setColumnCount(3);
    m_documents->setHorizontalHeaderLabels({tr("Barcode"), tr("Title"), tr("Problem")});
    m_documents->verticalHeader()->hide();
    m_documents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documents->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_documents, 1);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(this);
    m_confirm->setAutoDefault(false);
    m_confirm->setToolTip(tr("Ctrl+Enter"));
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    layout->addWidget(buttons);
    m_confirm->setEnabled(false);
    m_barcode->setFocus();
    setFocusProxy(m_barcode);

    connect(m_barcode, &QLineEdit::returnPressed, this, [this] {
        addBarcode(m_barcode->text());
        m_barcode->clear();
    });
    connect(m_confirm, &QPushButton::clicked, this, &PhoneOrderDialog::confirm);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    // Ctrl+Enter places the order, Delete removes the selected document: read from the keys
    // themselves (a shortcut needs the window active, which a dialog over the page may not be).
    for (QWidget* w :
         {static_cast<QWidget*>(m_barcode), static_cast<QWidget*>(m_documents), static_cast<QWidget*>(m_confirm)})
        w->installEventFilter(this);
    // The cut-off may pass while the patron is on the phone: the round said is kept current.
    m_clockTick->setInterval(15000);
    connect(m_clockTick, &QTimer::timeout, this, [this] {
        if (!m_quoting && m_quote.patronId != 0)
            show(m_orders.requote(m_quote));
    });
    m_clockTick->start();
    m_address->setText(tr("Reading the patron's record…"));
    requestQuote();
}

void PhoneOrderDialog::addBarcode(const QString& barcode)
{
    const QString code = barcode.trimmed();
    if (code.isEmpty() || m_barcodes.contains(code))
        return;
    m_barcodes << code;
    requestQuote();
}

void PhoneOrderDialog::removeSelected()
{
    const int row = m_documents->currentRow();
    if (row < 0 || row >= m_barcodes.size())
        return;
    m_barcodes.removeAt(row);
    requestQuote();
}

void PhoneOrderDialog::requestQuote()
{
    if (m_quoting) {
        m_again = true;
        return;
    }
    m_quoting = true;
    m_confirm->setEnabled(false);
    m_orders.quote(m_patronId, m_barcodes, [this](Result<delivery::PhoneQuote> q) {
        m_quoting = false;
        if (m_again) {
            m_again = false;
            requestQuote();
            return;
        }
        if (!q) {
            m_result->setText(tr("The library system did not answer: %1").arg(q.error().message));
            Q_EMIT failed(q.error().message);
            return;
        }
        show(q.value());
        Q_EMIT quoted();
    });
}

void PhoneOrderDialog::show(const delivery::PhoneQuote& quote)
{
    m_quote = quote;
    m_patron->setText(QStringLiteral("%1 — %2").arg(quote.patronName(), quote.card));
    const QString phone = quote.address.bestPhone();
    m_address->setText(quote.address.isEmpty()
                           ? tr("No address on record.")
                           : quote.address.oneLine() + (phone.isEmpty() ? QString() : QStringLiteral(" — ") + phone));
    m_eligibility->setText(quote.eligibility.ok ? tr("Yes") : tr("No: %1").arg(quote.eligibility.reason));
    m_eligibility->setStyleSheet(quote.eligibility.ok ? QString() : QStringLiteral("color: #b00020"));
    m_round->setText(quote.round.isValid() ? quote.roundText() : tr("No delivery day ahead."));
    m_documents->setRowCount(int(quote.items.size()));
    for (int row = 0; row < quote.items.size(); ++row) {
        const delivery::PhoneItem& i = quote.items[row];
        m_documents->setItem(row, 0, new QTableWidgetItem(i.barcode));
        m_documents->setItem(row, 1, new QTableWidgetItem(i.title));
        m_documents->setItem(row, 2, new QTableWidgetItem(i.problem));
    }
    m_confirm->setEnabled(quote.canPlace() && !m_placing);
}

void PhoneOrderDialog::confirm()
{
    if (m_quoting || m_placing || !m_quote.canPlace())
        return;
    // The round as it is at the moment of confirming (the cut-off may have passed).
    const delivery::PhoneQuote now = m_orders.requote(m_quote);
    show(now);
    m_placing = true;
    m_confirm->setEnabled(false);
    m_result->setText(tr("Placing the requests…"));
    m_orders.place(now, [this](Result<delivery::PhonePlacement> r) {
        m_placing = false;
        if (!r) {
            m_result->setText(r.error().message);
            m_confirm->setEnabled(m_quote.canPlace());
            Q_EMIT failed(r.error().message);
            return;
        }
        const delivery::PhonePlacement& p = r.value();
        QString text = tr("%n request(s) placed for home delivery.", nullptr, p.placed + p.provisional);
        if (p.provisional > 0)
            text += QLatin1Char(' ') + tr("%n kept to send when the library system answers.", nullptr, p.provisional);
        if (!p.refused.isEmpty())
            text += QLatin1Char(' ') + tr("Refused: %1").arg(p.refused.join(QStringLiteral("; ")));
        m_result->setText(text);
        // What was placed leaves the list; what was refused stays, to be seen (and removed).
        QStringList left;
        for (const QString& refused : p.refused)
            left << refused.section(QLatin1Char(':'), 0, 0);
        m_barcodes = left;
        Q_EMIT placed(p);
        if (m_barcodes.isEmpty()) {
            m_documents->setRowCount(0);
            m_quote.items.clear();
            m_confirm->setEnabled(false);
        } else {
            requestQuote();
        }
    });
}

bool PhoneOrderDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            confirm();
            return true;
        }
        if (key->key() == Qt::Key_Delete && watched == m_documents) {
            removeSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace comptoir
