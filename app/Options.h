#pragma once

#include <QString>

#include <variant>

namespace comptoir::cli {

// What the command line asks of the counter's client.
struct Options
{
    QString language; // "fr", "en" or empty (the settings, then the system's)
    QString dataDir;
    QString logRules;
    int quitAfterMs = -1;
    bool demo = false;
    bool headless = false;
    QString outDir;
    QString page;
    QString kiosk; // "lockers": the patron kiosk of the locker bank, full screen
    bool startupReport = false;
    QString networkConfig; // --network-config
    bool formation = false; // --formation: the guided course on a fresh training library
};

// Sets the names the data folders derive from (before any QStandardPaths lookup).
void nameApplication();

// Reads the command line without a display and without touching the disk: --help and --version
// print and give 0, a wrong or unknown option says why and gives 2; otherwise the options.
std::variant<Options, int> parse(int argc, char* argv[]);

} // namespace comptoir::cli
