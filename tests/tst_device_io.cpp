// Devices over real serial I/O: each simulated twin speaks its protocol on one end of a socat
// pseudo-terminal pair and the client's QSerialPort code runs on the other end.
#include "demo/DeviceTwins.h"
#include "devices/RfidPad.h"
#include "devices/SerialScanner.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace comptoir;
using namespace comptoir::devices;
using namespace comptoir::sandbox;

namespace {

TagData item(const QString& barcode, int part = 1, int parts = 1, const QString& isil = QStringLiteral("FR-751052116"))
{
    TagData data;
    data.barcode = barcode;
    data.part = part;
    data.parts = parts;
    data.ownerIsil = isil;
    data.usage = 1;
    return data;
}

} // namespace

class TestDeviceIo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    // The simulated devices' socat ends with the process that started it, even killed outright:
    // a script that kills the demo leaves no pseudo-terminal pair running.
    void socatEndsWithItsParent()
    {
        if (!sandbox::PtyPair::available())
            QSKIP("socat is not installed");
        QTemporaryDir dir;
        QProcess holder;
        holder.start(QStringLiteral(PTY_HOLDER), {dir.path()});
        QVERIFY(holder.waitForStarted(5000));
        QVERIFY(holder.waitForReadyRead(10000));
        const QString line = QString::fromUtf8(holder.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("ready ")), qPrintable(line));
        const qint64 socat = line.section(QLatin1Char(' '), 1).toLongLong();
        QVERIFY(socat > 0);
        QVERIFY(QFileInfo::exists(QStringLiteral("/proc/%1").arg(socat)));
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(5000));
        // Gone, or at worst a zombie waiting for init to reap it.
        const auto alive = [socat] {
            QFile status(QStringLiteral("/proc/%1/status").arg(socat));
            if (!status.open(QIODevice::ReadOnly))
                return false;
            return !status.readAll().contains("State:\tZ");
        };
        QVERIFY2(QTest::qWaitFor([&] { return !alive(); }, 5000), "socat outlived the process that started it");
    }

    void initTestCase()
    {
        if (!PtyPair::available())
            QSKIP("socat is not installed (apt install socat)");
    }

    void serialScannerReadsAndReconnects()
    {
        PtyPair pty(path(QStringLiteral("scanner-sim")), path(QStringLiteral("scanner")));
        QVERIFY(pty.start());
        SimulatedScanner twin;
        QVERIFY(twin.open(pty.a()));
        SerialScanner scanner;
        QSignalSpy codes(&scanner, &SerialScanner::code);
        QSignalSpy garbled(&scanner, &SerialScanner::garbled);
        QSignalSpy states(&scanner, &SerialScanner::stateChanged);
        ScannerFraming framing;
        framing.suffix = "\r\n";
        scanner.start({pty.b(), 9600}, framing);
        QCOMPARE(scanner.state(), SerialScanner::State::Connected);
        twin.scan(QStringLiteral("31042000000019"));
        QVERIFY(codes.wait(3000));
        QCOMPARE(codes.takeFirst().first().toString(), QStringLiteral("31042000000019"));
        // Line noise: a clear message, and the next code still arrives.
        twin.sendRaw(QByteArray::fromHex("FF00FE01") + "\r\n");
        twin.scan(QStringLiteral("31042000000027"));
        QVERIFY(QTest::qWaitFor([&] { return codes.size() == 1; }, 3000));
        QCOMPARE(garbled.size(), 1);
        QCOMPARE(codes.takeFirst().first().toString(), QStringLiteral("31042000000027"));
        // The cable pulled out: the pty pair disappears. The scanner notices and retries.
        twin.close();
        pty.stop();
        QVERIFY(QTest::qWaitFor([&] { return scanner.state() == SerialScanner::State::Reconnecting; }, 5000));
        QVERIFY(states.last().at(1).toString().contains(QStringLiteral("econnect")) ||
                states.last().at(1).toString().contains(QStringLiteral("again")));
        // Plugged back in: reconnected by itself, and says so.
        QVERIFY(pty.start());
        QVERIFY(twin.open(pty.a()));
        QVERIFY(QTest::qWaitFor([&] { return scanner.state() == SerialScanner::State::Connected; }, 5000));
        QVERIFY(states.last().at(1).toString().contains(QStringLiteral("back")));
        twin.scan(QStringLiteral("31042000000035"));
        QVERIFY(codes.wait(3000));
        QCOMPARE(codes.takeFirst().first().toString(), QStringLiteral("31042000000035"));
        scanner.stop();
    }

    void scannerWithoutSuffixUsesThePause()
    {
        PtyPair pty(path(QStringLiteral("quiet-sim")), path(QStringLiteral("quiet")));
        QVERIFY(pty.start());
        SimulatedScanner twin;
        QVERIFY(twin.open(pty.a()));
        twin.setFraming("\x02", {});
        SerialScanner scanner;
        QSignalSpy codes(&scanner, &SerialScanner::code);
        ScannerFraming framing;
        framing.prefix = "\x02";
        framing.suffix.clear();
        framing.interCharTimeoutMs = 60;
        scanner.start({pty.b(), 9600}, framing);
        twin.scan(QStringLiteral("A31042000000019B"));
        QVERIFY(codes.wait(3000));
        QCOMPARE(codes.first().first().toString(), QStringLiteral("A31042000000019B")); // no stripping asked
    }

    void padInventoriesAStack_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<bool>("dsfid");
        QTest::newRow("FEIG") << int(RfidDialect::Feig) << false;
        QTest::newRow("3M") << int(RfidDialect::ThreeM) << false;
        // The 3M inventory answer may carry each tag's DSFID before its UID (protocols.md §3.1).
        QTest::newRow("3M with DSFID") << int(RfidDialect::ThreeM) << true;
    }
    void padInventoriesAStack()
    {
        QFETCH(int, dialect);
        QFETCH(bool, dsfid);
        const QString suffix = QString::number(dialect) + (dsfid ? QStringLiteral("d") : QString());
        PtyPair pty(path(QStringLiteral("pad-sim") + suffix), path(QStringLiteral("pad") + suffix));
        QVERIFY(pty.start());
        SimulatedRfidPad twin{RfidDialect(dialect)};
        twin.setInventoryDsfid(dsfid);
        QVERIFY(twin.open(pty.a()));
        // A stack of 13 tags: 10 single items in the three data models, and a 3-part box whose
        // parts are all there (FEIG answers 8 tags at a time, then "more data").
        const QList<TagModel> models = {TagModel::Iso28560_3, TagModel::Iso28560_2, TagModel::ThreeM501};
        for (int i = 0; i < 10; ++i) {
            const TagModel model = models[i % 3];
            twin.place(SimulatedRfidPad::makeTag(
                model, item(QStringLiteral("310420000001%1").arg(i, 2, 10, QLatin1Char('0')), 1, 1,
                            model == TagModel::ThreeM501 ? QString() : QStringLiteral("FR-751052116"))));
        }
        for (int part = 1; part <= 3; ++part)
            twin.place(
                SimulatedRfidPad::makeTag(TagModel::Iso28560_3, item(QStringLiteral("31042000000200"), part, 3)));
        RfidPad pad;
        QSignalSpy placed(&pad, &RfidPad::itemPlaced);
        QSignalSpy removed(&pad, &RfidPad::itemRemoved);
        PadSettings settings;
        settings.line = {pty.b(), dialect == int(RfidDialect::Feig) ? 38400 : 19200};
        settings.dialect = RfidDialect(dialect);
        settings.pollMs = 50;
        pad.start(settings);
        QVERIFY(QTest::qWaitFor([&] { return placed.size() >= 11; }, 10000));
        QTest::qWait(300);
        QCOMPARE(placed.size(), 11); // one announcement per item, the box once
        QSet<QString> barcodes;
        for (const auto& args : placed) {
            const auto tag = args.at(0).value<TagData>();
            barcodes.insert(tag.barcode);
            QVERIFY(args.at(2).value<QList<int>>().isEmpty());
            if (tag.barcode == QStringLiteral("31042000000200"))
                QCOMPARE(tag.parts, 3);
        }
        QCOMPARE(barcodes.size(), 11);
        QCOMPARE(pad.tags().size(), 13);
        // Lifted off the pad: removed; put back: announced again.
        const QByteArray first = twin.tags().first().uid;
        const SimulatedRfidPad::Tag kept = twin.tags().first();
        twin.remove(first);
        QVERIFY(removed.wait(3000));
        QCOMPARE(removed.first().first().toString(), QStringLiteral("31042000000100"));
        placed.clear();
        twin.place(kept);
        QVERIFY(placed.wait(3000));
        QCOMPARE(placed.first().first().value<TagData>().barcode, QStringLiteral("31042000000100"));
        pad.stop();
    }

    void incompleteBoxIsFlagged()
    {
        PtyPair pty(path(QStringLiteral("box-sim")), path(QStringLiteral("box")));
        QVERIFY(pty.start());
        SimulatedRfidPad twin(RfidDialect::Feig);
        QVERIFY(twin.open(pty.a()));
        twin.place(SimulatedRfidPad::makeTag(TagModel::Iso28560_2, item(QStringLiteral("31042000000300"), 1, 3)));
        twin.place(SimulatedRfidPad::makeTag(TagModel::Iso28560_2, item(QStringLiteral("31042000000300"), 3, 3)));
        // Another library's item: its owner is on the tag.
        twin.place(SimulatedRfidPad::makeTag(TagModel::Iso28560_3,
                                             item(QStringLiteral("1000000136"), 1, 1, QStringLiteral("DK-718500"))));
        RfidPad pad;
        QSignalSpy placed(&pad, &RfidPad::itemPlaced);
        PadSettings settings;
        settings.line = {pty.b(), 38400};
        settings.pollMs = 50;
        pad.start(settings);
        QVERIFY(QTest::qWaitFor([&] { return placed.size() == 2; }, 5000));
        bool flagged = false;
        for (const auto& args : placed) {
            const auto tag = args.at(0).value<TagData>();
            if (tag.barcode == QStringLiteral("31042000000300")) {
                QCOMPARE(args.at(2).value<QList<int>>(), QList<int>{2});
                flagged = true;
            } else {
                QCOMPARE(tag.ownerIsil, QStringLiteral("DK-718500"));
            }
        }
        QVERIFY(flagged);
    }

    void hugeSetTagIsReportedDamaged()
    {
        PtyPair pty(path(QStringLiteral("huge-sim")), path(QStringLiteral("huge")));
        QVERIFY(pty.start());
        SimulatedRfidPad twin(RfidDialect::Feig);
        QVERIFY(twin.open(pty.a()));
        // A 28560-2 tag whose set information claims two billion parts (numeric "2000000000"
        // "0000000001"), as fuzz_tag found: listing its missing parts took gigabytes.
        SimulatedRfidPad::Tag huge = SimulatedRfidPad::makeTag(TagModel::Iso28560_2, item(QStringLiteral("1111")));
        huge.memory =
            QByteArray(QByteArray::fromHex("11051CBE991A14") + QByteArray::fromHex("240A20000000000000000001"))
                .leftJustified(112, '\0');
        twin.place(huge);
        // A box at the bound, 255 parts, with one part on the pad: its missing parts are counted.
        twin.place(
            SimulatedRfidPad::makeTag(TagModel::Iso28560_3, item(QStringLiteral("31042000000900"), 1, MaxSetParts)));
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const long before = usage.ru_maxrss; // kB
        RfidPad pad;
        QSignalSpy placed(&pad, &RfidPad::itemPlaced);
        QSignalSpy unreadable(&pad, &RfidPad::unreadableTag);
        PadSettings settings;
        settings.line = {pty.b(), 38400};
        settings.pollMs = 50;
        pad.start(settings);
        QVERIFY(QTest::qWaitFor([&] { return unreadable.size() == 1 && placed.size() == 1; }, 5000));
        QCOMPARE(unreadable.first().at(0).toByteArray(), huge.uid);
        const QString problem = unreadable.first().at(1).toString();
        QVERIFY2(problem.contains(QStringLiteral("damaged")), qPrintable(problem));
        const auto& box = placed.first();
        QCOMPARE(box.at(0).value<TagData>().barcode, QStringLiteral("31042000000900"));
        QCOMPARE(box.at(2).value<QList<int>>(), (QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
        QCOMPARE(box.at(3).toInt(), MaxSetParts - 1);
        // The next tag laid on the pad is read as usual; the damaged one is told once.
        twin.place(SimulatedRfidPad::makeTag(TagModel::Iso28560_3, item(QStringLiteral("31042000001000"))));
        QVERIFY(QTest::qWaitFor([&] { return placed.size() == 2; }, 5000));
        QCOMPARE(placed.last().at(0).value<TagData>().barcode, QStringLiteral("31042000001000"));
        QCOMPARE(placed.last().at(3).toInt(), 0);
        QCOMPARE(unreadable.size(), 1);
        getrusage(RUSAGE_SELF, &usage);
        QVERIFY2(usage.ru_maxrss - before < 50 * 1024,
                 qPrintable(QStringLiteral("max RSS grew by %1 kB").arg(usage.ru_maxrss - before)));
        pad.stop();
    }

    void readerBoundsTheInventory_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("FEIG") << int(RfidDialect::Feig);
        QTest::newRow("3M") << int(RfidDialect::ThreeM);
    }
    void readerBoundsTheInventory()
    {
        QFETCH(int, dialect);
        PtyPair pty(path(QStringLiteral("many-sim%1").arg(dialect)), path(QStringLiteral("many%1").arg(dialect)));
        QVERIFY(pty.start());
        SimulatedRfidPad twin{RfidDialect(dialect)};
        QVERIFY(twin.open(pty.a()));
        RfidReader reader;
        QVERIFY(reader.open({pty.b(), 38400}, RfidDialect(dialect)).ok());
        const auto inventory = [&reader]() {
            std::optional<Result<QList<TagSeen>>> result;
            reader.inventory([&](Result<QList<TagSeen>> r) { result = std::move(r); });
            (void)QTest::qWaitFor([&] { return result.has_value(); }, 10000);
            return result;
        };
        // MaxTagsInField tags are listed; one more is a faulty reader (or too many items), said clearly.
        for (int i = 0; i < MaxTagsInField; ++i)
            twin.place(SimulatedRfidPad::makeTag(TagModel::Iso28560_3,
                                                 item(QStringLiteral("3104200000%1").arg(i, 4, 10, QLatin1Char('0')))));
        auto seen = inventory();
        QVERIFY(seen && seen->ok());
        QCOMPARE(seen->value().size(), MaxTagsInField);
        twin.place(SimulatedRfidPad::makeTag(TagModel::Iso28560_3, item(QStringLiteral("31042000009999"))));
        seen = inventory();
        QVERIFY(seen && !seen->ok());
        QCOMPARE(seen->error().code, QStringLiteral("rfid.frame"));
        QVERIFY(seen->error().message.contains(QString::number(MaxTagsInField)));
        if (RfidDialect(dialect) != RfidDialect::Feig)
            return;
        // FEIG "more data": MaxInventoryRounds requests for one inventory, not one more.
        twin.clear();
        twin.maxTagsPerAnswer = 1;
        for (int i = 0; i < MaxInventoryRounds; ++i)
            twin.place(SimulatedRfidPad::makeTag(TagModel::Iso28560_3,
                                                 item(QStringLiteral("3104200001%1").arg(i, 4, 10, QLatin1Char('0')))));
        seen = inventory();
        QVERIFY(seen && seen->ok());
        QCOMPARE(seen->value().size(), MaxInventoryRounds);
        twin.place(SimulatedRfidPad::makeTag(TagModel::Iso28560_3, item(QStringLiteral("31042000019999"))));
        const int requests = twin.requests;
        seen = inventory();
        QVERIFY(seen && !seen->ok());
        QCOMPARE(seen->error().code, QStringLiteral("rfid.frame"));
        QCOMPARE(twin.requests - requests, MaxInventoryRounds);
    }

    void securityWrittenAndVerified_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<bool>("isoSystemInfo");
        QTest::newRow("FEIG") << int(RfidDialect::Feig) << false;
        // A reader answering "Get System Information" in ISO/IEC 15693's layout (flags, UID least
        // significant byte first, DSFID, AFI, …): the AFI read back is the AFI, not the DSFID.
        QTest::newRow("FEIG, ISO 15693 system information") << int(RfidDialect::Feig) << true;
        QTest::newRow("3M") << int(RfidDialect::ThreeM) << false;
    }
    void securityWrittenAndVerified()
    {
        QFETCH(int, dialect);
        QFETCH(bool, isoSystemInfo);
        const QString suffix = QString::number(dialect) + (isoSystemInfo ? QStringLiteral("iso") : QString());
        PtyPair pty(path(QStringLiteral("afi-sim") + suffix), path(QStringLiteral("afi") + suffix));
        QVERIFY(pty.start());
        SimulatedRfidPad twin{RfidDialect(dialect)};
        if (isoSystemInfo)
            twin.setSystemInfoLayout(SimulatedRfidPad::SystemInfoLayout::Iso15693);
        QVERIFY(twin.open(pty.a()));
        SimulatedRfidPad::Tag weak =
            SimulatedRfidPad::makeTag(TagModel::Iso28560_3, item(QStringLiteral("31042000000400")));
        weak.failAfiWrites = 2; // the first two writes are acknowledged but not kept
        twin.place(weak);
        SimulatedRfidPad::Tag dead =
            SimulatedRfidPad::makeTag(TagModel::Iso28560_3, item(QStringLiteral("31042000000500")));
        dead.failAfiWrites = 100;
        twin.place(dead);
        RfidPad pad;
        QSignalSpy placed(&pad, &RfidPad::itemPlaced);
        PadSettings settings;
        settings.line = {pty.b(), 38400};
        settings.dialect = RfidDialect(dialect);
        settings.pollMs = 50;
        pad.start(settings);
        QVERIFY(QTest::qWaitFor([&] { return placed.size() == 2; }, 5000));
        // Checkout: "may leave", verified by reading back after the failed writes.
        std::optional<Status> outcome;
        pad.setSecurity(QStringLiteral("31042000000400"), true, [&](Status s) { outcome = s; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 5000));
        QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().message));
        QCOMPARE(twin.tag(weak.uid)->afi, quint8(0xC2));
        // Check-in: "secured".
        outcome.reset();
        pad.setSecurity(QStringLiteral("31042000000400"), false, [&](Status s) { outcome = s; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 5000));
        QVERIFY(outcome->ok());
        QCOMPARE(twin.tag(weak.uid)->afi, quint8(0x07));
        // A tag that never keeps it: a clear error, after the retries.
        outcome.reset();
        pad.setSecurity(QStringLiteral("31042000000500"), true, [&](Status s) { outcome = s; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 5000));
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().code, QStringLiteral("rfid.afi"));
        QVERIFY(outcome->error().message.contains(QStringLiteral("security")));
        // An item not on the pad.
        outcome.reset();
        pad.setSecurity(QStringLiteral("39999999999999"), true, [&](Status s) { outcome = s; });
        QVERIFY(outcome.has_value() && !outcome->ok());
    }

    void readerRecoversFromBadLines()
    {
        PtyPair pty(path(QStringLiteral("bad-sim")), path(QStringLiteral("bad")));
        QVERIFY(pty.start());
        SimulatedRfidPad twin(RfidDialect::Feig);
        QVERIFY(twin.open(pty.a()));
        twin.place(SimulatedRfidPad::makeTag(TagModel::Iso28560_3, item(QStringLiteral("31042000000600"))));
        // A tag whose data is damaged: reported once, clearly.
        SimulatedRfidPad::Tag corrupt =
            SimulatedRfidPad::makeTag(TagModel::Iso28560_3, item(QStringLiteral("31042000000700")));
        corrupt.memory[8] = char(corrupt.memory[8] ^ 0x20);
        twin.place(corrupt);
        RfidReader reader;
        reader.setTimeout(200);
        QSignalSpy diagnostics(&reader, &RfidReader::diagnostic);
        QVERIFY(reader.open({pty.b(), 38400}, RfidDialect::Feig).ok());
        const auto inventory = [&reader]() {
            std::optional<Result<QList<TagSeen>>> result;
            reader.inventory([&](Result<QList<TagSeen>> r) { result = std::move(r); });
            (void)QTest::qWaitFor([&] { return result.has_value(); }, 5000);
            return result;
        };
        // Noise before the answer, then a wrong CRC: both survived (resynchronised, then retried).
        twin.noiseBeforeNextAnswer(QByteArray::fromHex("FF13A5"));
        auto seen = inventory();
        QVERIFY(seen && seen->ok());
        QCOMPARE(seen->value().size(), 2);
        twin.corruptNextAnswer();
        seen = inventory();
        QVERIFY(seen && seen->ok());
        QCOMPARE(seen->value().size(), 2);
        bool sawProblem = false;
        for (const auto& args : diagnostics)
            sawProblem = sawProblem || args.first().toString().startsWith(QLatin1Char('!'));
        QVERIFY(sawProblem);
        // A reader that stops answering: a clear error, not a hang; it answers again later.
        twin.setSilent(true);
        seen = inventory();
        QVERIFY(seen && !seen->ok());
        QCOMPARE(seen->error().code, QStringLiteral("rfid.timeout"));
        twin.setSilent(false);
        seen = inventory();
        QVERIFY(seen && seen->ok());
        // The pad reports the damaged tag and reads the good one.
        reader.close();
        RfidPad pad;
        QSignalSpy placed(&pad, &RfidPad::itemPlaced);
        QSignalSpy unreadable(&pad, &RfidPad::unreadableTag);
        PadSettings settings;
        settings.line = {pty.b(), 38400};
        settings.pollMs = 50;
        pad.start(settings);
        QVERIFY(QTest::qWaitFor([&] { return placed.size() == 1 && unreadable.size() == 1; }, 5000));
        QTest::qWait(300);
        QCOMPARE(unreadable.size(), 1); // once, not at every poll
        QVERIFY(!unreadable.first().at(1).toString().isEmpty());
        // The reader unplugged: the pad says so, and comes back with it.
        QSignalSpy states(&pad, &RfidPad::stateChanged);
        twin.close();
        pty.stop();
        QVERIFY(QTest::qWaitFor([&] { return !states.isEmpty() && !states.last().first().toBool(); }, 5000));
        QVERIFY(pty.start());
        QVERIFY(twin.open(pty.a()));
        QVERIFY(QTest::qWaitFor([&] { return !states.isEmpty() && states.last().first().toBool(); }, 8000));
    }
};

QTEST_GUILESS_MAIN(TestDeviceIo)
#include "tst_device_io.moc"
