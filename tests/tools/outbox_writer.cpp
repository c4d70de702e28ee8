// Test helper for the durability test: appends actions to an outbox as fast as it can and prints
// "confirmed <uuid>" after each append has returned (i.e. after the screen would have confirmed it).
// The test kills it with SIGKILL at random moments.
#include "Clock.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: outbox_writer OUTBOX.sqlite\n");
        return 2;
    }
    comptoir::SystemClock clock;
    comptoir::Outbox outbox(clock);
    if (!outbox.open(QString::fromLocal8Bit(argv[1])).ok()) {
        std::fprintf(stderr, "cannot open the outbox\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (int n = 0;; ++n) {
        comptoir::OutboxAction action;
        action.kind = QStringLiteral("checkin");
        action.payload = QJsonObject{
            {QStringLiteral("barcode"), QStringLiteral("3104200000%1").arg(n % 10000, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("location"), QStringLiteral("CENTRE")}};
        action.workstation = QStringLiteral("test");
        action.staff = QStringLiteral("durability");
        auto appended = outbox.append(action);
        if (!appended) {
            std::fprintf(stderr, "append failed: %s\n", qPrintable(appended.error().message));
            return 1;
        }
        std::printf("confirmed %s\n", qPrintable(appended.value().uuid));
        std::fflush(stdout);
    }
}
