#pragma once

#include "Result.h"
#include "Verdict.h"
#include "crates/CrateService.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace comptoir::netstore {

class NetworkStoreLink;
struct Outcome;
struct StoreEvent;

// An open crate of this counter's site as the network store has it.
struct SiteCrate
{
    QString id, destination, state, openedBy, sealedBy;
    int items = 0;
    QDateTime openedAt, sealedAt;
};

// The crates of a site shared between its desks through the network store (issue 21). Every desk
// keeps its crate actions in its own outbox first, as without a store (crates/CrateService); the
// link publishes them and the store decides: a crate is sealed once, an item put into a crate
// another desk sealed first is refused. This class reads the site's open crates from the store
// (the crates page shows them, with the desk that opened each), follows their counts live (the
// store's notifications), lets this desk fill or seal another desk's crate (it adopts the crate
// locally, so the events carry the crate's id), puts every desk's items in the manifest of a crate
// sealed here, and undoes and tells what the store refused: the item stays at this desk, in no
// crate, to go into another one.
// Store unreachable: only this counter's crates are shown and worked on (its own, and those of other
// desks it filled, with its own count); everything waits in the outbox and publishes on return.
class SharedCrates : public QObject
{
    Q_OBJECT
public:
    SharedCrates(crates::CrateService& crates, NetworkStoreLink& link, QObject* parent = nullptr);
    ~SharedCrates() override;

    // Connected to the store: the site's crates are known (else only this counter's own).
    bool available() const;
    // This desk in the store (its role): "opened by" and "sealed by" say such names.
    QString me() const;
    // The site's open crates at the last reading (empty when unavailable).
    const QList<SiteCrate>& siteCrates() const { return m_site; }
    std::optional<SiteCrate> find(const QString& id) const;
    // Reads the site's open crates (and this counter's open ones) from the store, and takes in what
    // the store decided meanwhile: a crate of this desk sealed at another leaves this desk. Read on
    // the link's store thread (NetworkStoreLink::callStore): changed() when it is in; meanwhile
    // isReading(), the last reading kept. Returns false when no reading started (not connected).
    bool refresh();
    bool isReading() const { return m_reading; }
    // The items in a crate at the store (barcode, desk that put it in), in the order they went in,
    // read on the store thread with done(items) here later, unless `context` is gone meanwhile or
    // the store did not answer (returns false when no read started).
    bool readItems(const QString& id, QObject* context,
                   std::function<void(Result<QList<std::pair<QString, QString>>>)> done);

    using PlacementDone = std::function<void(Result<crates::Placement>)>;
    using SealDone = std::function<void(Result<crates::SealedCrate>)>;
    // An item put into a site crate (another desk's: adopted here first): the store's items read
    // (an item another desk put in is refused, with that desk's name), the item durable in this
    // desk's outbox, then published at once, so that a crate another desk sealed first is said now.
    // Every store step runs on the link's store thread: done(result) comes later, on this thread
    // (not when `context` is gone), within answerTimeout() whatever the store does; the store not
    // answering, the item goes in here all the same and waits in the outbox (the verdict says so).
    void putIntoAsync(const QString& id, const QString& barcode, QObject* context, PlacementDone done);
    // Seals a crate of this site (this desk's own or another's, by its id): the items other desks
    // put in are added first, so the manifest lists them all, then published at once. A store that
    // does not answer the read: not sealed (the label would miss items), said so. Another desk's
    // seal first: refused, with its name; told later on the banner when the store answered late.
    void sealAsync(const QString& id, QObject* context, SealDone done);
    // The same, waited for here in an event loop (tools and tests; the desk's pages use the above).
    Result<crates::Placement> putInto(const QString& id, const QString& barcode);
    Result<crates::SealedCrate> seal(const QString& id);
    // How long a crate action waits for the store before it goes on without it (default 3 s).
    void setAnswerTimeout(int ms) { m_answerMs = ms; }
    int answerTimeout() const { return m_answerMs; }
    // Publishes this counter's waiting events soon (after a crate action), on the link's worker, if connected.
    void publishSoon();

    std::function<QString(const QString&)> libraryName = [](const QString& id) { return id; };

Q_SIGNALS:
    // The site's crates or their counts changed (a notification, a refresh, the store lost or back).
    void changed();
    // What staff must read: a crate action of this desk the store refused, and what became of it.
    void verdictReady(const comptoir::Verdict& verdict);

private:
    struct Action;
    void start(const std::shared_ptr<Action>& action);
    void read(const std::shared_ptr<Action>& action, const Result<QList<std::pair<QString, QString>>>& items);
    void roundEnded(quint64 round, bool complete);
    void timedOut(const std::shared_ptr<Action>& action);
    // answered: the store's verdict is in (else it comes later, on the banner, if it is a refusal).
    void finish(const std::shared_ptr<Action>& action, bool answered = true);
    // The out crate with this id at this desk, adopted from the store when another desk opened it;
    // unreachable: the message when the store cannot say.
    Result<crates::Crate> localOrAdopted(const QString& id, const QString& unreachable);
    void onLost(const StoreEvent& event, const Outcome& outcome);
    void onCrateChanged(const QString& id, int items, const QString& state);
    QHash<QString, crates::Crate> ownCrates() const;
    void apply(const QList<SiteCrate>& crates);

    crates::CrateService& m_crates;
    NetworkStoreLink& m_link;
    QList<SiteCrate> m_site;
    bool m_reading = false;
    int m_lastRead = 0;
    bool m_publishQueued = false;
    // This desk's crate actions waiting for the store: a refusal of one is returned to it, not
    // emitted (other events lost meanwhile are told as usual).
    QList<std::shared_ptr<Action>> m_actions;
    int m_answerMs = 3000;
};

} // namespace comptoir::netstore
