#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace comptoir {
class CacheStore;
namespace ils {
class KohaRestClient;
}
} // namespace comptoir

namespace comptoir::desk {

// A patron found by the network's phone line: card or name, from any site.
struct LookupPatron
{
    qint64 id = 0;
    QString surname, firstname, card, homeLibrary;
};

// One of their requests, wherever it is in the network.
struct LookupRequest
{
    enum class Where { ToPull, InTransit, OnHoldShelf, Processing };
    qint64 holdId = 0;
    qint64 orderId = 0; // click & collect order, 0 otherwise
    QString title, callNumber, barcode;
    QString pickupLibrary, itemLibrary; // ids
    Where where = Where::ToPull;
    QDate holdDate, expiration;
    int priority = 0;
};

// The network lookup: patrons by card number or name, and all their requests across sites, asked of
// the ILS (REST). When the ILS does not answer, the same questions go to the cache, which knows
// this site's requests only: the answer says so.
class NetworkLookup : public QObject
{
    Q_OBJECT
public:
    NetworkLookup(ils::KohaRestClient* rest, CacheStore& cache, QObject* parent = nullptr);

    struct Answer
    {
        QList<LookupPatron> patrons;
        bool fromCache = false; // the ILS was unreachable: this site's data only
        QString problem;        // why the ILS was not used, when fromCache
    };
    struct Requests
    {
        QList<LookupRequest> requests;
        bool fromCache = false;
        QString problem;
    };

    // A text of digits is a card number (exact); anything else a name: the start of the surname,
    // of the first name, or of both in either order ("brun adam", "adam brun"), accents and case
    // ignored (by the ILS's collation, and here in the cache). At most `limit` patrons.
    void findPatrons(const QString& text, std::function<void(Answer)> done, int limit = 30);
    void requestsOf(qint64 patronId, std::function<void(Requests)> done);

    static bool looksLikeCard(const QString& text);
    // The ways a typed name can be read: surname first or first name first, split between any
    // two words (the whole text as either alone too).
    struct NameSplit
    {
        QString surname, firstname;
    };
    static QList<NameSplit> nameSplits(const QString& text);

private:
    QList<LookupPatron> patronsFromCache(const QString& text, int limit);
    QList<LookupRequest> requestsFromCache(qint64 patronId);

    ils::KohaRestClient* m_rest;
    CacheStore& m_cache;
};

} // namespace comptoir::desk
