#pragma once

#include "desk/NetworkLookup.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace comptoir {

class Outbox;
class PhoneOrderDialog;
namespace delivery {
class PhoneOrders;
}

// The network's phone line: find any patron by card number or name, see all their requests across
// the sites (what state, where the item is, pickup point, expiry) and set a click & collect
// appointment from there.
class LookupPage : public QWidget
{
    Q_OBJECT
public:
    LookupPage(desk::NetworkLookup& lookup, Outbox& outbox, QWidget* parent = nullptr);

    void setStaff(const QString& staff) { m_staff = staff; }
    std::function<QString(const QString&)> libraryName = [](const QString& id) { return id; };
    std::function<QDateTime(qint64 order)> askSlot; // replaceable in tests
    std::function<QDate()> today = [] { return QDate::currentDate(); };
    // An item's crate history at this counter ("In the crate for …, sealed at 14:05"), shown when
    // the text searched is an item's barcode; empty: nothing to say.
    std::function<QString(const QString&)> crateHistory;
    QLabel* crateHistoryLabel() const { return m_crateHistory; }
    // Home delivery orders taken on the phone (the "Home delivery order…" button, Alt+D, for the
    // patron chosen); none: no button.
    void setPhoneOrders(delivery::PhoneOrders* orders);
    // Opens the order for the chosen patron (as the button does); null when no patron is chosen.
    PhoneOrderDialog* openDeliveryOrder();
    QPushButton* deliveryOrderButton() const { return m_deliveryOrder; }
    // A request waiting on a hold shelf past its last pickup day.
    bool isExpired(const desk::LookupRequest& request) const;

    // Searches (as Enter in the field does); a scanned card lands here too.
    void search(const QString& text);
    void showPatron(int row);
    Status setAppointment(qint64 order, const QDateTime& slot);

    QLineEdit* field() const { return m_field; }
    QTableWidget* patrons() const { return m_patrons; }
    QTableWidget* requests() const { return m_requests; }
    QLabel* status() const { return m_status; }
    // The text of the "where is it" cell for a request.
    QString whereText(const desk::LookupRequest& request) const;

Q_SIGNALS:
    void searched(); // answers arrived (patrons, or a patron's requests)

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    desk::NetworkLookup& m_lookup;
    Outbox& m_outbox;
    QString m_staff;
    QList<desk::LookupPatron> m_found;
    QList<desk::LookupRequest> m_shown;
    QLineEdit* m_field;
    QLabel* m_status;
    QLabel* m_crateHistory = nullptr;
    QTableWidget* m_patrons;
    QTableWidget* m_requests;
    QPushButton* m_appointment;
    QPushButton* m_deliveryOrder = nullptr;
    delivery::PhoneOrders* m_phoneOrders = nullptr;
};

} // namespace comptoir
