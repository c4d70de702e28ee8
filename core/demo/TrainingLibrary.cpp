#include "demo/TrainingLibrary.h"

#include <cstring>

namespace comptoir::demo {

namespace {

const TrainingLocation Locations[] = {
    {"JALB", "Jeunesse – Albums", "Jeunesse"},
    {"JROM", "Jeunesse – Romans", "Jeunesse"},
    {"JBD", "Jeunesse – BD", "Jeunesse"},
    {"AROM", "Adultes – Romans", "Adultes"},
    {"APOL", "Adultes – Policiers", "Adultes"},
    {"BD", "BD", "Adultes"},
    {"DOC1", "Documentaires 000–399", "Documentaires"},
    {"DOC2", "Documentaires 400–999", "Documentaires"},
    {"MUS", "Musique", "Musique et cinéma"},
    {"FILM", "Films", "Musique et cinéma"},
};

} // namespace

std::span<const TrainingLocation> trainingLocations()
{
    return Locations;
}

const TrainingLocation* trainingLocation(const char* code)
{
    for (const TrainingLocation& location : Locations)
        if (std::strcmp(location.code, code) == 0)
            return &location;
    return nullptr;
}

desk::ShelfLayout trainingZones()
{
    desk::ShelfLayout layout;
    for (const TrainingLocation& location : Locations) {
        const QString zone = QString::fromUtf8(location.zone);
        if (layout.zones.isEmpty() || layout.zones.last().name != zone)
            layout.zones << desk::Zone{desk::ShelfLayout::idFor(zone), zone, {}};
        layout.zones.last().locations << QLatin1String(location.code);
        layout.locationNames.insert(QLatin1String(location.code), QString::fromUtf8(location.name));
    }
    return layout;
}

desk::ShelfLayout shelfLayout()
{
    desk::ShelfLayout layout = trainingZones();
    layout.floorPlan = QStringLiteral(":/floorplans/demo.svg");
    return layout;
}

} // namespace comptoir::demo
