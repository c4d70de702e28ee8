#pragma once

#include "netstore/NetworkReads.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace comptoir {

class Clock;
namespace netstore {
class NetworkStoreLink;
}

// The network's locker banks as the store knows them, read-only (Lockers page > "Network
// lockers…", or the whole Lockers page of a counter without a bank of its own): by site and bank,
// each door with its state, the request it holds (the item, its title, whose request by its pickup
// code: what every privacy setting shows, the name and card never leaving the loading counter),
// since when, which counter loaded it; jammed doors in red. Read off the desk's thread when shown
// and again when the store tells of a locker event (debounced).
class NetworkLockersView : public QWidget
{
    Q_OBJECT
public:
    NetworkLockersView(netstore::NetworkStoreLink& link, const Clock& clock, QWidget* parent = nullptr);

    // Reads the doors again now (one read at a time; one asked meanwhile follows it).
    void refresh();
    QTreeWidget* tree() const { return m_tree; }
    QString statusText() const;
    const QList<netstore::NetworkDoor>& doors() const { return m_doors; }

Q_SIGNALS:
    // A read ended (shown, or the reason it failed in the status line).
    void refreshed(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill();

    netstore::NetworkStoreLink& m_link;
    const Clock& m_clock;
    QList<netstore::NetworkDoor> m_doors;
    QLabel* m_status = nullptr;
    QPushButton* m_reload = nullptr;
    QTreeWidget* m_tree = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_reading = false, m_again = false;
};

} // namespace comptoir
