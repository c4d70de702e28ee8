#include "Logging.h"
#include "support/TestFiles.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { logging::clearSensitiveTerms(); }

    void redaction_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mustNotContain");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("card number") << QStringLiteral("checkout for card 23529001000463 ok")
                                     << QStringLiteral("23529001000463") << QStringLiteral("[number]");
        QTest::newRow("spaced number") << QStringLiteral("card 2352 9001 0004 63") << QStringLiteral("2352 9001")
                                       << QStringLiteral("[number]");
        QTest::newRow("password query") << QStringLiteral("GET /login?userid=x&password=hunter2&y=1")
                                        << QStringLiteral("hunter2") << QStringLiteral("password=[redacted]");
        QTest::newRow("client secret json") << QStringLiteral(R"({"client_secret": "s3cr3t-value"})")
                                            << QStringLiteral("s3cr3t") << QStringLiteral("[redacted]");
        QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer eyJhbGciOi.abc.def")
                                       << QStringLiteral("eyJhbGciOi") << QStringLiteral("[redacted]");
        QTest::newRow("basic header") << QStringLiteral("authorization: Basic c3RhZmY6cGFzcw==")
                                      << QStringLiteral("c3RhZmY6cGFzcw") << QStringLiteral("[redacted]");
        QTest::newRow("email") << QStringLiteral("notice sent to marie.dupont@example.fr")
                               << QStringLiteral("marie.dupont@") << QStringLiteral("[e-mail]");
        QTest::newRow("sip patron fields")
            << QStringLiteral("10YYNN20261122    101500AOCENTRE|AB31234000000019|AQCENTRE|CYP0042|DADupont, Marie|")
            << QStringLiteral("Dupont") << QStringLiteral("|DA[redacted]");
        QTest::newRow("sip login password") << QStringLiteral("9300CNsip_user|COsip_pass|CPCENTRE|")
                                            << QStringLiteral("sip_pass") << QStringLiteral("|CO[redacted]");
        QTest::newRow("sip card glued to its code")
            << QStringLiteral("refused: AA21042000121217| unknown") << QStringLiteral("21042000121217")
            << QStringLiteral("AA[redacted]|");
        QTest::newRow("short sip card glued to its code")
            << QStringLiteral("refused: AA4217| unknown") << QStringLiteral("4217") << QStringLiteral("AA[redacted]|");
        QTest::newRow("sip login right after the fixed part")
            << QStringLiteral("9300CNjmoulin|COformation|") << QStringLiteral("jmoulin")
            << QStringLiteral("CN[redacted]");
        QTest::newRow("sip name at the end without bar")
            << QStringLiteral("12 1YNY20261122    101500AOCENTRE|AEMarie Durand") << QStringLiteral("Durand")
            << QStringLiteral("AE[redacted]");
        QTest::newRow("sql kept") << QStringLiteral("statement failed: BEGIN IMMEDIATE; CONNECTION lost")
                                  << QStringLiteral("#") << QStringLiteral("BEGIN IMMEDIATE; CONNECTION lost");
        QTest::newRow("plain text kept") << QStringLiteral("sync of 12 holds done in 340 ms") << QStringLiteral("#")
                                         << QStringLiteral("sync of 12 holds done in 340 ms");
    }

    void redaction()
    {
        QFETCH(QString, input);
        QFETCH(QString, mustNotContain);
        QFETCH(QString, mustContain);
        const QString out = logging::redact(input);
        QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
        QVERIFY2(out.contains(mustContain), qPrintable(out));
    }

    void registeredNamesAreMasked()
    {
        logging::addSensitiveTerm(QStringLiteral("Dupont"));
        logging::addSensitiveTerm(QStringLiteral("Marie Dupont"));
        logging::addSensitiveTerm(QStringLiteral("x")); // too short to be a name: ignored
        const QString out = logging::redact(QStringLiteral("hold for Marie Dupont, then DUPONT again; x stays"));
        QCOMPARE(out, QStringLiteral("hold for [name], then [name] again; x stays"));
    }

    void handlerRedactsAndFilters()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("log.txt"));
        logging::install(QStringLiteral("comptoir.core.sync.info=true"), file);
        logging::addSensitiveTerm(QStringLiteral("Bernadette"));
        qCWarning(lcStore) << "capture of 31234000000019 for Bernadette";
        qCDebug(lcStore) << "debug line that must be filtered";
        qCInfo(lcSync) << "sync info line";
        const QString log = QString::fromUtf8(test::readAll(file));
        QVERIFY2(log.contains(QStringLiteral("warning comptoir.core.store: capture of [number] for [name]")),
                 qPrintable(log));
        QVERIFY(!log.contains(QStringLiteral("31234000000019")));
        QVERIFY(!log.contains(QStringLiteral("Bernadette")));
        QVERIFY(!log.contains(QStringLiteral("debug line")));
        QVERIFY(log.contains(QStringLiteral("sync info line")));
        QVERIFY(!(QFileInfo(file).permissions() & (QFile::ReadOther | QFile::ReadGroup)));
        qInstallMessageHandler(nullptr);
    }

    void theFileIsRotatedBySize()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("comptoir.log"));
        logging::setRotation(2000, 2);
        logging::install(QString(), file);
        for (int i = 0; i < 200; ++i)
            qCWarning(lcStore) << "line" << i << QString(40, QLatin1Char('x'));
        qInstallMessageHandler(nullptr);
        logging::setRotation(5 * 1024 * 1024, 3);
        QVERIFY(QFile::exists(file + QStringLiteral(".1")));
        QVERIFY(QFile::exists(file + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(file + QStringLiteral(".3"))); // two kept, the oldest dropped
        for (const QString& f : QStringList{file, file + QStringLiteral(".1"), file + QStringLiteral(".2")}) {
            QVERIFY2(QFileInfo(f).size() < 2000 + 200, qPrintable(f));
            QVERIFY(!(QFileInfo(f).permissions() & (QFile::ReadOther | QFile::ReadGroup)));
        }
        // The newest lines are in the current file, the ones before in .1.
        QVERIFY(QString::fromUtf8(test::readAll(file)).contains(QStringLiteral("line 199")));
        QVERIFY(!QString::fromUtf8(test::readAll(file + QStringLiteral(".1"))).contains(QStringLiteral("line 199")));
    }

    void underSystemdTheJournalKeepsTheLog()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("comptoir.log"));
        qputenv("JOURNAL_STREAM", "8:12345");
        logging::install(QString(), file);
        qCWarning(lcStore) << "to the journal";
        qInstallMessageHandler(nullptr);
        qunsetenv("JOURNAL_STREAM");
        QVERIFY(logging::runsUnderJournal() == false);
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
