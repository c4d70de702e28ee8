#include "Kiosk.h"

#include "KioskWindow.h"
#include "Logging.h"
#include "Settings.h"
#include "SlipPrinter.h"
#include "Workstation.h"
#include "desk/IlsSession.h"
#include "lockers/LockerService.h"
#include "lockers/LockerSite.h"
#include "netstore/NetworkStoreLink.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QMessageBox>
#include <QTimer>

namespace comptoir {

int runLockerKiosk(QApplication& app, Workstation& workstation, const cli::Options& options)
{
    lockers::LockerSite site(workstation);
    if (const Status started = site.start(); !started.ok() || !site.service()) {
        QMessageBox::critical(nullptr, QStringLiteral("Comptoir"),
                              started.ok() ? QApplication::translate("main", "No locker bank is set up.")
                                           : started.error().message);
        return 1;
    }
    Settings& settings = workstation.settings();
    // Staff cards and the SHA-256 of their PIN, never the PIN itself.
    QHash<QString, QByteArray> staff;
    for (const QString& entry : settings.value(settings::KioskStaff).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.trimmed().split(QLatin1Char(':'));
        if (parts.size() == 2)
            staff.insert(parts[0], parts[1].toLatin1().toLower());
    }
    KioskWindow kiosk(*site.service());
    kiosk.setHelpPhone(settings.value(settings::LockerHelpPhone));
    kiosk.setIdleSeconds(settings.value(settings::KioskIdleSeconds));
    kiosk.setPinRequired(settings.value(settings::KioskPin));
    kiosk.setStaff([staff](const QString& card) { return staff.contains(card); },
                   [staff](const QString& card, const QString& pin) {
                       return staff.contains(card) &&
                              QCryptographicHash::hash(pin.toUtf8(), QCryptographicHash::Sha256).toHex() ==
                                  staff.value(card);
                   });
    // The patron's receipt, on the counter's slip printer (PDF, system printer or ESC/POS), when
    // the settings ask for pickup receipts.
    SlipPrinter printer;
    if (settings.value(settings::PickupReceipt)) {
        printer.configure(settings, workstation.slipsDir());
        const lockers::BankConfig& bank = site.service()->bank();
        kiosk.setReceiptPrinter(&printer, &workstation.templates(),
                                bank.name.isEmpty() ? workstation.session().capture().libraryName(bank.id) : bank.name,
                                settings.value(settings::WorkstationName));
    }
    QObject::connect(&kiosk, &KioskWindow::exitRequested, &app, &QApplication::quit);
    // The network store (started before the kiosk when netstore/address is set): an alert goes out
    // at once (on the link's worker: a patron's screen never waits on the store), so the counters of
    // the site hear of it; the link's timer retries if the store is away.
    if (workstation.networkStore().isConfigured())
        QObject::connect(
            site.service(), &lockers::LockerService::alertRecorded, &workstation.networkStore(),
            [&workstation] { (void)workstation.networkStore().publishSoon(); }, Qt::QueuedConnection);
    // The replay of what waited in the outbox (checkouts made while the ILS was away).
    workstation.session().start(settings.value(settings::SyncIntervalSeconds));
    kiosk.showFullScreen();
    if (options.quitAfterMs >= 0)
        QTimer::singleShot(options.quitAfterMs, &app, &QApplication::quit);
    return app.exec();
}

} // namespace comptoir
