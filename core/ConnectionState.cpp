#include "ConnectionState.h"

#include <QCoreApplication>

namespace comptoir {

QString connectionStateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::NotConfigured:
        return QCoreApplication::translate("comptoir::ConnectionState", "Not configured");
    case ConnectionState::Online:
        return QCoreApplication::translate("comptoir::ConnectionState", "Online");
    case ConnectionState::Offline:
        return QCoreApplication::translate("comptoir::ConnectionState", "Offline");
    case ConnectionState::IlsUnavailable:
        return QCoreApplication::translate("comptoir::ConnectionState", "Library system unavailable");
    }
    return {};
}

} // namespace comptoir
