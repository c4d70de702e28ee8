#include "NetworkDeliveryOrders.h"

#include "netstore/NetStore.h"
#include "netstore/NetworkStoreLink.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace comptoir {

using netstore::NetworkDeliveryOrder;

namespace {

enum Column { Order, Round, Items, State, Counter, Updated, Columns };

} // namespace

NetworkDeliveryOrders::NetworkDeliveryOrders(netstore::NetworkStoreLink& link, QWidget* parent)
    : QWidget(parent)
    , m_link(link)
{
    setObjectName(QStringLiteral("networkDeliveryOrders"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Orders taken at the site's other counters (read-only)"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("networkDeliveryStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("networkDeliveryTree"));
    m_tree->setColumnCount(Columns);
    m_tree->setHeaderLabels({tr("Order"), tr("Round"), tr("Items"), tr("State"), tr("Counter"), tr("Updated")});
    m_tree->setRootIsDecorated(false);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setFocusPolicy(Qt::NoFocus); // the page's keys stay on its own orders
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setMaximumHeight(160);
    layout->addWidget(m_tree);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &NetworkDeliveryOrders::refresh);
    connect(&m_link.store(), &netstore::NetStore::notified, this, [this](const QJsonObject& n) {
        if (n.value(QStringLiteral("kind")).toString().startsWith(QLatin1String("delivery.")) &&
            n.value(QStringLiteral("site")).toString() == m_link.site() && isVisible())
            m_debounce->start();
    });
    connect(&m_link, &netstore::NetworkStoreLink::connectedChanged, this, [this](bool up) {
        if (up && isVisible())
            refresh();
    });
}

void NetworkDeliveryOrders::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QString NetworkDeliveryOrders::statusText() const
{
    return m_status->text();
}

QString NetworkDeliveryOrders::stepText(const QString& lastEvent, const QString& state)
{
    if (state == QLatin1String("open"))
        return tr("open");
    if (state == QLatin1String("call"))
        return tr("to call");
    if (state == QLatin1String("dispatched"))
        return tr("dispatched");
    if (state == QLatin1String("closed"))
        return tr("closed");
    return lastEvent.mid(lastEvent.indexOf(QLatin1Char('.')) + 1);
}

void NetworkDeliveryOrders::refresh()
{
    if (!m_link.isConfigured())
        return;
    if (m_reading) {
        m_again = true;
        return;
    }
    auto read = std::make_shared<Result<QList<NetworkDeliveryOrder>>>(QList<NetworkDeliveryOrder>());
    const QString site = m_link.site();
    const bool started = m_link.readInBackground(
        this,
        [read, site](netstore::NetStore& store) -> Status {
            *read = netstore::readDeliveryOrders(store, site);
            return read->ok() ? Status() : Status(read->error());
        },
        [this, read](const Status& status) {
            m_reading = false;
            if (!status.ok()) {
                m_status->setText(tr("The network store could not be read: %1").arg(status.error().message));
                Q_EMIT refreshed(false);
            } else {
                m_orders = read->value();
                fill();
                Q_EMIT refreshed(true);
            }
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
    if (!started) {
        m_status->setText(tr("The network store is not connected: the other counters' orders cannot be read now."));
        Q_EMIT refreshed(false);
        return;
    }
    m_reading = true;
}

void NetworkDeliveryOrders::fill()
{
    m_tree->clear();
    const QLocale locale;
    for (const NetworkDeliveryOrder& o : std::as_const(m_orders)) {
        auto* row = new QTreeWidgetItem(
            m_tree, {o.uuid.left(8), o.round.isValid() ? locale.toString(o.round, QLocale::ShortFormat) : QString(),
                     o.items > 0 ? QString::number(o.items) : QString(), stepText(o.lastEvent, o.state), o.counter,
                     locale.toString(o.at.toLocalTime(), QLocale::ShortFormat)});
        row->setData(Order, Qt::UserRole, o.uuid);
        row->setToolTip(Order, o.uuid);
    }
    m_status->setText(m_orders.isEmpty()
                          ? tr("No order taken at another counter of the site.")
                          : tr("%n order(s) taken at other counters of the site.", nullptr, int(m_orders.size())));
}

} // namespace comptoir
