#include "sandbox/NetworkGenerator.h"

#include "demo/TrainingLibrary.h"
#include "sandbox/DeliverySeed.h"

#include "Logging.h"
#include "barcode/CheckDigit.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <random>

namespace comptoir::sandbox {

namespace {

// Deterministic across platforms: mt19937_64's sequence is fixed by the standard; the
// distributions below are our own (the standard library's are not portable).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, std::size_t N> const T& pick(const T (&array)[N]) { return array[below(int(N))]; }

private:
    std::mt19937_64 m_engine;
};

// A network keeping its 24/48 h promise, read from a draw of 0..29 (the draw the generator always
// made for a request's age, so the rest of the data is unchanged). Captured: how many days after it
// was placed; five in six the same day, one in ten the day after, a few late. Pending: how old it
// is, as a network looks at 06:00 when the data is taken: mostly placed yesterday (to be pulled this
// morning), some overnight on the catalogue, a few late (every copy on loan, or not found on the
// shelf). So the day's figures agree: about as many requests placed as captured, not four times as
// many (as when most pending requests were placed "today" before 06:00).
int daysWaited(int draw)
{
    static const int late[] = {1, 1, 1, 2, 5};
    return draw < 25 ? 0 : late[std::min(draw - 25, 4)];
}

int daysPending(int draw)
{
    return draw < 4 ? 0 : draw < 28 ? 1 : draw == 28 ? 3 : 8;
}

// How long ago a request went on the hold shelf, from a draw of 0..13: mostly the last few days
// (patrons come soon), a few left past their last pickup day (ReservesMaxPickUpDelay, 10 days).
int daysOnShelf(int draw)
{
    static const int days[] = {0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 5, 7, 9, 12};
    return days[std::clamp(draw, 0, 13)];
}

struct Site
{
    const char* id;
    const char* name;
    const char* city;
    const char* postalCode;
};

const Site Sites[] = {
    {"CENTRE", "Médiathèque centrale", "Villeurbanne-sur-Lys", "59100"},
    {"JMOULIN", "Médiathèque Jean-Moulin", "Villeurbanne-sur-Lys", "59100"},
    {"COLETTE", "Bibliothèque Colette", "Saint-Amand-les-Prés", "59110"},
    {"PREVERT", "Médiathèque Jacques-Prévert", "Marcq-la-Vallée", "59120"},
    {"LAFONT", "Bibliothèque La Fontaine", "Hem-sur-Marque", "59130"},
    {"SAND", "Médiathèque George-Sand", "Croix-Blanche", "59140"},
    {"HUGO", "Bibliothèque Victor-Hugo", "Wasquehal-le-Bourg", "59150"},
    {"VERNE", "Médiathèque Jules-Verne", "Lannoy-Moulins", "59160"},
    {"CAMUS", "Bibliothèque Albert-Camus", "Roubaix-Nord", "59170"},
    {"YOURC", "Médiathèque Marguerite-Yourcenar", "Tourcoing-Est", "59180"},
    {"DUMAS", "Bibliothèque Alexandre-Dumas", "Mouvaux-Village", "59190"},
    {"ZOLA", "Médiathèque Émile-Zola", "Leers-la-Forêt", "59200"},
    {"PAGNOL", "Bibliothèque Marcel-Pagnol", "Lys-lez-Lannoy", "59210"},
    {"SENGHOR", "Médiathèque Léopold-Senghor", "Wattrelos-Sud", "59220"},
    {"GIONO", "Bibliothèque Jean-Giono", "Toufflers", "59230"},
    {"DURAS", "Médiathèque Marguerite-Duras", "Sailly-lez-Lannoy", "59240"},
    // Up to 40 sites: a network the size of the largest French ones (the reports are tried on it).
    {"BALZAC", "Bibliothèque Honoré-de-Balzac", "Forest-sur-Marque", "59250"},
    {"PROUST", "Médiathèque Marcel-Proust", "Willems", "59260"},
    {"SAGAN", "Bibliothèque Françoise-Sagan", "Baisieux", "59270"},
    {"ERNAUX", "Médiathèque Annie-Ernaux", "Chéreng", "59280"},
    {"CESAIRE", "Bibliothèque Aimé-Césaire", "Anstaing", "59290"},
    {"FLAUBERT", "Médiathèque Gustave-Flaubert", "Gruson", "59300"},
    {"STENDHAL", "Bibliothèque Stendhal", "Tressin", "59310"},
    {"SEVIGNE", "Médiathèque Madame-de-Sévigné", "Bouvines", "59320"},
    {"RACINE", "Bibliothèque Jean-Racine", "Sainghin-en-Mélantois", "59330"},
    {"MOLIERE", "Médiathèque Molière", "Péronne-en-Mélantois", "59340"},
    {"VIAN", "Bibliothèque Boris-Vian", "Fretin", "59350"},
    {"QUENEAU", "Médiathèque Raymond-Queneau", "Avelin", "59360"},
    {"PEREC", "Bibliothèque Georges-Perec", "Ennevelin", "59370"},
    {"CONDE", "Médiathèque Maryse-Condé", "Templeuve-en-Pévèle", "59380"},
    {"TRIOLET", "Bibliothèque Elsa-Triolet", "Cappelle-en-Pévèle", "59390"},
    {"ARAGON", "Médiathèque Louis-Aragon", "Mérignies", "59400"},
    {"ELUARD", "Bibliothèque Paul-Éluard", "Pont-à-Marcq", "59410"},
    {"DESNOS", "Médiathèque Robert-Desnos", "Thumeries", "59420"},
    {"COCTEAU", "Bibliothèque Jean-Cocteau", "Moncheaux", "59430"},
    {"GARY", "Médiathèque Romain-Gary", "Raimbeaucourt", "59440"},
    {"NOTHOMB", "Bibliothèque Amélie-Nothomb", "Faumont", "59450"},
    {"LEBLANC", "Médiathèque Maurice-Leblanc", "Coutiches", "59460"},
    {"MAUPASS", "Bibliothèque Guy-de-Maupassant", "Orchies", "59470"},
    {"VERLAINE", "Médiathèque Paul-Verlaine", "Landas", "59480"},
};

const Site LockerBank = {"CASGARE", "Casiers de retrait – Gare", "Villeurbanne-sur-Lys", "59100"};

// Shelving locations in walking order, with their zone and the kind of call number they hold.
enum class Shelf { Album, YoungNovel, YoungComic, Novel, Crime, Comic, Dewey0to399, Dewey400to999, Music, Film };

// The training library's building (demo/TrainingLibrary.h: codes, names, zones in walking order),
// with what the generator needs to fill its shelves.
struct Location
{
    const char* code;
    Shelf shelf;
    int weight; // share of the collection
    const char* name() const { return demo::trainingLocation(code)->name; }
    const char* zone() const { return demo::trainingLocation(code)->zone; }
};

const Location Locations[] = {
    {"JALB", Shelf::Album, 12},       {"JROM", Shelf::YoungNovel, 10},    {"JBD", Shelf::YoungComic, 7},
    {"AROM", Shelf::Novel, 20},       {"APOL", Shelf::Crime, 8},          {"BD", Shelf::Comic, 10},
    {"DOC1", Shelf::Dewey0to399, 10}, {"DOC2", Shelf::Dewey400to999, 12}, {"MUS", Shelf::Music, 6},
    {"FILM", Shelf::Film, 5},
};

const char* const Surnames[] = {
    "Martin",  "Bernard",  "Dubois",   "Thomas",    "Robert",  "Richard", "Petit",    "Durand",   "Leroy",
    "Moreau",  "Simon",    "Laurent",  "Lefebvre",  "Michel",  "Garcia",  "David",    "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel",    "Girard",    "André",   "Lefèvre", "Mercier",  "Dupont",   "Lambert",
    "Bonnet",  "François", "Martinez", "Legrand",   "Garnier", "Faure",   "Rousseau", "Blanc",    "Guérin",
    "Muller",  "Henry",    "Roussel",  "Nicolas",   "Perrin",  "Morin",   "Mathieu",  "Clément",  "Gauthier",
    "Dumont",  "Lopez",    "Fontaine", "Chevalier", "Robin",   "Masson",  "Sanchez",  "Gérard",   "Nguyen",
    "Boyer",   "Denis",    "Lemaire",  "Duval",     "Joly",    "Gautier", "Roger",    "Roche",    "Roy",
    "Noël",    "Meyer",    "Lucas",    "Meunier",   "Jean",    "Pérez",   "Marchand", "Dufour",   "Blanchard",
    "Brun",    "Rivière",  "Benoît",   "Caron",     "Giraud",  "Leclerc", "Rey",      "Diallo",   "Haddad",
};

const char* const FirstNames[] = {
    "Marie",     "Jean",    "Camille", "Louis",  "Léa",      "Gabriel", "Chloé",    "Jules",    "Manon",  "Hugo",
    "Inès",      "Lucas",   "Sarah",   "Adam",   "Emma",     "Arthur",  "Jade",     "Nathan",   "Louise", "Raphaël",
    "Alice",     "Paul",    "Lina",    "Théo",   "Zoé",      "Tom",     "Anna",     "Noah",     "Rose",   "Ethan",
    "Juliette",  "Mohamed", "Ambre",   "Sacha",  "Nina",     "Léon",    "Margaux",  "Martin",   "Claire", "Yanis",
    "Françoise", "Bernard", "Monique", "Michel", "Nathalie", "Pierre",  "Isabelle", "Philippe", "Sylvie", "Alain",
};

// Nouns with their gender, so that articles and adjectives agree ("la rivière", "l'île", "du jardin").
struct Noun
{
    const char* word;
    bool feminine;
};

const Noun TitleNouns[] = {
    {"jardin", false},  {"nuit", true},      {"mer", true},        {"ville", true},    {"silence", false},
    {"mémoire", true},  {"voyage", false},   {"hiver", false},     {"forêt", true},    {"lumière", true},
    {"maison", true},   {"rivière", true},   {"ombre", true},      {"enfance", true},  {"chemin", false},
    {"promesse", true}, {"île", true},       {"été", false},       {"secret", false},  {"horizon", false},
    {"fenêtre", true},  {"montagne", true},  {"tempête", true},    {"étoile", true},   {"rêve", false},
    {"saison", true},   {"frontière", true}, {"miroir", false},    {"désert", false},  {"port", false},
    {"lettre", true},   {"musique", true},   {"printemps", false}, {"passage", false}, {"vent", false},
    {"colline", true},  {"phare", false},    {"orage", false},     {"écho", false},    {"aube", true},
};

// Masculine and feminine forms.
const char* const TitleAdjectives[][2] = {
    {"perdu", "perdue"},      {"bleu", "bleue"},          {"dernier", "dernière"}, {"lointain", "lointaine"},
    {"immobile", "immobile"}, {"oublié", "oubliée"},      {"doré", "dorée"},       {"silencieux", "silencieuse"},
    {"sauvage", "sauvage"},   {"invisible", "invisible"}, {"ancien", "ancienne"},  {"fragile", "fragile"},
    {"rouge", "rouge"},       {"profond", "profonde"},    {"noir", "noire"},       {"étrange", "étrange"},
};

bool elides(const QString& word)
{
    static const QString vowels = QStringLiteral("aeiouyéèêîôh");
    return !word.isEmpty() && vowels.contains(word.front());
}

// "le jardin", "la nuit", "l'île"
QString withArticle(const Noun& noun)
{
    const QString word = QString::fromUtf8(noun.word);
    if (elides(word))
        return QStringLiteral("l'") + word;
    return (noun.feminine ? QStringLiteral("la ") : QStringLiteral("le ")) + word;
}

// "du jardin", "de la nuit", "de l'île"
QString withOf(const Noun& noun)
{
    const QString word = QString::fromUtf8(noun.word);
    if (elides(word))
        return QStringLiteral("de l'") + word;
    return (noun.feminine ? QStringLiteral("de la ") : QStringLiteral("du ")) + word;
}

QString novelTitle(Random& random)
{
    const Noun& first = random.pick(TitleNouns);
    const Noun* second = &random.pick(TitleNouns);
    while (second == &first)
        second = &random.pick(TitleNouns);
    const QString adjective = QString::fromUtf8(random.pick(TitleAdjectives)[first.feminine ? 1 : 0]);
    QString title;
    switch (random.below(9)) {
    case 0:
        title = withArticle(first) + QLatin1Char(' ') + adjective;
        break;
    case 1:
        title = withArticle(first) + QLatin1Char(' ') + withOf(*second);
        break;
    case 2:
        title = QStringLiteral("au bord ") + withOf(first);
        break;
    case 3:
        title = withArticle(first) + QStringLiteral(" et ") + withArticle(*second);
        break;
    case 4:
        title = QStringLiteral("histoire ") + withOf(first);
        break;
    case 5:
        title = QStringLiteral("sous ") + withArticle(first) + QLatin1Char(' ') + adjective;
        break;
    case 6:
        title = QStringLiteral("ce que dit ") + withArticle(first);
        break;
    case 7:
        title = QStringLiteral("petit traité ") + withOf(first);
        break;
    default:
        title = (first.feminine ? QStringLiteral("une ") : QStringLiteral("un ")) + QString::fromUtf8(first.word) +
                QStringLiteral(" pour ") + withArticle(*second);
        break;
    }
    title[0] = title[0].toUpper();
    return title;
}

const char* const DocTopics[] = {
    "Introduction à la sociologie",
    "Le droit du travail expliqué",
    "Histoire de l'économie",
    "La philosophie en 100 questions",
    "Comprendre l'écologie",
    "Guide des plantes sauvages",
    "Cuisine de saison",
    "Le cinéma japonais",
    "Initiation au jardinage",
    "Les oiseaux d'Europe",
    "Apprendre l'anglais",
    "Histoire de France illustrée",
    "Atlas des océans",
    "La photographie numérique",
    "Randonnées dans le Nord",
    "Petite histoire de l'art",
    "Le corps humain",
    "Mathématiques pour tous",
};

const int DeweyLow[] = {1, 70, 100, 150, 158, 200, 300, 305, 320, 330, 340, 360, 370, 390};
const int DeweyHigh[] = {420, 440, 500, 510, 530, 570, 590, 610, 630, 641, 700, 741,
                         770, 780, 791, 796, 800, 841, 843, 900, 914, 944, 945, 960};

QString authorCode(const QString& surname)
{
    QString folded = surname.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : folded) {
        if (c.isLetter() && c.unicode() < 128)
            out.append(c.toUpper());
        if (out.size() == 3)
            break;
    }
    return out;
}

QString deweyNumber(Random& random, const int* classes, int count)
{
    const int base = classes[random.below(count)];
    QString number = QStringLiteral("%1").arg(base, 3, 10, QLatin1Char('0'));
    const int decimals = random.below(4); // 0 to 3 decimals
    if (decimals > 0) {
        number += QLatin1Char('.');
        for (int i = 0; i < decimals; ++i)
            number += QChar(u'0' + random.below(10));
        if (number.endsWith(QLatin1Char('0')))
            number.chop(1), number += QChar(u'1' + random.below(9));
    }
    return number;
}

QString callNumber(Random& random, Shelf shelf, const QString& code, int& volume)
{
    volume = 0;
    switch (shelf) {
    case Shelf::Album:
        return QStringLiteral("J A ") + code;
    case Shelf::YoungNovel:
        return QStringLiteral("JR ") + code;
    case Shelf::YoungComic:
        volume = random.chance(60) ? 1 + random.below(24) : 0;
        return QStringLiteral("JBD ") + code;
    case Shelf::Novel:
        return QStringLiteral("R ") + code;
    case Shelf::Crime:
        return QStringLiteral("RP ") + code;
    case Shelf::Comic:
        volume = random.chance(70) ? 1 + random.below(30) : 0;
        return QStringLiteral("BD ") + code;
    case Shelf::Dewey0to399:
        return deweyNumber(random, DeweyLow, int(std::size(DeweyLow))) + QLatin1Char(' ') + code;
    case Shelf::Dewey400to999:
        return deweyNumber(random, DeweyHigh, int(std::size(DeweyHigh))) + QLatin1Char(' ') + code;
    case Shelf::Music:
        // PCDM4: main class 0–9, subdivision; a few libraries use two-digit local classes.
        return QStringLiteral("CD %1.%2 ")
                   .arg(random.chance(5) ? 10 + random.below(3) : random.below(10))
                   .arg(1 + random.below(9)) +
               code;
    case Shelf::Film:
        if (random.chance(75))
            return QStringLiteral("DVD F ") + code;
        return QStringLiteral("DVD DOC ") + deweyNumber(random, DeweyHigh, int(std::size(DeweyHigh))) +
               QLatin1Char(' ') + code;
    }
    return code;
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

class Writer
{
public:
    explicit Writer(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    Status prepare(QSqlQuery& query, const QString& sql)
    {
        query = QSqlQuery(m_db);
        if (!query.prepare(sql))
            return Error{QStringLiteral("sandbox.sql"), query.lastError().text()};
        return {};
    }
    Status run(QSqlQuery& query, const QVariantList& values)
    {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        if (!query.exec())
            return Error{QStringLiteral("sandbox.sql"), query.lastError().text()};
        return {};
    }
    Status exec(const QString& sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return Error{QStringLiteral("sandbox.sql"), query.lastError().text() + QStringLiteral(": ") + sql};
        return {};
    }

private:
    QSqlDatabase m_db;
};

const char* const Schema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE libraries (library_id TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT, postal_code TEXT, "
    "pickup_location INTEGER NOT NULL, is_locker_bank INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE locations (library_id TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, zone TEXT NOT NULL, "
    "walk_order INTEGER NOT NULL, PRIMARY KEY (library_id, code))",
    "CREATE TABLE biblios (biblio_id INTEGER PRIMARY KEY, title TEXT NOT NULL, author TEXT, publication_year INTEGER)",
    "CREATE TABLE items (item_id INTEGER PRIMARY KEY, biblio_id INTEGER NOT NULL, external_id TEXT NOT NULL UNIQUE, "
    "callnumber TEXT NOT NULL, location TEXT NOT NULL, home_library_id TEXT NOT NULL, holding_library_id TEXT NOT "
    "NULL, item_type_id TEXT NOT NULL, not_for_loan_status INTEGER NOT NULL DEFAULT 0, withdrawn INTEGER NOT NULL "
    "DEFAULT 0, lost_status INTEGER NOT NULL DEFAULT 0, checked_out_date TEXT, timestamp TEXT NOT NULL, "
    "checked_out_patron_id INTEGER, due_date TEXT, renewals INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE patrons (patron_id INTEGER PRIMARY KEY, cardnumber TEXT NOT NULL UNIQUE, surname TEXT NOT NULL, "
    "firstname TEXT NOT NULL, library_id TEXT NOT NULL, category_id TEXT NOT NULL, expiry_date TEXT, restricted "
    "INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE holds (hold_id INTEGER PRIMARY KEY, patron_id INTEGER NOT NULL, biblio_id INTEGER NOT NULL, "
    "item_id INTEGER, pickup_library_id TEXT NOT NULL, hold_date TEXT NOT NULL, priority INTEGER NOT NULL, status "
    "TEXT, waiting_date TEXT, expiration_date TEXT, timestamp TEXT NOT NULL, item_level INTEGER NOT NULL, "
    "hold_group_id INTEGER, notes TEXT, cancellation_date TEXT, cancellation_reason TEXT)",
    // Filled and cancelled requests, as Koha moves them to old_reserves (same columns; a filled
    // request's status is F, a cancelled one keeps its status and gets a cancellation date).
    "CREATE TABLE old_holds (hold_id INTEGER PRIMARY KEY, patron_id INTEGER NOT NULL, biblio_id INTEGER NOT NULL, "
    "item_id INTEGER, pickup_library_id TEXT NOT NULL, hold_date TEXT NOT NULL, priority INTEGER NOT NULL, status "
    "TEXT, waiting_date TEXT, expiration_date TEXT, timestamp TEXT NOT NULL, item_level INTEGER NOT NULL, "
    "hold_group_id INTEGER, notes TEXT, cancellation_date TEXT, cancellation_reason TEXT)",
    "CREATE TABLE transfers (transfer_id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL, from_library_id TEXT NOT NULL, "
    "to_library_id TEXT NOT NULL, sent_date TEXT NOT NULL, arrived_date TEXT, reason TEXT NOT NULL)",
};

const char* const Indexes[] = {
    "CREATE INDEX items_biblio ON items(biblio_id)",
    "CREATE INDEX items_holding ON items(holding_library_id)",
    "CREATE INDEX holds_pickup ON holds(pickup_library_id, status)",
    // Pages of one library's requests in hold_id order without sorting (entries end with the rowid).
    "CREATE INDEX holds_pickup_paging ON holds(pickup_library_id)",
    "CREATE INDEX holds_biblio ON holds(biblio_id)",
    "CREATE INDEX holds_patron ON holds(patron_id)",
    "CREATE INDEX holds_timestamp ON holds(timestamp)",
    // What changed at one pickup library since a time: a range of this index, whatever the library's size.
    "CREATE INDEX holds_pickup_timestamp ON holds(pickup_library_id, timestamp)",
    "CREATE INDEX holds_item ON holds(item_id)",
    "CREATE INDEX items_patron ON items(checked_out_patron_id)",
    "CREATE INDEX transfers_item ON transfers(item_id)",
    "CREATE INDEX old_holds_timestamp ON old_holds(timestamp)",
    // A waiting item sits on its pickup library's hold shelf.
    "UPDATE items SET holding_library_id = (SELECT pickup_library_id FROM holds WHERE holds.item_id = items.item_id "
    "AND holds.status = 'W') WHERE item_id IN (SELECT item_id FROM holds WHERE status = 'W')",
};

} // namespace

namespace {

QVariant readScalar(const QString& file, const QString& sql)
{
    if (!QFile::exists(file))
        return {};
    const QString connection = QStringLiteral("sandbox-read");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

} // namespace

int NetworkGenerator::fileVersion(const QString& path)
{
    const QVariant v = readScalar(path, QStringLiteral("PRAGMA user_version"));
    return v.isValid() ? v.toInt() : -1;
}

QDate NetworkGenerator::dataDay(const QString& path)
{
    return QDate::fromString(readScalar(path, QStringLiteral("SELECT value FROM meta WHERE key = 'today'")).toString(),
                             Qt::ISODate);
}

QStringList NetworkGenerator::locationCodes()
{
    QStringList codes;
    for (const Location& location : Locations)
        codes << QLatin1String(location.code);
    return codes;
}

QString NetworkGenerator::barcode(int type, int institution, qint64 sequence)
{
    const QString data = QStringLiteral("%1%2%3")
                             .arg(type)
                             .arg(institution, 4, 10, QLatin1Char('0'))
                             .arg(sequence, 8, 10, QLatin1Char('0'));
    return data + checkdigit::compute(checkdigit::Algorithm::Luhn, data);
}

Result<GeneratorSummary> NetworkGenerator::generate(const QString& path, const GeneratorOptions& options)
{
    const int siteCount = std::clamp(options.sites, 1, int(std::size(Sites)));
    if (options.items < 1 || options.items > 1000000 || options.patrons < 1 || options.patrons > 10000000 ||
        options.holds < 0 || options.holds > 200000)
        return Error{QStringLiteral("sandbox.options"),
                     QStringLiteral("items must be 1..1000000, patrons 1..10000000, holds 0..200000")};
    QElapsedTimer timer;
    timer.start();
    for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(file);
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly))
            return Error{QStringLiteral("sandbox.io"), create.errorString()};
        create.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    const QString connection = QStringLiteral("sandbox-generator-%1").arg(quintptr(&options));
    GeneratorSummary summary;
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return Error{QStringLiteral("sandbox.io"), db.lastError().text()};
        Writer w(db);
        status = [&]() -> Status {
            for (const char* pragma : {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-65536"})
                if (Status s = w.exec(QLatin1String(pragma)); !s.ok())
                    return s;
            if (Status s = w.exec(QStringLiteral("BEGIN")); !s.ok())
                return s;
            for (const char* statement : Schema)
                if (Status s = w.exec(QLatin1String(statement)); !s.ok())
                    return s;

            Random random(options.seed);
            const QDateTime stamp(options.today, QTime(6, 0), QTimeZone::utc());
            const QString stampText = stamp.toString(Qt::ISODate);

            // Libraries, the locker bank, and shelving locations in walking order.
            QSqlQuery lib, loc;
            if (Status s = w.prepare(lib, QStringLiteral("INSERT INTO libraries VALUES (?, ?, ?, ?, ?, ?)")); !s.ok())
                return s;
            if (Status s = w.prepare(loc, QStringLiteral("INSERT INTO locations VALUES (?, ?, ?, ?, ?)")); !s.ok())
                return s;
            QStringList siteIds;
            for (int i = 0; i < siteCount; ++i) {
                const Site& site = Sites[i];
                siteIds << QLatin1String(site.id);
                if (Status s = w.run(lib, {QLatin1String(site.id), QString::fromUtf8(site.name),
                                           QString::fromUtf8(site.city), QLatin1String(site.postalCode), 1, 0});
                    !s.ok())
                    return s;
                ++summary.libraries;
                int order = 0;
                for (const Location& location : Locations) {
                    // Small branches have no music or film shelves.
                    if (i >= 8 && (location.shelf == Shelf::Music || location.shelf == Shelf::Film))
                        continue;
                    if (Status s = w.run(loc, {QLatin1String(site.id), QLatin1String(location.code),
                                               QString::fromUtf8(location.name()), QString::fromUtf8(location.zone()),
                                               ++order});
                        !s.ok())
                        return s;
                    ++summary.locations;
                }
            }
            if (Status s = w.run(lib, {QLatin1String(LockerBank.id), QString::fromUtf8(LockerBank.name),
                                       QString::fromUtf8(LockerBank.city), QLatin1String(LockerBank.postalCode), 1, 1});
                !s.ok())
                return s;
            ++summary.libraries;
            QStringList pickupIds = siteIds;
            pickupIds << QLatin1String(LockerBank.id);

            // Biblios and items: about 1.6 items per title.
            int totalWeight = 0;
            for (const Location& location : Locations)
                totalWeight += location.weight;
            QSqlQuery bib, item;
            if (Status s = w.prepare(bib, QStringLiteral("INSERT INTO biblios VALUES (?, ?, ?, ?)")); !s.ok())
                return s;
            if (Status s =
                    w.prepare(item, QStringLiteral("INSERT INTO items (item_id, biblio_id, external_id, "
                                                   "callnumber, location, home_library_id, holding_library_id, "
                                                   "item_type_id, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                !s.ok())
                return s;
            struct ItemRef
            {
                int biblio;
                int site;
            };
            std::vector<ItemRef> itemRefs;
            itemRefs.reserve(size_t(options.items));
            std::vector<int> firstItemOfBiblio;
            int itemId = 0;
            while (itemId < options.items) {
                const int biblioId = int(firstItemOfBiblio.size()) + 1;
                firstItemOfBiblio.push_back(itemId);
                int pickWeight = random.below(totalWeight);
                const Location* location = &Locations[0];
                for (const Location& candidate : Locations) {
                    if (pickWeight < candidate.weight) {
                        location = &candidate;
                        break;
                    }
                    pickWeight -= candidate.weight;
                }
                const QString surname = QString::fromUtf8(random.pick(Surnames));
                const QString author = surname + QStringLiteral(", ") + QString::fromUtf8(random.pick(FirstNames));
                QString title;
                if (location->shelf == Shelf::Dewey0to399 || location->shelf == Shelf::Dewey400to999)
                    title = QString::fromUtf8(random.pick(DocTopics));
                else
                    title = novelTitle(random);
                int volume = 0;
                const QString code = authorCode(surname);
                const QString baseCall = callNumber(random, location->shelf, code, volume);
                if (volume > 0)
                    title += QStringLiteral(". Tome %1").arg(volume);
                if (Status s = w.run(bib, {biblioId, title, author, 1950 + random.below(76)}); !s.ok())
                    return s;
                ++summary.biblios;
                const int copies = std::min(options.items - itemId, 1 + (random.chance(40) ? 1 + random.below(3) : 0));
                for (int c = 0; c < copies; ++c) {
                    ++itemId;
                    int site = random.below(siteCount);
                    if (site >= 8 && (location->shelf == Shelf::Music || location->shelf == Shelf::Film))
                        site = random.below(std::min(siteCount, 8));
                    const QString call = volume > 0 ? baseCall + QStringLiteral(" T.%1").arg(volume) : baseCall;
                    const char* type = location->shelf == Shelf::Music  ? "CD"
                                       : location->shelf == Shelf::Film ? "DVD"
                                                                        : "LIVRE";
                    if (Status s = w.run(item, {itemId, biblioId, barcode(3, 1042, itemId), call,
                                                QLatin1String(location->code), siteIds[site], siteIds[site],
                                                QLatin1String(type), stampText});
                        !s.ok())
                        return s;
                    itemRefs.push_back({biblioId, site});
                }
            }
            firstItemOfBiblio.push_back(itemId);
            summary.items = itemId;

            // Patrons; a few are restricted (blocked at checkout).
            QSqlQuery patron;
            if (Status s = w.prepare(patron, QStringLiteral("INSERT INTO patrons VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
                !s.ok())
                return s;
            for (int p = 1; p <= options.patrons; ++p) {
                const char* category = random.chance(25) ? "ENFANT" : "ADULTE";
                if (Status s =
                        w.run(patron, {p, barcode(2, 1042, p), QString::fromUtf8(random.pick(Surnames)),
                                       QString::fromUtf8(random.pick(FirstNames)), siteIds[random.below(siteCount)],
                                       QLatin1String(category), isoDate(options.today.addDays(30 + random.below(700))),
                                       random.chance(3) ? 1 : 0});
                    !s.ok())
                    return s;
            }
            summary.patrons = options.patrons;

            // Requests: pending (with priorities), in transit, waiting (some expired), processing;
            // some patrons group several requests for one pickup point (click & collect orders).
            QSqlQuery hold, transfer;
            if (Status s = w.prepare(hold, QStringLiteral("INSERT INTO holds VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                          "?, ?, ?, NULL, NULL)"));
                !s.ok())
                return s;
            if (Status s = w.prepare(transfer, QStringLiteral("INSERT INTO transfers (item_id, from_library_id, "
                                                              "to_library_id, sent_date, reason) VALUES (?, ?, ?, ?, "
                                                              "'Reserve')"));
                !s.ok())
                return s;
            std::vector<int> queueLength(firstItemOfBiblio.size(), 0);
            std::vector<bool> itemTaken(size_t(summary.items) + 1, false);
            int holdId = 0;
            int orderId = 0;
            // An order is placed once, and the requests that move together reach the shelf together.
            QDate orderPlaced, orderWaiting;
            while (holdId < options.holds) {
                const int patronId = 1 + random.below(options.patrons);
                const QString pickup =
                    random.chance(6) ? QString(QLatin1String(LockerBank.id)) : siteIds[random.below(siteCount)];
                const bool order = random.chance(8);
                const int count = order ? std::min(options.holds - holdId, 2 + random.below(4)) : 1;
                const QVariant group = order ? QVariant(++orderId) : QVariant();
                int orderRoll = 0;
                orderWaiting = QDate();
                for (int n = 0; n < count; ++n) {
                    const int biblioId = 1 + random.below(summary.biblios);
                    const int firstItem = firstItemOfBiblio[size_t(biblioId - 1)];
                    const int copies = firstItemOfBiblio[size_t(biblioId)] - firstItem;
                    const int itemIndex = firstItem + random.below(copies); // 0-based
                    // The items of an order mostly move together: gathered, sent and shelved as one.
                    const int own = random.below(100);
                    if (n == 0)
                        orderRoll = own;
                    const int roll = order && own % 5 != 0 ? orderRoll : own;
                    // Pending: its age; captured: how long it took (the draws as they always were).
                    const int ageDraw = random.below(30);
                    QDate placed = options.today.addDays(-daysPending(ageDraw));
                    if (order && n > 0)
                        placed = orderPlaced;
                    QString state = roll < 60   ? QString()
                                    : roll < 72 ? QStringLiteral("T")
                                    : roll < 95 ? QStringLiteral("W")
                                                : QStringLiteral("P");
                    if (!state.isEmpty() && itemTaken[size_t(itemIndex + 1)])
                        state.clear(); // that copy already fills another request
                    QVariant itemValue, waiting, expiration;
                    int priority = 0;
                    bool itemLevel = false;
                    if (state.isEmpty()) {
                        priority = ++queueLength[size_t(biblioId - 1)];
                        itemLevel = random.chance(15);
                        if (itemLevel)
                            itemValue = itemIndex + 1;
                        ++summary.pending;
                    } else {
                        itemTaken[size_t(itemIndex + 1)] = true;
                        itemValue = itemIndex + 1;
                        itemLevel = random.chance(15);
                        if (state == QLatin1String("W")) {
                            QDate waitingDate = options.today.addDays(-daysOnShelf(random.below(14)));
                            if (order && n > 0 && orderWaiting.isValid() && roll == orderRoll)
                                waitingDate = orderWaiting;
                            // Never on the shelf before it was asked for (its own day: below).
                            placed = std::min(placed, waitingDate);
                            if (order && n == 0)
                                orderWaiting = waitingDate;
                            waiting = isoDate(waitingDate);
                            expiration = isoDate(waitingDate.addDays(10));
                            ++summary.waiting;
                            if (waitingDate.addDays(10) < options.today)
                                ++summary.expired;
                        } else if (state == QLatin1String("T")) {
                            const QString from = siteIds[itemRefs[size_t(itemIndex)].site];
                            if (from == pickup) {
                                state = QStringLiteral("W");
                                if (order && n == 0)
                                    orderWaiting = options.today;
                                waiting = isoDate(options.today);
                                expiration = isoDate(options.today.addDays(10));
                                ++summary.waiting;
                            } else {
                                if (Status s = w.run(transfer, {itemIndex + 1, from, pickup,
                                                                isoDate(options.today.addDays(-random.below(3)))});
                                    !s.ok())
                                    return s;
                                ++summary.transfers;
                                ++summary.inTransit;
                            }
                        } else {
                            ++summary.processing;
                        }
                    }
                    ++holdId;
                    // Koha's timestamp: the last change. Captured (T, P), the capture; on the shelf,
                    // the day it went there (the move to W changes the request); never before it
                    // was placed.
                    const qint64 back = random.below(86400 * 3);
                    QDateTime changed = stamp.addSecs(-back);
                    const bool ownDates = !(order && n > 0); // an order's other requests: its day
                    if (state == QLatin1String("W")) {
                        const QDate onShelf = QDate::fromString(waiting.toString(), Qt::ISODate);
                        // Opening hours; today, before the data was taken (06:00): the night's returns.
                        changed =
                            onShelf == options.today
                                ? stamp.addSecs(-(back % 3600))
                                : QDateTime(onShelf, QTime(8, 0).addSecs(int(back % (10 * 3600))), QTimeZone::utc());
                        if (ownDates)
                            placed = onShelf.addDays(-daysWaited(ageDraw));
                    } else if (!state.isEmpty() && ownDates) {
                        placed = changed.date().addDays(-daysWaited(ageDraw));
                    }
                    if (order && n == 0)
                        orderPlaced = placed;
                    changed = std::max(changed, QDateTime(placed, QTime(0, 0), QTimeZone::utc()));
                    if (Status s =
                            w.run(hold, {holdId, patronId, biblioId, itemValue, pickup, isoDate(placed), priority,
                                         state.isEmpty() ? QVariant() : QVariant(state), waiting, expiration,
                                         changed.toString(Qt::ISODate), itemLevel ? 1 : 0, group, QVariant()});
                        !s.ok())
                        return s;
                }
            }
            summary.holds = holdId;
            summary.clickAndCollectOrders = orderId;

            // About one copy in twenty is on loan (none that fills a request).
            QSqlQuery loan;
            if (Status s = w.prepare(loan, QStringLiteral("UPDATE items SET checked_out_date = ?, "
                                                          "checked_out_patron_id = ?, due_date = ? WHERE item_id = ?"));
                !s.ok())
                return s;
            for (int i = 1; i <= summary.items; ++i) {
                if (itemTaken[size_t(i)] || !random.chance(5))
                    continue;
                const QDate issued = options.today.addDays(-random.below(40));
                if (Status s = w.run(
                        loan, {isoDate(issued), 1 + random.below(options.patrons), isoDate(issued.addDays(28)), i});
                    !s.ok())
                    return s;
                ++summary.loans;
            }

            // The last 35 days' history, as Koha keeps it in old_reserves: requests filled (picked
            // up: status F), cancelled while pending, and left uncollected on the hold shelf until
            // they expired and were cleared. From its own random stream, so the current requests
            // above do not depend on it.
            Random past(options.seed ^ 0x01d5eedULL);
            QSqlQuery old;
            if (Status s = w.prepare(old, QStringLiteral("INSERT INTO old_holds VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, "
                                                         "?, ?, NULL, NULL, ?, NULL)"));
                !s.ok())
                return s;
            const int oldCount = options.holds / 2;
            for (int n = 0; n < oldCount && summary.items > 0; ++n) {
                const int itemIndex = past.below(summary.items);
                const int biblioId = itemRefs[size_t(itemIndex)].biblio;
                const QString pickup =
                    past.chance(6) ? QString(QLatin1String(LockerBank.id)) : siteIds[past.below(siteCount)];
                const QDate placed = options.today.addDays(-past.below(35));
                const int outcome = past.below(100);
                static const int lag[] = {0, 0, 1, 2}; // on the shelf the same day, mostly
                const QDate waiting = std::min(placed.addDays(lag[past.below(4)]), options.today);
                const QDate expires = waiting.addDays(10);
                QVariant state, waitingValue, expiration, cancelled;
                QDate last; // the day it left the current requests
                if (outcome < 72) {
                    state = QStringLiteral("F");
                    waitingValue = isoDate(waiting);
                    expiration = isoDate(expires);
                    last = std::min(waiting.addDays(past.below(9)), options.today);
                } else if (outcome < 90 || expires.addDays(1) > options.today) {
                    last = std::min(placed.addDays(past.below(6)), options.today);
                    cancelled = isoDate(last);
                } else {
                    state = QStringLiteral("W");
                    waitingValue = isoDate(waiting);
                    expiration = isoDate(expires);
                    last = expires.addDays(1 + past.below(2));
                    if (last > options.today)
                        last = options.today;
                    cancelled = isoDate(last);
                }
                const QDateTime at(last, QTime(8 + past.below(11), past.below(60)), QTimeZone::utc());
                if (Status s = w.run(old, {NetworkGenerator::OldHoldIds + n + 1, 1 + past.below(options.patrons),
                                           biblioId, itemIndex + 1, pickup, isoDate(placed), state, waitingValue,
                                           expiration, at.toString(Qt::ISODate), past.chance(15) ? 1 : 0, cancelled});
                    !s.ok())
                    return s;
                ++summary.oldHolds;
            }

            // Click & collect orders of the last days that ended: most collected (every request
            // filled at the pickup, the checkout's moment as Koha's timestamp), a few cancelled;
            // placed, made ready within a day or two, collected a few days later. Ids after the
            // history's; from their own stream, so nothing above depends on them.
            Random ended(options.seed ^ 0xc011ec7ULL);
            QSqlQuery oldOrder;
            if (Status s =
                    w.prepare(oldOrder, QStringLiteral("INSERT INTO old_holds VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, "
                                                       "?, ?, ?, ?, NULL, ?, NULL)"));
                !s.ok())
                return s;
            const int endedOrders = std::max(3, options.holds / 100);
            qint64 oldId = NetworkGenerator::OldHoldIds + oldCount;
            for (int o = 0; o < endedOrders && summary.items > 0; ++o) {
                const int patronId = 1 + ended.below(options.patrons);
                const QString pickup = siteIds[ended.below(siteCount)];
                // A third of them ended today: the day's handovers.
                const QDate left = options.today.addDays(ended.chance(35) ? 0 : -(1 + ended.below(9)));
                const bool collected = !ended.chance(12);
                const QDate ready = left.addDays(-ended.below(collected ? 4 : 3));
                const QDate placed = ready.addDays(-daysWaited(ended.below(30)));
                const QDateTime at(left, QTime(9 + ended.below(9), ended.below(60)), QTimeZone::utc());
                const int group = ++orderId;
                const int count = 2 + ended.below(4);
                for (int n = 0; n < count; ++n) {
                    const int itemIndex = ended.below(summary.items);
                    const int biblioId = itemRefs[size_t(itemIndex)].biblio;
                    // Filled: its waiting day and the checkout; cancelled before capture: no waiting day.
                    const QVariant state = collected ? QVariant(QStringLiteral("F")) : QVariant();
                    const QVariant waitingValue = collected ? QVariant(isoDate(ready)) : QVariant();
                    const QVariant expiration = collected ? QVariant(isoDate(ready.addDays(10))) : QVariant();
                    const QVariant cancelled = collected ? QVariant() : QVariant(isoDate(left));
                    if (Status s = w.run(oldOrder, {++oldId, patronId, biblioId, itemIndex + 1, pickup, isoDate(placed),
                                                    state, waitingValue, expiration, at.toString(Qt::ISODate),
                                                    ended.chance(15) ? 1 : 0, group, cancelled});
                        !s.ok())
                        return s;
                    ++summary.oldHolds;
                }
            }

            for (const char* statement : Indexes)
                if (Status s = w.exec(QLatin1String(statement)); !s.ok())
                    return s;
            // Home delivery: its pickup location, addresses, physical descriptions, its requests
            // (after the indexes: it looks for titles nobody requested).
            if (Status s = seedDelivery(db, options, summary); !s.ok())
                return s;
            QSqlQuery meta;
            if (Status s = w.prepare(meta, QStringLiteral("INSERT INTO meta VALUES (?, ?)")); !s.ok())
                return s;
            const QList<QPair<QString, QString>> values = {
                {QStringLiteral("seed"), QString::number(options.seed)},
                {QStringLiteral("today"), isoDate(options.today)},
                {QStringLiteral("generator"), QStringLiteral("comptoir-sandbox")},
            };
            for (const auto& [key, value] : values)
                if (Status s = w.run(meta, {key, value}); !s.ok())
                    return s;
            if (Status s = w.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)); !s.ok())
                return s;
            if (Status s = w.exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId)); !s.ok())
                return s;
            return w.exec(QStringLiteral("COMMIT"));
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!status.ok())
        return status.error();
    summary.milliseconds = timer.elapsed();
    qCInfo(lcStore) << "sandbox generated:" << summary.items << "items," << summary.holds << "holds in"
                    << summary.milliseconds << "ms";
    return summary;
}

} // namespace comptoir::sandbox
