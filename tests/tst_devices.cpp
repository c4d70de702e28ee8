// Devices without devices: frames and CRCs against the reference's vectors, tag data models
// (vectors and round trips), scanner framing, keyboard-wedge timing, barcode rules, the scan stream.
#include "Settings.h"
#include "devices/BarcodeRules.h"
#include "devices/DeviceConfig.h"
#include "devices/RfidFrame.h"
#include "devices/RfidReader.h"
#include "devices/ScanStream.h"
#include "devices/ScannerInput.h"
#include "devices/TagData.h"
#include "support/MockClock.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::devices;

class TestDevices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Another library's tag is said by the library's name, kept in the settings by ISIL.
    void ownerNamedByIsil()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("comptoir.ini")));
        DeviceConfig config = DeviceConfig::load(settings);
        QVERIFY(config.ownerName(QStringLiteral("FR-692662101")).contains(QStringLiteral("FR-692662101")));
        config.isilNames.insert(QStringLiteral("FR-692662101"), QStringLiteral("Bibliothèque municipale de Lyon"));
        config.save(settings);
        const DeviceConfig loaded = DeviceConfig::load(settings);
        // 28560-3 tags store the ISIL without its hyphen: the same library.
        QCOMPARE(loaded.ownerName(QStringLiteral("FR692662101")), QStringLiteral("Bibliothèque municipale de Lyon"));
        QVERIFY(!loaded.ownerName(QStringLiteral("FR-751052116")).isEmpty());
    }

    void feigCrcAndFrames_data()
    {
        QTest::addColumn<QString>("frame");
        // protocols.md §3.2: published (Amarok79) and computed frames.
        for (const char* f :
             {"06 12 80 07 E5 80", "05 FF 65 E5 CB", "02 00 08 12 80 07 A0 2D", "02 00 07 FF 65 6E 61",
              "06 FF 52 00 0F 6E", "05 FF 69 89 01", "07 FF B0 01 00 1C 56",
              "11 FF B0 23 01 E0 04 01 00 12 34 56 78 00 04 6B 1C", "10 FF B0 27 01 E0 04 01 00 12 34 56 78 07 D8 DE",
              "0F FF B0 2B 01 E0 04 01 00 12 34 56 78 11 A3"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void feigCrcAndFrames()
    {
        QFETCH(QString, frame);
        const QByteArray bytes = fromHex(frame);
        const quint16 crc = crc::feig(bytes.left(bytes.size() - 2));
        QCOMPARE(quint8(crc & 0xFF), quint8(bytes[bytes.size() - 2])); // LSB first
        QCOMPARE(quint8(crc >> 8), quint8(bytes.back()));
        // Parsed as a request, then encoded again: the same bytes (standard or advanced form).
        RfidFrameParser parser(RfidDialect::Feig, false);
        const auto out = parser.feed(bytes);
        QVERIFY2(out.problems.isEmpty(), qPrintable(out.problems.join(u',')));
        QCOMPARE(out.frames.size(), 1);
        const bool advanced = quint8(bytes[0]) == 0x02;
        if (!advanced)
            QCOMPARE(hexBytes(encodeFrame(RfidDialect::Feig, out.frames.first())), frame);
    }

    void feigAdvancedFrameForLongAnswers()
    {
        RfidFrame big;
        big.command = 0xB0;
        big.status = 0x00;
        big.data = QByteArray(300, 'x');
        const QByteArray bytes = encodeFrame(RfidDialect::Feig, big);
        QCOMPARE(quint8(bytes[0]), quint8(0x02));
        QCOMPARE((quint8(bytes[1]) << 8) | quint8(bytes[2]), int(bytes.size()));
        RfidFrameParser parser(RfidDialect::Feig, true);
        const auto out = parser.feed(bytes);
        QCOMPARE(out.frames.size(), 1);
        QCOMPARE(out.frames.first(), big);
    }

    void threeMCrcAndFrames_data()
    {
        QTest::addColumn<QString>("frame");
        // protocols.md §3.1: the spec's example and computed frames.
        for (const char* f :
             {"D6 00 09 03 00 02 00 00 00 03 12 E6", "D6 00 05 FE 00 05 FA 40", "D6 00 03 11 64 20",
              "D6 00 0D 02 00 00 00 00 01 23 45 67 00 02 2D EF", "D6 00 0B 0A E0 07 00 00 01 23 45 67 11 CB",
              "D6 00 0C 09 E0 07 00 00 01 23 45 67 D7 F4 F7", "D6 00 0C 09 E0 07 00 00 01 23 45 67 DA 25 5A",
              "D5 00 05 04 00 11 8C 66"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void threeMCrcAndFrames()
    {
        QFETCH(QString, frame);
        const QByteArray bytes = fromHex(frame);
        const quint16 crc = crc::threeM(bytes.mid(1, bytes.size() - 3));
        QCOMPARE(quint8(crc >> 8), quint8(bytes[bytes.size() - 2])); // MSB first
        QCOMPARE(quint8(crc & 0xFF), quint8(bytes.back()));
        RfidFrameParser parser(RfidDialect::ThreeM, false);
        const auto out = parser.feed(bytes);
        QVERIFY(out.problems.isEmpty());
        QCOMPARE(out.frames.size(), 1);
        if (bytes[0] == char(0xD6))
            QCOMPARE(hexBytes(encodeFrame(RfidDialect::ThreeM, out.frames.first())), frame);
    }

    // "Get System Information" in the two layouts readers use. The UID asked about is E0 04 01 00
    // 12 34 56 78; the tag's DSFID is 3E and its AFI C2, 28 blocks of 4 bytes, IC reference 01.
    void systemInformationLayouts()
    {
        const QByteArray uid = fromHex(QStringLiteral("E0 04 01 00 12 34 56 78"));
        // FEIG's manual: DSFID, UID (E0 first), AFI, MEM-SIZE (block size − 1, blocks − 1), IC-REF.
        auto feig = parseSystemInfo(fromHex(QStringLiteral("3E E0 04 01 00 12 34 56 78 C2 03 1B 01")), uid);
        QVERIFY(feig);
        QCOMPARE(feig.value().uid, uid);
        QCOMPARE(feig.value().dsfid.value_or(0), quint8(0x3E));
        QCOMPARE(feig.value().afi.value_or(0), quint8(0xC2));
        QCOMPARE(feig.value().blockCount, 28);
        QCOMPARE(feig.value().blockSize, 4);
        QCOMPARE(feig.value().icReference.value_or(0), quint8(0x01));
        // ISO/IEC 15693: flags 0F, UID least significant byte first, DSFID, AFI, memory size
        // (blocks − 1, block size − 1), IC reference.
        auto iso = parseSystemInfo(fromHex(QStringLiteral("0F 78 56 34 12 00 01 04 E0 3E C2 1B 03 01")), uid);
        QVERIFY(iso);
        QCOMPARE(iso.value().uid, uid);
        QCOMPARE(iso.value().dsfid.value_or(0), quint8(0x3E));
        QCOMPARE(iso.value().afi.value_or(0), quint8(0xC2));
        QCOMPARE(iso.value().blockCount, 28);
        QCOMPARE(iso.value().blockSize, 4);
        QCOMPARE(iso.value().icReference.value_or(0), quint8(0x01));
        // Only what the flags announce: AFI alone (flags 02).
        auto afiOnly = parseSystemInfo(fromHex(QStringLiteral("02 78 56 34 12 00 01 04 E0 07")), uid);
        QVERIFY(afiOnly);
        QVERIFY(!afiOnly.value().dsfid);
        QCOMPARE(afiOnly.value().afi.value_or(0), quint8(0x07));
        QCOMPARE(afiOnly.value().blockCount, 0);
        // No AFI announced (flags 01): none read.
        auto noAfi = parseSystemInfo(fromHex(QStringLiteral("01 78 56 34 12 00 01 04 E0 3E")), uid);
        QVERIFY(noAfi);
        QVERIFY(!noAfi.value().afi);
        // Another tag's answer, or one shorter than its flags say: an error, never a value.
        QVERIFY(!parseSystemInfo(fromHex(QStringLiteral("0F 79 56 34 12 00 01 04 E0 3E C2 1B 03 01")), uid));
        QVERIFY(!parseSystemInfo(fromHex(QStringLiteral("3E E0 04 01 00 12 34 56 79 C2 03 1B 01")), uid));
        QVERIFY(!parseSystemInfo(fromHex(QStringLiteral("0F 78 56 34 12 00 01 04 E0 3E C2")), uid));
        QVERIFY(!parseSystemInfo(QByteArray(), uid));
    }

    void threeMProbeResponse()
    {
        RfidFrameParser parser(RfidDialect::ThreeM, true);
        const auto out = parser.feed(fromHex(QStringLiteral("D5 00 09 04 00 11 0A 05 00 02 72 50")));
        QCOMPARE(out.frames.size(), 1);
        QCOMPARE(out.frames.first().data, fromHex(QStringLiteral("11 0A 05 00 02")));
    }

    void parserResynchronisesAfterNoise()
    {
        for (const RfidDialect dialect : {RfidDialect::Feig, RfidDialect::ThreeM}) {
            RfidFrame answer;
            answer.command = dialect == RfidDialect::Feig ? 0xB0 : 0xFE;
            answer.status = 0;
            answer.data = QByteArray::fromHex("0102030405");
            const QByteArray good = encodeFrame(dialect, answer);
            QByteArray corrupt = good;
            corrupt[corrupt.size() - 1] = char(corrupt.back() ^ 0xFF);
            RfidFrameParser parser(dialect, true);
            // Noise, a frame with a wrong CRC, then a good frame split in two reads.
            auto out = parser.feed(QByteArray::fromHex("00FF13") + corrupt + good.left(4));
            QVERIFY(!out.problems.isEmpty());
            QVERIFY(out.frames.isEmpty() || out.frames.size() == 0);
            out = parser.feed(good.mid(4));
            QCOMPARE(out.frames.size(), 1);
            QCOMPARE(out.frames.first(), answer);
            // A truncated frame alone produces nothing yet, and no crash.
            out = parser.feed(good.left(3));
            QVERIFY(out.frames.isEmpty());
        }
    }

    void frameLengthBounded()
    {
        // The longest frame a reader may send (MaxFrame bytes in all) is read; one byte more is noise.
        for (const RfidDialect dialect : {RfidDialect::Feig, RfidDialect::ThreeM}) {
            // FEIG advanced: 02 LEN(2) ADR CMD STATUS … CRC(2); 3M: D6 LEN(2) CMD STATUS … CRC(2).
            const qsizetype atBound = dialect == RfidDialect::Feig ? MaxFrame - 8 : MaxFrame - 7;
            RfidFrame big;
            big.command = 0xB0;
            big.status = 0;
            big.data = QByteArray(atBound, 'x');
            QCOMPARE(encodeFrame(dialect, big).size(), MaxFrame);
            RfidFrameParser parser(dialect, true);
            auto out = parser.feed(encodeFrame(dialect, big));
            QCOMPARE(out.frames.size(), 1);
            QCOMPARE(out.frames.first(), big);
            big.data += 'x';
            out = parser.feed(encodeFrame(dialect, big));
            QVERIFY(out.frames.isEmpty());
            QVERIFY(!out.problems.isEmpty());
            QVERIFY(out.problems.size() <= MaxProblemsPerFeed);
            QVERIFY(parser.pending() <= MaxFrame);
        }
    }

    void frameParserWorkStaysLinear()
    {
        // A FEIG advanced header announcing 4000 bytes, then noise whose every byte could start a
        // standard frame, fed a byte at a time as a serial line does, then a good frame. Each frame
        // start is checked once (re-checking all of them at every byte kept a core busy).
        QRandomGenerator random(7);
        QByteArray noise = QByteArray::fromHex("020FA0");
        while (noise.size() < 3900)
            noise.append(char(0x10 + random.bounded(0xE0)));
        RfidFrame answer;
        answer.command = 0xB0;
        answer.status = 0;
        answer.data = QByteArray::fromHex("0102030405");
        RfidFrameParser parser(RfidDialect::Feig, true);
        QElapsedTimer timer;
        timer.start();
        qsizetype problems = 0;
        for (const char c : noise) {
            const auto out = parser.feed(QByteArray(1, c));
            QVERIFY(out.frames.isEmpty() || out.frames.size() == 1);
            problems = std::max(problems, out.problems.size());
        }
        const auto out = parser.feed(encodeFrame(RfidDialect::Feig, answer));
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        QVERIFY(problems <= MaxProblemsPerFeed);
        QVERIFY(!out.frames.isEmpty());
        QCOMPARE(out.frames.last(), answer);
        // A megabyte of noise in one read: bounded work, problems told in a few lines, nothing kept.
        QByteArray flood(1024 * 1024, '\0');
        for (char& c : flood)
            c = char(random.bounded(256));
        timer.restart();
        const auto flooded = parser.feed(flood);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        QVERIFY(flooded.problems.size() <= MaxProblemsPerFeed);
        QVERIFY(parser.pending() <= MaxFrame);
    }

    void iso28560_3Vectors()
    {
        QCOMPARE(crc::ccittFalse("RFID tag data model"), quint16(0x1AEE));
        const QByteArray block =
            QByteArray::fromHex("110101313030303030303133360000000000003615444B3731383530300000000000");
        const TagData tag = decodeIso28560_3(block);
        QVERIFY2(tag.ok(), qPrintable(tag.problem));
        QCOMPARE(tag.model, TagModel::Iso28560_3);
        QCOMPARE(tag.barcode, QStringLiteral("1000000136"));
        QCOMPARE(tag.ownerIsil, QStringLiteral("DK-718500"));
        QCOMPARE(tag.usage, 1);
        QCOMPARE(tag.parts, 1);
        QCOMPARE(tag.part, 1);
        TagData same;
        same.barcode = QStringLiteral("1000000136");
        same.ownerIsil = QStringLiteral("DK-718500");
        same.usage = 1;
        QCOMPARE(encodeIso28560_3(same, 0).toHex(), QByteArray());
        QCOMPARE(encodeIso28560_3(same, 9).left(34), block);
        // The same block as a FEIG reader delivers it (each 4-byte block reversed): still read.
        QByteArray padded = block + QByteArray(2, '\0');
        QCOMPARE(decodeTag(reverseBlocks(padded)).barcode, QStringLiteral("1000000136"));
        // A bit flipped: the CRC catches it.
        QByteArray flipped = block;
        flipped[5] = char(flipped[5] ^ 0x01);
        QVERIFY(!decodeIso28560_3(flipped).ok());
        QVERIFY(decodeIso28560_3(flipped).problem.contains(QStringLiteral("CRC")));
    }

    void iso28560_2Vectors()
    {
        // ISO 28560-2 Annex C/D (protocols.md §2.4).
        QCOMPARE(encodeIsil(QStringLiteral("DE-Heu1")).toHex(' ').toUpper(), QByteArray("21 40 8E 16 BF 1F"));
        bool ok = false;
        QCOMPARE(decodeIsil(QByteArray::fromHex("21408E16BF1F"), &ok), QStringLiteral("DE-Heu1"));
        QVERIFY(ok);
        // Primary item identifier 123456789012 as an integer, with an (empty) offset.
        const QByteArray sets = QByteArray::fromHex("9100051CBE991A14") + QByteArray::fromHex("0201D0") +
                                QByteArray::fromHex("140204B3") + QByteArray(1, '\0');
        const TagData tag = decodeIso28560_2(sets);
        QVERIFY2(tag.ok(), qPrintable(tag.problem));
        QCOMPARE(tag.barcode, QStringLiteral("123456789012"));
        QCOMPARE(tag.parts, 12);
        QCOMPARE(tag.part, 3);
        // Shelf location QA268.L55 in 6-bit compaction (OID 6, scheme 4).
        const QByteArray shelf = QByteArray::fromHex("1105") + QByteArray::fromHex("0000000457") +
                                 QByteArray::fromHex("4607441CB6E2E335D6") + QByteArray(1, '\0');
        const TagData located = decodeIso28560_2(shelf);
        QVERIFY2(located.ok(), qPrintable(located.problem));
        QCOMPARE(located.barcode, QStringLiteral("1111"));
        QCOMPARE(located.shelfLocation, QStringLiteral("QA268.L55"));
        // Our encoder writes the same bytes for the location.
        TagData withShelf;
        withShelf.barcode = QStringLiteral("1111");
        withShelf.shelfLocation = QStringLiteral("QA268.L55");
        QVERIFY(encodeIso28560_2(withShelf).contains(QByteArray::fromHex("441CB6E2E335D6")));
        // Not starting with the item identifier, running past the end, bad data: refused with a reason.
        QVERIFY(!decodeIso28560_2(QByteArray::fromHex("0201D0")).ok());
        QVERIFY(!decodeIso28560_2(QByteArray::fromHex("1109313233")).ok());
        QVERIFY(!decodeIso28560_2(QByteArray::fromHex("2102FFFF00")).ok()); // numeric with F nibbles
    }

    void threeM501Vectors()
    {
        // dpavlin/Biblio-RFID t/05-RFID501.t
        QByteArray blocks = QByteArray("\x04\x11\x00\x00", 4) + "2009" + "0101" + "0123" + QByteArray(4, '\0') +
                            QByteArray::fromHex("FFFFFFFF7FFFFFFF") + QByteArray(4, '\0');
        TagData tag = decodeTag(blocks);
        QCOMPARE(tag.model, TagModel::ThreeM501);
        QCOMPARE(tag.barcode, QStringLiteral("200901010123"));
        QCOMPARE(tag.part, 1);
        QCOMPARE(tag.parts, 1);
        QCOMPARE(tag.usage, 0);
        blocks = QByteArray("\x04\x11\x00\x01", 4) + "1302" + "0037" + QByteArray("67\0\0", 4) + QByteArray(4, '\0') +
                 QByteArray(12, '\0');
        tag = decodeTag(blocks);
        QCOMPARE(tag.barcode, QStringLiteral("1302003767"));
        QCOMPARE(tag.usage, 1); // book
        // Blank 3M tag, blank tag.
        const QByteArray blank3m = QByteArray(24, '\x55') + QByteArray(4, '\0');
        QCOMPARE(decodeTag(blank3m).model, TagModel::Blank);
        QCOMPARE(decodeTag(QByteArray(112, '\0')).model, TagModel::Blank);
    }

    void roundTripsForEachModel_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<QString>("barcode");
        QTest::addColumn<QString>("isil");
        QTest::addColumn<int>("part");
        QTest::addColumn<int>("parts");
        const QList<std::tuple<QString, QString, int, int>> items = {
            {QStringLiteral("31042000000019"), QStringLiteral("FR-751052116"), 1, 1},
            {QStringLiteral("31042000000027"), QStringLiteral("FR-692662101"), 2, 3},
            {QStringLiteral("0012345"), QStringLiteral("DE-Heu1"), 1, 2},
            {QStringLiteral("BD-0042"), QString(), 1, 1},
            {QStringLiteral("1301234567"), QString(), 3, 3},
        };
        for (const int model : {int(TagModel::Iso28560_3), int(TagModel::Iso28560_2), int(TagModel::ThreeM501)})
            for (const auto& [barcode, isil, part, parts] : items)
                QTest::addRow("%s %s", qPrintable(tagModelName(TagModel(model))), qPrintable(barcode))
                    << model << barcode << (model == int(TagModel::ThreeM501) ? QString() : isil) << part << parts;
    }
    void roundTripsForEachModel()
    {
        QFETCH(int, model);
        QFETCH(QString, barcode);
        QFETCH(QString, isil);
        QFETCH(int, part);
        QFETCH(int, parts);
        TagData data;
        data.barcode = barcode;
        data.ownerIsil = isil;
        data.part = part;
        data.parts = parts;
        data.usage = 1;
        const QByteArray memory = encodeTag(TagModel(model), data);
        QCOMPARE(memory.size(), 112);
        const TagData read = decodeTag(memory, model == int(TagModel::Iso28560_2) ? 0x06 : 0);
        QVERIFY2(read.ok(), qPrintable(read.problem));
        QCOMPARE(int(read.model), model);
        QCOMPARE(read.barcode, barcode);
        QCOMPARE(read.ownerIsil, isil);
        QCOMPARE(read.part, part);
        QCOMPARE(read.parts, parts);
        // Without the DSFID hint, detection still finds the model.
        QCOMPARE(int(decodeTag(memory).model), model);
    }

    void corruptTagsSayWhy()
    {
        QVERIFY(!decodeTag({}).ok());
        QVERIFY(!decodeTag(QByteArray::fromHex("FFFFFFFF")).problem.isEmpty());
        TagData data;
        data.barcode = QStringLiteral("31042000000019");
        QByteArray memory = encodeIso28560_3(data);
        memory[20] = char(memory[20] ^ 0x10); // CRC damaged
        const TagData read = decodeTag(memory);
        QVERIFY(!read.ok());
        QVERIFY(!read.problem.isEmpty());
        // Parts out of range cannot be written.
        data.part = 3;
        data.parts = 2;
        QVERIFY(encodeIso28560_3(data).isEmpty());
        QVERIFY(encodeIso28560_2(data).isEmpty());
        QVERIFY(encodeThreeM501(data).isEmpty());
    }

    void setCheckFlagsMissingParts()
    {
        TagData one, three;
        one.model = three.model = TagModel::Iso28560_3;
        one.barcode = three.barcode = QStringLiteral("31042000000027");
        one.parts = three.parts = 3;
        one.part = 1;
        three.part = 3;
        TagData single;
        single.model = TagModel::Iso28560_3;
        single.barcode = QStringLiteral("31042000000019");
        const auto sets = checkSets({one, three, single});
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first().missing, QList<int>{2});
        QVERIFY(!sets.first().complete());
    }

    // A 28560-2 tag: identifier 123456789012 (integer), then set information as `setPrecursor`
    // (compaction and OID 4) with `setData`.
    static QByteArray iso28560_2WithSet(quint8 setPrecursor, const QByteArray& setData)
    {
        return QByteArray::fromHex("11051CBE991A14") + char(setPrecursor) + char(setData.size()) + setData +
               QByteArray(1, '\0');
    }

    void setSizeBoundedOnTags()
    {
        // 28560-2 set information "255001" (integer 0x03E419): 255 parts, the bound, is read.
        TagData tag = decodeIso28560_2(iso28560_2WithSet(0x14, QByteArray::fromHex("03E419")));
        QVERIFY2(tag.ok(), qPrintable(tag.problem));
        QCOMPARE(tag.parts, 255);
        QCOMPARE(tag.part, 1);
        // "256001": one beyond, a damaged tag, refused with a reason.
        tag = decodeIso28560_2(iso28560_2WithSet(0x14, QByteArray::fromHex("03E801")));
        QVERIFY(!tag.ok());
        QVERIFY2(tag.problem.contains(QStringLiteral("damaged")), qPrintable(tag.problem));
        // Two billion parts (numeric "2000000000" "0000000001"), and more than an int holds.
        for (const QByteArray& huge :
             {QByteArray::fromHex("20000000000000000001"), QByteArray::fromHex("99999999999999999999999999999901")}) {
            tag = decodeTag(iso28560_2WithSet(0x24, huge), 0x06);
            QVERIFY(!tag.ok());
            QVERIFY2(tag.problem.contains(QStringLiteral("damaged")), qPrintable(tag.problem));
            QVERIFY(tag.problem.size() < 200);
        }
        // 28560-3 stores the count in a byte: 255 parts is the most it can say, and is read.
        TagData box;
        box.barcode = QStringLiteral("31042000000027");
        box.parts = MaxSetParts;
        box.part = MaxSetParts;
        tag = decodeTag(encodeIso28560_3(box));
        QVERIFY2(tag.ok(), qPrintable(tag.problem));
        QCOMPARE(tag.parts, 255);
        box.parts = MaxSetParts + 1;
        QVERIFY(encodeIso28560_3(box).isEmpty());
    }

    void missingPartsAreCountedNotListed()
    {
        TagData first;
        first.model = TagModel::Iso28560_3;
        first.barcode = QStringLiteral("31042000000027");
        first.parts = MaxSetParts;
        first.part = 1;
        TagData last = first;
        last.part = MaxSetParts;
        // At the bound: 253 missing, the first 10 listed.
        auto sets = checkSets({first, last, first});
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first().missingCount, 253);
        QCOMPARE(sets.first().missing, (QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
        QCOMPARE(sets.first().present, (QList<int>{1, 255}));
        QVERIFY(!sets.first().complete());
        // A tag claiming more than a tag can (built by hand: decoders refuse it) is no set at all,
        // and costs nothing: two billion parts are not enumerated.
        TagData huge = first;
        huge.barcode = QStringLiteral("31042000000035");
        huge.parts = 2000000000;
        QElapsedTimer timer;
        timer.start();
        sets = checkSets({huge, first});
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first().barcode, first.barcode);
        huge.parts = MaxSetParts + 1;
        QCOMPARE(checkSets({huge}).size(), 0);
        // Fewer missing than the list can hold: all listed.
        TagData two = first;
        two.parts = 4;
        two.part = 2;
        sets = checkSets({two});
        QCOMPARE(sets.first().missingCount, 3);
        QCOMPARE(sets.first().missing, (QList<int>{1, 3, 4}));
    }

    void iso28560_2RoundTripKeepsTheLastCharacter_data()
    {
        QTest::addColumn<QString>("barcode");
        QTest::addColumn<QString>("title");
        // Defect D5 (found by fuzz_tag): a last character that reads as padding. 5-bit '_' (11111)
        // before a 1-bit pad; a 6-bit space filling the last byte (like the 100000 pad); 7-bit DEL.
        QTest::newRow("5-bit _") << QStringLiteral("HS_______^_") << QString();
        QTest::newRow("5-bit __") << QStringLiteral("D__") << QString();
        QTest::newRow("6-bit space") << QStringLiteral("A1B ") << QString();
        QTest::newRow("7-bit DEL") << QStringLiteral("31042000000019") << QStringLiteral("abcdefg\x7f");
        QTest::newRow("5-bit plain") << QStringLiteral("ABCDEFG") << QStringLiteral("LE PETIT PRINCE");
    }
    void iso28560_2RoundTripKeepsTheLastCharacter()
    {
        QFETCH(QString, barcode);
        QFETCH(QString, title);
        TagData data;
        data.barcode = barcode;
        data.title = title;
        const QByteArray memory = encodeIso28560_2(data);
        QVERIFY(!memory.isEmpty());
        const TagData back = decodeTag(memory, 0x06);
        QVERIFY2(back.ok(), qPrintable(back.problem));
        QCOMPARE(back.barcode, barcode);
        QCOMPARE(back.title, title);
    }

    void scannerFraming()
    {
        ScannerFraming framing;
        framing.prefix = "\x02";
        framing.suffix = "\r\n";
        framing.stripCodabar = true;
        ScannerFramer framer(framing);
        // Two codes in one read, one split across reads, Codabar start/stop stripped.
        auto pieces = framer.feed("\x02"
                                  "31042000000019\r\n\x02"
                                  "A31042000000027B\r",
                                  0);
        QCOMPARE(pieces.size(), 2);
        QCOMPARE(pieces[0].code, QStringLiteral("31042000000019"));
        QCOMPARE(pieces[1].code, QStringLiteral("31042000000027"));
        pieces = framer.feed("\n3104200", 10); // the LF left from a CR LF: nothing
        QVERIFY(pieces.isEmpty());
        pieces = framer.feed("0000035\r\n", 20);
        QCOMPARE(pieces.size(), 1);
        QCOMPARE(pieces[0].code, QStringLiteral("31042000000035"));
        // Line noise: reported, the next code still read.
        pieces = framer.feed(QByteArray::fromHex("FF00FE8012") + "\r" + "31042000000043\r", 30);
        QCOMPARE(pieces.size(), 2);
        QVERIFY(pieces[0].code.isEmpty());
        QVERIFY(!pieces[0].garbled.isEmpty());
        QCOMPARE(pieces[1].code, QStringLiteral("31042000000043"));
        // No suffix: a pause ends the code.
        ScannerFraming quiet;
        quiet.suffix.clear();
        quiet.interCharTimeoutMs = 50;
        ScannerFramer pauses(quiet);
        QVERIFY(pauses.feed("3104", 100).isEmpty());
        QVERIFY(pauses.feed("2000", 110).isEmpty());
        QVERIFY(pauses.poll(140).isEmpty());
        pieces = pauses.poll(170);
        QCOMPARE(pieces.size(), 1);
        QCOMPARE(pieces[0].code, QStringLiteral("31042000"));
        // 300 bytes without an end: dropped with a message.
        ScannerFramer endless;
        pieces = endless.feed(QByteArray(300, '7'), 0);
        QCOMPARE(pieces.size(), 1);
        QVERIFY(!pieces[0].garbled.isEmpty());
    }

    void scannerCodeLengthBounded()
    {
        // A code of MaxSerialCodeBytes is read; one byte more without an end is garbled.
        ScannerFramer framer;
        auto pieces = framer.feed(QByteArray(MaxSerialCodeBytes, '7') + "\r", 0);
        QCOMPARE(pieces.size(), 1);
        QCOMPARE(pieces[0].code.size(), MaxSerialCodeBytes);
        pieces = framer.feed(QByteArray(MaxSerialCodeBytes + 1, '7'), 0);
        QCOMPARE(pieces.size(), 1);
        QVERIFY(pieces[0].code.isEmpty());
        QVERIFY(!framer.waiting());
    }

    void wedgeBurstBounded()
    {
        using D = WedgeDetector::Decision;
        // A burst of MaxWedgeBurstKeys keys then Enter is a scan.
        WedgeDetector wedge;
        qint64 t = 1000;
        for (int i = 0; i < MaxWedgeBurstKeys; ++i)
            QCOMPARE(wedge.key(QStringLiteral("7"), false, t += 5).decision, D::Hold);
        QCOMPARE(wedge.key({}, true, t += 5).decision, D::Scan);
        QCOMPARE(wedge.code().size(), MaxWedgeBurstKeys);
        // One key more (a key held down, repeating fast): no code is that long. What was held is
        // handed back, and the burst's keys pass straight through until it ends; nothing is lost.
        t += 1000;
        QStringList typed;
        for (int i = 0; i < MaxWedgeBurstKeys; ++i)
            typed += wedge.key(QStringLiteral("a"), false, t += 5).replay;
        auto out = wedge.key(QStringLiteral("a"), false, t += 5);
        QCOMPARE(out.decision, D::Pass);
        QCOMPARE(out.replay.size(), MaxWedgeBurstKeys);
        QVERIFY(!wedge.holding());
        for (int i = 0; i < 1000; ++i) {
            out = wedge.key(QStringLiteral("a"), false, t += 5);
            QCOMPARE(out.decision, D::Pass);
            QVERIFY(!wedge.holding());
        }
        QCOMPARE(wedge.key({}, true, t += 5).decision, D::Pass); // its Enter is a person's too
        // The next burst is a scan again.
        t += 1000;
        for (const QChar c : QStringLiteral("31042000000019"))
            wedge.key(QString(c), false, t += 5);
        QCOMPARE(wedge.key({}, true, t += 5).decision, D::Scan);
        QCOMPARE(wedge.code(), QStringLiteral("31042000000019"));
    }

    void barcodeRulesBounded()
    {
        // A code longer than any label is not matched at all.
        const BarcodeRules any({{CodeKind::Crate, QStringLiteral(".*"), checkdigit::Algorithm::None}});
        QCOMPARE(any.classify(QString(MaxClassifiedCodeLength, u'7')).kind, CodeKind::Crate);
        QCOMPARE(any.classify(QString(MaxClassifiedCodeLength + 1, u'7')).kind, CodeKind::Unknown);
        // MaxRules rules are used; the one beyond is reported and matches nothing.
        QList<CodeRule> rules;
        for (int i = 0; i < MaxRules; ++i)
            rules.append({CodeKind::Item, QStringLiteral("R%1").arg(i), checkdigit::Algorithm::None});
        QVERIFY(BarcodeRules(rules).problem().isEmpty());
        QCOMPARE(BarcodeRules(rules).classify(QStringLiteral("R%1").arg(MaxRules - 1)).kind, CodeKind::Item);
        rules.append({CodeKind::Crate, QStringLiteral("LAST"), checkdigit::Algorithm::None});
        QVERIFY(!BarcodeRules(rules).problem().isEmpty());
        QCOMPARE(BarcodeRules(rules).classify(QStringLiteral("LAST")).kind, CodeKind::Unknown);
        // A pattern of MaxPatternLength characters is used; one longer is reported.
        const QString longest = QStringLiteral("A|") + QString(MaxPatternLength - 2, u'x');
        QVERIFY(BarcodeRules({{CodeKind::Item, longest, checkdigit::Algorithm::None}}).problem().isEmpty());
        QCOMPARE(
            BarcodeRules({{CodeKind::Item, longest, checkdigit::Algorithm::None}}).classify(QStringLiteral("A")).kind,
            CodeKind::Item);
        const BarcodeRules tooLong({{CodeKind::Item, longest + u'x', checkdigit::Algorithm::None}});
        QVERIFY(!tooLong.problem().isEmpty());
        QCOMPARE(tooLong.classify(QStringLiteral("A")).kind, CodeKind::Unknown);
    }

    void azertyDigitsMappedBack()
    {
        QCOMPARE(mapAzertyDigits(QStringLiteral("\"&à'éààààààà&ç")).value_or(QString()),
                 QStringLiteral("31042000000019"));
        QCOMPARE(mapAzertyDigits(QStringLiteral("&é\"'(-è_çà")).value_or(QString()), QStringLiteral("1234567890"));
        QVERIFY(!mapAzertyDigits(QStringLiteral("31042000000019")));
        QVERIFY(!mapAzertyDigits(QStringLiteral("Dupont")));
        QVERIFY(!mapAzertyDigits(QString()));
    }

    void wedgeDetectorTellsScannerFromPerson()
    {
        using D = WedgeDetector::Decision;
        WedgeDetector wedge;
        // A scanner: 14 characters 8 ms apart, then Enter.
        qint64 t = 1000;
        for (const QChar c : QStringLiteral("31042000000019")) {
            const auto out = wedge.key(QString(c), false, t);
            QCOMPARE(out.decision, D::Hold);
            QVERIFY(out.replay.isEmpty());
            t += 8;
        }
        auto out = wedge.key({}, true, t);
        QCOMPARE(out.decision, D::Scan);
        QCOMPARE(wedge.code(), QStringLiteral("31042000000019"));
        // A person: 150 ms between keys. Each key is held briefly, then handed back.
        t += 2000;
        QStringList typed;
        for (const QChar c : QStringLiteral("dupont")) {
            out = wedge.key(QString(c), false, t);
            typed += out.replay;
            t += 150;
            typed += wedge.timeout(t - 100); // the filter's timer fires after the gap
        }
        out = wedge.key({}, true, t);
        typed += out.replay;
        QCOMPARE(out.decision, D::Pass);
        QCOMPARE(typed.join(QString()), QStringLiteral("dupont"));
        // A short fast burst (a person's double key) is not a scan.
        t += 1000;
        wedge.key(QStringLiteral("o"), false, t);
        wedge.key(QStringLiteral("k"), false, t + 5);
        out = wedge.key({}, true, t + 10);
        QCOMPARE(out.decision, D::Pass);
        QCOMPARE(out.replay, (QStringList{QStringLiteral("o"), QStringLiteral("k")}));
        // A QWERTY-configured scanner on an AZERTY desk.
        t += 1000;
        for (const QChar c : QStringLiteral("\"&à'éààààààà&ç"))
            wedge.key(QString(c), false, t += 5);
        QCOMPARE(wedge.key({}, true, t + 5).decision, D::Scan);
        QCOMPARE(wedge.code(), QStringLiteral("31042000000019"));
        // A burst interrupted by a pause: handed back, nothing lost.
        t += 1000;
        wedge.key(QStringLiteral("1"), false, t);
        wedge.key(QStringLiteral("2"), false, t + 5);
        out = wedge.key(QStringLiteral("3"), false, t + 500);
        QCOMPARE(out.replay, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(out.decision, D::Hold);
    }

    void barcodeRules()
    {
        const BarcodeRules rules = BarcodeRules::defaults();
        QCOMPARE(rules.classify(QStringLiteral("30234000517861")).kind, CodeKind::Item);
        QVERIFY(!rules.classify(QStringLiteral("30234000517861")).checkDigitFailed);
        QVERIFY(rules.classify(QStringLiteral("30234000517862")).checkDigitFailed);
        QCOMPARE(rules.classify(QStringLiteral("23191000105864")).kind, CodeKind::PatronCard);
        QCOMPARE(rules.classify(QStringLiteral("BAC-12")).kind, CodeKind::Crate);
        QCOMPARE(rules.classify(QStringLiteral("CC42")).kind, CodeKind::Order);
        QCOMPARE(rules.classify(QStringLiteral("9782070612758")).kind, CodeKind::Unknown);
        // Another network: 3-1 weighted items (Follett-style), EAN-13 books; through JSON and back.
        const BarcodeRules other({{CodeKind::Item, QStringLiteral("3[0-9]{13}"), checkdigit::Algorithm::Weight31},
                                  {CodeKind::Item, QStringLiteral("97[89][0-9]{10}"), checkdigit::Algorithm::Ean13}});
        const BarcodeRules reloaded = BarcodeRules::fromJson(other.toJson());
        QCOMPARE(reloaded.rules().size(), 2);
        QVERIFY(!reloaded.classify(QStringLiteral("35555000012349")).checkDigitFailed);
        QVERIFY(reloaded.classify(QStringLiteral("30234000517861")).checkDigitFailed);
        QVERIFY(!reloaded.classify(QStringLiteral("9782070612758")).checkDigitFailed);
        QCOMPARE(reloaded.classify(QStringLiteral("9782070612758")).check, checkdigit::Algorithm::Ean13);
        // A broken pattern is reported, not a crash; it matches nothing.
        const BarcodeRules broken({{CodeKind::Item, QStringLiteral("3[0-9"), checkdigit::Algorithm::None}});
        QVERIFY(!broken.problem().isEmpty());
        QCOMPARE(broken.classify(QStringLiteral("3")).kind, CodeKind::Unknown);
    }

    void deviceConfigRoundTrip()
    {
        QCOMPARE(unescapeBytes(QStringLiteral("\\x02ab\\r\\n\\t\\\\\\q\\xZZ")), QByteArray("\x02"
                                                                                           "ab\r\n\t\\\\q\\xZZ"));
        QCOMPARE(escapeBytes(QByteArray("\x02"
                                        "A\r\n\x7F")),
                 QStringLiteral("\\x02A\\r\\n\\x7F"));
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("comptoir.ini")));
        DeviceConfig config = DeviceConfig::load(settings);
        QVERIFY(config.scannerLine.port.isEmpty());
        QCOMPARE(config.scannerFraming.suffix, QByteArray("\r"));
        QCOMPARE(config.pad.afiLeaving, quint8(0xC2));
        QCOMPARE(config.pad.afiSecured, quint8(0x07));
        QCOMPARE(config.rules.rules().size(), BarcodeRules::defaults().rules().size());
        config.scannerLine.port = QStringLiteral("/dev/ttyUSB0");
        config.scannerLine.baud = 115200;
        config.scannerLine.parity = QSerialPort::EvenParity;
        config.scannerFraming.prefix = "\x02";
        config.scannerFraming.suffix = "\r\n";
        config.scannerFraming.stripCodabar = true;
        config.pad.line.port = QStringLiteral("/dev/ttyS1");
        config.pad.dialect = RfidDialect::ThreeM;
        config.pad.afiLeaving = 0xD7;
        config.pad.afiSecured = 0xDA;
        config.ownIsil = QStringLiteral("FR-751052116");
        config.rules = BarcodeRules({{CodeKind::Item, QStringLiteral("[0-9]{8}"), checkdigit::Algorithm::None}});
        config.save(settings);
        const DeviceConfig back = DeviceConfig::load(settings);
        QCOMPARE(back.scannerLine.port, config.scannerLine.port);
        QCOMPARE(back.scannerLine.baud, 115200);
        QCOMPARE(back.scannerLine.parity, QSerialPort::EvenParity);
        QCOMPARE(back.scannerFraming.prefix, QByteArray("\x02"));
        QCOMPARE(back.scannerFraming.suffix, QByteArray("\r\n"));
        QVERIFY(back.scannerFraming.stripCodabar);
        QCOMPARE(back.pad.dialect, RfidDialect::ThreeM);
        QCOMPARE(back.pad.line.parity, QSerialPort::NoParity);
        QCOMPARE(back.pad.afiLeaving, quint8(0xD7));
        QCOMPARE(back.pad.afiSecured, quint8(0xDA));
        QCOMPARE(back.ownIsil, QStringLiteral("FR-751052116"));
        QCOMPARE(back.rules.classify(QStringLiteral("12345678")).kind, CodeKind::Item);
    }

    void streamWarnsOnCheckDigitAndLetsStaffOverride()
    {
        test::MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc()));
        ScanStream stream(clock);
        QSignalSpy scanned(&stream, &ScanStream::scanned);
        QSignalSpy held(&stream, &ScanStream::heldBack);
        stream.submit(QStringLiteral("  30234000517861 "), ScanSource::SerialScanner);
        QCOMPARE(scanned.size(), 1);
        auto event = scanned.takeFirst().first().value<ScanEvent>();
        QCOMPARE(event.code, QStringLiteral("30234000517861"));
        QCOMPARE(event.kind, CodeKind::Item);
        QCOMPARE(event.source, ScanSource::SerialScanner);
        // A wrong check digit: held back with a warning, then passed on when scanned again.
        stream.submit(QStringLiteral("30234000517862"), ScanSource::KeyboardWedge);
        QCOMPARE(held.size(), 1);
        QCOMPARE(scanned.size(), 0);
        stream.submit(QStringLiteral("30234000517862"), ScanSource::KeyboardWedge);
        QCOMPARE(scanned.size(), 1);
        event = scanned.takeFirst().first().value<ScanEvent>();
        QVERIFY(event.checkDigitFailed);
        QVERIFY(event.confirmed);
        // …or confirmed from the keyboard; a second scan long after is a new warning.
        stream.submit(QStringLiteral("30234000517863"), ScanSource::Field);
        QVERIFY(stream.confirm());
        QCOMPARE(scanned.size(), 1);
        scanned.clear();
        QVERIFY(!stream.confirm());
        stream.submit(QStringLiteral("30234000517864"), ScanSource::Field);
        clock.advance(60000);
        stream.submit(QStringLiteral("30234000517864"), ScanSource::Field);
        QCOMPARE(held.size(), 4);
        QCOMPARE(scanned.size(), 0);
        // An RFID box with a part missing: held back too.
        TagData box;
        box.model = TagModel::Iso28560_3;
        box.barcode = QStringLiteral("30234000517861");
        box.parts = 2;
        stream.submitTag(box, QByteArray::fromHex("E004010000000101"), {2});
        QCOMPARE(held.size(), 5);
        QVERIFY(stream.confirm());
        event = scanned.takeFirst().first().value<ScanEvent>();
        QCOMPARE(event.missingParts, QList<int>{2});
        QCOMPARE(event.source, ScanSource::Rfid);
        QVERIFY(event.tag.has_value());
        // Blank codes are ignored.
        stream.submit(QStringLiteral("   "), ScanSource::Field);
        QCOMPARE(scanned.size(), 0);
    }

    // A pattern matches the whole code, never a valid code inside a longer one.
    void barcodeRulesMatchWholeCodesOnly()
    {
        const BarcodeRules rules = BarcodeRules::defaults();
        QCOMPARE(rules.classify(QStringLiteral("30234000517861")).kind, CodeKind::Item);
        for (const char* longer : {"302340005178612", "130234000517861", "X30234000517861", "30234000517861-",
                                   "230234000517861", "BAC-12X", "XBAC-12", "CC42A", "ACC42"})
            QVERIFY2(rules.classify(QString::fromLatin1(longer)).kind == CodeKind::Unknown, longer);
        const BarcodeRules eight({{CodeKind::Item, QStringLiteral("[0-9]{8}"), checkdigit::Algorithm::None}});
        QCOMPARE(eight.classify(QStringLiteral("12345678")).kind, CodeKind::Item);
        QCOMPARE(eight.classify(QStringLiteral("123456789")).kind, CodeKind::Unknown);
        QCOMPARE(eight.classify(QStringLiteral("1234567")).kind, CodeKind::Unknown);
        // An alternation is anchored as a whole, not only its first and last branch.
        const BarcodeRules either(
            {{CodeKind::Crate, QStringLiteral("BAC[0-9]+|NAV[0-9]+"), checkdigit::Algorithm::None}});
        QCOMPARE(either.classify(QStringLiteral("NAV12")).kind, CodeKind::Crate);
        QCOMPARE(either.classify(QStringLiteral("BAC12X")).kind, CodeKind::Unknown);
        QCOMPARE(either.classify(QStringLiteral("XNAV12")).kind, CodeKind::Unknown);
    }

    // People type a key every 50 to 150 ms; scanners every few ms. More than 45 ms between two
    // keys (the default, in the detector, the device settings and the settings file) is a person.
    void wedgeThresholdIs45Milliseconds()
    {
        using D = WedgeDetector::Decision;
        QCOMPARE(WedgeDetector().tuning().maxGapMs, 45);
        QCOMPARE(WedgeDetector::Tuning().maxGapMs, 45);
        QCOMPARE(DeviceConfig().wedgeGapMs, 45);
        QCOMPARE(settings::WedgeGapMs.defaultValue, 45);
        QTemporaryDir dir;
        const Settings fresh(dir.filePath(QStringLiteral("comptoir.ini")));
        QCOMPARE(fresh.value(settings::WedgeGapMs), 45);
        QCOMPARE(DeviceConfig::load(fresh).wedgeGapMs, 45);

        // Types "dupont" then Enter, `gap` ms between keys: what the widget gets, and the last decision.
        const auto type = [](int gap) {
            WedgeDetector wedge;
            qint64 t = 10000;
            QStringList typed;
            for (const QChar c : QStringLiteral("dupont")) {
                const auto out = wedge.key(QString(c), false, t);
                typed += out.replay;
                t += gap;
            }
            const auto out = wedge.key({}, true, t);
            typed += out.replay;
            return std::make_pair(typed.join(QString()), out.decision);
        };
        for (const int gap : {46, 50, 60, 75, 90, 100, 120, 150}) {
            const auto [typed, decision] = type(gap);
            QVERIFY2(decision == D::Pass, qPrintable(QStringLiteral("a key every %1 ms read as a scan").arg(gap)));
            QCOMPARE(typed, QStringLiteral("dupont"));
        }
        for (const int gap : {1, 8, 20, 30, 45}) {
            const auto [typed, decision] = type(gap);
            QVERIFY2(decision == D::Scan, qPrintable(QStringLiteral("a key every %1 ms not read as a scan").arg(gap)));
            QVERIFY(typed.isEmpty());
        }
        // The limit comes from the tuning when one is given.
        WedgeDetector slow(WedgeDetector::Tuning{100, 4});
        for (int i = 0; i < 6; ++i)
            QCOMPARE(slow.key(QStringLiteral("7"), false, 1000 + i * 90).decision, D::Hold);
        QCOMPARE(slow.key({}, true, 1000 + 6 * 90).decision, D::Scan);
        QCOMPARE(slow.code(), QStringLiteral("777777"));
        // Burst length: four keys and Enter are a scan, three are not.
        WedgeDetector lengths;
        for (int i = 0; i < 4; ++i)
            lengths.key(QString::number(i), false, 5000 + i * 5);
        QCOMPARE(lengths.key({}, true, 5020).decision, D::Scan);
        QCOMPARE(lengths.code(), QStringLiteral("0123"));
        for (int i = 0; i < 3; ++i)
            lengths.key(QString::number(i), false, 6000 + i * 5);
        const auto three = lengths.key({}, true, 6015);
        QCOMPARE(three.decision, D::Pass);
        QCOMPARE(three.replay, (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
        // What the device settings hold is what the filter is built with, within 10 to 200 ms.
        Settings stored(dir.filePath(QStringLiteral("other.ini")));
        DeviceConfig config;
        config.wedgeGapMs = 30;
        config.save(stored);
        QCOMPARE(DeviceConfig::load(stored).wedgeGapMs, 30);
        stored.setValue(settings::WedgeGapMs, 5000);
        QCOMPARE(DeviceConfig::load(stored).wedgeGapMs, 200);
        stored.setValue(settings::WedgeGapMs, 0);
        QCOMPARE(DeviceConfig::load(stored).wedgeGapMs, 10);
    }
};

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
