#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace comptoir {
class CacheStore;
}

namespace comptoir::desk {

// A request waiting on this site's hold shelf (status W), with what the desk shows of it.
struct ShelfHold
{
    qint64 holdId = 0;
    QString barcode, title, callNumber;
    QString surname, firstname, card;
    QDate expires;
    qint64 order = 0; // click & collect order (hold_group_id), 0: none
};

// One request of a click & collect order picked up here.
struct OrderHold
{
    qint64 order = 0;
    QString surname, firstname, card;
    bool waiting = false; // captured, on the hold shelf
    QDate expires;
};

struct OrderItem
{
    QString title, callNumber, barcode;
    QDate expires;        // the order's deadline: the first of its items' expiry dates
    bool waiting = false; // captured: in the bag
    QDate placed;         // when the patron asked for it
};

// How far a click & collect order is gathered: the same answer on every page, right after a capture.
struct OrderProgress
{
    int gathered = 0;
    int total = 0;
    bool complete() const { return total > 0 && gathered == total; }
};

// This site's queues, counted.
struct QueueCounts
{
    int toPull = 0, pending = 0, inTransit = 0, waiting = 0, expired = 0, orders = 0;
};

struct ItemAtHand
{
    QString barcode, title;
};

// Every question the desk's pages ask of the cache, in one place: named, tested, and answered the
// same way whichever page asks.
class DeskQueries
{
public:
    explicit DeskQueries(CacheStore& cache);

    // The hold shelf of a site, soonest expiry first.
    Result<QList<ShelfHold>> holdShelf(const QString& site) const;
    // Whether a scanned code is a patron card this counter knows.
    bool isKnownCard(const QString& code) const;
    // The requests of every click & collect order to be picked up at a site.
    Result<QList<OrderHold>> orderHolds(const QString& site) const;
    Result<QList<OrderItem>> orderItems(qint64 order) const;
    Result<OrderProgress> orderProgress(qint64 order) const;
    // The click & collect order a request for this item and this patron belongs to, if any.
    std::optional<qint64> orderOf(const QString& barcode, const QString& card, const QString& title = {}) const;
    Result<QueueCounts> queueCounts(const QString& site, const QDate& today) const;
    // What this counter handles now: its pull list and the items waiting on its shelf (the demo's
    // simulated devices offer them).
    QList<ItemAtHand> itemsAtHand(const QString& site, int limit = 60) const;
    // The shelving locations seen in this site's items (for the shelves editor).
    QStringList locationsSeen(const QString& site) const;

private:
    CacheStore& m_cache;
};

} // namespace comptoir::desk
