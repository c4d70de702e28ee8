#pragma once

#include <QWidget>

class QGridLayout;
class QPushButton;
class QCheckBox;

namespace comptoir {
namespace sandbox {
class SimulatedLockBoards;
}

// The demo's simulated lock boards, driven by hand: a grid of doors (open ones can be closed, an
// item put in or taken out), and the faults: a silent board, a jammed door, a door forced open,
// line noise.
class LockerTwinWindow : public QWidget
{
    Q_OBJECT
public:
    explicit LockerTwinWindow(sandbox::SimulatedLockBoards& twin, QWidget* parent = nullptr);
    void reload();

private:
    sandbox::SimulatedLockBoards& m_twin;
    QGridLayout* m_grid = nullptr;
    QCheckBox* m_jamMode = nullptr;
    QCheckBox* m_forceMode = nullptr;
    QCheckBox* m_itemMode = nullptr;
};

} // namespace comptoir
