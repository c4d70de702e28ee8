#include "KioskWindow.h"

#include "SlipPrinter.h"
#include "lockers/LockFrame.h"
#include "lockers/LockerReceipt.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace comptoir {

using namespace lockers;

namespace {
QFont scaled(QFont font, double points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}
} // namespace

KioskWindow::KioskWindow(LockerService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("lockerKiosk"));
    setWindowTitle(tr("Locker"));
    setStyleSheet(QStringLiteral("QWidget#lockerKiosk { background: #0d3b66; } QLabel { color: white; } "
                                 "QPushButton { background: #faf0ca; color: #0d3b66; border-radius: 12px; "
                                 "padding: 18px; } QLineEdit { font-size: 40pt; padding: 8px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    // A keyboard-wedge scanner types here; it never shows and always has the focus.
    m_wedge = new QLineEdit(this);
    m_wedge->setObjectName(QStringLiteral("kioskWedge"));
    m_wedge->setFixedSize(1, 1);
    m_wedge->setStyleSheet(QStringLiteral("background: transparent; border: none; color: transparent;"));
    connect(m_wedge, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_wedge->text();
        m_wedge->clear();
        scanned(code);
    });
    layout->addWidget(m_wedge);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // Welcome.
    m_welcome = new QWidget;
    auto* w = new QVBoxLayout(m_welcome);
    auto* hello = new QLabel(tr("Collect your documents"));
    hello->setObjectName(QStringLiteral("kioskWelcomeTitle"));
    hello->setFont(scaled(font(), 48, true));
    hello->setAlignment(Qt::AlignCenter);
    auto* scan = new QLabel(tr("Scan your library card"));
    scan->setFont(scaled(font(), 34));
    scan->setAlignment(Qt::AlignCenter);
    auto* type = new QPushButton(tr("Type my card number"));
    type->setObjectName(QStringLiteral("kioskTypeCard"));
    type->setFont(scaled(font(), 28, true));
    m_returnButton = new QPushButton(tr("Drop a return"));
    m_returnButton->setObjectName(QStringLiteral("kioskReturn"));
    m_returnButton->setFont(scaled(font(), 28, true));
    w->addStretch();
    w->addWidget(hello);
    w->addSpacing(24);
    w->addWidget(scan);
    w->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(type);
    row->addWidget(m_returnButton);
    w->addLayout(row);
    m_stack->addWidget(m_welcome);
    connect(type, &QPushButton::clicked, this, [this] {
        m_pendingCard.clear();
        m_keypadPrompt->setText(tr("Your card number"));
        showScreen(Screen::Keypad);
    });
    connect(m_returnButton, &QPushButton::clicked, this, [this] {
        m_returnMode = true;
        say(Screen::ReturnScan, tr("Drop a return"), tr("Scan the document's barcode"));
    });

    // Keypad (card number, then PIN).
    m_keypad = new QWidget;
    auto* k = new QVBoxLayout(m_keypad);
    m_keypadPrompt = new QLabel;
    m_keypadPrompt->setFont(scaled(font(), 34, true));
    m_keypadPrompt->setAlignment(Qt::AlignCenter);
    m_entry = new QLineEdit;
    m_entry->setObjectName(QStringLiteral("kioskEntry"));
    m_entry->setAlignment(Qt::AlignCenter);
    m_entry->setReadOnly(true);
    m_entry->setFocusPolicy(Qt::NoFocus);
    k->addWidget(m_keypadPrompt);
    k->addWidget(m_entry);
    auto* grid = new QGridLayout;
    const QStringList keys{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                           QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                           QStringLiteral("9"), QStringLiteral("←"), QStringLiteral("0"), QStringLiteral("OK")};
    for (int i = 0; i < keys.size(); ++i) {
        auto* b = new QPushButton(keys[i] == QLatin1String("OK") ? tr("OK") : keys[i]);
        b->setFont(scaled(font(), 32, true));
        b->setMinimumSize(160, 100);
        b->setFocusPolicy(Qt::NoFocus);
        grid->addWidget(b, i / 3, i % 3);
        const QString key = keys[i];
        connect(b, &QPushButton::clicked, this, [this, key] { keypadPressed(key); });
    }
    k->addLayout(grid);
    auto* cancel = new QPushButton(tr("Back"));
    cancel->setFont(scaled(font(), 24));
    cancel->setFocusPolicy(Qt::NoFocus);
    connect(cancel, &QPushButton::clicked, this, [this] { showScreen(Screen::Welcome); });
    k->addWidget(cancel);
    m_stack->addWidget(m_keypad);

    // Every other screen: a title and a line.
    m_message = page({}, {}, &m_title, &m_text);
    m_stack->addWidget(m_message);

    m_idle.setSingleShot(true);
    m_idle.setInterval(45000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_screen != Screen::OutOfService)
            showScreen(Screen::Welcome);
    });
    connect(&m_service, &LockerService::outcome, this, [this](const LockerOutcome& o) {
        switch (o.kind) {
        case LockerOutcome::Kind::PickupDone:
            say(Screen::Message, tr("Thank you, goodbye"), tr("Your documents are checked out to you."));
            m_idle.start(5000);
            break;
        case LockerOutcome::Kind::Returned:
            say(Screen::Message, tr("Thank you"), tr("Your return is recorded."));
            m_idle.start(5000);
            break;
        case LockerOutcome::Kind::Jammed:
        case LockerOutcome::Kind::BoardDown:
            if (m_screen == Screen::DoorsOpen || m_screen == Screen::ReturnOpen)
                say(Screen::Message, tr("A door did not open"),
                    tr("Staff have been told. Please call %1.").arg(m_phone));
            break;
        default:
            break;
        }
    });
    connect(&m_service, &LockerService::doorsChanged, this, &KioskWindow::refresh);
    qApp->installEventFilter(this);
    showScreen(Screen::Welcome);
}

QWidget* KioskWindow::page(const QString& title, const QString& text, QLabel** titleOut, QLabel** textOut)
{
    auto* p = new QWidget;
    auto* l = new QVBoxLayout(p);
    auto* t = new QLabel(title);
    t->setObjectName(QStringLiteral("kioskTitle"));
    t->setFont(scaled(font(), 48, true));
    t->setAlignment(Qt::AlignCenter);
    t->setWordWrap(true);
    auto* x = new QLabel(text);
    x->setObjectName(QStringLiteral("kioskText"));
    x->setFont(scaled(font(), 32));
    x->setAlignment(Qt::AlignCenter);
    x->setWordWrap(true);
    l->addStretch();
    l->addWidget(t);
    l->addSpacing(32);
    l->addWidget(x);
    l->addStretch();
    *titleOut = t;
    *textOut = x;
    return p;
}

QString KioskWindow::headline() const
{
    if (m_screen == Screen::Welcome)
        return tr("Collect your documents");
    if (m_screen == Screen::Keypad)
        return m_keypadPrompt->text();
    return m_title->text();
}

void KioskWindow::say(Screen screen, const QString& title, const QString& text)
{
    m_title->setText(title);
    m_text->setText(text);
    showScreen(screen);
}

void KioskWindow::showScreen(Screen screen)
{
    m_screen = screen;
    if (screen == Screen::Welcome) {
        m_returnMode = false;
        m_pendingCard.clear();
        m_staffCard.clear();
        m_entry->clear();
        m_entry->setEchoMode(QLineEdit::Normal);
        if (m_service.boardDown()) {
            say(Screen::OutOfService, tr("Out of service"),
                m_phone.isEmpty() ? tr("Sorry, the lockers are out of order.")
                                  : tr("Sorry, the lockers are out of order.\nCall %1.")
                                        .arg(QString(m_phone).replace(QLatin1Char(' '), QChar(0x00A0))));
            return;
        }
        m_stack->setCurrentWidget(m_welcome);
    } else if (screen == Screen::Keypad) {
        m_entry->clear();
        m_stack->setCurrentWidget(m_keypad);
    } else {
        m_stack->setCurrentWidget(m_message);
    }
    m_wedge->setFocus();
    if (screen != Screen::Welcome && screen != Screen::OutOfService)
        m_idle.start();
}

void KioskWindow::refresh()
{
    if (m_service.boardDown() && (m_screen == Screen::Welcome || m_screen == Screen::Keypad))
        showScreen(Screen::Welcome);
    else if (!m_service.boardDown() && m_screen == Screen::OutOfService)
        showScreen(Screen::Welcome);
}

void KioskWindow::touched()
{
    if (m_idle.isActive())
        m_idle.start();
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress ||
        event->type() == QEvent::TouchBegin)
        touched();
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    // Nothing reaches a staff function: Escape, Alt+F4 and the like do nothing here.
    event->accept();
    m_wedge->setFocus();
}

void KioskWindow::keypadPressed(const QString& key)
{
    if (key == QLatin1String("←")) {
        m_entry->setText(m_entry->text().chopped(std::min<qsizetype>(1, m_entry->text().size())));
        return;
    }
    if (key != QLatin1String("OK")) {
        if (m_entry->text().size() < 20)
            m_entry->setText(m_entry->text() + key);
        return;
    }
    const QString typed = m_entry->text();
    m_entry->clear();
    if (!m_staffCard.isEmpty()) {
        const bool staff = m_staffCheck && m_staffCheck(m_staffCard, typed);
        m_staffCard.clear();
        if (staff) {
            Q_EMIT exitRequested();
            return;
        }
        showScreen(Screen::Welcome);
        return;
    }
    if (m_pendingCard.isEmpty()) {
        if (typed.isEmpty())
            return;
        if (m_pinRequired) {
            m_pendingCard = typed;
            m_keypadPrompt->setText(tr("Your PIN"));
            m_keypadPrompt->setText(tr("Your PIN"));
            m_entry->setEchoMode(QLineEdit::Password);
            return;
        }
        cardEntered(typed, {});
        return;
    }
    m_entry->setEchoMode(QLineEdit::Normal);
    const QString card = m_pendingCard;
    m_pendingCard.clear();
    cardEntered(card, typed);
}

void KioskWindow::scanned(const QString& rawCode)
{
    const QString code = rawCode.trimmed();
    if (code.isEmpty())
        return;
    touched();
    // A staff card: its PIN is asked, then the kiosk closes.
    if (m_isStaff && m_isStaff(code)) {
        m_staffCard = code;
        m_keypadPrompt->setText(tr("Staff PIN"));
        m_entry->setEchoMode(QLineEdit::Password);
        showScreen(Screen::Keypad);
        return;
    }
    if (m_returnMode || m_screen == Screen::ReturnScan) {
        m_returnMode = false;
        const LockerOutcome o = m_service.deposit(code);
        if (o.kind == LockerOutcome::Kind::ReturnOpening)
            say(Screen::ReturnOpen, tr("Door %1 is open").arg(o.doorLabels.value(0)),
                tr("Put the document in and close the door."));
        else if (o.kind == LockerOutcome::Kind::BoardDown)
            showScreen(Screen::Welcome);
        else
            say(Screen::Message, o.verdict.title, o.verdict.detail);
        return;
    }
    if (m_pinRequired) {
        m_pendingCard = code;
        m_keypadPrompt->setText(tr("Your PIN"));
        m_entry->setEchoMode(QLineEdit::Password);
        showScreen(Screen::Keypad);
        return;
    }
    cardEntered(code, {});
}

void KioskWindow::cardEntered(const QString& card, const QString& pin)
{
    auto open = [this, card]() {
        const LockerOutcome o = m_service.pickup(card);
        switch (o.kind) {
        case LockerOutcome::Kind::PickupOpening:
            say(Screen::DoorsOpen,
                o.doorLabels.size() == 1 ? tr("Door %1 is open").arg(o.doorLabels.first())
                                         : tr("Doors %1 are open").arg(o.doorLabels.join(QStringLiteral(", "))),
                tr("Take your documents, then close the door."));
            printReceipt(o); // after the screen: whatever the printer does, the patron sees the doors
            break;
        case LockerOutcome::Kind::NothingWaiting:
            say(Screen::NothingWaiting, tr("Nothing is waiting for you here"),
                tr("When a document is ready for you, you will be told."));
            m_idle.start(8000);
            break;
        case LockerOutcome::Kind::BoardDown:
            showScreen(Screen::Welcome);
            break;
        default:
            say(Screen::Message, o.verdict.title, o.verdict.detail);
            break;
        }
    };
    if (!m_pinRequired) {
        open();
        return;
    }
    say(Screen::Message, tr("One moment please"), QString());
    m_service.checkPatron(card, pin, [this, open](bool ok, bool offline) {
        if (ok) {
            open();
            return;
        }
        say(Screen::Message, offline ? tr("Try again in a moment") : tr("Card or PIN not recognised"),
            offline ? tr("The library system does not answer.") : tr("Check your card and PIN."));
        m_idle.start(6000);
    });
}

} // namespace comptoir

namespace comptoir {

void KioskWindow::setReceiptPrinter(SlipPrinter* printer, const print::TemplateStore* templates,
                                    const QString& libraryName, const QString& workstation)
{
    m_printer = printer;
    m_templates = templates;
    m_libraryName = libraryName;
    m_workstation = workstation;
}

void KioskWindow::printReceipt(const lockers::LockerOutcome& pickup)
{
    if (!m_printer)
        return;
    const desk::SlipParty party{m_libraryName, m_workstation, m_service.nameDisplay(), QDateTime::currentDateTime()};
    const Slip slip =
        makeSlip(m_templates ? *m_templates : print::TemplateStore::shipped(), print::TemplateKind::PickupReceipt,
                 lockers::kioskReceiptContext(pickup, party,
                                              QApplication::translate("comptoir::HoldShelfPage", "see your account")),
                 QApplication::translate("comptoir::HoldShelfPage", "Pickup receipt"));
    QPointer<KioskWindow> self(this);
    m_printer->print(slip, [self](const PrintOutcome& outcome) {
        if (!outcome.printed())
            qCWarning(lcLockers) << "kiosk receipt not printed:" << outcome.problem << outcome.place;
        if (self)
            Q_EMIT self->receiptPrinted(outcome);
    });
}

} // namespace comptoir
