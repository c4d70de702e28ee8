#include "desk/CallNumber.h"
#include "desk/PullList.h"
#include "store/Database.h"
#include "store/FaultInjector.h"
#include "store/LocalStore.h"
#include "store/PackedLine.h"
#include "store/Retention.h"
#include "support/MockClock.h"
#include "support/TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using comptoir::test::MockClock;

class TestStore : public QObject
{
    Q_OBJECT

private:
    static OutboxAction action(const QString& kind, const QString& barcode)
    {
        OutboxAction a;
        a.kind = kind;
        a.payload = QJsonObject{{QStringLiteral("barcode"), barcode}};
        a.workstation = QStringLiteral("desk-1");
        a.staff = QStringLiteral("marie");
        return a;
    }

    static QFile::Permissions groupOrOther()
    {
        return QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
               QFile::ExeOther;
    }

private Q_SLOTS:
    void bulkStatementsWriteAndCloseCleanly();
    void newStoreIsOwnerOnly()
    {
        QTemporaryDir dir;
        MockClock clock;
        const QString data = dir.filePath(QStringLiteral("data"));
        LocalStore store(data, clock);
        auto opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QVERIFY(opened.value().isEmpty());
        QVERIFY(store.outbox().append(action(QStringLiteral("checkin"), QStringLiteral("31234000000019"))).ok());
        for (const QString& path :
             QStringList{store.cachePath(), store.outboxPath(), store.outboxPath() + QStringLiteral("-wal")}) {
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(QFileInfo(path).permissions() & groupOrOther(), QFile::Permissions());
        }
        QCOMPARE(QFileInfo(data).permissions() & groupOrOther(), QFile::Permissions());
        QCOMPARE(store.cache().database().schemaVersion(), CacheStore::schema().last().version);
        QCOMPARE(store.outbox().database().schemaVersion(), Outbox::schema().last().version);
    }

    void existingLooseFileIsTightened()
    {
        QTemporaryDir dir;
        MockClock clock;
        LocalStore first(dir.path(), clock);
        QVERIFY(first.open().ok());
        first.close();
        QFile::setPermissions(first.outboxPath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        LocalStore second(dir.path(), clock);
        QVERIFY(second.open().ok());
        QCOMPARE(QFileInfo(second.outboxPath()).permissions() & groupOrOther(), QFile::Permissions());
    }

    void walAndSynchronousSettings()
    {
        QTemporaryDir dir;
        MockClock clock;
        LocalStore store(dir.path(), clock);
        QVERIFY(store.open().ok());
        QCOMPARE(store.outbox().database().scalar(QStringLiteral("PRAGMA journal_mode")).value().toString(),
                 QStringLiteral("wal"));
        QCOMPARE(store.cache().database().scalar(QStringLiteral("PRAGMA journal_mode")).value().toString(),
                 QStringLiteral("wal"));
        // FULL = 2, NORMAL = 1
        QCOMPARE(store.outbox().database().scalar(QStringLiteral("PRAGMA synchronous")).value().toInt(), 2);
        QCOMPARE(store.cache().database().scalar(QStringLiteral("PRAGMA synchronous")).value().toInt(), 1);
    }

    void migrationsRunInOrderOnceEach()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.sqlite"));
        const SchemaMigration v1{1, {QStringLiteral("CREATE TABLE IF NOT EXISTS t (a TEXT)")}};
        const SchemaMigration v2{2,
                                 {QStringLiteral("CREATE TABLE IF NOT EXISTS log (step TEXT)"),
                                  QStringLiteral("INSERT INTO log VALUES ('v2')")}};
        const SchemaMigration v3{
            3, {QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT"), QStringLiteral("INSERT INTO log VALUES ('v3')")}};
        {
            Database db({QStringLiteral("cache"), 42, false, {v1}});
            QVERIFY(db.open(path).ok());
            QCOMPARE(db.schemaVersion(), 1);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")).ok());
        }
        {
            // Given out of order: they run in version order (v3 needs v2's table).
            Database db({QStringLiteral("cache"), 42, false, {v3, v1, v2}});
            const Status status = db.open(path);
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
            QCOMPARE(db.schemaVersion(), 3);
        }
        {
            Database db({QStringLiteral("cache"), 42, false, {v1, v2, v3}});
            QVERIFY(db.open(path).ok());
            QCOMPARE(db.schemaVersion(), 3);
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM log")).value().toInt(), 2);
            QCOMPARE(db.scalar(QStringLiteral("SELECT a FROM t")).value().toString(), QStringLiteral("kept"));
        }
    }

    void failedMigrationLeavesPreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.sqlite"));
        const SchemaMigration v1{1, {QStringLiteral("CREATE TABLE IF NOT EXISTS t (a TEXT)")}};
        const SchemaMigration broken{
            2, {QStringLiteral("CREATE TABLE IF NOT EXISTS u (a TEXT)"), QStringLiteral("THIS IS NOT SQL")}};
        {
            Database db({QStringLiteral("cache"), 42, false, {v1}});
            QVERIFY(db.open(path).ok());
        }
        {
            Database db({QStringLiteral("cache"), 42, false, {v1, broken}});
            QVERIFY(!db.open(path).ok());
        }
        Database db({QStringLiteral("cache"), 42, false, {v1}});
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.schemaVersion(), 1);
        // The half-applied migration was rolled back.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'u'")).value().toInt(), 0);
    }

    void newerFileIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        MockClock clock;
        {
            LocalStore store(dir.path(), clock);
            QVERIFY(store.open().ok());
            QVERIFY(store.outbox().append(action(QStringLiteral("checkin"), QStringLiteral("1"))).ok());
            QVERIFY(store.outbox().database().scalar(QStringLiteral("PRAGMA user_version=99")).ok());
        }
        const QString path = QDir(dir.path()).filePath(QStringLiteral("outbox.sqlite"));
        const QByteArray before = test::readAll(path);
        LocalStore store(dir.path(), clock);
        auto opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Database::Newer);
        QVERIFY(opened.error().message.contains(QStringLiteral("newer")));
        QCOMPARE(test::readAll(path), before);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());
    }

    void foreignFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        {
            Database other({QStringLiteral("cache"), 0x12345678, false, {{1, {QStringLiteral("CREATE TABLE x(a)")}}}});
            QVERIFY(other.open(path).ok());
        }
        MockClock clock;
        Outbox outbox(clock);
        const Status status = outbox.open(path);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Database::Foreign);
    }

    // A SQLite file of someone else's (no application id, no version, tables of its own) at the
    // outbox's or the cache's place is refused and left exactly as it was; only a file without any
    // table is a new store.
    void foreignFileWithoutIdIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("outbox") << QStringLiteral("outbox.sqlite");
        QTest::newRow("cache") << QStringLiteral("cache.sqlite");
    }

    void foreignFileWithoutIdIsRefusedUntouched()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("someone-else"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recettes (nom TEXT, temps INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO recettes VALUES ('tarte', 45)")));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("someone-else"));
        const QByteArray before = test::readAll(path);
        MockClock clock;
        LocalStore store(dir.path(), clock);
        auto opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Database::Foreign);
        QVERIFY(opened.error().message.contains(path));
        QCOMPARE(test::readAll(path), before);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());
    }

    void emptyFileIsANewStore()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeAll(dir.filePath(QStringLiteral("outbox.sqlite")), {}));
        MockClock clock;
        LocalStore store(dir.path(), clock);
        auto opened = store.open();
        QVERIFY(opened.ok());
        QVERIFY(opened.value().isEmpty());
        QVERIFY(store.outbox().append(action(QStringLiteral("checkin"), QStringLiteral("1"))).ok());
    }

    // A crash leaves committed actions in the WAL. The outbox is then found damaged: the file, its
    // WAL and its shm are set aside exactly as they were (never checkpointed by the check), and what
    // can be read is back in the review list of the new outbox.
    void damagedOutboxWithLiveWalIsKeptByteForByteAndRecovered()
    {
        QTemporaryDir work, crashed;
        MockClock clock;
        QStringList walUuids;
        int schemaPages = 0;
        {
            LocalStore store(work.path(), clock);
            QVERIFY(store.open().ok());
            // The schema's tables and indexes take the pages up to the highest root page.
            schemaPages = store.outbox()
                              .database()
                              .scalar(QStringLiteral("SELECT max(rootpage) FROM sqlite_master"))
                              .value()
                              .toInt();
            for (int i = 0; i < 300; ++i)
                QVERIFY(store.outbox().append(action(QStringLiteral("checkin"), QStringLiteral("A%1").arg(i))).ok());
        } // closed: these 300 are in the main file
        QVERIFY(schemaPages > 1);
        {
            LocalStore store(work.path(), clock);
            QVERIFY(store.open().ok());
            for (int i = 0; i < 200; ++i) {
                auto a = store.outbox().append(action(QStringLiteral("checkin"), QStringLiteral("B%1").arg(i)));
                QVERIFY(a.ok());
                walUuids << a.value().uuid;
            }
            // The power goes: the files as they are on disk now (synchronous=FULL: all committed).
            for (const QString& name : {QStringLiteral("outbox.sqlite"), QStringLiteral("outbox.sqlite-wal"),
                                        QStringLiteral("outbox.sqlite-shm"), QStringLiteral("cache.sqlite")})
                QVERIFY(QFile::copy(work.filePath(name), crashed.filePath(name)));
        }
        const QString path = crashed.filePath(QStringLiteral("outbox.sqlite"));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        // The page after the schema's (its tables and indexes, shuttle crates and lockers included): a
        // leaf of the first actions, not in the WAL.
        QVERIFY(test::scribble(path, 4096 * qint64(schemaPages) + 100, 3000));
        const QByteArray damaged = test::readAll(path), wal = test::readAll(path + QStringLiteral("-wal")),
                         shm = test::readAll(path + QStringLiteral("-shm"));
        clock.set(QDateTime(QDate(2026, 11, 22), QTime(10, 30, 0), QTimeZone::utc()));

        LocalStore store(crashed.path(), clock);
        auto opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened.value().size(), 1);
        const StoreNotice notice = opened.value().first();
        QCOMPARE(notice.kind, StoreNotice::Kind::OutboxMovedAside);
        QCOMPARE(test::readAll(notice.path), damaged);
        QCOMPARE(test::readAll(notice.path + QStringLiteral("-wal")), wal);
        QCOMPARE(test::readAll(notice.path + QStringLiteral("-shm")), shm);
        // Everything written after the last checkpoint is readable, and at most the rows of the damaged
        // page are missing.
        QVERIFY2(notice.recovered >= 200 + 300 - 60, qPrintable(QString::number(notice.recovered)));
        QVERIFY(notice.message.contains(QString::number(notice.recovered)));
        QCOMPARE(store.outbox().count(OutboxAction::State::Review).value(), notice.recovered);
        QCOMPARE(store.outbox().count(OutboxAction::State::Pending).value(), 0);
        for (const QString& uuid : std::as_const(walUuids)) {
            auto found = store.outbox().find(uuid);
            QVERIFY(found.ok());
            QCOMPARE(found.value().state, OutboxAction::State::Review);
            QVERIFY(found.value().lastError.contains(QFileInfo(notice.path).fileName()));
        }
        QVERIFY(QDir(crashed.path())
                    .entryList({QStringLiteral("*.before-open"), QStringLiteral(".recovery-*")},
                               QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
        store.close();
        // Opened again: nothing recovered twice, the file aside still as it was.
        LocalStore again(crashed.path(), clock);
        QVERIFY(again.open().ok());
        QCOMPARE(again.outbox().count(OutboxAction::State::Review).value(), notice.recovered);
        QCOMPARE(test::readAll(notice.path), damaged);
    }

    // After the retention set by the library, no patron identifier of a settled action, no
    // unneeded cached patron and no collected order is left in either file, not even in free pages
    // or the WAL; every pending action and every action to review keeps all it needs.
    void retentionLeavesNoPatronIdentifierBehind()
    {
        QTemporaryDir dir;
        MockClock clock(QDateTime(QDate(2026, 10, 1), QTime(9, 0), QTimeZone::utc()));
        LocalStore store(dir.path(), clock);
        QVERIFY(store.open().ok());
        auto checkout = [&store](const QString& card, const QString& barcode) {
            OutboxAction a = action(QStringLiteral("checkout"), barcode);
            a.payload.insert(QStringLiteral("card"), card);
            return store.outbox().append(a).value().uuid;
        };
        QStringList settledCards;
        for (int i = 0; i < 40; ++i) {
            const QString card = QStringLiteral("2104200099%1").arg(i, 4, 10, QLatin1Char('0'));
            settledCards << card;
            const QString uuid = checkout(card, QStringLiteral("3104200000%1").arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(i % 2 ? store.outbox().acknowledge(uuid).ok()
                          : store.outbox().sendToReview(uuid, QStringLiteral("Carte ") + card).ok() &&
                                store.outbox().discard(uuid, QStringLiteral("marie")).ok());
        }
        const QString pendingCard = QStringLiteral("21042000777001"), reviewCard = QStringLiteral("21042000777002");
        const QString pending = checkout(pendingCard, QStringLiteral("31042000770001"));
        const QString review = checkout(reviewCard, QStringLiteral("31042000770002"));
        QVERIFY(store.outbox().sendToReview(review, QStringLiteral("Lecteur bloqué")).ok());
        QVERIFY(
            store.outbox().markCollected(12, QStringLiteral("Zéphyrine Quatremare"), 2, QStringLiteral("marie")).ok());
        Database& cache = store.cache().database();
        QVERIFY(cache.exec(QStringLiteral("INSERT INTO patrons VALUES (1, '21042000555001', 'Oubliette', 'Anne', "
                                          "'ADULT', 'CENTRE', '2026-10-01'), (2, '21042000555002', 'Gardé', 'Paul', "
                                          "'ADULT', 'CENTRE', '2026-10-01')")));
        QVERIFY(cache.exec(QStringLiteral("INSERT INTO holds (hold_id, patron_id, biblio_id) VALUES (9, 2, 1)")));

        clock.set(QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc())); // 32 days later
        auto purged = applyRetention(store, clock.now(), 30);
        QVERIFY(purged.ok());
        QCOMPARE(purged.value().actions, 40);
        QCOMPARE(purged.value().patrons, 1);
        QCOMPARE(purged.value().orders, 1);
        QVERIFY(purged.value().auditLines >= 20);
        QCOMPARE(store.outbox().count(OutboxAction::State::Pending).value(), 1);
        QCOMPARE(store.outbox().find(pending).value().payload.value(QStringLiteral("card")).toString(), pendingCard);
        QCOMPARE(store.outbox().find(review).value().payload.value(QStringLiteral("card")).toString(), reviewCard);
        // The audit trail still says who did what and when.
        QVERIFY(store.outbox()
                    .database()
                    .scalar(QStringLiteral("SELECT count(*) FROM audit WHERE staff = 'marie'"))
                    .value()
                    .toInt() >= 60);
        store.close();
        QByteArray everything;
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files))
            everything += test::readAll(dir.filePath(name));
        for (const QString& card : std::as_const(settledCards))
            QVERIFY2(!everything.contains(card.toLatin1()), qPrintable(card));
        QVERIFY(!everything.contains("21042000555001"));
        QVERIFY(!everything.contains("Oubliette"));
        QVERIFY(!everything.contains(QStringLiteral("Quatremare").toUtf8()));
        QVERIFY(everything.contains(pendingCard.toLatin1()));
        QVERIFY(everything.contains("21042000555002"));
    }

    void reopenKeepsActionsInOrder()
    {
        QTemporaryDir dir;
        MockClock clock;
        QStringList uuids;
        {
            LocalStore store(dir.path(), clock);
            QVERIFY(store.open().ok());
            for (int i = 0; i < 3; ++i) {
                clock.advance(1000);
                auto appended = store.outbox().append(action(QStringLiteral("checkin"), QString::number(i)));
                QVERIFY(appended.ok());
                QVERIFY(appended.value().id > 0);
                uuids << appended.value().uuid;
            }
        }
        LocalStore store(dir.path(), clock);
        QVERIFY(store.open().ok());
        auto pending = store.outbox().list(OutboxAction::State::Pending);
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().size(), 3);
        for (int i = 0; i < 3; ++i) {
            const OutboxAction& a = pending.value()[i];
            QCOMPARE(a.uuid, uuids[i]);
            QCOMPARE(a.payload.value(QStringLiteral("barcode")).toString(), QString::number(i));
            QCOMPARE(a.staff, QStringLiteral("marie"));
            QCOMPARE(a.workstation, QStringLiteral("desk-1"));
            QCOMPARE(a.createdAt, QDateTime(QDate(2026, 11, 22), QTime(9, 0, i + 1), QTimeZone::utc()));
        }
    }

    void stateChangesKeepTheActionAndAreAudited()
    {
        QTemporaryDir dir;
        MockClock clock;
        LocalStore store(dir.path(), clock);
        QVERIFY(store.open().ok());
        Outbox& outbox = store.outbox();
        const QString a = outbox.append(action(QStringLiteral("checkin"), QStringLiteral("1"))).value().uuid;
        const QString b = outbox.append(action(QStringLiteral("checkout"), QStringLiteral("2"))).value().uuid;
        QVERIFY(outbox.acknowledge(a).ok());
        QVERIFY(outbox.sendToReview(b, QStringLiteral("hold cancelled")).ok());
        QCOMPARE(outbox.count(OutboxAction::State::Review).value(), 1);
        QCOMPARE(outbox.find(b).value().lastError, QStringLiteral("hold cancelled"));
        QCOMPARE(outbox.find(b).value().attempts, 1);
        QVERIFY(outbox.retry(b, QStringLiteral("paul")).ok());
        QCOMPARE(outbox.count(OutboxAction::State::Pending).value(), 1);
        QVERIFY(outbox.discard(b, QStringLiteral("paul")).ok());
        QCOMPARE(outbox.count(OutboxAction::State::Discarded).value(), 1);
        QCOMPARE(outbox.count(OutboxAction::State::Acknowledged).value(), 1);
        QVERIFY(!outbox.acknowledge(QStringLiteral("no-such-uuid")).ok());
        auto audit = outbox.database().exec(
            QStringLiteral("SELECT event, staff FROM audit WHERE action_uuid = ? ORDER BY id"), {b});
        QStringList events;
        while (audit.value().next())
            events << audit.value().value(0).toString() + QLatin1Char('/') + audit.value().value(1).toString();
        QCOMPARE(events, (QStringList{QStringLiteral("append/marie"), QStringLiteral("review/marie"),
                                      QStringLiteral("retry/paul"), QStringLiteral("discard/paul")}));
    }

    void garbageCacheIsRebuilt()
    {
        QTemporaryDir dir;
        MockClock clock;
        {
            LocalStore store(dir.path(), clock);
            QVERIFY(store.open().ok());
            QVERIFY(store.cache().setSyncValue(QStringLiteral("holds.since"), QStringLiteral("x")).ok());
        }
        QVERIFY(test::writeAll(QDir(dir.path()).filePath(QStringLiteral("cache.sqlite")),
                               QByteArray("this is not a database, just words on a page. ").repeated(200)));
        LocalStore store(dir.path(), clock);
        auto opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened.value().size(), 1);
        QCOMPARE(opened.value().first().kind, StoreNotice::Kind::CacheRebuilt);
        QCOMPARE(store.cache().syncValue(QStringLiteral("holds.since")).value(), QString());
        QVERIFY(store.cache().setSyncValue(QStringLiteral("holds.since"), QStringLiteral("y")).ok());
    }

    void damagedOutboxIsMovedAsideNeverDeleted_data()
    {
        QTest::addColumn<bool>("wholeFile");
        QTest::newRow("page damaged") << false;
        QTest::newRow("not a database") << true;
    }

    void damagedOutboxIsMovedAsideNeverDeleted()
    {
        QFETCH(bool, wholeFile);
        QTemporaryDir dir;
        MockClock clock;
        {
            LocalStore store(dir.path(), clock);
            QVERIFY(store.open().ok());
            for (int i = 0; i < 200; ++i)
                QVERIFY(store.outbox()
                            .append(action(QStringLiteral("checkin"),
                                           QStringLiteral("3123400000%1").arg(i, 4, 10, QLatin1Char('0'))))
                            .ok());
        }
        const QString path = QDir(dir.path()).filePath(QStringLiteral("outbox.sqlite"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        if (wholeFile)
            QVERIFY(test::writeAll(path, QByteArray(8192, 'Z')));
        else
            QVERIFY(test::scribble(path, 4096 + 16, 4000)); // inside page 2
        const QByteArray damaged = test::readAll(path);
        clock.set(QDateTime(QDate(2026, 11, 22), QTime(10, 30, 0), QTimeZone::utc()));

        LocalStore store(dir.path(), clock);
        auto opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened.value().size(), 1);
        const StoreNotice notice = opened.value().first();
        QCOMPARE(notice.kind, StoreNotice::Kind::OutboxMovedAside);
        QCOMPARE(notice.path, path + QStringLiteral(".corrupt-20261122-103000"));
        QVERIFY(notice.message.contains(notice.path));
        QCOMPARE(test::readAll(notice.path), damaged); // kept byte for byte
        QCOMPARE(store.outbox().count(OutboxAction::State::Pending).value(), 0);
        QVERIFY(store.outbox().append(action(QStringLiteral("checkin"), QStringLiteral("1"))).ok());
        store.close();

        // Damaged a second time the same second: a second file aside, the first one kept.
        QVERIFY(test::writeAll(path, QByteArray(8192, 'Y')));
        LocalStore again(dir.path(), clock);
        auto reopened = again.open();
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value().first().path, path + QStringLiteral(".corrupt-20261122-103000-2"));
        QCOMPARE(test::readAll(notice.path), damaged);
    }

    // The N-th database operation fails, for every N the scenario reaches: opening, appending,
    // acknowledging. Every append that reported success must be there afterwards, once, and the
    // store must open cleanly.
    void faultInjectionLosesNothingConfirmed()
    {
        int scenarios = 0;
        for (int n = 1;; ++n) {
            QTemporaryDir dir;
            MockClock clock;
            FaultInjector faults;
            QStringList confirmed;
            QString acknowledged;
            {
                LocalStore store(dir.path(), clock, &faults);
                faults.failAt(n);
                auto opened = store.open();
                if (!opened.ok()) {
                    QVERIFY(faults.fired());
                    opened = store.open(); // the fault was transient: opening again works
                    QVERIFY2(
                        opened.ok(),
                        qPrintable(
                            QStringLiteral("n=%1: %2").arg(n).arg(opened.ok() ? QString() : opened.error().message)));
                }
                for (int i = 0; i < 5; ++i) {
                    clock.advance(10);
                    auto appended = store.outbox().append(action(QStringLiteral("checkin"), QString::number(i)));
                    if (appended.ok())
                        confirmed << appended.value().uuid;
                }
                if (!confirmed.isEmpty() && store.outbox().acknowledge(confirmed.first()).ok())
                    acknowledged = confirmed.first();
                // After a fault, the same store keeps working (the fault may also land on this append,
                // then the next one works).
                const bool firedBefore = faults.fired();
                auto after = store.outbox().append(action(QStringLiteral("checkin"), QStringLiteral("after")));
                if (!after.ok()) {
                    QVERIFY(!firedBefore);
                    after = store.outbox().append(action(QStringLiteral("checkin"), QStringLiteral("after")));
                }
                QVERIFY2(after.ok(), qPrintable(QStringLiteral("n=%1").arg(n)));
                confirmed << after.value().uuid;
            }
            const bool fired = faults.fired();

            LocalStore reopened(dir.path(), clock);
            auto opened = reopened.open();
            QVERIFY2(opened.ok(), qPrintable(QStringLiteral("n=%1").arg(n)));
            QVERIFY(opened.value().isEmpty());
            QCOMPARE(reopened.outbox().database().scalar(QStringLiteral("PRAGMA quick_check")).value().toString(),
                     QStringLiteral("ok"));
            auto all = reopened.outbox().database().scalar(QStringLiteral("SELECT count(*) FROM actions"));
            QCOMPARE(all.value().toInt(), confirmed.size());
            for (const QString& uuid : std::as_const(confirmed)) {
                auto found = reopened.outbox().find(uuid);
                QVERIFY2(found.ok(), qPrintable(QStringLiteral("n=%1 lost %2").arg(n).arg(uuid)));
                QCOMPARE(found.value().state,
                         uuid == acknowledged ? OutboxAction::State::Acknowledged : OutboxAction::State::Pending);
            }
            ++scenarios;
            if (!fired)
                break; // N is past the last operation of the scenario: every point was covered
            QVERIFY(n < 500);
        }
        QVERIFY2(scenarios > 30, qPrintable(QString::number(scenarios)));
        qInfo("fault injection covered %d failure points", scenarios - 1);
    }

    // Schema 4 stores each pick-list line's shelf key: a cache from before gets the keys of the
    // lines it holds when it is migrated, new lines get theirs as they are written, and the index
    // gives the site's lines in shelf order, then by barcode, without a sort.
    void cacheMigrationStoresShelfKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            QList<SchemaMigration> before;
            for (const SchemaMigration& m : CacheStore::schema())
                if (m.version <= 3)
                    before << m;
            Database old({QStringLiteral("cache"), CacheStore::ApplicationId, false, before});
            QVERIFY(old.open(path).ok());
            QCOMPARE(old.schemaVersion(), 3);
            QVERIFY(old.exec(QStringLiteral("INSERT INTO pick_list (site, item_id, barcode, callnumber) VALUES "
                                            "('CENTRE', 1, '3001', '843.914 D94'), ('CENTRE', 2, '3002', "
                                            "'843.914 D113'), ('CENTRE', 3, '3003', 'R ŒUVRE'), ('CENTRE', 4, "
                                            "'3004', NULL), ('CENTRE', 5, '10', 'R ŒUVRE'), ('CENTRE', 6, '9', "
                                            "'R OEUVRE'), ('JMOULIN', 7, '3007', '004 DUP')"))
                        .ok());
        }
        CacheStore cache;
        QVERIFY(cache.open(path).ok());
        Database& db = cache.database();
        QCOMPARE(db.schemaVersion(), CacheStore::schema().last().version);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO pick_list (site, item_id, barcode, callnumber) VALUES "
                                       "('CENTRE', 8, 'B12', 'BD HER T.2')"))
                    .ok());
        auto rows = db.exec(QStringLiteral("SELECT callnumber, shelf_key FROM pick_list"));
        QVERIFY(rows.ok());
        int checked = 0;
        while (rows.value().next()) {
            const QString call = rows.value().value(0).toString();
            QCOMPARE(rows.value().value(1).toByteArray(), desk::shelfKey(call));
            ++checked;
        }
        rows.value().finish();
        QCOMPARE(checked, 8);
        // Shelf order (no call number first; D113 before D94; ŒUVRE as OEUVRE), then barcodes as
        // numbers (9 before 10), then the others; this site only.
        const QString walk = QStringLiteral("SELECT item_id FROM pick_list INDEXED BY pick_list_walk WHERE site = "
                                            "'CENTRE' ORDER BY shelf_key, barcode_rank, barcode");
        auto ordered = db.exec(walk);
        QVERIFY(ordered.ok());
        QList<qint64> items;
        while (ordered.value().next())
            items << ordered.value().value(0).toLongLong();
        ordered.value().finish();
        QCOMPARE(items, (QList<qint64>{4, 2, 1, 8, 6, 5, 3}));
        // An ordered read: SQLite walks the index, it sorts nothing.
        auto plan = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + walk);
        QVERIFY(plan.ok());
        QStringList steps;
        while (plan.value().next())
            steps << plan.value().value(3).toString();
        plan.value().finish();
        QVERIFY2(!steps.join(QLatin1Char('\n')).contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
    }

    // Schema 5 keeps on each pick-list line what the pull list shows of its item and record, so
    // that the list is one covered read of one index. The lines follow whatever writes the items
    // and records, in any order: a line before its item (the sync fetches missing items after the
    // list), an item moved to another location, a record retitled, an item or a record removed; a
    // line without a call number of its own files by its item's. A cache from schema 4 keeps its
    // lines, details filled in.
    void pickListLinesFollowTheirItemsAndRecords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            QList<SchemaMigration> before;
            for (const SchemaMigration& m : CacheStore::schema())
                if (m.version <= 4)
                    before << m;
            CacheStore registersShelfKeys; // the schema-4 table computes its keys with comptoir_shelf_key
            Database old({QStringLiteral("cache"), CacheStore::ApplicationId, false, before});
            QVERIFY(old.open(path).ok());
            QCOMPARE(old.schemaVersion(), 4);
            QVERIFY(old.exec(QStringLiteral("INSERT INTO items (item_id, barcode, biblio_id, callnumber, location) "
                                            "VALUES (1, '3001', 10, '843.914 D94', 'Romans')"))
                        .ok());
            QVERIFY(old.exec(QStringLiteral("INSERT INTO biblios (biblio_id, title, author) VALUES (10, 'Les "
                                            "Années', 'Ernaux')"))
                        .ok());
            QVERIFY(old.exec(QStringLiteral("INSERT INTO pick_list (site, item_id, biblio_id, barcode, callnumber) "
                                            "VALUES ('CENTRE', 1, 10, '3001', '843.914 D94')"))
                        .ok());
        }
        CacheStore cache;
        QVERIFY(cache.open(path).ok());
        Database& db = cache.database();
        // What the pull list reads of a line: its packed value (location, title, author, call
        // number it files by), and its stored shelf key.
        const auto line = [&db](qint64 item) {
            auto row = db.exec(QStringLiteral("SELECT line, hex(shelf_key) FROM pick_list WHERE item_id = ?"), {item});
            QStringList values;
            if (row.ok() && row.value().next()) {
                const QByteArray packed = row.value().value(0).toByteArray();
                store::PackedLine l;
                if (!store::unpackLine(packed.constData(), packed.size(), l))
                    return QStringList{QStringLiteral("damaged")};
                const auto text = [](std::string_view v) {
                    return v.data() ? QString::fromUtf8(v.data(), qsizetype(v.size())) : QStringLiteral("-");
                };
                values << text(l.location) << text(l.title) << text(l.author) << text(l.callNumber)
                       << row.value().value(1).toString();
            }
            return values;
        };
        const auto key = [](const char* call) {
            return QString::fromLatin1(desk::shelfKey(QString::fromUtf8(call)).toHex().toUpper());
        };
        QCOMPARE(line(1), (QStringList{QStringLiteral("Romans"), QStringLiteral("Les Années"), QStringLiteral("Ernaux"),
                                       QStringLiteral("843.914 D94"), key("843.914 D94")}));

        // A line written before its item and record: bare, then filled as they come.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO pick_list (site, item_id, biblio_id, barcode) VALUES ('CENTRE', "
                                       "2, 20, '3002')"))
                    .ok());
        QCOMPARE(line(2), (QStringList{QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                                       QStringLiteral("-"), key("")}));
        QVERIFY(db.exec(QStringLiteral("INSERT OR REPLACE INTO items (item_id, barcode, biblio_id, callnumber, "
                                       "location) VALUES (2, '3002', 20, '843.914 D113', 'Romans')"))
                    .ok());
        QVERIFY(db.exec(QStringLiteral("INSERT OR REPLACE INTO biblios (biblio_id, title, author) VALUES (20, "
                                       "'Œuvres', 'Rimbaud')"))
                    .ok());
        QCOMPARE(line(2), (QStringList{QStringLiteral("Romans"), QStringLiteral("Œuvres"), QStringLiteral("Rimbaud"),
                                       QStringLiteral("843.914 D113"), key("843.914 D113")}));
        // D113 files before D94 (Cutter digits are decimals), by the item's call number.
        const QString walk = QStringLiteral("SELECT item_id FROM pick_list INDEXED BY pick_list_walk WHERE site = "
                                            "'CENTRE' ORDER BY shelf_key, barcode_rank, barcode, item_id");
        const auto order = [&db, &walk] {
            QList<qint64> items;
            auto rows = db.exec(walk);
            while (rows.ok() && rows.value().next())
                items << rows.value().value(0).toLongLong();
            return items;
        };
        QCOMPARE(order(), (QList<qint64>{2, 1}));

        // The item moves and is renumbered on the shelf; the record is retitled.
        QVERIFY(db.exec(QStringLiteral("INSERT OR REPLACE INTO items (item_id, barcode, biblio_id, callnumber, "
                                       "location) VALUES (2, '3002', 20, '843.914 E1', 'Réserve')"))
                    .ok());
        QVERIFY(db.exec(QStringLiteral("UPDATE biblios SET title = 'Poésies' WHERE biblio_id = 20")).ok());
        QCOMPARE(line(2), (QStringList{QStringLiteral("Réserve"), QStringLiteral("Poésies"), QStringLiteral("Rimbaud"),
                                       QStringLiteral("843.914 E1"), key("843.914 E1")}));
        QCOMPARE(order(), (QList<qint64>{1, 2}));
        // A call number of the line's own wins over its item's.
        QVERIFY(db.exec(QStringLiteral("UPDATE pick_list SET callnumber = '100 A' WHERE item_id = 2")).ok());
        QCOMPARE(line(2).value(4), key("100 A"));
        QCOMPARE(order(), (QList<qint64>{2, 1}));
        // Removed: the line no longer shows them.
        QVERIFY(db.exec(QStringLiteral("DELETE FROM items WHERE item_id = 1")).ok());
        QVERIFY(db.exec(QStringLiteral("DELETE FROM biblios WHERE biblio_id = 10")).ok());
        QCOMPARE(line(1), (QStringList{QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                                       QStringLiteral("843.914 D94"), key("843.914 D94")}));

        // The pull list's read is covered by the walk index and sorts nothing.
        auto plan = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QString::fromLatin1(desk::PullListSql),
                            {QStringLiteral("CENTRE")});
        QVERIFY(plan.ok());
        QStringList steps;
        while (plan.value().next())
            steps << plan.value().value(3).toString();
        QVERIFY2(steps.join(QLatin1Char('\n')).contains(QLatin1String("COVERING INDEX pick_list_walk")) &&
                     !steps.join(QLatin1Char('\n')).contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
    }

    // A first sync drops the cache's secondary indexes and builds them at the end; a sync cut
    // short (the counter switched off) leaves them out, and the next open builds them again, with
    // the shelf order's index still giving an ordered read.
    void secondaryIndexesComeBackAfterAFirstSyncCutShort()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const QString count = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                             "('holds_pickup', 'holds_item', 'holds_biblio', 'holds_patron', "
                                             "'items_barcode', 'patrons_card', 'pick_list_barcode', "
                                             "'pick_list_walk', 'holds_waiting')");
        {
            CacheStore cache;
            QVERIFY(cache.open(path).ok());
            QCOMPARE(cache.isEmpty().value(), true);
            QCOMPARE(cache.database().scalar(count).value().toInt(), 9);
            QVERIFY(cache.dropSecondaryIndexes().ok());
            QCOMPARE(cache.database().scalar(count).value().toInt(), 0);
            // With the triggers out too: the lines, then an item (its call number files line 3),
            // a record and the requests, as a first sync writes them.
            QVERIFY(cache.database()
                        .exec(QStringLiteral("INSERT INTO pick_list (site, item_id, biblio_id, barcode, callnumber) "
                                             "VALUES ('CENTRE', 1, 10, '3001', '843.914 D94'), ('CENTRE', 2, NULL, "
                                             "'3002', '843.914 D113'), ('CENTRE', 3, NULL, '3003', NULL)"))
                        .ok());
            QVERIFY(cache.database()
                        .exec(QStringLiteral("INSERT INTO items (item_id, barcode, callnumber, location) VALUES (1, "
                                             "'3001', '843.914 D94', 'Romans'), (3, '3003', '100 A', 'Documentaires')"))
                        .ok());
            QVERIFY(cache.database()
                        .exec(QStringLiteral("INSERT INTO biblios (biblio_id, title, author) VALUES (10, 'Les Années', "
                                             "'Ernaux')"))
                        .ok());
            QVERIFY(cache.database()
                        .exec(QStringLiteral("INSERT INTO holds (hold_id, pickup_library_id) VALUES (1, 'CENTRE'), (2, "
                                             "'CENTRE'), (3, 'NORD')"))
                        .ok());
            QCOMPARE(cache.isEmpty().value(), false);
        } // switched off here
        CacheStore cache;
        QVERIFY(cache.open(path).ok());
        QCOMPARE(cache.database().scalar(count).value().toInt(), 9);
        auto ordered = cache.database().exec(QStringLiteral(
            "SELECT item_id FROM pick_list INDEXED BY pick_list_walk WHERE site = 'CENTRE' ORDER BY shelf_key, "
            "barcode_rank, barcode"));
        QVERIFY(ordered.ok());
        QList<qint64> items;
        while (ordered.value().next())
            items << ordered.value().value(0).toLongLong();
        QCOMPARE(items, (QList<qint64>{3, 2, 1}));
        // The lines were brought up to date in one pass, and the triggers are back.
        auto packed = cache.database().scalar(QStringLiteral("SELECT line FROM pick_list WHERE item_id = 1"));
        QVERIFY(packed.ok());
        const QByteArray bytes = packed.value().toByteArray();
        store::PackedLine line;
        QVERIFY(store::unpackLine(bytes.constData(), bytes.size(), line));
        QCOMPARE(QString::fromUtf8(line.location.data(), qsizetype(line.location.size())), QStringLiteral("Romans"));
        QCOMPARE(QString::fromUtf8(line.title.data(), qsizetype(line.title.size())), QStringLiteral("Les Années"));
        QCOMPARE(cache.holdCount(QStringLiteral("CENTRE")).value(), 2);
        QCOMPARE(cache.holdCount(QStringLiteral("NORD")).value(), 1);
        QVERIFY(cache.database().exec(QStringLiteral("UPDATE items SET location = 'Réserve' WHERE item_id = 1")).ok());
        QVERIFY(cache.database().exec(QStringLiteral("DELETE FROM holds WHERE hold_id = 3")).ok());
        QCOMPARE(cache.holdCount(QStringLiteral("NORD")).value(), 0);
        packed = cache.database().scalar(QStringLiteral("SELECT line FROM pick_list WHERE item_id = 1"));
        const QByteArray after = packed.value().toByteArray();
        QVERIFY(store::unpackLine(after.constData(), after.size(), line));
        QCOMPARE(QString::fromUtf8(line.location.data(), qsizetype(line.location.size())), QStringLiteral("Réserve"));
    }

    // A burst (a stack of tags on the RFID pad) is one transaction: a fault at any of its
    // operations leaves none of its actions, in the open store and after reopening; when it
    // succeeds, every action is there after reopening, in order, each with its audit line.
    void burstIsAllOrNothing()
    {
        int failedMidway = 0;
        for (int n = 1;; ++n) {
            QTemporaryDir dir;
            MockClock clock;
            FaultInjector faults;
            QStringList confirmed;
            bool ok = false;
            {
                LocalStore store(dir.path(), clock, &faults);
                QVERIFY(store.open().ok());
                QVERIFY(store.outbox().append(action(QStringLiteral("checkin"), QStringLiteral("before"))).ok());
                QList<OutboxAction> stack;
                for (int i = 0; i < 5; ++i)
                    stack << action(QStringLiteral("checkin"), QStringLiteral("tag-%1").arg(i));
                faults.failAt(n);
                auto burst = store.outbox().appendBurst(stack);
                ok = burst.ok();
                if (ok) {
                    QCOMPARE(burst.value().size(), 5);
                    for (const OutboxAction& a : burst.value()) {
                        QVERIFY(a.id > 0);
                        QVERIFY(!a.uuid.isEmpty());
                        confirmed << a.uuid;
                    }
                } else {
                    QVERIFY(faults.fired());
                    // Nothing of it, even before the store is closed.
                    QCOMPARE(store.outbox().count(OutboxAction::State::Pending).value(), 1);
                    // A fault after the first insert, before the commit: the middle of the burst.
                    if (n > 2)
                        ++failedMidway;
                }
            }
            LocalStore reopened(dir.path(), clock);
            QVERIFY(reopened.open().ok());
            auto pending = reopened.outbox().list(OutboxAction::State::Pending);
            QVERIFY(pending.ok());
            QCOMPARE(pending.value().size(), ok ? 6 : 1);
            QCOMPARE(pending.value().first().payload.value(QStringLiteral("barcode")).toString(),
                     QStringLiteral("before"));
            auto audited = reopened.outbox().database().scalar(
                QStringLiteral("SELECT count(*) FROM audit WHERE event = 'append'"));
            QCOMPARE(audited.value().toInt(), ok ? 6 : 1);
            for (int i = 0; i < confirmed.size(); ++i) {
                QCOMPARE(pending.value()[i + 1].uuid, confirmed[i]);
                QCOMPARE(pending.value()[i + 1].payload.value(QStringLiteral("barcode")).toString(),
                         QStringLiteral("tag-%1").arg(i));
            }
            if (!faults.fired()) {
                QVERIFY(ok);
                break; // past the burst's last operation: every point was covered
            }
            QVERIFY(n < 100);
        }
        QVERIFY2(failedMidway >= 8, qPrintable(QString::number(failedMidway))); // 5 inserts, 5 audit lines
    }
};

// The sync's bulk statements (Database::statement): nulls, integers, UTF-8 text and bytes stored
// as QSqlQuery would store them; an error is a value; a statement still held when the file closes
// is finalized first (the file closes and opens again), and using it then is an error, not a crash.
void TestStore::bulkStatementsWriteAndCloseCleanly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    std::shared_ptr<Statement> held;
    {
        CacheStore cache;
        QVERIFY(cache.open(path).ok());
        Database& db = cache.database();
        auto made = db.statement(QStringLiteral("INSERT INTO biblios (biblio_id, title, author) VALUES (?, ?, ?)"));
        QVERIFY(made);
        held = made.value();
        QVERIFY(db.run(*held, {qint64(7), QStringLiteral("Œuvres complètes"), QVariant()}).ok());
        QVERIFY(db.run(*held, {8, QStringLiteral("L'Étranger"), QStringLiteral("Camus")}).ok());
        QVERIFY(!db.run(*held, {7, QStringLiteral("twice"), QVariant()}).ok()); // the primary key
        QVERIFY(!db.statement(QStringLiteral("INSERT INTO nowhere VALUES (?)")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT title FROM biblios WHERE biblio_id = 7")).value().toString(),
                 QStringLiteral("Œuvres complètes"));
        QVERIFY(db.scalar(QStringLiteral("SELECT author FROM biblios WHERE biblio_id = 7")).value().isNull());
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT typeof(biblio_id) FROM biblios WHERE biblio_id = 8")).value().toString(),
            QStringLiteral("integer"));
    }
    // The cache closed with the statement still held: it was finalized, and says so when used.
    {
        CacheStore again;
        QVERIFY(again.open(path).ok());
        QCOMPARE(again.database().scalar(QStringLiteral("SELECT count(*) FROM biblios")).value().toInt(), 2);
        QVERIFY(!again.database().run(*held, {9, QStringLiteral("after"), QVariant()}).ok());
    }
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
