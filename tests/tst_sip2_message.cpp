#include "sip2/Sip2Message.h"

#include <QRandomGenerator>
#include <QTest>

#include <cctype>

using namespace comptoir::sip2;

// Every vector of protocols.md §1.5, the invalid ones, the real Koha responses, and garbage.
class TestSip2Message : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validVectors_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("sequence");
        const QList<QPair<QByteArray, int>> vectors = {
            {"9300CNuser_id|COpassw0rd|AY1AZF594", 1},
            {"9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B", 5},
            {"941AY3AZFDFA", 3},
            {"990401.00|AY1AZFC59", 1},
            {"9900802.00AY1AZFCA0", 1},
            {"09N19980821    085721                  APCertification Terminal Location|AOCertification Institute "
             "ID|ABCheckInBook|ACTPWord|BIN|AY2AZD6A5",
             2},
            {"101YNN19980821    085721AOCertification Institute ID|ABCheckInBook|AQPermanent Location for "
             "CheckinBook, Language 1|AJTitle For CheckinBook|AAGoodPatron1|CK001|CHCheckinBook "
             "Properties|CLsort bin A1|AFScreen Message for CheckInBook|AGPrint Line for CheckInBook|AY2AZA3FF",
             2},
            {"11YN19960212    10051419960212    100514AO|AA104000000105|AB000000000005792|AC|AY3AZEDC2", 3},
            {"1719980723    100000AOCertification Institute ID|ABItemBook|AY1AZEBEB", 1},
            {"1808000119980723    115615CF00000|ABItemBook|AJTitle For Item Book|CK003|AQPermanent Location for "
             "ItemBook, Language 1|APCurrent Location ItemBook|CHFree-form text with new item property|AY0AZC05B",
             0},
            {"6300119980723    091905Y         AOInstitutionID|AAPatronID|BP00001|BQ00005|AY1AZEA83", 1},
            {"3519980723    094014AOCertification Institute ID|AAPatronID|AY3AZEBF2", 3},
            {"36Y19980723    110658AOInstitutionID for PatronID|AAPatronID|AFScreenMessage 0 for PatronID, Language "
             "1|AFScreen Message 1 for PatronID, Language 1|AFScreen Message 2 for PatronID, Language 1|AGPrint Line 0 "
             "for PatronID, Language 1|AGPrint Line 1 for PatronID, Language 1|AGPrint Line 2 for PatronID, language "
             "1|AY5AZ970F",
             5},
            {"09N20210814    08345520210815    082755APlocation|AOinstitutionId|ABitemId|AC|BIN|AY3AZE6AF", 3},
            {"1720000227    161243AOinstitutionId|ABitemId|AY0AZF117", 0},
            {"6300020150416    064702  Y       AOinstitutionId|AApatronIdentifier|AC|AD|AY0AZE8CA", 0},
            {"3520130514    132223AOinstitutionId|AApatronId|AY1AZF033", 1},
            {"9300CNsc_user|COsc_pass|CPMAIN|AY0AZF3A0", 0},
            {"09N20240115    10300020240115    103000APMAIN|AOMAIN|AB31234000123456|AC|AY3AZEE57", 3},
            {"101YNY20240115    103001AOMAIN|AB31234000123456|AQMAIN|AJLe Petit "
             "Prince|CTBR2|CV02|CY23456000012345|DADupont, Marie|AY3AZDE6E",
             3},
            {"1720240115    103000AOMAIN|AB31234000123456|ACterm|AY2AZF254", 2},
            {"6300220240115    103000          AOMAIN|AA23456000012345|ACterm|AY4AZF07F", 4},
            {"15+20240115    103000BSBR2|BY2|AOMAIN|AA23456000012345|AB31234000123456|AY6AZEDFE", 6},
            {"3520240115    103500AOMAIN|AA23456000012345|AY5AZF504", 5},
        };
        for (const auto& [line, sequence] : vectors)
            QTest::newRow(line.left(24).constData()) << line << sequence;
    }

    void validVectors()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, sequence);
        auto parsed = parse(line + "\r");
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().hasChecksum);
        QVERIFY(parsed.value().checksumValid);
        QCOMPARE(parsed.value().sequence, sequence);
        // Rebuilding gives the same bytes.
        const Message& m = parsed.value();
        const QByteArray rebuilt = build(m.id, m.fixed, m.fields, m.sequence);
        if (!line.contains("|AY") && line.contains("AY")) // a last field without its delimiter
            QCOMPARE(rebuilt.left(rebuilt.indexOf("AY")), line.left(line.indexOf("AY")));
        else
            QCOMPARE(rebuilt, line);
    }

    void fieldsByIdWithRepeats()
    {
        auto m = parse("36Y19980723    110658AOInst|AAPatronID|AFone|AFtwo|AGprint|AY5AZ0000").value();
        QCOMPARE(m.id, QByteArray("36"));
        QCOMPARE(m.fixed, QByteArray("Y19980723    110658"));
        QCOMPARE(m.field("AA"), QByteArray("PatronID"));
        QCOMPARE(m.fieldAll("AF"), (QList<QByteArray>{"one", "two"}));
        QVERIFY(!m.hasField("AJ"));
        QVERIFY(m.hasChecksum);
        QVERIFY(!m.checksumValid);
        auto checkin = parse("101YNY20240115    103001AOMAIN|AB31234000123456|AQMAIN|AJLe Petit "
                             "Prince|CTBR2|CV02|CY23456000012345|DADupont, Marie|AY3AZDE6E")
                           .value();
        QCOMPARE(checkin.field("CV"), QByteArray("02"));
        QCOMPARE(checkin.field("CT"), QByteArray("BR2"));
        QCOMPARE(checkin.field("DA"), QByteArray("Dupont, Marie"));
    }

    void invalidChecksums_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("folio bad login") << QByteArray("9300CNuser_id|COpassw0rd|AY1AZF595");
        QTest::newRow("folio bad status") << QByteArray("9900401.00AY1AZAAAA");
        QTest::newRow("placeholder") << QByteArray("9300CNa|COb|AY2AZ1234");
    }

    void invalidChecksums()
    {
        QFETCH(QByteArray, line);
        auto parsed = parse(line);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().hasChecksum);
        QVERIFY(!parsed.value().checksumValid);
        QVERIFY(parsed.value().sequence >= 0); // still read, as FOLIO's parser does
    }

    void constants()
    {
        QCOMPARE(build("97", {}, {}, 0).right(4), checksum("97AY0AZ"));
        QCOMPARE(checksum("97AZ"), QByteArray("FEF5"));
        QCOMPARE(checksum("96AZ"), QByteArray("FEF6"));
        QVERIFY(parse("96AZFEF6").value().checksumValid);
        QVERIFY(parse("97AZFEF5").value().checksumValid);
        QCOMPARE(parse("97AZFEF5").value().sequence, -1);
    }

    void kohaResponsesWithoutErrorDetection()
    {
        auto m = parse("120NUN20140303    102741AOHUTL|AA95|AB03011174511003|AJKrutt-Kim|AH|AFItem checked out to "
                       "another patron|BLY|\r\n");
        QVERIFY(m.ok());
        QVERIFY(!m.value().hasChecksum);
        QCOMPARE(m.value().fixed, QByteArray("0NUN20140303    102741"));
        QVERIFY(m.value().hasField("AH"));
        QCOMPARE(m.value().field("AH"), QByteArray());
        QCOMPARE(m.value().field("AF"), QByteArray("Item checked out to another patron"));
        auto ok = parse("\n121NNY20140303    110236AOHUTL|AA95|AB03011063175001|AJCat's cradle|AH20140331    235900|");
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().field("AH"), QByteArray("20140331    235900"));
    }

    void buildEscapesDelimiters()
    {
        const QByteArray line = build("10", "1YNY20240115    103001", {{"AJ", "Titre | avec\rCR"}}, 3);
        QVERIFY(!line.contains('\r'));
        auto m = parse(line).value();
        QVERIFY(m.checksumValid);
        QCOMPARE(m.field("AJ"), QByteArray("Titre   avec CR"));
    }

    void boundsOnMessages()
    {
        // A checkin answer's head, then AF screen messages.
        const QByteArray head = "101YNY20240115    103001AOMAIN|AB31234000123456|";
        // One field at its bound is read; one byte more is an unreadable message.
        auto m = parse(head + "AF" + QByteArray(MaxFieldBytes, 'x') + "|");
        QVERIFY(m.ok());
        QCOMPARE(m.value().field("AF").size(), MaxFieldBytes);
        m = parse(head + "AF" + QByteArray(MaxFieldBytes + 1, 'x') + "|");
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, QStringLiteral("sip2.malformed"));
        // As many fields as the bound (the two of the head included), then one more.
        QByteArray many = head;
        for (qsizetype i = 2; i < MaxFields; ++i)
            many += "AF|";
        m = parse(many);
        QVERIFY(m.ok());
        QCOMPARE(m.value().fields.size(), MaxFields);
        QVERIFY(!parse(many + "AF|").ok());
        // A whole message at its bound, then one byte beyond (stray CR/LF around are not counted).
        const QByteArray unknown = "42"; // an id we do not know: everything is fixed data
        QByteArray longest = unknown + QByteArray(MaxMessageBytes - 2, 'y');
        QVERIFY(parse("\r\n" + longest + "\r\n").ok());
        QVERIFY(!parse(longest + "y").ok());
        QCOMPARE(parse(longest + "y").error().code, QStringLiteral("sip2.malformed"));
    }

    // Koha and other servers may end a message with a variable field and no "|": the last field
    // is read all the same, with or without the error-detection trailer after it.
    void lastFieldWithoutItsDelimiter()
    {
        auto koha = parse("1720000227    161243AOinstitutionId|ABitemId\r\n");
        QVERIFY(koha.ok());
        QCOMPARE(koha.value().field("AO"), QByteArray("institutionId"));
        QCOMPARE(koha.value().field("AB"), QByteArray("itemId"));
        QCOMPARE(koha.value().fields.size(), 2);
        auto alone = parse("941AOCENTRE");
        QVERIFY(alone.ok());
        QCOMPARE(alone.value().field("AO"), QByteArray("CENTRE"));
        // With the trailer: the field ends where AY begins.
        const QByteArray trailer = "1720240115    103000AOMAIN|AB31234000123456AY2AZ";
        auto checked = parse(trailer + checksum(trailer));
        QVERIFY(checked.ok());
        QVERIFY(checked.value().checksumValid);
        QCOMPARE(checked.value().sequence, 2);
        QCOMPARE(checked.value().field("AB"), QByteArray("31234000123456"));
        QCOMPARE(checked.value().fields.size(), 2);
    }

    // A crash test first (the parser must return on anything), then what any accepted parse
    // promises: a two-digit id from the input, a fixed part and fields cut from the input, a
    // sequence digit, and a message that reads the same once rebuilt.
    void garbageIsRefusedOrReadConsistently()
    {
        for (const QByteArray& junk : {QByteArray(), QByteArray("9"), QByteArray("XY"), QByteArray("09N2024"),
                                       QByteArray("\r\n\r\n"), QByteArray("11|||||"), QByteArray(4096, '|')})
            (void)parse(junk); // must return, whatever it returns
        QVERIFY(!parse("09N2024").ok());
        QVERIFY(!parse("XY").ok());
        QVERIFY(!parse(QByteArray()).ok());
        QVERIFY(!parse("\r\n\r\n").ok());
        // Random bytes and random mutations of valid messages.
        QRandomGenerator random(42);
        const QList<QByteArray> bases = {
            "09N20240115    10300020240115    103000APMAIN|AOMAIN|AB31234000123456|AC|AY3AZEE57",
            "120NUN20140303    102741AOHUTL|AA95|AB03011174511003|AJKrutt-Kim|AH|AFItem checked out|BLY|",
            "1720000227    161243AOinstitutionId|ABitemId",
            "9300CNuser_id|COpassw0rd|AY1AZF594",
        };
        int accepted = 0, refused = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray line = bases[i % bases.size()];
            const int edits = 1 + int(random.bounded(6));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(line.size() + 1));
                switch (random.bounded(3)) {
                case 0:
                    line.insert(at, char(random.bounded(256)));
                    break;
                case 1:
                    if (!line.isEmpty())
                        line.remove(std::min(at, int(line.size()) - 1), 1);
                    break;
                default:
                    if (at < line.size())
                        line[at] = char(random.bounded(256));
                }
            }
            const auto parsed = parse(line);
            if (!parsed.ok()) {
                ++refused;
                QVERIFY(!parsed.error().message.isEmpty());
                continue;
            }
            ++accepted;
            const Message& m = parsed.value();
            QByteArray trimmed = line;
            while (!trimmed.isEmpty() && (trimmed.front() == '\r' || trimmed.front() == '\n'))
                trimmed.remove(0, 1);
            while (!trimmed.isEmpty() && (trimmed.back() == '\r' || trimmed.back() == '\n'))
                trimmed.chop(1);
            const QByteArray why = "input: " + line.toHex();
            QVERIFY2(m.id.size() == 2 && std::isdigit(quint8(m.id[0])) && std::isdigit(quint8(m.id[1])),
                     why.constData());
            QVERIFY2(trimmed.startsWith(QByteArray(m.id + m.fixed)), why.constData());
            qsizetype used = m.id.size() + m.fixed.size();
            for (const auto& [key, value] : m.fields) {
                QVERIFY2(key.size() == 2, why.constData());
                QVERIFY2(trimmed.contains(QByteArray(key + value)), why.constData());
                used += key.size() + value.size();
            }
            QVERIFY2(used <= trimmed.size(), why.constData());
            QVERIFY2(m.sequence >= -1 && m.sequence <= 9, why.constData());
            QVERIFY2(!m.checksumValid || m.hasChecksum, why.constData());
            if (m.hasChecksum)
                QVERIFY2(trimmed.mid(trimmed.size() - 6, 2) == "AZ", why.constData());
            if (m.sequence >= 0)
                QVERIFY2(m.hasChecksum, why.constData());
            // Rebuilt (what a proxy or our log would write), it reads the same. Not comparable:
            // CR/LF inside (build replaces them) and a trailer without AY (build cannot write one).
            bool comparable = !m.fixed.contains('\r') && !m.fixed.contains('\n') && (!m.hasChecksum || m.sequence >= 0);
            for (const auto& field : m.fields)
                comparable = comparable && !field.second.contains('\r') && !field.second.contains('\n');
            if (!comparable)
                continue;
            const auto again = parse(build(m.id, m.fixed, m.fields, m.sequence));
            QVERIFY2(again.ok(), why.constData());
            QVERIFY2(again.value().id == m.id, why.constData());
            QVERIFY2(again.value().fixed == m.fixed, why.constData());
            QVERIFY2(again.value().fields == m.fields, why.constData());
            QVERIFY2(again.value().sequence == m.sequence, why.constData());
            if (m.sequence >= 0)
                QVERIFY2(again.value().checksumValid, why.constData());
        }
        // Both kinds of outcome were exercised.
        QVERIFY(accepted > 1000);
        QVERIFY(refused > 100);
    }
};

QTEST_GUILESS_MAIN(TestSip2Message)
#include "tst_sip2_message.moc"
