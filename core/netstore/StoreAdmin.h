#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir::netstore {

class NetStore;

// What IT reads of a network store (comptoir-store status): its schema, its counters and what each
// last published.
struct StoreCounterStatus
{
    QString role, site;
    qint64 events = 0;
    QString lastKind; // empty: nothing published yet
    QDateTime lastAt;
};

struct StoreStatus
{
    int version = 0; // 0: no schema yet
    int latest = 0;  // this Comptoir's
    qint64 events = 0;
    QList<StoreCounterStatus> counters;
};

// The schema's version, 0 for a database nothing was created in yet (no schema_version table).
Result<int> installedVersion(NetStore& store);
Result<StoreStatus> readStatus(NetStore& store);
// A password for a new counter role: 24 characters from the system's random source.
QString newRolePassword();

} // namespace comptoir::netstore
