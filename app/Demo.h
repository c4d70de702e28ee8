#pragma once

#include "IlsSession.h"
#include "LocalStore.h"
#include "Privacy.h"
#include "SandboxProcess.h"
#include "ShelfLayout.h"

#include <QString>

namespace comptoir {

class LocalStore;

// The demo: the training library started on free loopback ports with its data under the data
// folder, and this counter connected to it through the real connectors as the desk of its
// central library.
namespace demo {

inline const QString Site = QStringLiteral("CENTRE");

// Starts the training library (generating its network the first time) and returns the settings
// and secrets that reach it (the training library's published ones).
Status startLibrary(sandbox::SandboxProcess& library, const QString& dataDir, bool live);
desk::ConnectionSettings connectionSettings(const sandbox::SandboxProcess& library);
desk::ConnectionSecrets secrets();
// The training library's shelf layout: its zones, and a floor plan of the demo building.
desk::ShelfLayout shelfLayout();

// --demo --headless: sync the site, build its pull list, capture a few items through SIP2, write
// their slips as PDF files into outDir, wait for the replay of what is pending (with a time limit),
// and print a summary, including what happened to the local files (notices). Returns the exit
// code: non-zero when the outbox had to be set aside or actions are left pending.
int runHeadless(desk::IlsSession& session, LocalStore& store, const QList<StoreNotice>& notices, const QString& outDir,
                desk::NameDisplay display);

} // namespace demo
} // namespace comptoir
