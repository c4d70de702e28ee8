// Settings > Network on a real counter (Workstation, data folder, settings file): a network's file
// previewed then imported (copied owner-only, the network's values applied, locks shown), a
// malformed one refused with nothing changed, an export read back, a provisioned file that the
// counter cannot replace, and the connection dialog's locked fields.
#include "ConnectionDialog.h"
#include "NetworkConfig.h"
#include "NetworkConfigPage.h"
#include "Settings.h"
#include "Workstation.h"
#include "support/MockClock.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

namespace {

const QByteArray Network = R"([comptoir-network]
format = 1
name = Réseau des médiathèques de Villeurbanne-sur-Lys

[settings]
ils/baseUrl = https://koha.reseau-exemple.fr/api/v1
sip/host = koha.reseau-exemple.fr
sip/port = 6001
privacy/patronName = initials
slips/autoPrint = hold,transit,bag

[site CENTRE]
sip/institution = CENTRE

[locked]
ils/baseUrl
privacy/patronName
)";

QString write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestNetworkPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importAfterAPreview()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        Settings settings(QDir(data).filePath(QStringLiteral("comptoir.ini")));
        settings.setValue(settings::SiteId, QStringLiteral("CENTRE"));
        settings.setValue(settings::SipHost, QStringLiteral("ancien.example"));
        test::MockClock clock;
        Workstation ws(data, settings, clock, false);
        QVERIFY(ws.loadNetworkConfig(QString()).ok()); // nothing provisioned, nothing imported yet
        NetworkConfigPage page(ws);
        QVERIFY(page.source()->text().contains(QStringLiteral("No network configuration")));

        // A malformed file: refused with its line and reason, nothing changes.
        const QString bad = write(dir.filePath(QStringLiteral("bad.conf")),
                                  "[comptoir-network]\nformat = 1\n[settings]\nils/password = x\n");
        auto refused = page.preview(bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("Line 4")));
        QVERIFY(!page.importFrom(bad).ok());
        QVERIFY(!QFile::exists(QDir(data).filePath(QStringLiteral("network.conf"))));
        QCOMPARE(settings.value(settings::SipHost), QStringLiteral("ancien.example"));

        // The preview: names, not keys; what is now and what it becomes.
        const QString good = write(dir.filePath(QStringLiteral("network.conf")), Network);
        NetworkConfig config;
        auto changes = page.preview(good, &config);
        QVERIFY(changes.ok());
        ImportPreviewDialog preview(config, good, changes.value());
        QTableWidget* table = preview.table();
        QStringList settingsShown;
        for (int row = 0; row < table->rowCount(); ++row)
            settingsShown << table->item(row, 0)->text();
        QVERIFY(settingsShown.contains(QStringLiteral("SIP2 server")));
        QVERIFY(!settingsShown.contains(QStringLiteral("sip/host")));
        QVERIFY(!settingsShown.contains(QStringLiteral("SIP2 port"))); // 6001 already: no change
        const int host = int(settingsShown.indexOf(QStringLiteral("SIP2 server")));
        QCOMPARE(table->item(host, 1)->text(), QStringLiteral("ancien.example"));
        QCOMPARE(table->item(host, 2)->text(), QStringLiteral("koha.reseau-exemple.fr"));
        const QString shots = qEnvironmentVariable("COMPTOIR_SHOTS");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            preview.show();
            QVERIFY(preview.grab().save(QDir(shots).filePath(QStringLiteral("network-import-preview.png"))));
        }

        // Import: copied owner-only into the data folder, the network's values apply.
        QSignalSpy imported(&page, &NetworkConfigPage::imported);
        QVERIFY(page.importFrom(good).ok());
        QCOMPARE(imported.count(), 1);
        const QString copy = QDir(data).filePath(QStringLiteral("network.conf"));
        QVERIFY(QFile::exists(copy));
        QCOMPARE(QFile::permissions(copy) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup), QFile::Permissions());
        QCOMPARE(settings.value(settings::SipHost), QStringLiteral("koha.reseau-exemple.fr"));
        QCOMPARE(settings.value(settings::SipInstitution), QStringLiteral("CENTRE"));
        QCOMPARE(ws.nameDisplay(), desk::nameDisplayFromSetting(QStringLiteral("initials")));
        QVERIFY(page.source()->text().contains(QStringLiteral("Villeurbanne-sur-Lys")));
        QCOMPARE(page.lockedList()->count(), 2);
        QVERIFY(page.lockedList()->item(0)->text().contains(QStringLiteral("patron names")) ||
                page.lockedList()->item(1)->text().contains(QStringLiteral("patron names")));

        // The counter restarts: the imported file is found again in its data folder.
        Settings again(QDir(data).filePath(QStringLiteral("comptoir.ini")));
        Workstation restarted(data, again, clock, false);
        QVERIFY(restarted.loadNetworkConfig(QString()).ok());
        QVERIFY(restarted.networkConfig());
        QCOMPARE(again.value(settings::IlsBaseUrl), QStringLiteral("https://koha.reseau-exemple.fr/api/v1"));

        // Export from this counter reads back with the same network settings and no counter's own.
        const QString exported = dir.filePath(QStringLiteral("export.conf"));
        QVERIFY(page.exportTo(exported, QStringLiteral("Export")).ok());
        auto reread = NetworkConfig::load(exported);
        QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().message));
        QCOMPARE(reread.value().settings.value(QStringLiteral("sip/host")), QStringLiteral("koha.reseau-exemple.fr"));
        QVERIFY(!reread.value().settings.contains(QStringLiteral("desk/site")));
        QVERIFY(reread.value().isLocked(QStringLiteral("ils/baseUrl")));
    }

    void aProvisionedFileCannotBeReplacedAndLocksTheConnection()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        Settings settings(QDir(data).filePath(QStringLiteral("comptoir.ini")));
        settings.setValue(settings::SiteId, QStringLiteral("CENTRE"));
        settings.setValue(settings::IlsBaseUrl, QStringLiteral("https://ailleurs.example/api/v1"));
        test::MockClock clock;
        Workstation ws(data, settings, clock, false);
        const QString etc = write(dir.filePath(QStringLiteral("etc-network.conf")), Network);
        QVERIFY(ws.loadNetworkConfig(etc).ok());
        QVERIFY(ws.networkConfigProvisioned());
        QCOMPARE(settings.value(settings::IlsBaseUrl), QStringLiteral("https://koha.reseau-exemple.fr/api/v1"));
        NetworkConfigPage page(ws);
        QVERIFY(!page.importButton()->isEnabled());
        QVERIFY(page.source()->text().contains(QStringLiteral("provided by IT")));
        QVERIFY(!ws.importNetworkConfig(etc).ok());

        ConnectionDialog dialog(ws.network(), clock);
        dialog.setValues(ws.savedConnection(), {});
        dialog.setLocked(settings.lockedKeys());
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("restUrl"));
        QVERIFY(url);
        QVERIFY(!url->isEnabled());
        QCOMPARE(url->text(), QStringLiteral("https://koha.reseau-exemple.fr/api/v1"));

        // A provisioned file that is malformed: refused, the counter keeps what it had.
        Settings other(dir.filePath(QStringLiteral("other.ini")));
        other.setValue(settings::SipHost, QStringLiteral("garde.example"));
        Workstation second(dir.filePath(QStringLiteral("data2")), other, clock, false);
        const QString broken = write(dir.filePath(QStringLiteral("broken.conf")), "[comptoir-network]\nformat = 1\n[settings]\nsip/port = six\n");
        const Status refused = second.loadNetworkConfig(broken);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("Line 4")));
        QVERIFY(!second.networkConfig());
        QCOMPARE(other.value(settings::SipHost), QStringLiteral("garde.example"));
    }
};

QTEST_MAIN(TestNetworkPage)
#include "tst_network_page.moc"
