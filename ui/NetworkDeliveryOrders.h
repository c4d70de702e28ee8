#pragma once

#include "netstore/NetworkReads.h"

#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;

namespace comptoir {

namespace netstore {
class NetworkStoreLink;
}

// On the Delivery page, with a network store: the home delivery orders the site's other counters
// took, read-only, each marked with its counter (its round, items, state and last step; no patron:
// none leaves the counter that took the order). Read off the desk's thread when shown and again
// when the store tells of a delivery event of the site (debounced).
class NetworkDeliveryOrders : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkDeliveryOrders(netstore::NetworkStoreLink& link, QWidget* parent = nullptr);

    void refresh();
    QTreeWidget* tree() const { return m_tree; }
    QString statusText() const;
    const QList<netstore::NetworkDeliveryOrder>& orders() const { return m_orders; }
    static QString stepText(const QString& lastEvent, const QString& state);

Q_SIGNALS:
    void refreshed(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill();

    netstore::NetworkStoreLink& m_link;
    QList<netstore::NetworkDeliveryOrder> m_orders;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_tree = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_reading = false, m_again = false;
};

} // namespace comptoir
