#pragma once

#include "Verdict.h"

#include <QObject>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace comptoir {

// Where the desk sends the sound of each verdict; tests give a recording fake.
class SoundSink
{
public:
    virtual ~SoundSink() = default;
    virtual void play(VerdictKind kind) = 0;
};

// Plays the synthesised verdict sounds on ALSA's default device (which desktops route to
// PulseAudio or PipeWire), on a worker thread so a scan never waits for audio. Without a sound
// device it says so once in the log and stays silent.
class AlsaSoundPlayer final : public SoundSink
{
public:
    AlsaSoundPlayer();
    ~AlsaSoundPlayer() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    void setVolume(int percent) { m_volume = percent; }
    void play(VerdictKind kind) override;

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<VerdictKind> m_queue;
    bool m_stop = false;
    std::atomic<bool> m_enabled = true;
    std::atomic<int> m_volume = 80;
    std::thread m_thread;
};

} // namespace comptoir
