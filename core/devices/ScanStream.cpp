#include "devices/ScanStream.h"

#include "Logging.h"

namespace comptoir::devices {

namespace {
constexpr int ConfirmWindowSecs = 20; // a second scan of the same code within this confirms it
}

ScanStream::ScanStream(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<ScanEvent>();
}

void ScanStream::submit(const QString& code, ScanSource source)
{
    ScanEvent event;
    event.code = code.trimmed();
    event.source = source;
    if (event.code.isEmpty())
        return;
    dispatch(std::move(event));
}

void ScanStream::submitTag(const TagData& tag, const QByteArray& uid, const QList<int>& missingParts, int missingCount)
{
    ScanEvent event;
    event.code = tag.barcode;
    event.source = ScanSource::Rfid;
    event.tag = tag;
    event.tagUid = uid;
    event.parts = tag.parts;
    event.missingParts = missingParts.first(std::min(missingParts.size(), qsizetype(MaxListedMissingParts)));
    event.missingCount = std::max(missingCount, int(missingParts.size()));
    dispatch(std::move(event));
}

void ScanStream::dispatch(ScanEvent event)
{
    const auto classification = m_rules.classify(event.code);
    event.kind = classification.kind;
    event.checkDigitFailed = classification.checkDigitFailed;
    qCDebug(lcDevices) << "scan from" << scanSourceName(event.source) << "kind" << codeKindName(event.kind) << "check"
                       << (event.checkDigitFailed ? "failed" : "ok");
    if (event.heldBack()) {
        const bool again = m_held && m_held->code == event.code && m_heldAt.secsTo(m_clock.now()) <= ConfirmWindowSecs;
        if (!again) {
            m_held = event;
            m_heldAt = m_clock.now();
            Q_EMIT heldBack(event);
            return;
        }
        event.confirmed = true;
    }
    m_held.reset();
    Q_EMIT scanned(event);
}

bool ScanStream::confirm()
{
    if (!m_held)
        return false;
    ScanEvent event = *m_held;
    m_held.reset();
    event.confirmed = true;
    Q_EMIT scanned(event);
    return true;
}

} // namespace comptoir::devices
