#include "sandbox/DeliverySeed.h"

#include "sandbox/NetworkGenerator.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <random>

namespace comptoir::sandbox {

namespace {

class Stream
{
public:
    explicit Stream(quint64 seed)
        : m_engine(seed)
    {
    }
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, std::size_t N> const T& pick(const T (&array)[N]) { return array[below(int(N))]; }

private:
    std::mt19937_64 m_engine;
};

const char* const Streets[] = {
    "rue des Lilas",      "avenue Jean-Jaurès", "rue Victor-Hugo",      "place de la République",
    "allée des Tilleuls", "boulevard Carnot",   "rue du Moulin",        "impasse des Glycines",
    "rue Pasteur",        "avenue de la Gare",  "rue Gambetta",         "chemin des Prés",
    "rue de la Paix",     "rue Jules-Ferry",    "square des Peupliers", "rue Saint-Martin",
};
const char* const Floors[] = {"Bât. B", "Appt 12, 3e étage", "Résidence Les Érables", "Escalier C", "2e étage gauche"};

Status failed(const QSqlQuery& q, const QString& what)
{
    return Error{QStringLiteral("sandbox.sql"), what + QStringLiteral(": ") + q.lastError().text()};
}

QString phone(Stream& random, const char* prefix)
{
    QString out = QLatin1String(prefix);
    for (int i = 0; i < 4; ++i)
        out += QStringLiteral(" %1").arg(random.below(100), 2, 10, QLatin1Char('0'));
    return out;
}

// A realistic physical description for a record, by its shelf and item type (UNIMARC 215/010).
struct Physical
{
    QString extent, dimensions, binding;
};

Physical physicalFor(Stream& random, const QString& location, const QString& type)
{
    if (type == QLatin1String("CD"))
        return {random.chance(15) ? QStringLiteral("2 disques compacts (1 h 48 min)")
                                  : QStringLiteral("1 disque compact (%1 min)").arg(38 + random.below(40)),
                QStringLiteral("12 cm"), QString()};
    if (type == QLatin1String("DVD"))
        return {random.chance(10) ? QStringLiteral("3 DVD vidéo (6 h 20 min)")
                                  : QStringLiteral("1 DVD vidéo (1 h %1 min)").arg(25 + random.below(35)),
                QStringLiteral("19 cm"), QString()};
    if (location == QLatin1String("JALB"))
        return {QStringLiteral("%1 p.").arg(24 + 8 * random.below(4)),
                QStringLiteral("%1 cm").arg(26 + random.below(6)), QStringLiteral("rel.")};
    if (location == QLatin1String("BD") || location == QLatin1String("JBD"))
        return {QStringLiteral("%1 p.").arg(46 + 2 * random.below(10)), QStringLiteral("30 cm"),
                QStringLiteral("rel.")};
    if (location == QLatin1String("JROM"))
        return {QStringLiteral("%1 p.").arg(96 + 8 * random.below(30)), QStringLiteral("18 cm"), QStringLiteral("br.")};
    if (location == QLatin1String("DOC1") || location == QLatin1String("DOC2"))
        return {random.chance(20) ? QStringLiteral("XII-%1 p.").arg(200 + random.below(500))
                                  : QStringLiteral("%1 p.").arg(120 + random.below(400)),
                QStringLiteral("%1 cm").arg(21 + random.below(8)),
                random.chance(20) ? QStringLiteral("rel.") : QString()};
    // Novels and crime: "312 p.", 22 or 24 cm, paperback; a few large-print or thick ones.
    return {QStringLiteral("%1 p.").arg(160 + random.below(500)),
            random.chance(60) ? QStringLiteral("22 cm") : QStringLiteral("24 cm"), QStringLiteral("br.")};
}

} // namespace

Status seedDelivery(QSqlDatabase db, const GeneratorOptions& options, GeneratorSummary& summary)
{
    using namespace delivery_seed;
    Stream random(options.seed * 7919 + 16);
    QSqlQuery q(db);
    for (const char* statement :
         {"CREATE TABLE patron_addresses (patron_id INTEGER PRIMARY KEY, street_number TEXT, street_type TEXT, "
          "address TEXT, address2 TEXT, city TEXT, state TEXT, postal_code TEXT, country TEXT, email TEXT, phone "
          "TEXT, mobile TEXT)",
          "CREATE TABLE biblio_physical (biblio_id INTEGER PRIMARY KEY, extent TEXT, dimensions TEXT, binding TEXT)"})
        if (!q.exec(QLatin1String(statement)))
            return failed(q, QStringLiteral("delivery schema"));

    // The delivery service: a pickup location of its own, in the central library's town.
    q.prepare(QStringLiteral("INSERT INTO libraries VALUES (?, ?, ?, ?, 1, 0)"));
    q.addBindValue(QLatin1String(LocationId));
    q.addBindValue(QString::fromUtf8(LocationName));
    q.addBindValue(QString::fromUtf8(Town));
    q.addBindValue(QLatin1String(TownPostalCode));
    if (!q.exec())
        return failed(q, QStringLiteral("delivery location"));
    ++summary.libraries;

    // Every patron's address, mostly in the town of their library.
    QSqlQuery patrons(db);
    patrons.setForwardOnly(true);
    if (!patrons.exec(QStringLiteral("SELECT p.patron_id, l.city, l.postal_code, lower(p.firstname), lower(p.surname) "
                                     "FROM patrons p JOIN libraries l USING (library_id) ORDER BY p.patron_id")))
        return failed(patrons, QStringLiteral("patrons"));
    QSqlQuery address(db);
    address.prepare(
        QStringLiteral("INSERT INTO patron_addresses VALUES (?, ?, NULL, ?, ?, ?, NULL, ?, 'France', ?, ?, ?)"));
    struct Home
    {
        qint64 patron;
        QString city;
    };
    QList<Home> homes;
    while (patrons.next()) {
        const qint64 id = patrons.value(0).toLongLong();
        const bool elsewhere = random.chance(10);
        const QString city = elsewhere ? QStringLiteral("Lille") : patrons.value(1).toString();
        const QString postal = elsewhere ? QStringLiteral("59000") : patrons.value(2).toString();
        const QString email = QString(patrons.value(3).toString() + QLatin1Char('.') + patrons.value(4).toString())
                                  .normalized(QString::NormalizationForm_D)
                                  .remove(QRegularExpression(QStringLiteral("[^a-z.]"))) +
                              QStringLiteral("@example.fr");
        address.bindValue(0, id);
        address.bindValue(1, QString(QString::number(1 + random.below(120)) +
                                     (random.chance(8) ? QStringLiteral(" bis") : QString())));
        address.bindValue(2, QString::fromUtf8(random.pick(Streets)));
        address.bindValue(3, random.chance(25) ? QVariant(QString::fromUtf8(random.pick(Floors))) : QVariant());
        address.bindValue(4, city);
        address.bindValue(5, postal);
        address.bindValue(6, random.chance(70) ? QVariant(email) : QVariant());
        address.bindValue(7, random.chance(80) ? QVariant(phone(random, "03")) : QVariant());
        address.bindValue(8, random.chance(60) ? QVariant(phone(random, "06")) : QVariant());
        if (!address.exec())
            return failed(address, QStringLiteral("address"));
        homes.append({id, city});
    }
    patrons.finish();

    // The records' physical descriptions, by the shelf and type of their first copy.
    QSqlQuery biblios(db);
    biblios.setForwardOnly(true);
    if (!biblios.exec(QStringLiteral("SELECT biblio_id, min(location), min(item_type_id) FROM items GROUP BY biblio_id "
                                     "ORDER BY biblio_id")))
        return failed(biblios, QStringLiteral("biblios"));
    QSqlQuery physical(db);
    physical.prepare(QStringLiteral("INSERT INTO biblio_physical VALUES (?, ?, ?, ?)"));
    while (biblios.next()) {
        const Physical p = physicalFor(random, biblios.value(1).toString(), biblios.value(2).toString());
        physical.bindValue(0, biblios.value(0));
        physical.bindValue(1, p.extent);
        physical.bindValue(2, p.dimensions);
        physical.bindValue(3, p.binding.isEmpty() ? QVariant() : QVariant(p.binding));
        if (!physical.exec())
            return failed(physical, QStringLiteral("physical description"));
    }
    biblios.finish();

    if (options.deliveryOrders <= 0)
        return {};
    // Copies the central library can send: on its shelves, on loan to nobody, filling no request,
    // of a title nobody else asked for (so the holds queue gives each request this very copy).
    QSqlQuery copies(db);
    copies.setForwardOnly(true);
    if (!copies.exec(
            QStringLiteral(
                "SELECT i.item_id, i.biblio_id FROM items i WHERE i.holding_library_id = (SELECT library_id FROM "
                "libraries WHERE is_locker_bank = 0 AND library_id <> '%1' ORDER BY rowid LIMIT 1) AND "
                "i.checked_out_patron_id IS NULL AND i.withdrawn = 0 AND i.lost_status = 0 AND i.not_for_loan_status = "
                "0 "
                "AND NOT EXISTS (SELECT 1 FROM holds h WHERE h.biblio_id = i.biblio_id) AND NOT EXISTS (SELECT 1 FROM "
                "items j WHERE j.biblio_id = i.biblio_id AND j.item_id <> i.item_id) ORDER BY i.item_id")
                .arg(QLatin1String(LocationId))))
        return failed(copies, QStringLiteral("copies"));
    QList<QPair<qint64, qint64>> available;
    QSet<qint64> biblioUsed;
    while (copies.next())
        if (!biblioUsed.contains(copies.value(1).toLongLong())) {
            biblioUsed.insert(copies.value(1).toLongLong());
            available.append({copies.value(0).toLongLong(), copies.value(1).toLongLong()});
        }
    copies.finish();
    QList<Home> inTown, outOfTown;
    for (const Home& h : std::as_const(homes))
        (h.city == QString::fromUtf8(Town) ? inTown : outOfTown).append(h);
    if (inTown.isEmpty() || available.isEmpty())
        return {};

    QSqlQuery ids(db);
    if (!ids.exec(QStringLiteral("SELECT coalesce(max(hold_id), 0), coalesce(max(hold_group_id), 0) FROM holds")) ||
        !ids.next())
        return failed(ids, QStringLiteral("hold ids"));
    qint64 holdId = ids.value(0).toLongLong();
    qint64 groupId = ids.value(1).toLongLong();
    ids.finish();
    QSqlQuery hold(db);
    hold.prepare(QStringLiteral("INSERT INTO holds (hold_id, patron_id, biblio_id, item_id, pickup_library_id, "
                                "hold_date, priority, status, waiting_date, expiration_date, timestamp, item_level, "
                                "hold_group_id, notes) VALUES (?, ?, ?, NULL, ?, ?, 1, NULL, NULL, NULL, ?, 0, ?, ?)"));
    // Placed over the last two days at times that cross the 13:00 cut-off (Paris time, the
    // network's; the REST API gives the offset).
    const QTimeZone paris("Europe/Paris");
    const QTime times[] = {QTime(9, 12), QTime(11, 40), QTime(12, 59, 59), QTime(13, 0), QTime(15, 25), QTime(18, 5)};
    QSet<qint64> chosenPatrons;
    int next = 0;
    for (int order = 0; order < options.deliveryOrders && next < available.size(); ++order) {
        // Most orders from the town; one in six from elsewhere (ineligible: the desk says so).
        const QList<Home>& pool = (order % 6 == 5 && !outOfTown.isEmpty()) ? outOfTown : inTown;
        Home home = pool[random.below(int(pool.size()))];
        for (int tries = 0; chosenPatrons.contains(home.patron) && tries < 20; ++tries)
            home = pool[random.below(int(pool.size()))];
        chosenPatrons.insert(home.patron);
        const int count = order % 4 == 3 ? 1 : 2 + random.below(3);
        const QVariant group = count > 1 ? QVariant(++groupId) : QVariant();
        const QDate day = options.today.addDays(-random.below(2));
        const QDateTime placed(day, times[order % int(std::size(times))], paris);
        for (int n = 0; n < count && next < available.size(); ++n) {
            const auto [item, biblio] = available[next];
            next += 1 + random.below(3);
            Q_UNUSED(item);
            hold.bindValue(0, ++holdId);
            hold.bindValue(1, home.patron);
            hold.bindValue(2, biblio);
            hold.bindValue(3, QLatin1String(LocationId));
            hold.bindValue(4, day.toString(Qt::ISODate));
            hold.bindValue(5, placed.toUTC().toString(Qt::ISODate));
            hold.bindValue(6, group);
            hold.bindValue(7, n == 0 && order % 5 == 1
                                  ? QVariant(QStringLiteral("Sonner deux fois, interphone en panne"))
                                  : QVariant());
            if (!hold.exec())
                return failed(hold, QStringLiteral("delivery request"));
            ++summary.deliveryHolds;
        }
        ++summary.deliveryOrders;
    }
    return {};
}

} // namespace comptoir::sandbox
