#include "ShelfLayoutEditor.h"

#include <QDir>
#include <QFileInfo>

#include "FloorPlanView.h"

#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace comptoir {

namespace {

constexpr int KindRole = Qt::UserRole;
enum Kind { ZoneKind = 1, LocationKind = 2, UnplacedKind = 3 };

int kindOf(const QTreeWidgetItem* item)
{
    return item ? item->data(0, KindRole).toInt() : 0;
}

QTreeWidgetItem* locationItem(const QString& code)
{
    auto* item = new QTreeWidgetItem({code});
    item->setData(0, KindRole, LocationKind);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    return item;
}

} // namespace

ShelfLayoutTree::ShelfLayoutTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Zone / location"), tr("Plan id")});
    setDragDropMode(QAbstractItemView::InternalMove);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDefaultDropAction(Qt::MoveAction);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
}

bool ShelfLayoutTree::dropSelectedAt(const QPoint& pos)
{
    QTreeWidgetItem* moving = currentItem();
    QTreeWidgetItem* target = itemAt(pos);
    if (!moving || !target || target == moving)
        return false;
    const QRect rect = visualItemRect(target);
    const bool above = pos.y() < rect.center().y();
    if (kindOf(moving) == ZoneKind) {
        // A zone goes before or after another zone (or before "Not placed", which stays last).
        QTreeWidgetItem* zone = kindOf(target) == LocationKind ? target->parent() : target;
        if (zone == moving)
            return false;
        const bool beforeUnplaced = kindOf(zone) == UnplacedKind;
        takeTopLevelItem(indexOfTopLevelItem(moving));
        const int at = indexOfTopLevelItem(zone) + (above || beforeUnplaced ? 0 : 1);
        insertTopLevelItem(at, moving);
        moving->setExpanded(true);
    } else if (kindOf(moving) == LocationKind) {
        QTreeWidgetItem* from = moving->parent();
        from->removeChild(moving);
        if (kindOf(target) == LocationKind) { // before or after that location, in its zone
            QTreeWidgetItem* zone = target->parent();
            zone->insertChild(zone->indexOfChild(target) + (above ? 0 : 1), moving);
        } else { // onto a zone: at its end
            target->addChild(moving);
            target->setExpanded(true);
        }
    } else {
        return false;
    }
    setCurrentItem(moving);
    Q_EMIT changed();
    return true;
}

void ShelfLayoutTree::dropEvent(QDropEvent* event)
{
    // The move is made here, item by item; telling Qt it was a copy keeps it from removing the
    // dragged rows again afterwards.
    if (event->source() == this && dropSelectedAt(event->position().toPoint())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

ShelfLayoutEditor::ShelfLayoutEditor(QWidget* parent)
    : QWidget(parent)
    , m_tree(new ShelfLayoutTree(this))
    , m_plan(new QLineEdit(this))
    , m_planView(new FloorPlanView(this))
{
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* hint = new QLabel(tr("Zones and shelving locations in the order staff walk them. Drag to reorder, or use "
                               "Alt+↑ / Alt+↓. Double-click a name or plan id to change it."),
                            this);
    hint->setWordWrap(true);
    left->addWidget(hint);
    left->addWidget(m_tree, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add &zone…"), this);
    auto* remove = new QPushButton(tr("&Remove zone"), this);
    auto* up = new QPushButton(tr("↑"), this);
    auto* down = new QPushButton(tr("↓"), this);
    up->setToolTip(tr("Move up (Alt+↑)"));
    down->setToolTip(tr("Move down (Alt+↓)"));
    for (QPushButton* b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    left->addLayout(buttons);
    layout->addLayout(left, 3);
    auto* right = new QVBoxLayout;
    auto* planRow = new QHBoxLayout;
    auto* planLabel = new QLabel(tr("Floor &plan (SVG):"), this);
    planLabel->setBuddy(m_plan);
    auto* browse = new QPushButton(tr("Choose…"), this);
    planRow->addWidget(planLabel);
    planRow->addWidget(m_plan, 1);
    planRow->addWidget(browse);
    right->addLayout(planRow);
    right->addWidget(m_planView, 1);
    layout->addLayout(right, 2);

    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("New zone"), tr("Name of the zone:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            addZone(name.trimmed());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem* zone = m_tree->currentItem();
        if (kindOf(zone) != ZoneKind)
            return;
        // Its locations are not lost: they go to "Not placed".
        while (zone->childCount() > 0)
            m_unplaced->addChild(zone->takeChild(0));
        delete zone;
    });
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    auto* altUp = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_tree);
    auto* altDown = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_tree);
    connect(altUp, &QShortcut::activated, this, [this] { moveSelected(-1); });
    connect(altDown, &QShortcut::activated, this, [this] { moveSelected(+1); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Floor plan"), QString(), tr("SVG (*.svg)"));
        if (!path.isEmpty())
            setPlanPath(path);
    });
    m_plan->setReadOnly(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        QTreeWidgetItem* zone = kindOf(item) == LocationKind ? item->parent() : item;
        m_planView->setHighlight(kindOf(zone) == ZoneKind ? zone->text(1) : QString());
    });
}

QTreeWidgetItem* ShelfLayoutEditor::zoneItem(const desk::Zone& zone)
{
    auto* item = new QTreeWidgetItem({zone.name, zone.id});
    item->setData(0, KindRole, ZoneKind);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled |
                   Qt::ItemIsEditable);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    for (const QString& code : zone.locations)
        item->addChild(locationItem(code));
    return item;
}

void ShelfLayoutEditor::setLayout(const desk::ShelfLayout& layout, const QStringList& known)
{
    m_tree->clear();
    for (const desk::Zone& zone : layout.zones)
        m_tree->addTopLevelItem(zoneItem(zone));
    m_unplaced = new QTreeWidgetItem({tr("Not placed (walked last, by name)")});
    m_unplaced->setData(0, KindRole, UnplacedKind);
    m_unplaced->setFlags(Qt::ItemIsEnabled | Qt::ItemIsDropEnabled);
    m_tree->addTopLevelItem(m_unplaced);
    const QStringList placed = layout.walkingOrder();
    QStringList rest;
    for (const QString& code : known)
        if (!placed.contains(code) && !rest.contains(code))
            rest << code;
    rest.sort();
    for (const QString& code : std::as_const(rest))
        m_unplaced->addChild(locationItem(code));
    m_tree->expandAll();
    m_locationNames = layout.locationNames;
    setPlanPath(layout.floorPlan);
}

void ShelfLayoutEditor::setPlanPath(const QString& path)
{
    // Staff see a name, not a path of the program's resources.
    m_planPath = path.trimmed();
    m_plan->setText(m_planPath.isEmpty()                         ? tr("No floor plan")
                    : m_planPath.startsWith(QLatin1String(":/")) ? tr("Plan of the training library (built in)")
                                                                 : QFileInfo(m_planPath).fileName());
    m_plan->setToolTip(m_planPath.startsWith(QLatin1String(":/")) ? QString() : QDir::toNativeSeparators(m_planPath));
    refreshPlan();
}

desk::ShelfLayout ShelfLayoutEditor::shelfLayout() const
{
    desk::ShelfLayout layout;
    layout.floorPlan = m_planPath;
    layout.locationNames = m_locationNames; // not edited here: kept as given
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (kindOf(item) != ZoneKind)
            continue;
        desk::Zone zone;
        zone.name = item->text(0).trimmed();
        zone.id = item->text(1).trimmed().isEmpty() ? desk::ShelfLayout::idFor(zone.name) : item->text(1).trimmed();
        for (int c = 0; c < item->childCount(); ++c)
            zone.locations << item->child(c)->text(0);
        layout.zones << zone;
    }
    return layout;
}

void ShelfLayoutEditor::addZone(const QString& name)
{
    QTreeWidgetItem* item = zoneItem({desk::ShelfLayout::idFor(name), name, {}});
    m_tree->insertTopLevelItem(m_tree->indexOfTopLevelItem(m_unplaced), item);
    m_tree->setCurrentItem(item);
}

void ShelfLayoutEditor::moveSelected(int delta)
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (kindOf(item) == ZoneKind) {
        const int from = m_tree->indexOfTopLevelItem(item);
        const int to = from + delta;
        if (to < 0 || to >= m_tree->indexOfTopLevelItem(m_unplaced))
            return;
        m_tree->takeTopLevelItem(from);
        m_tree->insertTopLevelItem(to, item);
        item->setExpanded(true);
    } else if (kindOf(item) == LocationKind) {
        QTreeWidgetItem* zone = item->parent();
        const int from = zone->indexOfChild(item);
        const int to = from + delta;
        if (to >= 0 && to < zone->childCount()) {
            zone->takeChild(from);
            zone->insertChild(to, item);
        } else {
            // Past the end of its zone: into the next (or previous) zone.
            const int z = m_tree->indexOfTopLevelItem(zone) + delta;
            if (z < 0 || z >= m_tree->topLevelItemCount())
                return;
            QTreeWidgetItem* other = m_tree->topLevelItem(z);
            zone->takeChild(from);
            if (delta < 0)
                other->addChild(item);
            else
                other->insertChild(0, item);
            other->setExpanded(true);
        }
    } else {
        return;
    }
    m_tree->setCurrentItem(item);
}

void ShelfLayoutEditor::refreshPlan()
{
    m_planView->setVisible(!m_planPath.isEmpty() && m_planView->load(m_planPath));
}

} // namespace comptoir
