#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

#include <functional>

namespace comptoir::ils {

// Where credentials live: the OS keychain in production, memory in tests. Never settings files,
// never logs. Keys name what the secret is for ("koha-rest/https://ils.example.org").
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    using ReadDone = std::function<void(Result<QString>)>;
    using Done = std::function<void(Status)>;
    // An error with code "secret.missing" when nothing is stored under the key.
    virtual void read(const QString& key, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& secret, Done done) = 0;
    virtual void remove(const QString& key, Done done) = 0;

    static inline const QString Missing = QStringLiteral("secret.missing");
};

// For tests and the demo (whose secrets are the training library's published ones).
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& secret, Done done) override;
    void remove(const QString& key, Done done) override;
    int size() const { return int(m_secrets.size()); }

private:
    QHash<QString, QString> m_secrets;
};

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows), under the service name "comptoir".
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString& service = QStringLiteral("comptoir"))
        : m_service(service)
    {
    }
    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& secret, Done done) override;
    void remove(const QString& key, Done done) override;

private:
    QString m_service;
};

} // namespace comptoir::ils
