#include "LockerTwinWindow.h"

#include "demo/LockBoardTwin.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

LockerTwinWindow::LockerTwinWindow(sandbox::SimulatedLockBoards& twin, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_twin(twin)
{
    setObjectName(QStringLiteral("lockerTwinWindow"));
    setWindowTitle(tr("Simulated lock boards"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Click an open door to close it. With a mode ticked, a click on a door "
                                    "jams it, forces it open, or puts an item in (or takes it out).")));
    auto* modes = new QHBoxLayout;
    m_itemMode = new QCheckBox(tr("Item in / out"));
    m_jamMode = new QCheckBox(tr("Jam / free"));
    m_forceMode = new QCheckBox(tr("Force open"));
    modes->addWidget(m_itemMode);
    modes->addWidget(m_jamMode);
    modes->addWidget(m_forceMode);
    layout->addLayout(modes);
    auto* faults = new QHBoxLayout;
    for (int board : m_twin.boards()) {
        auto* silent = new QCheckBox(tr("Board %1 silent").arg(board));
        silent->setObjectName(QStringLiteral("silentBoard%1").arg(board));
        connect(silent, &QCheckBox::toggled, this, [this, board](bool on) { m_twin.setSilent(board, on); });
        faults->addWidget(silent);
    }
    auto* noise = new QCheckBox(tr("Line noise"));
    connect(noise, &QCheckBox::toggled, this, [this](bool on) {
        m_twin.setContinuousNoise(on);
        m_twin.noiseBeforeNextAnswer(on ? QByteArray::fromHex("FF0255AA03") : QByteArray());
    });
    faults->addWidget(noise);
    layout->addLayout(faults);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    connect(&m_twin, &sandbox::SimulatedLockBoards::doorChanged, this, &LockerTwinWindow::reload);
    reload();
}

void LockerTwinWindow::reload()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int column = 0;
    for (int board : m_twin.boards()) {
        for (int lock = 1; lock <= m_twin.locks(board); ++lock) {
            const auto door = m_twin.door(board, lock);
            auto* b = new QPushButton(QStringLiteral("%1-%2 %3%4%5")
                                          .arg(board)
                                          .arg(lock)
                                          .arg(door.closed ? tr("closed") : tr("OPEN"))
                                          .arg(door.item ? QStringLiteral(" ▣") : QString())
                                          .arg(door.jammed ? QStringLiteral(" ✖") : QString()));
            b->setObjectName(QStringLiteral("twinDoor-%1-%2").arg(board).arg(lock));
            if (!door.closed)
                b->setStyleSheet(QStringLiteral("background: #fff59d; font-weight: bold;"));
            connect(b, &QPushButton::clicked, this, [this, board, lock] {
                const auto d = m_twin.door(board, lock);
                if (m_itemMode->isChecked())
                    m_twin.setItem(board, lock, !d.item);
                else if (m_jamMode->isChecked())
                    m_twin.setJammed(board, lock, !d.jammed);
                else if (m_forceMode->isChecked())
                    m_twin.forceOpen(board, lock);
                else
                    m_twin.closeDoor(board, lock);
            });
            m_grid->addWidget(b, lock - 1, column);
        }
        ++column;
    }
}

} // namespace comptoir
