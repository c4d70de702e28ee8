#pragma once

#include <QObject>

namespace comptoir {

class LocalStore;

// --startup-report: the time from the start of the process to the window's first paint and to
// the cached lists loaded, the memory used and the cached rows; printed once both are known, then
// the application quits (a benchmark).
class StartupReport : public QObject
{
public:
    StartupReport(LocalStore& store, bool listsExpected);
    void watch(QWidget& window); // notes its first paint
    void listsLoaded();
    // Milliseconds since the process started, with a fraction: from the CLOCK_MONOTONIC time in
    // nanoseconds a launcher put in LaunchVariable, else from the kernel's start time of the process.
    static double msSinceProcessStart();
    static constexpr const char* LaunchVariable = "COMPTOIR_LAUNCHED_AT_NS";

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void printWhenComplete();

    LocalStore& m_store;
    bool m_listsExpected;
    double m_paintedAt = -1, m_loadedAt = -1;
};

} // namespace comptoir
