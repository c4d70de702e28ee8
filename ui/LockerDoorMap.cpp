#include "LockerDoorMap.h"

#include <QFontMetrics>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace comptoir {

using namespace lockers;

LockerDoorMap::LockerDoorMap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lockerDoorMap"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
}

QString LockerDoorMap::stateText(const LockerDoor& door, const QDate& today)
{
    switch (door.state) {
    case DoorState::Free:
        return tr("Free");
    case DoorState::Loading:
        return tr("Loading…");
    case DoorState::Loaded:
        return door.expired(today) ? tr("Expired") : tr("Loaded");
    case DoorState::Pickup:
        return tr("Being collected");
    case DoorState::Return:
        return tr("Return");
    case DoorState::Clearing:
        return tr("Being emptied");
    case DoorState::Jammed:
        return tr("Jammed");
    case DoorState::OutOfService:
        return tr("Out of service");
    }
    return {};
}

void LockerDoorMap::setDoors(const QList<LockerDoor>& doors, const QDate& today, bool byBoard)
{
    const QString keep = selected();
    m_doors = doors;
    m_today = today;
    // Columns: one per board, in address order (a vendor bank: rows of eight, in label order).
    QList<int> boards;
    const bool vendor = !byBoard;
    for (const LockerDoor& d : m_doors)
        if (!boards.contains(d.board))
            boards << d.board;
    std::sort(boards.begin(), boards.end());
    std::stable_sort(m_doors.begin(), m_doors.end(), [vendor](const LockerDoor& a, const LockerDoor& b) {
        if (vendor)
            return a.label < b.label;
        return a.board != b.board ? a.board < b.board : a.lock != b.lock ? a.lock < b.lock : a.label < b.label;
    });
    m_columnOf.clear();
    if (vendor || boards.size() <= 1) {
        m_columns = std::max(1, std::min(8, int(m_doors.size())));
        m_rows = int((m_doors.size() + m_columns - 1) / std::max(1, m_columns));
    } else {
        m_columns = int(boards.size());
        m_rows = 1;
        QHash<int, int> perBoard;
        for (const LockerDoor& d : m_doors)
            m_rows = std::max(m_rows, ++perBoard[d.board]);
    }
    for (int i = 0; i < m_doors.size(); ++i)
        m_columnOf << ((vendor || boards.size() <= 1) ? -1 : int(boards.indexOf(m_doors[i].board)));
    m_current = -1;
    // Its minimum height follows the rows: the page scrolls beyond the screen.
    setMinimumHeight(minimumSizeHint().height());
    updateGeometry();
    select(keep);
    if (m_current < 0 && !m_doors.isEmpty())
        m_current = 0;
    updateGeometry();
    update();
}

LockerDoorMap::Cell LockerDoorMap::cellOf(int index) const
{
    if (index < 0 || index >= m_doors.size())
        return {};
    if (m_columnOf.value(index, -1) < 0)
        return {index % m_columns, index / m_columns};
    int row = 0;
    for (int i = 0; i < index; ++i)
        if (m_doors[i].board == m_doors[index].board)
            ++row;
    return {m_columnOf[index], row};
}

QRect LockerDoorMap::rectOf(int index) const
{
    const Cell c = cellOf(index);
    const int w = std::max(60, (width() - 8) / std::max(1, m_columns));
    const int h = std::max(rowMinimum(), (height() - 8) / std::max(1, m_rows));
    return QRect(4 + c.column * w, 4 + c.row * h, w - 4, h - 4);
}

int LockerDoorMap::indexAt(const QPoint& point) const
{
    for (int i = 0; i < m_doors.size(); ++i)
        if (rectOf(i).contains(point))
            return i;
    return -1;
}

QString LockerDoorMap::selected() const
{
    return m_current >= 0 && m_current < m_doors.size() ? m_doors[m_current].uuid : QString();
}

void LockerDoorMap::select(const QString& uuid)
{
    for (int i = 0; i < m_doors.size(); ++i)
        if (m_doors[i].uuid == uuid) {
            m_current = i;
            update();
            Q_EMIT selectionChanged(uuid);
            return;
        }
}

void LockerDoorMap::move(int dx, int dy)
{
    if (m_doors.isEmpty())
        return;
    const Cell from = cellOf(std::max(0, m_current));
    const int column = std::clamp(from.column + dx, 0, m_columns - 1);
    const int row = std::clamp(from.row + dy, 0, m_rows - 1);
    for (int i = 0; i < m_doors.size(); ++i) {
        const Cell c = cellOf(i);
        if (c.column == column && c.row == row) {
            m_current = i;
            update();
            Q_EMIT selectionChanged(m_doors[i].uuid);
            return;
        }
    }
}

int LockerDoorMap::rowMinimum() const
{
    // The bold label over the smaller state line, with the frame's margins (paintEvent's fonts).
    QFont small = font();
    small.setPointSizeF(std::max(9.0, font().pointSizeF() - 1));
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).height() + QFontMetrics(small).height() + 12;
}

QSize LockerDoorMap::minimumSizeHint() const
{
    return {std::max(240, m_columns * 90), std::max(1, m_rows) * rowMinimum() + 8};
}

QRect LockerDoorMap::selectedRect() const
{
    return m_current >= 0 && m_current < m_doors.size() ? rectOf(m_current) : QRect();
}

QSize LockerDoorMap::sizeHint() const
{
    return {std::max(320, m_columns * 150), std::max(240, m_rows * 46)};
}

void LockerDoorMap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    small.setPointSizeF(std::max(9.0, font().pointSizeF() - 1));
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_doors.size(); ++i) {
        const LockerDoor& d = m_doors[i];
        const QRect r = rectOf(i);
        QColor fill(QStringLiteral("#f1f8e9")), border(QStringLiteral("#7cb342"));
        const bool down = m_downBoards.contains(d.board) || d.state == DoorState::OutOfService;
        if (down) {
            fill = QColor(QStringLiteral("#e0e0e0"));
            border = QColor(QStringLiteral("#757575"));
        } else if (d.state == DoorState::Jammed) {
            fill = QColor(QStringLiteral("#ffcdd2"));
            border = QColor(QStringLiteral("#c62828"));
        } else if (d.expired(m_today)) {
            fill = QColor(QStringLiteral("#ffe0b2"));
            border = QColor(QStringLiteral("#ef6c00"));
        } else if (d.state == DoorState::Loaded) {
            fill = QColor(QStringLiteral("#bbdefb"));
            border = QColor(QStringLiteral("#1565c0"));
        } else if (d.state == DoorState::Return) {
            fill = QColor(QStringLiteral("#e1bee7"));
            border = QColor(QStringLiteral("#6a1b9a"));
        } else if (d.state != DoorState::Free) {
            fill = QColor(QStringLiteral("#fff9c4"));
            border = QColor(QStringLiteral("#f9a825"));
        }
        p.setPen(QPen(border, i == m_current ? 3 : 1));
        p.setBrush(fill);
        p.drawRoundedRect(r, 4, 4);
        const QRect inner = r.adjusted(6, 2, -6, -2);
        p.setPen(Qt::black);
        p.setFont(bold);
        p.drawText(
            inner, Qt::AlignLeft | Qt::AlignTop,
            QStringLiteral("%1  %2%3").arg(d.label, sizeCode(d.size), d.returns ? QStringLiteral(" ↩") : QString()));
        p.setFont(small);
        QString line = down && d.state != DoorState::OutOfService ? tr("Out of service") : stateText(d, m_today);
        if ((d.state == DoorState::Loaded || d.state == DoorState::Pickup) && !d.patronName.isEmpty())
            line = QStringLiteral("%1 — %2").arg(d.patronName, QLocale().toString(d.expires, QLocale::ShortFormat));
        if (d.state == DoorState::Return)
            line = tr("%n return(s)", nullptr, int(d.items.size()));
        p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, line);
    }
}

void LockerDoorMap::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        move(-1, 0);
        return;
    case Qt::Key_Right:
        move(1, 0);
        return;
    case Qt::Key_Up:
        move(0, -1);
        return;
    case Qt::Key_Down:
        move(0, 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!selected().isEmpty())
            Q_EMIT activated(selected());
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void LockerDoorMap::mousePressEvent(QMouseEvent* event)
{
    const int i = indexAt(event->pos());
    if (i >= 0) {
        m_current = i;
        update();
        Q_EMIT selectionChanged(m_doors[i].uuid);
    }
}

void LockerDoorMap::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int i = indexAt(event->pos());
    if (i >= 0)
        Q_EMIT activated(m_doors[i].uuid);
}

} // namespace comptoir
