#pragma once

#include <QObject>
#include <QTimer>

#include <random>

namespace comptoir::sandbox {

class Circulation;
class SandboxClock;

// The live mode: the network keeps moving while the demo runs. Patrons place requests, other
// counters capture items for them and receive transits, patrons pick up and return; waiting
// requests pass their expiry date as the (accelerated) clock runs. Events come at rates per
// simulated hour, so a faster clock means a busier network.
class LiveLibrary
{
public:
    LiveLibrary(Circulation& circulation, SandboxClock& clock, quint64 seed);

    // Ticks every interval of real time and performs the events due for the simulated time elapsed.
    void start(int intervalMs = 1000);
    void stop() { m_timer.stop(); }
    // Performs this many events now; returns how many took place (some find nothing to act on).
    int step(int events);

    struct Counts
    {
        int requests = 0, captures = 0, arrivals = 0, pickups = 0, returns = 0;
    };
    const Counts& counts() const { return m_counts; }

    static constexpr double EventsPerHour = 90.0;

private:
    bool newRequest();
    bool capture();
    bool arrival();
    bool pickup();
    bool giveBack();
    int below(int n) { return n <= 1 ? 0 : int(m_random() % quint64(n)); }

    Circulation& m_circulation;
    SandboxClock& m_clock;
    std::mt19937_64 m_random;
    QTimer m_timer;
    double m_due = 0;
    qint64 m_lastTick = 0;
    Counts m_counts;
};

} // namespace comptoir::sandbox
