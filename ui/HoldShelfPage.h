#pragma once

#include "SlipPrinter.h"
#include "Verdict.h"
#include "desk/DeskQueries.h"
#include "desk/Privacy.h"
#include "store/Outbox.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace comptoir {

class CacheStore;
class Outbox;
namespace desk {
class CheckoutService;
}

// The hold shelf: what waits for its patrons at this site, by expiry date, with the shelf position
// (the first letters of the name, as hold shelves are filed) — and the expired ones, cleared in one
// confirmed action: each becomes a "cancel the request" action in the outbox (sent to the ILS at
// once when it answers), and the clearance list can be printed to pull them off the shelf.
class HoldShelfPage : public QWidget
{
    Q_OBJECT
public:
    HoldShelfPage(CacheStore& cache, Outbox& outbox, QWidget* parent = nullptr);

    void setDesk(const QString& site, const QString& workstation, const QString& staff);
    void setNameDisplay(desk::NameDisplay display) { m_display = display; }
    void setToday(const QDate& today) { m_today = today; }
    void reload();

    struct Line
    {
        qint64 holdId = 0;
        QString barcode, title, callNumber, patron, shelf;
        QDate expires;
        bool expired = false;
        QString card;       // for matching a scanned card; never displayed
        qint64 orderId = 0; // click & collect order
    };
    const QList<Line>& waiting() const { return m_waiting; }
    const QList<Line>& expired() const { return m_expired; }

    // Pickup at the desk: scan the patron's card (their waiting items are shown with their shelf
    // positions), then each item (checked out through the ILS). Reports each step as a verdict.
    void setCheckout(desk::CheckoutService* checkout) { m_checkout = checkout; }
    void handleScan(const QString& code, std::function<void(const Verdict&)> show);
    QString currentPatronCard() const { return m_patronCard; }
    QList<Line> patronItems() const;

    // The pickup receipt: what the patron took, printed when the last waiting item is handed over,
    // when staff finish the pickup, or before the next card — if the setting asks for it.
    void setReceipt(bool print, const QString& library,
                    const print::TemplateStore& templates = print::TemplateStore::shipped())
    {
        m_receiptEnabled = print;
        m_library = library;
        m_templates = &templates;
    }
    void setPrinter(SlipPrinter* printer) { m_printer = printer; }
    std::function<bool(const Slip&)> printReceipt; // the slip printer by default; tests write PDF
    // Ends the current pickup: its receipt (when anything was handed over and the setting is on).
    void finishPickup();
    Slip lastReceipt() const { return m_lastReceipt; }
    // Today's pickups at this counter (newest first), each with its receipt.
    QTableWidget* pickupsTable() const { return m_pickupsTable; }
    Slip receiptOfRow(int row) const;
    int chosenPickup() const; // the selected row, else the newest (-1: none)

    // Asks before cancelling every expired request (the dialog's buttons say "Cancel the n
    // requests" / "Do nothing"); replaceable in tests.
    std::function<bool(const QString& question)> confirm;
    // Clears every expired request (after confirmation); returns how many were recorded.
    int clearExpired();
    // One expired item scanned off the shelf: its request is cancelled through the outbox; the
    // verdict says where the item goes next. False when the code is no expired item here.
    bool clearOne(const QString& barcode, std::function<void(const Verdict&)> show);
    // Where an item goes once its request is cancelled, in words.
    QString nextStopText(qint64 holdId, const QString& barcode) const;
    // What the last clearing did (the page's result line).
    QString resultText() const;
    // Cleared here today: printed on the clearance list with what is still to clear.
    QList<ClearedHold> clearedToday() const;
    std::function<QString(const QString&)> libraryName = [](const QString& id) { return id; };
    std::function<QString(const QString&)> locationName = [](const QString& code) { return code; };
    QString clearanceHtml() const;
    bool exportClearancePdf(const QString& path) const;

    QTableWidget* waitingTable() const { return m_waitingTable; }
    QTableWidget* expiredTable() const { return m_expiredTable; }

Q_SIGNALS:
    // Cancellations were recorded: the caller replays them to the ILS.
    void cleared(int count);
    // Something to say on the banner outside a scan (the pickup finished with F9).
    void verdictReady(const comptoir::Verdict& verdict);

private:
    void fill(QTableWidget* table, const QList<Line>& lines);
    QWidget* buildPickupsPane();
    int cancel(const QList<Line>& lines, bool scanned);

    CacheStore& m_cache;
    desk::DeskQueries m_queries;
    Outbox& m_outbox;
    QString m_site, m_workstation, m_staff;
    desk::NameDisplay m_display = desk::NameDisplay::Abbreviated;
    QDate m_today = QDate::currentDate();
    QList<Line> m_waiting, m_expired;
    QList<qint64> m_cleared;     // recorded this session, hidden until the ILS confirms
    QList<QString> m_handedOver; // barcodes checked out this session
    desk::CheckoutService* m_checkout = nullptr;
    QString m_patronCard;
    struct Handed
    {
        QString title, barcode;
        QDate due;
    };
    QList<Handed> m_receiptItems;
    QHash<qint64, int> m_handedPerOrder;
    QString m_receiptPatron, m_receiptCode;
    bool m_receiptEnabled = true;
    QString m_library;
    const print::TemplateStore* m_templates = &print::TemplateStore::shipped();
    SlipPrinter* m_printer = nullptr;
    Slip m_lastReceipt;
    QList<Slip> m_receipts;
    QTableWidget* m_pickupsTable = nullptr;
    QLabel* m_summary;
    QLabel* m_result;
    QLabel* m_patronLabel;
    QTableWidget* m_waitingTable;
    QTableWidget* m_expiredTable;
    QPushButton* m_clear;
    QPushButton* m_print;
    QPushButton* m_finish;
};

} // namespace comptoir
