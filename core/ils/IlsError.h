#pragma once

#include "Result.h"

#include <QNetworkReply>

namespace comptoir::ils {

// What the client does about a failure, whatever the connector:
// Transient: retry later with backoff, work offline meanwhile (network down, timeout, 5xx, garbage).
// Permanent: retrying the same request will not help (bad request, not found, TLS not trusted).
// Auth: credentials refused; staff must fix the connection settings.
// Conflict: the ILS's state moved on (request cancelled meanwhile, item already out); goes to review.
enum class ErrorClass { Transient, Permanent, Auth, Conflict };

// Error codes carry the class: "ils.transient.timeout", "ils.auth.refused" …
ErrorClass errorClass(const Error& error);
QString classPrefix(ErrorClass errorClass);
Error makeError(ErrorClass errorClass, const QString& reason, const QString& message);

// The one classification of HTTP outcomes: the reply's network error and status code.
ErrorClass classifyHttp(QNetworkReply::NetworkError networkError, int httpStatus);

// Exponential backoff per operation ("sync", "replay", "sip"): 2 s, 4 s, 8 s … capped at 5 min.
class Backoff
{
public:
    explicit Backoff(qint64 baseMs = 2000, qint64 maxMs = 300000)
        : m_baseMs(baseMs)
        , m_maxMs(maxMs)
    {
    }
    // Records a failure at nowMs; returns the delay before the next try.
    qint64 failed(const QString& operation, qint64 nowMs);
    void succeeded(const QString& operation) { m_state.remove(operation); }
    bool mayTry(const QString& operation, qint64 nowMs) const;
    int failures(const QString& operation) const { return m_state.value(operation).failures; }
    qint64 nextTryMs(const QString& operation) const { return m_state.value(operation).nextTryMs; }

private:
    struct State
    {
        int failures = 0;
        qint64 nextTryMs = 0;
    };
    qint64 m_baseMs, m_maxMs;
    QHash<QString, State> m_state;
};

} // namespace comptoir::ils
