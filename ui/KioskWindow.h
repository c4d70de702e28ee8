#pragma once

#include "lockers/LockerService.h"
#include "print/TemplateStore.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace comptoir {

class SlipPrinter;
struct PrintOutcome;

// The patron kiosk of a locker bank (comptoir --kiosk lockers): full screen, very large type,
// scanner first with a touch keypad. A card (or card and PIN) opens the doors holding the
// patron's documents; "Drop a return" opens a return door for a document. Nothing about anyone
// else is ever shown; no staff function is reachable; back to the welcome screen after
// inactivity; it closes only for a staff card followed by its PIN.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Screen { Welcome, Keypad, DoorsOpen, NothingWaiting, OutOfService, ReturnScan, ReturnOpen, Message };

    KioskWindow(lockers::LockerService& service, QWidget* parent = nullptr);
    void setHelpPhone(const QString& phone) { m_phone = phone; }
    void setIdleSeconds(int seconds) { m_idle.setInterval(std::max(5, seconds) * 1000); }
    void setPinRequired(bool required) { m_pinRequired = required; }
    // Staff who may close the kiosk: whether a card is a staff card, and whether a PIN is its own.
    void setStaff(std::function<bool(const QString& card)> isStaffCard,
                  std::function<bool(const QString& card, const QString& pin)> pinMatches)
    {
        m_isStaff = std::move(isStaffCard);
        m_staffCheck = std::move(pinMatches);
    }
    // The receipt printed when doors open for a patron (what the doors held, the doors, the date, the
    // name as the privacy setting shows it): on this printer (nullptr: no receipt). A printer that
    // fails never changes what the screen says.
    void setReceiptPrinter(SlipPrinter* printer, const print::TemplateStore* templates, const QString& libraryName,
                           const QString& workstation);
    // A code from a scanner (a keyboard-wedge scanner types into the kiosk; serial scanners call this).
    void scanned(const QString& code);
    Screen screen() const { return m_screen; }
    QString headline() const;
    void showScreen(Screen screen);
    // Re-evaluates "out of service" (a board lost or back).
    void refresh();

Q_SIGNALS:
    void exitRequested();
    // Where the last receipt went (a printer, a PDF file, nowhere).
    void receiptPrinted(const comptoir::PrintOutcome& outcome);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* page(const QString& title, const QString& text, QLabel** titleOut, QLabel** textOut);
    void cardEntered(const QString& card, const QString& pin);
    void say(Screen screen, const QString& title, const QString& text);
    void keypadPressed(const QString& key);
    void touched();
    void printReceipt(const lockers::LockerOutcome& pickup);

    lockers::LockerService& m_service;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QWidget* m_welcome = nullptr;
    QWidget* m_keypad = nullptr;
    QWidget* m_message = nullptr;
    QLineEdit* m_entry = nullptr;
    QLabel* m_keypadPrompt = nullptr;
    QLineEdit* m_wedge = nullptr;
    QPushButton* m_returnButton = nullptr;
    QTimer m_idle;
    Screen m_screen = Screen::Welcome;
    QString m_phone;
    bool m_pinRequired = false;
    QString m_pendingCard; // card typed or scanned, PIN to come
    QString m_staffCard;   // a staff card scanned: its PIN to come
    bool m_returnMode = false;
    std::function<bool(const QString&)> m_isStaff;
    std::function<bool(const QString&, const QString&)> m_staffCheck;
    SlipPrinter* m_printer = nullptr;
    const print::TemplateStore* m_templates = nullptr;
    QString m_libraryName, m_workstation;
};

} // namespace comptoir
