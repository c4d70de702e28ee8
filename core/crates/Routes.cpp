#include "crates/Routes.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace comptoir::crates {

namespace {

// The context lupdate gives these messages (the namespace: tr() here is this function).
QString tr(const char* text)
{
    return QCoreApplication::translate("comptoir::crates", text);
}

} // namespace

Result<QList<ShuttleRoute>> parseRoutes(const QString& text)
{
    QList<ShuttleRoute> routes;
    QSet<QString> names, seen;
    const QStringList lines = QString(text).replace(QLatin1Char(';'), QLatin1Char('\n')).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return Error{QStringLiteral("crate.routes"),
                         tr("Route %1: a route is written “Name: SITE1, SITE2”.").arg(i + 1)};
        ShuttleRoute route;
        route.name = line.left(colon).trimmed();
        if (names.contains(route.name))
            return Error{QStringLiteral("crate.routes"),
                         tr("Route %1: the name %2 is used twice.").arg(i + 1).arg(route.name)};
        names.insert(route.name);
        for (const QString& part : line.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString stop = part.trimmed();
            if (stop.isEmpty())
                continue;
            if (seen.contains(stop))
                return Error{QStringLiteral("crate.routes"),
                             tr("Route %1: the site %2 is on two routes.").arg(i + 1).arg(stop)};
            seen.insert(stop);
            route.stops.append(stop);
        }
        if (route.stops.isEmpty())
            return Error{QStringLiteral("crate.routes"),
                         tr("Route %1: the route %2 has no stop.").arg(i + 1).arg(route.name)};
        routes.append(route);
    }
    return routes;
}

QString routesToText(const QList<ShuttleRoute>& routes)
{
    QStringList lines;
    for (const ShuttleRoute& r : routes)
        lines.append(r.name + QStringLiteral(": ") + r.stops.join(QStringLiteral(", ")));
    return lines.join(QStringLiteral("; "));
}

QString ShuttleRoutes::routeOf(const QString& destination) const
{
    for (const ShuttleRoute& r : m_routes)
        if (r.stops.contains(destination))
            return r.name;
    return {};
}

bool ShuttleRoutes::leavesWith(const QString& route, const QString& destination) const
{
    if (route.isEmpty() || m_routes.isEmpty())
        return true;
    const QString own = routeOf(destination);
    return own.isEmpty() || own == route;
}

QStringList ShuttleRoutes::order(const QString& route, QStringList destinations,
                                 const std::function<QString(const QString&)>& libraryName) const
{
    QStringList stops;
    for (const ShuttleRoute& r : m_routes)
        if (r.name == route)
            stops = r.stops;
    const auto name = [&libraryName](const QString& id) {
        const QString n = libraryName ? libraryName(id) : id;
        return n.isEmpty() ? id : n;
    };
    std::stable_sort(destinations.begin(), destinations.end(), [&](const QString& a, const QString& b) {
        const qsizetype ia = stops.indexOf(a), ib = stops.indexOf(b);
        if (ia >= 0 || ib >= 0) {
            if (ia < 0)
                return false;
            if (ib < 0)
                return true;
            return ia < ib;
        }
        return QString::localeAwareCompare(name(a), name(b)) < 0;
    });
    return destinations;
}

} // namespace comptoir::crates
