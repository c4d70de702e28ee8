#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::desk {

// One zone of a site: a part of the building walked in one go (the youth floor, the music room).
// Its id names the matching element of the floor plan (SVG `id`).
struct Zone
{
    QString id;
    QString name;
    QStringList locations; // shelving location codes in walking order
};

// A site's shelving locations in the order staff walk them, grouped in zones, with an optional
// SVG floor plan. Stored as JSON in the workstation's settings; editable in the settings dialog.
class ShelfLayout
{
public:
    QList<Zone> zones;
    QString floorPlan; // path (or Qt resource) of an SVG whose element ids are zone ids; may be empty
    // What staff call each shelving location ("JALB" → "Jeunesse – Albums"); a code without a name
    // is shown as it is.
    QHash<QString, QString> locationNames;
    QString locationName(const QString& code) const { return locationNames.value(code, code); }

    static Result<ShelfLayout> fromJson(const QByteArray& json);
    QByteArray toJson() const;
    // A layout of one zone from a plain walking order (the format before zones existed).
    static ShelfLayout fromWalkingOrder(const QStringList& locations);

    QStringList walkingOrder() const;
    bool isEmpty() const { return zones.isEmpty(); }

    // A zone id from a name: lower-case ASCII letters, digits and '-' ("Musique et cinéma" →
    // "musique-et-cinema"), usable as an SVG id.
    static QString idFor(const QString& name);
};

} // namespace comptoir::desk
