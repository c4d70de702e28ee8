#include "desk/ShelfLayout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::desk {

Result<ShelfLayout> ShelfLayout::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const auto invalid = [](const QString& why) {
        return Error{QStringLiteral("layout.invalid"),
                     QCoreApplication::translate("ShelfLayout", "The shelf layout is not valid: %1").arg(why)};
    };
    if (error.error != QJsonParseError::NoError)
        return invalid(error.errorString());
    if (!doc.isObject() || !doc.object().value(QStringLiteral("zones")).isArray())
        return invalid(QCoreApplication::translate("ShelfLayout", "no list of zones"));
    ShelfLayout layout;
    layout.floorPlan = doc.object().value(QStringLiteral("floorPlan")).toString();
    const QJsonObject names = doc.object().value(QStringLiteral("locationNames")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        if (!it.value().toString().trimmed().isEmpty())
            layout.locationNames.insert(it.key(), it.value().toString().trimmed());
    QHash<QString, QString> seen; // location → zone, to refuse a location in two zones
    for (const QJsonValue& value : doc.object().value(QStringLiteral("zones")).toArray()) {
        const QJsonObject object = value.toObject();
        Zone zone;
        zone.name = object.value(QStringLiteral("name")).toString();
        zone.id = object.value(QStringLiteral("id")).toString();
        if (zone.id.isEmpty())
            zone.id = idFor(zone.name);
        for (const QJsonValue& location : object.value(QStringLiteral("locations")).toArray()) {
            const QString code = location.toString();
            if (code.isEmpty())
                continue;
            if (seen.contains(code))
                return invalid(QCoreApplication::translate("ShelfLayout", "location %1 is in two zones").arg(code));
            seen.insert(code, zone.id);
            zone.locations << code;
        }
        layout.zones << zone;
    }
    return layout;
}

QByteArray ShelfLayout::toJson() const
{
    QJsonArray list;
    for (const Zone& zone : zones)
        list.append(QJsonObject{{QStringLiteral("id"), zone.id},
                                {QStringLiteral("name"), zone.name},
                                {QStringLiteral("locations"), QJsonArray::fromStringList(zone.locations)}});
    QJsonObject root{{QStringLiteral("zones"), list}};
    if (!floorPlan.isEmpty())
        root.insert(QStringLiteral("floorPlan"), floorPlan);
    if (!locationNames.isEmpty()) {
        QJsonObject names;
        for (auto it = locationNames.cbegin(); it != locationNames.cend(); ++it)
            names.insert(it.key(), it.value());
        root.insert(QStringLiteral("locationNames"), names);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

ShelfLayout ShelfLayout::fromWalkingOrder(const QStringList& locations)
{
    ShelfLayout layout;
    if (!locations.isEmpty())
        layout.zones << Zone{QStringLiteral("zone-1"), QCoreApplication::translate("ShelfLayout", "Shelves"),
                             locations};
    return layout;
}

QStringList ShelfLayout::walkingOrder() const
{
    QStringList order;
    for (const Zone& zone : zones)
        order << zone.locations;
    return order;
}

QString ShelfLayout::idFor(const QString& name)
{
    const QString plain = name.normalized(QString::NormalizationForm_D).toLower();
    QString id;
    for (const QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            id += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("zone") : id;
}

} // namespace comptoir::desk
