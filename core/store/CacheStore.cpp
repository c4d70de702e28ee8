#include "store/CacheStore.h"

#include "desk/CallNumber.h"
#include "store/PackedLine.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <mutex>

namespace comptoir {

namespace {

// comptoir_shelf_key(callnumber): the call number's shelf key (desk/CallNumber.h), computed once
// when a line enters the cache and stored with it. No call number: the empty key.
void shelfKeyFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray key = text ? desk::shelfKey(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))) : QByteArray();
    if (key.isEmpty())
        sqlite3_result_zeroblob(context, 0);
    else
        sqlite3_result_blob(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

// comptoir_pick_line(item_id, biblio_id, item_biblio_id, hold_group_id, barcode, callnumber,
// item_callnumber, location, pickup_library_id, title, author): the line as the pull list reads it,
// packed in one value (store/PackedLine.h).
void pickLineFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 11) {
        sqlite3_result_error(context, "comptoir_pick_line takes 11 arguments", -1);
        return;
    }
    qint64 numbers[4];
    const qint64* number[4] = {};
    for (int i = 0; i < 4; ++i)
        if (sqlite3_value_type(argv[i]) != SQLITE_NULL) {
            numbers[i] = sqlite3_value_int64(argv[i]);
            number[i] = &numbers[i];
        }
    std::string_view texts[7];
    const std::string_view* text[7] = {};
    for (int i = 0; i < 7; ++i) {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(argv[4 + i]));
        if (bytes) {
            texts[i] = std::string_view(bytes, size_t(sqlite3_value_bytes(argv[4 + i])));
            text[i] = &texts[i];
        }
    }
    store::PackedLineFields fields;
    fields.itemId = number[0] ? numbers[0] : 0;
    fields.biblioId = number[1];
    fields.itemBiblioId = number[2];
    fields.holdGroupId = number[3];
    fields.barcode = text[0];
    fields.callNumber = text[1];
    fields.itemCallNumber = text[2];
    fields.location = text[3];
    fields.pickup = text[4];
    fields.title = text[5];
    fields.author = text[6];
    const QByteArray packed = store::packLine(fields);
    sqlite3_result_blob(context, packed.constData(), int(packed.size()), SQLITE_TRANSIENT);
}

int registerFunctions(sqlite3* db, char**, const sqlite3_api_routines*)
{
    // Deterministic and innocuous: usable in the schema (a stored generated column, triggers) even
    // with trusted_schema off.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    const int made = sqlite3_create_function_v2(db, "comptoir_shelf_key", 1, flags, nullptr, shelfKeyFunction, nullptr,
                                                nullptr, nullptr);
    if (made != SQLITE_OK)
        return made;
    return sqlite3_create_function_v2(db, "comptoir_pick_line", 11, flags, nullptr, pickLineFunction, nullptr, nullptr,
                                      nullptr);
}

// The triggers that keep each pick-list line's details (its item's call number, location and
// record, its record's title and author), its shelf key, its barcode's rank and its packed value
// (schema 5). A first sync into an empty cache leaves them out while it writes, and the lines are
// brought up to date in one pass at the end (buildSecondaryIndexes): 10^5 items and records
// written one by one would otherwise each run a trigger.
// SQL shared by the triggers and the one-pass refresh below (adjacent literals).
#define COMPTOIR_BARCODE_RANK(b)                                                                                       \
    "CASE WHEN " b " IS NULL OR " b " = '' OR length(" b ") > 18 OR " b " GLOB '*[^0-9]*' THEN 9223372036854775807 "   \
    "ELSE CAST(" b " AS INTEGER) END"
// A line takes its item's and record's details, its shelf key and its barcode's rank.
#define COMPTOIR_LINE_DETAILS                                                                                          \
    "UPDATE pick_list SET (item_callnumber, location, item_biblio_id) = (SELECT callnumber, location, biblio_id FROM " \
    "items WHERE item_id = NEW.item_id), (title, author) = (SELECT title, author FROM biblios WHERE biblio_id = "      \
    "NEW.biblio_id), shelf_key = comptoir_shelf_key(coalesce(NEW.callnumber, (SELECT callnumber FROM items WHERE "     \
    "item_id = NEW.item_id))), barcode_rank = " COMPTOIR_BARCODE_RANK("NEW.barcode") " WHERE site = NEW.site AND "     \
                                                                                     "item_id = NEW.item_id"
// The lines of an item written follow it (those already right are not written again).
#define COMPTOIR_ITEM_SET                                                                                              \
    "UPDATE pick_list SET item_callnumber = NEW.callnumber, location = NEW.location, item_biblio_id = NEW.biblio_id, " \
    "shelf_key = comptoir_shelf_key(coalesce(callnumber, NEW.callnumber)) WHERE item_id = NEW.item_id AND "            \
    "(item_callnumber IS NOT NEW.callnumber OR location IS NOT NEW.location OR item_biblio_id IS NOT NEW.biblio_id)"
#define COMPTOIR_ITEM_CLEAR                                                                                            \
    "UPDATE pick_list SET item_callnumber = NULL, location = NULL, item_biblio_id = NULL, shelf_key = "                \
    "comptoir_shelf_key(callnumber) WHERE item_id = OLD.item_id"
#define COMPTOIR_BIBLIO_SET                                                                                            \
    "UPDATE pick_list SET title = NEW.title, author = NEW.author WHERE biblio_id = NEW.biblio_id AND (title IS NOT "   \
    "NEW.title OR author IS NOT NEW.author)"
#define COMPTOIR_BIBLIO_CLEAR "UPDATE pick_list SET title = NULL, author = NULL WHERE biblio_id = OLD.biblio_id"

const char* const PickListTriggers[][2] = {
    {"pick_list_details", "AFTER INSERT ON pick_list BEGIN " COMPTOIR_LINE_DETAILS "; END"},
    {"pick_list_line_changed",
     "AFTER UPDATE OF item_id, biblio_id, barcode, callnumber ON pick_list BEGIN " COMPTOIR_LINE_DETAILS "; END"},
    {"pick_list_packed", "AFTER UPDATE OF item_id, biblio_id, barcode, callnumber, pickup_library_id, "
                         "hold_group_id, item_callnumber, location, item_biblio_id, title, author ON pick_list "
                         "BEGIN UPDATE pick_list SET line = comptoir_pick_line(NEW.item_id, NEW.biblio_id, "
                         "NEW.item_biblio_id, NEW.hold_group_id, NEW.barcode, NEW.callnumber, NEW.item_callnumber, "
                         "NEW.location, NEW.pickup_library_id, NEW.title, NEW.author) WHERE site = NEW.site AND "
                         "item_id = NEW.item_id; END"},
    {"pick_list_item_in", "AFTER INSERT ON items BEGIN " COMPTOIR_ITEM_SET "; END"},
    {"pick_list_item_changed", "AFTER UPDATE ON items BEGIN " COMPTOIR_ITEM_CLEAR
                               " AND OLD.item_id IS NOT NEW.item_id; " COMPTOIR_ITEM_SET "; END"},
    {"pick_list_item_out", "AFTER DELETE ON items BEGIN " COMPTOIR_ITEM_CLEAR "; END"},
    {"pick_list_biblio_in", "AFTER INSERT ON biblios BEGIN " COMPTOIR_BIBLIO_SET "; END"},
    {"pick_list_biblio_changed", "AFTER UPDATE ON biblios BEGIN " COMPTOIR_BIBLIO_CLEAR
                                 " AND OLD.biblio_id IS NOT NEW.biblio_id; " COMPTOIR_BIBLIO_SET "; END"},
    {"pick_list_biblio_out", "AFTER DELETE ON biblios BEGIN " COMPTOIR_BIBLIO_CLEAR "; END"},
};

// The number of requests per pickup site, kept by triggers (schema 5): a refresh compares it with
// the library system's total in one lookup, whatever the site's size. A first sync into an empty
// cache leaves the triggers out with the secondary indexes and counts once at the end.
const char* const HoldCountTriggers[][2] = {
    {"hold_counts_in", "AFTER INSERT ON holds WHEN NEW.pickup_library_id IS NOT NULL BEGIN INSERT INTO hold_counts "
                       "(pickup_library_id, n) VALUES (NEW.pickup_library_id, 1) ON CONFLICT(pickup_library_id) DO "
                       "UPDATE SET n = n + 1; END"},
    {"hold_counts_out", "AFTER DELETE ON holds WHEN OLD.pickup_library_id IS NOT NULL BEGIN UPDATE hold_counts SET n "
                        "= n - 1 WHERE pickup_library_id = OLD.pickup_library_id; END"},
    {"hold_counts_moved",
     "AFTER UPDATE OF pickup_library_id ON holds WHEN OLD.pickup_library_id IS NOT "
     "NEW.pickup_library_id BEGIN UPDATE hold_counts SET n = n - 1 WHERE pickup_library_id = "
     "OLD.pickup_library_id; INSERT INTO hold_counts (pickup_library_id, n) SELECT "
     "NEW.pickup_library_id, 1 WHERE NEW.pickup_library_id IS NOT NULL ON CONFLICT(pickup_library_id) "
     "DO UPDATE SET n = n + 1; END"},
};

const char* const CountHolds = "INSERT INTO hold_counts (pickup_library_id, n) SELECT pickup_library_id, count(*) FROM "
                               "holds WHERE pickup_library_id IS NOT NULL GROUP BY pickup_library_id";

// Every line brought up to date with its item and record at once (the triggers above, for all
// lines in one pass): run while those triggers are out.
const char* const RefreshPickList[] = {
    "UPDATE pick_list SET (item_callnumber, location, item_biblio_id) = (SELECT callnumber, location, biblio_id FROM "
    "items WHERE items.item_id = pick_list.item_id), (title, author) = (SELECT title, author FROM biblios WHERE "
    "biblios.biblio_id = pick_list.biblio_id)",
    "UPDATE pick_list SET shelf_key = comptoir_shelf_key(coalesce(callnumber, item_callnumber)), barcode_rank "
    "= " COMPTOIR_BARCODE_RANK("barcode") ", line = comptoir_pick_line(item_id, biblio_id, "
                                          "item_biblio_id, hold_group_id, barcode, callnumber, item_callnumber, "
                                          "location, pickup_library_id, title, author)",
};

QString createTrigger(const char* const (&trigger)[2])
{
    return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 %2")
        .arg(QLatin1String(trigger[0]), QLatin1String(trigger[1]));
}

} // namespace

QList<SchemaMigration> CacheStore::schema()
{
    return {
        {1,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS libraries (library_id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                            "pickup_location INTEGER NOT NULL DEFAULT 1, data TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS biblios (biblio_id INTEGER PRIMARY KEY, title TEXT, author "
                            "TEXT, data TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS items (item_id INTEGER PRIMARY KEY, barcode TEXT, biblio_id "
                            "INTEGER, callnumber TEXT, location TEXT, home_library_id TEXT, holding_library_id TEXT, "
                            "data TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS items_barcode ON items(barcode)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS patrons (patron_id INTEGER PRIMARY KEY, cardnumber TEXT, "
                            "surname TEXT, firstname TEXT, data TEXT NOT NULL, fetched_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS patrons_card ON patrons(cardnumber)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS holds (hold_id INTEGER PRIMARY KEY, patron_id INTEGER, "
                            "biblio_id INTEGER, item_id INTEGER, pickup_library_id TEXT, status TEXT, priority "
                            "INTEGER, waiting_date TEXT, expiration_date TEXT, timestamp TEXT, data TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS holds_pickup ON holds(pickup_library_id, status)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS holds_item ON holds(item_id)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         }},
        {2,
         {
             // The pick list of each site: one copy to pull per pending request (Koha's holds queue).
             QStringLiteral("CREATE TABLE IF NOT EXISTS pick_list (site TEXT NOT NULL, item_id INTEGER NOT NULL, "
                            "biblio_id INTEGER, barcode TEXT, patron_id INTEGER, pickup_library_id TEXT, callnumber "
                            "TEXT, hold_date TEXT, hold_group_id INTEGER, item_level INTEGER, notes TEXT, PRIMARY KEY "
                            "(site, item_id))"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS pick_list_barcode ON pick_list(barcode)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS holds_biblio ON holds(biblio_id)"),
         }},
        {3,
         {
             // Columns instead of JSON copies: a sync of 50k requests writes 200k rows, and each
             // re-serialised object cost more than the row. The cache is rebuilt by the next sync.
             QStringLiteral("DROP TABLE IF EXISTS holds"),
             QStringLiteral("DROP TABLE IF EXISTS items"),
             QStringLiteral("DROP TABLE IF EXISTS biblios"),
             QStringLiteral("DROP TABLE IF EXISTS patrons"),
             QStringLiteral("DELETE FROM sync_state WHERE key LIKE 'holds.since/%'"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS holds (hold_id INTEGER PRIMARY KEY, patron_id INTEGER, "
                            "biblio_id INTEGER, item_id INTEGER, pickup_library_id TEXT, status TEXT, priority "
                            "INTEGER, hold_date TEXT, waiting_date TEXT, expiration_date TEXT, timestamp TEXT, "
                            "item_level INTEGER, hold_group_id INTEGER, notes TEXT)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS holds_pickup ON holds(pickup_library_id, status)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS holds_item ON holds(item_id)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS holds_biblio ON holds(biblio_id)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS holds_patron ON holds(patron_id)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS items (item_id INTEGER PRIMARY KEY, barcode TEXT, biblio_id "
                            "INTEGER, callnumber TEXT, location TEXT, home_library_id TEXT, holding_library_id TEXT, "
                            "item_type_id TEXT, not_for_loan_status INTEGER, withdrawn INTEGER, lost_status INTEGER, "
                            "checked_out_date TEXT)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS items_barcode ON items(barcode)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS biblios (biblio_id INTEGER PRIMARY KEY, title TEXT, author "
                            "TEXT, publication_year INTEGER)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS patrons (patron_id INTEGER PRIMARY KEY, cardnumber TEXT, "
                            "surname TEXT, firstname TEXT, category_id TEXT, library_id TEXT, fetched_at TEXT NOT "
                            "NULL)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS patrons_card ON patrons(cardnumber)"),
         }},
        {4,
         {
             // Shelf keys stored with the pick list: computed once per line as it enters the cache
             // (comptoir_shelf_key, a stored generated column), with the barcode's order (digits as
             // a number, others after, by text), and an index in that order per site, so the pull
             // list is an ordered read. The lines already cached are copied, their keys computed.
             QStringLiteral("DROP TABLE IF EXISTS pick_list_v4"),
             QStringLiteral("CREATE TABLE pick_list_v4 (site TEXT NOT NULL, item_id INTEGER NOT NULL, biblio_id "
                            "INTEGER, barcode TEXT, patron_id INTEGER, pickup_library_id TEXT, callnumber TEXT, "
                            "hold_date TEXT, hold_group_id INTEGER, item_level INTEGER, notes TEXT, "
                            "shelf_key BLOB GENERATED ALWAYS AS (comptoir_shelf_key(callnumber)) STORED, "
                            "barcode_rank INTEGER GENERATED ALWAYS AS (CASE WHEN barcode IS NULL OR barcode = '' OR "
                            "length(barcode) > 18 OR barcode GLOB '*[^0-9]*' THEN 9223372036854775807 ELSE "
                            "CAST(barcode AS INTEGER) END) STORED, PRIMARY KEY (site, item_id))"),
             QStringLiteral("INSERT INTO pick_list_v4 (site, item_id, biblio_id, barcode, patron_id, "
                            "pickup_library_id, callnumber, hold_date, hold_group_id, item_level, notes) SELECT "
                            "site, item_id, biblio_id, barcode, patron_id, pickup_library_id, callnumber, hold_date, "
                            "hold_group_id, item_level, notes FROM pick_list"),
             QStringLiteral("DROP TABLE pick_list"),
             QStringLiteral("ALTER TABLE pick_list_v4 RENAME TO pick_list"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS pick_list_barcode ON pick_list(barcode)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS pick_list_walk ON pick_list(site, shelf_key, barcode_rank, "
                            "barcode)"),
         }},
        {5,
         {
             // The pull list is one ordered read of one index, no join, no second pass and no sort:
             // what it shows of each line's item (call number, location, record) and record (title,
             // author) is kept on the line by triggers, whoever writes the lines, the items or the
             // records; so are its shelf key (a line without a call number of its own files by its
             // item's) and its barcode's rank, plain columns (an index read that names a generated
             // column is not covered by the index); so is all the list shows of it, packed in one
             // value, the one column the list reads. Requests still waiting, per title: a partial index.
             QStringLiteral("DROP TABLE IF EXISTS pick_list_v5"),
             QStringLiteral(
                 "CREATE TABLE pick_list_v5 (site TEXT NOT NULL, item_id INTEGER NOT NULL, biblio_id INTEGER, "
                 "barcode TEXT, patron_id INTEGER, pickup_library_id TEXT, callnumber TEXT, hold_date TEXT, "
                 "hold_group_id INTEGER, item_level INTEGER, notes TEXT, item_callnumber TEXT, location TEXT, "
                 "item_biblio_id INTEGER, title TEXT, author TEXT, shelf_key BLOB, barcode_rank INTEGER, line "
                 "BLOB, PRIMARY KEY (site, item_id))"),
             QStringLiteral(
                 "INSERT INTO pick_list_v5 (site, item_id, biblio_id, barcode, patron_id, pickup_library_id, "
                 "callnumber, hold_date, hold_group_id, item_level, notes, item_callnumber, location, "
                 "item_biblio_id, title, author, shelf_key, barcode_rank, line) SELECT p.site, p.item_id, p.biblio_id, "
                 "p.barcode, p.patron_id, p.pickup_library_id, p.callnumber, p.hold_date, p.hold_group_id, "
                 "p.item_level, p.notes, i.callnumber, i.location, i.biblio_id, b.title, b.author, "
                 "comptoir_shelf_key(coalesce(p.callnumber, i.callnumber)), p.barcode_rank, "
                 "comptoir_pick_line(p.item_id, p.biblio_id, i.biblio_id, p.hold_group_id, p.barcode, "
                 "p.callnumber, i.callnumber, i.location, p.pickup_library_id, b.title, b.author) FROM pick_list p "
                 "LEFT "
                 "JOIN items i ON i.item_id = p.item_id LEFT JOIN biblios b ON b.biblio_id = p.biblio_id"),
             QStringLiteral("DROP TABLE pick_list"),
             QStringLiteral("ALTER TABLE pick_list_v5 RENAME TO pick_list"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS pick_list_barcode ON pick_list(barcode)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS pick_list_item ON pick_list(item_id)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS pick_list_biblio ON pick_list(biblio_id)"),
             QStringLiteral(
                 "CREATE INDEX IF NOT EXISTS pick_list_walk ON pick_list(site, shelf_key, barcode_rank, barcode, "
                 "item_id, line)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS holds_waiting ON holds(biblio_id) WHERE status IS NULL"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS hold_counts (pickup_library_id TEXT PRIMARY KEY, n INTEGER NOT "
                            "NULL) WITHOUT ROWID"),
             QLatin1String(CountHolds),
             createTrigger(HoldCountTriggers[0]),
             createTrigger(HoldCountTriggers[1]),
             createTrigger(HoldCountTriggers[2]),
             // A line as it comes in or changes takes its item's and its record's details, its shelf key and
             // its barcode's rank.
             createTrigger(PickListTriggers[0]),
             createTrigger(PickListTriggers[1]),
             // Whatever changes on a line (written, or by the triggers above and below) is packed
             // again in its one value for the pull list (store/PackedLine.h).
             createTrigger(PickListTriggers[2]),
             // An item or a record written (INSERT OR REPLACE comes here too), changed or removed: the lines
             // that show it follow; lines already right are not written again.
             createTrigger(PickListTriggers[3]),
             createTrigger(PickListTriggers[4]),
             createTrigger(PickListTriggers[5]),
             createTrigger(PickListTriggers[6]),
             createTrigger(PickListTriggers[7]),
             createTrigger(PickListTriggers[8]),
         }},
    };
}

CacheStore::CacheStore(FaultInjector* faults)
    : m_db({QStringLiteral("cache"), ApplicationId, false, schema()}, faults)
{
    // Every SQLite connection this process opens from now on knows comptoir_shelf_key, the cache's
    // (QSQLITE uses the system SQLite this is linked with): the schema's stored column needs it
    // wherever pick-list lines are written (sync, CSV import, tests, benchmarks).
    static std::once_flag registered;
    std::call_once(registered, [] { sqlite3_auto_extension(reinterpret_cast<void (*)()>(&registerFunctions)); });
}

Status CacheStore::open(const QString& path)
{
    if (Status s = m_db.open(path); !s.ok())
        return s;
    // A sync writes tens of thousands of rows: a larger page cache, and fewer, larger checkpoints.
    // (The cache can always be rebuilt from the ILS; the outbox keeps its own durable settings.)
    // Reads through a memory map, no read call and no copy per page, which on a virtual machine
    // costs more than the page itself (the pull list reads every page). The first 64 MB of the
    // file: a site's cache of 10^5 lines whole; mapped pages count in the resident memory.
    for (const char* pragma : {"PRAGMA cache_size=-32768", "PRAGMA wal_autocheckpoint=8192", "PRAGMA temp_store=MEMORY",
                               "PRAGMA mmap_size=67108864"})
        if (auto r = m_db.scalar(QLatin1String(pragma)); !r)
            return r.status();
    // A first sync cut short (the counter switched off) left its indexes out: they come back.
    return buildSecondaryIndexes();
}

namespace {

// Name and definition of each secondary index, as the latest schema has them.
const char* const SecondaryIndexes[][2] = {
    {"holds_pickup", "holds(pickup_library_id, status)"},
    {"holds_item", "holds(item_id)"},
    {"holds_biblio", "holds(biblio_id)"},
    {"holds_patron", "holds(patron_id)"},
    {"items_barcode", "items(barcode)"},
    {"patrons_card", "patrons(cardnumber)"},
    {"pick_list_barcode", "pick_list(barcode)"},
    // Covers the pull list's read (schema 5). The lines' indexes by item and by record stay: the
    // triggers that keep each line's details use them.
    {"pick_list_walk", "pick_list(site, shelf_key, barcode_rank, barcode, item_id, line)"},
    {"holds_waiting", "holds(biblio_id) WHERE status IS NULL"},
};

} // namespace

Result<bool> CacheStore::isEmpty()
{
    auto any = m_db.scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM holds) OR EXISTS (SELECT 1 FROM pick_list) OR EXISTS (SELECT 1 "
                       "FROM items)"));
    if (!any)
        return any.error();
    return any.value().toLongLong() == 0;
}

Status CacheStore::dropSecondaryIndexes()
{
    return m_db.transaction([this]() -> Status {
        for (const auto& index : SecondaryIndexes)
            if (auto r = m_db.exec(QStringLiteral("DROP INDEX IF EXISTS ") + QLatin1String(index[0])); !r)
                return r.status();
        QStringList triggers;
        for (const auto& trigger : HoldCountTriggers)
            triggers << QLatin1String(trigger[0]);
        for (const auto& trigger : PickListTriggers)
            triggers << QLatin1String(trigger[0]);
        for (const QString& trigger : std::as_const(triggers))
            if (auto r = m_db.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + trigger); !r)
                return r.status();
        return {};
    });
}

Status CacheStore::buildSecondaryIndexes()
{
    return m_db.transaction([this]() -> Status {
        const auto missing = [this](const char* const(*triggers)[2], size_t count) -> Result<bool> {
            QStringList names;
            for (size_t t = 0; t < count; ++t)
                names << QLatin1Char('\'') + QLatin1String(triggers[t][0]) + QLatin1Char('\'');
            auto present = m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                                      "name IN (%1)")
                                           .arg(names.join(QLatin1Char(','))));
            if (!present)
                return present.error();
            return present.value().toInt() != int(count);
        };
        // The lines' details first (before the walk index holds them, and while no trigger fires).
        auto linesOut = missing(PickListTriggers, std::size(PickListTriggers));
        if (!linesOut)
            return linesOut.status();
        if (linesOut.value()) {
            for (const char* sql : RefreshPickList)
                if (auto r = m_db.exec(QLatin1String(sql)); !r)
                    return r.status();
        }
        for (const auto& index : SecondaryIndexes)
            if (auto r = m_db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2")
                                       .arg(QLatin1String(index[0]), QLatin1String(index[1])));
                !r)
                return r.status();
        if (linesOut.value())
            for (const auto& trigger : PickListTriggers)
                if (auto r = m_db.exec(createTrigger(trigger)); !r)
                    return r.status();
        // The counts' triggers left out (a first sync, perhaps cut short): counted again, then kept.
        auto countsOut = missing(HoldCountTriggers, std::size(HoldCountTriggers));
        if (!countsOut)
            return countsOut.status();
        if (!countsOut.value())
            return {};
        for (const QString& sql : {QStringLiteral("DELETE FROM hold_counts"), QString::fromLatin1(CountHolds)})
            if (auto r = m_db.exec(sql); !r)
                return r.status();
        for (const auto& trigger : HoldCountTriggers)
            if (auto r = m_db.exec(createTrigger(trigger)); !r)
                return r.status();
        return {};
    });
}

Result<qint64> CacheStore::holdCount(const QString& site)
{
    auto n = m_db.scalar(QStringLiteral("SELECT coalesce((SELECT n FROM hold_counts WHERE pickup_library_id = ?), 0)"),
                         {site});
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

Result<QString> CacheStore::syncValue(const QString& key)
{
    auto query = m_db.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toString() : QString();
}

Status CacheStore::setSyncValue(const QString& key, const QString& value)
{
    return m_db
        .exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
              {key, value})
        .status();
}

Result<bool> CacheStore::markWaiting(const QString& barcode, const QString& card, const QString& site, const QDate& day,
                                     const QString& title)
{
    // The item's record: from the items the cache knows, else from the pick list.
    auto item = m_db.exec(QStringLiteral("SELECT item_id, biblio_id FROM items WHERE barcode = ? UNION ALL SELECT "
                                         "item_id, biblio_id FROM pick_list WHERE barcode = ? LIMIT 1"),
                          {barcode, barcode});
    if (!item)
        return item.error();
    const bool known = item.value().next();
    const QVariant itemId = known ? item.value().value(0) : QVariant();
    const qint64 biblioId = known ? item.value().value(1).toLongLong() : 0;
    item.value().finish();
    // A copy this cache does not know (it came by the shuttle from another site): the patron's
    // request here for the title the ILS named.
    if (!known && title.isEmpty())
        return false;
    auto hold =
        known
            ? m_db.scalar(QStringLiteral("SELECT h.hold_id FROM holds h JOIN patrons p ON p.patron_id = h.patron_id "
                                         "WHERE p.cardnumber = ? AND h.pickup_library_id = ? AND (h.item_id = ? OR "
                                         "(h.biblio_id = ? AND (h.item_id IS NULL OR h.status IS NULL))) ORDER BY "
                                         "h.status = 'W', h.priority LIMIT 1"),
                          {card, site, itemId, biblioId})
            : m_db.scalar(QStringLiteral("SELECT h.hold_id FROM holds h JOIN patrons p ON p.patron_id = h.patron_id "
                                         "JOIN biblios b ON b.biblio_id = h.biblio_id WHERE p.cardnumber = ? AND "
                                         "h.pickup_library_id = ? AND b.title = ? ORDER BY h.status = 'W', h.priority "
                                         "LIMIT 1"),
                          {card, site, title});
    if (!hold)
        return hold.error();
    if (hold.value().isNull())
        return false;
    auto updated = m_db.exec(
        QStringLiteral(
            "UPDATE holds SET status = 'W', item_id = coalesce(?, item_id), waiting_date = ? WHERE hold_id = ?"),
        {itemId, day.toString(Qt::ISODate), hold.value().toLongLong()});
    if (!updated)
        return updated.error();
    return true;
}

Result<qint64> CacheStore::rowCount(const QString& table)
{
    static const QStringList tables = {QStringLiteral("libraries"), QStringLiteral("holds"), QStringLiteral("items"),
                                       QStringLiteral("biblios"), QStringLiteral("patrons")};
    if (!tables.contains(table))
        return Error{QStringLiteral("store.table"), QStringLiteral("unknown cache table %1").arg(table)};
    auto query = m_db.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toLongLong() : 0;
}

} // namespace comptoir
