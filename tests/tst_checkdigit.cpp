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
        // Check digit 0, for every algorithm: where "10 - sum mod 10" (or "11 - sum mod 11") must
        // wrap to 0. Published numbers where there are (the Mastercard and JCB test card numbers,
        // Luhn with an odd number of data digits as on 14-digit library barcodes; Wikipedia's
        // ISBN-13 example), otherwise computed with the published algorithm.
        QTest::newRow("luhn 0 mastercard test")
            << int(Algorithm::Luhn) << QStringLiteral("510510510510510") << QStringLiteral("0");
        QTest::newRow("luhn 0 jcb test") << int(Algorithm::Luhn) << QStringLiteral("353011133330000")
                                         << QStringLiteral("0");
        QTest::newRow("luhn 0 item") << int(Algorithm::Luhn) << QStringLiteral("3104200000012") << QStringLiteral("0");
        QTest::newRow("3-1 0") << int(Algorithm::Weight31) << QStringLiteral("3555500001237") << QStringLiteral("0");
        QTest::newRow("3-1 0 b") << int(Algorithm::Weight31) << QStringLiteral("2239000002781") << QStringLiteral("0");
        QTest::newRow("ean13 0 isbn wikipedia")
            << int(Algorithm::Ean13) << QStringLiteral("978316148410") << QStringLiteral("0");
        QTest::newRow("ean13 0") << int(Algorithm::Ean13) << QStringLiteral("978207036828") << QStringLiteral("0");
        QTest::newRow("isbn10 0") << int(Algorithm::Isbn10) << QStringLiteral("207036827") << QStringLiteral("0");
        QTest::newRow("isbn10 0 zeros") << int(Algorithm::Isbn10) << QStringLiteral("000000000") << QStringLiteral("0");
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

    // An ISBN-10 check character X is read in either case (typed by hand, or from a label).
    void isbnXInEitherCase()
    {
        QVERIFY(verify(Algorithm::Isbn10, QStringLiteral("080442957X")));
        QVERIFY(verify(Algorithm::Isbn10, QStringLiteral("080442957x")));
        QVERIFY(!verify(Algorithm::Isbn10, QStringLiteral("080442957Y")));
        QVERIFY(!verify(Algorithm::Isbn10, QStringLiteral("0804429570")));
    }
};

QTEST_GUILESS_MAIN(TestCheckDigit)
#include "tst_checkdigit.moc"
