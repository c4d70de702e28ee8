#pragma once

#include "delivery/PhoneOrder.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace comptoir {

// A home delivery order taken on the phone, from the lookup page's patron: the address on record
// and whether it is delivered, the round the order goes in against the cut-off (kept current while
// the call goes on), the fee; the documents scanned or typed (Enter adds one, Delete removes the
// selected one); Ctrl+Enter places the requests for the delivery location, Esc closes.
class PhoneOrderDialog : public QDialog
{
    Q_OBJECT
public:
    PhoneOrderDialog(delivery::PhoneOrders& orders, qint64 patronId, const QString& patronName,
                     QWidget* parent = nullptr);

    void addBarcode(const QString& barcode);
    void removeSelected();
    void confirm();

    const delivery::PhoneQuote& quote() const { return m_quote; }
    bool quoting() const { return m_quoting; }
    QLineEdit* barcodeField() const { return m_barcode; }
    QTableWidget* documents() const { return m_documents; }
    QLabel* addressLabel() const { return m_address; }
    QLabel* eligibilityLabel() const { return m_eligibility; }
    QLabel* roundLabel() const { return m_round; }
    QLabel* resultLabel() const { return m_result; }
    QPushButton* confirmButton() const { return m_confirm; }

Q_SIGNALS:
    void quoted();
    void placed(const comptoir::delivery::PhonePlacement& placement);
    void failed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void requestQuote();
    void show(const delivery::PhoneQuote& quote);

    delivery::PhoneOrders& m_orders;
    qint64 m_patronId;
    QStringList m_barcodes;
    delivery::PhoneQuote m_quote;
    bool m_quoting = false, m_again = false, m_placing = false;
    QLabel* m_patron;
    QLabel* m_address;
    QLabel* m_eligibility;
    QLabel* m_round;
    QLineEdit* m_barcode;
    QTableWidget* m_documents;
    QLabel* m_result;
    QPushButton* m_confirm;
    QTimer* m_clockTick;
};

} // namespace comptoir
