#include "ils/IlsError.h"

namespace comptoir::ils {

QString classPrefix(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::Transient:
        return QStringLiteral("ils.transient");
    case ErrorClass::Permanent:
        return QStringLiteral("ils.permanent");
    case ErrorClass::Auth:
        return QStringLiteral("ils.auth");
    case ErrorClass::Conflict:
        return QStringLiteral("ils.conflict");
    }
    return QStringLiteral("ils.permanent");
}

ErrorClass errorClass(const Error& error)
{
    for (ErrorClass c : {ErrorClass::Transient, ErrorClass::Auth, ErrorClass::Conflict, ErrorClass::Permanent})
        if (error.code.startsWith(classPrefix(c)))
            return c;
    return ErrorClass::Permanent;
}

Error makeError(ErrorClass errorClass, const QString& reason, const QString& message)
{
    return Error{classPrefix(errorClass) + QLatin1Char('.') + reason, message};
}

ErrorClass classifyHttp(QNetworkReply::NetworkError networkError, int httpStatus)
{
    if (httpStatus > 0) {
        if (httpStatus < 300)
            return ErrorClass::Transient; // only asked about when the body was unusable: garbage, retry later
        switch (httpStatus) {
        case 401:
        case 403:
        case 407:
            return ErrorClass::Auth;
        case 409:
        case 412:
            return ErrorClass::Conflict;
        case 408:
        case 425:
        case 429:
            return ErrorClass::Transient;
        default:
            return httpStatus >= 500 ? ErrorClass::Transient : ErrorClass::Permanent;
        }
    }
    switch (networkError) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return ErrorClass::Permanent;
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ErrorClass::Auth;
    default:
        // Refused, closed, host not found, timeout (our own abort), temporary failures…
        return ErrorClass::Transient;
    }
}

qint64 Backoff::failed(const QString& operation, qint64 nowMs)
{
    State& s = m_state[operation];
    ++s.failures;
    qint64 delay = m_baseMs;
    for (int i = 1; i < s.failures && delay < m_maxMs; ++i)
        delay *= 2;
    delay = std::min(delay, m_maxMs);
    s.nextTryMs = nowMs + delay;
    return delay;
}

bool Backoff::mayTry(const QString& operation, qint64 nowMs) const
{
    const auto it = m_state.constFind(operation);
    return it == m_state.cend() || nowMs >= it->nextTryMs;
}

} // namespace comptoir::ils
