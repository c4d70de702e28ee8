#pragma once

#include "SoundPlayer.h"

#include <QList>

namespace comptoir::test {

// Records the verdict sounds the UI asked for, instead of playing them.
class RecordingSoundSink final : public SoundSink
{
public:
    void play(VerdictKind kind) override { played.append(kind); }
    QList<VerdictKind> played;
};

} // namespace comptoir::test
