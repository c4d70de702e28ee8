#pragma once

#include "Result.h"
#include "netstore/NetStore.h"
#include "netstore/StoreAddress.h"

#include <QMetaObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace comptoir::netstore {

// The desk's own thread for the network store's reads and claims (issue 21): a thread of its own
// with its own connection (Qt's SQL connections stay on the thread that opened them), opened on the
// first job and again after it dropped, each statement bounded by the statement timeout. The desk
// posts a job and goes on; the jobs run one at a time, in the order posted, and each job's result
// comes back on `receiver`'s thread as a queued call. A store that stops answering holds the
// worker, never the desk: the desk may abandon() it (its job's result is then dropped, the thread
// ends once the store lets it go) and start another.
class StoreWorker
{
public:
    StoreWorker(QObject* receiver, const StoreAddress& address, const QString& password, const QString& applicationName,
                int statementTimeoutMs);
    ~StoreWorker(); // abandons
    StoreWorker(const StoreWorker&) = delete;
    StoreWorker& operator=(const StoreWorker&) = delete;

    // Runs job(store) on the worker's thread, then done(result) on the receiver's thread (never after
    // abandon() or the worker's end). R: Status or Result<T>; a result saying the store is
    // unreachable closes the worker's connection (the next job opens it again).
    template <typename R> void post(std::function<R(NetStore&)> job, std::function<void(R)> done)
    {
        auto result = std::make_shared<std::optional<R>>();
        enqueue(
            [job = std::move(job), result](NetStore& store) {
                result->emplace(job(store));
                return dropped(**result);
            },
            [done = std::move(done), result] { done(std::move(**result)); });
    }
    // The worker's results are dropped from now on; its thread ends after the job it is on (drain:
    // after the jobs posted so far, their results dropped too).
    void abandon(bool drain = false);

    static bool dropped(const Status& s) { return !s && s.error().code == QLatin1String("netstore.unreachable"); }
    template <typename T> static bool dropped(const Result<T>& r) { return dropped(r.status()); }

private:
    struct Shared;
    void enqueue(std::function<bool(NetStore&)> job, std::function<void()> done);
    std::shared_ptr<Shared> m_shared;
};

} // namespace comptoir::netstore
