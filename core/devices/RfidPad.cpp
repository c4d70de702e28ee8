#include "devices/RfidPad.h"

#include "Logging.h"

namespace comptoir::devices {

RfidPad::RfidPad(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RfidPad::poll);
    connect(&m_reader, &RfidReader::diagnostic, this, &RfidPad::diagnostic);
    connect(&m_reader, &RfidReader::portLost, this, [this](const QString& why) {
        m_connected = false;
        Q_EMIT stateChanged(false,
                            tr("RFID pad on %1 disconnected (%2). Reconnecting…").arg(m_settings.line.port, why));
    });
}

void RfidPad::start(const PadSettings& settings)
{
    stop();
    m_settings = settings;
    m_running = true;
    reopen();
}

void RfidPad::stop()
{
    m_running = false;
    m_timer.stop();
    m_reader.close();
    m_tags.clear();
    m_unreadable.clear();
    m_announced.clear();
    m_waitedOnce.clear();
    m_connected = false;
    m_missingReported = false;
}

void RfidPad::reopen()
{
    if (!m_running)
        return;
    if (Status s = m_reader.open(m_settings.line, m_settings.dialect); !s.ok()) {
        if (!m_missingReported)
            Q_EMIT stateChanged(false, tr("RFID pad on %1 not found: %2. Trying again every second…")
                                           .arg(m_settings.line.port, s.error().message));
        m_missingReported = true;
        m_connected = false;
        m_timer.start(1000);
        return;
    }
    m_missingReported = false;
    poll();
}

void RfidPad::poll()
{
    if (!m_running || m_busy)
        return;
    if (!m_reader.isOpen()) {
        reopen();
        return;
    }
    m_busy = true;
    m_reader.inventory([this](Result<QList<TagSeen>> seen) {
        if (!seen) {
            m_busy = false;
            if (m_connected || seen.error().code != QStringLiteral("rfid.timeout"))
                Q_EMIT stateChanged(false, seen.error().message);
            m_connected = false;
            if (m_running)
                m_timer.start(m_reader.isOpen() ? m_settings.pollMs : 1000);
            return;
        }
        if (!m_connected) {
            m_connected = true;
            Q_EMIT stateChanged(true, tr("RFID pad on %1 ready.").arg(m_settings.line.port));
        }
        QSet<QByteArray> present;
        for (const TagSeen& tag : seen.value())
            present.insert(tag.uid);
        // Gone from the pad: missed by two inventories in a row (one inventory may miss a tag
        // among many, a collision or a slow answer; lifting the item is not announced twice).
        for (auto it = m_tags.begin(); it != m_tags.end();) {
            if (present.contains(it.key())) {
                m_missed.remove(it.key());
                ++it;
            } else if (++m_missed[it.key()] >= MissesBeforeRemoved) {
                m_missed.remove(it.key());
                it = m_tags.erase(it);
            } else {
                ++it;
            }
        }
        m_unreadable.intersect(present);
        QSet<QString> still;
        for (const OnPad& p : std::as_const(m_tags))
            still.insert(p.tag.barcode);
        QStringList gone;
        for (const QString& barcode : std::as_const(m_announced))
            if (!still.contains(barcode))
                gone << barcode;
        for (const QString& barcode : gone) {
            m_announced.remove(barcode);
            Q_EMIT itemRemoved(barcode);
        }
        // New on the pad: read and decode once.
        m_pendingReads = 1;
        for (const TagSeen& tag : seen.value()) {
            if (m_tags.contains(tag.uid) || m_unreadable.contains(tag.uid))
                continue;
            ++m_pendingReads;
            m_reader.readMemory(tag.uid, m_settings.blocks, [this, tag](Result<QByteArray> memory) {
                if (memory) {
                    TagData data = decodeTag(memory.value(), tag.dsfid);
                    if (data.ok()) {
                        m_tags.insert(tag.uid, {tag.uid, tag.dsfid, data});
                    } else if (!m_unreadable.contains(tag.uid)) {
                        m_unreadable.insert(tag.uid);
                        qCWarning(lcDevices) << "unreadable tag:" << data.problem;
                        Q_EMIT unreadableTag(tag.uid, data.problem);
                    }
                } else if (memory.error().code != QStringLiteral("rfid.notag")) {
                    Q_EMIT diagnostic(QStringLiteral("! ") + memory.error().message);
                }
                if (--m_pendingReads == 0)
                    cycleDone();
            });
        }
        if (--m_pendingReads == 0)
            cycleDone();
    });
}

void RfidPad::cycleDone()
{
    // Announce each item once; a set missing parts waits one more cycle for them (a stack is
    // not always read whole at once), then is announced with what is missing.
    QList<TagData> decoded;
    for (const OnPad& p : std::as_const(m_tags))
        decoded << p.tag;
    const QList<SetCheck> sets = checkSets(decoded);
    for (const OnPad& p : std::as_const(m_tags)) {
        const QString& barcode = p.tag.barcode;
        if (m_announced.contains(barcode))
            continue;
        SetCheck set;
        for (const SetCheck& s : sets)
            if (s.barcode == barcode)
                set = s;
        if (!set.complete() && !m_waitedOnce.contains(barcode)) {
            m_waitedOnce.insert(barcode);
            continue;
        }
        m_waitedOnce.remove(barcode);
        m_announced.insert(barcode);
        Q_EMIT itemPlaced(p.tag, p.uid, set.missing, set.missingCount);
    }
    m_busy = false;
    if (m_running)
        m_timer.start(m_settings.pollMs);
}

void RfidPad::setSecurity(const QString& barcode, bool leaving, std::function<void(Status)> done)
{
    QList<QByteArray> uids;
    for (const OnPad& p : std::as_const(m_tags))
        if (p.tag.barcode == barcode)
            uids << p.uid;
    if (uids.isEmpty()) {
        done(Error{QStringLiteral("rfid.notag"),
                   tr("The item is no longer on the RFID pad: put it back to set its security.")});
        return;
    }
    const quint8 afi = leaving ? m_settings.afiLeaving : m_settings.afiSecured;
    auto remaining = std::make_shared<int>(int(uids.size()));
    auto firstError = std::make_shared<Status>();
    for (const QByteArray& uid : uids)
        m_reader.writeAfi(uid, afi, [remaining, firstError, done](Status s) {
            if (!s.ok() && firstError->ok())
                *firstError = s;
            if (--*remaining == 0)
                done(*firstError);
        });
}

} // namespace comptoir::devices
