#include "netstore/ZoneSplit.h"

#include "netstore/NetStore.h"

namespace comptoir::netstore {

Result<ZoneSplit> ZoneSplit::load(NetStore& store, const QString& site)
{
    auto assignments = store.zoneAssignments(site);
    if (!assignments)
        return assignments.error();
    return ZoneSplit(assignments.value(), store.role());
}

QString ZoneSplit::otherDesk(const QString& zone) const
{
    if (zone.isEmpty())
        return {};
    const QString holder = m_assignments.value(zone);
    return holder == m_me ? QString() : holder;
}

QStringList ZoneSplit::linesForThisDesk(const QList<QPair<QString, QString>>& lines, int* leftToOthers) const
{
    QStringList mine;
    mine.reserve(lines.size());
    int others = 0;
    for (const auto& [line, zone] : lines) {
        if (otherDesk(zone).isEmpty())
            mine.append(line);
        else
            ++others;
    }
    if (leftToOthers)
        *leftToOthers = others;
    return mine;
}

} // namespace comptoir::netstore
