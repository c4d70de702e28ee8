#pragma once

#include "devices/DeviceConfig.h"
#include "store/LocalStore.h"

#include <QObject>

#include <functional>
#include <memory>

namespace comptoir {

class AlsaSoundPlayer;
class CapturePage;
class ClickCollectPage;
class CratesPage;
class LockersPage;
class LockerTwinWindow;
namespace lockers {
class LockerSite;
}
class DeliveryPage;
namespace delivery {
class FeePoster;
class PhoneOrders;
} // namespace delivery
class DeviceHub;
class DeviceTwinsWindow;
class HoldShelfPage;
class LookupPage;
class MainWindow;
class PullListPage;
class ReportsPage;
class SlipPrinter;
class Workstation;
namespace desk {
class NetworkLookup;
}
namespace reports {
class ReportService;
class SnapshotStore;
} // namespace reports
namespace devices {
struct ScanEvent;
}

// The counter's window made from a Workstation: the pages of each job, the devices (and the demo's
// simulated ones), the slip printer, and where each scan goes. A new page is one member and one
// block in buildPages().
class Desk : public QObject
{
    Q_OBJECT
public:
    explicit Desk(Workstation& workstation, QObject* parent = nullptr);
    ~Desk() override;

    MainWindow& window() { return *m_window; }
    SlipPrinter& printer() { return *m_printer; }
    CapturePage* capturePage() const { return m_capture; }
    HoldShelfPage* holdShelfPage() const { return m_holdShelf; }
    ClickCollectPage* clickCollectPage() const { return m_clickCollect; }
    CratesPage* cratesPage() const { return m_crates; }
    DeviceHub& devices() { return *m_devices; }
    ReportsPage* reportsPage() const { return m_reports; }
    DeliveryPage* deliveryPage() const { return m_delivery; }
    // --page: pull-list, capture, hold-shelf, click-collect, lookup or outbox.
    void selectPage(const QString& name);
    // Fills the pages from the cache (after the window is shown) and starts the sync.
    void start();
    // What recovery of the local files did, said in a dialog once the window is up.
    void showNotices(const QList<StoreNotice>& notices);
    // The network store's address changed (Settings > Network store): the link follows it, and
    // pull claims, shared crates and locker alerts start at once when it was not set before.
    void networkStoreChanged();
    PullListPage* pullListPage() const { return m_pullList; }

private:
    void buildDevices();
    void buildPages();
    void route(const devices::ScanEvent& event);
    // An item of a crate received without scanning: checked in as if scanned on the crates page.
    void checkInFromCrate(const QString& barcode);
    void openSettings();
    // Pull coordination, shared crates and locker alerts through the network store, once it is set.
    void attachNetworkStore();

    Workstation& m_workstation;
    std::unique_ptr<AlsaSoundPlayer> m_sound;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DeviceHub> m_devices;
    std::unique_ptr<SlipPrinter> m_printer;
    devices::DeviceConfig m_deviceConfig;
    DeviceTwinsWindow* m_twinsWindow = nullptr;
    PullListPage* m_pullList = nullptr;
    CapturePage* m_capture = nullptr;
    HoldShelfPage* m_holdShelf = nullptr;
    ClickCollectPage* m_clickCollect = nullptr;
    CratesPage* m_crates = nullptr;
    bool m_networkStoreAttached = false;
    // Pickup lockers: the bank this counter loads (none when no bank is set up).
    lockers::LockerSite* m_lockerSite = nullptr;
    LockersPage* m_lockers = nullptr;
    LockerTwinWindow* m_lockerTwins = nullptr;
    DeliveryPage* m_delivery = nullptr;
    delivery::FeePoster* m_feePoster = nullptr;
    delivery::PhoneOrders* m_phoneOrders = nullptr;
    LookupPage* m_lookup = nullptr;
    desk::NetworkLookup* m_networkLookup = nullptr;
    // The supervisor's daily report: its snapshots (reports.sqlite) and the service that takes it.
    std::unique_ptr<reports::SnapshotStore> m_reportSnapshots;
    reports::ReportService* m_reportService = nullptr;
    ReportsPage* m_reports = nullptr;
    std::function<QString(const QString&)> m_libraryName = [](const QString& id) { return id; };
};

} // namespace comptoir
