#include "Demo.h"

#include "Logging.h"
#include "SlipPdf.h"
#include "Workstation.h"
#include "desk/CrateCapture.h"
#include "desk/DeskQueries.h"
#include "desk/PullList.h"
#include "desk/SlipContext.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace comptoir::demo {

namespace {

void say(const QString& text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace

int runHeadless(Workstation& workstation, const QList<StoreNotice>& notices, const QString& outDir)
{
    desk::IlsSession& session = workstation.session();
    LocalStore& store = workstation.store();
    const desk::NameDisplay display = workstation.nameDisplay();
    // 0. What happened to the local files, in plain sentences.
    bool outboxSetAside = false;
    for (const StoreNotice& notice : notices) {
        say(notice.message);
        outboxSetAside = outboxSetAside || notice.kind == StoreNotice::Kind::OutboxMovedAside;
    }
    // 1. Sync the site.
    QEventLoop loop;
    Status synced;
    sync::SyncReport report;
    QObject::connect(&session.sync(), &sync::SyncEngine::finished, &loop,
                     [&](const Status& s, const sync::SyncReport& r) {
                         synced = s;
                         report = r;
                         loop.quit();
                     });
    session.sync().fullSync();
    loop.exec();
    if (!synced.ok()) {
        std::fprintf(stderr, "comptoir: sync failed: %s\n", qPrintable(synced.error().message));
        return 1;
    }
    const QString site = session.settings().site;
    say(QCoreApplication::translate("demo", "Synchronised site %1 in %L2 ms: %3, %4")
            .arg(site)
            .arg(report.milliseconds)
            .arg(QCoreApplication::translate("demo", "%Ln request(s)", nullptr, int(report.holds)),
                 QCoreApplication::translate("demo", "%Ln line(s) to pull", nullptr, int(report.pickList))));
    say(QCoreApplication::translate("demo", "Queues at %1:").arg(site));
    const desk::QueueCounts counts = workstation.queries().queueCounts(site, QDate::currentDate()).value();
    say(QCoreApplication::translate("demo", "  to pull from the shelves   %1").arg(counts.toPull));
    say(QCoreApplication::translate("demo", "  pending, to be picked up here  %1").arg(counts.pending));
    say(QCoreApplication::translate("demo", "  in transit to here         %1").arg(counts.inTransit));
    say(QCoreApplication::translate("demo", "  waiting on the hold shelf  %1 (of which %2 expired)")
            .arg(counts.waiting)
            .arg(counts.expired));
    say(QCoreApplication::translate("demo", "  click & collect orders     %1").arg(counts.orders));

    // 2. The pull list, in walking order: the site's shelving locations in the order staff walk
    // them, then call numbers in shelf order.
    auto pull = desk::buildPullList(store.cache(), site, workstation.shelfLayout());
    if (!pull) {
        std::fprintf(stderr, "comptoir: %s\n", qPrintable(pull.error().message));
        return 1;
    }
    QStringList toCapture;
    int hereCount = 0, elsewhereCount = 0;
    say(QCoreApplication::translate("demo", "Pull list (first lines, in walking order):"));
    int shown = 0;
    for (const desk::PullLine& line : pull.value()) {
        if (shown < 8)
            say(QStringLiteral("  %1  %2  %3  %4 → %5")
                    .arg(line.location, -6)
                    .arg(line.callNumber, -16)
                    .arg(line.barcode, line.title.left(40), line.pickup));
        ++shown;
        // A few for this library's hold shelf, a few for other sites (home delivery is neither).
        if (line.pickup == session.delivery().config().location)
            continue;
        const bool here = line.pickup == site;
        if ((here ? hereCount : elsewhereCount) < 3) {
            toCapture << line.barcode;
            ++(here ? hereCount : elsewhereCount);
        }
    }

    // 3. Capture a few through SIP2, and write their slips.
    QDir().mkpath(outDir);
    QMap<QString, int> verdicts;
    int files = 0;
    say(QCoreApplication::translate("demo", "Captures through SIP2:"));
    for (int i = 0; i < toCapture.size(); ++i) {
        const QString barcode = toCapture[i];
        desk::CaptureResult result;
        QEventLoop wait;
        session.capture().checkin(barcode, [&](desk::CaptureResult r) {
            result = r;
            wait.quit();
        });
        wait.exec();
        // In transit: into its destination's crate, as at the desk.
        desk::placeCaptured(session.crates(), site, barcode, session.capture().libraryName(result.destination), result);
        verdicts[result.verdict.title.section(QLatin1Char(' '), 0, 0)] += 1;
        QString line = QStringLiteral("  %1  %2%3")
                           .arg(barcode, result.verdict.title,
                                result.provisional ? QCoreApplication::translate("demo", " (provisional)") : QString());
        if (result.verdict.kind == VerdictKind::HoldHere || result.verdict.kind == VerdictKind::Transit ||
            result.verdict.kind == VerdictKind::Provisional) {
            const QString file = QDir(outDir).filePath(
                QStringLiteral("slip-%1-%2.pdf").arg(i + 1, 2, 10, QLatin1Char('0')).arg(barcode));
            const QString destination = result.destination.isEmpty() || result.destination == site
                                            ? QString()
                                            : session.capture().libraryName(result.destination);
            const desk::SlipParty party{session.capture().libraryName(site), session.settings().workstation, display,
                                        QDateTime::currentDateTime()};
            const Slip slip =
                makeSlip(print::TemplateStore::shipped(),
                         result.verdict.kind == VerdictKind::Transit ? print::TemplateKind::TransitSlip
                                                                     : print::TemplateKind::HoldSlip,
                         desk::captureSlipContext(result, barcode, destination, party), result.verdict.title);
            if (writeSlipPdf(slip, file)) {
                ++files;
                line += QStringLiteral("  → ") + file;
            } else {
                line += QCoreApplication::translate("demo", "  (slip not written)");
            }
        }
        say(line);
    }
    // 4. The fullest crate sealed, its label (destination, count, the manifest as QR codes) as PDF.
    QString crateLine;
    if (auto open = session.crates().crates(crates::Crate::Direction::Out, crates::Crate::State::Open);
        open && !open.value().isEmpty()) {
        crates::Crate fullest = open.value().first();
        for (const crates::Crate& c : open.value())
            if (c.count > fullest.count)
                fullest = c;
        auto sealed = session.crates().seal(fullest.seq);
        if (sealed) {
            const QString crateDir = QDir(outDir).filePath(QStringLiteral("crates"));
            QDir().mkpath(crateDir);
            const QString file = QDir(crateDir).filePath(QStringLiteral("crate-%1.pdf").arg(sealed.value().crate.id));
            const desk::SlipParty party{session.capture().libraryName(site), session.settings().workstation, display,
                                        QDateTime::currentDateTime()};
            const Slip label =
                makeSlip(print::TemplateStore::shipped(), print::TemplateKind::CrateLabel,
                         desk::crateLabelContext(sealed.value(), session.capture().libraryName(site),
                                                 session.capture().libraryName(fullest.destination), party),
                         sealed.value().crate.id);
            crateLine = QCoreApplication::translate("demo", "Crate for %1 sealed: %n item(s), label", nullptr,
                                                    int(sealed.value().manifest.items.size()))
                            .arg(session.capture().libraryName(fullest.destination)) +
                        QStringLiteral(" → ") +
                        (writeSlipPdf(label, file) ? file : QCoreApplication::translate("demo", "(not written)"));
        } else {
            crateLine = sealed.error().message;
        }
        say(crateLine);
    }
    // 5. Whatever is still pending (an answer lost, the library system away for a moment) is
    // replayed before the summary, within a time limit.
    constexpr int ReplayLimitMs = 30000;
    QElapsedTimer waited;
    waited.start();
    while (store.outbox().count(OutboxAction::State::Pending).value() > 0 && waited.elapsed() < ReplayLimitMs) {
        if (!session.replayer().isRunning())
            session.replayer().replay();
        QEventLoop idle;
        QTimer::singleShot(200, &idle, &QEventLoop::quit);
        idle.exec();
    }
    const int pending = store.outbox().count(OutboxAction::State::Pending).value();
    if (pending > 0)
        say(QCoreApplication::translate("demo",
                                        "%n action(s) still wait for the library system after %1 s; they "
                                        "stay in the outbox and go at the next start.",
                                        nullptr, pending)
                .arg(ReplayLimitMs / 1000));
    if (outboxSetAside)
        say(QCoreApplication::translate("demo", "The outbox was set aside: exit code 3."));
    say(QCoreApplication::translate("demo",
                                    "Summary: %1 captured, %2 slips written to %3; outbox: %4 pending, %5 to review")
            .arg(toCapture.size())
            .arg(files)
            .arg(QDir(outDir).absolutePath())
            .arg(store.outbox().count(OutboxAction::State::Pending).value())
            .arg(store.outbox().count(OutboxAction::State::Review).value()));
    return outboxSetAside ? 3 : pending > 0 ? 4 : 0;
}

} // namespace comptoir::demo
