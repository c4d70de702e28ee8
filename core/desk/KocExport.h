#pragma once

#include "desk/Actions.h"
#include "store/Outbox.h"

#include <QByteArray>
#include <QList>

namespace comptoir::desk {

// Koha's offline circulation file (.koc): a "Version=1.0" header, then one tab-separated line per
// checkout ("issue", card, item) or check-in ("return", item), timestamped in local time as
// "YYYY-MM-DD HH:MM:SS mmm" (the wiki's form, which process_koc.pl reads). Other actions are not
// circulation and are left out. Reference: shared/reference/protocols.md §7.
struct KocFile
{
    QByteArray bytes;
    int issues = 0;
    int returns = 0;
    int skipped = 0;
};

KocFile exportKoc(const QList<OutboxAction>& actions, const QString& generatorVersion);

} // namespace comptoir::desk
