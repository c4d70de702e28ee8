#include "barcode/CheckDigit.h"

#include <QTest>

using namespace comptoir::checkdigit;

class TestCheckDigit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Vectors from protocols.md §4.3–4.4 (JerseyCat FAQ, Dynix, Follett, Mid-Hudson, GS1).
    void vectors_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("check");
        QTest::newRow("luhn jerseycat") << int(Algorithm::Luhn) << QStringLiteral("3023400051786")
                                        << QStringLiteral("1");
        QTest::newRow("luhn dynix") << int(Algorithm::Luhn) << QStringLiteral("3319100010586") << QStringLiteral("4");
        QTest::newRow("3-1 follett") << int(Algorithm::Weight31) << QStringLiteral("3555500001234")
                                     << QStringLiteral("9");
        QTest::newRow("3-1 mid-hudson") << int(Algorithm::Weight31) << QStringLiteral("2239000002789")
                                        << QStringLiteral("6");
        QTest::newRow("luhn follett would be")
            << int(Algorithm::Luhn) << QStringLiteral("3555500001234") << QStringLiteral("6");
        QTest::newRow("luhn mid-hudson would be")
            << int(Algorithm::Luhn) << QStringLiteral("2239000002789") << QStringLiteral("5");
        QTest::newRow("ean13 gs1 a") << int(Algorithm::Ean13) << QStringLiteral("629104150021") << QStringLiteral("3");
        QTest::newRow("ean13 gs1 b") << int(Algorithm::Ean13) << QStringLiteral("123456789876") << QStringLiteral("6");
        QTest::newRow("ean13 isbn") << int(Algorithm::Ean13) << QStringLiteral("978207036822") << QStringLiteral("8");
        QTest::newRow("isbn10") << int(Algorithm::Isbn10) << QStringLiteral("207040850") << QStringLiteral("7");
        QTest::newRow("isbn10 b") << int(Algorithm::Isbn10) << QStringLiteral("207036822") << QStringLiteral("X");
        QTest::newRow("isbn10 X") << int(Algorithm::Isbn10) << QStringLiteral("080442957") << QStringLiteral("X");
    }

    void vectors()
    {
        QFETCH(int, algorithm);
        QFETCH(QString, data);
        QFETCH(QString, check);
        QCOMPARE(compute(Algorithm(algorithm), data), check);
        QVERIFY(verify(Algorithm(algorithm), data + check));
        // Any other last digit fails.
        const QString wrong = check == QLatin1String("0") ? QStringLiteral("1") : QStringLiteral("0");
        QVERIFY(!verify(Algorithm(algorithm), data + wrong));
    }

    void luhnCatchesEverySingleDigitError()
    {
        const QString good = QStringLiteral("30234000517861");
        for (int i = 0; i < good.size(); ++i) {
            for (char d = '0'; d <= '9'; ++d) {
                if (good[i] == QLatin1Char(d))
                    continue;
                QString bad = good;
                bad[i] = QLatin1Char(d);
                QVERIFY2(!verify(Algorithm::Luhn, bad), qPrintable(bad));
            }
        }
    }

    void badInput()
    {
        QCOMPARE(compute(Algorithm::Luhn, QStringLiteral("30234A0051786")), QString());
        QCOMPARE(compute(Algorithm::Ean13, QStringLiteral("12345")), QString());
        QCOMPARE(compute(Algorithm::Isbn10, QString()), QString());
        QVERIFY(!verify(Algorithm::Luhn, QStringLiteral("3")));
        QVERIFY(!verify(Algorithm::Luhn, QStringLiteral("é€")));
        QVERIFY(verify(Algorithm::None, QStringLiteral("anything")));
    }
};

QTEST_GUILESS_MAIN(TestCheckDigit)
#include "tst_checkdigit.moc"
