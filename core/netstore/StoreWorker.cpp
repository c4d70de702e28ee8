#include "netstore/StoreWorker.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcNetStore)

namespace comptoir::netstore {

struct StoreWorker::Shared
{
    QMutex mutex;
    QWaitCondition wake;
    std::deque<std::pair<std::function<bool(NetStore&)>, std::function<void()>>> jobs;
    QObject* receiver = nullptr; // null: abandoned
};

StoreWorker::StoreWorker(QObject* receiver, const StoreAddress& address, const QString& password,
                         const QString& applicationName, int statementTimeoutMs)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->receiver = receiver;
    std::thread([shared = m_shared, address, password, applicationName, statementTimeoutMs] {
        NetStore store; // this thread's connection, closed (and removed) on this thread
        (void)store.setStatementTimeout(statementTimeoutMs);
        for (;;) {
            std::pair<std::function<bool(NetStore&)>, std::function<void()>> next;
            {
                QMutexLocker lock(&shared->mutex);
                while (shared->receiver && shared->jobs.empty())
                    shared->wake.wait(&shared->mutex);
                if (shared->jobs.empty())
                    break; // abandoned, nothing left to do
                next = std::move(shared->jobs.front());
                shared->jobs.pop_front();
            }
            if (!store.isOpen())
                (void)store.open(address, password, applicationName); // failing: the job says unreachable
            if (next.first(store))
                store.close();
            QMutexLocker lock(&shared->mutex);
            if (!shared->receiver)
                continue; // abandoned meanwhile: its result is dropped
            QMetaObject::invokeMethod(shared->receiver, std::move(next.second), Qt::QueuedConnection);
        }
        qCDebug(lcNetStore) << "store worker ended";
    }).detach();
}

StoreWorker::~StoreWorker()
{
    abandon();
}

void StoreWorker::abandon(bool drain)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->receiver = nullptr;
    if (!drain)
        m_shared->jobs.clear();
    m_shared->wake.wakeAll();
}

void StoreWorker::enqueue(std::function<bool(NetStore&)> job, std::function<void()> done)
{
    QMutexLocker lock(&m_shared->mutex);
    if (!m_shared->receiver)
        return;
    m_shared->jobs.emplace_back(std::move(job), std::move(done));
    m_shared->wake.wakeOne();
}

} // namespace comptoir::netstore
