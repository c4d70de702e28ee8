#pragma once

#include "Result.h"
#include "reports/NetworkCounters.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir::netstore {

class NetStore;

// What the counters read back from the network store for their screens (each on a connection of
// the calling thread: NetworkStoreLink::readInBackground runs them off the desk's thread).

// The day's report snapshots of every counter, the counters registered, and who is reading.
Result<reports::NetworkCounters> readReportCounters(NetStore& store, const QDate& day);

// A locker door as the store knows it: its bank and site, its state and since when, the item it
// holds and whose request (the pickup code: the name and card never leave the loading counter),
// and the counter that loaded it.
struct NetworkDoor
{
    QString uuid, site, bank, label, state;
    QString item, title, holderCode, by;
    QDateTime since;
    bool jammed() const { return state == QLatin1String("jammed"); }
};
// Every door of the network's locker banks, by site, bank and label.
Result<QList<NetworkDoor>> readLockerDoors(NetStore& store);

// A home delivery order another counter published: its state and last event (no patron: none
// leaves the counter), the counter that took it.
struct NetworkDeliveryOrder
{
    QString uuid, site, counter, state, lastEvent;
    QDateTime at;
    QDate round; // the delivery round it goes out on
    int items = 0;
};
// The orders of `site` published by counters other than the caller.
Result<QList<NetworkDeliveryOrder>> readDeliveryOrders(NetStore& store, const QString& site);

} // namespace comptoir::netstore
