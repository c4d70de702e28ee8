#include "sync/SyncEngine.h"

#include "Clock.h"
#include "Logging.h"
#include "ils/KohaRestClient.h"
#include "store/CacheStore.h"
#include "sync/JsonPage.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QUrlQuery>

#include <optional>

namespace comptoir::sync {

using ils::ErrorClass;

struct SyncEngine::Run
{
    bool full = false;
    SyncReport report;
    QElapsedTimer timer;
    QString since;           // the server's timestamp the previous sync reached
    QByteArray maxTimestamp; // the newest timestamp seen in this run (UTF-8)
    QSet<qint64> seen;       // full sync: every request received
    // Records, copies and patrons already written in this run: a patron with five requests, or a
    // record requested by twenty, comes embedded in each; it is written once.
    QSet<qint64> itemsWritten, bibliosWritten, patronsWritten;
    std::shared_ptr<Statement> hold, item, biblio, patron, pick;
    quint64 id = 0;
    // A refresh asks for the site's total while the changes come: its answer, once there.
    std::optional<Result<qint64>> remoteTotal;
    bool changesWritten = false;
    bool missingListed = false;
    bool indexesDropped = false; // a first sync: the cache's secondary indexes are built at the end
    QList<qint64> missing;       // pick list copies not in the cache yet
    JsonPage page;               // the page being written (its room kept from page to page)
};

namespace {

const QString HoldsPath = QStringLiteral("/holds");

QVariant nullable(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble())
        return QVariant(v.toInteger());
    if (v.isBool())
        return QVariant(v.toBool() ? 1 : 0);
    return QVariant(v.toString());
}

// A value of a page bound as the QJsonValue would have been through nullable(): absent or null as
// NULL, numbers as their whole value, booleans as 1 or 0, strings as UTF-8, objects and arrays as
// an empty text.
Bound bound(const JsonPage& page, qint32 index)
{
    if (index < 0)
        return Bound::null();
    const JsonPage::Node& n = page.node(index);
    switch (n.type) {
    case JsonPage::Type::Null:
        return Bound::null();
    case JsonPage::Type::False:
        return Bound::of(0);
    case JsonPage::Type::True:
        return Bound::of(1);
    case JsonPage::Type::Number:
        return Bound::of(n.integer);
    case JsonPage::Type::String:
        return Bound::utf8(n.text, n.size);
    case JsonPage::Type::Object:
    case JsonPage::Type::Array:
        break;
    }
    return Bound::utf8("", 0);
}

qint64 integerOf(const JsonPage& page, qint32 index)
{
    return index < 0 ? 0 : JsonPage::toInteger(&page.node(index));
}

bool isObject(const JsonPage& page, qint32 index)
{
    return index >= 0 && page.node(index).type == JsonPage::Type::Object;
}

Error unreadable(const QString& what)
{
    return Error{QStringLiteral("sync.malformed"), what};
}

// Reads a page of objects; an element that is not an object damages the page (Koha sends none).
Status readPage(JsonPage& page, const QByteArray& bytes)
{
    if (!page.read(bytes))
        return unreadable(page.error());
    for (qint32 i = page.root().first; i >= 0; i = page.node(i).next)
        if (page.node(i).type != JsonPage::Type::Object)
            return unreadable(QStringLiteral("an element of the list is not an object"));
    return {};
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString sinceKey(const QString& site)
{
    return QStringLiteral("holds.since/") + site;
}

QUrlQuery siteQuery(const QString& site, const QString& since = {})
{
    QJsonObject q{{QStringLiteral("pickup_library_id"), site}};
    if (!since.isEmpty())
        q.insert(QStringLiteral("timestamp"), QJsonObject{{QStringLiteral(">="), since}});
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), QString::fromUtf8(QJsonDocument(q).toJson(QJsonDocument::Compact)));
    return query;
}

} // namespace

SyncEngine::SyncEngine(ils::KohaRestClient& rest, CacheStore& cache, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
    , m_cache(cache)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setSite(const QString& site)
{
    m_site = site;
}

void SyncEngine::setInterval(int seconds)
{
    m_intervalSeconds = seconds;
    if (seconds <= 0)
        m_timer.stop();
    else if (!m_running)
        m_timer.start(seconds * 1000);
}

void SyncEngine::syncNow()
{
    auto since = m_cache.syncValue(sinceKey(m_site));
    start(!since || since.value().isEmpty());
}

void SyncEngine::fullSync()
{
    start(true);
}

void SyncEngine::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::start(bool full)
{
    if (m_running || m_site.isEmpty())
        return;
    m_running = true;
    m_timer.stop();
    m_run = std::make_unique<Run>();
    m_run->id = ++m_runs;
    m_run->full = full;
    m_run->report.full = full;
    m_run->timer.start();
    if (!full)
        m_run->since = m_cache.syncValue(sinceKey(m_site)).value();
    Database& db = m_cache.database();
    auto prepare = [&db](std::shared_ptr<Statement>& target, const QString& sql) {
        auto q = db.statement(sql);
        if (!q)
            return q.status();
        target = std::move(q.value());
        return Status();
    };
    Status prepared =
        prepare(m_run->hold,
                QStringLiteral(
                    // An upsert, not a replace: the request counts' triggers see an update, not a
                    // second insert (a replace's delete fires no trigger).
                    "INSERT INTO holds (hold_id, patron_id, biblio_id, item_id, pickup_library_id, status, priority, "
                    "hold_date, waiting_date, expiration_date, timestamp, item_level, hold_group_id, notes) VALUES (?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hold_id) DO UPDATE SET patron_id = "
                    "excluded.patron_id, biblio_id = excluded.biblio_id, item_id = excluded.item_id, "
                    "pickup_library_id = excluded.pickup_library_id, status = excluded.status, priority = "
                    "excluded.priority, hold_date = excluded.hold_date, waiting_date = excluded.waiting_date, "
                    "expiration_date = excluded.expiration_date, timestamp = excluded.timestamp, item_level = "
                    "excluded.item_level, hold_group_id = excluded.hold_group_id, notes = excluded.notes WHERE "
                    // Received again unchanged (a refresh asks from its bookmark's second on, so as not
                    // to miss a change made in that second): nothing written, no trigger fired.
                    "(holds.patron_id, holds.biblio_id, holds.item_id, holds.pickup_library_id, holds.status, "
                    "holds.priority, holds.hold_date, holds.waiting_date, holds.expiration_date, holds.timestamp, "
                    "holds.item_level, holds.hold_group_id, holds.notes) IS NOT (excluded.patron_id, "
                    "excluded.biblio_id, excluded.item_id, excluded.pickup_library_id, excluded.status, "
                    "excluded.priority, excluded.hold_date, excluded.waiting_date, excluded.expiration_date, "
                    "excluded.timestamp, excluded.item_level, excluded.hold_group_id, excluded.notes)"));
    if (prepared.ok())
        prepared =
            // Upserts that write nothing for a copy or a record received again unchanged (their
            // triggers keep the pick list's lines: not run for nothing).
            prepare(
                m_run->item,
                QStringLiteral("INSERT INTO items (item_id, barcode, biblio_id, callnumber, location, "
                               "home_library_id, holding_library_id, item_type_id, not_for_loan_status, withdrawn, "
                               "lost_status, checked_out_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
                               "CONFLICT(item_id) DO UPDATE SET barcode = excluded.barcode, biblio_id = "
                               "excluded.biblio_id, callnumber = excluded.callnumber, location = excluded.location, "
                               "home_library_id = excluded.home_library_id, holding_library_id = "
                               "excluded.holding_library_id, item_type_id = excluded.item_type_id, "
                               "not_for_loan_status = excluded.not_for_loan_status, withdrawn = excluded.withdrawn, "
                               "lost_status = excluded.lost_status, checked_out_date = excluded.checked_out_date "
                               "WHERE (items.barcode, items.biblio_id, items.callnumber, items.location, "
                               "items.home_library_id, items.holding_library_id, items.item_type_id, "
                               "items.not_for_loan_status, items.withdrawn, items.lost_status, "
                               "items.checked_out_date) IS NOT (excluded.barcode, excluded.biblio_id, "
                               "excluded.callnumber, excluded.location, excluded.home_library_id, "
                               "excluded.holding_library_id, excluded.item_type_id, excluded.not_for_loan_status, "
                               "excluded.withdrawn, excluded.lost_status, excluded.checked_out_date)"));
    if (prepared.ok())
        prepared =
            prepare(m_run->biblio,
                    QStringLiteral("INSERT INTO biblios (biblio_id, title, author, publication_year) VALUES (?, "
                                   "?, ?, ?) ON CONFLICT(biblio_id) DO UPDATE SET title = excluded.title, author "
                                   "= excluded.author, publication_year = excluded.publication_year WHERE "
                                   "(biblios.title, biblios.author, biblios.publication_year) IS NOT "
                                   "(excluded.title, excluded.author, excluded.publication_year)"));
    if (prepared.ok())
        prepared = prepare(m_run->patron, QStringLiteral("INSERT OR REPLACE INTO patrons (patron_id, cardnumber, "
                                                         "surname, firstname, category_id, library_id, fetched_at) "
                                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (prepared.ok())
        prepared = prepare(m_run->pick, QStringLiteral("INSERT OR REPLACE INTO pick_list (site, item_id, biblio_id, "
                                                       "barcode, patron_id, pickup_library_id, callnumber, hold_date, "
                                                       "hold_group_id, item_level, notes) VALUES (?, ?, ?, ?, ?, ?, "
                                                       "?, ?, ?, ?, ?)"));
    if (prepared.ok() && full) {
        // Into an empty cache, rows go in by their primary keys only; the other indexes are built
        // once at the end, sorted (half the cost of keeping them in order row by row).
        const Result<bool> empty = m_cache.isEmpty();
        if (empty && empty.value()) {
            prepared = m_cache.dropSecondaryIndexes();
            m_run->indexesDropped = prepared.ok();
        }
    }
    Q_EMIT started(full);
    if (!prepared.ok()) {
        finish(prepared);
        return;
    }
    qCInfo(lcSync) << (full ? "full" : "incremental") << "sync of site" << m_site;
    // The libraries change once in a blue moon: a full sync takes them, and a refresh only when it
    // refreshes the pick list too (so that a refresh with nothing changed asks for nothing else).
    if (full || pickListDue())
        stepLibraries();
    else
        stepHolds();
}

bool SyncEngine::pickListDue() const
{
    if (m_run && m_run->full)
        return true;
    auto last = m_cache.syncValue(QStringLiteral("pick_list.fetched/") + m_site);
    const QDateTime lastFetched = last ? QDateTime::fromString(last.value(), Qt::ISODate) : QDateTime();
    return !lastFetched.isValid() || lastFetched.secsTo(m_clock.now()) >= m_pickListSeconds;
}

void SyncEngine::stepLibraries()
{
    Q_EMIT progress(tr("Libraries"), 0, 0);
    m_rest.listAll(QStringLiteral("/libraries"), {}, {}, [this](Result<QJsonArray> result) {
        if (!result) {
            finish(result.status());
            return;
        }
        Status written = m_cache.database().transaction([&]() -> Status {
            if (auto r = m_cache.database().exec(QStringLiteral("DELETE FROM libraries")); !r)
                return r.status();
            for (const QJsonValue& v : result.value()) {
                const QJsonObject o = v.toObject();
                auto r = m_cache.database().exec(
                    QStringLiteral("INSERT OR REPLACE INTO libraries (library_id, name, pickup_location, data) VALUES "
                                   "(?, ?, ?, ?)"),
                    {o.value(QStringLiteral("library_id")).toString(), o.value(QStringLiteral("name")).toString(),
                     o.value(QStringLiteral("pickup_location")).toBool(true) ? 1 : 0, compact(o)});
                if (!r)
                    return r.status();
            }
            return {};
        });
        if (!written.ok()) {
            finish(written);
            return;
        }
        stepHolds();
    });
}

Status SyncEngine::writeItem(const JsonPage& page, qint32 item)
{
    static const char* const keys[] = {
        "item_id",         "external_id",        "biblio_id",    "callnumber",          "location",
        "home_library_id", "holding_library_id", "item_type_id", "not_for_loan_status", "withdrawn",
        "lost_status",     "checked_out_date"};
    constexpr int Count = int(std::size(keys));
    qint32 at[Count];
    page.fields(page.node(item), keys, Count, at);
    Bound values[Count];
    values[0] = Bound::of(integerOf(page, at[0]));
    for (int k = 1; k < Count; ++k)
        values[k] = bound(page, at[k]);
    return m_cache.database().run(*m_run->item, values, Count);
}

Status SyncEngine::writeBiblio(const JsonPage& page, qint32 biblio)
{
    static const char* const keys[] = {"biblio_id", "title", "author", "publication_year"};
    qint32 at[4];
    page.fields(page.node(biblio), keys, 4, at);
    const Bound values[] = {Bound::of(integerOf(page, at[0])), bound(page, at[1]), bound(page, at[2]),
                            bound(page, at[3])};
    return m_cache.database().run(*m_run->biblio, values, 4);
}

Result<qint64> SyncEngine::writeHolds(const QByteArray& bytes)
{
    Run& run = *m_run;
    JsonPage& page = run.page;
    if (Status read = readPage(page, bytes); !read.ok())
        return read.error();
    Database& db = m_cache.database();
    const QByteArray fetched = m_clock.now().toString(Qt::ISODate).toUtf8();
    enum Key {
        HoldId,
        PatronId,
        BiblioId,
        ItemId,
        Pickup,
        StatusKey,
        Priority,
        HoldDate,
        WaitingDate,
        ExpirationDate,
        Timestamp,
        ItemLevel,
        HoldGroupId,
        Notes,
        ItemObject,
        BiblioObject,
        PatronObject,
        KeyCount
    };
    static const char* const keys[KeyCount] = {
        "hold_id",   "patron_id",    "biblio_id",       "item_id",   "pickup_library_id", "status",        "priority",
        "hold_date", "waiting_date", "expiration_date", "timestamp", "item_level",        "hold_group_id", "notes",
        "item",      "biblio",       "patron"};
    static const char* const patronKeys[] = {"patron_id", "cardnumber",  "surname",
                                             "firstname", "category_id", "library_id"};
    const Status written = db.transaction([&]() -> Status {
        for (qint32 i = page.root().first; i >= 0; i = page.node(i).next) {
            qint32 at[KeyCount];
            page.fields(page.node(i), keys, KeyCount, at);
            const qint64 holdId = integerOf(page, at[HoldId]);
            const QByteArrayView timestamp = JsonPage::toText(at[Timestamp] < 0 ? nullptr : &page.node(at[Timestamp]));
            if (QByteArrayView(run.maxTimestamp) < timestamp)
                run.maxTimestamp = timestamp.toByteArray();
            if (run.full)
                run.seen.insert(holdId);
            const Bound hold[] = {Bound::of(holdId),
                                  bound(page, at[PatronId]),
                                  bound(page, at[BiblioId]),
                                  bound(page, at[ItemId]),
                                  bound(page, at[Pickup]),
                                  bound(page, at[StatusKey]),
                                  bound(page, at[Priority]),
                                  bound(page, at[HoldDate]),
                                  bound(page, at[WaitingDate]),
                                  bound(page, at[ExpirationDate]),
                                  Bound::utf8(timestamp.data(), timestamp.size()),
                                  bound(page, at[ItemLevel]),
                                  bound(page, at[HoldGroupId]),
                                  bound(page, at[Notes])};
            if (Status s = db.run(*run.hold, hold, int(std::size(hold))); !s.ok())
                return s;
            if (isObject(page, at[ItemObject])) {
                const qint64 itemId = integerOf(page, at[ItemId]);
                if (!run.itemsWritten.contains(itemId)) {
                    run.itemsWritten.insert(itemId);
                    if (Status s = writeItem(page, at[ItemObject]); !s.ok())
                        return s;
                }
            }
            if (isObject(page, at[BiblioObject])) {
                const qint64 biblioId = integerOf(page, at[BiblioId]);
                if (!run.bibliosWritten.contains(biblioId)) {
                    run.bibliosWritten.insert(biblioId);
                    if (Status s = writeBiblio(page, at[BiblioObject]); !s.ok())
                        return s;
                }
            }
            if (isObject(page, at[PatronObject])) {
                const qint64 patronId = integerOf(page, at[PatronId]);
                if (!run.patronsWritten.contains(patronId)) {
                    run.patronsWritten.insert(patronId);
                    // Minimal patron data only: what the desk shows and matches a card against.
                    qint32 p[6];
                    page.fields(page.node(at[PatronObject]), patronKeys, 6, p);
                    const Bound patron[] = {Bound::of(integerOf(page, p[0])),
                                            bound(page, p[1]),
                                            bound(page, p[2]),
                                            bound(page, p[3]),
                                            bound(page, p[4]),
                                            bound(page, p[5]),
                                            Bound::utf8(fetched.constData(), fetched.size())};
                    if (Status s = db.run(*run.patron, patron, int(std::size(patron))); !s.ok())
                        return s;
                }
            }
        }
        return {};
    });
    if (!written.ok())
        return written.error();
    return qint64(page.root().size);
}

void SyncEngine::stepHolds()
{
    const QUrlQuery query = siteQuery(m_site, m_run->since);
    if (!m_run->full) {
        // The site's total on the ILS (_per_page=1, X-Total-Count), asked at the same time as the
        // changes: one round trip for both. (A request placed in between is either in both or in
        // the changes only; then the totals differ and the ranges find that nothing is missing.)
        const quint64 run = m_run->id;
        m_rest.count(HoldsPath, siteQuery(m_site), [this, run](Result<qint64> remote) {
            if (!m_run || m_run->id != run)
                return; // that run ended already
            m_run->remoteTotal = std::move(remote);
            if (m_run->changesWritten)
                stepReconcile();
        });
    }
    m_rest.listRaw(
        HoldsPath, query, {QStringLiteral("item"), QStringLiteral("biblio"), QStringLiteral("patron")},
        [this](const QByteArray& page) { return writeHolds(page); },
        [this](Result<qint64> result) {
            if (!result) {
                finish(result.status());
                return;
            }
            m_run->report.holds = result.value();
            if (m_run->full) {
                // Whatever the server no longer has for this site leaves the cache.
                const QSet<qint64>& seen = m_run->seen;
                Status removed = removeMissing(QStringLiteral("pickup_library_id = ?"), {m_site}, seen);
                if (!removed.ok()) {
                    finish(removed);
                    return;
                }
                stepPickList();
            } else {
                m_run->changesWritten = true;
                if (m_run->remoteTotal)
                    stepReconcile();
            }
        },
        [this](qint64 done, qint64 total) { Q_EMIT progress(tr("Requests"), done, total); });
}

Status SyncEngine::removeMissing(const QString& where, const QVariantList& binds, const QSet<qint64>& present)
{
    Database& db = m_cache.database();
    return db.transaction([&]() -> Status {
        auto ids = db.exec(QStringLiteral("SELECT hold_id FROM holds WHERE ") + where, binds);
        if (!ids)
            return ids.status();
        QList<qint64> gone;
        while (ids.value().next())
            if (!present.contains(ids.value().value(0).toLongLong()))
                gone << ids.value().value(0).toLongLong();
        ids.value().finish();
        for (qint64 id : gone)
            if (auto r = db.exec(QStringLiteral("DELETE FROM holds WHERE hold_id = ?"), {id}); !r)
                return r.status();
        m_run->report.removed += gone.size();
        return {};
    });
}

void SyncEngine::stepReconcile()
{
    // Cheap totals first: the library system's count of the site's requests (one request,
    // _per_page=1, X-Total-Count) against the cache's. Equal, and the changes already applied, nothing
    // disappeared; only when they differ are ranges of ids compared to find what did.
    // (The cache's count is kept by triggers: one lookup, whatever the site's size.)
    auto local = m_cache.holdCount(m_site);
    if (!local) {
        finish(local.status());
        return;
    }
    const qint64 localCount = local.value();
    const Result<qint64> remote = *m_run->remoteTotal;
    if (!remote) {
        finish(remote.status());
        return;
    }
    if (remote.value() == localCount) {
        stepPickList();
        return;
    }
    qCInfo(lcSync) << "the library system counts" << remote.value() << "requests for" << m_site << "and the cache"
                   << localCount << "- comparing by ranges";
    reconcileAll();
}

void SyncEngine::reconcileAll()
{
    auto bounds = m_cache.database().exec(
        QStringLiteral("SELECT min(hold_id), max(hold_id) FROM holds WHERE pickup_library_id = ?"), {m_site});
    if (!bounds) {
        finish(bounds.status());
        return;
    }
    qint64 low = 0, high = 0;
    if (bounds.value().next() && !bounds.value().value(0).isNull()) {
        low = bounds.value().value(0).toLongLong();
        high = bounds.value().value(1).toLongLong() + 1;
    }
    bounds.value().finish();
    if (high <= low) {
        stepPickList();
        return;
    }
    // Requests newer than the newest cached one all came with the changes; compare the rest.
    reconcileRange(low, high, [this](Status status) {
        if (!status.ok())
            finish(status);
        else
            stepPickList();
    });
}

void SyncEngine::reconcileRange(qint64 low, qint64 high, std::function<void(Status)> done)
{
    QJsonObject q{{QStringLiteral("pickup_library_id"), m_site},
                  {QStringLiteral("hold_id"), QJsonObject{{QStringLiteral(">="), low}, {QStringLiteral("<"), high}}}};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), QString::fromUtf8(QJsonDocument(q).toJson(QJsonDocument::Compact)));
    auto local = m_cache.database().scalar(
        QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = ? AND hold_id >= ? AND hold_id < ?"),
        {m_site, low, high});
    if (!local) {
        done(local.status());
        return;
    }
    const qint64 localCount = local.value().toLongLong();
    m_rest.count(HoldsPath, query, [this, low, high, query, localCount, done](Result<qint64> remote) {
        if (!remote) {
            done(remote.status());
            return;
        }
        if (remote.value() == localCount) {
            done({});
            return;
        }
        if (localCount <= ReconcileLeaf || high - low <= ReconcileLeaf) {
            // Small enough: compare ids.
            m_rest.listAll(HoldsPath, query, {}, [this, low, high, done](Result<QJsonArray> list) {
                if (!list) {
                    done(list.status());
                    return;
                }
                QSet<qint64> remoteIds;
                for (const QJsonValue& v : list.value())
                    remoteIds.insert(v.toObject().value(QStringLiteral("hold_id")).toInteger());
                done(removeMissing(QStringLiteral("pickup_library_id = ? AND hold_id >= ? AND hold_id < ?"),
                                   {m_site, low, high}, remoteIds));
            });
            return;
        }
        // Split in eight and look closer where the counts differ.
        const qint64 step = std::max<qint64>(1, (high - low + 7) / 8);
        auto bounds = std::make_shared<QList<QPair<qint64, qint64>>>();
        for (qint64 from = low; from < high; from += step)
            bounds->append({from, std::min(high, from + step)});
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [this, bounds, next, done](int index) {
            if (index >= bounds->size()) {
                done({});
                *next = nullptr; // break the cycle
                return;
            }
            reconcileRange(bounds->at(index).first, bounds->at(index).second, [next, index, done](Status s) {
                if (!s.ok()) {
                    done(s);
                    *next = nullptr;
                    return;
                }
                (*next)(index + 1);
            });
        };
        (*next)(0);
    });
}

Result<qint64> SyncEngine::writePickList(const QByteArray& bytes, bool first)
{
    Run& run = *m_run;
    JsonPage& page = run.page;
    if (!bytes.isNull())
        if (Status read = readPage(page, bytes); !read.ok())
            return read.error();
    Database& db = m_cache.database();
    const QByteArray site = m_site.toUtf8();
    static const char* const keys[] = {"item_id",    "biblio_id", "barcode",       "patron_id",  "pickup_library_id",
                                       "callnumber", "hold_date", "hold_group_id", "item_level", "notes"};
    constexpr int Count = int(std::size(keys));
    const Status written = db.transaction([&]() -> Status {
        if (first)
            if (auto r = db.exec(QStringLiteral("DELETE FROM pick_list WHERE site = ?"), {m_site}); !r)
                return r.status();
        if (bytes.isNull())
            return {};
        for (qint32 i = page.root().first; i >= 0; i = page.node(i).next) {
            qint32 at[Count];
            page.fields(page.node(i), keys, Count, at);
            const bool itemLevel = at[8] >= 0 && page.node(at[8]).type == JsonPage::Type::True;
            const Bound line[] = {Bound::utf8(site.constData(), site.size()),
                                  Bound::of(integerOf(page, at[0])),
                                  bound(page, at[1]),
                                  bound(page, at[2]),
                                  bound(page, at[3]),
                                  bound(page, at[4]),
                                  bound(page, at[5]),
                                  bound(page, at[6]),
                                  bound(page, at[7]),
                                  Bound::of(itemLevel ? 1 : 0),
                                  bound(page, at[9])};
            if (Status s = db.run(*run.pick, line, int(std::size(line))); !s.ok())
                return s;
        }
        return {};
    });
    if (!written.ok())
        return written.error();
    return bytes.isNull() ? 0 : qint64(page.root().size);
}

Result<qint64> SyncEngine::writeItems(const QByteArray& bytes)
{
    JsonPage& page = m_run->page;
    if (Status read = readPage(page, bytes); !read.ok())
        return read.error();
    static const char* const biblioKey[] = {"biblio"};
    const Status written = m_cache.database().transaction([&]() -> Status {
        for (qint32 i = page.root().first; i >= 0; i = page.node(i).next) {
            if (Status s = writeItem(page, i); !s.ok())
                return s;
            qint32 biblio = -1;
            page.fields(page.node(i), biblioKey, 1, &biblio);
            if (isObject(page, biblio))
                if (Status s = writeBiblio(page, biblio); !s.ok())
                    return s;
        }
        return {};
    });
    if (!written.ok())
        return written.error();
    return qint64(page.root().size);
}

void SyncEngine::stepPickList()
{
    // Koha rebuilds its holds queue on a schedule; the pick list follows at its own pace (and at
    // every full sync), so that a refresh of the requests stays small.
    const QDateTime now = m_clock.now();
    if (!pickListDue()) {
        finish({});
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("holding_library_id"), m_site);
    auto first = std::make_shared<bool>(true);
    m_rest.listRaw(
        QStringLiteral("/holds/queue"), query, {},
        [this, first](const QByteArray& page) {
            const Result<qint64> s = writePickList(page, *first);
            *first = false;
            return s;
        },
        [this, first, now](Result<qint64> result) {
            if (!result) {
                finish(result.status());
                return;
            }
            if (*first) // an empty pick list: clear the old one
                if (Result<qint64> s = writePickList(QByteArray(), true); !s) {
                    finish(s.status());
                    return;
                }
            m_run->report.pickList = result.value();
            if (Status s =
                    m_cache.setSyncValue(QStringLiteral("pick_list.fetched/") + m_site, now.toString(Qt::ISODate));
                !s.ok()) {
                finish(s);
                return;
            }
            stepPickListItems();
        },
        [this](qint64 done, qint64 total) { Q_EMIT progress(tr("Pick list"), done, total); });
}

void SyncEngine::stepPickListItems()
{
    // The copies to pull that the cache does not know yet, with their records, 200 at a time.
    Run& run = *m_run;
    if (!run.missingListed) {
        run.missingListed = true;
        auto missing = m_cache.database().exec(
            QStringLiteral("SELECT p.item_id FROM pick_list p WHERE p.site = ? AND (p.item_id NOT IN (SELECT item_id "
                           "FROM items) OR p.biblio_id NOT IN (SELECT biblio_id FROM biblios))"),
            {m_site});
        if (!missing) {
            finish(missing.status());
            return;
        }
        while (missing.value().next())
            run.missing << missing.value().value(0).toLongLong();
        missing.value().finish();
    }
    QJsonArray ids;
    while (!run.missing.isEmpty() && ids.size() < 200)
        ids.append(run.missing.takeFirst());
    if (ids.isEmpty()) {
        finish({});
        return;
    }
    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("q"),
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("item_id"), ids}}).toJson(QJsonDocument::Compact)));
    m_rest.listRaw(
        QStringLiteral("/items"), query, {QStringLiteral("biblio")},
        [this](const QByteArray& page) { return writeItems(page); },
        [this](Result<qint64> result) {
            if (!result) {
                finish(result.status());
                return;
            }
            stepPickListItems();
        });
}

void SyncEngine::finish(Status status)
{
    if (m_run && m_run->indexesDropped) {
        m_run->indexesDropped = false;
        Q_EMIT progress(tr("Indexes"), 0, 0);
        if (Status built = m_cache.buildSecondaryIndexes(); !built.ok() && status.ok())
            status = built;
    }
    SyncReport report = m_run ? m_run->report : SyncReport();
    if (m_run) {
        report.milliseconds = m_run->timer.elapsed();
        if (status.ok()) {
            // Next time: what changed since the newest timestamp this run saw (or the previous mark).
            const QString newest = QString::fromUtf8(m_run->maxTimestamp);
            const QString mark = std::max(newest.isEmpty() ? m_run->since : newest, m_run->since);
            if (!mark.isEmpty() && (mark != m_run->since || m_run->full))
                status = m_cache.setSyncValue(sinceKey(m_site), mark);
        }
    }
    m_run.reset();
    m_running = false;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (status.ok()) {
        m_backoff.succeeded(QStringLiteral("sync"));
        setState(ConnectionState::Online);
        qCInfo(lcSync) << "sync done:" << report.holds << "requests," << report.removed << "removed," << report.pickList
                       << "to pull," << report.milliseconds << "ms";
        if (m_intervalSeconds > 0)
            m_timer.start(m_intervalSeconds * 1000);
    } else {
        const qint64 delay = m_backoff.failed(QStringLiteral("sync"), now);
        const ErrorClass c = ils::errorClass(status.error());
        setState(c == ErrorClass::Transient && status.error().code.endsWith(QLatin1String(".offline"))
                     ? ConnectionState::Offline
                     : ConnectionState::IlsUnavailable);
        qCWarning(lcSync) << "sync failed:" << status.error().code << status.error().message << "- next try in"
                          << delay / 1000 << "s";
        if (m_intervalSeconds > 0)
            m_timer.start(int(std::min<qint64>(delay, qint64(m_intervalSeconds) * 1000)));
    }
    Q_EMIT finished(status, report);
}

} // namespace comptoir::sync
