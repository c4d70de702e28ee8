#include "demo/TrainingLibrary.h"
#include "desk/CallNumber.h"
#include "desk/PullList.h"
#include "sandbox/BenchData.h"
#include "sandbox/NetworkGenerator.h"
#include "store/CacheStore.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace comptoir;
using namespace comptoir::desk;

// Call numbers in the order a librarian walks the shelves: the table below is that order.
class TestShelfOrder : public QObject
{
    Q_OBJECT

    static QStringList expected()
    {
        return {
            // Documentaires: Dewey, numerically, decimals as decimals, then the Cutter letters
            // or the Cutter–Sanborn number.
            QStringLiteral("004 DUP"),
            QStringLiteral("004.16 MAR"),
            QStringLiteral("004.678 LEF"),
            QStringLiteral("005.1 GAR"),
            QStringLiteral("005.133 PYT"),
            QStringLiteral("006.3 NGU"),
            QStringLiteral("006.7 WEB"),
            QStringLiteral("020 BIB"),
            QStringLiteral("028.5 BON"),
            QStringLiteral("070.4 CHE"),
            QStringLiteral("100 PHI"),
            QStringLiteral("133.5 AST"),
            QStringLiteral("150 FRE"),
            QStringLiteral("152.4 GOL"),
            QStringLiteral("155.4 DOL"),
            QStringLiteral("158.1 AND"),
            QStringLiteral("158.1 ANDRÉ"),
            QStringLiteral("158.12 BAS"),
            QStringLiteral("170 COM"),
            QStringLiteral("194 SAR"),
            QStringLiteral("200 REL"),
            QStringLiteral("220.5 BIB"),
            QStringLiteral("297 ISL"),
            QStringLiteral("300 SOC"),
            QStringLiteral("301 DUR"),
            QStringLiteral("305.4 BEA"),
            QStringLiteral("306.85 FAM"),
            QStringLiteral("320.944 ROS"),
            QStringLiteral("330 ECO"),
            QStringLiteral("332.024 BUD"),
            QStringLiteral("338.927 LAT"),
            QStringLiteral("349.44 DRO"),
            QStringLiteral("362.4 HAN"),
            QStringLiteral("363.7 ENV"),
            QStringLiteral("364.1 CRI"),
            QStringLiteral("370 EDU"),
            QStringLiteral("372.21 MON"),
            QStringLiteral("394.26 NOE"),
            QStringLiteral("398.2 CON"),
            QStringLiteral("398.2 PER"),
            QStringLiteral("398.20944 CON"),
            QStringLiteral("398.21 GRI"),
            QStringLiteral("400 LAN"),
            QStringLiteral("420 ANG"),
            QStringLiteral("428 ANG"),
            QStringLiteral("440 GRE"),
            QStringLiteral("443 LAR"),
            QStringLiteral("448.2 BES"),
            QStringLiteral("500 SCI"),
            QStringLiteral("510 MAT"),
            QStringLiteral("520 AST"),
            QStringLiteral("523.1 HAW"),
            QStringLiteral("530 EIN"),
            QStringLiteral("540 CHI"),
            QStringLiteral("551.2 VOL"),
            QStringLiteral("567.9 DIN"),
            QStringLiteral("576.8 DAR"),
            QStringLiteral("580 BOT"),
            QStringLiteral("590 ANI"),
            QStringLiteral("591.5 ANI"),
            QStringLiteral("598 OIS"),
            QStringLiteral("599.9 COP"),
            QStringLiteral("610 MED"),
            QStringLiteral("612.6 BEB"),
            QStringLiteral("613.2 NUT"),
            QStringLiteral("616.89 FRE"),
            QStringLiteral("618.92 PED"),
            QStringLiteral("630 AGR"),
            QStringLiteral("635 JAR"),
            QStringLiteral("635.9 FLE"),
            QStringLiteral("636.7 CHI"),
            QStringLiteral("641.5 BOC"),
            QStringLiteral("641.5 BOC T.2"),
            QStringLiteral("641.5 BOC T.10"),
            QStringLiteral("641.59 CUI"),
            QStringLiteral("641.594 ITA"),
            QStringLiteral("641.6 LEG"),
            QStringLiteral("641.86 PAT"),
            QStringLiteral("646.2 COU"),
            QStringLiteral("649.1 PAR"),
            QStringLiteral("658.4 MAN"),
            QStringLiteral("690 BRI"),
            QStringLiteral("700 ART"),
            QStringLiteral("709.04 ART"),
            QStringLiteral("720 ARC"),
            QStringLiteral("741.5 MCC"),
            QStringLiteral("745.5 BRI"),
            QStringLiteral("746.43 TRI"),
            QStringLiteral("750 PEI"),
            QStringLiteral("759.4 MON"),
            QStringLiteral("759.5 VIN"),
            QStringLiteral("770 PHO"),
            QStringLiteral("780 MUS"),
            QStringLiteral("781.64 ROC"),
            QStringLiteral("782.1 OPE"),
            QStringLiteral("791.43 GOD"),
            QStringLiteral("791.43 KUR"),
            QStringLiteral("791.4372 TRU"),
            QStringLiteral("792.8 DAN"),
            QStringLiteral("793.7 JEU"),
            QStringLiteral("794.8 JEU"),
            QStringLiteral("796.334 FOO"),
            QStringLiteral("796.522 MON"),
            QStringLiteral("799.1 PEC"),
            QStringLiteral("800 LIT"),
            QStringLiteral("808.1 POE"),
            QStringLiteral("809 HIS"),
            QStringLiteral("841 BAU"),
            QStringLiteral("841.914 PRE"),
            QStringLiteral("842 MOL"),
            QStringLiteral("843 BAL"),
            QStringLiteral("843.7 FLA"),
            QStringLiteral("843.9 ZOL"),
            QStringLiteral("843.912 PRO"),
            QStringLiteral("843.914 CAM"),
            QStringLiteral("843.914 D113"), // Cutter–Sanborn: the digits are decimals, .113 < .12 < .9 < .94
            QStringLiteral("843.914 D12"),
            QStringLiteral("843.914 D9"),
            QStringLiteral("843.914 D94"),
            QStringLiteral("843.914 D94 A"),
            QStringLiteral("843.914 MOD"),
            QStringLiteral("843.914 ŒUV"), // OEUV, after MOD
            QStringLiteral("843.92 ERN"),
            QStringLiteral("848 JOU"),
            QStringLiteral("891.73 TOL"),
            QStringLiteral("900 HIS"),
            QStringLiteral("909 MON"),
            QStringLiteral("910.4 VOY"),
            QStringLiteral("914.4 FRA"),
            QStringLiteral("914.436 PAR"),
            QStringLiteral("915.2 JAP"),
            QStringLiteral("916 AFR"),
            QStringLiteral("917.3 USA"),
            QStringLiteral("920 BIO"),
            QStringLiteral("940.3 GRA"),
            QStringLiteral("940.53 SHO"),
            QStringLiteral("944 HIS"),
            QStringLiteral("944.04 REV"),
            QStringLiteral("944.081 COM"),
            QStringLiteral("944.083 GAU"),
            QStringLiteral("944.1 BRE"),
            QStringLiteral("944.36 PAR"),
            QStringLiteral("945 ITA"),
            QStringLiteral("946 ESP"),
            QStringLiteral("956.94 ISR"),
            QStringLiteral("973 USA"),
            QStringLiteral("2019 ANN"),
            // Comics, volumes as numbers.
            QStringLiteral("BD ASTÉRIX"),
            QStringLiteral("BD BLA T.1"),
            QStringLiteral("BD BLA T.20"),
            QStringLiteral("BD GOS"),
            QStringLiteral("BD HER"),
            QStringLiteral("BD HER T.2"),
            QStringLiteral("BD HER T.3"),
            QStringLiteral("BD HER T.10"),
            QStringLiteral("BD HER T.24"),
            QStringLiteral("BD HERGÉ"),
            QStringLiteral("BD JUI"),
            QStringLiteral("BD LUC T.1"),
            QStringLiteral("BD LUC T.8"),
            QStringLiteral("BD LUC T.71"),
            QStringLiteral("BD SAT T.1"),
            QStringLiteral("BD SAT T.2"),
            QStringLiteral("BD SFA"),
            QStringLiteral("BD SPI T.4"),
            QStringLiteral("BD TAR"),
            QStringLiteral("BD TAR T.9"),
            QStringLiteral("BD TAR T.11"),
            QStringLiteral("BD YOU"),
            // Music by PCDM4 class.
            QStringLiteral("CD 0.4 WOR"),
            QStringLiteral("CD 1.1 BEA"),
            QStringLiteral("CD 1.1 ROL"),
            QStringLiteral("CD 1.11 BLU"),
            QStringLiteral("CD 1.2 DYL"),
            QStringLiteral("CD 1.6 NTM"),
            QStringLiteral("CD 2.1 BRE"),
            QStringLiteral("CD 2.1 BRE VOL.2"),
            QStringLiteral("CD 2.1 PIA"),
            QStringLiteral("CD 2.4 STR"),
            QStringLiteral("CD 3.1 BAC"),
            QStringLiteral("CD 3.21 MOZ"),
            QStringLiteral("CD 3.3 DEB"),
            QStringLiteral("CD 4.2 BAN"),
            QStringLiteral("CD 5 JAZ"),
            QStringLiteral("CD 6.4 KEI"),
            QStringLiteral("CD 8.1 ENF"),
            QStringLiteral("CD 9.2 SON"),
            QStringLiteral("CD 10.2 FIL"),
            // Films.
            QStringLiteral("DVD 791.43 VAR"),
            QStringLiteral("DVD A MIY"),
            QStringLiteral("DVD D BAR"),
            QStringLiteral("DVD F CHA"),
            QStringLiteral("DVD F GOD"),
            QStringLiteral("DVD F KUR"),
            QStringLiteral("DVD F TRU"),
            QStringLiteral("DVD J PIX"),
            QStringLiteral("DVD S KAA S.1"),
            QStringLiteral("DVD S KAA S.2"),
            QStringLiteral("DVD S KAA S.10"),
            // Local collection.
            QStringLiteral("FL 914.436 PAR"),
            QStringLiteral("FL 944.36 HIS"),
            // Young readers: documentaires jeunesse, albums, tales, comics, novels.
            QStringLiteral("J 500 SCI"),
            QStringLiteral("J 520 ESP"),
            QStringLiteral("J 567.9 DIN"),
            QStringLiteral("J 590 ANI"),
            QStringLiteral("J 599.75 LIO"),
            QStringLiteral("J 629.2 VOI"),
            QStringLiteral("J 741.5 DES"),
            QStringLiteral("J 843 PON"),
            QStringLiteral("J 944 HIS"),
            QStringLiteral("J A BRU"),
            QStringLiteral("J A PON"),
            QStringLiteral("J A PONTI"),
            QStringLiteral("J A SOL"),
            QStringLiteral("J C CON"),
            QStringLiteral("J C GRI"),
            QStringLiteral("J P POM"),
            QStringLiteral("JBD ASTÉRIX T.1"),
            QStringLiteral("JBD ASTÉRIX T.12"),
            QStringLiteral("JBD TIN"),
            QStringLiteral("JBD TIN T.3"),
            QStringLiteral("JR BRI"),
            QStringLiteral("JR RIO"),
            QStringLiteral("JR RIO T.2"),
            QStringLiteral("JR RIO T.10"),
            QStringLiteral("JR ROW T.1"),
            // Large print, audiobooks, manga, adult fiction, crime fiction, then free forms.
            QStringLiteral("LP 944 HIS"),
            QStringLiteral("LP R DUR"),
            QStringLiteral("LP R MUS"),
            QStringLiteral("LS 843 HUG"),
            QStringLiteral("LS R DUM"),
            QStringLiteral("MAN NAR T.1"),
            QStringLiteral("MAN NAR T.2"),
            QStringLiteral("MAN NAR T.10"),
            QStringLiteral("MAN ONE T.100"),
            QStringLiteral("R AME"),
            QStringLiteral("R BAL"),
            QStringLiteral("R DUR"),
            QStringLiteral("R DUR T.2"),
            QStringLiteral("R ÉCH"),
            QStringLiteral("R FER"),
            QStringLiteral("R LEM"),
            QStringLiteral("R MOD"),
            QStringLiteral("R MOD 2"),
            QStringLiteral("R NOT"),
            QStringLiteral("R OBA"),
            QStringLiteral("R ODI"),
            QStringLiteral("R ŒIL"), // OEIL: after ODI, before OFF
            QStringLiteral("R OFF"),
            QStringLiteral("R PEN"),
            QStringLiteral("R SIM"),
            QStringLiteral("R SIMENON"),
            QStringLiteral("R ZOL"),
            QStringLiteral("Réserve 12"), // RESERVE: between R and RP
            QStringLiteral("Réserve 101"),
            QStringLiteral("RP ALB"),
            QStringLiteral("RP CHR"),
            QStringLiteral("RP SIM T.1"),
            QStringLiteral("RP SIM T.2"),
            QStringLiteral("RP VAR"),
            QStringLiteral("SF ASI"),
            QStringLiteral("SF ASI T.2"),
            QStringLiteral("SF DIC"),
            QStringLiteral("SF HER"),
            QStringLiteral("TH MOL"),
        };
    }

private Q_SLOTS:
    // What the header promises about the code, over the whole table: shelfKey's plain byte order
    // is shelf order (the pull list sorts 10^5 keys with memcmp), compareShelf agrees with it, and
    // the order is total (two different texts never compare equal, even when their keys do).
    void keysGiveTheWalkingOrderAndTheOrderIsTotal()
    {
        const QStringList order = expected();
        QVERIFY(order.size() >= 250);
        for (int i = 0; i + 1 < order.size(); ++i) {
            const QByteArray a = shelfKey(order[i]);
            const QByteArray b = shelfKey(order[i + 1]);
            QVERIFY2(std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                                  [](char x, char y) { return quint8(x) < quint8(y); }),
                     qPrintable(order[i] + QStringLiteral(" / ") + order[i + 1]));
            QCOMPARE(compareShelf(order[i], order[i + 1]), -1);
            QCOMPARE(compareShelf(order[i + 1], order[i]), 1);
        }
        // Same key, different text: still ordered, both ways round.
        QCOMPARE(shelfKey(QStringLiteral("BD-HER")), shelfKey(QStringLiteral("BD HER")));
        QVERIFY(compareShelf(QStringLiteral("BD-HER"), QStringLiteral("BD HER")) != 0);
        QCOMPARE(compareShelf(QStringLiteral("BD-HER"), QStringLiteral("BD HER")),
                 -compareShelf(QStringLiteral("BD HER"), QStringLiteral("BD-HER")));
        QCOMPARE(compareShelf(QStringLiteral("R SIM"), QStringLiteral("R SIM")), 0);
    }

    void sortingGivesTheWalkingOrder()
    {
        const QStringList order = expected();
        for (int round = 0; round < 5; ++round) {
            QStringList shuffled = order;
            std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
            std::sort(shuffled.begin(), shuffled.end(),
                      [](const QString& a, const QString& b) { return compareShelf(a, b) < 0; });
            for (int i = 0; i < order.size(); ++i)
                QVERIFY2(shuffled[i] == order[i],
                         qPrintable(QStringLiteral("position %1: %2, expected %3").arg(i).arg(shuffled[i], order[i])));
        }
    }

    void pairs_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("volumes") << QStringLiteral("T.2") << QStringLiteral("T.10");
        QTest::newRow("decimal") << QStringLiteral("843.914") << QStringLiteral("843.92");          // not: 92 < 914
        QTest::newRow("trailing zeros") << QStringLiteral("843.10 A") << QStringLiteral("843.1 B"); // 843.10 = 843.1
        QTest::newRow("decimal comma") << QStringLiteral("CD 2,45") << QStringLiteral("CD 2,5");
        QTest::newRow("pcdm4") << QStringLiteral("CD 2.1") << QStringLiteral("CD 10.2");
        QTest::newRow("class before subclass") << QStringLiteral("843 BAL") << QStringLiteral("843.1 AAA");
        QTest::newRow("prefix before longer") << QStringLiteral("R") << QStringLiteral("RP");
        QTest::newRow("case") << QStringLiteral("r sim") << QStringLiteral("R SIMENON");
        QTest::newRow("accents") << QStringLiteral("R ECH") << QStringLiteral("R ÉCHE");
        QTest::newRow("leading zeros") << QStringLiteral("004") << QStringLiteral("04.5");
        QTest::newRow("punctuation") << QStringLiteral("BD-HER") << QStringLiteral("BD HER T.1");
        // Ligatures file as two letters: ŒUVRE as OEUVRE (not OUVRE), ÆSOPE as AESOPE.
        QTest::newRow("oe after ob") << QStringLiteral("R OBE") << QStringLiteral("R ŒUVRES");
        QTest::newRow("oe before of") << QStringLiteral("R ŒUVRES") << QStringLiteral("R OFF");
        QTest::newRow("small oe") << QStringLiteral("843 cœur") << QStringLiteral("843 COF");
        QTest::newRow("ae before af") << QStringLiteral("J 398.2 ÆSOPE") << QStringLiteral("J 398.2 AF");
        QTest::newRow("ae after ad") << QStringLiteral("J 398.2 ADA") << QStringLiteral("J 398.2 æsope");
        // Cutter–Sanborn numbers after a class number are decimal fractions.
        QTest::newRow("cutter decimal") << QStringLiteral("843.914 D113") << QStringLiteral("843.914 D94");
        QTest::newRow("cutter shorter") << QStringLiteral("843.914 D9") << QStringLiteral("843.914 D94");
        QTest::newRow("cutter 12 vs 9") << QStringLiteral("843.914 D12") << QStringLiteral("843.914 D9");
        QTest::newRow("cutter two letters") << QStringLiteral("944.36 Pa13") << QStringLiteral("944.36 Pa2");
        QTest::newRow("cutter dot") << QStringLiteral("QA76.73 .C153") << QStringLiteral("QA76.73 .C2");
        QTest::newRow("cutter in class J") << QStringLiteral("J 843 D113") << QStringLiteral("J 843 D94");
        QTest::newRow("cutter then work mark") << QStringLiteral("843.914 D94") << QStringLiteral("843.914 D94 b");
        // Letters then digits elsewhere are volumes or seasons written without a dot: whole numbers.
        QTest::newRow("volume no dot") << QStringLiteral("BD HER T2") << QStringLiteral("BD HER T10");
        QTest::newRow("season no dot") << QStringLiteral("DVD S KAA S2") << QStringLiteral("DVD S KAA S10");
        QTest::newRow("fiction mark") << QStringLiteral("R DUR T9") << QStringLiteral("R DUR T12");
    }

    void pairs()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QVERIFY2(compareShelf(before, after) < 0, qPrintable(before + QStringLiteral(" / ") + after));
        QVERIFY(compareShelf(after, before) > 0);
    }

    // A ligature and its two letters are the same on the shelf, in either case.
    void ligaturesAreTwoLetters_data()
    {
        QTest::addColumn<QString>("ligature");
        QTest::addColumn<QString>("letters");
        QTest::newRow("OE") << QStringLiteral("R ŒUVRE") << QStringLiteral("R OEUVRE");
        QTest::newRow("oe") << QStringLiteral("843 cœur") << QStringLiteral("843 COEUR");
        QTest::newRow("AE") << QStringLiteral("J 398.2 ÆSOPE") << QStringLiteral("J 398.2 AESOPE");
        QTest::newRow("ae") << QStringLiteral("BD lætitia") << QStringLiteral("BD LAETITIA");
    }

    void ligaturesAreTwoLetters()
    {
        QFETCH(QString, ligature);
        QFETCH(QString, letters);
        QCOMPARE(shelfKey(ligature), shelfKey(letters));
    }

    // The pull list read in the order of the stored keys is the order the in-memory sort gave
    // (walking order of the locations, locations in no zone after by name, shelf order, barcodes
    // as numbers then as text), on a generated site with what real caches hold besides: lines
    // without their own call number, locations missing from the layout or unknown, odd barcodes.
    void pullListFromStoredKeysIsTheSortedOrder()
    {
        QTemporaryDir dir;
        sandbox::GeneratorOptions options;
        options.seed = 11;
        options.sites = 1;
        options.items = 4000;
        options.patrons = 200;
        options.holds = 300;
        options.today = QDate(2026, 11, 22);
        const QString network = dir.filePath(QStringLiteral("network.sqlite"));
        QVERIFY(sandbox::NetworkGenerator::generate(network, options).ok());
        CacheStore cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        QVERIFY(sandbox::bench::fillCache(cache.database(), network, QStringLiteral("CENTRE"),
                                          sandbox::bench::CacheFill::PickList)
                    .ok());
        Database& db = cache.database();
        const QStringList odd = {
            // Lines that file by their item's call number (none of their own).
            QStringLiteral("UPDATE pick_list SET callnumber = NULL WHERE item_id % 97 = 3"),
            // An item whose line has no call number either.
            QStringLiteral("UPDATE items SET callnumber = NULL WHERE item_id = (SELECT min(item_id) FROM pick_list "
                           "WHERE item_id % 97 = 3)"),
            // Locations unknown to the layout, and none at all.
            QStringLiteral("UPDATE items SET location = 'ZRESERVE' WHERE item_id % 89 = 1"),
            QStringLiteral("UPDATE items SET location = 'AECOLE' WHERE item_id % 83 = 2"),
            QStringLiteral("UPDATE items SET location = NULL WHERE item_id % 79 = 4"),
            // A line whose item is not cached.
            QStringLiteral("DELETE FROM items WHERE item_id % 101 = 5"),
            // Barcodes: letters, leading zeros, shorter numbers, none; same call numbers.
            QStringLiteral("UPDATE pick_list SET barcode = 'B' || barcode WHERE item_id % 61 = 6"),
            QStringLiteral("UPDATE pick_list SET barcode = '00' || substr(barcode, 5) WHERE item_id % 59 = 7"),
            QStringLiteral("UPDATE pick_list SET barcode = substr(barcode, 8) WHERE item_id % 53 = 8"),
            QStringLiteral("UPDATE pick_list SET barcode = NULL WHERE item_id % 211 = 9"),
            QStringLiteral("UPDATE pick_list SET callnumber = 'R DUR' WHERE item_id % 47 = 10"),
            QStringLiteral("UPDATE pick_list SET callnumber = 'R ŒUVRE' WHERE item_id % 43 = 11"),
            QStringLiteral("UPDATE pick_list SET callnumber = '843.914 D113' WHERE item_id % 41 = 12"),
            QStringLiteral("UPDATE pick_list SET callnumber = '843.914 D94' WHERE item_id % 37 = 13"),
        };
        for (const QString& sql : odd)
            QVERIFY2(db.exec(sql).ok(), qPrintable(sql));

        // The layout without one of its locations (its lines go after, by name).
        desk::ShelfLayout layout = demo::trainingZones();
        QVERIFY(layout.zones.size() > 2);
        const QString dropped = layout.zones[1].locations.takeFirst();

        // The order as it was computed before the keys were stored: everything in memory.
        struct Line
        {
            qint64 item;
            QString barcode, call, location;
            int rank;
            QByteArray key;
        };
        QList<Line> expected;
        auto rows = db.exec(QStringLiteral("SELECT p.item_id, coalesce(p.barcode, ''), coalesce(p.callnumber, "
                                           "i.callnumber, ''), coalesce(i.location, '') FROM pick_list p LEFT JOIN "
                                           "items i ON i.item_id = p.item_id WHERE p.site = 'CENTRE'"));
        QVERIFY(rows.ok());
        const QStringList walk = layout.walkingOrder();
        QStringList unknown;
        while (rows.value().next()) {
            Line l{rows.value().value(0).toLongLong(),
                   rows.value().value(1).toString(),
                   rows.value().value(2).toString(),
                   rows.value().value(3).toString(),
                   0,
                   {}};
            l.key = shelfKey(l.call);
            if (!walk.contains(l.location) && !unknown.contains(l.location))
                unknown << l.location;
            expected << l;
        }
        rows.value().finish();
        unknown.sort();
        QCOMPARE(unknown.size(), 4); // none, AECOLE, ZRESERVE and the one dropped from the layout
        QVERIFY(unknown.contains(dropped));
        for (Line& l : expected)
            l.rank = walk.contains(l.location) ? int(walk.indexOf(l.location))
                                               : int(walk.size() + unknown.indexOf(l.location));
        const auto number = [](const QString& barcode) {
            bool digits = !barcode.isEmpty() && barcode.size() <= 18;
            for (const QChar c : barcode)
                digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
            return digits ? barcode.toULongLong() : std::numeric_limits<quint64>::max();
        };
        std::sort(expected.begin(), expected.end(), [&number](const Line& a, const Line& b) {
            if (a.rank != b.rank)
                return a.rank < b.rank;
            if (a.key != b.key)
                return a.key < b.key;
            if (number(a.barcode) != number(b.barcode))
                return number(a.barcode) < number(b.barcode);
            return a.barcode < b.barcode;
        });

        auto list = desk::buildPullList(cache, QStringLiteral("CENTRE"), layout);
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), expected.size());
        QSet<qint64> items;
        int late = 0;
        for (int i = 0; i < expected.size(); ++i) {
            const desk::PullLine& line = list.value()[i];
            const QString where = QStringLiteral("line %1: %2 %3 %4, expected %5 %6 %7")
                                      .arg(i)
                                      .arg(line.location, line.callNumber, line.barcode, expected[i].location,
                                           expected[i].call, expected[i].barcode);
            QVERIFY2(line.location == expected[i].location && line.callNumber == expected[i].call &&
                         line.barcode == expected[i].barcode,
                     qPrintable(where));
            QCOMPARE(line.locationRank, expected[i].rank);
            items.insert(line.itemId);
            if (line.itemId % 97 == 3 && !line.callNumber.isEmpty())
                ++late;
        }
        QCOMPARE(items.size(), expected.size());
        QVERIFY(late > 10); // the lines filed by their item's call number were there, and merged
    }

    void oddInputNeverBreaks()
    {
        for (const QString& s : QStringList{QString(), QStringLiteral("   "), QStringLiteral("..."),
                                            QStringLiteral("0000000000000000000000000000001"),
                                            QStringLiteral("日本 123"), QStringLiteral("843.")}) {
            (void)shelfKey(s);
            QCOMPARE(compareShelf(s, s), 0);
        }
        QVERIFY(compareShelf(QStringLiteral("843."), QStringLiteral("843.1")) < 0);
    }
};

QTEST_GUILESS_MAIN(TestShelfOrder)
#include "tst_shelf_order.moc"
