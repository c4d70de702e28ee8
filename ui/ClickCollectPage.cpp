#include "ClickCollectPage.h"

#include "desk/SlipContext.h"

#include "PageParts.h"
#include "SlipPdf.h"
#include "store/CacheStore.h"
#include "store/Outbox.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace comptoir {

ClickCollectPage::ClickCollectPage(CacheStore& cache, Outbox& outbox, QWidget* parent)
    : QWidget(parent)
    , m_queries(cache)
    , m_outbox(outbox)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_appointment(new QPushButton(tr("Set &appointment…"), this))
    , m_label(new QPushButton(tr("Bag &label…"), this))
    , m_labelPdf(new QPushButton(tr("Label as &PDF…"), this))
    , m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("clickCollectPage"));
    askSlot = [this](const Order& order) {
        return askAppointment(this, tr("Appointment for bag %1").arg(order.id), order.appointment);
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* top = new QHBoxLayout;
    top->addWidget(pageHeading(tr("Click & collect"), this));
    top->addStretch();
    top->addWidget(m_summary);
    layout->addLayout(top);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Bag"), tr("Patron"), tr("Pickup code"), tr("State"), tr("Appointment")});
    setupTable(m_table);
    layout->addWidget(m_table, 3);
    m_detail->setObjectName(QStringLiteral("orderDetail"));
    m_detail->setFocusPolicy(Qt::NoFocus);
    m_detail->setPlaceholderText(tr("Choose an order (↑ ↓ with an empty scan field, or scan its bag label) to see "
                                    "its documents."));
    layout->addWidget(m_detail, 2);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { showDetail(selectedOrder()); });
    connect(m_table, &QTableWidget::activated, this, [this] { showDetail(selectedOrder()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_appointment);
    buttons->addWidget(m_label);
    buttons->addWidget(m_labelPdf);
    buttons->addStretch();
    layout->addLayout(buttons);
    for (QPushButton* b : {m_appointment, m_label, m_labelPdf})
        b->setFocusPolicy(Qt::NoFocus);
    connect(m_appointment, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedOrder();
        for (const Order& o : std::as_const(m_orders))
            if (o.id == id) {
                const QDateTime slot = askSlot(o);
                if (slot.isValid())
                    if (Status s = setAppointment(id, slot); !s.ok())
                        QMessageBox::warning(this, tr("Appointment"), s.error().message);
            }
    });
    connect(m_label, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedOrder();
        if (id != 0)
            SlipPrinter::preview(this, bagLabel(id));
    });
    connect(m_labelPdf, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedOrder();
        if (id == 0)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Bag label"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/bag-%1.pdf").arg(id),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty() && !writeBagLabel(id, path))
            QMessageBox::warning(this, tr("Bag label"), tr("Cannot write %1").arg(path));
    });
}

void ClickCollectPage::setDesk(const QString& site, const QString& libraryName, const QString& staff)
{
    m_site = site;
    m_library = libraryName;
    m_staff = staff;
}

QString ClickCollectPage::stateText(const Order& o)
{
    switch (o.state) {
    case State::ToGather:
        return tr("to gather (0/%1)").arg(o.total);
    case State::Gathering:
        return tr("gathering %1/%2").arg(o.gathered).arg(o.total);
    case State::Ready:
        return tr("ready");
    case State::Expired:
        return tr("expired");
    case State::Collected:
        return tr("collected");
    }
    return {};
}

void ClickCollectPage::reload()
{
    m_orders.clear();
    QMap<qint64, Order> byId;
    QMap<qint64, bool> expired;
    if (auto holds = m_queries.orderHolds(m_site)) {
        for (const desk::OrderHold& h : holds.value()) {
            Order& o = byId[h.order];
            o.id = h.order;
            if (o.patron.isEmpty()) {
                const QString name = h.surname + QStringLiteral(", ") + h.firstname;
                o.pickupCode = desk::pickupCode(h.card);
                o.patron = desk::displayName(name, o.pickupCode, m_display);
                o.shelf = desk::shelfPosition(name, o.pickupCode, m_display);
            }
            ++o.total;
            if (h.waiting) {
                ++o.gathered;
                if (h.expires.isValid() && h.expires < m_today)
                    expired[o.id] = true;
            }
        }
    }
    for (Order o : std::as_const(byId)) {
        o.state = expired.value(o.id)    ? State::Expired
                  : o.gathered == 0      ? State::ToGather
                  : o.gathered < o.total ? State::Gathering
                                         : State::Ready;
        o.appointment = m_outbox.appointment(o.id).value();
        m_orders << o;
    }
    // Handed over at this desk today: filled requests leave the ILS's list, the outbox file remembers.
    if (auto collected = m_outbox.collectedSince(m_today.startOfDay())) {
        for (const CollectedOrder& c : collected.value()) {
            auto it = std::find_if(m_orders.begin(), m_orders.end(), [&c](const Order& o) { return o.id == c.order; });
            if (it == m_orders.end()) {
                Order o;
                o.id = c.order;
                o.patron = c.patron;
                o.total = o.gathered = c.items;
                o.appointment = m_outbox.appointment(o.id).value();
                it = m_orders.insert(m_orders.end(), o);
            }
            it->state = State::Collected;
        }
    }
    m_table->setRowCount(int(m_orders.size()));
    for (int row = 0; row < m_orders.size(); ++row) {
        const Order& o = m_orders[row];
        const QStringList cells = {QString::number(o.id), o.patron, o.pickupCode, stateText(o),
                                   o.appointment.isValid()
                                       ? QLocale().toString(o.appointment.toLocalTime(), QLocale::ShortFormat)
                                       : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, o.id);
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    // The order in detail stays chosen across a reload.
    if (m_detailed != 0) {
        for (int row = 0; row < m_orders.size(); ++row)
            if (m_orders[row].id == m_detailed)
                m_table->selectRow(row);
        showDetail(m_detailed);
    }
    int ready = 0;
    for (const Order& o : std::as_const(m_orders))
        ready += o.state == State::Ready;
    m_summary->setText(
        tr("%1, %2").arg(tr("%Ln order(s)", nullptr, int(m_orders.size())), tr("%Ln ready", nullptr, ready)));
}

const ClickCollectPage::Order* ClickCollectPage::find(qint64 id) const
{
    for (const Order& o : m_orders)
        if (o.id == id)
            return &o;
    return nullptr;
}

Verdict ClickCollectPage::openBag(const QString& code)
{
    QString digits;
    for (const QChar c : code)
        if (c.isDigit())
            digits += c;
    bool ok = false;
    const qint64 id = digits.left(18).toLongLong(&ok);
    if (!ok || !find(id))
        reload();
    const Order* order = ok ? find(id) : nullptr;
    if (!order)
        return {VerdictKind::Warning, tr("Bag %1 is not known here").arg(code),
                tr("No order of this site has this number: check the label, or refresh (F5).")};
    for (int row = 0; row < m_orders.size(); ++row)
        if (m_orders[row].id == id) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
        }
    showDetail(id);
    QString detail = tr("%1 — %2").arg(order->patron, stateText(*order));
    if (!order->shelf.isEmpty())
        detail += QStringLiteral(" · ") + tr("place %1").arg(order->shelf);
    if (order->appointment.isValid())
        detail += QStringLiteral(" · ") +
                  tr("appointment %1")
                      .arg(QLocale().toString(order->appointment.toLocalTime(), QStringLiteral("dd/MM HH:mm")));
    return {VerdictKind::Bag, tr("Bag %1").arg(id), detail};
}

void ClickCollectPage::showDetail(qint64 id)
{
    m_detailed = id;
    const Order* o = find(id);
    if (!o) {
        m_detail->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Bag %1 — %2").arg(o->id).arg(o->patron.toHtmlEscaped()));
    QStringList facts;
    facts << tr("State: %1").arg(stateText(*o));
    if (!o->shelf.isEmpty())
        facts << tr("Place on the hold shelf: %1").arg(o->shelf.toHtmlEscaped());
    facts << (o->appointment.isValid()
                  ? tr("Appointment: %1")
                        .arg(QLocale().toString(o->appointment.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")))
                  : tr("No appointment yet"));
    QDate deadline, placed;
    QString rows;
    if (auto items = m_queries.orderItems(o->id)) {
        for (const desk::OrderItem& i : items.value()) {
            if (i.expires.isValid() && (!deadline.isValid() || i.expires < deadline))
                deadline = i.expires;
            if (i.placed.isValid() && (!placed.isValid() || i.placed < placed))
                placed = i.placed;
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(i.waiting ? tr("in the bag") : tr("to gather"), i.title.toHtmlEscaped(),
                             i.callNumber.toHtmlEscaped(), i.barcode.toHtmlEscaped());
        }
    }
    if (placed.isValid())
        facts << tr("Ordered on %1 (%n day(s) ago)", nullptr, int(placed.daysTo(m_today)))
                     .arg(QLocale().toString(placed, QStringLiteral("dd/MM/yyyy")));
    if (deadline.isValid())
        facts << tr("To collect by %1").arg(QLocale().toString(deadline, QStringLiteral("dd/MM/yyyy")));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    html += QStringLiteral("<table cellpadding=\"3\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th><th align=\"left\">%4</th></tr>%5</table>")
                .arg(tr("Where"), tr("Title"), tr("Call number"), tr("Barcode"), rows);
    m_detail->setHtml(html);
}

QString ClickCollectPage::detailText() const
{
    return m_detail->toPlainText();
}

qint64 ClickCollectPage::selectedOrder() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

Status ClickCollectPage::setAppointment(qint64 order, const QDateTime& slot)
{
    Status s = m_outbox.setAppointment(order, slot, m_staff);
    if (s.ok())
        reload();
    return s;
}

Slip ClickCollectPage::bagLabel(qint64 id) const
{
    for (const Order& o : m_orders) {
        if (o.id != id)
            continue;
        desk::SlipParty party{m_library, QString(), m_display, QDateTime::currentDateTime()};
        print::TemplateContext c = desk::baseSlipContext(party);
        c.values.insert(QStringLiteral("order.number"), QString::number(o.id));
        c.values.insert(QStringLiteral("order.barcode"), QStringLiteral("CC%1").arg(o.id));
        c.values.insert(QStringLiteral("order.count"), QString::number(o.total));
        c.values.insert(QStringLiteral("bag.gathered"), QString::number(o.gathered));
        c.values.insert(QStringLiteral("bag.total"), QString::number(o.total));
        c.values.insert(QStringLiteral("pickup.name"), m_library);
        c.values.insert(QStringLiteral("patron.name"), o.patron);
        c.values.insert(QStringLiteral("patron.pickup_code"), o.pickupCode);
        c.values.insert(QStringLiteral("patron.shelf"), o.shelf);
        if (o.appointment.isValid())
            c.values.insert(QStringLiteral("appointment"),
                            QLocale().toString(o.appointment.toLocalTime(), QLocale::ShortFormat));
        QList<print::TemplateContext> items;
        QDate expires;
        if (auto rows = m_queries.orderItems(o.id)) {
            for (const desk::OrderItem& i : rows.value()) {
                print::TemplateContext item;
                item.values = {{QStringLiteral("item.title"), i.title},
                               {QStringLiteral("item.call_number"), i.callNumber},
                               {QStringLiteral("item.barcode"), i.barcode}};
                items << item;
                if (i.expires.isValid() && (!expires.isValid() || i.expires < expires))
                    expires = i.expires;
            }
        }
        c.lists.insert(QStringLiteral("items"), items);
        if (expires.isValid())
            c.values.insert(QStringLiteral("hold.expiration_date"), QLocale().toString(expires, QLocale::ShortFormat));
        return makeSlip(*m_templates, print::TemplateKind::BagLabel, c, tr("Click & collect — bag %1").arg(o.id));
    }
    return {};
}

bool ClickCollectPage::writeBagLabel(qint64 id, const QString& path) const
{
    const Slip label = bagLabel(id);
    return !label.isEmpty() && writeSlipPdf(label, path);
}

} // namespace comptoir
