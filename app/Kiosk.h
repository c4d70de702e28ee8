#pragma once

#include "Options.h"

class QApplication;

namespace comptoir {
class Workstation;

// comptoir --kiosk lockers: the locker bank's patron kiosk, full screen, until a staff card and its
// PIN close it (the settings lockers/kioskStaff).
int runLockerKiosk(QApplication& app, Workstation& workstation, const cli::Options& options);

} // namespace comptoir
