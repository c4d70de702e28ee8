#include "NetStoreAddressField.h"

#include "Settings.h"
#include "ils/SecretStore.h"
#include "netstore/NetworkStoreLink.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace comptoir {

namespace {
const QString VerifyFull = QStringLiteral("verify-full");
const QString Disable = QStringLiteral("disable");
} // namespace

NetStoreAddressField::NetStoreAddressField(Settings& settings, ils::SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_locked(settings.isLocked(QLatin1String(settings::NetStoreAddress.name)))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_lockedNote(new QLabel(this))
    , m_test(new QPushButton(tr("&Test the connection"), this))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The network's shared store (PostgreSQL): crates, locker doors, deliveries and pull "
                                "claims shared between counters. Leave it empty to keep this counter on its own."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_host->setObjectName(QStringLiteral("netstoreHost"));
    m_host->setPlaceholderText(QStringLiteral("store.network.example"));
    m_port->setObjectName(QStringLiteral("netstorePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("netstoreDatabase"));
    m_role->setObjectName(QStringLiteral("netstoreRole"));
    m_tls->setObjectName(QStringLiteral("netstoreTls"));
    m_tls->addItem(tr("Required, certificate and host name verified (verify-full)"), VerifyFull);
    m_tls->addItem(tr("None (a store on this computer only)"), Disable);
    m_password->setObjectName(QStringLiteral("netstorePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the keychain; leave empty to keep the one there"));
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("This counter's role:"), m_role);
    form->addRow(tr("TLS:"), m_tls);
    form->addRow(tr("Role's password:"), m_password);
    layout->addLayout(form);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    layout->addLayout(testRow);
    m_status->setObjectName(QStringLiteral("netstoreStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_lockedNote->setObjectName(QStringLiteral("netstoreLocked"));
    m_lockedNote->setWordWrap(true);
    layout->addWidget(m_lockedNote);
    layout->addStretch();

    load(settings.value(settings::NetStoreAddress));
    if (m_locked) {
        // The network's configuration sets the address: shown, not changed here. The password is
        // this counter's own (the keychain's), and the address can still be tried.
        for (QLineEdit* edit : {m_host, m_database, m_role})
            edit->setReadOnly(true);
        m_port->setReadOnly(true);
        m_tls->setEnabled(false);
        m_lockedNote->setText(tr("The network's configuration sets this address; IT changes it there. The role's "
                                 "password is this counter's own and can still be entered."));
    } else {
        m_lockedNote->hide();
    }
    for (QLineEdit* edit : {m_host, m_database, m_role})
        connect(edit, &QLineEdit::textChanged, this, &NetStoreAddressField::check);
    connect(m_port, &QSpinBox::valueChanged, this, &NetStoreAddressField::check);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &NetStoreAddressField::check);
    connect(m_test, &QPushButton::clicked, this, &NetStoreAddressField::testConnection);
    check();
}

void NetStoreAddressField::load(const QString& url)
{
    if (url.trimmed().isEmpty())
        return;
    auto parsed = netstore::StoreAddress::parse(url);
    if (!parsed) {
        m_loadError = parsed.error().message; // the saved address does not pass: said until changed
        return;
    }
    const netstore::StoreAddress& a = parsed.value();
    m_host->setText(a.host);
    m_port->setValue(a.port);
    m_database->setText(a.database);
    m_role->setText(a.role);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(a.sslMode)));
}

bool NetStoreAddressField::isEmpty() const
{
    return m_host->text().trimmed().isEmpty() && m_database->text().trimmed().isEmpty() &&
           m_role->text().trimmed().isEmpty();
}

Result<netstore::StoreAddress> NetStoreAddressField::address() const
{
    netstore::StoreAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.role = m_role->text().trimmed();
    a.sslMode = m_tls->currentData().toString();
    if (a.host.isEmpty() || a.database.isEmpty() || a.role.isEmpty())
        return Error{QStringLiteral("netstore.address"),
                     tr("The network store needs a host, a database and this counter's role (or every field "
                        "empty: no store).")};
    // The rules are StoreAddress's own: what it reads back is what the counter will use.
    return netstore::StoreAddress::parse(a.toUrl());
}

void NetStoreAddressField::showStatus(const QString& text, bool bad)
{
    m_status->setText(text);
    m_status->setStyleSheet(bad ? QStringLiteral("color: #b3261e") : QString());
}

void NetStoreAddressField::check()
{
    if (!m_loadError.isEmpty()) {
        showStatus(m_loadError, true);
        m_loadError.clear();
        return;
    }
    if (isEmpty()) {
        showStatus(tr("No network store: this counter keeps everything on its own."), false);
        m_test->setEnabled(false);
        return;
    }
    auto parsed = address();
    m_test->setEnabled(parsed.ok());
    if (!parsed)
        showStatus(parsed.error().message, true);
    else
        showStatus(QString(), false);
}

Status NetStoreAddressField::apply()
{
    QString url;
    if (!isEmpty()) {
        auto parsed = address();
        if (!parsed) {
            showStatus(parsed.error().message, true);
            return m_locked ? Status() : Status(parsed.error());
        }
        url = parsed.value().toUrl();
        // The password is this counter's own, locked address or not: to the keychain only.
        const QString password = m_password->text();
        if (!password.isEmpty()) {
            QPointer<NetStoreAddressField> self(this);
            m_secrets.write(parsed.value().keychainKey(), password, [self](Status written) {
                if (!written && self)
                    self->showStatus(written.error().message, true);
            });
            m_password->clear();
        }
    }
    if (m_locked)
        return {}; // the network's configuration sets the address
    const bool changed = url != m_settings.value(settings::NetStoreAddress);
    m_settings.setValue(settings::NetStoreAddress, url);
    if (changed)
        Q_EMIT addressChanged(url);
    return {};
}

void NetStoreAddressField::testConnection()
{
    auto parsed = address();
    if (!parsed) {
        showStatus(parsed.error().message, true);
        Q_EMIT tested(false, parsed.error().message);
        return;
    }
    m_test->setEnabled(false);
    showStatus(tr("Trying the network store…"), false);
    const netstore::StoreAddress a = parsed.value();
    if (!m_password->text().isEmpty()) {
        probe(a, m_password->text());
        return;
    }
    QPointer<NetStoreAddressField> self(this);
    m_secrets.read(a.keychainKey(), [self, a](Result<QString> password) {
        if (!self)
            return;
        if (!password) {
            const QString text = tr("Not connected: no password for this role in the keychain; type it above.");
            self->showStatus(text, true);
            self->m_test->setEnabled(true);
            Q_EMIT self->tested(false, text);
            return;
        }
        self->probe(a, password.value());
    });
}

void NetStoreAddressField::probe(const netstore::StoreAddress& address, const QString& password)
{
    netstore::NetworkStoreLink::probeAsync(
        address, password, QStringLiteral("comptoir-settings"), this, [this](const Status& status) {
            const QString text = status ? tr("Connected: the network store answers.")
                                        : tr("Not connected: %1").arg(status.error().message);
            showStatus(text, !status);
            m_test->setEnabled(true);
            Q_EMIT tested(status.ok(), text);
        });
}

} // namespace comptoir
