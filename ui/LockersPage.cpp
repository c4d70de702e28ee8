#include "LockersPage.h"

#include "Clock.h"
#include "LockerDoorMap.h"
#include "store/CacheStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

using namespace lockers;

LockersPage::LockersPage(LockerService& service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("lockersPage"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("lockerSummary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() + 2);
    big.setBold(true);
    m_summary->setFont(big);
    layout->addWidget(m_summary);
    m_map = new LockerDoorMap(this);
    // A bank taller than the screen (16 rows on a 1280 × 800 counter) scrolls; the chosen door is
    // kept in view.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("lockerMapScroll"));
    scroll->setWidget(m_map);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(scroll, 3);
    connect(m_map, &LockerDoorMap::selectionChanged, scroll, [this, scroll] {
        const QRect r = m_map->selectedRect();
        if (r.isValid())
            scroll->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 4, r.height() / 2 + 4);
    });
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("lockerDetail"));
    m_detail->setWordWrap(true);
    layout->addWidget(m_detail);
    auto* buttons = new QHBoxLayout;
    m_buttons = buttons;
    m_empty = new QPushButton(tr("Empty this door (Enter)"), this);
    m_empty->setObjectName(QStringLiteral("emptyDoor"));
    m_service_ = new QPushButton(tr("Back in service"), this);
    m_service_->setObjectName(QStringLiteral("doorBackInService"));
    buttons->addWidget(m_empty);
    buttons->addWidget(m_service_);
    buttons->addStretch();
    layout->addLayout(buttons);
    if (m_service.bank().vendor) {
        auto* vendorRow = new QHBoxLayout;
        vendorRow->addWidget(new QLabel(tr("Door label:"), this));
        m_doorField = new QLineEdit(this);
        m_doorField->setObjectName(QStringLiteral("vendorDoorField"));
        m_doorField->setPlaceholderText(tr("Scan the door's label or type it, then Enter"));
        vendorRow->addWidget(m_doorField, 1);
        layout->addLayout(vendorRow);
        m_list = new QTableWidget(0, 4, this);
        m_list->setObjectName(QStringLiteral("vendorLoadingList"));
        m_list->setHorizontalHeaderLabels({tr("Patron"), tr("Item"), tr("Title"), tr("Door")});
        m_list->horizontalHeader()->setStretchLastSection(true);
        m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        layout->addWidget(m_list, 2);
        connect(m_doorField, &QLineEdit::returnPressed, this, [this] {
            const Verdict v = handleScan(m_doorField->text());
            m_doorField->clear();
            Q_EMIT verdictReady(v);
        });
    }
    connect(m_map, &LockerDoorMap::selectionChanged, this, &LockersPage::showDetail);
    connect(m_map, &LockerDoorMap::activated, this, [this](const QString& uuid) { Q_EMIT verdictReady(actOn(uuid)); });
    connect(m_empty, &QPushButton::clicked, this, [this] { Q_EMIT verdictReady(actOn(m_map->selected())); });
    connect(m_service_, &QPushButton::clicked, this, [this] {
        if (!m_map->selected().isEmpty())
            (void)m_service.store().setState(m_map->selected(), DoorState::Free, QStringLiteral("back in service"));
        reload();
    });
    connect(&m_service, &LockerService::doorsChanged, this, &LockersPage::reload);
    connect(&m_service, &LockerService::outcome, this, [this](const LockerOutcome& o) {
        // What happens later at a door (loaded, jammed, closed empty, alerts) reaches the banner too.
        if (o.kind != LockerOutcome::Kind::DoorOpening)
            Q_EMIT verdictReady(o.verdict);
    });
    reload();
}

void LockersPage::reload()
{
    auto doors = m_service.doors();
    if (!doors)
        return;
    const QDate today = m_clock.now().toUTC().date();
    int free = 0, loaded = 0, expired = 0, returns = 0, jammed = 0;
    for (const LockerDoor& d : doors.value()) {
        free += d.state == DoorState::Free;
        loaded += d.state == DoorState::Loaded && !d.expired(today);
        expired += d.expired(today);
        returns += d.state == DoorState::Return;
        jammed += d.state == DoorState::Jammed;
    }
    m_summary->setText(tr("%1 — free %2, loaded %3, expired %4, returns %5, jammed %6")
                           .arg(m_service.bank().name.isEmpty() ? m_service.bank().id : m_service.bank().name)
                           .arg(free)
                           .arg(loaded)
                           .arg(expired)
                           .arg(returns)
                           .arg(jammed));
    m_map->setDoors(doors.value(), today, !m_service.bank().vendor);
    QSet<int> down;
    if (m_service.boardDown())
        for (const BoardConfig& b : m_service.bank().boards)
            down.insert(b.address); // said per door by the map
    m_map->setOutOfService(m_service.boardDown() ? down : QSet<int>());
    showDetail(m_map->selected());
    if (m_list)
        fillLoadingList();
}

void LockersPage::fillLoadingList()
{
    // Vendor bank: the items waiting to go in a door, by patron (name as the privacy setting shows).
    const auto lines = m_service.loadingList();
    m_list->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const LoadCandidate& c = lines[row].second;
        const QString name = desk::displayName(c.surname + QStringLiteral(", ") + c.firstname, desk::pickupCode(c.card),
                                               m_service.nameDisplay());
        m_list->setItem(row, 0, new QTableWidgetItem(name));
        m_list->setItem(row, 1, new QTableWidgetItem(lines[row].first));
        m_list->setItem(row, 2, new QTableWidgetItem(c.title));
        m_list->setItem(row, 3,
                        new QTableWidgetItem(lines[row].first == m_waitingItem ? tr("scan its door") : QString()));
    }
}

void LockersPage::showDetail(const QString& uuid)
{
    if (uuid.isEmpty()) {
        m_detail->clear();
        return;
    }
    auto door = m_service.store().door(uuid);
    if (!door)
        return;
    const LockerDoor& d = door.value();
    const QDate today = m_clock.now().toUTC().date();
    QStringList parts{tr("Door %1 (%2)").arg(d.label, sizeCode(d.size)), LockerDoorMap::stateText(d, today)};
    if (!d.patronName.isEmpty())
        parts << d.patronName;
    if (d.expires.isValid())
        parts << tr("until %1").arg(QLocale().toString(d.expires, QLocale::ShortFormat));
    QStringList titles;
    for (const LockerItem& i : d.items)
        titles << (i.title.isEmpty() ? i.barcode : i.title);
    if (!titles.isEmpty())
        parts << titles.join(QStringLiteral(" · "));
    m_detail->setText(parts.join(QStringLiteral(" — ")));
    m_empty->setEnabled(d.state == DoorState::Loaded || d.state == DoorState::Return);
    m_service_->setEnabled(d.state == DoorState::Jammed || d.state == DoorState::OutOfService);
}

void LockersPage::setNetworkLockers(QWidget* view)
{
    if (m_network || !view)
        return;
    m_network = new QPushButton(tr("Network lockers…"), this);
    m_network->setObjectName(QStringLiteral("networkLockersButton"));
    m_network->setToolTip(tr("The locker banks of every site, as the network store knows them (read-only)"));
    m_buttons->addWidget(m_network);
    view->setParent(this, Qt::Window);
    view->setWindowTitle(tr("Network lockers"));
    view->resize(900, 600);
    connect(m_network, &QPushButton::clicked, view, [view] {
        view->show();
        view->raise();
        view->activateWindow();
    });
}

Verdict LockersPage::actOn(const QString& doorUuid)
{
    auto door = m_service.store().door(doorUuid);
    if (!door)
        return {VerdictKind::Error, tr("Unknown door")};
    if (door.value().state == DoorState::Jammed) {
        (void)m_service.store().setState(doorUuid, DoorState::Free, QStringLiteral("back in service"));
        reload();
        return {VerdictKind::Success, tr("Door %1 back in service").arg(door.value().label)};
    }
    const LockerOutcome o = m_service.clear(doorUuid);
    reload();
    return o.verdict;
}

Verdict LockersPage::handleScan(const QString& code)
{
    const QString text = code.trimmed();
    if (m_service.bank().vendor) {
        if (!m_waitingItem.isEmpty() && m_service.bank().doorByLabel(text)) {
            const LockerOutcome o = m_service.recordVendorDoor(m_waitingItem, text);
            m_waitingItem.clear();
            reload();
            return o.verdict;
        }
        if (m_service.bank().doorByLabel(text))
            return {VerdictKind::Warning, tr("Scan the item first, then its door")};
        const auto c = m_service.candidate(text);
        if (!c)
            return {VerdictKind::Error, tr("Not for this locker bank"), text};
        m_waitingItem = text;
        return {VerdictKind::HoldHere, tr("Which door?"), tr("Scan the door's label or type it.")};
    }
    const LockerOutcome o = m_service.load(text);
    if (!o.doorUuids.isEmpty())
        m_map->select(o.doorUuids.first());
    reload();
    return o.verdict;
}

} // namespace comptoir
