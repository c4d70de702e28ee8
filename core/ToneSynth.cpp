#include "ToneSynth.h"

#include <QList>
#include <QtEndian>

#include <cmath>

namespace comptoir {

QList<ToneSynth::Note> ToneSynth::melody(VerdictKind kind)
{
    switch (kind) {
    case VerdictKind::Idle:
        return {};
    case VerdictKind::Success:
        return {{1046.5, 90}};
    case VerdictKind::HoldHere:
        return {{784.0, 90}, {1046.5, 140}};
    case VerdictKind::Transit:
        return {{659.3, 80}, {0, 30}, {659.3, 80}, {0, 30}, {987.8, 120}};
    case VerdictKind::Bag:
        return {{523.3, 70}, {659.3, 70}, {784.0, 120}};
    case VerdictKind::Reshelve:
        return {{523.3, 110}};
    case VerdictKind::Warning:
        return {{740.0, 120}, {0, 60}, {740.0, 120}};
    case VerdictKind::Error:
        return {{196.0, 420}};
    case VerdictKind::Provisional:
        return {{880.0, 90}, {659.3, 140}};
    }
    return {};
}

QByteArray ToneSynth::pcm(VerdictKind kind, int volumePercent)
{
    const double amplitude = 32767.0 * std::clamp(volumePercent, 0, 100) / 100.0 * 0.6;
    const bool harsh = kind == VerdictKind::Error;
    QByteArray out;
    for (const Note& note : melody(kind)) {
        const int samples = SampleRate * note.milliseconds / 1000;
        const int fade = std::min(samples / 4, SampleRate * 8 / 1000); // 8 ms ramps: no clicks
        for (int i = 0; i < samples; ++i) {
            double value = 0;
            if (note.frequency > 0) {
                const double phase = 2.0 * M_PI * note.frequency * i / SampleRate;
                value = std::sin(phase);
                if (harsh) // add odd harmonics: a buzz that cannot be mistaken for a chime
                    value = 0.6 * value + 0.3 * std::sin(3 * phase) + 0.1 * std::sin(5 * phase);
                double envelope = 1.0;
                if (i < fade)
                    envelope = double(i) / fade;
                else if (i > samples - fade)
                    envelope = double(samples - i) / fade;
                value *= envelope * amplitude;
            }
            const qint16 sample = qint16(std::lround(value));
            char bytes[2];
            qToLittleEndian(sample, bytes);
            out.append(bytes, 2);
        }
    }
    return out;
}

QByteArray ToneSynth::wav(VerdictKind kind, int volumePercent)
{
    const QByteArray data = pcm(kind, volumePercent);
    QByteArray out;
    auto u32 = [&out](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    auto u16 = [&out](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    };
    out.append("RIFF", 4);
    u32(quint32(36 + data.size()));
    out.append("WAVEfmt ", 8);
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(SampleRate);
    u32(SampleRate * 2);
    u16(2);
    u16(16);
    out.append("data", 4);
    u32(quint32(data.size()));
    out.append(data);
    return out;
}

} // namespace comptoir
