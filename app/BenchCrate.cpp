// comptoir-bench crate: a 200-item shuttle crate (--crate-items) filled at capture, sealed with its
// manifest, the label's text decoded as a receiving counter does, then received scan by scan; each
// step against a real outbox file (WAL, synchronous=FULL). Prints "name value unit" lines: p50/p99
// per item, medians over --runs runs.
// Then the same with the ILS: the training library (comptoir-sandbox, SIP2 on loopback), its items
// checked in at CENTRE one by one (the real check-in says where each goes) and placed into the
// crate for their home library; the crate sealed and received at that library, each item checked
// in there through SIP2: once scan by scan, once read from the simulated RFID pad (FEIG, over a
// socat pty pair) in stacks of 20. crate.ils.place: per item, the check-in at CENTRE and the
// placement; crate.ils.receive.scan: per item, its reception and its check-in there;
// crate.ils.receive.rfid.stack_of_20: from the stack put on the pad to its last check-in answered.
#include "BenchCrate.h"

#include "Clock.h"
#include "crates/CrateService.h"
#include "demo/DeviceTwins.h"
#include "demo/SandboxProcess.h"
#include "devices/RfidPad.h"
#include "ils/Sip2Client.h"
#include "sandbox/BenchData.h"
#include "store/Outbox.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace comptoir::bench {

namespace {

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double at(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))];
}

void line(const char* name, double value, const char* unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
}

int fail(const Error& error)
{
    std::fprintf(stderr, "comptoir-bench crate: %s\n", qPrintable(error.message));
    return 1;
}

// One SIP2 check-in, waited for.
Result<ils::CheckinOutcome> checkinNow(ils::Sip2Client& sip, const QString& barcode, const QString& location)
{
    QEventLoop loop;
    Result<ils::CheckinOutcome> out = Error{QStringLiteral("bench"), QStringLiteral("no answer")};
    sip.checkin(barcode, location, [&](Result<sip2::Message> m) {
        if (m)
            out = ils::CheckinOutcome::from(m.value());
        else
            out = m.error();
        loop.quit();
    });
    loop.exec();
    return out;
}

ils::SipConfig sipFor(const sandbox::SandboxProcess& library, const QString& site)
{
    ils::SipConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = library.sipPort();
    config.login = site.toLower();
    config.password = QStringLiteral("formation");
    config.institution = site;
    config.location = site;
    return config;
}

// The crate filled at CENTRE with the real check-in, sealed, and opened at its destination.
struct IlsCrate
{
    QList<double> perItem; // check-in and placement, ms
    double rate = 0;       // items/s
    qint64 received = 0;   // the incoming crate's row at the destination
};

Result<IlsCrate> fillThroughSip(ils::Sip2Client& centreSip, crates::CrateService& centre,
                                crates::CrateService& destination, const QStringList& barcodes)
{
    IlsCrate out;
    qint64 seq = 0;
    QElapsedTimer all;
    all.start();
    for (const QString& barcode : barcodes) {
        QElapsedTimer t;
        t.start();
        auto checkin = checkinNow(centreSip, barcode, QStringLiteral("CENTRE"));
        if (!checkin)
            return checkin.error();
        if (!checkin.value().ok || checkin.value().destination.isEmpty() ||
            checkin.value().destination == QLatin1String("CENTRE"))
            return Error{QStringLiteral("bench"), QStringLiteral("%1 stays at CENTRE").arg(barcode)};
        auto placed = centre.place(barcode, checkin.value().destination, checkin.value().destination);
        if (!placed)
            return placed.error();
        out.perItem << ms(t);
        seq = placed.value().crate.seq;
    }
    out.rate = double(barcodes.size()) / (double(all.nsecsElapsed()) / 1e9);
    auto sealed = centre.seal(seq);
    if (!sealed)
        return sealed.error();
    QList<crates::ManifestPart> parts;
    for (const QString& text : sealed.value().qrTexts) {
        auto part = crates::decodeManifestPart(text.toLatin1());
        if (!part)
            return part.error();
        parts << part.value();
    }
    auto manifest = crates::assembleManifest(parts);
    if (!manifest)
        return manifest.error();
    auto in = destination.startReceiving(manifest.value());
    if (!in)
        return in.error();
    out.received = in.value().seq;
    return out;
}

int benchCrateThroughIls(const QCommandLineParser& parser, int items)
{
    if (!sandbox::PtyPair::available()) {
        std::fprintf(stderr, "comptoir-bench crate: socat is not installed: no figures through the ILS\n");
        return 1;
    }
    QTemporaryDir dir;
    SystemClock clock;
    sandbox::SandboxProcess library;
    if (parser.isSet(QStringLiteral("sandbox")))
        library.setProgram(parser.value(QStringLiteral("sandbox")));
    const QString data = dir.filePath(QStringLiteral("library.sqlite"));
    if (Status s = library.start({QStringLiteral("--data"), data}); !s.ok())
        return fail(s.error());
    auto chosen = sandbox::bench::itemsGoingHome(data, items);
    if (!chosen)
        return fail(chosen.error());
    const QString home = chosen.value().first;
    const QStringList scanned = chosen.value().second.mid(0, items);
    const QStringList stacked = chosen.value().second.mid(items, items);
    Outbox sender(clock), receiver(clock);
    if (Status s = sender.open(dir.filePath(QStringLiteral("sender.sqlite"))); !s)
        return fail(s.error());
    if (Status s = receiver.open(dir.filePath(QStringLiteral("receiver.sqlite"))); !s)
        return fail(s.error());
    crates::CrateService centre(sender, clock, QStringLiteral("CENTRE"), QStringLiteral("bench"));
    crates::CrateService there(receiver, clock, home, QStringLiteral("bench"));
    ils::Sip2Client centreSip(clock), homeSip(clock);
    centreSip.setConfig(sipFor(library, QStringLiteral("CENTRE")));
    homeSip.setConfig(sipFor(library, home));

    // 1. Filled at capture: each item checked in at CENTRE (the ILS sends it home), then placed.
    auto first = fillThroughSip(centreSip, centre, there, scanned);
    if (!first)
        return fail(first.error());
    auto second = fillThroughSip(centreSip, centre, there, stacked);
    if (!second)
        return fail(second.error());
    QList<double> placeAll = first.value().perItem + second.value().perItem;

    // 2. Received scan by scan at the destination: each item received into the crate and checked in
    //    there through SIP2.
    QList<double> receiveScan;
    QElapsedTimer all;
    all.start();
    for (const QString& barcode : scanned) {
        QElapsedTimer t;
        t.start();
        if (auto r = there.receiveItem(first.value().received, barcode); !r)
            return fail(r.error());
        auto checkin = checkinNow(homeSip, barcode, home);
        if (!checkin || !checkin.value().ok)
            return fail(checkin ? Error{QStringLiteral("bench"), QStringLiteral("check-in refused")} : checkin.error());
        receiveScan << ms(t);
    }
    const double scanRate = double(scanned.size()) / (double(all.nsecsElapsed()) / 1e9);
    if (auto end = there.finishReceiving(first.value().received); !end || !end.value().missing.isEmpty())
        return fail(Error{QStringLiteral("bench"), QStringLiteral("the scanned crate did not come out whole")});

    // 3. Received from the RFID pad in stacks of 20: each stack put on the simulated pad, every tag
    //    read and announced, each item received and checked in through SIP2 as it is announced.
    sandbox::PtyPair pty(dir.filePath(QStringLiteral("twin")), dir.filePath(QStringLiteral("pad")));
    if (!pty.start())
        return fail(Error{QStringLiteral("bench"), QStringLiteral("no pty pair")});
    sandbox::SimulatedRfidPad twin(devices::RfidDialect::Feig);
    if (!twin.open(pty.a()))
        return fail(Error{QStringLiteral("bench"), QStringLiteral("the simulated pad does not open")});
    devices::RfidPad pad;
    devices::PadSettings settings;
    settings.line = {pty.b(), 38400};
    settings.dialect = devices::RfidDialect::Feig;
    settings.pollMs = 20;
    {
        QEventLoop ready;
        QObject::connect(&pad, &devices::RfidPad::stateChanged, &ready, [&ready](bool connected) {
            if (connected)
                ready.quit();
        });
        QTimer::singleShot(5000, &ready, &QEventLoop::quit);
        pad.start(settings);
        ready.exec();
    }
    constexpr int Stack = 20;
    const qint64 crateSeq = second.value().received;
    int done = 0;
    std::optional<Error> problem;
    QEventLoop stackDone;
    int stackEnd = 0;
    QObject::connect(&pad, &devices::RfidPad::itemPlaced, &pad, [&](const devices::TagData& tag) {
        if (auto r = there.receiveItem(crateSeq, tag.barcode); !r) {
            problem = r.error();
            stackDone.quit();
            return;
        }
        homeSip.checkin(tag.barcode, home, [&](Result<sip2::Message> m) {
            if (!m || !ils::CheckinOutcome::from(m.value()).ok)
                problem = Error{QStringLiteral("bench"), QStringLiteral("check-in refused")};
            if (++done >= stackEnd || problem)
                stackDone.quit();
        });
    });
    QList<double> stacks;
    all.restart();
    for (int first = 0; first < stacked.size(); first += Stack) {
        QElapsedTimer t;
        t.start();
        twin.clear();
        stackEnd = std::min<int>(int(stacked.size()), first + Stack);
        for (int i = first; i < stackEnd; ++i) {
            devices::TagData tag;
            tag.barcode = stacked.at(i);
            tag.ownerIsil = QStringLiteral("FR-751052116");
            twin.place(sandbox::SimulatedRfidPad::makeTag(devices::TagModel::Iso28560_3, tag));
        }
        QTimer::singleShot(30000, &stackDone, &QEventLoop::quit);
        if (done < stackEnd && !problem)
            stackDone.exec();
        if (problem)
            return fail(*problem);
        if (done < stackEnd)
            return fail(
                Error{QStringLiteral("bench"),
                      QStringLiteral("%1 of %2 items of the stack read").arg(done - first).arg(stackEnd - first)});
        stacks << ms(t);
    }
    const double padRate = double(stacked.size()) / (double(all.nsecsElapsed()) / 1e9);
    pad.stop();
    twin.close();
    if (auto end = there.finishReceiving(crateSeq); !end || !end.value().missing.isEmpty())
        return fail(Error{QStringLiteral("bench"), QStringLiteral("the stacked crate did not come out whole")});

    line("crate.ils.items", items, "items");
    line("crate.ils.place.p50", at(placeAll, 0.50), "ms");
    line("crate.ils.place.p99", at(placeAll, 0.99), "ms");
    line("crate.ils.place.rate", (first.value().rate + second.value().rate) / 2, "items/s");
    line("crate.ils.receive.scan.p50", at(receiveScan, 0.50), "ms");
    line("crate.ils.receive.scan.p99", at(receiveScan, 0.99), "ms");
    line("crate.ils.receive.scan.rate", scanRate, "items/s");
    line("crate.ils.receive.rfid.stack_of_20.median", at(stacks, 0.50), "ms");
    line("crate.ils.receive.rfid.rate", padRate, "items/s");
    return 0;
}

} // namespace

int benchCrate(const QCommandLineParser& parser)
{
    const int items = std::clamp(parser.value(QStringLiteral("crate-items")).toInt(), 1, crates::MaxItems);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QList<double> placeAll, seals, decodes, opens, scanAll, finishes, receiveRates;
    qsizetype bytes = 0, symbols = 0;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        SystemClock clock;
        Outbox sender(clock), receiver(clock);
        if (Status s = sender.open(dir.filePath(QStringLiteral("sender.sqlite"))); !s)
            return fail(s.error());
        if (Status s = receiver.open(dir.filePath(QStringLiteral("receiver.sqlite"))); !s)
            return fail(s.error());
        crates::CrateService centre(sender, clock, QStringLiteral("CENTRE"), QStringLiteral("bench"));
        crates::CrateService hugo(receiver, clock, QStringLiteral("HUGO"), QStringLiteral("bench"));
        QStringList barcodes;
        for (int i = 0; i < items; ++i)
            barcodes << QStringLiteral("310420%1").arg(1000 + i * 37, 8, 10, QLatin1Char('0'));
        qint64 seq = 0;
        for (const QString& barcode : std::as_const(barcodes)) {
            QElapsedTimer t;
            t.start();
            auto placed = centre.place(barcode, QStringLiteral("HUGO"), QStringLiteral("Bibliothèque Victor-Hugo"));
            placeAll << ms(t);
            if (!placed)
                return fail(placed.error());
            seq = placed.value().crate.seq;
        }
        QElapsedTimer t;
        t.start();
        auto sealed = centre.seal(seq);
        seals << ms(t);
        if (!sealed)
            return fail(sealed.error());
        bytes = 0;
        for (const QString& text : sealed.value().qrTexts)
            bytes += text.size();
        symbols = sealed.value().qrTexts.size();
        // The receiving counter: the label's texts decoded and checked, the crate opened.
        t.restart();
        QList<crates::ManifestPart> parts;
        for (const QString& text : sealed.value().qrTexts) {
            auto part = crates::decodeManifestPart(text.toLatin1());
            if (!part)
                return fail(part.error());
            parts << part.value();
        }
        auto manifest = crates::assembleManifest(parts);
        decodes << ms(t);
        if (!manifest)
            return fail(manifest.error());
        t.restart();
        auto in = hugo.startReceiving(manifest.value());
        opens << ms(t);
        if (!in)
            return fail(in.error());
        QElapsedTimer all;
        all.start();
        for (const QString& barcode : std::as_const(barcodes)) {
            t.restart();
            auto r = hugo.receiveItem(in.value().seq, barcode);
            scanAll << ms(t);
            if (!r)
                return fail(r.error());
        }
        receiveRates << double(items) / (double(all.nsecsElapsed()) / 1e9);
        t.restart();
        auto end = hugo.finishReceiving(in.value().seq);
        finishes << ms(t);
        if (!end)
            return fail(end.error());
        if (!end.value().missing.isEmpty() || !end.value().extras.isEmpty())
            return fail(Error{QStringLiteral("bench"), QStringLiteral("the crate did not come out whole")});
    }
    line("crate.items", items, "items");
    line("crate.manifest.bytes", double(bytes), "bytes");
    line("crate.manifest.symbols", double(symbols), "QR codes");
    line("crate.fill.place.p50", at(placeAll, 0.50), "ms");
    line("crate.fill.place.p99", at(placeAll, 0.99), "ms");
    line("crate.seal.median", at(seals, 0.50), "ms");
    line("crate.seal.max", at(seals, 1.0), "ms");
    line("crate.label.decode.median", at(decodes, 0.50), "ms");
    line("crate.receive.open.median", at(opens, 0.50), "ms");
    line("crate.receive.scan.p50", at(scanAll, 0.50), "ms");
    line("crate.receive.scan.p99", at(scanAll, 0.99), "ms");
    line("crate.receive.rate.median", at(receiveRates, 0.50), "items/s");
    line("crate.receive.finish.median", at(finishes, 0.50), "ms");
    line("crate.runs", runs, "runs");
    std::fflush(stdout);
    return benchCrateThroughIls(parser, items);
}

} // namespace comptoir::bench
