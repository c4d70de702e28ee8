#include "ZoneSplitDialog.h"

#include "netstore/NetStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

ZoneSplitDialog::ZoneSplitDialog(netstore::NetStore& store, const QString& site, const QStringList& zones,
                                 QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_site(site)
    , m_zones(zones)
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Split zones between desks"));
    resize(560, 420);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Tick the zones this desk pulls. Its runs then claim only lines of its zones and "
                                "of the zones given to no desk; the other desks leave its zones alone."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Zone"), tr("Given to")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table, 1);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("zoneSplitMessage"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != 0)
            return;
        (void)setTaken(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    (void)reload();
}

Status ZoneSplitDialog::reload()
{
    auto holders = m_store.zoneAssignments(m_site);
    if (!holders) {
        m_message->setText(holders.error().message);
        return holders.error();
    }
    fill(holders.value());
    return {};
}

void ZoneSplitDialog::fill(const QHash<QString, QString>& holders)
{
    m_holders = holders;
    QStringList zones = m_zones;
    QStringList others = holders.keys(); // zones given in the store that this layout no longer has
    others.sort();
    for (const QString& zone : std::as_const(others))
        if (!zones.contains(zone))
            zones.append(zone);
    m_filling = true;
    m_table->setRowCount(int(zones.size()));
    const QString me = m_store.role();
    for (int row = 0; row < zones.size(); ++row) {
        const QString& zone = zones.at(row);
        const QString holder = holders.value(zone);
        auto* name = new QTableWidgetItem(zone);
        name->setData(Qt::UserRole, zone);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(holder == me ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, 0, name);
        const QString shown = holder.isEmpty() ? tr("no desk (every desk pulls it)")
                              : holder == me   ? tr("this desk (%1)").arg(holder)
                                               : holder;
        auto* given = new QTableWidgetItem(shown);
        given->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 1, given);
    }
    m_filling = false;
}

Status ZoneSplitDialog::setTaken(const QString& zone, bool take)
{
    auto before = m_store.assignZone(m_site, zone, take);
    if (!before) {
        m_message->setText(before.error().message);
        (void)reload();
        return before.error();
    }
    const QString me = m_store.role();
    if (take && !before.value().isEmpty() && before.value() != me)
        m_message->setText(tr("Zone %1 taken from %2.").arg(zone, before.value()));
    else
        m_message->clear();
    Status s = reload();
    Q_EMIT changed();
    return s;
}

} // namespace comptoir
