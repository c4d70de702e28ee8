#pragma once

#include "SlipPdf.h"
#include "Verdict.h"
#include "delivery/DeliveryService.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace comptoir {

class Clock;
class SlipPrinter;

// Home delivery at the counter, keyboard first: the round being prepared (Alt+R steps through
// rounds) with its orders, their documents (weight, basis, parcel, gathered) and parcels; W types a
// weight for the chosen document (from the scale); Ctrl+L plans the parcels, Ctrl+P prints the
// chosen order's parcel labels, Ctrl+D dispatches the round (checkout to each patron through the
// outbox and SIP2), Ctrl+M writes the courier's manifest (PDF and CSV), Ctrl+B the month's bill.
// A parcel label scanned here records what became of it, as the outcome chosen (Alt+O):
// delivered, absent or refused.
class DeliveryPage : public QWidget
{
    Q_OBJECT
public:
    DeliveryPage(delivery::DeliveryService& service, const Clock& clock, QWidget* parent = nullptr);

    void setDesk(const QString& libraryName, const QString& exportDir);
    void setTemplates(const print::TemplateStore* templates) { m_templates = templates; }
    void setPrinter(SlipPrinter* printer) { m_printer = printer; }
    // How the desk checks out, checks in and places a request (through the outbox and SIP2).
    delivery::CheckoutCall checkout;
    delivery::CheckinCall checkin;
    delivery::HoldCall hold;

    void reload();
    void showRound(const QDate& round);
    QDate round() const { return m_round; }
    // A parcel label (or the round's manifest barcode) scanned on any page.
    void handleParcel(const QString& code, std::function<void(Verdict)> done);
    static bool isDeliveryCode(const QString& code);

    // Actions (also bound to keys).
    Verdict planParcels();
    Verdict setWeightOfSelected(int grams);
    void dispatchRound(std::function<void(Verdict)> done);
    Verdict writeManifest(QString* pdfPath = nullptr, QString* csvPath = nullptr);
    Verdict writeBilling(int year, int month, QString* pdfPath = nullptr, QString* csvPath = nullptr);
    QList<Slip> parcelLabels(const delivery::Order& order) const;
    Verdict printLabelsOfSelected();

    // Documents as PDF files on A4; onePage: shrunk to fit one page (the courier's manifest).
    static bool writeHtmlPdf(const QString& html, const QString& path, bool landscape, bool onePage = false);

    QTreeWidget* tree() const { return m_tree; }
    // With a network store: the orders the site's other counters took, read-only, under this
    // counter's (ui/NetworkDeliveryOrders).
    void setNetworkOrders(QWidget* orders);
    QWidget* networkOrders() const { return m_networkOrders; }
    void setOutcome(delivery::DeliveryService::Outcome outcome);

Q_SIGNALS:
    void verdictReady(const comptoir::Verdict& verdict);

private:
    void askWeight();
    void askBilling();
    void showDetail();
    QString selectedOrder() const;
    QString selectedItem() const;

    delivery::DeliveryService& m_service;
    const Clock& m_clock;
    const print::TemplateStore* m_templates = nullptr;
    SlipPrinter* m_printer = nullptr;
    QString m_libraryName, m_exportDir;
    QDate m_round;
    delivery::DeliveryService::Outcome m_outcome = delivery::DeliveryService::Outcome::Delivered;
    QComboBox* m_rounds;
    QComboBox* m_outcomeBox;
    QLabel* m_summary;
    QLabel* m_detail;
    QTreeWidget* m_tree;
    QWidget* m_networkOrders = nullptr;
    QList<delivery::Order> m_orders;
};

} // namespace comptoir
