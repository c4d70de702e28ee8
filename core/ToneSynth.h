#pragma once

#include "Verdict.h"

#include <QByteArray>

namespace comptoir {

// The sound of each verdict kind, synthesised: short sequences of notes that staff learn to tell
// apart without looking (rising for a hold here, three notes for a transit, a low buzz for an error).
class ToneSynth
{
public:
    static constexpr int SampleRate = 22050;

    struct Note
    {
        double frequency; // Hz; 0 = silence
        int milliseconds;
    };

    static QList<Note> melody(VerdictKind kind);
    // Signed 16-bit little-endian mono PCM at SampleRate; volume in percent.
    static QByteArray pcm(VerdictKind kind, int volumePercent = 80);
    // The same PCM in a RIFF/WAVE container.
    static QByteArray wav(VerdictKind kind, int volumePercent = 80);
};

} // namespace comptoir
