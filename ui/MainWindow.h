#pragma once

#include "ConnectionState.h"
#include "Verdict.h"
#include "devices/ScanStream.h"

#include <QMainWindow>
#include <QMap>

class QAbstractItemView;
class QLabel;
class QListWidget;
class QProgressBar;
class QToolButton;
class QStackedWidget;

namespace comptoir {

class HelpPanel;

class LocalStore;
class OutboxPage;
class ScanField;
class Settings;
class SoundSink;
class VerdictBanner;
class WedgeFilter;

// The counter's window: a navigation for the jobs, the scan field that keeps focus, the verdict
// banner, the page of the current job, and a status bar with the connection state and the outbox.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Stable ids of the pages, in navigation order.
    enum class Page { PullList, Capture, HoldShelf, ClickCollect, Lookup, Crates, Lockers, Delivery, Reports, Outbox };
    static constexpr int PageCount = 10;

    MainWindow(LocalStore& store, Settings& settings, SoundSink& sound, QWidget* parent = nullptr);

    void selectPage(Page page);
    Page currentPage() const;
    QWidget* pageWidget(Page page) const;
    // Puts a job's page in place of its "not built yet" placeholder.
    void setPageWidget(Page page, QWidget* widget);

    void setConnectionState(ConnectionState state);
    ConnectionState connectionState() const { return m_connection; }
    void refreshOutboxCount();
    // Sync progress in the status bar (a bar for long syncs); hidden when the sync ends.
    void showSyncProgress(const QString& phase, qint64 done, qint64 total);
    void hideSyncProgress();
    void setDeskText(const QString& text);
    QProgressBar* syncProgress() const { return m_progress; }
    QToolButton* refreshButton() const { return m_refresh; }
    // Shows a verdict in the banner and plays its sound.
    void showVerdict(const Verdict& verdict);
    // What the banner says when nothing was scanned on the current page yet.
    static Verdict readyVerdict();
    // The list of the current page that the arrows and Enter of an empty scan field act on.
    QAbstractItemView* currentList() const;
    void moveInList(int delta);
    void activateInList();
    // A second line under the current verdict (where a slip went, a printing problem); no sound.
    // help: where "Why?" leads for a problem the note tells of (help::Printer), else the verdict's.
    void showNote(const QString& text, bool problem, const QString& help = {});
    // The time of the last sync that succeeded, in the status bar.
    void setLastSync(const QDateTime& when);
    QLabel* lastSyncLabel() const { return m_lastSyncLabel; }

    // Every scan, whatever the device, goes through this stream (the scan field, the keyboard
    // wedge, serial scanners and the RFID pad feed it).
    devices::ScanStream& scanStream() { return m_stream; }
    // Keyboard-wedge scanners recognised application-wide (on by default).
    void setWedge(bool enabled, int gapMs);
    WedgeFilter* wedgeFilter() const { return m_wedge; }
    // The devices' state in the status bar ("Scanner ready", "RFID pad reconnecting…").
    void setDeviceStatus(const QString& device, const QString& text, bool ok);
    QLabel* deviceLabel() const { return m_deviceLabel; }

    ScanField* scanField() const { return m_scanField; }
    VerdictBanner* banner() const { return m_banner; }
    // F1: the side panel with the help of the page on screen.
    HelpPanel* helpPanel() const { return m_help; }
    void toggleHelp();
    static QString helpId(Page page);
    QListWidget* navigation() const { return m_navigation; }
    QLabel* connectionLabel() const { return m_connectionLabel; }
    QLabel* outboxLabel() const { return m_outboxLabel; }
    OutboxPage* outboxPage() const { return m_outboxPage; }

Q_SIGNALS:
    // Every scan, already cleaned and classified (scanned: its code only).
    void scanned(const QString& code);
    void scannedEvent(const comptoir::devices::ScanEvent& event);
    // "Refresh now" (F5 or the status bar button).
    void refreshRequested();
    // Settings… (Ctrl+, or the status bar button).
    void settingsRequested();

private:
    void buildPages();
    static const Clock& systemClock();
    void handleScan(const devices::ScanEvent& event);
    void warnHeldBack(const devices::ScanEvent& event);
    void keepScanFocus(QWidget* now);

    LocalStore& m_store;
    Settings& m_settings;
    SoundSink& m_sound;
    ConnectionState m_connection = ConnectionState::NotConfigured;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    ScanField* m_scanField;
    VerdictBanner* m_banner;
    HelpPanel* m_help = nullptr;
    OutboxPage* m_outboxPage = nullptr;
    QLabel* m_connectionLabel;
    QLabel* m_outboxLabel;
    QLabel* m_deskLabel;
    QLabel* m_lastSyncLabel = nullptr;
    QProgressBar* m_progress;
    QToolButton* m_refresh;
    QLabel* m_deviceLabel;
    devices::ScanStream m_stream;
    WedgeFilter* m_wedge = nullptr;
    QMap<QString, std::pair<QString, bool>> m_devices;
};

} // namespace comptoir
