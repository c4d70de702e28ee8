#include "Settings.h"
#include "desk/IlsSession.h"
#include "desk/ShelfLayout.h"
#include "support/TestFiles.h"

#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenEmpty()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("c.ini")));
        QCOMPARE(s.value(settings::Language), QString());
        QCOMPARE(s.value(settings::SoundEnabled), true);
        QCOMPARE(s.value(settings::SoundVolume), 80);
        QCOMPARE(s.value(settings::SyncIntervalSeconds), 120);
        QCOMPARE(s.value(settings::PatronNameDisplay), QStringLiteral("abbreviated"));
        QCOMPARE(s.version(), Settings::CurrentVersion);
    }

    // A REST address as typed: https by default, no user information kept, plain http only to this
    // computer unless allowed explicitly.
    void restAddressIsReadSafely_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("allow");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("no scheme") << "koha.example.org" << false << "https://koha.example.org"
                                   << ""
                                   << "" << true << false;
        QTest::newRow("credentials taken out")
            << "https://staff:s%C3%A9cret@koha.example.org/api/v1" << false << "https://koha.example.org/api/v1"
            << "staff"
            << "sécret" << true << false;
        QTest::newRow("http remote refused") << "http://koha.example.org" << false << "http://koha.example.org"
                                             << ""
                                             << "" << false << false;
        QTest::newRow("http remote allowed") << "http://koha.example.org" << true << "http://koha.example.org"
                                             << ""
                                             << "" << true << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080" << false << "http://127.0.0.1:8080"
                                       << ""
                                       << "" << true << false;
        QTest::newRow("http localhost") << "http://localhost:8080" << false << "http://localhost:8080"
                                        << ""
                                        << "" << true << false;
        QTest::newRow("credentials in refused http")
            << "http://u:p@koha.example.org" << false << "http://koha.example.org"
            << "u"
            << "p" << false << false;
        QTest::newRow("other scheme") << "ftp://koha.example.org" << false << ""
                                      << ""
                                      << "" << false << false;
        QTest::newRow("empty") << "" << false << ""
                               << ""
                               << "" << true << false;
    }

    void restAddressIsReadSafely()
    {
        QFETCH(QString, typed);
        QFETCH(bool, allow);
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, ok);
        QFETCH(bool, insecure);
        const desk::RestAddress a = desk::RestAddress::read(typed, allow);
        QCOMPARE(a.ok(), ok);
        if (!url.isEmpty())
            QCOMPARE(a.url.toString(), url);
        QCOMPARE(a.user, user);
        QCOMPARE(a.password, password);
        QCOMPARE(a.insecure, insecure);
        QVERIFY(!a.url.toString().contains(QLatin1Char('@')));
    }

    void credentialsInAnAddressNeverReachTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.ini"));
        {
            Settings s(path);
            desk::ConnectionSettings c;
            c.restUrl = QUrl(QStringLiteral("https://staff:hunter2@koha.example.org"));
            c.save(s);
            QVERIFY(s.sync().ok());
        }
        const QByteArray text = test::readAll(path);
        QVERIFY(!text.contains("hunter2"));
        QVERIFY(!text.contains("staff@"));
        QVERIFY(text.contains("koha.example.org"));
        // An older file that has them: never used from there.
        QVERIFY(test::writeAll(path, "[ils]\nbaseUrl=https://staff:hunter2@koha.example.org\n"));
        Settings old(path);
        QCOMPARE(desk::ConnectionSettings::fromSettings(old).restUrl.toString(),
                 QStringLiteral("https://koha.example.org"));
    }

    void typedValuesSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.ini"));
        {
            Settings s(path);
            s.setValue(settings::Language, QStringLiteral("en"));
            s.setValue(settings::SoundEnabled, false);
            s.setValue(settings::SoundVolume, 35);
            QVERIFY(s.sync().ok());
        }
        Settings s(path);
        QCOMPARE(s.value(settings::Language), QStringLiteral("en"));
        QCOMPARE(s.value(settings::SoundEnabled), false);
        QCOMPARE(s.value(settings::SoundVolume), 35);
        s.reset(settings::SoundVolume);
        QCOMPARE(s.value(settings::SoundVolume), 80);
    }

    void wrongTypeFallsBackToDefault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.ini"));
        QVERIFY(test::writeAll(path, "[meta]\nversion=1\n[ui]\nsoundVolume=loud\n[sync]\nintervalSeconds=\n"));
        Settings s(path);
        QCOMPARE(s.value(settings::SoundVolume), 80);
        QCOMPARE(s.value(settings::SyncIntervalSeconds), 120);
    }

    void fileIsOwnerOnly()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("c.ini")));
        s.setValue(settings::WorkstationName, QStringLiteral("accueil-1"));
        QVERIFY(s.sync().ok());
        const auto perms = QFileInfo(s.filePath()).permissions();
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
    }

    void unversionedFileIsStamped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.ini"));
        QVERIFY(test::writeAll(path, "[desk]\nworkstation=pret-2\n"));
        Settings s(path);
        QCOMPARE(s.version(), Settings::CurrentVersion);
        QCOMPARE(s.value(settings::WorkstationName), QStringLiteral("pret-2"));
    }

    void migrationsRunInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.ini"));
        const int base = Settings::CurrentVersion;
        QVERIFY(
            test::writeAll(path, QStringLiteral("[meta]\nversion=%1\n[old]\nlang=fr\nvolume=40\n").arg(base).toUtf8()));
        QList<Settings::Migration> migrations = Settings::migrations();
        migrations.append({base + 1, [](QSettings& s) {
                               s.setValue(QStringLiteral("ui/language"), s.value(QStringLiteral("old/lang")));
                               s.remove(QStringLiteral("old/lang"));
                           }});
        migrations.append({base + 2, [](QSettings& s) {
                               // Needs version 2's rename to have happened first.
                               s.setValue(QStringLiteral("ui/soundVolume"),
                                          s.value(QStringLiteral("old/volume")).toInt() * 2);
                               s.remove(QStringLiteral("old/volume"));
                               s.setValue(QStringLiteral("test/sawLanguage"), s.value(QStringLiteral("ui/language")));
                           }});
        Settings s(path, migrations, base + 2);
        QCOMPARE(s.version(), base + 2);
        QCOMPARE(s.value(settings::Language), QStringLiteral("fr"));
        QCOMPARE(s.value(settings::SoundVolume), 80);
        QVERIFY(s.contains("test/sawLanguage"));
        QVERIFY(!s.contains("old/lang"));
        // Already at 3: nothing runs again.
        Settings again(path, migrations, base + 2);
        QCOMPARE(again.value(settings::SoundVolume), 80);
    }

    void walkingOrderBecomesOneZone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.ini"));
        QVERIFY(test::writeAll(path, "[meta]\nversion=1\n[desk]\nwalkingOrder=\"JALB,AROM,BD\"\n"));
        Settings s(path);
        QCOMPARE(s.version(), Settings::CurrentVersion);
        QVERIFY(!s.contains("desk/walkingOrder"));
        auto layout = desk::ShelfLayout::fromJson(s.value(settings::ShelfLayout).toUtf8());
        QVERIFY(layout.ok());
        QCOMPARE(layout.value().zones.size(), 1);
        QCOMPARE(layout.value().walkingOrder(),
                 QStringList({QStringLiteral("JALB"), QStringLiteral("AROM"), QStringLiteral("BD")}));
    }

    void newerFileIsLeftAsItIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.ini"));
        QVERIFY(test::writeAll(path, "[meta]\nversion=7\n[future]\nthing=1\n"));
        Settings s(path);
        QCOMPARE(s.version(), 7);
        QVERIFY(s.contains("future/thing"));
    }

    void registryListsEveryKeyOnce()
    {
        const auto registry = Settings::registry();
        QSet<QString> names;
        for (const SettingInfo& info : registry) {
            QVERIFY2(!names.contains(info.name), qPrintable(info.name));
            names.insert(info.name);
            QVERIFY(info.name.contains(QLatin1Char('/')));
        }
        QVERIFY(names.contains(QLatin1String(settings::Language.name)));
        QVERIFY(names.contains(QLatin1String(settings::LogRules.name)));
        for (const char* name : {settings::IlsAuth.name, settings::IlsUser.name, settings::IlsAllowInsecure.name,
                                 settings::SipHost.name, settings::SipPort.name, settings::SipLogin.name,
                                 settings::SipInstitution.name, settings::SipErrorDetection.name})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        // One entry per key declared in Settings.h (no password among them: secrets live in the keychain).
        QVERIFY(names.contains(QLatin1String(settings::SlipPdfFolder.name)));
        QVERIFY(names.contains(QLatin1String(settings::IsilNames.name)));
        // + 8: pickup lockers (lockers/*), + 4: the report's thresholds (reports/), + 15: home delivery,
        // + 1: the network store (netstore/), + 1: the shuttle's routes (crates/routes), + 2: the
        // delivery fee on the ILS account
        QCOMPARE(names.size(), 46 + 8 + 4 + 15 + 1 + 1 + 2);
        for (const QString& name : std::as_const(names))
            QVERIFY2(!name.contains(QStringLiteral("password"), Qt::CaseInsensitive) &&
                         !name.contains(QStringLiteral("secret"), Qt::CaseInsensitive),
                     qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
