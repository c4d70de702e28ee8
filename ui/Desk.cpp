#include "Desk.h"

#include "CapturePage.h"
#include "ClickCollectPage.h"
#include "CratesPage.h"
#include "DeliveryPage.h"
#include "DeliverySettingsPage.h"
#include "DeviceHub.h"
#include "DeviceTwinsWindow.h"
#include "DevicesPage.h"
#include "HoldShelfPage.h"
#include "LockerTwinWindow.h"
#include "LockersPage.h"
#include "Logging.h"
#include "LookupPage.h"
#include "MainWindow.h"
#include "NetStoreAddressField.h"
#include "NetworkConfigPage.h"
#include "NetworkDeliveryOrders.h"
#include "NetworkLockersView.h"
#include "OutboxPage.h"
#include "PullListPage.h"
#include "ReportsPage.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SlipPrinter.h"
#include "SoundPlayer.h"
#include "Workstation.h"
#include "ZoneSplitDialog.h"
#include "delivery/DeliveryService.h"
#include "delivery/FeePosting.h"
#include "delivery/PhoneOrder.h"
#include "desk/CrateCapture.h"
#include "desk/DeskQueries.h"
#include "desk/HoldPlacement.h"
#include "desk/IncomingCrates.h"
#include "desk/NetworkLookup.h"
#include "lockers/LockerSite.h"
#include "netstore/NetworkStoreLink.h"
#include "netstore/ReportSnapshots.h"
#include "netstore/SharedCrates.h"
#include "reports/ReportService.h"
#include "reports/SnapshotStore.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace comptoir {

namespace {

// Verdict kinds whose slip prints by itself (setting slips/autoPrint).
QList<VerdictKind> autoPrintKinds(const Settings& settings)
{
    QList<VerdictKind> autoPrint;
    const QStringList kinds = settings.value(settings::SlipAutoPrint).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QList<QPair<QString, VerdictKind>> names = {{QStringLiteral("hold"), VerdictKind::HoldHere},
                                                      {QStringLiteral("transit"), VerdictKind::Transit},
                                                      {QStringLiteral("bag"), VerdictKind::Bag},
                                                      {QStringLiteral("provisional"), VerdictKind::Provisional}};
    for (const auto& [name, kind] : names)
        if (kinds.contains(name))
            autoPrint << kind;
    return autoPrint;
}

} // namespace

Desk::Desk(Workstation& workstation, QObject* parent)
    : QObject(parent)
    , m_workstation(workstation)
    , m_sound(std::make_unique<AlsaSoundPlayer>())
{
    Settings& settings = workstation.settings();
    m_sound->setEnabled(settings.value(settings::SoundEnabled));
    m_sound->setVolume(settings.value(settings::SoundVolume));
    m_window = std::make_unique<MainWindow>(workstation.store(), settings, *m_sound);
    buildDevices();
    m_printer = std::make_unique<SlipPrinter>();
    m_printer->configure(settings, workstation.slipsDir());
    m_printer->dialogParent = m_window.get();
    // Where each slip went is the banner's second line: a printing problem never takes the place
    // of the transaction's outcome.
    connect(m_printer.get(), &SlipPrinter::printed, m_window.get(), [this](const PrintOutcome& outcome) {
        m_window->showNote(outcome.text(), !outcome.printed(), outcome.printed() ? QString() : help::Printer);
    });
    if (const QUrl rest = workstation.session().settings().restUrl;
        rest.scheme() == QLatin1String("http") && !desk::RestAddress::isLoopback(rest.host())) {
        // Allowed explicitly in the connection settings; said for as long as it lasts.
        auto* insecure = new QLabel(QApplication::translate("main", "⚠ Unencrypted connection to %1").arg(rest.host()));
        insecure->setObjectName(QStringLiteral("insecureConnection"));
        insecure->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
        m_window->statusBar()->addPermanentWidget(insecure);
    }
    if (workstation.isConnected())
        buildPages();
}

Desk::~Desk()
{
    // The pages belong to the window; the devices feed it: both go before the window.
    m_devices.reset();
}

void Desk::buildDevices()
{
    // The serial scanner, the RFID pad and the keyboard wedge from the settings; in the demo,
    // simulated twins on pseudo-terminals unless real ports are set.
    m_devices = std::make_unique<DeviceHub>(*m_window);
    m_deviceConfig = devices::DeviceConfig::load(m_workstation.settings());
    const QString twinsDir = m_workstation.devicesDir();
    const auto simulated = [&twinsDir](const QString& port) { return port.isEmpty() || port.startsWith(twinsDir); };
    bool twins = false;
    if (m_workstation.isDemo() && simulated(m_deviceConfig.scannerLine.port) &&
        simulated(m_deviceConfig.pad.line.port)) {
        QString problem;
        twins = m_devices->startTwins(twinsDir, m_deviceConfig, &problem);
        if (!twins)
            qCWarning(lcApp) << problem;
    }
    m_devices->apply(m_deviceConfig);
    if (!twins)
        return;
    m_twinsWindow = new DeviceTwinsWindow(
        *m_devices,
        [this] {
            QList<DeviceTwinsWindow::Candidate> items;
            for (const desk::ItemAtHand& item :
                 m_workstation.queries().itemsAtHand(m_workstation.session().settings().site))
                items.append({item.barcode, item.title});
            return items;
        },
        m_window.get());
    m_twinsWindow->incomingCrates = [this] {
        return desk::incomingCrates(m_workstation.store().cache().database(), m_workstation.session().settings().site,
                                    m_workstation.clock().now());
    };
    auto* button = new QToolButton(m_window.get());
    button->setObjectName(QStringLiteral("simulatedDevicesButton"));
    button->setText(QApplication::translate("main", "Simulated devices…"));
    button->setToolTip(QApplication::translate("main", "The demo's scanner and RFID pad, driven by hand"));
    button->setFocusPolicy(Qt::NoFocus);
    connect(button, &QToolButton::clicked, m_window.get(), [this] {
        m_twinsWindow->reload();
        m_twinsWindow->show();
        m_twinsWindow->raise();
    });
    m_window->statusBar()->addPermanentWidget(button);
}

void Desk::buildPages()
{
    Workstation& ws = m_workstation;
    desk::IlsSession& session = ws.session();
    Settings& settings = ws.settings();
    MainWindow* window = m_window.get();
    const desk::ConnectionSettings& c = session.settings();
    const desk::NameDisplay nameDisplay = ws.nameDisplay();
    connect(&session, &desk::IlsSession::stateChanged, window, &MainWindow::setConnectionState);
    connect(&session.sync(), &sync::SyncEngine::progress, window, &MainWindow::showSyncProgress);
    m_libraryName = [&session](const QString& id) { return session.capture().libraryName(id); };
    // The status bar says when the counter last heard from the library system.
    const QString lastSyncKey = QStringLiteral("desk.lastSync/") + c.site;
    if (auto last = ws.store().cache().syncValue(lastSyncKey); last && !last.value().isEmpty())
        window->setLastSync(QDateTime::fromString(last.value(), Qt::ISODate));
    connect(&session.sync(), &sync::SyncEngine::finished, window,
            [window, &ws, lastSyncKey](const Status& status, const sync::SyncReport&) {
                window->hideSyncProgress();
                window->refreshOutboxCount();
                if (!status.ok())
                    return;
                const QDateTime now = ws.clock().now();
                window->setLastSync(now);
                if (Status s = ws.store().cache().setSyncValue(lastSyncKey, now.toString(Qt::ISODate)); !s.ok())
                    qCWarning(lcApp) << "last sync time not kept:" << s.error().message;
            });
    connect(&session, &desk::IlsSession::outboxChanged, window, &MainWindow::refreshOutboxCount);
    connect(window, &MainWindow::refreshRequested, &session, &desk::IlsSession::refreshNow);
    window->outboxPage()->setStaff(c.staff);
    connect(window->outboxPage(), &OutboxPage::retried, &session, [&session] { session.replayer().replay(); });

    // Pull list: the site's pick list in walking order; it changes only when the sync fetched it.
    m_pullList = new PullListPage(ws.store().cache(), ws.store().outbox());
    m_pullList->setDesk(c.site, c.workstation, c.staff);
    m_pullList->setShelfLayout(ws.shelfLayout());
    m_pullList->setTemplates(&ws.templates());
    window->setPageWidget(MainWindow::Page::PullList, m_pullList);
    connect(&session.sync(), &sync::SyncEngine::finished, m_pullList,
            [this](const Status&, const sync::SyncReport& report) {
                if (report.full || report.pickList > 0)
                    m_pullList->reload();
            });
    connect(&session, &desk::IlsSession::queueImported, m_pullList, &PullListPage::reload);
    // Pulled = checked in: the capture's check-in, its verdict in the banner and on the capture list.
    m_pullList->libraryName = [&session](const QString& id) { return session.capture().libraryName(id); };
    m_pullList->checkin = [&session](const QString& code, auto done) {
        session.capture().checkin(code, done, QStringLiteral("pull")); // counted as found by the daily report
    };
    m_pullList->setBarcodeRules(m_deviceConfig.rules);
    session.capture().setLocationNames(ws.shelfLayout().locationNames);
    connect(m_pullList, &PullListPage::checkedIn, window,
            [this, window](const QString& code, const desk::CaptureResult& r) {
                window->showVerdict(r.verdict);
                m_capture->addCapture(code, r);
                window->refreshOutboxCount();
            });

    // Capture: check-in with a destination for each item.
    const QString libraryName = session.capture().libraryName(c.site);
    m_capture = new CapturePage;
    m_capture->setLibraryName(libraryName);
    m_capture->libraryName = [&session](const QString& id) { return session.capture().libraryName(id); };
    m_capture->setNameDisplay(nameDisplay);
    m_capture->setWorkstation(c.workstation);
    m_capture->setTemplates(&ws.templates());
    m_capture->setPrinter(m_printer.get());
    m_capture->setAutoPrint(autoPrintKinds(settings));
    window->setPageWidget(MainWindow::Page::Capture, m_capture);

    // Hold shelf: pickup at the desk and expired requests.
    m_holdShelf = new HoldShelfPage(ws.store().cache(), ws.store().outbox());
    m_holdShelf->setDesk(c.site, c.workstation, c.staff);
    m_holdShelf->setNameDisplay(nameDisplay);
    m_holdShelf->setCheckout(&session.checkout());
    m_holdShelf->setReceipt(settings.value(settings::PickupReceipt), libraryName, ws.templates());
    m_holdShelf->setPrinter(m_printer.get());
    window->setPageWidget(MainWindow::Page::HoldShelf, m_holdShelf);
    connect(m_holdShelf, &HoldShelfPage::verdictReady, window, &MainWindow::showVerdict);
    m_holdShelf->libraryName = m_pullList->libraryName;
    m_holdShelf->locationName = [this](const QString& code) { return m_pullList->locationName(code); };
    connect(m_holdShelf, &HoldShelfPage::cleared, &session, [window, &session] {
        window->refreshOutboxCount();
        session.replayer().replay();
    });

    // Click & collect: orders, bags and appointments.
    m_clickCollect = new ClickCollectPage(ws.store().cache(), ws.store().outbox());
    m_clickCollect->setDesk(c.site, libraryName, c.staff);
    m_clickCollect->setNameDisplay(nameDisplay);
    m_clickCollect->setTemplates(&ws.templates());
    window->setPageWidget(MainWindow::Page::ClickCollect, m_clickCollect);
    connect(&session.sync(), &sync::SyncEngine::finished, m_clickCollect, &ClickCollectPage::reload);
    connect(&session.sync(), &sync::SyncEngine::finished, m_holdShelf, &HoldShelfPage::reload);

    // Network lookup: a patron's requests everywhere (the phone line).
    m_networkLookup = new desk::NetworkLookup(c.sipOnly() ? nullptr : &session.rest(), ws.store().cache(), window);
    m_lookup = new LookupPage(*m_networkLookup, ws.store().outbox());
    m_lookup->setStaff(c.staff);
    m_lookup->libraryName = [&session](const QString& id) { return session.capture().libraryName(id); };
    window->setPageWidget(MainWindow::Page::Lookup, m_lookup);

    // Shuttle crates: filled at capture, sealed with their label, received against the manifest.
    m_crates = new CratesPage(session.crates(), ws.clock());
    m_crates->setDesk(libraryName, c.workstation);
    m_crates->libraryName = [&session](const QString& id) { return session.capture().libraryName(id); };
    m_crates->setTemplates(&ws.templates());
    m_crates->setPrinter(m_printer.get());
    window->setPageWidget(MainWindow::Page::Crates, m_crates);
    connect(m_crates, &CratesPage::verdictReady, window, &MainWindow::showVerdict);
    // Crates: the hub from the settings; receipts name items by title and home library.
    session.crates().setHub(ws.settings().value(settings::CrateHub));
    if (auto routes = crates::parseRoutes(ws.settings().value(settings::CrateRoutes)))
        m_crates->setRoutes(crates::ShuttleRoutes(routes.value()));
    m_crates->itemLabel = [&session](const QString& barcode) {
        desk::ItemLabel label;
        auto q = session.capture().itemLabel(barcode);
        label.title = q.first;
        label.homeLibrary = q.second.isEmpty() ? QString() : session.capture().libraryName(q.second);
        return label;
    };
    // The lookup page says where an item's crates took it.
    m_lookup->crateHistory = [this](const QString& barcode) { return m_crates->historyText(barcode); };
    // Received without scanning: each item checked in here, as if scanned on the crates page.
    connect(m_crates, &CratesPage::checkInRequested, window, [this](const QStringList& barcodes) {
        for (const QString& barcode : barcodes)
            checkInFromCrate(barcode);
    });

    // Pickup lockers: the door map, loading by scanner, clearing (a bank set up in the settings, or
    // in the demo the training library's bank on simulated boards).
    m_lockerSite = new lockers::LockerSite(ws, this);
    if (const Status started = m_lockerSite->start(); started.ok() && m_lockerSite->service()) {
        m_lockers = new LockersPage(*m_lockerSite->service(), ws.clock());
        window->setPageWidget(MainWindow::Page::Lockers, m_lockers);
        connect(m_lockers, &LockersPage::verdictReady, window, &MainWindow::showVerdict);
        if (m_lockerSite->twin()) {
            m_lockerTwins = new LockerTwinWindow(*m_lockerSite->twin(), window);
            auto* twins = new QToolButton(window);
            twins->setObjectName(QStringLiteral("simulatedLockersButton"));
            twins->setText(QApplication::translate("main", "Simulated lockers…"));
            twins->setFocusPolicy(Qt::NoFocus);
            connect(twins, &QToolButton::clicked, window, [this] {
                m_lockerTwins->show();
                m_lockerTwins->raise();
            });
            window->statusBar()->addPermanentWidget(twins);
        }
    } else if (!started.ok() && started.error().code != QLatin1String("lockers.none")) {
        qCWarning(lcApp) << "lockers:" << started.error().message;
    }

    // The network store, when one is set up (else later, from Settings > Network store).
    attachNetworkStore();

    // Reports: the day's queues per site and for the network, kept day by day in reports.sqlite.
    m_reportSnapshots = std::make_unique<reports::SnapshotStore>();
    if (Status opened = m_reportSnapshots->open(QDir(ws.dataDir()).filePath(reports::SnapshotStore::fileName()));
        !opened.ok())
        qCWarning(lcApp) << "report snapshots not opened:" << opened.error().message;
    m_reportSnapshots->setOnSaved([link = &ws.networkStore()](const reports::DayReport& day) {
        if (Status published = netstore::publishSnapshot(*link, day); !published.ok()) // network store
            qCWarning(lcApp) << "report snapshot not published:" << published.error().message;
    });
    m_reportService = new reports::ReportService(c.sipOnly() ? nullptr : &session.rest(), *m_reportSnapshots,
                                                 ws.clock(), QTimeZone::systemTimeZone(), window);
    m_reportService->setLocal(&ws.store().outbox().database(), c.site);
    // With a network store: every counter's figures, read from their snapshots of the day.
    m_reportService->setCounterSource(netstore::counterSource(ws.networkStore(), m_reportService));
    m_reports = new ReportsPage;
    m_reports->setService(m_reportService, reports::Thresholds::fromSettings(settings));
    window->setPageWidget(MainWindow::Page::Reports, m_reports);

    // Home delivery: the rounds, parcels, manifest and bill; parcels scanned back on any page.
    m_delivery = new DeliveryPage(session.delivery(), ws.clock());
    m_delivery->setDesk(libraryName, QDir(ws.dataDir()).filePath(QStringLiteral("delivery")));
    m_delivery->setTemplates(&ws.templates());
    m_delivery->setPrinter(m_printer.get());
    m_delivery->checkout = [&session](const QString& card, const QString& barcode, delivery::CirculationDone done) {
        session.checkout().checkout(card, barcode, [done](desk::CheckoutResult r) {
            done(r.ok || r.provisional, r.provisional, r.verdict.detail);
        });
    };
    m_delivery->checkin = [&session](const QString& barcode, delivery::CirculationDone done) {
        session.capture().checkin(barcode, [done](desk::CaptureResult r) {
            done(r.recorded && r.verdict.kind != VerdictKind::Error, r.provisional, r.verdict.detail);
        });
    };
    // An absent patron's documents kept on the hold shelf for them (delivery/broughtBack=holdShelf).
    m_delivery->hold = [&session, &ws, c](const QString& card, const QString& barcode, delivery::CirculationDone done) {
        desk::placeHold(ws.store().outbox(), session.sip(), c.workstation, c.staff, c.institution, card, barcode,
                        c.site, done);
    };
    window->setPageWidget(MainWindow::Page::Delivery, m_delivery);
    if (m_networkStoreAttached) // the orders of the site's other counters (the store attached above)
        m_delivery->setNetworkOrders(new NetworkDeliveryOrders(ws.networkStore()));
    connect(m_delivery, &DeliveryPage::verdictReady, window, [window](const Verdict& v) {
        window->showVerdict(v);
        window->refreshOutboxCount();
    });
    m_pullList->setDeliveryLocation(session.delivery().config().location);
    // The delivery fee on the patron's ILS account (delivery/postFees), posted as outcomes come.
    if (!c.sipOnly()) {
        m_feePoster = new delivery::FeePoster(session.delivery(), session.rest(), this);
        m_feePoster->setDebitType(settings.value(settings::DeliveryDebitType));
        m_feePoster->setAutomatic(settings.value(settings::DeliveryPostFees));
        // Orders taken on the phone from the lookup page, placed through SIP2 like the desk's requests.
        m_phoneOrders = new delivery::PhoneOrders(session.rest(), ws.clock(), this);
        m_phoneOrders->setConfig(session.delivery().config());
        m_phoneOrders->setPlaceHold([&session, &ws, c](const QString& card, const QString& barcode,
                                                       const QString& pickup, delivery::CirculationDone done) {
            desk::placeHold(ws.store().outbox(), session.sip(), c.workstation, c.staff, c.institution, card, barcode,
                            pickup, done);
        });
        if (session.delivery().config().enabled())
            m_lookup->setPhoneOrders(m_phoneOrders);
    }

    connect(window, &MainWindow::scannedEvent, this, &Desk::route);
    connect(window, &MainWindow::settingsRequested, this, &Desk::openSettings);
    window->setDeskText(QApplication::translate("main", "%1 — workstation %2%3")
                            .arg(c.site, c.workstation,
                                 ws.isDemo() ? QApplication::translate("main", " — training library") : QString()));
    window->setConnectionState(ConnectionState::Offline);
}

void Desk::route(const devices::ScanEvent& event)
{
    const QString& code = event.code;
    MainWindow* window = m_window.get();
    DeviceHub* devices = m_devices.get();
    // Another library's item says so in its verdict.
    const QString owner = devices->foreignOwner(event);
    const QString ownerNote = owner.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" — ") + QApplication::translate("main", "belongs to %1").arg(owner);
    MainWindow::Page page = window->currentPage();
    // A code of a known kind other than a document goes to its job, whatever the page: it is never
    // sent to the library system as a check-in.
    switch (event.kind) {
    case devices::CodeKind::Order:
        window->selectPage(MainWindow::Page::ClickCollect);
        window->showVerdict(m_clickCollect->openBag(code));
        return;
    case devices::CodeKind::Crate:
        // A crate box: its crate on the crates page (or the box given to the open crate chosen).
        window->selectPage(MainWindow::Page::Crates);
        window->showVerdict(m_crates->openBox(code));
        return;
    case devices::CodeKind::PatronCard:
        if (page == MainWindow::Page::Lookup) {
            m_lookup->search(code); // a card scanned while on the phone
            return;
        }
        // A card at the counter opens that patron's pickup.
        if (page != MainWindow::Page::HoldShelf)
            window->selectPage(MainWindow::Page::HoldShelf);
        page = MainWindow::Page::HoldShelf;
        break;
    default:
        break;
    }
    // A home delivery parcel's label (or a round's manifest) scanned back: its outcome recorded.
    if (DeliveryPage::isDeliveryCode(code)) {
        window->selectPage(MainWindow::Page::Delivery);
        m_delivery->handleParcel(code, [window](const Verdict& verdict) {
            window->showVerdict(verdict);
            window->refreshOutboxCount();
        });
        return;
    }
    // A crate label's QR code (a 2D scanner sends its text): the crate opened for receiving.
    if (crates::looksLikeManifest(code)) {
        window->selectPage(MainWindow::Page::Crates);
        window->showVerdict(m_crates->openManifest(code));
        return;
    }
    bool receivedFromCrate = false;
    if (page == MainWindow::Page::Crates) {
        // Receiving a crate: the item is checked in as at capture (below); otherwise a scan puts the
        // item into the other desk's crate chosen, or takes it out of its open crate.
        if (!m_crates->isReceiving()) {
            m_crates->putOrTakeOut(code, [window](const Verdict& verdict) { window->showVerdict(verdict); });
            return;
        }
        window->showVerdict(m_crates->receiveItem(code, &receivedFromCrate));
        if (!receivedFromCrate)
            return;
    }
    switch (page) {
    case MainWindow::Page::Lookup:
        m_lookup->search(code);
        return;
    case MainWindow::Page::Lockers:
        // Loading the locker bank: the item goes to a door (or, vendor bank, a door's label).
        if (m_lockers) {
            window->showVerdict(m_lockers->handleScan(code));
            window->refreshOutboxCount();
            return;
        }
        break;
    case MainWindow::Page::PullList:
        // Pulling: a scan marks the line found and checks the item in (its verdict follows).
        if (m_pullList->pull(code))
            window->showVerdict({VerdictKind::Success, QApplication::translate("main", "Found"),
                                 QApplication::translate("main", "Pulled: %1").arg(m_pullList->progressText())});
        else
            window->showVerdict({VerdictKind::Warning, QApplication::translate("main", "Not on the pull list"),
                                 m_pullList->whyNotListed(code)});
        return;
    case MainWindow::Page::HoldShelf:
        // Pickup at the desk: a card, then the patron's items; an item from the pad gets "may
        // leave" once it is checked out.
        m_holdShelf->handleScan(code, [window, devices, event, ownerNote](Verdict verdict) {
            verdict.detail += ownerNote;
            window->showVerdict(verdict);
            window->refreshOutboxCount();
            if (verdict.kind == VerdictKind::Success)
                devices->secureAfter(event, true);
        });
        return;
    default:
        break;
    }
    CapturePage* capture = m_capture;
    HoldShelfPage* holdShelf = m_holdShelf;
    ClickCollectPage* clickCollect = m_clickCollect;
    CratesPage* cratesPage = m_crates;
    desk::IlsSession& session = m_workstation.session();
    m_workstation.session().capture().checkin(code, [window, devices, capture, holdShelf, clickCollect, cratesPage,
                                                     &session, event, ownerNote,
                                                     receivedFromCrate](desk::CaptureResult result) {
        result.verdict.detail += ownerNote;
        // In transit (or, offline, probably): into the next hop's open crate; the verdict names it.
        if (desk::placeCaptured(session.crates(), session.settings().site, event.code,
                                session.capture().libraryName(result.destination), result))
            cratesPage->reload();
        // Received from a crate: the crate's progress stays in the title.
        if (receivedFromCrate && result.verdict.kind != VerdictKind::Transit)
            result.verdict.detail = cratesPage->receivingProgress() + QStringLiteral(" — ") + result.verdict.detail;
        window->showVerdict(result.verdict);
        capture->addCapture(event.code, result);
        window->refreshOutboxCount();
        // What the capture changed shows at once on the pages that list it.
        if (result.verdict.kind == VerdictKind::HoldHere || result.bagOrder != 0)
            holdShelf->reload();
        if (result.bagOrder != 0)
            clickCollect->reload();
        // Checked in: secured again at the gate when the ILS asks for it (SIP2
        // resensitize), or offline.
        if (result.secure)
            devices->secureAfter(event, false);
    });
}

void Desk::attachNetworkStore()
{
    Workstation& ws = m_workstation;
    netstore::NetworkStoreLink& link = ws.networkStore();
    if (!link.isConfigured()) {
        if (m_networkStoreAttached) // the address removed: nothing to split with (the link changes nothing)
            m_pullList->setSplitZones({});
        return;
    }
    // Zones split between the site's desks: the pull list's "Split zones…" (again after a removal).
    m_pullList->setSplitZones([this, &link] {
        if (!link.isConnected()) {
            m_window->showNote(QApplication::translate("comptoir::Desk",
                                                       "The network store is not connected: zones cannot be "
                                                       "split now."),
                               true);
            return;
        }
        QStringList zones;
        for (const desk::Zone& zone : m_pullList->shelfLayout().zones)
            zones << zone.name;
        // The dialog's reads and changes run on the link's store thread: the desk never waits.
        ZoneSplitDialog dialog(
            [&link](QObject* context, std::function<Status(netstore::NetStore&)> job,
                    std::function<void(const Status&)> done) {
                return link.callStore<Status>(
                    context, QApplication::translate("comptoir::Desk", "Reading the zones from the network store…"),
                    std::move(job), std::move(done));
            },
            link.store().role(), link.site(), zones, m_window.get());
        dialog.exec();
        (void)link.reloadZones();
        m_pullList->reload();
    });
    if (m_networkStoreAttached)
        return; // the link was configured again (a new address): what follows follows it already
    m_networkStoreAttached = true;
    desk::IlsSession& session = ws.session();
    MainWindow* window = m_window.get();

    // Lines of other desks leave the list.
    m_pullList->setPullCoordination(&link);
    connect(&link, &netstore::NetworkStoreLink::takenChanged, m_pullList, &PullListPage::reload);
    // What the list waits for from the store (lines claimed, zones read), or why it goes on alone.
    connect(&link, &netstore::NetworkStoreLink::coordinationNoteChanged, m_pullList,
            &PullListPage::showCoordinationNote);

    // Crates shared between the desks of this site.
    auto* shared = new netstore::SharedCrates(session.crates(), link, m_crates);
    shared->libraryName = m_crates->libraryName;
    m_crates->setSharedCrates(shared);

    // Locker alerts published by another counter (a patron kiosk on its own PC) for a bank of this
    // site or the bank this counter serves: in the banner with its sound, as a local alert.
    if (m_lockerSite && m_lockerSite->service())
        link.setServedBanks({m_lockerSite->service()->bank().id});
    connect(&link, &netstore::NetworkStoreLink::lockerAlert, window,
            [window, &session](const QString& bank, const QString& label, const QString& detail, const QString&) {
                const QString name = session.capture().libraryName(bank);
                window->showVerdict(
                    netstore::NetworkStoreLink::alertVerdict(name.isEmpty() ? bank : name, label, detail));
            });

    // The network's locker banks, read-only: from the Lockers page, or as the Lockers page of a
    // counter without a bank of its own (the phone line sees the doors loaded at another counter).
    auto* networkLockers = new NetworkLockersView(link, ws.clock());
    if (m_lockers)
        m_lockers->setNetworkLockers(networkLockers);
    else
        window->setPageWidget(MainWindow::Page::Lockers, networkLockers);

    // Home delivery orders taken at the site's other counters, read-only on the Delivery page.
    if (m_delivery && !m_delivery->networkOrders())
        m_delivery->setNetworkOrders(new NetworkDeliveryOrders(link));
}

void Desk::networkStoreChanged()
{
    m_workstation.startNetworkStore(); // the link follows the new address
    attachNetworkStore();
}

void Desk::checkInFromCrate(const QString& barcode)
{
    MainWindow* window = m_window.get();
    CapturePage* capture = m_capture;
    CratesPage* cratesPage = m_crates;
    HoldShelfPage* holdShelf = m_holdShelf;
    desk::IlsSession& session = m_workstation.session();
    session.capture().checkin(barcode,
                              [window, capture, cratesPage, holdShelf, &session, barcode](desk::CaptureResult result) {
                                  if (desk::placeCaptured(session.crates(), session.settings().site, barcode,
                                                          session.capture().libraryName(result.destination), result))
                                      cratesPage->reload();
                                  capture->addCapture(barcode, result);
                                  window->refreshOutboxCount();
                                  if (result.verdict.kind == VerdictKind::HoldHere)
                                      holdShelf->reload();
                              });
}

void Desk::openSettings()
{
    Workstation& ws = m_workstation;
    const QStringList known = ws.queries().locationsSeen(ws.session().settings().site);
    // The devices let go of their ports while the Devices page may test them.
    m_devices->stop();
    SettingsDialog dialog(ws.settings(), ws.templates(), known, m_pullList->shelfLayout(), m_window.get(),
                          &m_deviceConfig, ws.slipsDir());
    // Settings > Network: after an import the dialog closes without writing its (older) fields back.
    auto* network = new NetworkConfigPage(ws);
    dialog.addPage(network, QApplication::translate("comptoir::SettingsDialog", "Network"));
    // Settings > Home delivery.
    auto* deliverySettings = new DeliverySettingsPage(ws.settings());
    dialog.addPage(deliverySettings, QApplication::translate("comptoir::SettingsDialog", "Home delivery"));
    // Settings > Network store: its address (the password to the keychain only).
    auto* netStore = new NetStoreAddressField(ws.settings(), ws.networkStoreSecrets());
    dialog.addPage(netStore, QApplication::translate("comptoir::SettingsDialog", "Network store"));
    bool imported = false;
    connect(network, &NetworkConfigPage::imported, &dialog, [&dialog, &imported] {
        imported = true;
        dialog.QDialog::accept();
    });
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (imported)
        m_deviceConfig = devices::DeviceConfig::load(ws.settings());
    else if (accepted)
        m_deviceConfig = dialog.devices()->config();
    m_devices->apply(m_deviceConfig);
    if (!accepted)
        return;
    if (!imported) {
        bool storeChanged = false;
        connect(netStore, &NetStoreAddressField::addressChanged, &dialog, [&storeChanged] { storeChanged = true; });
        if (const Status applied = netStore->apply(); !applied)
            m_window->showNote(applied.error().message, true); // the address was not saved: why
        else if (storeChanged)
            networkStoreChanged(); // pull claims, shared crates and alerts start now, no restart
    }
    if (!imported && deliverySettings->apply().ok()) {
        ws.session().delivery().setConfig(delivery::DeliveryConfig::load(ws.settings()));
        m_pullList->setDeliveryLocation(ws.session().delivery().config().location);
        if (m_phoneOrders) {
            m_phoneOrders->setConfig(ws.session().delivery().config());
            m_lookup->setPhoneOrders(ws.session().delivery().config().enabled() ? m_phoneOrders : nullptr);
        }
        if (m_feePoster) {
            m_feePoster->setDebitType(ws.settings().value(settings::DeliveryDebitType));
            m_feePoster->setAutomatic(ws.settings().value(settings::DeliveryPostFees));
        }
    }
    // Everything below reads the settings as they are now (the dialog's, or the imported network's).
    const desk::ShelfLayout layout = ws.shelfLayout();
    m_pullList->setShelfLayout(layout);
    m_pullList->reload();
    m_pullList->setBarcodeRules(m_deviceConfig.rules);
    ws.session().capture().setLocationNames(layout.locationNames);
    m_printer->configure(ws.settings(), ws.slipsDir());
    m_capture->setAutoPrint(autoPrintKinds(ws.settings()));
    ws.session().crates().setHub(ws.settings().value(settings::CrateHub));
    if (m_reports) // the thresholds of Settings > Reports
        m_reports->setService(m_reportService, reports::Thresholds::fromSettings(ws.settings()));
    if (auto routes = crates::parseRoutes(ws.settings().value(settings::CrateRoutes)))
        m_crates->setRoutes(crates::ShuttleRoutes(routes.value()));
    m_holdShelf->setReceipt(ws.settings().value(settings::PickupReceipt),
                            ws.session().capture().libraryName(ws.session().settings().site), ws.templates());
    if (imported)
        m_window->showNote(QApplication::translate("comptoir::Desk", "Network configuration imported."), false);
}

void Desk::selectPage(const QString& name)
{
    const QHash<QString, MainWindow::Page> pages = {{QStringLiteral("pull-list"), MainWindow::Page::PullList},
                                                    {QStringLiteral("capture"), MainWindow::Page::Capture},
                                                    {QStringLiteral("hold-shelf"), MainWindow::Page::HoldShelf},
                                                    {QStringLiteral("click-collect"), MainWindow::Page::ClickCollect},
                                                    {QStringLiteral("lookup"), MainWindow::Page::Lookup},
                                                    {QStringLiteral("crates"), MainWindow::Page::Crates},
                                                    {QStringLiteral("lockers"), MainWindow::Page::Lockers},
                                                    {QStringLiteral("delivery"), MainWindow::Page::Delivery},
                                                    {QStringLiteral("reports"), MainWindow::Page::Reports},
                                                    {QStringLiteral("outbox"), MainWindow::Page::Outbox}};
    m_window->selectPage(pages.value(name, MainWindow::Page::Capture));
}

void Desk::start()
{
    if (!m_workstation.isConnected())
        return;
    // The cached lists fill their pages once the window is up, not before it is shown.
    m_pullList->reload();
    m_holdShelf->reload();
    m_clickCollect->reload();
    m_crates->reload();
    m_delivery->reload();
    m_workstation.session().start(m_workstation.settings().value(settings::SyncIntervalSeconds));
}

void Desk::showNotices(const QList<StoreNotice>& notices)
{
    for (const StoreNotice& notice : notices)
        QTimer::singleShot(0, m_window.get(), [this, notice] {
            QMessageBox::warning(m_window.get(), QApplication::translate("main", "Local data"), notice.message);
        });
}

} // namespace comptoir
