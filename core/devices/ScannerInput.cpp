#include "devices/ScannerInput.h"

#include "crates/Manifest.h"

namespace comptoir::devices {

static_assert(MaxManifestCodeBytes >= crates::MaxPartLength + 16, "a manifest part must fit a scan");

namespace {

const QByteArray& manifestPrefix()
{
    static const QByteArray prefix = crates::ManifestPrefix.toLatin1();
    return prefix;
}

} // namespace

bool startsLikeManifest(const QByteArray& text)
{
    return text.startsWith(manifestPrefix());
}

bool startsLikeManifest(const QStringList& keys)
{
    const QByteArray& prefix = manifestPrefix();
    if (keys.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i)
        if (keys.at(i) != QLatin1Char(prefix.at(i)))
            return false;
    return true;
}

ScannerFramer::ScannerFramer(ScannerFraming framing)
    : m_framing(std::move(framing))
{
}

void ScannerFramer::finish(QByteArray raw, QList<Piece>& out) const
{
    if (!m_framing.prefix.isEmpty() && raw.startsWith(m_framing.prefix))
        raw.remove(0, m_framing.prefix.size());
    // Spaces, tabs and NULs around the code are the scanner's, not the label's.
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\0'; };
    qsizetype from = 0, to = raw.size();
    while (from < to && blank(raw[from]))
        ++from;
    while (to > from && blank(raw[to - 1]))
        --to;
    raw = raw.sliced(from, to - from);
    if (raw.isEmpty())
        return;
    // A crate manifest may carry a barcode with a space in it; no other code has one.
    const quint8 lowest = startsLikeManifest(raw) ? 0x20 : 0x21;
    for (const char c : raw)
        if (quint8(c) < lowest || quint8(c) > 0x7E) {
            out.append({QString(), QStringLiteral("%1 bytes that are not a barcode (line noise?)").arg(raw.size())});
            return;
        }
    if (m_framing.stripCodabar && raw.size() >= 3) {
        const auto startStop = [](char c) { return (c >= 'A' && c <= 'D') || (c >= 'a' && c <= 'd'); };
        if (startStop(raw.front()) && startStop(raw.back()))
            raw = raw.mid(1, raw.size() - 2);
    }
    out.append({QString::fromLatin1(raw), QString()});
}

QList<ScannerFramer::Piece> ScannerFramer::feed(const QByteArray& bytes, qint64 nowMs)
{
    QList<Piece> out = poll(nowMs);
    m_last = nowMs;
    for (const char c : bytes) {
        m_buffer.append(c);
        const bool endsWithSuffix = !m_framing.suffix.isEmpty() && m_buffer.endsWith(m_framing.suffix);
        if (c == '\r' || c == '\n' || endsWithSuffix) {
            QByteArray raw = m_buffer;
            raw.chop(endsWithSuffix ? m_framing.suffix.size() : 1);
            m_buffer.clear();
            finish(raw, out);
        } else if (m_buffer.size() > MaxSerialCodeBytes && !longCodeMayGoOn()) {
            out.append({QString(), QStringLiteral("%1 bytes without an end of code (wrong suffix or line noise?)")
                                       .arg(m_buffer.size() - 1)});
            m_buffer.clear();
        }
    }
    return out;
}

bool ScannerFramer::longCodeMayGoOn() const
{
    if (m_buffer.size() > MaxManifestCodeBytes)
        return false;
    QByteArray start = m_buffer.left(m_framing.prefix.size() + manifestPrefix().size() + 8);
    if (!m_framing.prefix.isEmpty() && start.startsWith(m_framing.prefix))
        start.remove(0, m_framing.prefix.size());
    while (!start.isEmpty() && (start.front() == ' ' || start.front() == '\t' || start.front() == '\0'))
        start.remove(0, 1);
    return startsLikeManifest(start);
}

QList<ScannerFramer::Piece> ScannerFramer::poll(qint64 nowMs)
{
    QList<Piece> out;
    if (!m_buffer.isEmpty() && nowMs - m_last >= m_framing.interCharTimeoutMs) {
        finish(m_buffer, out);
        m_buffer.clear();
    }
    return out;
}

std::optional<QString> mapAzertyDigits(const QString& text)
{
    static const QString shifted = QStringLiteral("&é\"'(-è_çà");
    if (text.isEmpty())
        return std::nullopt;
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        const qsizetype at = shifted.indexOf(c);
        if (at < 0)
            return std::nullopt;
        digits.append(QChar(char16_t(u'0' + (at + 1) % 10)));
    }
    return digits;
}

WedgeDetector::Outcome WedgeDetector::key(const QString& text, bool terminator, qint64 nowMs)
{
    Outcome out;
    out.replay = timeout(nowMs);
    if (m_overlong) {
        // A burst longer than any code (a key held down): its keys pass until a pause or its end.
        if (nowMs - m_last > m_tuning.maxGapMs || terminator || text.isEmpty())
            m_overlong = false;
        if (!terminator && !text.isEmpty())
            m_last = nowMs;
        if (m_overlong || terminator || text.isEmpty())
            return out; // Pass
    }
    if (terminator && m_held.size() >= m_tuning.minLength) {
        QString code = m_held.join(QString());
        if (const auto mapped = mapAzertyDigits(code))
            code = *mapped;
        m_code = code;
        m_held.clear();
        out.decision = Decision::Scan;
        return out;
    }
    if (terminator || text.isEmpty()) {
        out.replay += flush();
        out.decision = Decision::Pass;
        return out;
    }
    m_last = nowMs;
    const qsizetype bound = startsLikeManifest(m_held) ? MaxManifestCodeBytes : MaxWedgeBurstKeys;
    if (m_held.size() >= bound) {
        // No code is this long: what was held is a person's, given back with this key.
        m_overlong = true;
        out.replay += flush();
        out.decision = Decision::Pass;
        return out;
    }
    m_held.append(text);
    out.decision = Decision::Hold;
    return out;
}

QStringList WedgeDetector::timeout(qint64 nowMs)
{
    return nowMs - m_last > m_tuning.maxGapMs ? flush() : QStringList();
}

QStringList WedgeDetector::flush()
{
    QStringList held;
    held.swap(m_held);
    return held;
}

} // namespace comptoir::devices
