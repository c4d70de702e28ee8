#include "NetworkConfigPage.h"

#include "Settings.h"
#include "Workstation.h"
#include "print/TemplateStore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

QString settingLabel(const QString& key)
{
    static const QList<QPair<const char*, const char*>> labels = {
        {"ils/baseUrl", QT_TRANSLATE_NOOP("NetworkConfigPage", "Library system's REST address")},
        {"ils/auth", QT_TRANSLATE_NOOP("NetworkConfigPage", "REST sign-in method")},
        {"ils/user", QT_TRANSLATE_NOOP("NetworkConfigPage", "REST login or OAuth2 client")},
        {"ils/allowUnencrypted", QT_TRANSLATE_NOOP("NetworkConfigPage", "Unencrypted connection allowed")},
        {"sip/host", QT_TRANSLATE_NOOP("NetworkConfigPage", "SIP2 server")},
        {"sip/port", QT_TRANSLATE_NOOP("NetworkConfigPage", "SIP2 port")},
        {"sip/institution", QT_TRANSLATE_NOOP("NetworkConfigPage", "SIP2 institution")},
        {"sip/errorDetection", QT_TRANSLATE_NOOP("NetworkConfigPage", "SIP2 error detection")},
        {"sync/intervalSeconds", QT_TRANSLATE_NOOP("NetworkConfigPage", "Refresh every (seconds)")},
        {"privacy/patronName", QT_TRANSLATE_NOOP("NetworkConfigPage", "How patron names show")},
        {"privacy/patronRetentionDays", QT_TRANSLATE_NOOP("NetworkConfigPage", "Days patron data is kept")},
        {"slips/autoPrint", QT_TRANSLATE_NOOP("NetworkConfigPage", "Slips printed by themselves")},
        {"slips/pickupReceipt", QT_TRANSLATE_NOOP("NetworkConfigPage", "Receipt at pickup")},
        {"desk/shelfLayout", QT_TRANSLATE_NOOP("NetworkConfigPage", "Zones and shelves of the site")},
        {"devices/barcodeRules", QT_TRANSLATE_NOOP("NetworkConfigPage", "Barcode rules")},
        {"devices/isilNames", QT_TRANSLATE_NOOP("NetworkConfigPage", "Names of the libraries by ISIL")},
        {"devices/ownIsil", QT_TRANSLATE_NOOP("NetworkConfigPage", "The library's ISIL")},
        {"devices/afiLeaving", QT_TRANSLATE_NOOP("NetworkConfigPage", "RFID security value at checkout")},
        {"devices/afiSecured", QT_TRANSLATE_NOOP("NetworkConfigPage", "RFID security value at check-in")},
    };
    for (const auto& [name, label] : labels)
        if (key == QLatin1String(name))
            return QCoreApplication::translate("NetworkConfigPage", label);
    if (key.startsWith(QLatin1String("template/")))
        return QCoreApplication::translate("NetworkConfigPage", "Slip template %1").arg(key.mid(9));
    return key;
}

namespace {

QString shown(const QString& value)
{
    if (value.isEmpty())
        return QCoreApplication::translate("NetworkConfigPage", "(empty)");
    if (value == QLatin1String("true"))
        return QCoreApplication::translate("NetworkConfigPage", "yes");
    if (value == QLatin1String("false"))
        return QCoreApplication::translate("NetworkConfigPage", "no");
    return value.size() > 80 ? value.left(79) + QChar(0x2026) : value;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const NetworkConfig& config, const QString& path,
                                         const QList<ConfigChange>& changes, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(changes.size()), 4, this))
{
    setWindowTitle(tr("Import the network configuration"));
    resize(900, 520);
    auto* layout = new QVBoxLayout(this);
    const QString title = config.name.isEmpty() ? QFileInfo(path).fileName() : config.name;
    auto* intro = new QLabel(
        changes.isEmpty()
            ? tr("<b>%1</b>: nothing changes on this counter.").arg(title.toHtmlEscaped())
            : tr("<b>%1</b>: %n setting(s) of this counter change. Your site, workstation, devices and printers "
                 "stay as they are.",
                 nullptr, int(changes.size()))
                  .arg(title.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Now"), tr("Becomes"), tr("Locked by IT")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < changes.size(); ++row) {
        const ConfigChange& change = changes.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(settingLabel(change.key)));
        m_table->item(row, 0)->setToolTip(change.key);
        m_table->setItem(row, 1, new QTableWidgetItem(shown(change.current)));
        m_table->setItem(row, 2, new QTableWidgetItem(shown(change.proposed)));
        m_table->setItem(row, 3, new QTableWidgetItem(change.locked ? tr("yes") : QString()));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    if (!config.templates.isEmpty()) {
        QStringList names = config.templates.keys();
        auto* templates = new QLabel(tr("Slip templates from the network: %1").arg(names.join(QStringLiteral(", "))),
                                     this);
        templates->setWordWrap(true);
        layout->addWidget(templates);
    }
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* apply = buttons->addButton(tr("&Apply these changes"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

NetworkConfigPage::NetworkConfigPage(Workstation& workstation, QWidget* parent)
    : QWidget(parent)
    , m_workstation(workstation)
    , m_source(new QLabel(this))
    , m_locked(new QListWidget(this))
    , m_export(new QPushButton(tr("&Export the network configuration…"), this))
    , m_import(new QPushButton(tr("&Import a network configuration…"), this))
{
    auto* layout = new QVBoxLayout(this);
    m_source->setWordWrap(true);
    m_source->setObjectName(QStringLiteral("networkSource"));
    layout->addWidget(m_source);
    layout->addWidget(new QLabel(tr("Settings IT locked (not changeable on this counter):"), this));
    layout->addWidget(m_locked, 1);
    auto* help = new QLabel(tr("Export writes this counter's network settings (library system, zones and shelves, "
                               "barcode rules, slip templates, privacy) to a file for the other counters; never "
                               "a password. Import shows what changes before applying it."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto* row = new QHBoxLayout;
    row->addWidget(m_export);
    row->addWidget(m_import);
    row->addStretch();
    layout->addLayout(row);
    connect(m_export, &QPushButton::clicked, this, &NetworkConfigPage::chooseExport);
    connect(m_import, &QPushButton::clicked, this, &NetworkConfigPage::chooseImport);
    refresh();
}

void NetworkConfigPage::refresh()
{
    const NetworkConfig* config = m_workstation.networkConfig();
    const QString path = QDir::toNativeSeparators(m_workstation.networkConfigPath());
    if (!config)
        m_source->setText(tr("No network configuration: this counter has its own settings."));
    else if (m_workstation.networkConfigProvisioned())
        m_source->setText(tr("Network configuration provided by IT: %1 (%2).")
                              .arg(config->name.isEmpty() ? tr("unnamed") : config->name, path));
    else
        m_source->setText(
            tr("Network configuration imported: %1 (%2).").arg(config->name.isEmpty() ? tr("unnamed") : config->name, path));
    m_import->setEnabled(!m_workstation.networkConfigProvisioned());
    if (m_workstation.networkConfigProvisioned())
        m_import->setToolTip(tr("IT provides this counter's configuration; it cannot be replaced here."));
    m_locked->clear();
    if (config) {
        QStringList keys(config->locked.cbegin(), config->locked.cend());
        keys.sort();
        for (const QString& key : std::as_const(keys))
            m_locked->addItem(settingLabel(key));
    }
}

Status NetworkConfigPage::exportTo(const QString& path, const QString& name)
{
    Settings& settings = m_workstation.settings();
    const NetworkConfig config = NetworkConfig::fromCounter(settings, settings.value(settings::SiteId),
                                                            m_workstation.templates().editedTemplates(), name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(config.serialize()) < 0 || !file.commit())
        return Error{QStringLiteral("network-config.io"),
                     tr("The network configuration could not be written to %1: %2").arg(path, file.errorString())};
    return {};
}

Result<QList<ConfigChange>> NetworkConfigPage::preview(const QString& path, NetworkConfig* config)
{
    auto loaded = NetworkConfig::load(path);
    if (!loaded)
        return loaded.error();
    if (config)
        *config = loaded.value();
    return previewImport(m_workstation.settings(), loaded.value(),
                         m_workstation.settings().value(settings::SiteId));
}

Status NetworkConfigPage::importFrom(const QString& path)
{
    const Status status = m_workstation.importNetworkConfig(path);
    refresh();
    if (status.ok())
        Q_EMIT imported();
    return status;
}

void NetworkConfigPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the network configuration"),
                                                      QDir::home().filePath(QStringLiteral("network.conf")),
                                                      tr("Network configuration (*.conf)"));
    if (path.isEmpty())
        return;
    const NetworkConfig* current = m_workstation.networkConfig();
    if (const Status s = exportTo(path, current ? current->name : QString()); !s.ok())
        QMessageBox::warning(this, tr("Export"), s.error().message);
    else
        QMessageBox::information(this, tr("Export"),
                                 tr("Written to %1. It holds no password.").arg(QDir::toNativeSeparators(path)));
}

void NetworkConfigPage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a network configuration"), QDir::homePath(),
                                                      tr("Network configuration (*.conf);;All files (*)"));
    if (path.isEmpty())
        return;
    NetworkConfig config;
    auto changes = preview(path, &config);
    if (!changes) {
        QMessageBox::warning(this, tr("Network configuration refused"),
                             tr("%1\n\nNothing was changed on this counter.").arg(changes.error().message));
        return;
    }
    ImportPreviewDialog dialog(config, path, changes.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = importFrom(path); !s.ok())
        QMessageBox::warning(this, tr("Network configuration refused"), s.error().message);
}

} // namespace comptoir
