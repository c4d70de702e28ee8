#include "netstore/ClaimedRun.h"

#include "Clock.h"

#include <QUuid>

namespace comptoir::netstore {

ClaimedRun::ClaimedRun(NetStore& store, const Clock& clock, const QString& site, const QStringList& lines, int batch,
                       const QString& zone)
    : m_store(store)
    , m_clock(clock)
    , m_site(site)
    , m_zone(zone)
    , m_lines(lines)
    , m_batch(qMax(1, batch))
{
}

bool ClaimedRun::isTaken(const QString& line, QString* by) const
{
    auto done = m_done.constFind(line);
    if (done != m_done.constEnd()) {
        if (by)
            *by = done.value();
        return true;
    }
    auto held = m_elsewhere.constFind(line);
    if (held != m_elsewhere.constEnd()) {
        if (by)
            *by = held.value();
        return true;
    }
    return false;
}

int ClaimedRun::remaining() const
{
    int n = 0;
    for (const QString& line : m_lines)
        if (!isTaken(line))
            ++n;
    return n;
}

void ClaimedRun::absorb(const QList<LineClaim>& claims)
{
    for (const LineClaim& c : claims) {
        if (c.state != QLatin1String("claimed")) {
            m_done.insert(c.line, c.by);
            m_elsewhere.remove(c.line);
            m_mine.removeAll(c.line);
        } else if (c.mine) {
            m_elsewhere.remove(c.line);
            if (!m_mine.contains(c.line))
                m_mine.append(c.line);
        } else {
            m_elsewhere.insert(c.line, c.by);
            m_mine.removeAll(c.line);
        }
    }
}

void ClaimedRun::markDone(const QString& line, const QString& by)
{
    m_done.insert(line, by);
    m_elsewhere.remove(line);
    m_mine.removeAll(line);
}

Status ClaimedRun::refresh()
{
    auto taken = m_store.takenLines(m_site, m_clock.now());
    if (!taken)
        return taken.status();
    m_elsewhere.clear();
    for (const LineClaim& c : taken.value()) {
        if (c.state == QLatin1String("claimed")) {
            m_elsewhere.insert(c.line, c.by);
            m_mine.removeAll(c.line);
        } else {
            m_done.insert(c.line, c.by);
            m_mine.removeAll(c.line);
        }
    }
    return {};
}

Result<QStringList> ClaimedRun::claimNext()
{
    QStringList claimed;
    bool refreshed = false;
    while (claimed.isEmpty()) {
        QStringList candidates;
        while (m_next < m_lines.size() && candidates.size() < m_batch) {
            const QString& line = m_lines.at(m_next++);
            if (!isTaken(line) && !m_mine.contains(line))
                candidates.append(line);
        }
        if (candidates.isEmpty()) {
            // End of the pass: claims of other desks may have expired meanwhile (a desk crashed);
            // read them again once and walk the list again.
            if (refreshed)
                break;
            if (Status s = refresh(); !s)
                return s.error();
            refreshed = true;
            m_next = 0;
            continue;
        }
        auto result =
            m_store.claim(m_site, candidates, m_clock.now(), qint64(NetStore::ClaimMinutes) * 60 * 1000, m_zone);
        if (!result)
            return result.error();
        const QStringList before = m_mine;
        absorb(result.value());
        for (const QString& line : std::as_const(m_mine))
            if (!before.contains(line))
                claimed.append(line);
    }
    return claimed;
}

Status ClaimedRun::renew()
{
    if (m_mine.isEmpty())
        return {};
    auto result = m_store.claim(m_site, m_mine, m_clock.now(), qint64(NetStore::ClaimMinutes) * 60 * 1000, m_zone);
    if (!result)
        return result.status();
    absorb(result.value());
    return {};
}

Result<Outcome> ClaimedRun::finish(const QString& line, bool found)
{
    const StoreEvent event{QUuid::createUuid().toString(QUuid::WithoutBraces),
                           m_site,
                           found ? QStringLiteral("pull.pulled") : QStringLiteral("pull.not_found"),
                           line,
                           QJsonObject(),
                           m_clock.now().toUTC()};
    auto outcome = m_store.publish(event);
    if (!outcome)
        return outcome;
    m_mine.removeAll(line);
    m_done.insert(line, outcome.value().kind == Outcome::Kind::Lost ? outcome.value().by : m_store.role());
    return outcome;
}

Status ClaimedRun::stop()
{
    if (m_mine.isEmpty())
        return {};
    auto released = m_store.release(m_site, m_mine, m_clock.now());
    if (!released)
        return released.status();
    m_mine.clear();
    return {};
}

} // namespace comptoir::netstore
