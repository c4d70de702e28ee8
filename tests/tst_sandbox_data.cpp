#include "barcode/CheckDigit.h"
#include "sandbox/NetworkGenerator.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::sandbox;

class TestSandboxData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    GeneratorSummary m_summary;

    static GeneratorOptions small(quint64 seed)
    {
        GeneratorOptions o;
        o.seed = seed;
        o.items = 8000;
        o.patrons = 3000;
        o.holds = 2500;
        o.today = QDate(2026, 11, 22);
        return o;
    }

    // A digest of every row of every table, in primary-key order.
    static QByteArray digest(const QString& path)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("digest"));
            db.setDatabaseName(path);
            if (!db.open())
                return {};
            for (const char* table : {"libraries", "locations", "biblios", "items", "patrons", "holds", "transfers"}) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
                while (q.next())
                    for (int i = 0; i < q.record().count(); ++i)
                        hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("digest"));
        return hash.result();
    }

    QStringList column(const QString& sql)
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("check")));
        if (!q.exec(sql))
            return {QStringLiteral("SQL ERROR")};
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    int count(const QString& sql)
    {
        const QStringList values = column(sql);
        return values.isEmpty() ? -1 : values.first().toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("network.sqlite"));
        auto result = NetworkGenerator::generate(m_path, small(7));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        m_summary = result.value();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(QStringLiteral("check")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void sameSeedSameData()
    {
        const QString again = m_dir.filePath(QStringLiteral("again.sqlite"));
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(NetworkGenerator::generate(again, small(7)).ok());
        QVERIFY(NetworkGenerator::generate(other, small(8)).ok());
        const QByteArray first = digest(m_path);
        QVERIFY(!first.isEmpty());
        QCOMPARE(digest(again), first);
        QVERIFY(digest(other) != first);
    }

    void networkShape()
    {
        QCOMPARE(m_summary.libraries, 15); // 13 sites + the locker bank + the home delivery location
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM libraries WHERE is_locker_bank = 1 AND pickup_location = 1")),
            1);
        QCOMPARE(m_summary.items, 8000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM items")), 8000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM patrons")), 3000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM holds")), 2500 + m_summary.deliveryHolds);
        // Walking order 1..n per site, with zones.
        QCOMPARE(column(QStringLiteral("SELECT name FROM locations WHERE library_id = 'CENTRE' ORDER BY walk_order"))
                     .first(),
                 QStringLiteral("Jeunesse – Albums"));
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT zone) FROM locations")), 4);
        // Every item's shelving location exists at its home library (waiting items sit on another
        // library's hold shelf, and loans are with patrons).
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM items i LEFT JOIN locations l ON l.library_id = "
                                      "i.home_library_id AND l.code = i.location WHERE l.code IS NULL")),
                 0);
        // A waiting item is on its pickup library's hold shelf; loans are with patrons and fill no request.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM holds h JOIN items i USING (item_id) WHERE h.status = 'W' "
                                      "AND i.holding_library_id <> h.pickup_library_id")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM items WHERE checked_out_patron_id IS NOT NULL AND "
                                     "due_date IS NOT NULL AND checked_out_date IS NOT NULL")) > 100);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM items i JOIN holds h USING (item_id) WHERE "
                                      "i.checked_out_patron_id IS NOT NULL AND h.status IS NOT NULL")),
                 0);
    }

    void barcodesAreValid()
    {
        const QStringList items = column(QStringLiteral("SELECT external_id FROM items"));
        const QStringList cards = column(QStringLiteral("SELECT cardnumber FROM patrons"));
        QCOMPARE(items.size(), 8000);
        for (const QString& code : items) {
            QVERIFY2(code.size() == 14 && code.startsWith(QLatin1Char('3')), qPrintable(code));
            QVERIFY2(checkdigit::verify(checkdigit::Algorithm::Luhn, code), qPrintable(code));
        }
        for (const QString& code : cards) {
            QVERIFY2(code.size() == 14 && code.startsWith(QLatin1Char('2')), qPrintable(code));
            QVERIFY2(checkdigit::verify(checkdigit::Algorithm::Luhn, code), qPrintable(code));
        }
        QCOMPARE(NetworkGenerator::barcode(3, 234, 51786), QStringLiteral("30234000517861"));
    }

    void callNumbersLookFrench()
    {
        static const QRegularExpression dewey(QStringLiteral("^\\d{3}(\\.\\d*[1-9])? [A-Z]{3}$"));
        static const QRegularExpression fiction(QStringLiteral("^(J A|JR|JBD|R|RP|BD) [A-Z]{3}( T\\.\\d+)?$"));
        static const QRegularExpression music(QStringLiteral("^CD \\d{1,2}\\.\\d [A-Z]{3}$"));
        static const QRegularExpression film(QStringLiteral("^DVD (F|DOC \\d{3}(\\.\\d*[1-9])?) [A-Z]{3}$"));
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("check")));
        QVERIFY(q.exec(QStringLiteral("SELECT location, callnumber FROM items")));
        QSet<QString> kinds;
        while (q.next()) {
            const QString location = q.value(0).toString();
            const QString call = q.value(1).toString();
            const QRegularExpression& re = location.startsWith(QLatin1String("DOC")) ? dewey
                                           : location == QLatin1String("MUS")        ? music
                                           : location == QLatin1String("FILM")       ? film
                                                                                     : fiction;
            QVERIFY2(re.match(call).hasMatch(), qPrintable(location + QStringLiteral(": ") + call));
            kinds.insert(call.section(QLatin1Char(' '), 0, 0));
        }
        for (const char* prefix : {"J", "JR", "JBD", "R", "RP", "BD", "CD", "DVD"})
            QVERIFY2(kinds.contains(QLatin1String(prefix)), prefix);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM items WHERE callnumber LIKE '% T.%'")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM items WHERE callnumber GLOB '[0-9][0-9][0-9].[0-9]*'")) > 0);
    }

    void requestsInEveryState()
    {
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM holds WHERE status IS NULL AND priority > 0")) > 100);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM holds WHERE status IS NULL AND priority > 1")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'P'")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM holds WHERE item_level = 1")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM holds WHERE item_level = 0")) > 0);
        // Waiting: dates set, some expired.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'W'")) > 100);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'W' AND (waiting_date IS NULL OR "
                                      "expiration_date IS NULL OR item_id IS NULL OR priority != 0)")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'W' AND expiration_date < "
                                     "'2026-11-22'")) > 0);
        // In transit: a transfer from the holding site to the pickup site.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'T'")) > 50);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM holds h LEFT JOIN transfers t ON t.item_id = h.item_id "
                                      "AND t.to_library_id = h.pickup_library_id WHERE h.status = 'T' AND "
                                      "(t.transfer_id IS NULL OR t.from_library_id = t.to_library_id)")),
                 0);
        // A copy fills at most one request.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT item_id FROM holds WHERE status IS NOT NULL "
                                      "GROUP BY item_id HAVING count(*) > 1)")),
                 0);
        // Click & collect orders: one patron, one pickup point, several requests.
        QVERIFY(m_summary.clickAndCollectOrders > 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT hold_group_id FROM holds WHERE hold_group_id IS "
                                      "NOT NULL GROUP BY hold_group_id HAVING count(DISTINCT patron_id) > 1 OR "
                                      "count(DISTINCT pickup_library_id) > 1 OR count(*) < 2)")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = 'CASGARE'")) > 0);
        QCOMPARE(m_summary.pending + m_summary.inTransit + m_summary.waiting + m_summary.processing, 2500);
    }

    void badOptionsAreRefused()
    {
        GeneratorOptions o = small(1);
        o.items = 2000000;
        auto result = NetworkGenerator::generate(m_dir.filePath(QStringLiteral("x.sqlite")), o);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("sandbox.options"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandbox_data.moc"
