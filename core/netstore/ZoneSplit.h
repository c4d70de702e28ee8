#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace comptoir::netstore {

class NetStore;

// A site's shelf zones split between its desks (the store's zone_assignments), as one desk sees
// them: a zone given to this desk or to nobody is walked to by this desk's runs; a zone given to
// another desk is left to it. Zones are named as the shelf layout names them; lines in no zone are
// every desk's.
class ZoneSplit
{
public:
    ZoneSplit() = default;
    ZoneSplit(QHash<QString, QString> assignments, QString me)
        : m_assignments(std::move(assignments))
        , m_me(std::move(me))
    {
    }
    static Result<ZoneSplit> load(NetStore& store, const QString& site);

    // The desk (its role) another desk gave this zone to; empty when it is this desk's or nobody's.
    QString otherDesk(const QString& zone) const;
    bool isMine(const QString& zone) const { return !zone.isEmpty() && m_assignments.value(zone) == m_me; }
    QString holder(const QString& zone) const { return m_assignments.value(zone); }
    const QHash<QString, QString>& assignments() const { return m_assignments; }
    bool isEmpty() const { return m_assignments.isEmpty(); }
    // The lines (line, zone) this desk's run walks to, in their order; `leftToOthers` counts the rest.
    QStringList linesForThisDesk(const QList<QPair<QString, QString>>& lines, int* leftToOthers = nullptr) const;

private:
    QHash<QString, QString> m_assignments; // zone → role
    QString m_me;
};

} // namespace comptoir::netstore
