#pragma once

#include "Result.h"
#include "lockers/LockerConfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace comptoir {

class LockerDoorMap;
class Settings;

// Settings > Lockers: the locker bank of this counter (its ILS library, boards or vendor kiosk,
// serial line), its doors (board, lock, size, label, returns) with the door map drawn from them,
// the item type → door size table, and the kiosk's settings. Saved only when the bank is valid.
class LockerSettingsPage : public QWidget
{
    Q_OBJECT
public:
    LockerSettingsPage(Settings& settings, QWidget* parent = nullptr);
    void setBank(const lockers::BankConfig& bank);
    // The bank as edited; an error says what is wrong (shown on the page too).
    Result<lockers::BankConfig> bank() const;
    Status apply();
    LockerDoorMap* doorMap() const { return m_map; }
    QTableWidget* sizes() const { return m_sizes; }
    QTableWidget* doors() const { return m_doors; }

private:
    void refreshMap();
    void fillDoorsFromBoards();

    Settings& m_settings;
    QList<lockers::BankConfig> m_otherBanks;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_vendor = nullptr;
    QComboBox* m_family = nullptr;
    QLineEdit* m_port = nullptr;
    QSpinBox* m_baud = nullptr;
    QTableWidget* m_boards = nullptr;
    QTableWidget* m_doors = nullptr;
    QTableWidget* m_sizes = nullptr;
    QComboBox* m_defaultSize = nullptr;
    QSpinBox* m_jam = nullptr;
    QSpinBox* m_leftOpen = nullptr;
    QLineEdit* m_phone = nullptr;
    QSpinBox* m_idle = nullptr;
    QCheckBox* m_pin = nullptr;
    QLabel* m_problem = nullptr;
    LockerDoorMap* m_map = nullptr;
};

} // namespace comptoir
