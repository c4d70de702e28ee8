#pragma once

#include "Result.h"
#include "lockers/LockerService.h"

#include <QObject>
#include <QSerialPort>

#include <memory>

namespace comptoir {
class Settings;
class Workstation;
namespace sandbox {
class PtyPair;
class SimulatedLockBoards;
} // namespace sandbox
} // namespace comptoir

namespace comptoir::lockers {

class BankCache;

// The locker bank this counter drives or loads, built from the settings (lockers/banks, the first
// bank, or the one named by lockers/kioskBank): its serial line, bus, poller and service, on the
// workstation's outbox, cache and SIP2 connection. In the demo, with no bank set, the training
// library's bank (CASGARE) on simulated boards over a pty pair. When the bank is not the counter's
// own site, the bank's requests are pulled into the cache after each of the counter's syncs.
class LockerSite : public QObject
{
    Q_OBJECT
public:
    explicit LockerSite(Workstation& workstation, QObject* parent = nullptr);
    ~LockerSite() override;
    // No bank configured (and not the demo): an error with code lockers.none.
    Status start(const QString& bankId = {});
    LockerService* service() const { return m_service.get(); }
    LockPoller* poller() const { return m_poller.get(); }
    sandbox::SimulatedLockBoards* twin() const { return m_twin.get(); }
    QString problem() const { return m_problem; }

private:
    Workstation& m_workstation;
    std::unique_ptr<sandbox::PtyPair> m_pty;
    std::unique_ptr<sandbox::SimulatedLockBoards> m_twin;
    QSerialPort m_port;
    std::unique_ptr<LockBus> m_bus;
    std::unique_ptr<LockPoller> m_poller;
    std::unique_ptr<LockerService> m_service;
    std::unique_ptr<BankCache> m_bankCache; // the bank's requests, when the bank is not this counter's site
    QString m_problem;
};

} // namespace comptoir::lockers
