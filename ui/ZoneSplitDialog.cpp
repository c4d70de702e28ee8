#include "ZoneSplitDialog.h"

#include "netstore/NetStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace comptoir {

ZoneSplitDialog::ZoneSplitDialog(StoreCall call, const QString& me, const QString& site, const QStringList& zones,
                                 QWidget* parent)
    : QDialog(parent)
    , m_call(std::move(call))
    , m_me(me)
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

Status ZoneSplitDialog::call(std::function<Status(netstore::NetStore&)> job, std::function<void(const Status&)> done)
{
    // The table waits for the answer; the store's answer comes back here, never this thread waiting.
    ++m_waiting;
    m_table->setEnabled(false);
    auto atOnce = std::make_shared<std::optional<Status>>(); // the answer, when it came before the return
    const int generation = m_generation;
    const bool started =
        m_call(this, std::move(job), [this, done = std::move(done), atOnce, generation](const Status& s) {
            if (generation != m_generation)
                return; // given up meanwhile (no answer in time): the table was freed then
            --m_waiting;
            m_table->setEnabled(m_waiting == 0);
            if (m_waiting == 0 && m_message->text() == tr("Asking the network store…"))
                m_message->clear();
            *atOnce = s;
            done(s);
        });
    if (!started) {
        --m_waiting;
        m_table->setEnabled(m_waiting == 0);
        fill(m_holders); // a box ticked stays as the store has it
        const Error e{QStringLiteral("netstore.unreachable"),
                      tr("The network store is not connected: zones cannot be split now.")};
        m_message->setText(e.message);
        return e;
    }
    if (*atOnce)
        return **atOnce;
    if (m_message->text().isEmpty())
        m_message->setText(tr("Asking the network store…"));
    // The link drops a call the store did not answer in time (and goes on without the store): the
    // table is not left waiting for it.
    QTimer::singleShot(m_giveUpMs, this, [this, generation] {
        if (generation != m_generation || m_waiting == 0)
            return;
        ++m_generation;
        m_waiting = 0;
        m_table->setEnabled(true);
        fill(m_holders);
        m_message->setText(tr("The network store does not answer: the zones shown may be out of date. Close and "
                              "open this window again later."));
    });
    return {};
}

Status ZoneSplitDialog::reload()
{
    auto holders = std::make_shared<QHash<QString, QString>>();
    return call(
        [site = m_site, holders](netstore::NetStore& store) -> Status {
            auto read = store.zoneAssignments(site);
            if (!read)
                return read.error();
            *holders = read.value();
            return {};
        },
        [this, holders](const Status& s) {
            if (!s) {
                m_message->setText(s.error().message);
                return;
            }
            fill(*holders);
        });
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
    const QString& me = m_me;
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
    auto before = std::make_shared<QString>();
    return call(
        [site = m_site, zone, take, before](netstore::NetStore& store) -> Status {
            auto previous = store.assignZone(site, zone, take);
            if (!previous)
                return previous.error();
            *before = previous.value();
            return {};
        },
        [this, zone, take, before](const Status& s) {
            if (!s) {
                (void)reload(); // the boxes as the store has them
                m_message->setText(s.error().message);
                return;
            }
            m_message->clear();
            (void)reload();
            if (take && !before->isEmpty() && *before != m_me)
                m_message->setText(tr("Zone %1 taken from %2.").arg(zone, *before));
            Q_EMIT changed();
        });
}

} // namespace comptoir
