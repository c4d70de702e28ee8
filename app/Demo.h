#pragma once

#include "store/LocalStore.h"

#include <QList>
#include <QString>

namespace comptoir {

class Workstation;

namespace demo {

// --demo --headless: sync the site, build its pull list, capture a few items through SIP2, write
// their slips as PDF files into outDir, wait for the replay of what is pending (with a time limit),
// and print a summary, including what happened to the local files (notices). Returns the exit
// code: non-zero when the outbox had to be set aside or actions are left pending.
int runHeadless(Workstation& workstation, const QList<StoreNotice>& notices, const QString& outDir);

} // namespace demo
} // namespace comptoir
