#include "netstore/SharedCrates.h"

#include "netstore/NetStore.h"
#include "netstore/NetworkStoreLink.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcNetStore)

namespace comptoir::netstore {

namespace {

// PostgreSQL's text array literal: {"a","b"} with quotes and backslashes escaped.
QString textArray(const QStringList& values)
{
    QStringList quoted;
    for (QString v : values) {
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        v.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted.append(QLatin1Char('"') + v + QLatin1Char('"'));
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QDateTime readTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime t = value.toDateTime();
    return t.isValid() ? t.toUTC() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

Error queryError(const QSqlQuery& q)
{
    return Error{QStringLiteral("netstore.unreachable"),
                 SharedCrates::tr("The network store does not answer (%1).").arg(q.lastError().text().simplified())};
}

} // namespace

// One crate action of this desk on a site crate, from the store's read to its publication.
struct SharedCrates::Action
{
    enum class Stage { Reading, Publishing, Done };
    enum class Kind { Put, Seal };
    Kind kind = Kind::Put;
    Stage stage = Stage::Reading;
    QString crate, barcode;
    qint64 seq = 0;
    std::optional<SiteCrate> before; // the store's crate at the last reading (put: the count before)
    quint64 round = 0;               // the publication round that carries the action
    Verdict lost;                    // what the store refused of it
    std::optional<Result<crates::Placement>> placed;
    std::optional<Result<crates::SealedCrate>> sealed;
    QPointer<QObject> context;
    PlacementDone placedDone;
    SealDone sealedDone;
    QTimer* timer = nullptr;
};

SharedCrates::SharedCrates(crates::CrateService& crates, NetworkStoreLink& link, QObject* parent)
    : QObject(parent)
    , m_crates(crates)
    , m_link(link)
{
    // A crate action written here goes out soon (after its transaction ended).
    connect(&m_crates, &crates::CrateService::changed, this, &SharedCrates::publishSoon, Qt::QueuedConnection);
    connect(&m_link, &NetworkStoreLink::connectedChanged, this, [this](bool connected) {
        if (connected) {
            (void)refresh();
            return;
        }
        m_site.clear();
        m_reading = false;
        ++m_lastRead; // a reading still out is not waited for
        Q_EMIT changed();
    });
    connect(&m_link.store(), &NetStore::notified, this, [this](const QJsonObject& n) {
        const QString kind = n.value(QStringLiteral("kind")).toString();
        if (!kind.startsWith(QLatin1String("crate.")) || n.value(QStringLiteral("site")).toString() != m_crates.site())
            return;
        onCrateChanged(n.value(QStringLiteral("object")).toString(), n.value(QStringLiteral("items")).toInt(),
                       n.value(QStringLiteral("state")).toString());
    });
    connect(&m_link, &NetworkStoreLink::eventLost, this, &SharedCrates::onLost);
    connect(&m_link, &NetworkStoreLink::roundEnded, this, &SharedCrates::roundEnded);
    // The store lost: the actions waiting for its verdict end (they wait in the outbox).
    connect(&m_link, &NetworkStoreLink::connectedChanged, this, [this](bool connected) {
        if (connected)
            return;
        const QList<std::shared_ptr<Action>> actions = m_actions;
        for (const auto& a : actions)
            if (a->stage == Action::Stage::Publishing)
                finish(a, false);
    });
}

SharedCrates::~SharedCrates() = default;

bool SharedCrates::available() const
{
    return m_link.isConfigured() && m_link.isConnected();
}

QString SharedCrates::me() const
{
    return m_link.store().role();
}

std::optional<SiteCrate> SharedCrates::find(const QString& id) const
{
    for (const SiteCrate& c : m_site)
        if (c.id == id)
            return c;
    return std::nullopt;
}

namespace {

// What the store says of a site's crates: the open ones, and those of `mine` (this desk's) whatever
// their state. Runs on the link's store thread.
Result<QList<SiteCrate>> readSiteCrates(NetStore& store, const QString& site, const QStringList& mine)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT c.id, c.destination, c.state, c.items, coalesce(c.opened_by, ''), "
                             "coalesce(c.sealed_by, ''), c.sealed_at, (SELECT min(e.at) FROM events e WHERE e.object = "
                             "c.id AND e.kind = 'crate.open') FROM crates c WHERE c.from_site = ? AND (c.state = "
                             "'open' OR c.id = ANY (?::text[])) ORDER BY c.destination, c.id"));
    q.addBindValue(site);
    q.addBindValue(textArray(mine));
    if (!q.exec())
        return queryError(q);
    QList<SiteCrate> crates;
    while (q.next())
        crates.append(SiteCrate{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(4).toString(), q.value(5).toString(), q.value(3).toInt(), readTime(q.value(7)),
                                readTime(q.value(6))});
    return crates;
}

Result<QList<std::pair<QString, QString>>> readStoreItems(NetStore& store, const QString& id)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT barcode, added_by FROM crate_items WHERE crate = ? AND removed_at IS NULL ORDER "
                             "BY added_at, barcode"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    QList<std::pair<QString, QString>> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

} // namespace

QHash<QString, crates::Crate> SharedCrates::ownCrates() const
{
    // This desk's crates still here: the store may say another desk sealed one.
    QHash<QString, crates::Crate> mine;
    for (auto state : {crates::Crate::State::Open, crates::Crate::State::Sealed})
        if (auto list = m_crates.crates(crates::Crate::Direction::Out, state))
            for (const crates::Crate& c : list.value())
                if (!c.departedAt.isValid() && c.sealedBy.isEmpty())
                    mine.insert(c.id, c);
    return mine;
}

bool SharedCrates::refresh()
{
    if (!available()) {
        const bool had = !m_site.isEmpty() || m_reading;
        m_site.clear();
        m_reading = false;
        if (had)
            Q_EMIT changed();
        return false;
    }
    // Read on the link's store thread; the page shows what it has meanwhile, and says it reads.
    const int read = ++m_lastRead;
    const bool started = m_link.callStore<Result<QList<SiteCrate>>>(
        this, QString(), // the crates page says it reads (isReading())
        [site = m_crates.site(), mine = ownCrates().keys()](NetStore& store) {
            return readSiteCrates(store, site, mine);
        },
        [this, read](Result<QList<SiteCrate>> crates) {
            if (read != m_lastRead)
                return; // a later reading is on its way
            m_reading = false;
            if (!crates) {
                if (crates.error().code != QLatin1String("netstore.unreachable"))
                    qCWarning(lcNetStore) << "crates not read:" << crates.error().message;
                Q_EMIT changed();
                return;
            }
            apply(crates.value());
        });
    if (started && !m_reading) {
        m_reading = true;
        Q_EMIT changed();
    }
    return started;
}

void SharedCrates::apply(const QList<SiteCrate>& crates)
{
    const QHash<QString, crates::Crate> mine = ownCrates();
    QList<SiteCrate> site;
    QList<SiteCrate> closed;
    for (const SiteCrate& c : crates)
        (c.state == QLatin1String("open") ? site : closed).append(c);
    m_site = site;
    const QString self = me();
    for (const SiteCrate& c : std::as_const(closed)) {
        auto it = mine.constFind(c.id);
        if (it == mine.constEnd() || c.sealedBy.isEmpty() || c.sealedBy == self)
            continue;
        qCInfo(lcNetStore) << "crate" << c.id << "was sealed at" << c.sealedBy;
        if (Status s = m_crates.sealedElsewhere(it.value().seq, c.sealedBy, c.sealedAt); !s)
            qCWarning(lcNetStore) << "crate" << c.id << "not marked sealed elsewhere:" << s.error().message;
    }
    Q_EMIT changed();
}

bool SharedCrates::readItems(const QString& id, QObject* context,
                             std::function<void(Result<QList<std::pair<QString, QString>>>)> done)
{
    if (!available())
        return false;
    return m_link.callStore<Result<QList<std::pair<QString, QString>>>>(
        context, QString(), [id](NetStore& store) { return readStoreItems(store, id); }, std::move(done));
}

void SharedCrates::onCrateChanged(const QString& id, int items, const QString& state)
{
    if (state == QLatin1String("open")) {
        for (SiteCrate& c : m_site)
            if (c.id == id) {
                c.items = items;
                Q_EMIT changed();
                return;
            }
    }
    // A crate opened, sealed or received elsewhere: read again.
    (void)refresh();
}

void SharedCrates::publishSoon()
{
    if (m_publishQueued)
        return;
    m_publishQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_publishQueued = false;
        if (available()) // on the link's worker: the store's notification says it back (changed())
            (void)m_link.publishInBackground();
        else
            Q_EMIT changed(); // this desk's own crates: the page follows without the store
    });
}

Result<crates::Crate> SharedCrates::localOrAdopted(const QString& id, const QString& unreachable)
{
    // This desk's own crate, or another desk's taken into this desk's outbox first (its events then
    // carry the crate's network id).
    auto local = m_crates.outCrate(id);
    if (local || local.error().code != QLatin1String("crate.unknown"))
        return local;
    const std::optional<SiteCrate> site = available() ? find(id) : std::nullopt;
    if (!site)
        return Error{QStringLiteral("netstore.unreachable"), unreachable};
    return m_crates.adopt(id, site->destination, site->openedBy, site->openedAt);
}

void SharedCrates::start(const std::shared_ptr<Action>& a)
{
    m_actions.append(a);
    a->timer = new QTimer(this);
    a->timer->setSingleShot(true);
    connect(a->timer, &QTimer::timeout, this, [this, a] { timedOut(a); });
    a->timer->start(m_answerMs);
    // The items already in it, as the store has them, read on the link's store thread.
    const bool reading =
        readItems(a->crate, this, [this, a](Result<QList<std::pair<QString, QString>>> items) { read(a, items); });
    if (!reading)
        read(a, Error{QStringLiteral("netstore.unreachable"), tr("The network store is not connected.")});
}

void SharedCrates::putIntoAsync(const QString& id, const QString& barcode, QObject* context, PlacementDone done)
{
    auto local = localOrAdopted(id, tr("The network store cannot be reached: crates opened at other desks cannot be "
                                       "filled now."));
    if (!local || !available()) {
        // Not adopted, or only this desk's own crate and the outbox: nothing to ask the store.
        done(local ? m_crates.placeInto(local.value().seq, barcode, libraryName(local.value().destination))
                   : Result<crates::Placement>(local.error()));
        return;
    }
    auto a = std::make_shared<Action>();
    a->kind = Action::Kind::Put;
    a->crate = id;
    a->barcode = barcode;
    a->seq = local.value().seq;
    a->before = find(id);
    a->context = context;
    a->placedDone = std::move(done);
    start(a);
}

void SharedCrates::sealAsync(const QString& id, QObject* context, SealDone done)
{
    auto local = localOrAdopted(id, tr("The network store cannot be reached: crates opened at other desks cannot be "
                                       "sealed now."));
    if (!local || !available()) {
        done(local ? m_crates.seal(local.value().seq) : Result<crates::SealedCrate>(local.error()));
        return;
    }
    auto a = std::make_shared<Action>();
    a->kind = Action::Kind::Seal;
    a->crate = id;
    a->seq = local.value().seq;
    a->context = context;
    a->sealedDone = std::move(done);
    start(a);
}

void SharedCrates::read(const std::shared_ptr<Action>& a, const Result<QList<std::pair<QString, QString>>>& items)
{
    if (a->stage != Action::Stage::Reading)
        return; // answered late: the action went on without it
    const bool unreachable = !items && items.error().code == QLatin1String("netstore.unreachable");
    if (a->kind == Action::Kind::Put) {
        // Put in at another desk already: counted once, and staff are told where it went in.
        if (items)
            for (const auto& [inside, by] : items.value())
                if (inside == a->barcode && by != me()) {
                    a->placed = Error{QStringLiteral("crate.already_in"),
                                      tr("This item is already in this crate: %1 put it in.").arg(by)};
                    return finish(a);
                }
        // The store not answering: into this desk's crate all the same (it waits in the outbox).
        auto local = m_crates.outCrate(a->crate);
        a->placed = local ? m_crates.placeInto(a->seq, a->barcode, libraryName(local.value().destination))
                          : Result<crates::Placement>(local.error());
        if (!*a->placed || unreachable || !available())
            return finish(a, !(unreachable && available()));
    } else {
        // Every desk's items in the manifest: those put in elsewhere are added here first. Without
        // them the label would miss items: not sealed.
        if (!items) {
            a->sealed = items.error();
            return finish(a);
        }
        QList<std::pair<QString, QString>> others;
        for (const auto& item : items.value())
            if (item.second != me())
                others.append(item);
        if (auto imported = m_crates.importItems(a->seq, others); !imported) {
            a->sealed = imported.error();
            return finish(a);
        }
        a->sealed = m_crates.seal(a->seq);
        if (!*a->sealed || !available())
            return finish(a);
    }
    // Out at once, on the link's worker: the store's verdict while staff still hold the item.
    a->stage = Action::Stage::Publishing;
    a->round = m_link.publishSoon();
    if (a->round == 0)
        finish(a, false); // it waits in the outbox
}

void SharedCrates::roundEnded(quint64 round, bool complete)
{
    // A round that failed, or left events in the outbox, may not have carried the action: its
    // verdict is not known (a refusal, if any, comes on the banner later).
    const QList<std::shared_ptr<Action>> actions = m_actions;
    for (const auto& a : actions)
        if (a->stage == Action::Stage::Publishing && a->round <= round)
            finish(a, complete || !a->lost.title.isEmpty());
}

void SharedCrates::timedOut(const std::shared_ptr<Action>& a)
{
    if (a->stage == Action::Stage::Reading) {
        // No answer to the read: an item goes into this desk's crate all the same (the store counts
        // it once, should another desk have put it in too); a seal waits for the store.
        read(a, Error{QStringLiteral("netstore.unreachable"),
                      tr("The network store did not answer in time: the crate was not sealed. Try again in a "
                         "moment.")});
        return;
    }
    finish(a, false); // published when the store answers; a refusal then comes on the banner
}

void SharedCrates::finish(const std::shared_ptr<Action>& a, bool answered)
{
    if (a->stage == Action::Stage::Done)
        return;
    const bool published = a->stage == Action::Stage::Publishing;
    a->stage = Action::Stage::Done;
    m_actions.removeOne(a);
    if (a->timer)
        a->timer->deleteLater();
    if (published && !a->lost.title.isEmpty()) {
        (void)refresh();
        if (a->kind == Action::Kind::Put)
            a->placed = Error{QStringLiteral("crate.sealed_elsewhere"), a->lost.detail};
        else
            a->sealed = Error{QStringLiteral("crate.sealed_elsewhere"), a->lost.detail};
    } else if (a->kind == Action::Kind::Put && *a->placed) {
        // In: one more than the store had at the last reading (the reading that follows says it again).
        crates::Placement& p = a->placed->value();
        int count = p.crate.count;
        if (a->before) {
            count = qMax(count, a->before->items + 1);
            for (SiteCrate& c : m_site)
                if (c.id == a->crate)
                    c.items = count;
        }
        if (published)
            (void)refresh();
        if (count > p.crate.count) {
            p.crate.count = count;
            p.position = count;
            // The crate service's own sentences (translated once, in its context).
            p.verdict.title = crates::CrateService::tr("Crate for %1 — item %n",
                                                       "the nth item put in the crate (ordinal)", p.position)
                                  .arg(libraryName(p.crate.destination));
            p.verdict.detail = crates::CrateService::tr("%n item(s) in this crate", "", p.crate.count);
        }
        if (!answered)
            p.verdict.detail +=
                QLatin1Char(' ') + (published ? tr("The network store has not answered yet: it is told when it "
                                                   "does, and this desk hears if another desk sealed the crate first.")
                                              : tr("The network store did not answer in time: the item is in this "
                                                   "desk's crate and is told to the store when it answers."));
    } else if (published) {
        (void)refresh();
    }
    if (!a->context)
        return; // the page is gone: the outcome is in the outbox and on the banner
    if (a->kind == Action::Kind::Put)
        a->placedDone(std::move(*a->placed));
    else
        a->sealedDone(std::move(*a->sealed));
}

Result<crates::Placement> SharedCrates::putInto(const QString& id, const QString& barcode)
{
    std::optional<Result<crates::Placement>> out;
    QEventLoop wait;
    putIntoAsync(id, barcode, this, [&out, &wait](Result<crates::Placement> r) {
        out.emplace(std::move(r));
        wait.quit();
    });
    if (!out)
        wait.exec(); // bounded: every action ends within answerTimeout()
    if (!out)        // the loop ended otherwise (the application quitting)
        return Error{QStringLiteral("netstore.unreachable"), tr("The network store did not answer.")};
    return std::move(*out);
}

Result<crates::SealedCrate> SharedCrates::seal(const QString& id)
{
    std::optional<Result<crates::SealedCrate>> out;
    QEventLoop wait;
    sealAsync(id, this, [&out, &wait](Result<crates::SealedCrate> r) {
        out.emplace(std::move(r));
        wait.quit();
    });
    if (!out)
        wait.exec();
    if (!out)
        return Error{QStringLiteral("netstore.unreachable"), tr("The network store did not answer.")};
    return std::move(*out);
}

void SharedCrates::onLost(const StoreEvent& event, const Outcome& outcome)
{
    if (!event.kind.startsWith(QLatin1String("crate.")))
        return;
    // The action staff just did on this crate (put in, sealed): its refusal is returned to them.
    // Matched by the event itself: this item put in, or this crate's seal (another event of the
    // crate refused meanwhile, an earlier put say, is told on the banner as usual).
    std::shared_ptr<Action> waiting;
    for (const auto& a : std::as_const(m_actions))
        if (a->stage == Action::Stage::Publishing && a->crate == event.object && a->lost.title.isEmpty() &&
            (a->kind == Action::Kind::Seal
                 ? event.kind == QLatin1String("crate.seal")
                 : event.kind == QLatin1String("crate.add") &&
                       event.payload.value(QStringLiteral("barcode")).toString() == a->barcode))
            waiting = a;
    const bool quiet = waiting != nullptr;
    auto local = m_crates.outCrate(event.object);
    const QString name = local ? libraryName(local.value().destination) : event.object;
    const QString by = outcome.by.isEmpty() ? tr("another desk") : outcome.by;
    Verdict v{VerdictKind::Error, {}, outcome.message(event.kind, event.object)};
    const bool sealedElsewhere = outcome.kind == Outcome::Kind::Lost && outcome.state != QLatin1String("open");
    if (local && sealedElsewhere) {
        if (event.kind == QLatin1String("crate.add")) {
            const QString barcode = event.payload.value(QStringLiteral("barcode")).toString();
            if (Status s = m_crates.bounce(local.value().seq, barcode); !s)
                qCWarning(lcNetStore) << "item not taken back out of" << event.object << s.error().message;
            v.title = tr("Not in the crate for %1").arg(name);
            v.detail = tr("%1 sealed this crate first: item %2 did not go into it. The item stays at this desk: put "
                          "it in another crate.")
                           .arg(by, barcode);
        } else if (event.kind == QLatin1String("crate.seal")) {
            v.title = tr("Crate for %1 sealed at %2").arg(name, by);
            // Sealed here a moment ago (seal()): no label was printed yet. Sealed here while the store
            // was out of reach: this desk printed one.
            v.detail = quiet ? tr("%1 sealed this crate first: it was not sealed here and no label was printed. "
                                  "The crate leaves with the label printed at %1.")
                                   .arg(by)
                             : tr("%1 sealed this crate first: this desk's seal was not applied. Throw away the "
                                  "label printed here; the crate leaves with the label printed at %1.")
                                   .arg(by);
        } else if (event.kind == QLatin1String("crate.remove")) {
            v.kind = VerdictKind::Warning;
            v.title = tr("Crate for %1 sealed at %2").arg(name, by);
            v.detail = tr("%1 sealed this crate first: item %2, taken out here afterwards, is still on its label.")
                           .arg(by, event.payload.value(QStringLiteral("barcode")).toString());
        }
        if (local.value().sealedBy.isEmpty() && !local.value().departedAt.isValid())
            (void)m_crates.sealedElsewhere(local.value().seq, outcome.by, outcome.at);
    }
    if (v.title.isEmpty())
        v.title = tr("Crate %1").arg(name);
    if (quiet) {
        waiting->lost = v;
        return;
    }
    Q_EMIT verdictReady(v);
    Q_EMIT changed();
}

} // namespace comptoir::netstore
