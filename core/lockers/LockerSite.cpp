#include "lockers/LockerSite.h"

#include "Settings.h"
#include "Workstation.h"
#include "demo/DeviceTwins.h"
#include "demo/LockBoardTwin.h"
#include "desk/IlsSession.h"
#include "lockers/BankCache.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QDir>

namespace comptoir::lockers {

LockerSite::LockerSite(Workstation& workstation, QObject* parent)
    : QObject(parent)
    , m_workstation(workstation)
{
}

LockerSite::~LockerSite()
{
    m_bankCache.reset();
    m_service.reset();
    m_poller.reset();
    m_bus.reset();
    m_port.close();
}

Status LockerSite::start(const QString& bankId)
{
    Settings& settings = m_workstation.settings();
    auto banks = banksFromJson(settings.value(settings::LockerBanks));
    if (!banks)
        return banks.error();
    std::optional<BankConfig> bank;
    const QString wanted = bankId.isEmpty() ? settings.value(settings::KioskBank) : bankId;
    for (const BankConfig& b : banks.value())
        if (wanted.isEmpty() || b.id == wanted) {
            bank = b;
            break;
        }
    const bool demoTwin = !bank && m_workstation.isDemo();
    if (demoTwin) {
        // The training library's bank on simulated boards.
        QDir().mkpath(m_workstation.devicesDir());
        const QString dir = m_workstation.devicesDir();
        m_pty =
            std::make_unique<sandbox::PtyPair>(dir + QStringLiteral("/lockers-sim"), dir + QStringLiteral("/lockers"));
        if (sandbox::PtyPair::available() && m_pty->start()) {
            bank = BankConfig::training(m_pty->b());
            m_twin = std::make_unique<sandbox::SimulatedLockBoards>(sandbox::SimulatedLockBoards::Kind::Kerong);
            for (const BoardConfig& b : bank->boards)
                m_twin->addBoard(b.address, b.channels, b.inverted);
            if (!m_twin->open(m_pty->a(), bank->line.baud))
                m_twin.reset();
        }
    }
    if (!bank)
        return Error{QStringLiteral("lockers.none"),
                     QCoreApplication::translate("comptoir::lockers::LockerSite", "No locker bank is set up.")};
    desk::IlsSession& session = m_workstation.session();
    m_service = std::make_unique<LockerService>(
        m_workstation.store().outbox(), m_workstation.store().cache(), session.sip(), m_workstation.clock(), *bank,
        settings.value(settings::WorkstationName), settings.value(settings::StaffLogin));
    m_service->setNameDisplay(m_workstation.nameDisplay());
    m_service->setDeskLocation(session.settings().site);
    if (!session.settings().sipOnly()) {
        // The ILS's last pickup day of each loaded request; those checked in by the replay later
        // are read after a sync.
        m_service->setRest(&session.rest());
        connect(&session.sync(), &sync::SyncEngine::finished, m_service.get(),
                [service = m_service.get()](const Status& s, const sync::SyncReport&) {
                    if (s.ok())
                        service->refreshExpiries();
                });
    }
    session.addInFlight([service = m_service.get()](const QString& uuid) { return service->isInFlight(uuid); });
    // The counter's sync pulls its own site's requests only: the bank's come with a sync of their own.
    if (bank->id != session.settings().site && !session.settings().sipOnly()) {
        m_bankCache =
            std::make_unique<BankCache>(session.rest(), m_workstation.store().cache(), m_workstation.clock(), bank->id);
        m_bankCache->follow(session.sync());
        if (!session.sync().isRunning() && session.state() == ConnectionState::Online)
            m_bankCache->syncNow();
    }
    if (!bank->vendor && !bank->line.port.isEmpty()) {
        m_port.setPortName(bank->line.port);
        if (!m_port.open(QIODevice::ReadWrite)) {
            m_problem = QCoreApplication::translate("comptoir::lockers::LockerSite",
                                                    "The lock boards' port %1 cannot be opened: %2")
                            .arg(bank->line.port, m_port.errorString());
        } else {
            m_port.setBaudRate(bank->line.baud);
            m_port.setParity(bank->line.parity == QLatin1String("even")  ? QSerialPort::EvenParity
                             : bank->line.parity == QLatin1String("odd") ? QSerialPort::OddParity
                                                                         : QSerialPort::NoParity);
            m_port.setStopBits(bank->line.stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop);
        }
        LockBus::Options o;
        o.baud = bank->line.baud;
        o.bitsPerChar = 10 + (bank->line.parity == QLatin1String("none") ? 0 : 1) + (bank->line.stopBits == 2 ? 1 : 0);
        m_bus = std::make_unique<LockBus>(&m_port, bank->family, o);
        LockPoller::Options p;
        p.jamMs = std::clamp(settings.value(settings::LockerJamSeconds), 1, 120) * 1000;
        p.leftOpenMs = std::clamp(settings.value(settings::LockerLeftOpenSeconds), 10, 3600) * 1000;
        m_poller = std::make_unique<LockPoller>(*m_bus, bank->boards, m_workstation.clock(), p);
        m_service->setPoller(m_poller.get());
    }
    if (Status s = m_service->open(); !s.ok())
        return s;
    if (m_poller)
        m_poller->start();
    return {};
}

} // namespace comptoir::lockers
