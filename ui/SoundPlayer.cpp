#include "SoundPlayer.h"

#include "Logging.h"
#include "ToneSynth.h"

#include <alsa/asoundlib.h>

namespace comptoir {

namespace {
// ALSA prints its own errors to stderr; they would be noise on a counter PC without speakers.
void quietAlsa(const char*, int, const char*, int, const char*, ...) {}
} // namespace

AlsaSoundPlayer::AlsaSoundPlayer()
{
    snd_lib_error_set_handler(quietAlsa);
    m_thread = std::thread([this] { run(); });
}

AlsaSoundPlayer::~AlsaSoundPlayer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void AlsaSoundPlayer::play(VerdictKind kind)
{
    if (!m_enabled || kind == VerdictKind::Idle)
        return;
    {
        std::lock_guard lock(m_mutex);
        // A new scan interrupts the queue: only the latest verdict matters.
        m_queue.clear();
        m_queue.push_back(kind);
    }
    m_wake.notify_one();
}

void AlsaSoundPlayer::run()
{
    snd_pcm_t* pcm = nullptr;
    bool reported = false;
    for (;;) {
        VerdictKind kind;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                break;
            kind = m_queue.front();
            m_queue.pop_front();
        }
        if (!pcm) {
            int rc = snd_pcm_open(&pcm, "default", SND_PCM_STREAM_PLAYBACK, 0);
            if (rc >= 0)
                rc = snd_pcm_set_params(pcm, SND_PCM_FORMAT_S16_LE, SND_PCM_ACCESS_RW_INTERLEAVED, 1,
                                        ToneSynth::SampleRate, 1, 100000);
            if (rc < 0) {
                if (pcm)
                    snd_pcm_close(pcm);
                pcm = nullptr;
                if (!reported)
                    qCWarning(lcUiSound) << "no sound device; verdict sounds are off:" << snd_strerror(rc);
                reported = true;
                continue;
            }
        }
        const QByteArray data = ToneSynth::pcm(kind, m_volume);
        snd_pcm_sframes_t frames = snd_pcm_writei(pcm, data.constData(), snd_pcm_uframes_t(data.size() / 2));
        if (frames < 0)
            frames = snd_pcm_recover(pcm, int(frames), 1);
        if (frames < 0) {
            snd_pcm_close(pcm);
            pcm = nullptr;
        } else {
            snd_pcm_drain(pcm);
        }
    }
    if (pcm)
        snd_pcm_close(pcm);
}

} // namespace comptoir
