#pragma once

#include "desk/IlsSession.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;

namespace comptoir {

class Workstation;

// First run (and later changes): how this counter reaches its library system. "Test connection"
// checks the REST API, the SIP2 account and the site, each on its own line, before anything is
// saved. Secrets are returned to the caller for the keychain, never written to settings.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(QNetworkAccessManager& nam, const Clock& clock, QWidget* parent = nullptr);
    // A real counter at start: its saved connection and the keychain's secrets; this dialog when
    // something is missing (saved on "Save"). The workstation is connected when it is complete.
    static void connectCounter(Workstation& workstation);

    void setValues(const desk::ConnectionSettings& settings, const desk::ConnectionSecrets& secrets);
    // Settings the network's configuration locks (NetworkConfig): shown, not editable.
    void setLocked(const QSet<QString>& keys);
    desk::ConnectionSettings connectionSettings() const;
    desk::ConnectionSecrets secrets() const;

    void testConnection();
    bool isTesting() const { return m_testing; }
    QLabel* restResult() const { return m_restResult; }
    QLabel* sipResult() const { return m_sipResult; }
    QLabel* siteResult() const { return m_siteResult; }
    QPushButton* testButton() const { return m_test; }
    QLabel* addressNote() const { return m_urlNote; }
    // Refuses to close while the address cannot be used (said under it).
    void accept() override;

Q_SIGNALS:
    void tested(const comptoir::desk::ConnectionTest& report);

private:
    void showResult(QLabel* label, const Status& status, const QString& okText);
    void updateAuthLabels();
    // Takes user information out of the typed address (into the login and password fields) and
    // says what is wrong with it, if anything. False when it cannot be used.
    bool checkAddress();

    QNetworkAccessManager& m_nam;
    const Clock& m_clock;
    QLineEdit* m_url;
    QLabel* m_urlNote;
    QCheckBox* m_insecure;
    QComboBox* m_auth;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_secretLabel;
    QLineEdit* m_secret;
    QLineEdit* m_sipHost;
    QSpinBox* m_sipPort;
    QLineEdit* m_sipLogin;
    QLineEdit* m_sipPassword;
    QLineEdit* m_institution;
    QCheckBox* m_errorDetection;
    QLineEdit* m_queueFile;
    QLineEdit* m_site;
    QLineEdit* m_workstation;
    QLineEdit* m_staff;
    QPushButton* m_test;
    QLabel* m_restResult;
    QLabel* m_sipResult;
    QLabel* m_siteResult;
    bool m_testing = false;
};

} // namespace comptoir
