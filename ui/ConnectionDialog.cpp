#include "ConnectionDialog.h"

#include "Settings.h"
#include "Workstation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace comptoir {

ConnectionDialog::ConnectionDialog(QNetworkAccessManager& nam, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_url(new QLineEdit(this))
    , m_urlNote(new QLabel(this))
    , m_insecure(new QCheckBox(tr("Allow an unencrypted connection (http://) to this library system"), this))
    , m_auth(new QComboBox(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_sipHost(new QLineEdit(this))
    , m_sipPort(new QSpinBox(this))
    , m_sipLogin(new QLineEdit(this))
    , m_sipPassword(new QLineEdit(this))
    , m_institution(new QLineEdit(this))
    , m_errorDetection(new QCheckBox(tr("Checksums and sequence numbers (error detection)"), this))
    , m_queueFile(new QLineEdit(this))
    , m_site(new QLineEdit(this))
    , m_workstation(new QLineEdit(this))
    , m_staff(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_restResult(new QLabel(this))
    , m_sipResult(new QLabel(this))
    , m_siteResult(new QLabel(this))
{
    setWindowTitle(tr("Connection to the library system"));
    setObjectName(QStringLiteral("connectionDialog"));
    m_url->setObjectName(QStringLiteral("restUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://koha.example.org"));
    m_auth->addItem(tr("Staff login and password"), QStringLiteral("basic"));
    m_auth->addItem(tr("OAuth2 client (id and secret)"), QStringLiteral("oauth2"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_sipPassword->setEchoMode(QLineEdit::Password);
    m_sipPort->setRange(1, 65535);
    m_sipPort->setValue(6001);
    m_errorDetection->setChecked(true);
    m_site->setPlaceholderText(tr("e.g. CENTRE"));
    for (QLabel* result : {m_restResult, m_sipResult, m_siteResult}) {
        result->setWordWrap(true);
        result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_restResult->setObjectName(QStringLiteral("restResult"));
    m_sipResult->setObjectName(QStringLiteral("sipResult"));
    m_siteResult->setObjectName(QStringLiteral("siteResult"));

    auto* rest = new QGroupBox(tr("Koha REST API (queues)"), this);
    auto* restForm = new QFormLayout(rest);
    restForm->addRow(tr("Address"), m_url);
    m_urlNote->setObjectName(QStringLiteral("restUrlNote"));
    m_urlNote->setWordWrap(true);
    m_urlNote->hide();
    restForm->addRow(QString(), m_urlNote);
    m_insecure->setObjectName(QStringLiteral("allowInsecure"));
    restForm->addRow(QString(), m_insecure);
    connect(m_url, &QLineEdit::editingFinished, this, [this] { checkAddress(); });
    connect(m_insecure, &QCheckBox::toggled, this, [this] { checkAddress(); });
    restForm->addRow(tr("Authentication"), m_auth);
    restForm->addRow(m_userLabel, m_user);
    restForm->addRow(m_secretLabel, m_secret);
    m_queueFile->setObjectName(QStringLiteral("queueFile"));
    m_queueFile->setPlaceholderText(tr("only without a REST address: the ILS's CSV export of its pick list"));
    restForm->addRow(tr("Queue file (SIP2 only)"), m_queueFile);

    auto* sip = new QGroupBox(tr("SIP2 (check-in, checkout)"), this);
    auto* sipForm = new QFormLayout(sip);
    sipForm->addRow(tr("Server"), m_sipHost);
    sipForm->addRow(tr("Port"), m_sipPort);
    sipForm->addRow(tr("Account"), m_sipLogin);
    sipForm->addRow(tr("Password"), m_sipPassword);
    sipForm->addRow(tr("Institution (AO)"), m_institution);
    sipForm->addRow(QString(), m_errorDetection);

    auto* deskBox = new QGroupBox(tr("This counter"), this);
    auto* deskForm = new QFormLayout(deskBox);
    deskForm->addRow(tr("Library (site code)"), m_site);
    deskForm->addRow(tr("Workstation name"), m_workstation);
    deskForm->addRow(tr("Staff login"), m_staff);

    auto* results = new QGroupBox(tr("Test"), this);
    auto* resultsForm = new QFormLayout(results);
    resultsForm->addRow(m_test);
    resultsForm->addRow(tr("REST API:"), m_restResult);
    resultsForm->addRow(tr("SIP2:"), m_sipResult);
    resultsForm->addRow(tr("Library:"), m_siteResult);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateAuthLabels);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(rest);
    layout->addWidget(sip);
    layout->addWidget(deskBox);
    layout->addWidget(results);
    layout->addWidget(buttons);
    updateAuthLabels();
}

void ConnectionDialog::connectCounter(Workstation& workstation)
{
    desk::ConnectionSettings connection = workstation.savedConnection();
    desk::ConnectionSecrets secrets;
    QString keychainProblem;
    if (connection.isComplete())
        secrets = workstation.readSecrets(connection, &keychainProblem);
    if (!connection.isComplete() || !keychainProblem.isEmpty()) {
        ConnectionDialog dialog(workstation.network(), workstation.clock());
        dialog.setValues(connection, secrets);
        dialog.setLocked(workstation.settings().lockedKeys());
        if (!keychainProblem.isEmpty())
            QMessageBox::warning(&dialog, tr("Credentials"), keychainProblem);
        if (dialog.exec() == QDialog::Accepted) {
            connection = dialog.connectionSettings();
            secrets = dialog.secrets();
            workstation.saveConnection(connection, secrets);
        }
    }
    if (connection.isComplete())
        workstation.connectTo(connection, secrets);
}

void ConnectionDialog::setLocked(const QSet<QString>& keys)
{
    const QList<QPair<const char*, QWidget*>> fields = {
        {"ils/baseUrl", m_url},       {"ils/allowUnencrypted", m_insecure}, {"ils/auth", m_auth},
        {"ils/user", m_user},         {"sip/host", m_sipHost},              {"sip/port", m_sipPort},
        {"sip/institution", m_institution}, {"sip/errorDetection", m_errorDetection}};
    for (const auto& [key, widget] : fields) {
        const bool locked = keys.contains(QLatin1String(key));
        widget->setEnabled(!locked);
        if (locked)
            widget->setToolTip(tr("Set by the network's configuration; IT changes it."));
    }
}

void ConnectionDialog::updateAuthLabels()
{
    const bool oauth = m_auth->currentData().toString() == QLatin1String("oauth2");
    m_userLabel->setText(oauth ? tr("Client id") : tr("Login"));
    m_secretLabel->setText(oauth ? tr("Client secret") : tr("Password"));
}

bool ConnectionDialog::checkAddress()
{
    const desk::RestAddress address = desk::RestAddress::read(m_url->text(), m_insecure->isChecked());
    QStringList notes;
    if (!address.user.isEmpty() || !address.password.isEmpty()) {
        // Never kept in the address (it would be written to the settings file).
        if (!address.user.isEmpty())
            m_user->setText(address.user);
        if (!address.password.isEmpty())
            m_secret->setText(address.password);
        m_url->setText(address.url.toString());
        notes << tr("The login and password were taken out of the address: the password is kept in the system "
                    "keychain, never in the settings file.");
    } else if (address.ok() && !address.url.isEmpty() && address.url.toString() != m_url->text().trimmed()) {
        m_url->setText(address.url.toString()); // "koha.example.org" → "https://koha.example.org"
    }
    if (!address.ok())
        notes << address.problem;
    else if (address.insecure)
        notes << tr("Unencrypted connection: passwords and patron data cross the network in clear.");
    m_urlNote->setText(notes.join(QLatin1Char(' ')));
    m_urlNote->setStyleSheet(address.ok() && !address.insecure ? QString()
                                                               : QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_urlNote->setVisible(!notes.isEmpty());
    return address.ok();
}

void ConnectionDialog::accept()
{
    if (!checkAddress()) {
        m_url->setFocus();
        return;
    }
    QDialog::accept();
}

void ConnectionDialog::setValues(const desk::ConnectionSettings& s, const desk::ConnectionSecrets& secrets)
{
    m_url->setText(s.restUrl.toString(QUrl::RemoveUserInfo));
    m_insecure->setChecked(s.allowInsecure);
    m_auth->setCurrentIndex(s.auth == ils::KohaConfig::Auth::OAuth2 ? 1 : 0);
    m_user->setText(s.restUser);
    m_secret->setText(secrets.restSecret);
    m_sipHost->setText(s.sipHost);
    m_sipPort->setValue(s.sipPort);
    m_sipLogin->setText(s.sipLogin);
    m_sipPassword->setText(secrets.sipPassword);
    m_institution->setText(s.institution);
    m_errorDetection->setChecked(s.sipErrorDetection);
    m_site->setText(s.site);
    m_queueFile->setText(s.queueFile);
    m_workstation->setText(s.workstation);
    m_staff->setText(s.staff);
}

desk::ConnectionSettings ConnectionDialog::connectionSettings() const
{
    desk::ConnectionSettings s;
    s.allowInsecure = m_insecure->isChecked();
    s.restUrl = desk::RestAddress::read(m_url->text(), s.allowInsecure).url;
    s.queueFile = m_queueFile->text().trimmed();
    s.auth = m_auth->currentData().toString() == QLatin1String("oauth2") ? ils::KohaConfig::Auth::OAuth2
                                                                         : ils::KohaConfig::Auth::Basic;
    s.restUser = m_user->text().trimmed();
    s.sipHost = m_sipHost->text().trimmed();
    s.sipPort = quint16(m_sipPort->value());
    s.sipLogin = m_sipLogin->text().trimmed();
    s.institution = m_institution->text().trimmed();
    s.sipErrorDetection = m_errorDetection->isChecked();
    s.site = m_site->text().trimmed().toUpper();
    s.workstation = m_workstation->text().trimmed();
    s.staff = m_staff->text().trimmed();
    return s;
}

desk::ConnectionSecrets ConnectionDialog::secrets() const
{
    return {m_secret->text(), m_sipPassword->text()};
}

void ConnectionDialog::showResult(QLabel* label, const Status& status, const QString& okText)
{
    if (status.ok()) {
        label->setText(QStringLiteral("✔ ") + okText);
        label->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
    } else {
        label->setText(QStringLiteral("✘ ") + status.error().message);
        label->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    }
}

void ConnectionDialog::testConnection()
{
    if (m_testing)
        return;
    m_testing = true;
    m_test->setEnabled(false);
    for (QLabel* result : {m_restResult, m_sipResult, m_siteResult}) {
        result->setText(tr("Testing…"));
        result->setStyleSheet(QString());
    }
    QPointer<ConnectionDialog> self(this);
    desk::IlsSession::test(m_nam, m_clock, connectionSettings(), secrets(), [this, self](desk::ConnectionTest report) {
        if (!self)
            return; // closed meanwhile
        showResult(m_restResult, report.rest, tr("answers, credentials accepted"));
        showResult(m_sipResult, report.sip, tr("login accepted"));
        showResult(m_siteResult, report.site, report.siteName);
        m_testing = false;
        m_test->setEnabled(true);
        Q_EMIT tested(report);
    });
}

} // namespace comptoir
