// Test helper for tst_lockers' crash tests: drives the locker store of an outbox file as a counter
// would, printing each step once it is on disk, so the test can kill it with SIGKILL in the middle:
//   locker_writer OUTBOX load BARCODE:CARD...       assign a door, then load it, for each item
//   locker_writer OUTBOX load-hang BARCODE:CARD...  the same; the last item only assigned, then waits
//   locker_writer OUTBOX pickup CARD                the patron's doors: checkouts recorded, then waits
#include "Clock.h"
#include "lockers/LockerConfig.h"
#include "lockers/LockerStore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace comptoir;
using namespace comptoir::lockers;

namespace {
void say(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}
[[noreturn]] void hang()
{
    for (;;)
        QThread::sleep(1);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: locker_writer OUTBOX load|load-hang|pickup ARGS...\n");
        return 2;
    }
    SystemClock clock;
    Outbox outbox(clock);
    if (!outbox.open(QString::fromLocal8Bit(argv[1])).ok())
        return 1;
    const BankConfig bank = BankConfig::training();
    LockerStore store(outbox, clock, bank.id, QStringLiteral("kiosk"), QStringLiteral("writer"));
    if (!store.sync(bank).ok())
        return 1;
    const QString mode = QString::fromLocal8Bit(argv[2]);
    say(QStringLiteral("ready"));
    if (mode == QLatin1String("pickup")) {
        const QString card = QString::fromLocal8Bit(argv[3]);
        QStringList doors;
        for (const LockerDoor& d : store.doors().value())
            if (d.state == DoorState::Loaded && d.patronCard == card)
                doors << d.uuid;
        auto started = store.startPickup(doors, card, QStringLiteral("op"));
        if (!started)
            return 1;
        say(QStringLiteral("started %1").arg(started.value().size()));
        hang();
    }
    const bool hangLast = mode == QLatin1String("load-hang");
    for (int i = 3; i < argc; ++i) {
        const QStringList pair = QString::fromLocal8Bit(argv[i]).split(QLatin1Char(':'));
        const QString barcode = pair.value(0), card = pair.value(1);
        QString chosen;
        for (const LockerDoor& d : store.doors().value())
            if (!d.returns && (d.state == DoorState::Free || (d.state == DoorState::Loaded && d.patronCard == card))) {
                chosen = d.uuid;
                break;
            }
        if (chosen.isEmpty())
            return 3;
        auto assigned =
            store.assignForLoading(chosen, barcode, 0, {}, card, QStringLiteral("X"), QDate::currentDate().addDays(7));
        if (!assigned)
            return 1;
        say(QStringLiteral("assigned %1 %2").arg(barcode, chosen));
        if (hangLast && i == argc - 1)
            hang();
        auto loaded = store.completeLoading(chosen, bank.id);
        if (!loaded)
            return 1;
        say(QStringLiteral("loaded %1 %2").arg(barcode, chosen));
    }
    say(QStringLiteral("done"));
    return 0;
}
