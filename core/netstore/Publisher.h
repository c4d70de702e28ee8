#pragma once

#include "Result.h"
#include "netstore/NetStore.h"

#include <QObject>

namespace comptoir {
class Clock;
class Outbox;
} // namespace comptoir

namespace comptoir::netstore {

// An event waiting in (or sent from) this counter's outbox file.
struct LocalEvent
{
    qint64 seq = 0;
    StoreEvent event;
    QDateTime publishedAt; // invalid: not published yet
    Outcome outcome;
};

struct PublishRound
{
    int published = 0;    // events the store took (or had already: a replay)
    int conflicts = 0;    // of which another counter won, or the store refused
    int pending = 0;      // left for the next round
    Status status;        // why the round stopped early (the store unreachable), else ok
    QStringList messages; // the conflicts, for staff
};

// What the store said to a batch of events sent in order: a verdict for each of the first ones, and
// why it stopped before the end (the store unreachable or refusing), else ok.
struct SentEvents
{
    QList<Outcome> outcomes;
    Status status;
};

// Publication to the network store through the outbox. Every action is durable in this counter's
// outbox file first, as without a store: crate events (audit), locker events and delivery events
// are collected into the outbox's net_events table (schema 12) in their order, with a uuid each
// (the row's own, or one derived from this counter and the row), and sent in that order. Locker
// alerts (kind "alert", with or without a door) go as locker.alert with the bank, the door's label
// and what was said (no item, no patron). An event is marked published only after the store
// answered; one sent again after a crash or a lost answer is a replay the store recognises by its
// uuid, so nothing is lost and nothing applied twice.
// Offline, events wait; they go on the next round once the store answers again.
class Publisher : public QObject
{
    Q_OBJECT
public:
    static QList<QString> schema(); // the outbox's version 12

    Publisher(Outbox& outbox, const Clock& clock, const QString& site, const QString& counter,
              QObject* parent = nullptr);

    // An event of this counter recorded now (pull-run outcomes, report snapshots), durable when
    // this returns.
    Result<LocalEvent> record(const QString& kind, const QString& object, const QJsonObject& payload);
    // Copies the outbox's new crate, locker and delivery events into net_events; returns how many.
    Result<int> collect();
    // Collects, then sends up to `max` unpublished events in order.
    PublishRound publish(NetStore& store, int max = 1000);
    // The same in three steps, so that the store's part runs on another thread (the link's
    // publication worker) while the outbox stays on this one: the events to send (collected first),
    // sent on any thread with its own connection, then the verdicts kept here and told.
    Result<QList<LocalEvent>> pendingBatch(int max = 1000);
    static SentEvents send(NetStore& store, const QList<StoreEvent>& events, bool reconnect);
    PublishRound apply(const QList<LocalEvent>& batch, const SentEvents& sent);
    Result<int> pendingCount();
    // Whether publish() opens the store's connection again when it dropped (default yes). The
    // network store link says no: it reconnects off the UI thread itself.
    void setReconnect(bool reconnect) { m_reconnect = reconnect; }
    Result<QList<LocalEvent>> events(bool publishedOnly = false);
    // Events another counter won or the store refused, newest first.
    Result<QList<LocalEvent>> conflicts();

Q_SIGNALS:
    // One of this counter's events lost to another counter's (or was refused): said once.
    void conflict(const QString& message);
    // The same, with the event and the store's verdict (after conflict()): what the desk undoes
    // or tells (netstore/SharedCrates: an item that did not go into a crate sealed elsewhere).
    void eventLost(const comptoir::netstore::StoreEvent& event, const comptoir::netstore::Outcome& outcome);

private:
    Status insert(const StoreEvent& event);

    Outbox& m_outbox;
    const Clock& m_clock;
    QString m_site, m_counter;
    bool m_reconnect = true;
};

} // namespace comptoir::netstore
