// Shuttle crates: the manifest (encoding, integrity, bounds, parts), the crate service over a real
// outbox file (filling by destination, taking out, sealing, receiving against the manifest, crash
// safety), and the crate label printed as PDF and read back by an independent QR decoder.
#include "crates/CrateService.h"
#include "crates/Manifest.h"
#include "crates/Routes.h"
#include "demo/DeviceTwins.h"
#include "desk/CrateSlips.h"
#include "desk/SlipContext.h"
#include "devices/ScannerInput.h"
#include "devices/SerialScanner.h"
#include "print/TemplateStore.h"
#include "store/Outbox.h"
#include "support/MockClock.h"

#include "SlipPdf.h"
#include "WedgeFilter.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace comptoir;
using namespace comptoir::crates;
using comptoir::test::MockClock;

namespace {

QString item(int n)
{
    return QStringLiteral("310420%1").arg(n, 8, 10, QLatin1Char('0'));
}

QStringList itemsFrom(int first, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << item(first + i);
    return list;
}

Manifest sample(int count)
{
    return {QStringLiteral("CENTRE-261122-1"), QStringLiteral("CENTRE"), QStringLiteral("HUGO"),
            QDateTime(QDate(2026, 11, 22), QTime(14, 5, 7), QTimeZone::utc()), itemsFrom(1, count)};
}

Result<Manifest> decodeAll(const QStringList& texts)
{
    QList<ManifestPart> parts;
    for (const QString& text : texts) {
        auto part = decodeManifestPart(text.toLatin1());
        if (!part)
            return part.error();
        parts << part.value();
    }
    return assembleManifest(parts);
}

} // namespace

class TestCrates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newOutboxPath() { return m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_files)); }

    // zbarimg (an independent decoder) on the PDF's first page, rendered at 200 dpi.
    static QStringList scannedCodes(const QString& pdf)
    {
        QTemporaryDir dir;
        QProcess render;
        render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                                  QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                  QStringLiteral("1"), pdf, dir.filePath(QStringLiteral("page"))});
        render.waitForFinished(60000);
        const QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("*.png")});
        if (pngs.isEmpty())
            return {};
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"),
                                               QStringLiteral("-Sqrcode.enable"), dir.filePath(pngs.first())});
        zbar.waitForFinished(60000);
        return QString::fromUtf8(zbar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A 2D scanner on the serial line sends a crate label's text: far longer than any barcode.
    // The scan stream takes a whole manifest part, and still refuses line noise of that length.
    void serialScannerTakesAManifest()
    {
        if (!sandbox::PtyPair::available())
            QSKIP("socat is not installed (apt install socat)");
        sandbox::PtyPair pty(m_dir.filePath(QStringLiteral("scanner-sim")), m_dir.filePath(QStringLiteral("scanner")));
        QVERIFY(pty.start());
        sandbox::SimulatedScanner twin;
        QVERIFY(twin.open(pty.a()));
        devices::SerialScanner scanner;
        QSignalSpy codes(&scanner, &devices::SerialScanner::code);
        QSignalSpy garbled(&scanner, &devices::SerialScanner::garbled);
        devices::ScannerFraming framing;
        framing.suffix = "\r\n";
        scanner.start({pty.b(), 9600}, framing);
        // 200 items: one symbol of about 800 characters (their common prefix written once).
        const QString label = encodeManifest(sample(200)).value().first();
        QVERIFY(label.size() > 600);
        // Long barcodes without a common prefix (a space in them): a part of about 2,300 characters.
        Manifest spread = sample(55);
        for (int i = 0; i < spread.items.size(); ++i)
            spread.items[i] =
                QStringLiteral("%1 %2").arg(QChar(char16_t(u'A' + i % 26))).arg(i, 38, 10, QLatin1Char('0'));
        const QString longest = encodeManifest(spread, MaxPartLength).value().first();
        QVERIFY(longest.size() > 2000);
        QVERIFY(longest.contains(QLatin1Char(' '))); // a barcode with a space: kept in a manifest
        twin.scan(label);
        twin.scan(longest);
        twin.scan(QStringLiteral("31042000000019"));
        QVERIFY(QTest::qWaitFor([&] { return codes.size() == 3; }, 5000));
        QCOMPARE(codes.at(0).first().toString(), label);
        QCOMPARE(codes.at(1).first().toString(), longest);
        QCOMPARE(codes.at(2).first().toString(), QStringLiteral("31042000000019"));
        QVERIFY(decodeManifestPart(codes.at(0).first().toString().toLatin1()).ok());
        QVERIFY(decodeManifestPart(codes.at(1).first().toString().toLatin1()).ok());
        QVERIFY(garbled.isEmpty());
        codes.clear();
        // Noise of the same length that is not a manifest: refused as before, past 256 bytes.
        twin.sendRaw(QByteArray(1500, '7') + "\r\n");
        // A manifest-looking text with no end: refused once past one manifest part's bound.
        twin.sendRaw("CMP1|" + QByteArray(devices::MaxManifestCodeBytes, 'A') + "\r\n");
        twin.scan(QStringLiteral("31042000000027"));
        QVERIFY(QTest::qWaitFor(
            [&] { return !codes.isEmpty() && codes.last().first().toString() == QStringLiteral("31042000000027"); },
            5000));
        QVERIFY(garbled.size() >= 2);
        // Nothing long went through: the noise's tail (after the refusal) is at most a short code.
        for (const auto& code : codes) {
            QVERIFY(code.first().toString().size() <= devices::MaxSerialCodeBytes);
            QVERIFY(!code.first().toString().startsWith(ManifestPrefix));
        }
        scanner.stop();
    }

    // The keyboard wedge: a 2D scanner types the manifest in one fast burst ended by Enter. It is a
    // scan (not typing) however long, up to one manifest part; another burst that long is a person's.
    void wedgeTakesAManifest()
    {
        using D = devices::WedgeDetector::Decision;
        const QString label = encodeManifest(sample(200)).value().first();
        devices::WedgeDetector wedge;
        qint64 t = 1000;
        for (const QChar c : label)
            QCOMPARE(wedge.key(QString(c), false, t += 3).decision, D::Hold);
        QCOMPARE(wedge.key({}, true, t += 3).decision, D::Scan);
        QCOMPARE(wedge.code(), label);
        // 65 fast keys that do not start a manifest: a key held down, handed back.
        t += 1000;
        QStringList back;
        for (int i = 0; i <= devices::MaxWedgeBurstKeys; ++i)
            back += wedge.key(QStringLiteral("7"), false, t += 3).replay;
        QCOMPARE(back.size(), devices::MaxWedgeBurstKeys);
        QCOMPARE(wedge.key({}, true, t += 3).decision, D::Pass);
        // A manifest start without an end, past one part: handed back, not a scan.
        t += 1000;
        back.clear();
        const QString endless = QStringLiteral("CMP1|") + QString(devices::MaxManifestCodeBytes, QLatin1Char('A'));
        for (const QChar c : endless)
            back += wedge.key(QString(c), false, t += 3).replay;
        QCOMPARE(back.size(), devices::MaxManifestCodeBytes);
        QVERIFY(!wedge.holding());
        QCOMPARE(wedge.key({}, true, t += 3).decision, D::Pass);

        // Through the application's filter: the keys never reach the focused field.
        QLineEdit field;
        field.show();
        QApplication::setActiveWindow(&field);
        field.setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&field));
        WedgeFilter filter(devices::WedgeDetector::Tuning{});
        qApp->installEventFilter(&filter);
        QSignalSpy scanned(&filter, &WedgeFilter::scanned);
        QTest::keyClicks(&field, label);
        QTest::keyClick(&field, Qt::Key_Return);
        qApp->removeEventFilter(&filter);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().toString(), label);
        QVERIFY(field.text().isEmpty());
    }

    void crc32IsTheZlibOne()
    {
        QCOMPARE(crc32("123456789"), 0xCBF43926u); // the CRC-32 check value
        QCOMPARE(crc32(QByteArray()), 0u);
    }

    void manifestRoundTrip()
    {
        const Manifest m = sample(3);
        auto texts = encodeManifest(m);
        QVERIFY(texts.ok());
        QCOMPARE(texts.value().size(), 1);
        QVERIFY(texts.value().first().startsWith(
            QStringLiteral("CMP1|CENTRE-261122-1|CENTRE|HUGO|20261122T140507Z|1/1|3|")));
        auto back = decodeAll(texts.value());
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back.value(), m);
        // A scanner's line end is tolerated.
        QVERIFY(decodeManifestPart(texts.value().first().toLatin1() + "\r\n").ok());
        // Items without a common prefix, one item, mixed lengths.
        Manifest mixed = m;
        mixed.items = {QStringLiteral("A"), QStringLiteral("AB"), QStringLiteral("X-9 z")};
        QCOMPARE(decodeAll(encodeManifest(mixed).value()).value(), mixed);
        mixed.items = {QStringLiteral("31042000000019")};
        QCOMPARE(decodeAll(encodeManifest(mixed).value()).value(), mixed);
    }

    void severalPartsReadInAnyOrder()
    {
        const Manifest m = sample(300);
        auto texts = encodeManifest(m, 400);
        QVERIFY(texts.ok());
        QVERIFY(texts.value().size() > 2);
        for (const QString& t : texts.value())
            QVERIFY(t.size() <= 400);
        QStringList shuffled = texts.value();
        std::reverse(shuffled.begin(), shuffled.end());
        shuffled << shuffled.first(); // a part read twice
        QCOMPARE(decodeAll(shuffled).value(), m);
        // One part missing: said, with its number.
        QStringList missing = texts.value();
        missing.removeAt(1);
        auto partial = decodeAll(missing);
        QVERIFY(!partial.ok());
        QCOMPARE(partial.error().code, ManifestParts);
        QVERIFY(partial.error().message.contains(QStringLiteral("part 2 of")));
        // Parts of two crates.
        Manifest other = m;
        other.crate = QStringLiteral("CENTRE-261122-2");
        QStringList mixed = texts.value();
        mixed[0] = encodeManifest(other, 400).value().first();
        QCOMPARE(decodeAll(mixed).error().code, ManifestParts);
    }

    void tamperedManifestRefused()
    {
        const QString text = encodeManifest(sample(5)).value().first();
        // One item's digit changed (a misread, or an item added by hand).
        QString tampered = text;
        const qsizetype at = tampered.lastIndexOf(QLatin1Char(',')) + 1;
        tampered[at] = tampered.at(at) == QLatin1Char('9') ? QLatin1Char('8') : QLatin1Char('9');
        auto part = decodeManifestPart(tampered.toLatin1());
        QVERIFY(!part.ok());
        QCOMPARE(part.error().code, ManifestCheck);
        // The destination changed.
        QString redirected = text;
        redirected.replace(QStringLiteral("|HUGO|"), QStringLiteral("|GIONO|"));
        QCOMPARE(decodeManifestPart(redirected.toLatin1()).error().code, ManifestCheck);
        // Every single-character change of the text is refused.
        for (qsizetype i = 0; i < text.size(); ++i) {
            QByteArray bytes = text.toLatin1();
            bytes[i] = bytes.at(i) == 'Z' ? 'Y' : 'Z';
            QVERIFY2(!decodeManifestPart(bytes).ok(), qPrintable(QString::number(i)));
        }
    }

    void decoderBounds()
    {
        const auto withCheck = [](const QByteArray& body) -> QByteArray {
            return body + '|' + QByteArray::number(crc32(body), 16).toUpper().rightJustified(8, '0');
        };
        QVERIFY(decodeManifestPart(withCheck("CMP1|C-1|A|B|20261122T140507Z|1/1|1|X|")).ok());
        // More than 1000 items announced.
        QCOMPARE(decodeManifestPart(withCheck("CMP1|C-1|A|B|20261122T140507Z|1/1|1001|X|")).error().code,
                 ManifestBounds);
        // More items than announced.
        QCOMPARE(decodeManifestPart(withCheck("CMP1|C-1|A|B|20261122T140507Z|1/1|1|X|1,2")).error().code,
                 ManifestFormat);
        // Part numbers out of range, signs, huge numbers.
        for (const char* parts : {"0/1", "2/1", "1/17", "-1/1", "1/99999", "1/", "1"})
            QCOMPARE(decodeManifestPart(withCheck(QByteArray("CMP1|C-1|A|B|20261122T140507Z|") + parts + "|1|X|"))
                         .error()
                         .code,
                     ManifestFormat);
        // Bad ids, bad time, fields missing or extra, control characters, non-ASCII.
        QCOMPARE(decodeManifestPart(withCheck("CMP1|C 1|A|B|20261122T140507Z|1/1|1|X|")).error().code, ManifestFormat);
        QCOMPARE(decodeManifestPart(withCheck("CMP1|C-1|A|B|20261322T140507Z|1/1|1|X|")).error().code, ManifestFormat);
        QCOMPARE(decodeManifestPart(withCheck("CMP1|C-1|A|B|20261122T140507Z|1/1|1|X")).error().code, ManifestFormat);
        QCOMPARE(decodeManifestPart(withCheck("CMP1|C-1|A|B|20261122T140507Z|1/1|1|X||")).error().code, ManifestFormat);
        QCOMPARE(decodeManifestPart(withCheck("CMP1|C-1|A|B|20261122T140507Z|1/1|1|X\t|")).error().code,
                 ManifestFormat);
        QCOMPARE(decodeManifestPart(withCheck("CMP1|C-1|A|B|20261122T140507Z|1/1|1|\xc3\xa9|")).error().code,
                 ManifestFormat);
        QCOMPARE(decodeManifestPart(withCheck("CMP1|C-1|A|B|20261122T140507Z|1/1|1|" + QByteArray(65, 'X') + "|"))
                     .error()
                     .code,
                 ManifestFormat);
        // Longer than a QR code holds.
        QCOMPARE(decodeManifestPart("CMP1|" + QByteArray(3000, 'A')).error().code, ManifestBounds);
        QCOMPARE(decodeManifestPart("hello").error().code, ManifestFormat);
        QCOMPARE(decodeManifestPart(QByteArray()).error().code, ManifestFormat);
        // The encoder refuses what it cannot write, and never truncates.
        Manifest tooMany = sample(1001);
        QCOMPARE(encodeManifest(tooMany).error().code, ManifestBounds);
        Manifest badItem = sample(2);
        badItem.items << QStringLiteral("a|b");
        QCOMPARE(encodeManifest(badItem).error().code, ManifestFormat);
        Manifest twice = sample(2);
        twice.items << twice.items.first();
        QCOMPARE(encodeManifest(twice).error().code, ManifestFormat);
        // Random bytes behind the prefix never crash and are refused.
        auto* random = QRandomGenerator::global();
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes = "CMP1|";
            const int n = int(random->bounded(200));
            for (int j = 0; j < n; ++j)
                bytes += char(random->bounded(256));
            QVERIFY(!decodeManifestPart(bytes).ok());
        }
    }

    // Two desks of one site open a crate for the same library the same day: the ids differ (each
    // counter's tag, drawn once); a desk keeps its tag when its outbox is opened again. (The network
    // store merges what has the same id: two desks' crates must never share one.)
    void twoDesksOfOneSiteNeverMakeTheSameCrate()
    {
        MockClock clock;
        const QString firstPath = newOutboxPath(), secondPath = newOutboxPath();
        QString firstId, secondId;
        {
            Outbox one(clock), two(clock);
            QVERIFY(one.open(firstPath).ok());
            QVERIFY(two.open(secondPath).ok());
            CrateService deskOne(one, clock, QStringLiteral("CENTRE"), QStringLiteral("marie"));
            CrateService deskTwo(two, clock, QStringLiteral("CENTRE"), QStringLiteral("paul"));
            firstId = deskOne.place(item(1), QStringLiteral("HUGO"), QString()).value().crate.id;
            secondId = deskTwo.place(item(2), QStringLiteral("HUGO"), QString()).value().crate.id;
        }
        QVERIFY(firstId.startsWith(QStringLiteral("CENTRE-261122-")));
        QVERIFY(secondId.startsWith(QStringLiteral("CENTRE-261122-")));
        QVERIFY2(firstId != secondId, qPrintable(firstId));
        Manifest carried = sample(3); // the new form still goes in a label's manifest
        carried.crate = firstId;
        QVERIFY(encodeManifest(carried).ok());
        // The first desk again, after a restart: a new crate for another library, the same tag.
        Outbox again(clock);
        QVERIFY(again.open(firstPath).ok());
        CrateService desk(again, clock, QStringLiteral("CENTRE"), QStringLiteral("marie"));
        const QString next = desk.place(item(3), QStringLiteral("GIONO"), QString()).value().crate.id;
        QCOMPARE(next.section(QLatin1Char('-'), 2, 2), firstId.section(QLatin1Char('-'), 2, 2));
        QCOMPARE(next.section(QLatin1Char('-'), 2, 2).size(), 4);
    }

    void fillingByDestination()
    {
        MockClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.open(newOutboxPath()).ok());
        CrateService crates(outbox, clock, QStringLiteral("CENTRE"), QStringLiteral("marie"));
        auto first = crates.place(item(1), QStringLiteral("HUGO"), QStringLiteral("Bibliothèque Victor-Hugo"));
        QVERIFY(first.ok());
        QCOMPARE(first.value().position, 1);
        QCOMPARE(first.value().verdict.kind, VerdictKind::Transit);
        QCOMPARE(first.value().verdict.title, QStringLiteral("Crate for Bibliothèque Victor-Hugo — item 1"));
        QVERIFY(crates.place(item(2), QStringLiteral("GIONO"), QStringLiteral("Bibliothèque Jean-Giono")).ok());
        auto third = crates.place(item(3), QStringLiteral("HUGO"), QStringLiteral("Bibliothèque Victor-Hugo"));
        QCOMPARE(third.value().position, 2);
        QCOMPARE(third.value().crate.seq, first.value().crate.seq); // one open crate per destination
        QVERIFY(third.value().verdict.title.endsWith(QStringLiteral("item 2")));
        // The same item again in the same crate keeps its place.
        auto again = crates.place(item(1), QStringLiteral("HUGO"), QString());
        QCOMPARE(again.value().position, 1);
        QCOMPARE(again.value().crate.count, 2);
        QCOMPARE(crates.crates(Crate::Direction::Out, Crate::State::Open).value().size(), 2);
        QVERIFY(first.value().crate.id.startsWith(QStringLiteral("CENTRE-261122-")));
        // Taken out again before sealing.
        auto out = crates.takeOut(item(1));
        QVERIFY(out.ok());
        QCOMPARE(out.value().count, 1);
        QCOMPARE(crates.items(first.value().crate.seq).value(), QStringList{item(3)});
        QCOMPARE(crates.takeOut(item(99)).error().code, QStringLiteral("crate.unknown"));
        // A reusable box given to the crate.
        QVERIFY(crates.attachBox(first.value().crate.seq, QStringLiteral("BAC-12")).ok());
        QCOMPARE(crates.crateWithBox(QStringLiteral("BAC-12")).value().seq, first.value().crate.seq);
        QCOMPARE(crates.attachBox(third.value().crate.seq + 1, QStringLiteral("BAC-12")).error().code,
                 QStringLiteral("crate.item_elsewhere"));
        // Sealed: no more items; the next item for HUGO opens a new crate.
        auto sealed = crates.seal(first.value().crate.seq);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed.value().crate.state, Crate::State::Sealed);
        QCOMPARE(sealed.value().manifest.items, QStringList{item(3)});
        QCOMPARE(crates.seal(first.value().crate.seq).error().code, QStringLiteral("crate.state"));
        auto next = crates.place(item(4), QStringLiteral("HUGO"), QString());
        QVERIFY(next.value().crate.seq != first.value().crate.seq);
        QCOMPARE(next.value().position, 1);
        QCOMPARE(decodeAll(sealed.value().qrTexts).value(), sealed.value().manifest);
    }

    void itemInTwoCratesRefused()
    {
        MockClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.open(newOutboxPath()).ok());
        CrateService crates(outbox, clock, QStringLiteral("CENTRE"), QStringLiteral("marie"));
        auto hugo = crates.place(item(1), QStringLiteral("HUGO"), QString());
        QVERIFY(hugo.ok());
        auto giono = crates.place(item(1), QStringLiteral("GIONO"), QString());
        QVERIFY(!giono.ok());
        QCOMPARE(giono.error().code, QStringLiteral("crate.item_elsewhere"));
        QVERIFY(giono.error().message.contains(QStringLiteral("HUGO")));
        // Sealed, it is still in that crate until received.
        QVERIFY(crates.seal(hugo.value().crate.seq).ok());
        QCOMPARE(crates.place(item(1), QStringLiteral("GIONO"), QString()).error().code,
                 QStringLiteral("crate.item_elsewhere"));
        QCOMPARE(crates.seal(crates.openCrateFor(QStringLiteral("GIONO")).value().seq).error().code,
                 QStringLiteral("crate.empty"));
    }

    void threeHundredItemCrate()
    {
        MockClock clock;
        Outbox sender(clock), receiver(clock);
        QVERIFY(sender.open(newOutboxPath()).ok());
        QVERIFY(receiver.open(newOutboxPath()).ok());
        CrateService centre(sender, clock, QStringLiteral("CENTRE"), QStringLiteral("marie"));
        CrateService hugo(receiver, clock, QStringLiteral("HUGO"), QStringLiteral("paul"));
        qint64 seq = 0;
        for (int i = 1; i <= 300; ++i) {
            auto p = centre.place(item(i), QStringLiteral("HUGO"), QString());
            QVERIFY(p.ok());
            QCOMPARE(p.value().position, i);
            seq = p.value().crate.seq;
        }
        auto sealed = centre.seal(seq);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed.value().manifest.items.size(), 300);
        QVERIFY(sealed.value().qrTexts.size() >= 1);
        for (const QString& t : sealed.value().qrTexts)
            QVERIFY(t.size() <= DefaultPartLength);
        auto manifest = decodeAll(sealed.value().qrTexts);
        QVERIFY(manifest.ok());
        auto in = hugo.startReceiving(manifest.value());
        QVERIFY(in.ok());
        QCOMPARE(in.value().count, 300);
        Receipt r;
        for (int i = 300; i >= 1; --i) {
            auto step = hugo.receiveItem(in.value().seq, item(i));
            QVERIFY(step.ok());
            r = step.value();
        }
        QCOMPARE(r.receivedExpected, 300);
        auto end = hugo.finishReceiving(in.value().seq);
        QVERIFY(end.value().missing.isEmpty());
        QVERIFY(end.value().extras.isEmpty());
        // 200 items of 14 digits fit in one symbol.
        QCOMPARE(encodeManifest(sample(200)).value().size(), 1);
    }

    void receivingFindsMissingAndExtraItemsAndRefusesTwice()
    {
        MockClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.open(newOutboxPath()).ok());
        CrateService hugo(outbox, clock, QStringLiteral("HUGO"), QStringLiteral("paul"));
        const Manifest m = sample(5);
        // A crate for another site.
        Manifest elsewhere = m;
        elsewhere.to = QStringLiteral("GIONO");
        QCOMPARE(hugo.startReceiving(elsewhere).error().code, QStringLiteral("crate.not_here"));
        auto in = hugo.startReceiving(m);
        QVERIFY(in.ok());
        QCOMPARE(hugo.crates(Crate::Direction::In, Crate::State::Sealed).value().size(), 1);
        QVERIFY(hugo.receiveItem(in.value().seq, item(1)).ok());
        QVERIFY(hugo.receiveItem(in.value().seq, item(3)).ok());
        auto extra = hugo.receiveItem(in.value().seq, item(77));
        QVERIFY(extra.ok());
        QCOMPARE(extra.value().extras, QStringList{item(77)});
        QCOMPARE(extra.value().receivedExpected, 2);
        // Scanned twice: refused, counted once.
        QCOMPARE(hugo.receiveItem(in.value().seq, item(3)).error().code, QStringLiteral("crate.item_twice"));
        // The label scanned again while receiving continues the same crate.
        QCOMPARE(hugo.startReceiving(m).value().seq, in.value().seq);
        clock.advance(60 * 1000);
        auto end = hugo.finishReceiving(in.value().seq);
        QVERIFY(end.ok());
        QCOMPARE(end.value().missing, (QStringList{item(2), item(4), item(5)}));
        QCOMPARE(end.value().extras, QStringList{item(77)});
        QCOMPARE(end.value().crate.state, Crate::State::Received);
        QCOMPARE(hugo.receivedSince(clock.now().addSecs(-3600)).value().size(), 1);
        // Received twice: refused, nothing scanned again.
        auto twice = hugo.startReceiving(m);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, QStringLiteral("crate.received_twice"));
        QCOMPARE(hugo.receiveItem(in.value().seq, item(2)).error().code, QStringLiteral("crate.state"));
        QCOMPARE(hugo.finishReceiving(in.value().seq).error().code, QStringLiteral("crate.received_twice"));
    }

    // A crate from a site the network does not know: refused, nothing opened, nothing received.
    void crateFromUnknownSiteRefused()
    {
        MockClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.open(newOutboxPath()).ok());
        CrateService hugo(outbox, clock, QStringLiteral("HUGO"), QStringLiteral("paul"));
        hugo.setKnownSites([](const QString& id) { return id == QLatin1String("CENTRE"); });
        Manifest stranger = sample(3);
        stranger.from = QStringLiteral("ELSEWHERE");
        auto refused = hugo.startReceiving(stranger);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("crate.unknown_site"));
        QVERIFY(refused.error().message.contains(QStringLiteral("ELSEWHERE")));
        QVERIFY(refused.error().message.contains(QStringLiteral("does not know")));
        QVERIFY(hugo.crates(Crate::Direction::In, Crate::State::Sealed).value().isEmpty());
        QVERIFY(hugo.startReceiving(sample(3)).ok()); // from CENTRE: known
    }

    // One item listed by two incoming crates: said when the second is opened, received once only.
    void itemExpectedInTwoIncomingCrates()
    {
        MockClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.open(newOutboxPath()).ok());
        CrateService hugo(outbox, clock, QStringLiteral("HUGO"), QStringLiteral("paul"));
        const Manifest first = sample(3); // items 1, 2, 3
        Manifest second = sample(2);
        second.crate = QStringLiteral("GIONO-261122-9");
        second.from = QStringLiteral("GIONO");
        second.items = {item(3), item(50)};
        auto a = hugo.startReceiving(first);
        auto b = hugo.startReceiving(second);
        QVERIFY(a.ok() && b.ok());
        auto doubles = hugo.listedElsewhere(b.value().seq);
        QVERIFY(doubles.ok());
        QCOMPARE(doubles.value().size(), 1);
        QCOMPARE(doubles.value().first().barcode, item(3));
        QCOMPARE(doubles.value().first().other.id, first.crate);
        // Scanned out of the first crate: the second cannot receive it again.
        QVERIFY(hugo.receiveItem(a.value().seq, item(3)).ok());
        QVERIFY(hugo.listedElsewhere(b.value().seq).value().isEmpty());
        auto again = hugo.receiveItem(b.value().seq, item(3));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("crate.item_twice"));
        QVERIFY(again.error().message.contains(first.crate));
        QCOMPARE(hugo.receipt(b.value().seq).value().scanned, QStringList{});
        // A day later, the same item in another crate is a new journey: received.
        clock.advance(24LL * 3600 * 1000);
        QVERIFY(hugo.receiveItem(b.value().seq, item(3)).ok());
    }

    // "Receive all without scanning": every expected item not scanned is received, recorded as
    // such (unscanned, audit event), and the crate is closed; extras scanned before stay extras.
    void receiveAllWithoutScanning()
    {
        MockClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.open(newOutboxPath()).ok());
        CrateService hugo(outbox, clock, QStringLiteral("HUGO"), QStringLiteral("paul"));
        auto in = hugo.startReceiving(sample(5));
        QVERIFY(in.ok());
        QVERIFY(hugo.receiveItem(in.value().seq, item(2)).ok());
        QVERIFY(hugo.receiveItem(in.value().seq, item(99)).ok());
        auto all = hugo.receiveAll(in.value().seq);
        QVERIFY(all.ok());
        QCOMPARE(all.value().crate.state, Crate::State::Received);
        QCOMPARE(all.value().receivedExpected, 5);
        QVERIFY(all.value().missing.isEmpty());
        QCOMPARE(all.value().unscanned, (QStringList{item(1), item(3), item(4), item(5)}));
        QCOMPARE(all.value().extras, QStringList{item(99)});
        auto audit = outbox.database().scalar(
            QStringLiteral("SELECT detail FROM audit WHERE event = 'crate.receive.all' ORDER BY id DESC LIMIT 1"));
        QVERIFY(audit.ok());
        QVERIFY(audit.value().toString().contains(QStringLiteral("4 without scanning")));
        QCOMPARE(hugo.receiveAll(in.value().seq).error().code, QStringLiteral("crate.received_twice"));
        // The item's history says it came without a scan.
        auto steps = hugo.history(item(3));
        QVERIFY(steps.ok());
        QCOMPARE(steps.value().size(), 1);
        QVERIFY(steps.value().first().unscanned);
    }

    // The discrepancy receipt: missing and extra items by title and library name, as a PDF.
    void discrepancyReceipt()
    {
        MockClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.open(newOutboxPath()).ok());
        CrateService hugo(outbox, clock, QStringLiteral("HUGO"), QStringLiteral("paul"));
        auto in = hugo.startReceiving(sample(4));
        QVERIFY(hugo.receiveItem(in.value().seq, item(1)).ok());
        QVERIFY(hugo.receiveItem(in.value().seq, item(2)).ok());
        QVERIFY(hugo.receiveItem(in.value().seq, item(77)).ok());
        auto r = hugo.finishReceiving(in.value().seq);
        QVERIFY(r.ok());
        const QHash<QString, desk::ItemLabel> known = {
            {item(3), {QStringLiteral("L'Élégance du hérisson"), QStringLiteral("Médiathèque Centre")}},
            {item(4), {QStringLiteral("Astérix chez les Belges"), QStringLiteral("Médiathèque Centre")}},
            {item(77), {QStringLiteral("Petit Ours Brun"), QStringLiteral("Bibliothèque Jean-Giono")}}};
        desk::SlipParty party{QStringLiteral("Bibliothèque Victor-Hugo"), QStringLiteral("accueil-1"),
                              desk::NameDisplay::Abbreviated, clock.now()};
        const print::TemplateContext context = desk::crateReceiptContext(
            r.value(), QStringLiteral("Médiathèque Centre"), [&](const QString& b) { return known.value(b); }, party);
        const Slip slip = makeSlip(print::TemplateStore::shipped(), print::TemplateKind::CrateReceipt, context,
                                   QStringLiteral("receipt"));
        const QString text = print::slipPlainText(slip.lines);
        QVERIFY2(text.contains(QStringLiteral("RÉCEPTION DE CAISSE")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2 / 4 documents")));
        QVERIFY(!text.contains(QStringLiteral("sans lecture"))); // none received without scanning
        QVERIFY(text.contains(QStringLiteral("MANQUANTS\u00A0: 2")) || text.contains(QStringLiteral("MANQUANTS : 2")));
        QVERIFY(text.contains(QStringLiteral("L'Élégance du hérisson")));
        QVERIFY(text.contains(QStringLiteral("Astérix chez les Belges")));
        QVERIFY(text.contains(QStringLiteral("Petit Ours Brun")));
        QVERIFY(text.contains(QStringLiteral("Bibliothèque Jean-Giono")));
        // Missing before extra: the extra item is listed after the heading of extras.
        QVERIFY(text.indexOf(QStringLiteral("Astérix")) < text.indexOf(QStringLiteral("EN TROP")));
        QVERIFY(text.indexOf(QStringLiteral("Petit Ours Brun")) > text.indexOf(QStringLiteral("EN TROP")));
        const QString pdf = m_dir.filePath(QStringLiteral("crate-receipt.pdf"));
        QVERIFY(writeSlipPdf(slip, pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess extract;
            extract.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(extract.waitForFinished(60000));
            const QString inPdf = QString::fromUtf8(extract.readAllStandardOutput());
            QVERIFY2(inPdf.contains(QStringLiteral("Petit Ours Brun")), qPrintable(inPdf));
        }
    }

    // Hub routing: a destination this counter sends less than a crate a day goes into the hub's
    // crate, in a bag for it (the verdict says both); one served every working day goes direct.
    // "Shuttle departure" seals every open crate and its route sheet lists them by destination.
    void hubRoutingAndDeparture()
    {
        MockClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.open(newOutboxPath()).ok());
        CrateService centre(outbox, clock, QStringLiteral("CENTRE"), QStringLiteral("marie"));
        const QHash<QString, QString> names = {{QStringLiteral("HUGO"), QStringLiteral("Bibliothèque Victor-Hugo")},
                                               {QStringLiteral("GIONO"), QStringLiteral("Bibliothèque Jean-Giono")},
                                               {QStringLiteral("ROMANS"), QStringLiteral("Médiathèque de Romans")}};
        centre.setLibraryNames([&names](const QString& id) { return names.value(id, id); });
        centre.setHub(QStringLiteral("ROMANS"));
        // No history yet: every destination direct.
        QCOMPARE(centre.nextHop(QStringLiteral("GIONO")).value(), QStringLiteral("GIONO"));
        // Day 1: a crate for HUGO and one for GIONO. Day 2: HUGO only.
        QVERIFY(centre.place(item(1), QStringLiteral("HUGO"), QString()).ok());
        QVERIFY(centre.place(item(2), QStringLiteral("GIONO"), QString()).ok());
        QCOMPARE(centre.departure().value().size(), 2);
        clock.advance(24LL * 3600 * 1000);
        QVERIFY(centre.place(item(3), QStringLiteral("HUGO"), QString()).ok());
        QCOMPARE(centre.departure().value().size(), 1);
        clock.advance(24LL * 3600 * 1000);
        // Day 3: HUGO is served every working day (2 of 2): direct. GIONO (1 of 2): via the hub.
        QCOMPARE(centre.nextHop(QStringLiteral("HUGO")).value(), QStringLiteral("HUGO"));
        QCOMPARE(centre.nextHop(QStringLiteral("GIONO")).value(), QStringLiteral("ROMANS"));
        QCOMPARE(centre.nextHop(QStringLiteral("ROMANS")).value(), QStringLiteral("ROMANS"));
        auto viaHub = centre.place(item(4), QStringLiteral("GIONO"), QString());
        QVERIFY(viaHub.ok());
        QCOMPARE(viaHub.value().crate.destination, QStringLiteral("ROMANS"));
        QCOMPARE(viaHub.value().verdict.title,
                 QStringLiteral("Crate for Médiathèque de Romans (hub), bag for Bibliothèque Jean-Giono — item 1"));
        QVERIFY(viaHub.value().verdict.detail.contains(QStringLiteral("1 in the bag for Bibliothèque Jean-Giono")));
        auto second = centre.place(item(5), QStringLiteral("GIONO"), QString());
        QCOMPARE(second.value().crate.seq, viaHub.value().crate.seq); // one crate per next hop
        auto direct = centre.place(item(6), QStringLiteral("HUGO"), QString());
        QCOMPARE(direct.value().crate.destination, QStringLiteral("HUGO"));
        // Items for the hub itself share its crate, outside any bag.
        QCOMPARE(centre.place(item(7), QStringLiteral("ROMANS"), QString()).value().crate.seq,
                 viaHub.value().crate.seq);
        auto bags = centre.bags(viaHub.value().crate.seq).value();
        QCOMPARE(bags.size(), 1);
        QCOMPARE(bags.first(), std::make_pair(QStringLiteral("GIONO"), 2));
        // The hub counter itself sends everything direct.
        CrateService hub(outbox, clock, QStringLiteral("ROMANS"), QStringLiteral("luc"));
        hub.setHub(QStringLiteral("ROMANS"));
        QCOMPARE(hub.nextHop(QStringLiteral("GIONO")).value(), QStringLiteral("GIONO"));

        // Departure: both open crates sealed; the route sheet by destination, with counts and bags.
        auto left = centre.departure();
        QVERIFY(left.ok());
        QCOMPARE(left.value().size(), 2);
        QCOMPARE(centre.crates(Crate::Direction::Out, Crate::State::Open).value().size(), 0);
        QList<QList<std::pair<QString, int>>> inside;
        for (const SealedCrate& s : left.value())
            inside.append(centre.bags(s.crate.seq).value());
        desk::SlipParty party{QStringLiteral("Médiathèque Centre"), QStringLiteral("accueil-1"),
                              desk::NameDisplay::Abbreviated, clock.now()};
        const Slip sheet =
            makeSlip(print::TemplateStore::shipped(), print::TemplateKind::RouteSheet,
                     desk::routeSheetContext(
                         left.value(), inside, [&names](const QString& id) { return names.value(id, id); }, party),
                     QStringLiteral("route"));
        const QString text = print::slipPlainText(sheet.lines);
        QVERIFY2(text.contains(QStringLiteral("DÉPART DE LA NAVETTE")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Bibliothèque Victor-Hugo (HUGO)")));
        QVERIFY(text.contains(QStringLiteral("Médiathèque de Romans (ROMANS)")));
        QVERIFY(text.contains(QStringLiteral("3 documents")));
        QVERIFY(text.contains(QStringLiteral("Sacs\u00A0: Bibliothèque Jean-Giono 2")) ||
                text.contains(QStringLiteral("Sacs : Bibliothèque Jean-Giono 2")));
        QVERIFY(text.contains(QStringLiteral("2 caisses, 4 documents")));
        QVERIFY(text.indexOf(QStringLiteral("Victor-Hugo")) < text.indexOf(QStringLiteral("Romans (ROMANS)")));
        QVERIFY(text.contains(QStringLiteral("Signature")));
        QVERIFY(writeSlipPdf(sheet, m_dir.filePath(QStringLiteral("route-sheet.pdf"))));
        // Gone with the van: a second departure has nothing to list, and an item that comes back
        // later can go in a crate again.
        QVERIFY(centre.departure().value().isEmpty());
        QVERIFY(centre.place(item(1), QStringLiteral("HUGO"), QString()).ok());
    }

    // The van's order: a route's departure seals only its stops' crates (and those of libraries on
    // no route), and the route sheet lists them in the stops' order, not by name; with no route set,
    // one departure takes every crate, by name.
    void routeSheetInTheVansOrder()
    {
        // The setting's text: one route a line; a library on two routes, or a line without a name,
        // is refused.
        auto routes = parseRoutes(QStringLiteral("# the vans\nNord: HUGO, GIONO\n\n Sud :ROMANS , PONT,\n"));
        QVERIFY(routes.ok());
        QCOMPARE(routes.value().size(), 2);
        QCOMPARE(routes.value().at(1).name, QStringLiteral("Sud"));
        QCOMPARE(routes.value().at(1).stops, (QStringList{QStringLiteral("ROMANS"), QStringLiteral("PONT")}));
        // One line in the settings (the network's file keeps a value on one line); ";" separates too.
        QCOMPARE(routesToText(routes.value()), QStringLiteral("Nord: HUGO, GIONO; Sud: ROMANS, PONT"));
        QCOMPARE(parseRoutes(routesToText(routes.value())).value().at(1).stops, routes.value().at(1).stops);
        QCOMPARE(parseRoutes(QStringLiteral("Nord: HUGO\nSud: HUGO")).error().code, QStringLiteral("crate.routes"));
        QVERIFY(!parseRoutes(QStringLiteral("HUGO, GIONO")).ok());
        QVERIFY(!parseRoutes(QStringLiteral("Nord:")).ok());
        QVERIFY(parseRoutes(QString()).value().isEmpty());

        MockClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.open(newOutboxPath()).ok());
        CrateService centre(outbox, clock, QStringLiteral("CENTRE"), QStringLiteral("marie"));
        const QHash<QString, QString> names = {{QStringLiteral("HUGO"), QStringLiteral("Bibliothèque Victor-Hugo")},
                                               {QStringLiteral("GIONO"), QStringLiteral("Bibliothèque Jean-Giono")},
                                               {QStringLiteral("ROMANS"), QStringLiteral("Médiathèque de Romans")},
                                               {QStringLiteral("PONT"), QStringLiteral("Bibliothèque Pont-Neuf")},
                                               {QStringLiteral("ABBAYE"), QStringLiteral("Annexe de l'Abbaye")}};
        const auto name = [&names](const QString& id) { return names.value(id, id); };
        centre.setLibraryNames(name);
        const ShuttleRoutes network(routes.value());
        QCOMPARE(network.routeOf(QStringLiteral("PONT")), QStringLiteral("Sud"));
        QCOMPARE(network.routeOf(QStringLiteral("ABBAYE")), QString());
        int n = 0;
        for (const QString& site : {QStringLiteral("GIONO"), QStringLiteral("PONT"), QStringLiteral("ABBAYE"),
                                    QStringLiteral("HUGO"), QStringLiteral("ROMANS"), QStringLiteral("GIONO")})
            QVERIFY(centre.place(item(++n), site, QString()).ok());
        desk::SlipParty party{QStringLiteral("Médiathèque Centre"), QStringLiteral("accueil-1"),
                              desk::NameDisplay::Abbreviated, clock.now()};
        const auto sheetText = [&](const QList<SealedCrate>& list, const QString& route) {
            QList<QList<std::pair<QString, int>>> inside;
            for (const SealedCrate& c : list)
                inside.append(centre.bags(c.crate.seq).value());
            return print::slipPlainText(makeSlip(print::TemplateStore::shipped(), print::TemplateKind::RouteSheet,
                                                 desk::routeSheetContext(list, inside, name, party, network, route),
                                                 QStringLiteral("route"))
                                            .lines);
        };
        const auto destinations = [](const QList<SealedCrate>& list) {
            QStringList out;
            for (const SealedCrate& c : list)
                out << c.crate.destination;
            std::sort(out.begin(), out.end());
            return out;
        };
        // The northern van: HUGO then GIONO (the stops' order, not the names'), then the library on
        // no route; the southern crates stay open for their van.
        auto north = centre.departure(
            [&](const QString& destination) { return network.leavesWith(QStringLiteral("Nord"), destination); });
        QVERIFY(north.ok());
        QCOMPARE(destinations(north.value()),
                 (QStringList{QStringLiteral("ABBAYE"), QStringLiteral("GIONO"), QStringLiteral("HUGO")}));
        QCOMPARE(centre.crates(Crate::Direction::Out, Crate::State::Open).value().size(), 2);
        QString text = sheetText(north.value(), QStringLiteral("Nord"));
        QVERIFY2(text.indexOf(QStringLiteral("(HUGO)")) >= 0, qPrintable(text));
        QVERIFY2(text.indexOf(QStringLiteral("(HUGO)")) < text.indexOf(QStringLiteral("(GIONO)")), qPrintable(text));
        QVERIFY2(text.indexOf(QStringLiteral("(GIONO)")) < text.indexOf(QStringLiteral("(ABBAYE)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("3 caisses, 4 documents")));
        QVERIFY(text.contains(QStringLiteral("Signature")));
        // The southern van: ROMANS then PONT.
        auto south = centre.departure(
            [&](const QString& destination) { return network.leavesWith(QStringLiteral("Sud"), destination); });
        QCOMPARE(destinations(south.value()), (QStringList{QStringLiteral("PONT"), QStringLiteral("ROMANS")}));
        text = sheetText(south.value(), QStringLiteral("Sud"));
        QVERIFY2(text.indexOf(QStringLiteral("(ROMANS)")) >= 0 &&
                     text.indexOf(QStringLiteral("(ROMANS)")) < text.indexOf(QStringLiteral("(PONT)")),
                 qPrintable(text));
        QCOMPARE(centre.crates(Crate::Direction::Out, Crate::State::Open).value().size(), 0);
        // No route set: one departure, every crate, by name.
        for (const QString& site : {QStringLiteral("ROMANS"), QStringLiteral("HUGO"), QStringLiteral("PONT")})
            QVERIFY(centre.place(item(++n), site, QString()).ok());
        auto all = centre.departure(
            [](const QString& destination) { return ShuttleRoutes().leavesWith(QString(), destination); });
        QCOMPARE(all.value().size(), 3);
        text = sheetText(all.value(), QString());
        QVERIFY(text.indexOf(QStringLiteral("(PONT)")) < text.indexOf(QStringLiteral("(HUGO)")));
        QVERIFY(text.indexOf(QStringLiteral("(HUGO)")) < text.indexOf(QStringLiteral("(ROMANS)")));
    }

    // What a crash leaves is the database file and its WAL as they are on disk: copied while the
    // connection is still open (no checkpoint, no close), they must hold every crate write.
    void crashLosesNothing()
    {
        MockClock clock;
        const QString path = newOutboxPath();
        const QString copy = m_dir.filePath(QStringLiteral("crashed.sqlite"));
        qint64 out = 0, in = 0;
        {
            Outbox outbox(clock);
            QVERIFY(outbox.open(path).ok());
            CrateService centre(outbox, clock, QStringLiteral("CENTRE"), QStringLiteral("marie"));
            for (int i = 1; i <= 20; ++i)
                out = centre.place(item(i), QStringLiteral("HUGO"), QString()).value().crate.seq;
            QVERIFY(centre.takeOut(item(7)).ok());
            QVERIFY(centre.place(item(100), QStringLiteral("GIONO"), QString()).ok());
            QVERIFY(centre.seal(out).ok());
            CrateService receiving(outbox, clock, QStringLiteral("CENTRE"), QStringLiteral("marie"));
            Manifest incoming = sample(4);
            incoming.from = QStringLiteral("PONT");
            incoming.to = QStringLiteral("CENTRE");
            in = receiving.startReceiving(incoming).value().seq;
            QVERIFY(receiving.receiveItem(in, item(2)).ok());
            QVERIFY(receiving.receiveItem(in, item(90)).ok());
            // The crash: the files as they are now.
            for (const QString& suffix : {QString(), QStringLiteral("-wal")})
                if (QFile::exists(path + suffix))
                    QVERIFY(QFile::copy(path + suffix, copy + suffix));
        }
        Outbox reopened(clock);
        QVERIFY(reopened.open(copy).ok());
        CrateService after(reopened, clock, QStringLiteral("CENTRE"), QStringLiteral("marie"));
        auto sealed = after.sealed(out);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed.value().manifest.items.size(), 19);
        QVERIFY(!sealed.value().manifest.items.contains(item(7)));
        QCOMPARE(after.crates(Crate::Direction::Out, Crate::State::Open).value().size(), 1);
        QCOMPARE(after.items(after.openCrateFor(QStringLiteral("GIONO")).value().seq).value(), QStringList{item(100)});
        auto receipt = after.receipt(in);
        QVERIFY(receipt.ok());
        QCOMPARE(receipt.value().scanned, (QStringList{item(2), item(90)}));
        QCOMPARE(receipt.value().extras, QStringList{item(90)});
        QCOMPARE(receipt.value().missing, (QStringList{item(1), item(3), item(4)}));
        // Receiving goes on where it stopped.
        QVERIFY(after.receiveItem(in, item(1)).ok());
        QCOMPARE(after.receiveItem(in, item(2)).error().code, QStringLiteral("crate.item_twice"));
    }

    // Two counters killed outright (kill -9) mid-way: one filling a crate, one receiving it. Each
    // reopened outbox has every item the screen confirmed, each once; the crate is still open (or
    // still being received) and work goes on where it stopped.
    void killedWhileFillingAndReceiving()
    {
        const auto runUntil = [](const QStringList& args, int confirmed, QStringList* lines) {
            QProcess child;
            child.start(QStringLiteral(CRATE_COUNTER), args);
            if (!child.waitForStarted(10000))
                return false;
            QByteArray out;
            while (lines->size() < confirmed) {
                if (!child.waitForReadyRead(20000))
                    return false;
                out += child.readAllStandardOutput();
                lines->clear();
                for (const QByteArray& line : out.split('\n'))
                    if (line.startsWith("placed ") || line.startsWith("received "))
                        lines->append(QString::fromLatin1(line.mid(line.indexOf(' ') + 1)));
                if (!out.endsWith('\n') && !lines->isEmpty())
                    lines->removeLast(); // a line not finished yet
            }
            ::kill(pid_t(child.processId()), SIGKILL);
            child.waitForFinished(10000);
            return child.exitStatus() == QProcess::CrashExit;
        };
        MockClock clock;
        // The sending counter.
        const QString sending = newOutboxPath();
        QStringList placed;
        QVERIFY(runUntil({QStringLiteral("fill"), sending, QStringLiteral("CENTRE"), QStringLiteral("HUGO"),
                          QStringLiteral("100000")},
                         150, &placed));
        qint64 seq = 0;
        {
            Outbox reopened(clock);
            QVERIFY(reopened.open(sending).ok());
            CrateService centre(reopened, clock, QStringLiteral("CENTRE"), QStringLiteral("marie"));
            auto open = centre.crates(Crate::Direction::Out, Crate::State::Open);
            QCOMPARE(open.value().size(), 1);
            seq = open.value().first().seq;
            const QStringList in = centre.items(seq).value();
            // Every confirmed item, once, in order; at most the one being placed when killed besides.
            QVERIFY(in.size() >= placed.size() && in.size() <= placed.size() + 1);
            QCOMPARE(in.mid(0, placed.size()), placed);
            QCOMPARE(QSet<QString>(in.begin(), in.end()).size(), in.size());
            // Every item in the crate has its check-in in the outbox (written first).
            QVERIFY(reopened.count(OutboxAction::State::Pending).value() >= in.size());
            // Work goes on: the next item, then the seal.
            QCOMPARE(centre.place(item(900000), QStringLiteral("HUGO"), QString()).value().position,
                     int(in.size()) + 1);
            auto sealed = centre.seal(seq);
            QVERIFY(sealed.ok());
            QFile manifest(m_dir.filePath(QStringLiteral("kill9-manifest.txt")));
            QVERIFY(manifest.open(QIODevice::WriteOnly));
            QCOMPARE(sealed.value().qrTexts.size(), 1);
            manifest.write(sealed.value().qrTexts.first().toLatin1());
        }
        // The receiving counter, killed while receiving.
        const QString receiving = newOutboxPath();
        QStringList received;
        QVERIFY(runUntil({QStringLiteral("receive"), receiving, QStringLiteral("HUGO"),
                          m_dir.filePath(QStringLiteral("kill9-manifest.txt"))},
                         std::min(60, int(placed.size()) / 2), &received));
        Outbox reopened(clock);
        QVERIFY(reopened.open(receiving).ok());
        CrateService hugo(reopened, clock, QStringLiteral("HUGO"), QStringLiteral("paul"));
        auto being = hugo.crates(Crate::Direction::In, Crate::State::Sealed);
        QCOMPARE(being.value().size(), 1);
        auto r = hugo.receipt(being.value().first().seq);
        QVERIFY(r.ok());
        QVERIFY(r.value().scanned.size() >= received.size() && r.value().scanned.size() <= received.size() + 1);
        QCOMPARE(r.value().scanned.mid(0, received.size()), received);
        QCOMPARE(QSet<QString>(r.value().scanned.begin(), r.value().scanned.end()).size(), r.value().scanned.size());
        QVERIFY(r.value().extras.isEmpty());
        // Receiving goes on where it stopped: the first item again is refused, the rest received.
        QCOMPARE(hugo.receiveItem(being.value().first().seq, received.first()).error().code,
                 QStringLiteral("crate.item_twice"));
        for (const QString& barcode : std::as_const(r.value().missing))
            QVERIFY(hugo.receiveItem(being.value().first().seq, barcode).ok());
        auto end = hugo.finishReceiving(being.value().first().seq);
        QVERIFY(end.value().missing.isEmpty());
        QCOMPARE(end.value().receivedExpected, int(r.value().expected.size()));
    }

    // The crate label as PDF, read back by zbarimg, decoded by the manifest decoder: the crate the
    // receiving counter reads is the one the sending counter sealed.
    void labelPdfReadBackByZbar_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("step"); // between barcodes: a large one leaves little common prefix
        QTest::addColumn<int>("symbols");
        QTest::newRow("12 items") << 12 << 7 << 1;
        QTest::newRow("200 items, one symbol") << 200 << 7 << 1;
        QTest::newRow("300 items, several symbols") << 300 << 1000003 << 2;
    }

    void labelPdfReadBackByZbar()
    {
        QFETCH(int, items);
        QFETCH(int, step);
        QFETCH(int, symbols);
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("zbarimg or pdftoppm is not installed");
        MockClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.open(newOutboxPath()).ok());
        CrateService centre(outbox, clock, QStringLiteral("CENTRE"), QStringLiteral("marie"));
        qint64 seq = 0;
        for (int i = 1; i <= items; ++i)
            seq = centre.place(item(i * step), QStringLiteral("HUGO"), QString()).value().crate.seq;
        auto sealed = centre.seal(seq);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed.value().qrTexts.size(), symbols);
        desk::SlipParty party{QStringLiteral("Médiathèque Centre"), QStringLiteral("accueil-1"),
                              desk::NameDisplay::Abbreviated, clock.now()};
        const print::TemplateContext context = desk::crateLabelContext(
            sealed.value(), QStringLiteral("Médiathèque Centre"), QStringLiteral("Bibliothèque Victor-Hugo"), party);
        const Slip slip = makeSlip(print::TemplateStore::shipped(), print::TemplateKind::CrateLabel, context,
                                   QStringLiteral("crate"));
        const QString text = print::slipPlainText(slip.lines);
        QVERIFY(text.contains(QStringLiteral("CAISSE DE NAVETTE")));
        QVERIFY(text.contains(QStringLiteral("Bibliothèque Victor-Hugo")));
        QVERIFY(text.contains(QStringLiteral("%1 documents").arg(items)));
        QVERIFY(text.contains(QStringLiteral("De\u00A0: Médiathèque Centre")));
        const QString pdf = m_dir.filePath(QStringLiteral("crate-%1.pdf").arg(items));
        QVERIFY(writeSlipPdf(slip, pdf));
        const QStringList codes = scannedCodes(pdf);
        QCOMPARE(codes.size(), sealed.value().qrTexts.size());
        auto read = decodeAll(codes);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value(), sealed.value().manifest);
        QCOMPARE(read.value().items.size(), items);
        // On an 80 mm receipt printer (576 dots) every symbol fits the paper: smaller modules for a
        // long manifest (version 31: 141 modules and the quiet zone, 3 dots each).
        QCOMPARE(print::qrModuleDots(1800, 6), 3);
        QCOMPARE(print::qrModuleDots(50, 6), 6);
        QCOMPARE(print::qrModuleDots(2953, 6), 3);
        QVERIFY(escPosSlip(slip).contains(QByteArray("\x1d(k\x03\x00"
                                                     "1C",
                                                     7)));
    }
};

QTEST_MAIN(TestCrates)
#include "tst_crates.moc"
