// Files written by the previous release (tests/fixtures/0.1, see its README) open in this one with
// nothing lost; a file from a newer release is refused and left byte for byte as it was.
#include "Settings.h"
#include "crates/CrateService.h"
#include "store/LocalStore.h"
#include "support/MockClock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using crates::Crate;
using crates::CrateService;

namespace {

const QString Fixtures = QStringLiteral(COMPTOIR_SOURCE_DIR "/tests/fixtures/0.1");

QByteArray digest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool copyFixtures(const QString& to)
{
    for (const char* name : {"cache.sqlite", "outbox.sqlite", "comptoir.ini"}) {
        const QString target = to + QLatin1Char('/') + QLatin1String(name);
        if (!QFile::copy(Fixtures + QLatin1Char('/') + QLatin1String(name), target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

void setUserVersion(const QString& path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
}

} // namespace

class TestUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsOfTheLastReleaseKeepTheirValues()
    {
        QTemporaryDir dir;
        QVERIFY(copyFixtures(dir.path()));
        Settings settings(dir.filePath(QStringLiteral("comptoir.ini")));
        QCOMPARE(settings.version(), Settings::CurrentVersion);
        QCOMPARE(settings.value(settings::SiteId), QStringLiteral("CENTRE"));
        QCOMPARE(settings.value(settings::WorkstationName), QStringLiteral("POSTE-1"));
        QCOMPARE(settings.value(settings::IlsBaseUrl), QStringLiteral("https://koha.reseau-exemple.fr/api/v1"));
        QCOMPARE(settings.value(settings::SipPort), 6001);
        QCOMPARE(settings.value(settings::SlipAutoPrint), QStringLiteral("hold,transit"));
        QCOMPARE(settings.value(settings::ScannerPort), QStringLiteral("/dev/ttyACM0"));
    }

    void storesOfTheLastReleaseOpenWithEverythingInThem()
    {
        QTemporaryDir dir;
        QVERIFY(copyFixtures(dir.path()));
        test::MockClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
        LocalStore store(dir.path(), clock);
        auto notices = store.open();
        QVERIFY2(notices.ok(), qPrintable(notices.ok() ? QString() : notices.error().message));
        for (const StoreNotice& notice : notices.value())
            QVERIFY2(notice.kind != StoreNotice::Kind::OutboxMovedAside, qPrintable(notice.message));

        // The outbox: the action still to send and the one in review, as they were.
        auto pending = store.outbox().list(OutboxAction::State::Pending);
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value().first().uuid, QStringLiteral("5b0f7c1e-0d1a-4c53-9f7e-0a1b2c3d4e5f"));
        QCOMPARE(pending.value().first().payload.value(QStringLiteral("barcode")).toString(),
                 QStringLiteral("31042000490156"));
        auto review = store.outbox().list(OutboxAction::State::Review);
        QVERIFY(review.ok());
        QCOMPARE(review.value().size(), 1);
        QCOMPARE(review.value().first().lastError, QStringLiteral("Patron blocked"));
        QCOMPARE(store.outbox().count(OutboxAction::State::Acknowledged).value(), 6);
        auto slot = store.outbox().appointment(4242);
        QVERIFY(slot.ok());
        QCOMPARE(slot.value().date(), QDate(2026, 12, 1));

        // The crate being filled is still open with its two items.
        CrateService crateService(store.outbox(), clock, QStringLiteral("CENTRE"), QStringLiteral("demo"));
        auto open = crateService.crates(Crate::Direction::Out, Crate::State::Open);
        QVERIFY(open.ok());
        QCOMPARE(open.value().size(), 1);
        QCOMPARE(open.value().first().destination, QStringLiteral("ZOLA"));
        auto items = crateService.items(open.value().first().seq);
        QVERIFY(items.ok());
        QCOMPARE(items.value(), QStringList({QStringLiteral("31042000357900"), QStringLiteral("31042000306048")}));

        // The cache either kept its rows or was rebuilt empty (it is refilled by the next sync); it
        // is never refused.
        QVERIFY(store.cache().rowCount(QStringLiteral("holds")).ok());
    }

    void aNewerReleasesFilesAreRefusedAndUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(copyFixtures(dir.path()));
        const QString outbox = dir.filePath(QStringLiteral("outbox.sqlite"));
        setUserVersion(outbox, 999);
        QVERIFY(!QFile::exists(outbox + QStringLiteral("-wal")));
        const QByteArray before = digest(outbox);
        test::MockClock clock;
        {
            LocalStore store(dir.path(), clock);
            auto opened = store.open();
            QVERIFY(!opened.ok());
            QVERIFY(opened.error().message.contains(QStringLiteral("newer")));
        }
        QCOMPARE(digest(outbox), before);
        // Opening never checkpoints (Database::open): at most an empty write-ahead log is left.
        QCOMPARE(QFileInfo(outbox + QStringLiteral("-wal")).size(), 0);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("outbox.sqlite.corrupt*")}, QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
