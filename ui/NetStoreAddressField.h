#pragma once

#include "Result.h"
#include "netstore/StoreAddress.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace comptoir {

class Settings;
namespace ils {
class SecretStore;
}

// Settings > Network store: where the network's shared store is (setting netstore/address), field
// by field: host, port, database, this counter's role and the TLS mode. The role's password goes to
// the keychain only (the SecretStore given), never to the settings. What is typed is checked with
// StoreAddress's rules as it is typed (TLS verify-full off this computer) and the reason shown when
// refused. "Test the connection" tries the store off the UI thread and says what it answered. The
// network's configuration locking the address: the fields are read-only and say why.
class NetStoreAddressField : public QWidget
{
    Q_OBJECT
public:
    NetStoreAddressField(Settings& settings, ils::SecretStore& secrets, QWidget* parent = nullptr);

    // The address as typed, by StoreAddress's rules. Every field empty: no store (an empty address).
    Result<netstore::StoreAddress> address() const;
    bool isEmpty() const;
    bool isLocked() const { return m_locked; }
    // Writes netstore/address (and the password to the keychain when one was typed). Refused with
    // the reason (also shown) when the address does not pass. Locked: only the password is kept.
    Status apply();
    // Tries the address (the typed password, else the keychain's); tested() says what came of it.
    void testConnection();

    QLineEdit* host() const { return m_host; }
    QSpinBox* port() const { return m_port; }
    QLineEdit* database() const { return m_database; }
    QLineEdit* role() const { return m_role; }
    QComboBox* tlsMode() const { return m_tls; }
    QLineEdit* password() const { return m_password; }
    QLabel* status() const { return m_status; }
    QLabel* lockedNote() const { return m_lockedNote; }
    QPushButton* testButton() const { return m_test; }

Q_SIGNALS:
    // After "Test the connection": connected or not, and the sentence shown.
    void tested(bool connected, const QString& text);
    // After apply(): the address saved changed (the desk starts its link again).
    void addressChanged(const QString& url);

private:
    void load(const QString& url);
    void check();
    void showStatus(const QString& text, bool bad);
    void probe(const netstore::StoreAddress& address, const QString& password);

    Settings& m_settings;
    ils::SecretStore& m_secrets;
    bool m_locked = false;
    QString m_loadError;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_role;
    QComboBox* m_tls;
    QLineEdit* m_password;
    QLabel* m_status;
    QLabel* m_lockedNote;
    QPushButton* m_test;
};

} // namespace comptoir
