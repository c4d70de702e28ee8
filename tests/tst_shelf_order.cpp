#include "desk/CallNumber.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace comptoir::desk;

// Call numbers in the order a librarian walks the shelves: the table below is that order.
class TestShelfOrder : public QObject
{
    Q_OBJECT

    static QStringList expected()
    {
        return {
            // Documentaires: Dewey, numerically, decimals as decimals, then the Cutter letters.
            QStringLiteral("004 DUP"),
            QStringLiteral("004.16 MAR"),
            QStringLiteral("004.678 LEF"),
            QStringLiteral("005.1 GAR"),
            QStringLiteral("006.3 NGU"),
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
            QStringLiteral("297 ISL"),
            QStringLiteral("300 SOC"),
            QStringLiteral("305.4 BEA"),
            QStringLiteral("320.944 ROS"),
            QStringLiteral("330 ECO"),
            QStringLiteral("338.927 LAT"),
            QStringLiteral("363.7 ENV"),
            QStringLiteral("372.21 MON"),
            QStringLiteral("398.2 CON"),
            QStringLiteral("398.2 PER"),
            QStringLiteral("398.20944 CON"),
            QStringLiteral("398.21 GRI"),
            QStringLiteral("400 LAN"),
            QStringLiteral("440 GRE"),
            QStringLiteral("448.2 BES"),
            QStringLiteral("500 SCI"),
            QStringLiteral("520 AST"),
            QStringLiteral("523.1 HAW"),
            QStringLiteral("530 EIN"),
            QStringLiteral("576.8 DAR"),
            QStringLiteral("590 ANI"),
            QStringLiteral("599.9 COP"),
            QStringLiteral("610 MED"),
            QStringLiteral("613.2 NUT"),
            QStringLiteral("616.89 FRE"),
            QStringLiteral("635 JAR"),
            QStringLiteral("635.9 FLE"),
            QStringLiteral("641.5 BOC"),
            QStringLiteral("641.5 BOC T.2"),
            QStringLiteral("641.5 BOC T.10"),
            QStringLiteral("641.59 CUI"),
            QStringLiteral("641.594 ITA"),
            QStringLiteral("641.6 LEG"),
            QStringLiteral("700 ART"),
            QStringLiteral("741.5 MCC"),
            QStringLiteral("759.4 MON"),
            QStringLiteral("780 MUS"),
            QStringLiteral("791.43 GOD"),
            QStringLiteral("791.43 KUR"),
            QStringLiteral("791.4372 TRU"),
            QStringLiteral("796.334 FOO"),
            QStringLiteral("800 LIT"),
            QStringLiteral("809 HIS"),
            QStringLiteral("841 BAU"),
            QStringLiteral("841.914 PRE"),
            QStringLiteral("843 BAL"),
            QStringLiteral("843.7 FLA"),
            QStringLiteral("843.9 ZOL"),
            QStringLiteral("843.912 PRO"),
            QStringLiteral("843.914 CAM"),
            QStringLiteral("843.914 MOD"),
            QStringLiteral("843.92 ERN"),
            QStringLiteral("900 HIS"),
            QStringLiteral("909 MON"),
            QStringLiteral("914.4 FRA"),
            QStringLiteral("940.3 GRA"),
            QStringLiteral("940.53 SHO"),
            QStringLiteral("944 HIS"),
            QStringLiteral("944.04 REV"),
            QStringLiteral("944.081 COM"),
            QStringLiteral("944.083 GAU"),
            QStringLiteral("944.1 BRE"),
            QStringLiteral("945 ITA"),
            QStringLiteral("2019 ANN"),
            // Comics, volumes as numbers.
            QStringLiteral("BD ASTÉRIX"),
            QStringLiteral("BD GOS"),
            QStringLiteral("BD HER"),
            QStringLiteral("BD HER T.2"),
            QStringLiteral("BD HER T.3"),
            QStringLiteral("BD HER T.10"),
            QStringLiteral("BD HER T.24"),
            QStringLiteral("BD HERGÉ"),
            QStringLiteral("BD JUI"),
            QStringLiteral("BD SAT T.1"),
            QStringLiteral("BD SAT T.2"),
            QStringLiteral("BD SFA"),
            QStringLiteral("BD TAR"),
            QStringLiteral("BD TAR T.9"),
            QStringLiteral("BD TAR T.11"),
            // Music by PCDM4 class.
            QStringLiteral("CD 0.4 WOR"),
            QStringLiteral("CD 1.1 BEA"),
            QStringLiteral("CD 1.1 ROL"),
            QStringLiteral("CD 1.11 BLU"),
            QStringLiteral("CD 1.2 DYL"),
            QStringLiteral("CD 2.1 BRE"),
            QStringLiteral("CD 2.1 BRE VOL.2"),
            QStringLiteral("CD 2.1 PIA"),
            QStringLiteral("CD 2.4 STR"),
            QStringLiteral("CD 3.1 BAC"),
            QStringLiteral("CD 3.21 MOZ"),
            QStringLiteral("CD 5 JAZ"),
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
            // Young readers: albums, comics, novels.
            QStringLiteral("J 590 ANI"),
            QStringLiteral("J 843 PON"),
            QStringLiteral("J A BRU"),
            QStringLiteral("J A PON"),
            QStringLiteral("J A PONTI"),
            QStringLiteral("J A SOL"),
            QStringLiteral("J C CON"),
            QStringLiteral("JBD ASTÉRIX T.1"),
            QStringLiteral("JBD ASTÉRIX T.12"),
            QStringLiteral("JBD TIN"),
            QStringLiteral("JBD TIN T.3"),
            QStringLiteral("JR BRI"),
            QStringLiteral("JR RIO"),
            QStringLiteral("JR RIO T.2"),
            QStringLiteral("JR RIO T.10"),
            QStringLiteral("JR ROW T.1"),
            // Adult fiction, crime fiction, large print, then free forms.
            QStringLiteral("LP R DUR"),
            QStringLiteral("R AME"),
            QStringLiteral("R ÉCH"),
            QStringLiteral("R FER"),
            QStringLiteral("R LEM"),
            QStringLiteral("R MOD"),
            QStringLiteral("R MOD 2"),
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
        };
    }

private Q_SLOTS:
    // What the header promises about the code, over the whole table: shelfKey's plain byte order
    // is shelf order (the pull list sorts 10^5 keys with memcmp), compareShelf agrees with it, and
    // the order is total (two different texts never compare equal, even when their keys do).
    void keysGiveTheWalkingOrderAndTheOrderIsTotal()
    {
        const QStringList order = expected();
        QVERIFY(order.size() >= 150);
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
    }

    void pairs()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QVERIFY2(compareShelf(before, after) < 0, qPrintable(before + QStringLiteral(" / ") + after));
        QVERIFY(compareShelf(after, before) > 0);
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
