// One configuration for a network: the file IT provisions, read strictly (a malformed or partial
// file is refused with its line and reason), layered under each counter's own settings with locks,
// exported from a configured counter and previewed before an import.
#include "NetworkConfig.h"
#include "Settings.h"
#include "print/TemplateStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

namespace {

const QByteArray Example = R"(# a network
[comptoir-network]
format = 1
name = Réseau des médiathèques

[settings]
ils/baseUrl = https://koha.reseau.fr/api/v1
sip/host = koha.reseau.fr
sip/port = 6001
sip/errorDetection = yes
privacy/patronName = initials
slips/autoPrint = hold,transit,bag

[site CENTRE]
sip/institution = CENTRE
desk/shelfLayout = {"zones":[{"id":"A","name":"Adultes","locations":["ADU"]}]}

[site ZOLA]
sip/institution = ZOLA

[template hold-slip.txt]
| {{library.name}}
|
| {{patron.shelf}} — {{item.title}}

[locked]
ils/baseUrl
privacy/patronName
)";

QString refusal(const QByteArray& bytes)
{
    auto parsed = NetworkConfig::parse(bytes);
    return parsed.ok() ? QString() : parsed.error().message;
}

} // namespace

class TestNetworkConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void readsEverySection()
    {
        auto parsed = NetworkConfig::parse(Example);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const NetworkConfig& c = parsed.value();
        QCOMPARE(c.name, QStringLiteral("Réseau des médiathèques"));
        QCOMPARE(c.settings.value(QStringLiteral("sip/port")), QStringLiteral("6001"));
        QCOMPARE(c.settings.value(QStringLiteral("sip/errorDetection")), QStringLiteral("true")); // yes → true
        QCOMPARE(c.sites.size(), 2);
        QCOMPARE(c.valuesFor(QStringLiteral("ZOLA")).value(QStringLiteral("sip/institution")), QStringLiteral("ZOLA"));
        QVERIFY(!c.valuesFor(QStringLiteral("ZOLA")).contains(QStringLiteral("desk/shelfLayout")));
        QVERIFY(c.valuesFor(QStringLiteral("CENTRE")).value(QStringLiteral("desk/shelfLayout")).contains(u"Adultes"));
        QCOMPARE(c.templates.value(QStringLiteral("hold-slip.txt")),
                 QStringLiteral("{{library.name}}\n\n{{patron.shelf}} — {{item.title}}\n"));
        QVERIFY(c.isLocked(QStringLiteral("ils/baseUrl")));
        QVERIFY(!c.isLocked(QStringLiteral("sip/host")));
    }

    void refusesWithTheLineAndTheReason_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "[comptoir-network]\nformat = 1\n[settings]\n";
        QTest::newRow("empty") << QByteArray() << QStringLiteral("[comptoir-network]");
        QTest::newRow("no header") << QByteArray("[settings]\nsip/port = 6001\n") << QStringLiteral("Line 1:");
        QTest::newRow("bare line first") << QByteArray("sip/port = 6001\n") << QStringLiteral("Line 1:");
        QTest::newRow("newer format") << QByteArray("[comptoir-network]\nformat = 2\n") << QStringLiteral("Line 2:");
        QTest::newRow("unknown key") << head + "sip/colour = blue\n" << QStringLiteral("Line 4: unknown setting");
        QTest::newRow("counter's own") << head + "desk/workstation = POSTE-1\n"
                                       << QStringLiteral("Line 4: desk/workstation is each counter's own");
        QTest::newRow("a device") << head + "devices/scannerPort = /dev/ttyACM0\n" << QStringLiteral("Line 4:");
        QTest::newRow("a secret") << head + "ils/password = hunter2\n"
                                  << QStringLiteral("Line 4: ils/password: passwords and secrets never");
        QTest::newRow("not a number") << head + "sip/port = six\n" << QStringLiteral("Line 4: sip/port is a whole number");
        QTest::newRow("not a boolean") << head + "sip/errorDetection = maybe\n" << QStringLiteral("Line 4:");
        QTest::newRow("twice") << head + "sip/port = 1\nsip/port = 2\n" << QStringLiteral("Line 5: sip/port is given twice (also on line 4)");
        QTest::newRow("no equals") << head + "sip/port 6001\n" << QStringLiteral("Line 4: a line is");
        QTest::newRow("unknown section") << head + "[printers]\n" << QStringLiteral("Line 4: unknown section [printers]");
        QTest::newRow("bad site code") << head + "[site Centre ville]\n" << QStringLiteral("Line 4:");
        QTest::newRow("unclosed section") << head + "[site CENTRE\n" << QStringLiteral("Line 4:");
        QTest::newRow("unknown template") << head + "[template menu.txt]\n| x\n" << QStringLiteral("Line 4:");
        QTest::newRow("template line") << head + "[template hold-slip.txt]\nnot a template line\n"
                                       << QStringLiteral("Line 5: each line of a template");
        QTest::newRow("broken template") << head + "[template hold-slip.txt]\n| {{#items}} unclosed\n"
                                         << QStringLiteral("The template hold-slip.txt");
        QTest::newRow("lock unknown") << head + "sip/port = 1\n[locked]\nsip/colour\n" << QStringLiteral("Line 6:");
        QTest::newRow("lock counter's own") << head + "[locked]\ndesk/site\n" << QStringLiteral("Line 5:");
        QTest::newRow("lock without value") << head + "sip/port = 1\n[locked]\nsip/host\n"
                                            << QStringLiteral("sip/host is locked but the file gives it no value");
        QTest::newRow("not UTF-8") << QByteArray("[comptoir-network]\nformat = 1\nname = M\xe9" "diath\xe8que\n")
                                   << QStringLiteral("not UTF-8");
        QTest::newRow("control character") << head + "sip/host = a\rb\n" << QStringLiteral("Line 4: the value of sip/host holds a control");
        QTest::newRow("huge value") << head + "ils/baseUrl = " + QByteArray(255 * 1024 + 600, 'x') + "\n"
                                    << QStringLiteral("Line 4: the value of ils/baseUrl is longer");
        QTest::newRow("huge line") << head + "ils/baseUrl = " + QByteArray(300 * 1024, 'x') + "\n"
                                   << QStringLiteral("Line 4: the line is longer");
    }

    void refusesWithTheLineAndTheReason()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QString message = refusal(text);
        QVERIFY2(message.contains(expected), qPrintable(QStringLiteral("got: ") + message));
    }

    void aHugeFileIsRefusedBeforeBeingRead()
    {
        QByteArray big("[comptoir-network]\nformat = 1\n");
        big.append(QByteArray(NetworkConfig::MaxFileBytes, '#'));
        QVERIFY(refusal(big).contains(QStringLiteral("larger than")));
    }

    void theCountersOwnValueWinsExceptOverALock()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("comptoir.ini")));
        settings.setValue(settings::IlsBaseUrl, QStringLiteral("https://local.example/api/v1"));
        settings.setValue(settings::SipHost, QStringLiteral("local.example"));
        settings.setValue(settings::SiteId, QStringLiteral("CENTRE"));
        auto parsed = NetworkConfig::parse(Example);
        QVERIFY(parsed.ok());
        settings.setNetwork(parsed.value().valuesFor(QStringLiteral("CENTRE")), parsed.value().locked);
        // Locked: the network's value, whatever the counter had.
        QCOMPARE(settings.value(settings::IlsBaseUrl), QStringLiteral("https://koha.reseau.fr/api/v1"));
        QCOMPARE(settings.value(settings::PatronNameDisplay), QStringLiteral("initials"));
        // Not locked: the counter's own value stays; where it has none, the network's applies.
        QCOMPARE(settings.value(settings::SipHost), QStringLiteral("local.example"));
        QCOMPARE(settings.value(settings::SipInstitution), QStringLiteral("CENTRE"));
        QCOMPARE(settings.value(settings::SipErrorDetection), true);
        QCOMPARE(settings.value(settings::SipPort), 6001);
        // The counter's own keys never come from the network.
        QCOMPARE(settings.value(settings::SiteId), QStringLiteral("CENTRE"));
        QVERIFY(settings.isLocked(QStringLiteral("ils/baseUrl")));
        QVERIFY(!settings.isLocked(QStringLiteral("sip/host")));
    }

    void savingTheDialogKeepsTheNetworksValuesTheNetworks()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("comptoir.ini")));
        auto parsed = NetworkConfig::parse(Example);
        QVERIFY(parsed.ok());
        settings.setNetwork(parsed.value().valuesFor(QStringLiteral("CENTRE")), parsed.value().locked);
        // A dialog writes back every field: the same value as the network's stays the network's.
        settings.setValue(settings::SlipAutoPrint, QStringLiteral("hold,transit,bag"));
        QVERIFY(!settings.setLocally(QStringLiteral("slips/autoPrint")));
        // A locked key is never written on the counter.
        settings.setValue(settings::PatronNameDisplay, QStringLiteral("full"));
        QVERIFY(!settings.setLocally(QStringLiteral("privacy/patronName")));
        QCOMPARE(settings.value(settings::PatronNameDisplay), QStringLiteral("initials"));
        // A different value is the counter's own choice.
        settings.setValue(settings::SlipAutoPrint, QStringLiteral("hold"));
        QVERIFY(settings.setLocally(QStringLiteral("slips/autoPrint")));
        QCOMPARE(settings.value(settings::SlipAutoPrint), QStringLiteral("hold"));
    }

    void networkTemplatesReplaceTheShippedOnesAndLocksWin()
    {
        QTemporaryDir dir;
        print::TemplateStore store(dir.filePath(QStringLiteral("templates")));
        const QString shipped = store.text(print::TemplateKind::HoldSlip);
        store.setNetworkTemplates({{QStringLiteral("hold-slip.txt"), QStringLiteral("RÉSEAU {{item.title}}\n")}}, {});
        QCOMPARE(store.text(print::TemplateKind::HoldSlip), QStringLiteral("RÉSEAU {{item.title}}\n"));
        QCOMPARE(store.text(print::TemplateKind::TransitSlip), store.shippedText(print::TemplateKind::TransitSlip));
        QVERIFY(store.save(print::TemplateKind::HoldSlip, QStringLiteral("MINE\n")).ok());
        QCOMPARE(store.text(print::TemplateKind::HoldSlip), QStringLiteral("MINE\n"));
        QCOMPARE(store.editedTemplates().value(QStringLiteral("hold-slip.txt")), QStringLiteral("MINE\n"));
        store.setNetworkTemplates({{QStringLiteral("hold-slip.txt"), QStringLiteral("RÉSEAU\n")}},
                                  {QStringLiteral("hold-slip.txt")});
        QCOMPARE(store.text(print::TemplateKind::HoldSlip), QStringLiteral("RÉSEAU\n"));
        QVERIFY(store.isLockedByNetwork(print::TemplateKind::HoldSlip));
        QVERIFY(shipped != store.text(print::TemplateKind::HoldSlip));
    }

    void previewSaysWhatChangesAndAdoptingAppliesIt()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("comptoir.ini")));
        settings.setValue(settings::SipHost, QStringLiteral("old.example"));
        settings.setValue(settings::SipPort, 6001);
        auto parsed = NetworkConfig::parse(Example);
        QVERIFY(parsed.ok());
        const QList<ConfigChange> changes = previewImport(settings, parsed.value(), QStringLiteral("ZOLA"));
        QStringList keys;
        for (const ConfigChange& change : changes)
            keys << change.key;
        // sip/port is the same already: not a change. ZOLA's own section, not CENTRE's.
        QCOMPARE(keys, QStringList({QStringLiteral("ils/baseUrl"), QStringLiteral("privacy/patronName"),
                                    QStringLiteral("sip/host"), QStringLiteral("sip/institution"),
                                    QStringLiteral("slips/autoPrint")}));
        const ConfigChange host = changes.at(2);
        QCOMPARE(host.current, QStringLiteral("old.example"));
        QCOMPARE(host.proposed, QStringLiteral("koha.reseau.fr"));
        QVERIFY(!host.locked);
        QVERIFY(changes.at(0).locked);

        settings.setNetwork(parsed.value().valuesFor(QStringLiteral("ZOLA")), parsed.value().locked);
        settings.adoptNetworkValues(keys);
        QCOMPARE(settings.value(settings::SipHost), QStringLiteral("koha.reseau.fr"));
        QVERIFY(previewImport(settings, parsed.value(), QStringLiteral("ZOLA")).isEmpty());
    }

    void exportFromACounterReadsBackTheSame()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("comptoir.ini")));
        settings.setValue(settings::IlsBaseUrl, QStringLiteral("https://koha.reseau.fr/api/v1"));
        settings.setValue(settings::SipPort, 6002);
        settings.setValue(settings::PickupReceipt, false);
        settings.setValue(settings::ShelfLayout, QStringLiteral(R"({"zones":[]})"));
        settings.setValue(settings::WorkstationName, QStringLiteral("POSTE-3"));     // the counter's own
        settings.setValue(settings::ScannerPort, QStringLiteral("/dev/ttyACM0"));    // the counter's own
        settings.setValue(settings::SlipAutoPrint, QStringLiteral("hold,transit")); // the default
        const NetworkConfig exported = NetworkConfig::fromCounter(
            settings, QStringLiteral("CENTRE"), {{QStringLiteral("bag-label.txt"), QStringLiteral("{{order.number}}\n")}},
            QStringLiteral("Réseau"));
        QCOMPARE(exported.settings.value(QStringLiteral("sip/port")), QStringLiteral("6002"));
        QCOMPARE(exported.settings.value(QStringLiteral("slips/pickupReceipt")), QStringLiteral("false"));
        QVERIFY(!exported.settings.contains(QStringLiteral("desk/workstation")));
        QVERIFY(!exported.settings.contains(QStringLiteral("devices/scannerPort")));
        QVERIFY(!exported.settings.contains(QStringLiteral("slips/autoPrint")));
        QCOMPARE(exported.sites.value(QStringLiteral("CENTRE")).value(QStringLiteral("desk/shelfLayout")),
                 QStringLiteral(R"({"zones":[]})"));

        auto reread = NetworkConfig::parse(exported.serialize());
        QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().message));
        QCOMPARE(reread.value().settings, exported.settings);
        QCOMPARE(reread.value().sites, exported.sites);
        QCOMPARE(reread.value().templates, exported.templates);
        QCOMPARE(reread.value().name, QStringLiteral("Réseau"));
    }

    void anEmptyTemplateReadsBackEmpty()
    {
        // Found by fuzz_netconfig: an empty [template] section came back as one empty line.
        auto parsed = NetworkConfig::parse("[comptoir-network]\nformat = 1\n[settings]\n[template hold-slip.txt]\n\n");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().templates.value(QStringLiteral("hold-slip.txt")), QString());
        auto again = NetworkConfig::parse(parsed.value().serialize());
        QVERIFY(again.ok());
        QCOMPARE(again.value().templates, parsed.value().templates);
    }

    void theShippedExampleIsValid()
    {
        auto loaded = NetworkConfig::load(QStringLiteral(COMPTOIR_SOURCE_DIR "/packaging/network.conf.example"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QVERIFY(loaded.value().isLocked(QStringLiteral("ils/baseUrl")));
    }

    void whereTheProvisionedFileIsLookedFor()
    {
        qputenv("COMPTOIR_NETWORK_CONFIG", "/srv/network.conf");
        QCOMPARE(provisionedNetworkConfigPath(QStringLiteral("/tmp/cli.conf")), QStringLiteral("/tmp/cli.conf"));
        QCOMPARE(provisionedNetworkConfigPath(QString()), QStringLiteral("/srv/network.conf"));
        qunsetenv("COMPTOIR_NETWORK_CONFIG");
    }
};

QTEST_GUILESS_MAIN(TestNetworkConfig)
#include "tst_network_config.moc"
