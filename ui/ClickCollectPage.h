#pragma once

#include "Result.h"
#include "SlipPrinter.h"
#include "Verdict.h"
#include "desk/DeskQueries.h"
#include "desk/Privacy.h"

#include <QDate>
#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace comptoir {

class CacheStore;
class Outbox;

// Click & collect orders picked up at this site: each order groups one patron's requests
// (hold_group_id). Its state — to gather, gathering n/m, ready, expired — comes from the requests'
// states; staff set an appointment slot when the patron calls, and print the bag label.
class ClickCollectPage : public QWidget
{
    Q_OBJECT
public:
    ClickCollectPage(CacheStore& cache, Outbox& outbox, QWidget* parent = nullptr);

    void setDesk(const QString& site, const QString& libraryName, const QString& staff);
    void setNameDisplay(desk::NameDisplay display) { m_display = display; }
    void setToday(const QDate& today) { m_today = today; }
    void reload();

    enum class State { ToGather, Gathering, Ready, Expired, Collected };
    struct Order
    {
        qint64 id = 0;
        QString patron, pickupCode, shelf;
        int gathered = 0, total = 0;
        State state = State::ToGather;
        QDateTime appointment;
    };
    const QList<Order>& orders() const { return m_orders; }
    static QString stateText(const Order& order);

    Status setAppointment(qint64 order, const QDateTime& slot);
    Slip bagLabel(qint64 order) const;
    bool writeBagLabel(qint64 order, const QString& path) const;
    void setTemplates(const print::TemplateStore* templates) { m_templates = templates; }

    std::function<QDateTime(const Order&)> askSlot; // replaceable in tests
    QTableWidget* table() const { return m_table; }

    // A bag label scanned (CC39): its order chosen and detailed; the verdict says whose bag it is
    // and how far it is gathered.
    Verdict openBag(const QString& code);
    // The detail of an order: its items (in the bag or still to gather), its age, its deadline,
    // its appointment. Shown under the list for the chosen row.
    void showDetail(qint64 order);
    qint64 detailedOrder() const { return m_detailed; }
    QString detailText() const;

private:
    qint64 selectedOrder() const;
    const Order* find(qint64 id) const;

    desk::DeskQueries m_queries;
    Outbox& m_outbox;
    QString m_site, m_library, m_staff;
    desk::NameDisplay m_display = desk::NameDisplay::Abbreviated;
    const print::TemplateStore* m_templates = &print::TemplateStore::shipped();
    QDate m_today = QDate::currentDate();
    QList<Order> m_orders;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_appointment;
    QPushButton* m_label;
    QPushButton* m_labelPdf;
    QTextBrowser* m_detail;
    qint64 m_detailed = 0;
};

} // namespace comptoir
