// comptoir-bench crate: a 200-item shuttle crate (--crate-items) filled at capture, sealed with its
// manifest, the label's text decoded as a receiving counter does, then received scan by scan; each
// step against a real outbox file (WAL, synchronous=FULL). Prints "name value unit" lines: p50/p99
// per item, medians over --runs runs.
#include "BenchCrate.h"

#include "Clock.h"
#include "crates/CrateService.h"
#include "store/Outbox.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

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
    return 0;
}

} // namespace comptoir::bench
