#include "ils/SecretStore.h"

#include <qt6keychain/keychain.h>

namespace comptoir::ils {

void MemorySecretStore::read(const QString& key, ReadDone done)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        done(Error{Missing, QStringLiteral("no credentials stored for %1").arg(key)});
    else
        done(it.value());
}

void MemorySecretStore::write(const QString& key, const QString& secret, Done done)
{
    m_secrets.insert(key, secret);
    done({});
}

void MemorySecretStore::remove(const QString& key, Done done)
{
    m_secrets.remove(key);
    done({});
}

namespace {

Error keychainError(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error{SecretStore::Missing, QStringLiteral("no credentials stored for %1").arg(job.key())};
    return Error{QStringLiteral("secret.keychain"),
                 QStringLiteral("the system keychain refused: %1").arg(job.errorString())};
}

} // namespace

void KeychainSecretStore::read(const QString& key, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            done(keychainError(*finished));
        else
            done(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData());
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError ? Status() : Status(keychainError(*finished)));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound
                 ? Status()
                 : Status(keychainError(*finished)));
    });
    job->start();
}

} // namespace comptoir::ils
