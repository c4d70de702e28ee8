#include "NetworkLockersView.h"

#include "Clock.h"
#include "netstore/NetStore.h"
#include "netstore/NetworkStoreLink.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace comptoir {

using netstore::NetworkDoor;

namespace {

enum Column { Door, State, Item, Holder, Since, By, Columns };

} // namespace

NetworkLockersView::NetworkLockersView(netstore::NetworkStoreLink& link, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_link(link)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("networkLockers"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Locker banks of the network (read-only)"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    top->addWidget(title, 1);
    m_reload = new QPushButton(tr("Read again"), this);
    m_reload->setObjectName(QStringLiteral("networkLockersReload"));
    top->addWidget(m_reload);
    layout->addLayout(top);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("networkLockersStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("networkLockersTree"));
    m_tree->setColumnCount(Columns);
    m_tree->setHeaderLabels({tr("Door"), tr("State"), tr("Item"), tr("Request of"), tr("Since"), tr("Loaded by")});
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &NetworkLockersView::refresh);
    connect(m_reload, &QPushButton::clicked, this, &NetworkLockersView::refresh);
    // A door assigned, freed, jammed or an alert at any counter: read again (when shown).
    connect(&m_link.store(), &netstore::NetStore::notified, this, [this](const QJsonObject& n) {
        if (n.value(QStringLiteral("kind")).toString().startsWith(QLatin1String("locker.")) && isVisible())
            m_debounce->start();
    });
    connect(&m_link, &netstore::NetworkStoreLink::connectedChanged, this, [this](bool up) {
        if (up && isVisible())
            refresh();
    });
    m_status->setText(tr("Not read yet."));
}

void NetworkLockersView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QString NetworkLockersView::statusText() const
{
    return m_status->text();
}

void NetworkLockersView::refresh()
{
    if (!m_link.isConfigured()) {
        m_status->setText(tr("No network store is set up: only this counter's bank is shown."));
        return;
    }
    if (m_reading) {
        m_again = true;
        return;
    }
    auto read = std::make_shared<Result<QList<NetworkDoor>>>(QList<NetworkDoor>());
    const bool started = m_link.readInBackground(
        this,
        [read](netstore::NetStore& store) -> Status {
            *read = netstore::readLockerDoors(store);
            return read->ok() ? Status() : Status(read->error());
        },
        [this, read](const Status& status) {
            m_reading = false;
            if (!status.ok()) {
                m_status->setText(tr("The network store could not be read: %1").arg(status.error().message));
                Q_EMIT refreshed(false);
            } else {
                m_doors = read->value();
                fill();
                Q_EMIT refreshed(true);
            }
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
    if (!started) {
        m_status->setText(tr("The network store is not connected: the other counters' doors cannot be read now."));
        Q_EMIT refreshed(false);
        return;
    }
    m_reading = true;
}

void NetworkLockersView::fill()
{
    const QString selected =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_tree->clear();
    const QLocale locale;
    QTreeWidgetItem* site = nullptr;
    QTreeWidgetItem* bank = nullptr;
    int loaded = 0, jammed = 0;
    QTreeWidgetItem* reselect = nullptr;
    for (const NetworkDoor& d : std::as_const(m_doors)) {
        if (!site || site->text(0) != d.site) {
            site = new QTreeWidgetItem(m_tree, {d.site});
            site->setExpanded(true);
            bank = nullptr;
        }
        if (!bank || bank->text(0) != d.bank) {
            bank = new QTreeWidgetItem(site, {d.bank});
            bank->setExpanded(true);
        }
        QString state = d.state;
        if (d.state == QLatin1String("free"))
            state = tr("free");
        else if (d.state == QLatin1String("loaded"))
            state = tr("loaded");
        else if (d.jammed())
            state = tr("jammed");
        else if (d.state == QLatin1String("out_of_service"))
            state = tr("out of service");
        const QString item = d.title.isEmpty() ? d.item : QStringLiteral("%1 — %2").arg(d.item, d.title);
        auto* row = new QTreeWidgetItem(bank, {d.label.isEmpty() ? d.uuid.left(8) : d.label, state, item,
                                               d.item.isEmpty() ? QString() : d.holderCode,
                                               locale.toString(d.since.toLocalTime(), QLocale::ShortFormat), d.by});
        row->setData(0, Qt::UserRole, d.uuid);
        if (d.jammed()) {
            for (int c = 0; c < Columns; ++c)
                row->setForeground(c, QColor(0xb7, 0x1c, 0x1c));
            ++jammed;
        }
        if (!d.item.isEmpty())
            ++loaded;
        if (d.uuid == selected)
            reselect = row;
    }
    if (reselect)
        m_tree->setCurrentItem(reselect);
    m_status->setText(tr("%n door(s) in the network's banks, %1 holding an item, %2 jammed; read at %3.", nullptr,
                         int(m_doors.size()))
                          .arg(loaded)
                          .arg(jammed)
                          .arg(locale.toString(m_clock.now().toLocalTime().time(), QLocale::ShortFormat)));
}

} // namespace comptoir
