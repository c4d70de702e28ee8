#pragma once

#include "desk/ShelfLayout.h"

#include <QString>

#include <span>

// What the counter knows of the training library it starts for the demo and for training: its
// published credentials and its building. The training library itself (comptoir-sandbox, the
// comptoir_sandbox target) is built from the same facts.
namespace comptoir::demo {

// The demo's counter is the central library's desk.
inline const QString Site = QStringLiteral("CENTRE");

// Published on purpose: training data only.
inline const QString RestLogin = QStringLiteral("comptoir");
inline const QString RestPassword = QStringLiteral("formation");
inline const QString OAuthClientId = QStringLiteral("comptoir-formation");
inline const QString OAuthClientSecret = QStringLiteral("secret-de-formation");
inline const QString SipPassword = QStringLiteral("formation");

// A shelving location of each of its libraries, in walking order.
struct TrainingLocation
{
    const char* code;
    const char* name;
    const char* zone;
};
std::span<const TrainingLocation> trainingLocations();
const TrainingLocation* trainingLocation(const char* code);

// The same locations grouped in their zones, as a site's shelf layout (no floor plan).
desk::ShelfLayout trainingZones();
// The zones and the floor plan of the demo building (resources/floorplans/demo.svg).
desk::ShelfLayout shelfLayout();

} // namespace comptoir::demo
