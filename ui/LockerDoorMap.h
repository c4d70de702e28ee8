#pragma once

#include "lockers/LockerStore.h"

#include <QDate>
#include <QWidget>

namespace comptoir {

// A locker bank's doors drawn as they stand: one column per board (for a vendor bank, rows of
// eight), each door with its label, size and state: free, loaded (patron as the privacy setting
// shows them, last pickup day), expired, return, jammed, out of service, or busy (opening, loading).
// Keyboard: arrows move, Enter acts on the chosen door (activated).
class LockerDoorMap : public QWidget
{
    Q_OBJECT
public:
    explicit LockerDoorMap(QWidget* parent = nullptr);
    // byBoard: one column per board; otherwise (a vendor bank) rows of eight in label order.
    void setDoors(const QList<lockers::LockerDoor>& doors, const QDate& today, bool byBoard = true);
    void setOutOfService(const QSet<int>& boards)
    {
        m_downBoards = boards;
        update();
    }
    QString selected() const;
    void select(const QString& uuid);
    void move(int dx, int dy);
    static QString stateText(const lockers::LockerDoor& door, const QDate& today);
    QSize sizeHint() const override;
    // Every door readable: at least its label and its state line in height (the page scrolls
    // when the bank is taller than the screen).
    QSize minimumSizeHint() const override;
    // Where the chosen door is drawn (the page scrolls it into view).
    QRect selectedRect() const;

Q_SIGNALS:
    void selectionChanged(const QString& uuid);
    void activated(const QString& uuid);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    int rowMinimum() const;
    struct Cell
    {
        int column = 0, row = 0;
    };
    Cell cellOf(int index) const;
    QRect rectOf(int index) const;
    int indexAt(const QPoint& point) const;

    QList<lockers::LockerDoor> m_doors;
    QList<int> m_columnOf;
    QDate m_today;
    QSet<int> m_downBoards;
    int m_columns = 1, m_rows = 1;
    int m_current = -1;
};

} // namespace comptoir
