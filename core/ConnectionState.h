#pragma once

#include <QString>

namespace comptoir {

// The counter's link to the library system, as the status bar shows it.
enum class ConnectionState {
    NotConfigured,  // no ILS set up yet
    Online,         // last exchange with the ILS succeeded
    Offline,        // the network is down: working from the cache
    IlsUnavailable, // the network is up but the ILS fails or does not answer
};

QString connectionStateText(ConnectionState state);

} // namespace comptoir
