#pragma once

#include "Verdict.h"
#include "lockers/LockerService.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace comptoir {

class Clock;
class LockerDoorMap;

// The Lockers page: the bank's door map and what staff do there, all from the keyboard and the
// scanner. A bank with boards: an item scanned goes to a door that opens (loading); Enter on an
// expired or return door opens it to be emptied. A vendor bank (its kiosk drives the doors): the
// loading list by patron; an item scanned, then the door's label scanned or typed, records it.
class LockersPage : public QWidget
{
    Q_OBJECT
public:
    LockersPage(lockers::LockerService& service, const Clock& clock, QWidget* parent = nullptr);

    void reload();
    // A code scanned on this page: an item to load, or (vendor bank, after an item) a door label.
    Verdict handleScan(const QString& code);
    LockerDoorMap* doorMap() const { return m_map; }
    QTableWidget* loadingList() const { return m_list; }
    // Enter on a door: emptied when it is expired or holds returns; back in service when jammed.
    Verdict actOn(const QString& doorUuid);
    // With a network store: a "Network lockers…" button that opens `view` (the network's banks,
    // read-only) in a window of its own.
    void setNetworkLockers(QWidget* view);
    QPushButton* networkLockersButton() const { return m_network; }

Q_SIGNALS:
    void verdictReady(const comptoir::Verdict& verdict);

private:
    void showDetail(const QString& uuid);
    void fillLoadingList();

    lockers::LockerService& m_service;
    const Clock& m_clock;
    QLabel* m_summary = nullptr;
    LockerDoorMap* m_map = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_empty = nullptr;
    QPushButton* m_service_ = nullptr;
    QPushButton* m_network = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QTableWidget* m_list = nullptr;
    QLineEdit* m_doorField = nullptr;
    QString m_waitingItem; // vendor bank: the item scanned, waiting for its door
};

} // namespace comptoir
