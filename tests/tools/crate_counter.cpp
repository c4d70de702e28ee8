// Test helper for the crates' kill -9 test: a counter filling a crate, or receiving one, as fast as
// it can. It prints "placed <barcode>" (or "received <barcode>") once the call has returned, i.e.
// once the screen would have said so. The test kills it with SIGKILL mid-way.
//   crate_counter fill OUTBOX SITE DESTINATION COUNT
//   crate_counter receive OUTBOX SITE MANIFEST-TEXT-FILE
#include "Clock.h"
#include "crates/CrateService.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

using namespace comptoir;

namespace {

QString item(int n)
{
    return QStringLiteral("310420%1").arg(n, 8, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: crate_counter fill|receive OUTBOX SITE (DESTINATION COUNT | MANIFEST)\n");
        return 2;
    }
    SystemClock clock;
    Outbox outbox(clock);
    if (!outbox.open(args.at(2)).ok()) {
        std::fprintf(stderr, "cannot open the outbox\n");
        return 1;
    }
    crates::CrateService crates(outbox, clock, args.at(3), QStringLiteral("kill9"));
    if (args.at(1) == QLatin1String("fill") && args.size() >= 6) {
        const int count = args.at(5).toInt();
        std::printf("ready\n");
        std::fflush(stdout);
        for (int n = 1; n <= count; ++n) {
            // As at the desk: the check-in goes to the outbox first, then the item into its crate.
            OutboxAction action;
            action.kind = QStringLiteral("checkin");
            action.payload =
                QJsonObject{{QStringLiteral("barcode"), item(n)}, {QStringLiteral("location"), args.at(3)}};
            action.workstation = QStringLiteral("test");
            action.staff = QStringLiteral("kill9");
            if (!outbox.append(action).ok())
                return 1;
            auto placed = crates.place(item(n), args.at(4), QString());
            if (!placed) {
                std::fprintf(stderr, "place failed: %s\n", qPrintable(placed.error().message));
                return 1;
            }
            std::printf("placed %s\n", qPrintable(item(n)));
            std::fflush(stdout);
        }
        return 0;
    }
    if (args.at(1) == QLatin1String("receive")) {
        QFile file(args.at(4));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        auto part = crates::decodeManifestPart(file.readAll());
        if (!part)
            return 1;
        auto manifest = crates::assembleManifest({part.value()});
        if (!manifest)
            return 1;
        auto crate = crates.startReceiving(manifest.value());
        if (!crate)
            return 1;
        std::printf("ready\n");
        std::fflush(stdout);
        for (const QString& barcode : manifest.value().items) {
            auto r = crates.receiveItem(crate.value().seq, barcode);
            if (!r) {
                std::fprintf(stderr, "receive failed: %s\n", qPrintable(r.error().message));
                return 1;
            }
            std::printf("received %s\n", qPrintable(barcode));
            std::fflush(stdout);
        }
        return 0;
    }
    return 2;
}
