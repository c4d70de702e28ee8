#pragma once

#include "desk/ShelfLayout.h"

#include <QTreeWidget>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace comptoir {

class FloorPlanView;

// The tree of the editor: zones at the top level, their locations under them. Drag and drop moves
// a location within or between zones, or a zone among zones; nothing else is accepted.
class ShelfLayoutTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ShelfLayoutTree(QWidget* parent = nullptr);
    // The drop the editor would make of the selected item at this point; false when refused.
    bool dropSelectedAt(const QPoint& pos);

protected:
    void dropEvent(QDropEvent* event) override;

Q_SIGNALS:
    void changed();
};

// Settings > Shelves: the site's zones and their shelving locations in walking order (drag and
// drop, or Alt+↑/↓ from the keyboard), zone names and plan ids, and the floor plan.
class ShelfLayoutEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ShelfLayoutEditor(QWidget* parent = nullptr);

    // `known`: locations seen in the cache; those in no zone are offered under "Not placed".
    void setLayout(const desk::ShelfLayout& layout, const QStringList& known = {});
    desk::ShelfLayout shelfLayout() const;

    void addZone(const QString& name);
    void moveSelected(int delta); // up (-1) or down (+1) among its siblings
    ShelfLayoutTree* tree() const { return m_tree; }
    QLineEdit* planField() const { return m_plan; } // the plan's name as staff read it
    QString planPath() const { return m_planPath; }
    void setPlanPath(const QString& path);

private:
    QTreeWidgetItem* zoneItem(const desk::Zone& zone);
    void refreshPlan();

    ShelfLayoutTree* m_tree;
    QTreeWidgetItem* m_unplaced = nullptr;
    QLineEdit* m_plan;
    QString m_planPath;
    QHash<QString, QString> m_locationNames;
    FloorPlanView* m_planView;
};

} // namespace comptoir
