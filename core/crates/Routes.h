#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace comptoir::crates {

// A shuttle route: the van's stops in the order it drives them (library ids).
struct ShuttleRoute
{
    QString name;
    QStringList stops;
};

// The setting crates/routes: routes separated by ";" (or by line breaks, as typed in Settings),
// each "Name: SITE1, SITE2, SITE3", the stops in the van's order; blank routes and those starting
// with # are skipped. A site on two routes is an error (a crate must have one van). Empty text: no
// route (every crate leaves with any departure, by name). routesToText writes the one-line form
// (the network's configuration file keeps a value on one line).
Result<QList<ShuttleRoute>> parseRoutes(const QString& text);
QString routesToText(const QList<ShuttleRoute>& routes);

// The routes of a network and where each destination stops.
class ShuttleRoutes
{
public:
    ShuttleRoutes() = default;
    explicit ShuttleRoutes(QList<ShuttleRoute> routes)
        : m_routes(std::move(routes))
    {
    }
    const QList<ShuttleRoute>& routes() const { return m_routes; }
    bool isEmpty() const { return m_routes.isEmpty(); }
    // The route a destination is on; empty when none (or no route is set).
    QString routeOf(const QString& destination) const;
    // Whether a crate for `destination` leaves with the departure of `route`: the route's stops,
    // and the destinations on no route (every van takes those: none is left behind). With no
    // route set, or `route` empty, every destination.
    bool leavesWith(const QString& route, const QString& destination) const;
    // The van's order of `destinations` for `route`: the route's stops in their order, then the
    // others by name (libraryName gives the name; the default route is by name only).
    QStringList order(const QString& route, QStringList destinations,
                      const std::function<QString(const QString&)>& libraryName) const;

private:
    QList<ShuttleRoute> m_routes;
};

} // namespace comptoir::crates
