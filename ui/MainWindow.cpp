#include "MainWindow.h"

#include "HelpPanel.h"
#include "Logging.h"
#include "OutboxPage.h"
#include "PlaceholderPage.h"
#include "ScanField.h"
#include "Settings.h"
#include "SoundPlayer.h"
#include "VerdictBanner.h"
#include "WedgeFilter.h"
#include "crates/Manifest.h"
#include "store/LocalStore.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace comptoir {

MainWindow::MainWindow(LocalStore& store, Settings& settings, SoundSink& sound, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_sound(sound)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_scanField(new ScanField(this))
    , m_banner(new VerdictBanner(this))
    , m_connectionLabel(new QLabel(this))
    , m_outboxLabel(new QLabel(this))
    , m_deskLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_refresh(new QToolButton(this))
    , m_deviceLabel(new QLabel(this))
    , m_stream(systemClock())
{
    setWindowTitle(QStringLiteral("Comptoir"));
    setObjectName(QStringLiteral("mainWindow"));
    // Read from a step away on a 1920×1080 counter screen: no text under 11 pt (the lists included).
    if (QFont f = QApplication::font(); f.pointSizeF() < 11) {
        f.setPointSizeF(11);
        QApplication::setFont(f);
        setFont(f);
    }
    resize(1280, 800);

    auto* central = new QWidget(this);
    auto* outer = new QHBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setTextElideMode(Qt::ElideNone);
    m_navigation->setFocusPolicy(Qt::NoFocus);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSize(13);
    m_navigation->setFont(navFont);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #263238; color: #eceff1; border: none; padding-top: 12px; }"
        "QListWidget#navigation::item { padding: 10px 16px; border: none; margin: 0px; }"
        "QListWidget#navigation::item:selected { padding: 10px 16px; background: #0d7a6f; color: white; }"));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    outer->addWidget(m_navigation);

    auto* right = new QWidget(central);
    auto* column = new QVBoxLayout(right);
    column->setContentsMargins(16, 12, 16, 8);
    column->setSpacing(10);
    column->addWidget(m_scanField);
    column->addWidget(m_banner);
    column->addWidget(m_pages, 1);
    outer->addWidget(right, 1);
    m_help = new HelpPanel(central);
    m_help->hide();
    outer->addWidget(m_help);
    setCentralWidget(central);
    auto* help = new QShortcut(QKeySequence(Qt::Key_F1), this);
    connect(help, &QShortcut::activated, this, &MainWindow::toggleHelp);
    connect(m_banner, &VerdictBanner::helpRequested, this, [this](const QString& target) {
        m_help->show();
        m_help->showTarget(target);
    });

    buildPages();
    // Wide enough for the longest label in the current language ("Étagère des réservations").
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(widest, QFontMetrics(navFont).horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(widest + 48);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (m_help->isVisible())
            m_help->showPage(helpId(currentPage()));
        // The previous page's verdict does not speak for this one.
        m_banner->setVerdict(readyVerdict());
        if (currentPage() == Page::Outbox && m_outboxPage)
            m_outboxPage->refresh();
        // A page that takes typing (the lookup's search field) names it as its focus proxy.
        QWidget* page = m_pages->currentWidget();
        (page && page->focusProxy() ? page->focusProxy() : static_cast<QWidget*>(m_scanField))
            ->setFocus(Qt::OtherFocusReason);
    });
    m_navigation->setCurrentRow(int(Page::Capture));

    // Keyboard first: Ctrl+1 … Ctrl+9 open the pages; Escape clears the scan field.
    for (int i = 0; i < std::min(PageCount, 9); ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { selectPage(Page(i)); });
    }
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        m_scanField->clear();
        m_scanField->setFocus(Qt::ShortcutFocusReason);
    });

    connect(m_scanField, &ScanField::rowKey, this, &MainWindow::moveInList);
    connect(m_scanField, &ScanField::emptyEnter, this, &MainWindow::activateInList);
    connect(m_scanField, &ScanField::scanned, this,
            [this](const QString& code) { m_stream.submit(code, devices::ScanSource::Field); });
    connect(&m_stream, &devices::ScanStream::scanned, this, &MainWindow::handleScan);
    connect(&m_stream, &devices::ScanStream::heldBack, this, &MainWindow::warnHeldBack);
    // F8: use a code held back (wrong check digit, incomplete box) anyway.
    auto* confirm = new QAction(this);
    confirm->setShortcut(QKeySequence(Qt::Key_F8));
    connect(confirm, &QAction::triggered, this, [this] { m_stream.confirm(); });
    addAction(confirm);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { keepScanFocus(now); });

    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    m_outboxLabel->setObjectName(QStringLiteral("outboxCount"));
    m_deskLabel->setObjectName(QStringLiteral("deskLabel"));
    // The desk's long line (site, workstation, staff) gives way first on a 1280 px screen: the
    // connection, the outbox and the buttons stay whole; the full text is in its tooltip.
    m_deskLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_deskLabel->setMinimumWidth(80);
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_outboxLabel);
    m_lastSyncLabel = new QLabel(this);
    m_lastSyncLabel->setObjectName(QStringLiteral("lastSync"));
    statusBar()->addWidget(m_lastSyncLabel);
    m_deviceLabel->setObjectName(QStringLiteral("deviceState"));
    m_deviceLabel->hide();
    statusBar()->addWidget(m_deviceLabel);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addWidget(m_progress);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setText(tr("Refresh now"));
    m_refresh->setToolTip(tr("Fetch the latest requests from the library system (F5)"));
    m_refresh->setFocusPolicy(Qt::NoFocus);
    connect(m_refresh, &QToolButton::clicked, this, &MainWindow::refreshRequested);
    auto* refreshShortcut = new QAction(this);
    refreshShortcut->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refreshShortcut, &QAction::triggered, this, &MainWindow::refreshRequested);
    addAction(refreshShortcut);
    statusBar()->addPermanentWidget(m_refresh);
    auto* settingsButton = new QToolButton(this);
    settingsButton->setObjectName(QStringLiteral("settingsButton"));
    settingsButton->setText(tr("Settings…"));
    settingsButton->setToolTip(tr("Shelves, floor plan, slips and printer (Ctrl+,)"));
    settingsButton->setFocusPolicy(Qt::NoFocus);
    connect(settingsButton, &QToolButton::clicked, this, &MainWindow::settingsRequested);
    auto* settingsShortcut = new QAction(this);
    settingsShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settingsShortcut, &QAction::triggered, this, &MainWindow::settingsRequested);
    addAction(settingsShortcut);
    statusBar()->addPermanentWidget(settingsButton);
    statusBar()->addPermanentWidget(m_deskLabel);
    const QString workstation = m_settings.value(settings::WorkstationName);
    m_deskLabel->setText(workstation.isEmpty() ? tr("Workstation not named") : tr("Workstation %1").arg(workstation));
    setConnectionState(ConnectionState::NotConfigured);
    refreshOutboxCount();
    m_scanField->setFocus(Qt::OtherFocusReason);
    setWedge(m_settings.value(settings::WedgeEnabled), m_settings.value(settings::WedgeGapMs));
}

const Clock& MainWindow::systemClock()
{
    static const SystemClock clock;
    return clock;
}

void MainWindow::setWedge(bool enabled, int gapMs)
{
    gapMs = std::clamp(gapMs, 10, 200);
    if (enabled == (m_wedge != nullptr) && (!m_wedge || m_wedge->tuning().maxGapMs == gapMs))
        return; // as it is already
    if (m_wedge) {
        qApp->removeEventFilter(m_wedge);
        delete m_wedge;
        m_wedge = nullptr;
    }
    if (!enabled)
        return;
    devices::WedgeDetector::Tuning tuning;
    tuning.maxGapMs = gapMs;
    m_wedge = new WedgeFilter(tuning, this);
    connect(m_wedge, &WedgeFilter::scanned, this,
            [this](const QString& code) { m_stream.submit(code, devices::ScanSource::KeyboardWedge); });
    qApp->installEventFilter(m_wedge);
}

void MainWindow::setDeviceStatus(const QString& device, const QString& text, bool ok)
{
    if (text.isEmpty())
        m_devices.remove(device);
    else
        m_devices.insert(device, {text, ok});
    QStringList parts;
    bool allOk = true;
    for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it) {
        parts << it.value().first;
        allOk = allOk && it.value().second;
    }
    m_deviceLabel->setText(parts.join(QStringLiteral(" · ")));
    m_deviceLabel->setStyleSheet(allOk ? QString() : QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_deviceLabel->setVisible(!parts.isEmpty());
}

void MainWindow::buildPages()
{
    struct Entry
    {
        Page page;
        QString title;
        QString purpose;
    };
    const QList<Entry> entries = {
        {Page::PullList, tr("Pull list"),
         tr("The requested documents to fetch from the shelves, in walking order, zone by zone.")},
        {Page::Capture, tr("Capture"),
         tr("Scan what was pulled or returned: hold shelf, transit to another site, click & collect bag, or "
            "back to the shelf, with its slip.")},
        {Page::HoldShelf, tr("Hold shelf"),
         tr("Documents waiting for their patrons, by expiry date; clearing of expired holds; pickup at the desk.")},
        {Page::ClickCollect, tr("Click & collect"),
         tr("Orders grouped by patron and pickup point, their state and appointment, and bag labels.")},
        {Page::Lookup, tr("Lookup"),
         tr("The network's phone line: any patron by card or name, and all their requests across the sites.")},
        {Page::Crates, tr("Crates"),
         tr("Shuttle crates per destination site: fill, seal and label them; receive crates from other sites.")},
        {Page::Lockers, tr("Lockers"), tr("Load the pickup lockers and clear the doors that were not collected.")},
        {Page::Delivery, tr("Delivery"),
         tr("Home delivery: the next round's orders and parcels, weights, labels, the courier's manifest, parcels "
            "brought back and the monthly bill.")},
        {Page::Reports, tr("Reports"),
         tr("The day's queues per site and for the network: received, pending by age, not found, uncollected, "
            "transits.")},
        {Page::Outbox, tr("Outbox"), QString()},
    };
    for (const Entry& entry : entries) {
        auto* item = new QListWidgetItem(entry.title, m_navigation);
        if (int(entry.page) < 9)
            item->setToolTip(tr("Ctrl+%1").arg(int(entry.page) + 1));
        item->setData(Qt::UserRole, int(entry.page));
        if (entry.page == Page::Outbox) {
            m_outboxPage = new OutboxPage(m_store.outbox(), m_pages);
            connect(m_outboxPage, &OutboxPage::changed, this, &MainWindow::refreshOutboxCount);
            m_pages->addWidget(m_outboxPage);
        } else {
            m_pages->addWidget(new PlaceholderPage(entry.title, entry.purpose, m_pages));
        }
    }
}

QString MainWindow::helpId(Page page)
{
    switch (page) {
    case Page::PullList:
        return QStringLiteral("pull-list");
    case Page::Capture:
        return QStringLiteral("capture");
    case Page::HoldShelf:
        return QStringLiteral("hold-shelf");
    case Page::ClickCollect:
        return QStringLiteral("click-collect");
    case Page::Lookup:
        return QStringLiteral("lookup");
    case Page::Crates:
        return QStringLiteral("crates");
    case Page::Lockers:
        return QStringLiteral("lockers");
    case Page::Delivery:
        return QStringLiteral("delivery");
    case Page::Reports:
        return QStringLiteral("reports");
    case Page::Outbox:
        return QStringLiteral("outbox");
    }
    return {};
}

void MainWindow::toggleHelp()
{
    if (m_help->isVisible()) {
        m_help->hide();
    } else {
        m_help->showPage(helpId(currentPage()));
        m_help->show();
    }
    m_scanField->setFocus(Qt::OtherFocusReason); // the help never takes the scan field's focus
}

QAbstractItemView* MainWindow::currentList() const
{
    QWidget* page = m_pages->currentWidget();
    if (!page)
        return nullptr;
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>())
        if (view->isVisible() && view->model() && view->model()->rowCount() > 0 &&
            view->selectionMode() != QAbstractItemView::NoSelection)
            return view;
    return nullptr;
}

void MainWindow::moveInList(int delta)
{
    QAbstractItemView* view = currentList();
    if (!view)
        return;
    const int rows = view->model()->rowCount();
    const QModelIndex current = view->currentIndex();
    int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : rows - 1);
    row = std::clamp(row, 0, rows - 1);
    const QModelIndex index = view->model()->index(row, 0);
    view->setCurrentIndex(index);
    view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index); // never an action on a row out of sight
}

void MainWindow::activateInList()
{
    QAbstractItemView* view = currentList();
    if (!view || !view->currentIndex().isValid())
        return;
    view->scrollTo(view->currentIndex());
    Q_EMIT view->activated(view->currentIndex());
}

Verdict MainWindow::readyVerdict()
{
    return {VerdictKind::Idle, tr("Ready to scan"), tr("Scan a document, a patron card, a crate or a bag label.")};
}

void MainWindow::selectPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QWidget* MainWindow::pageWidget(Page page) const
{
    return m_pages->widget(int(page));
}

void MainWindow::setPageWidget(Page page, QWidget* widget)
{
    const bool current = currentPage() == page;
    QWidget* old = m_pages->widget(int(page));
    m_pages->insertWidget(int(page), widget);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (current)
        m_pages->setCurrentIndex(int(page));
}

void MainWindow::showSyncProgress(const QString& phase, qint64 done, qint64 total)
{
    m_progress->show();
    if (total <= 0) {
        m_progress->setRange(0, 0); // busy
        m_progress->setFormat(phase);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    m_progress->setFormat(tr("%1: %L2 / %L3").arg(phase).arg(done).arg(total));
}

void MainWindow::hideSyncProgress()
{
    m_progress->hide();
}

void MainWindow::setDeskText(const QString& text)
{
    m_deskLabel->setText(text);
    m_deskLabel->setToolTip(text);
}

void MainWindow::setConnectionState(ConnectionState state)
{
    m_connection = state;
    QString colour;
    switch (state) {
    case ConnectionState::Online:
        colour = QStringLiteral("#1e7b34");
        break;
    case ConnectionState::Offline:
        colour = QStringLiteral("#b06000");
        break;
    case ConnectionState::IlsUnavailable:
        colour = QStringLiteral("#c5221f");
        break;
    case ConnectionState::NotConfigured:
        colour = QStringLiteral("#5f6368");
        break;
    }
    m_connectionLabel->setText(QStringLiteral("<span style='color:%1'>\u25CF</span> ").arg(colour) +
                               connectionStateText(state).toHtmlEscaped());
    m_connectionLabel->setProperty("state", int(state));
}

void MainWindow::refreshOutboxCount()
{
    auto pending = m_store.outbox().count(OutboxAction::State::Pending);
    auto review = m_store.outbox().count(OutboxAction::State::Review);
    if (!pending || !review) {
        m_outboxLabel->setText(tr("Outbox unreadable"));
        return;
    }
    QString text = tr("Outbox: %n action(s) waiting", nullptr, pending.value());
    if (review.value() > 0)
        text += QStringLiteral(" · ") + tr("%n to review", nullptr, review.value());
    m_outboxLabel->setText(text);
}

void MainWindow::showVerdict(const Verdict& verdict)
{
    m_banner->setVerdict(verdict);
    m_sound.play(verdict.kind);
}

void MainWindow::showNote(const QString& text, bool problem, const QString& help)
{
    m_banner->setNote(text, problem, help);
}

void MainWindow::setLastSync(const QDateTime& when)
{
    m_lastSyncLabel->setText(
        when.isValid() ? tr("Synchronised at %1").arg(QLocale().toString(when.time(), QStringLiteral("HH:mm")))
                       : QString());
    m_lastSyncLabel->setToolTip(when.isValid() ? QLocale().toString(when, QLocale::LongFormat) : QString());
}

void MainWindow::warnHeldBack(const devices::ScanEvent& event)
{
    if (event.missingCount > 0) {
        QStringList missing;
        for (const int part : event.missingParts)
            missing << QString::number(part);
        if (event.missingCount > event.missingParts.size())
            missing << QStringLiteral("…"); // only the first few are listed
        showVerdict({VerdictKind::Warning, tr("Box incomplete"),
                     tr("%1: part %2 of %3 is not on the pad. Put every part on the pad, or press F8 to go on "
                        "without it.",
                        nullptr, event.missingCount)
                         .arg(event.code, missing.join(QStringLiteral(", ")))
                         .arg(event.parts)});
        return;
    }
    showVerdict(
        {VerdictKind::Warning, tr("Check digit wrong"),
         // Whole sentences: the kind of code decides the words around it (and their gender in French).
         (event.kind == devices::CodeKind::PatronCard
              ? tr("%1 does not end with the right check digit for a patron card: scan it again, or press F8 to use "
                   "it anyway.")
              : tr("%1 does not end with the right check digit for a document: scan it again, or press F8 to use it "
                   "anyway."))
             .arg(event.code),
         help::CheckDigit});
}

void MainWindow::handleScan(const devices::ScanEvent& event)
{
    const QString& code = event.code;
    static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7e]{1,64}$"));
    // A crate label's QR code is longer: its own decoder checks it (crates/Manifest.h).
    const bool manifest = crates::looksLikeManifest(code) && code.size() <= crates::MaxPartLength;
    if (!manifest && !printable.match(code).hasMatch()) {
        showVerdict({VerdictKind::Error, tr("Unreadable code"),
                     tr("The scan contained characters a barcode cannot have. Scan it again or type it."),
                     help::UnreadableCode});
    } else if (m_connection == ConnectionState::NotConfigured) {
        showVerdict({VerdictKind::Warning, tr("No library system connected"),
                     tr("Scanned %1. Set up the connection to the library system to capture items.").arg(code)});
    } else {
        Q_EMIT scannedEvent(event);
        Q_EMIT scanned(code);
    }
}

namespace {
// Widgets where staff type on purpose keep the focus; anything else hands it to the scan field.
bool takesTyping(const QWidget* widget)
{
    if (!widget)
        return false;
    if (qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
        qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget))
        return true;
    const auto* combo = qobject_cast<const QComboBox*>(widget);
    return combo && combo->isEditable();
}
} // namespace

void MainWindow::keepScanFocus(QWidget* now)
{
    if (!isActiveWindow() || (now && (takesTyping(now) || now->window() != this)))
        return;
    // Deferred: the click that moved the focus must finish first.
    QTimer::singleShot(0, this, [this] {
        QWidget* focus = QApplication::focusWidget();
        if (isActiveWindow() && (!focus || focus->window() == this) && !takesTyping(focus))
            m_scanField->setFocus(Qt::OtherFocusReason);
    });
}

} // namespace comptoir
