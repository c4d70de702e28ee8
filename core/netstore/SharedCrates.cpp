#include "netstore/SharedCrates.h"

#include "netstore/NetStore.h"
#include "netstore/NetworkStoreLink.h"

#include <QJsonObject>
#include <QLoggingCategory>
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
}

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

Result<QList<std::pair<QString, QString>>> SharedCrates::storeItems(const QString& id)
{
    if (!available())
        return Error{QStringLiteral("netstore.unreachable"), tr("The network store is not connected.")};
    return readStoreItems(m_link.store(), id);
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

Result<crates::Placement> SharedCrates::putInto(const QString& id, const QString& barcode)
{
    auto local = localOrAdopted(id, tr("The network store cannot be reached: crates opened at other desks cannot be "
                                       "filled now."));
    if (!local)
        return local.error();
    if (available()) {
        // Put in at another desk already: counted once, and staff are told where it went in.
        if (auto theirs = storeItems(id))
            for (const auto& [inside, by] : theirs.value())
                if (inside == barcode && by != me())
                    return Error{QStringLiteral("crate.already_in"),
                                 tr("This item is already in this crate: %1 put it in.").arg(by)};
    }
    // The store's count before this item (the last reading): the item goes in after those.
    const std::optional<SiteCrate> before = available() ? find(id) : std::nullopt;
    auto placed = m_crates.placeInto(local.value().seq, barcode, libraryName(local.value().destination));
    if (!placed)
        return placed;
    if (!available())
        return placed; // it waits in the outbox
    // Out at once: the store's verdict now, while staff still hold the item.
    m_lost = Verdict{};
    m_quiet = id;
    (void)m_link.publishNow();
    m_quiet.clear();
    if (!m_lost.title.isEmpty()) {
        (void)refresh();
        return Error{QStringLiteral("crate.sealed_elsewhere"), m_lost.detail};
    }
    // The store took it: one more than it had (the reading that follows says it again).
    int count = placed.value().crate.count;
    if (before) {
        count = qMax(count, before->items + 1);
        for (SiteCrate& c : m_site)
            if (c.id == id)
                c.items = count;
    }
    (void)refresh();
    if (count > placed.value().crate.count) {
        crates::Placement& p = placed.value();
        p.crate.count = count;
        p.position = count;
        // The crate service's own sentences (translated once, in its context).
        p.verdict.title =
            crates::CrateService::tr("Crate for %1 — item %n", "the nth item put in the crate (ordinal)", p.position)
                .arg(libraryName(p.crate.destination));
        p.verdict.detail = crates::CrateService::tr("%n item(s) in this crate", "", p.crate.count);
    }
    return placed;
}

Result<crates::SealedCrate> SharedCrates::seal(const QString& id)
{
    auto local = localOrAdopted(id, tr("The network store cannot be reached: crates opened at other desks cannot be "
                                       "sealed now."));
    if (!local)
        return local.error();
    if (available()) {
        // Every desk's items in the manifest: those put in elsewhere are added here first.
        (void)m_link.publishNow();
        auto theirs = storeItems(id);
        if (!theirs)
            return theirs.error();
        QList<std::pair<QString, QString>> others;
        for (const auto& item : theirs.value())
            if (item.second != me())
                others.append(item);
        if (auto imported = m_crates.importItems(local.value().seq, others); !imported)
            return imported.error();
    }
    auto sealed = m_crates.seal(local.value().seq);
    if (!sealed || !available())
        return sealed;
    m_lost = Verdict{};
    m_quiet = id;
    (void)m_link.publishNow();
    m_quiet.clear();
    if (!m_lost.title.isEmpty()) {
        (void)refresh();
        return Error{QStringLiteral("crate.sealed_elsewhere"), m_lost.detail};
    }
    (void)refresh();
    return sealed;
}

void SharedCrates::onLost(const StoreEvent& event, const Outcome& outcome)
{
    if (!event.kind.startsWith(QLatin1String("crate.")))
        return;
    // The action staff just did on this crate (putInto, seal): its refusal is returned to them.
    const bool quiet = !m_quiet.isEmpty() && event.object == m_quiet;
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
        m_lost = v;
        return;
    }
    Q_EMIT verdictReady(v);
    Q_EMIT changed();
}

} // namespace comptoir::netstore
