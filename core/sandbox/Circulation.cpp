#include "sandbox/Circulation.h"

#include "sandbox/NetworkGenerator.h"

#include "Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir::sandbox {

namespace {

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{QStringLiteral("sandbox.sql"), query.lastError().text()};
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds[i]);
    if (!query.exec())
        return Error{QStringLiteral("sandbox.sql"), query.lastError().text()};
    return query;
}

// What staff read when the card or the barcode is not in the catalogue.
const QString UnknownCard = QStringLiteral("Carte de lecteur inconnue.");
const QString UnknownBarcode = QStringLiteral("Code-barres inconnu : ce document n'est pas dans le catalogue.");

QString patronName(const QString& surname, const QString& firstname)
{
    return firstname.isEmpty() ? surname : surname + QStringLiteral(", ") + firstname;
}

#define TRY_QUERY(name, ...)                                                                                           \
    auto name##Result = run(__VA_ARGS__);                                                                              \
    if (!name##Result) {                                                                                               \
        rollback();                                                                                                    \
        return name##Result.error();                                                                                   \
    }                                                                                                                  \
    QSqlQuery& name = name##Result.value()

} // namespace

Circulation::Circulation(const QString& dataFile, const Clock& clock)
    : m_dataFile(dataFile)
    , m_connection(QStringLiteral("sandbox-circulation-%1").arg(quintptr(this)))
    , m_clock(clock)
{
}

Circulation::~Circulation()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Status Circulation::open()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_dataFile);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return Error{QStringLiteral("sandbox.io"), m_db.lastError().text()};
    auto check = run(m_db, QStringLiteral("SELECT count(*) FROM libraries"));
    if (!check)
        return Error{QStringLiteral("sandbox.data"),
                     QStringLiteral("%1 is not a training library file: %2").arg(m_dataFile, check.error().message)};
    check.value().finish();
    // Training data: a committed check-in survives the process, not a power cut, and costs no sync to
    // disk (a counter's scan waits for it). WAL, so the REST server reads while the desk writes.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"})
        QSqlQuery(m_db).exec(QLatin1String(pragma));
    return {};
}

Status Circulation::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{QStringLiteral("sandbox.sql"), q.lastError().text()};
    return {};
}

Status Circulation::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        rollback();
        return Error{QStringLiteral("sandbox.sql"), q.lastError().text()};
    }
    return {};
}

void Circulation::rollback()
{
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Status Circulation::moveQueueUp(qint64 biblioId, int priority, const QString& stamp)
{
    // The requests behind a filled or cancelled one move up the queue.
    auto shift = run(m_db,
                     QStringLiteral("UPDATE holds SET priority = priority - 1, timestamp = ? WHERE biblio_id = ? AND "
                                    "status IS NULL AND priority > ?"),
                     {stamp, biblioId, priority});
    return shift ? Status() : shift.status();
}

Status Circulation::retire(qint64 holdId, Retire how, const QString& stamp)
{
    // Koha fills a request (found F, priority 0) or cancels it (cancellation date, priority 0), then
    // moves it to old_reserves under the same id.
    const bool filled = how == Retire::Filled;
    auto moved =
        run(m_db,
            QStringLiteral("INSERT INTO old_holds SELECT hold_id, patron_id, biblio_id, item_id, "
                           "pickup_library_id, hold_date, 0, %1, waiting_date, expiration_date, ?, item_level, "
                           "hold_group_id, notes, ?, NULL FROM holds WHERE hold_id = ?")
                .arg(filled ? QStringLiteral("'F'") : QStringLiteral("status")),
            {stamp, filled ? QVariant() : QVariant(stamp.left(10)), holdId});
    if (!moved)
        return moved.status();
    auto removed = run(m_db, QStringLiteral("DELETE FROM holds WHERE hold_id = ?"), {holdId});
    return removed ? Status() : removed.status();
}

QString Circulation::now() const
{
    return m_clock.now().toUTC().toString(Qt::ISODate);
}

int Circulation::reservesMaxPickUpDelay()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'syspref.ReservesMaxPickUpDelay'"));
    if (!q.exec() || !q.next())
        return HoldPickupDays;
    bool ok = false;
    const int days = q.value(0).toString().trimmed().toInt(&ok);
    return ok && days >= 0 ? days : HoldPickupDays;
}

QString Circulation::today() const
{
    return m_clock.now().toUTC().date().toString(Qt::ISODate);
}

QList<Circulation::Library> Circulation::libraries()
{
    QList<Library> out;
    auto q = run(m_db, QStringLiteral("SELECT library_id, name, pickup_location, is_locker_bank FROM libraries "
                                      "ORDER BY rowid"));
    if (!q)
        return out;
    while (q.value().next())
        out.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toBool(),
                    q.value().value(3).toBool()});
    return out;
}

bool Circulation::isLibrary(const QString& id)
{
    auto q = run(m_db, QStringLiteral("SELECT 1 FROM libraries WHERE library_id = ?"), {id});
    return q && q.value().next();
}

Result<Circulation::Checkin> Circulation::checkin(const QString& barcode, const QString& library)
{
    Checkin out;
    out.barcode = barcode;
    if (Status s = begin(); !s.ok())
        return s.error();
    TRY_QUERY(item, m_db,
              QStringLiteral("SELECT i.item_id, i.biblio_id, i.callnumber, i.home_library_id, i.withdrawn, "
                             "i.lost_status, i.checked_out_patron_id, b.title FROM items i JOIN biblios b USING "
                             "(biblio_id) WHERE i.external_id = ?"),
              {barcode});
    if (!item.next()) {
        rollback();
        out.alert = Alert::Other;
        out.messages << UnknownBarcode;
        return out;
    }
    out.itemKnown = true;
    const qint64 itemId = item.value(0).toLongLong();
    const qint64 biblioId = item.value(1).toLongLong();
    out.callNumber = item.value(2).toString();
    out.homeLibrary = item.value(3).toString();
    out.title = item.value(7).toString();
    const bool withdrawn = item.value(4).toInt() != 0;
    const bool lost = item.value(5).toInt() != 0;
    const QVariant borrower = item.value(6);
    item.finish();
    if (withdrawn) {
        rollback();
        out.alert = Alert::Other;
        out.messages << QStringLiteral("Document retiré des collections : ne pas remettre en rayon.");
        return out;
    }
    const QString stamp = now();
    if (!borrower.isNull()) {
        TRY_QUERY(card, m_db, QStringLiteral("SELECT cardnumber FROM patrons WHERE patron_id = ?"), {borrower});
        if (card.next())
            out.previousBorrower = card.value(0).toString();
    }
    if (lost)
        out.messages << QStringLiteral("Document déclaré perdu, retrouvé : statut perdu levé.");
    TRY_QUERY(update, m_db,
              QStringLiteral("UPDATE items SET checked_out_date = NULL, checked_out_patron_id = NULL, due_date = NULL, "
                             "lost_status = 0, holding_library_id = ?, timestamp = ? WHERE item_id = ?"),
              {library, stamp, itemId});
    Q_UNUSED(update);

    // A request this copy already serves, else the first pending one it can fill (Koha's CheckReserves).
    qint64 holdId = 0;
    qint64 patronId = 0;
    QString pickup;
    {
        TRY_QUERY(found, m_db,
                  QStringLiteral("SELECT hold_id, patron_id, pickup_library_id FROM holds WHERE item_id = ? AND "
                                 "status IN ('W', 'T', 'P') ORDER BY hold_id LIMIT 1"),
                  {itemId});
        if (found.next()) {
            holdId = found.value(0).toLongLong();
            patronId = found.value(1).toLongLong();
            pickup = found.value(2).toString();
        }
    }
    if (holdId == 0) {
        TRY_QUERY(pending, m_db,
                  QStringLiteral("SELECT hold_id, patron_id, pickup_library_id, priority FROM holds WHERE status IS "
                                 "NULL AND priority > 0 AND (item_id = ? OR (item_id IS NULL AND biblio_id = ?)) "
                                 "ORDER BY priority, hold_id LIMIT 1"),
                  {itemId, biblioId});
        if (pending.next()) {
            holdId = pending.value(0).toLongLong();
            patronId = pending.value(1).toLongLong();
            pickup = pending.value(2).toString();
            const int priority = pending.value(3).toInt();
            pending.finish();
            // The others move up the queue.
            if (Status moved = moveQueueUp(biblioId, priority, stamp); !moved.ok()) {
                rollback();
                return moved.error();
            }
        }
    }

    if (holdId != 0) {
        TRY_QUERY(patron, m_db,
                  QStringLiteral("SELECT cardnumber, surname, firstname FROM patrons WHERE patron_id = ?"), {patronId});
        if (patron.next()) {
            out.holdPatronCard = patron.value(0).toString();
            out.holdPatronName = patronName(patron.value(1).toString(), patron.value(2).toString());
        }
        out.holdId = holdId;
        out.destination = pickup;
        if (pickup == library) {
            // Koha's ModReserveAffect: waiting on this library's hold shelf until today plus
            // ReservesMaxPickUpDelay.
            const QDate expiry = m_clock.now().toUTC().date().addDays(reservesMaxPickUpDelay());
            TRY_QUERY(wait, m_db,
                      QStringLiteral("UPDATE holds SET status = 'W', item_id = ?, priority = 0, waiting_date = ?, "
                                     "expiration_date = ?, timestamp = ? WHERE hold_id = ? AND status IS NOT 'W'"),
                      {itemId, today(), expiry.toString(Qt::ISODate), stamp, holdId});
            Q_UNUSED(wait);
            TRY_QUERY(
                arrived, m_db,
                QStringLiteral("UPDATE transfers SET arrived_date = ? WHERE item_id = ? AND arrived_date IS NULL"),
                {today(), itemId});
            Q_UNUSED(arrived);
            out.alert = Alert::HoldHere;
        } else {
            // In transit to the pickup library (ModItemTransfer).
            TRY_QUERY(transit, m_db,
                      QStringLiteral("UPDATE holds SET status = 'T', item_id = ?, priority = 0, waiting_date = NULL, "
                                     "expiration_date = NULL, timestamp = ? WHERE hold_id = ?"),
                      {itemId, stamp, holdId});
            Q_UNUSED(transit);
            TRY_QUERY(close, m_db,
                      QStringLiteral("UPDATE transfers SET arrived_date = ? WHERE item_id = ? AND arrived_date IS NULL "
                                     "AND to_library_id <> ?"),
                      {today(), itemId, pickup});
            Q_UNUSED(close);
            TRY_QUERY(open, m_db,
                      QStringLiteral("INSERT INTO transfers (item_id, from_library_id, to_library_id, sent_date, "
                                     "reason) SELECT ?, ?, ?, ?, 'Reserve' WHERE NOT EXISTS (SELECT 1 FROM transfers "
                                     "WHERE item_id = ? AND arrived_date IS NULL)"),
                      {itemId, library, pickup, today(), itemId});
            Q_UNUSED(open);
            out.alert = Alert::HoldElsewhere;
        }
    } else {
        // No request: an open transfer decides, else the item goes home.
        QString transferTo;
        {
            TRY_QUERY(transfer, m_db,
                      QStringLiteral("SELECT to_library_id FROM transfers WHERE item_id = ? AND arrived_date IS NULL "
                                     "ORDER BY transfer_id DESC LIMIT 1"),
                      {itemId});
            if (transfer.next())
                transferTo = transfer.value(0).toString();
        }
        if (transferTo == library) {
            TRY_QUERY(
                arrived, m_db,
                QStringLiteral("UPDATE transfers SET arrived_date = ? WHERE item_id = ? AND arrived_date IS NULL"),
                {today(), itemId});
            Q_UNUSED(arrived);
        } else if (!transferTo.isEmpty() || out.homeLibrary != library) {
            const QString destination = transferTo.isEmpty() ? out.homeLibrary : transferTo;
            if (transferTo.isEmpty()) {
                TRY_QUERY(open, m_db,
                          QStringLiteral("INSERT INTO transfers (item_id, from_library_id, to_library_id, sent_date, "
                                         "reason) VALUES (?, ?, ?, ?, 'ReturnToHome')"),
                          {itemId, library, destination, today()});
                Q_UNUSED(open);
            }
            out.alert = Alert::SendElsewhere;
            out.destination = destination;
        }
    }
    if (Status s = commit(); !s.ok())
        return s.error();
    out.ok = true;
    return out;
}

Result<Circulation::Checkout> Circulation::checkout(const QString& card, const QString& barcode, const QString& library)
{
    Checkout out;
    if (Status s = begin(); !s.ok())
        return s.error();
    TRY_QUERY(patron, m_db,
              QStringLiteral("SELECT patron_id, restricted, expiry_date FROM patrons WHERE cardnumber = ?"), {card});
    if (!patron.next()) {
        rollback();
        out.messages << UnknownCard;
        return out;
    }
    out.patronValid = true;
    const qint64 patronId = patron.value(0).toLongLong();
    const bool restricted = patron.value(1).toInt() != 0;
    const QDate expiry = QDate::fromString(patron.value(2).toString(), Qt::ISODate);
    patron.finish();
    TRY_QUERY(item, m_db,
              QStringLiteral("SELECT i.item_id, i.biblio_id, i.withdrawn, i.lost_status, i.not_for_loan_status, "
                             "i.checked_out_patron_id, i.due_date, b.title FROM items i JOIN biblios b USING "
                             "(biblio_id) WHERE i.external_id = ?"),
              {barcode});
    if (!item.next()) {
        rollback();
        out.messages << UnknownBarcode;
        return out;
    }
    const qint64 itemId = item.value(0).toLongLong();
    const qint64 biblioId = item.value(1).toLongLong();
    const bool excluded = item.value(2).toInt() != 0 || item.value(3).toInt() != 0 || item.value(4).toInt() != 0;
    const QVariant borrower = item.value(5);
    out.title = item.value(7).toString();
    item.finish();

    if (restricted) {
        rollback();
        out.messages << QStringLiteral("Lecteur bloqué : prêt refusé, voir le dossier à l'accueil.");
        return out;
    }
    if (expiry.isValid() && expiry < m_clock.now().toUTC().date()) {
        rollback();
        out.messages << QStringLiteral("Abonnement expiré le %1 : à renouveler avant le prêt.")
                            .arg(expiry.toString(QStringLiteral("dd/MM/yyyy")));
        return out;
    }
    if (excluded) {
        rollback();
        out.messages << QStringLiteral("Document exclu du prêt (retiré, perdu ou consultable sur place).");
        return out;
    }
    if (!borrower.isNull()) {
        if (borrower.toLongLong() == patronId) {
            // Same patron: Koha renews the loan (C4::Circulation::AddRenewal through CanBookBeIssued's
            // RENEW_ISSUE): a new due date from today and one more renewal counted. A client that
            // sends a checkout twice renews the loan behind the librarian's back.
            out.due = m_clock.now().toUTC().date().addDays(LoanDays);
            TRY_QUERY(renew, m_db,
                      QStringLiteral("UPDATE items SET due_date = ?, renewals = renewals + 1, timestamp = ? WHERE "
                                     "item_id = ?"),
                      {out.due.toString(Qt::ISODate), now(), itemId});
            Q_UNUSED(renew);
            if (Status s = commit(); !s.ok())
                return s.error();
            out.ok = true;
            out.renewal = true;
            out.messages << QStringLiteral("Prêt renouvelé.");
        } else {
            rollback();
            out.messages << QStringLiteral("Document en prêt à un autre lecteur.");
        }
        return out;
    }
    {
        TRY_QUERY(
            other, m_db,
            QStringLiteral("SELECT status FROM holds WHERE item_id = ? AND patron_id <> ? AND (status IS NOT NULL "
                           "OR item_level = 1) LIMIT 1"),
            {itemId, patronId});
        if (other.next()) {
            rollback();
            out.messages << (other.value(0).toString() == QLatin1String("W")
                                 ? QStringLiteral(
                                       "Document en attente sur l'étagère des réservations pour un autre lecteur.")
                                 : QStringLiteral("Document réservé pour un autre lecteur."));
            return out;
        }
    }
    const QString stamp = now();
    // The patron's own request on this record is filled (Koha moves it to old_reserves).
    TRY_QUERY(fill, m_db,
              QStringLiteral("SELECT hold_id, priority, status FROM holds WHERE patron_id = ? AND (item_id = ? OR "
                             "(biblio_id = ? AND (item_id IS NULL OR status IS NULL))) ORDER BY status IS NULL, "
                             "priority LIMIT 1"),
              {patronId, itemId, biblioId});
    const bool filling = fill.next();
    const qint64 filledId = filling ? fill.value(0).toLongLong() : 0;
    const bool filledPending = filling && fill.value(2).isNull();
    const int filledPriority = filling ? fill.value(1).toInt() : 0;
    fill.finish();
    if (filling) {
        if (Status retired = retire(filledId, Retire::Filled, stamp); !retired.ok()) {
            rollback();
            return retired.error();
        }
    }
    if (filledPending) {
        const int priority = filledPriority;
        if (Status moved = moveQueueUp(biblioId, priority, stamp); !moved.ok()) {
            rollback();
            return moved.error();
        }
    }
    fill.finish();
    out.due = m_clock.now().toUTC().date().addDays(LoanDays);
    TRY_QUERY(loan, m_db,
              QStringLiteral("UPDATE items SET checked_out_date = ?, checked_out_patron_id = ?, due_date = ?, "
                             "holding_library_id = ?, timestamp = ? WHERE item_id = ?"),
              {today(), patronId, out.due.toString(Qt::ISODate), library, stamp, itemId});
    Q_UNUSED(loan);
    TRY_QUERY(arrived, m_db,
              QStringLiteral("UPDATE transfers SET arrived_date = ? WHERE item_id = ? AND arrived_date IS NULL"),
              {today(), itemId});
    Q_UNUSED(arrived);
    if (Status s = commit(); !s.ok())
        return s.error();
    out.ok = true;
    return out;
}

Result<Circulation::ItemStatus> Circulation::itemStatus(const QString& barcode)
{
    ItemStatus out;
    out.barcode = barcode;
    auto itemResult =
        run(m_db,
            QStringLiteral("SELECT i.item_id, i.biblio_id, b.title, i.home_library_id, i.holding_library_id, "
                           "i.callnumber, i.withdrawn, i.lost_status, i.not_for_loan_status, i.due_date FROM items i "
                           "JOIN biblios b USING (biblio_id) WHERE i.external_id = ?"),
            {barcode});
    if (!itemResult)
        return itemResult.error();
    QSqlQuery& item = itemResult.value();
    if (!item.next())
        return out;
    out.found = true;
    const qint64 itemId = item.value(0).toLongLong();
    const qint64 biblioId = item.value(1).toLongLong();
    out.title = item.value(2).toString();
    out.homeLibrary = item.value(3).toString();
    out.holdingLibrary = item.value(4).toString();
    out.callNumber = item.value(5).toString();
    const bool withdrawn = item.value(6).toInt() != 0;
    const bool lost = item.value(7).toInt() != 0;
    const bool notForLoan = item.value(8).toInt() != 0;
    out.due = QDate::fromString(item.value(9).toString(), Qt::ISODate);
    item.finish();

    auto queue = run(m_db,
                     QStringLiteral("SELECT count(*) FROM holds WHERE status IS NULL AND (item_id = ? OR (item_id IS "
                                    "NULL AND biblio_id = ?))"),
                     {itemId, biblioId});
    if (queue && queue.value().next())
        out.holdQueue = queue.value().value(0).toInt();
    QString holdStatus;
    auto hold = run(m_db,
                    QStringLiteral("SELECT status, expiration_date, pickup_library_id FROM holds WHERE item_id = ? "
                                   "AND status IS NOT NULL LIMIT 1"),
                    {itemId});
    if (hold && hold.value().next()) {
        holdStatus = hold.value().value(0).toString();
        out.pickupExpiry = QDate::fromString(hold.value().value(1).toString(), Qt::ISODate);
        out.destination = hold.value().value(2).toString();
    }
    bool inTransfer = false;
    auto transfer =
        run(m_db, QStringLiteral("SELECT to_library_id FROM transfers WHERE item_id = ? AND arrived_date IS NULL"),
            {itemId});
    if (transfer && transfer.value().next()) {
        inTransfer = true;
        out.destination = transfer.value().value(0).toString();
    }
    if (withdrawn || notForLoan)
        out.circulationStatus = QStringLiteral("01");
    else if (lost)
        out.circulationStatus = QStringLiteral("12");
    else if (out.due.isValid())
        out.circulationStatus = QStringLiteral("04");
    else if (holdStatus == QLatin1String("W"))
        out.circulationStatus = QStringLiteral("08");
    else if (holdStatus == QLatin1String("T") || inTransfer)
        out.circulationStatus = QStringLiteral("10");
    else if (holdStatus == QLatin1String("P"))
        out.circulationStatus = QStringLiteral("06");
    else
        out.circulationStatus = QStringLiteral("03");
    return out;
}

Result<Circulation::PatronStatus> Circulation::patronStatus(const QString& card)
{
    PatronStatus out;
    out.card = card;
    auto patronResult = run(m_db,
                            QStringLiteral("SELECT patron_id, surname, firstname, category_id, library_id, restricted, "
                                           "expiry_date FROM patrons WHERE cardnumber = ?"),
                            {card});
    if (!patronResult)
        return patronResult.error();
    QSqlQuery& patron = patronResult.value();
    if (!patron.next())
        return out;
    out.found = true;
    const qint64 patronId = patron.value(0).toLongLong();
    out.name = patron.value(2).toString() + QLatin1Char(' ') + patron.value(1).toString();
    out.category = patron.value(3).toString();
    out.library = patron.value(4).toString();
    out.restricted = patron.value(5).toInt() != 0;
    const QDate expiry = QDate::fromString(patron.value(6).toString(), Qt::ISODate);
    out.expired = expiry.isValid() && expiry < m_clock.now().toUTC().date();
    patron.finish();

    auto holds = run(m_db,
                     QStringLiteral("SELECT h.status, i.external_id, b.title FROM holds h JOIN biblios b USING "
                                    "(biblio_id) LEFT JOIN items i ON i.item_id = h.item_id WHERE h.patron_id = ? "
                                    "ORDER BY h.hold_id"),
                     {patronId});
    if (!holds)
        return holds.error();
    while (holds.value().next()) {
        const QString what =
            holds.value().value(1).isNull() ? holds.value().value(2).toString() : holds.value().value(1).toString();
        if (holds.value().value(0).toString() == QLatin1String("W"))
            out.waiting << what;
        else
            out.unavailable << what;
    }
    auto loans = run(m_db,
                     QStringLiteral("SELECT external_id, due_date FROM items WHERE checked_out_patron_id = ? "
                                    "ORDER BY due_date, item_id"),
                     {patronId});
    if (!loans)
        return loans.error();
    const QDate today = m_clock.now().toUTC().date();
    while (loans.value().next()) {
        out.charged << loans.value().value(0).toString();
        if (QDate::fromString(loans.value().value(1).toString(), Qt::ISODate) < today)
            out.overdue << loans.value().value(0).toString();
    }
    return out;
}

Result<Circulation::HoldChange> Circulation::hold(HoldMode mode, const QString& card, const QString& barcode,
                                                  const QString& pickupAsked, bool itemLevel)
{
    HoldChange out;
    out.barcode = barcode;
    if (Status s = begin(); !s.ok())
        return s.error();
    TRY_QUERY(patron, m_db,
              QStringLiteral("SELECT patron_id, restricted, library_id FROM patrons WHERE cardnumber = ?"), {card});
    if (!patron.next()) {
        rollback();
        out.messages << UnknownCard;
        return out;
    }
    const qint64 patronId = patron.value(0).toLongLong();
    const bool restricted = patron.value(1).toInt() != 0;
    const QString pickup = pickupAsked.isEmpty() ? patron.value(2).toString() : pickupAsked;
    patron.finish();
    TRY_QUERY(
        item, m_db,
        QStringLiteral("SELECT i.item_id, i.biblio_id, b.title, i.checked_out_patron_id IS NULL AND i.withdrawn = "
                       "0 AND i.lost_status = 0 AND i.not_for_loan_status = 0 FROM items i JOIN biblios b USING "
                       "(biblio_id) WHERE i.external_id = ?"),
        {barcode});
    if (!item.next()) {
        rollback();
        out.messages << UnknownBarcode;
        return out;
    }
    const qint64 itemId = item.value(0).toLongLong();
    const qint64 biblioId = item.value(1).toLongLong();
    out.title = item.value(2).toString();
    out.available = item.value(3).toBool();
    item.finish();
    out.pickup = pickup;
    const QString stamp = now();

    if (mode == HoldMode::Add) {
        if (restricted) {
            rollback();
            out.messages << QStringLiteral("Lecteur bloqué : réservation refusée.");
            return out;
        }
        TRY_QUERY(place, m_db, QStringLiteral("SELECT 1 FROM libraries WHERE library_id = ? AND pickup_location = 1"),
                  {pickup});
        if (!place.next()) {
            rollback();
            out.messages << QStringLiteral("Point de retrait inconnu : %1.").arg(pickup);
            return out;
        }
        place.finish();
        TRY_QUERY(existing, m_db, QStringLiteral("SELECT 1 FROM holds WHERE patron_id = ? AND biblio_id = ?"),
                  {patronId, biblioId});
        if (existing.next()) {
            rollback();
            out.messages << QStringLiteral("Ce lecteur a déjà une réservation sur ce titre.");
            return out;
        }
        existing.finish();
        TRY_QUERY(last, m_db,
                  QStringLiteral("SELECT coalesce(max(priority), 0) FROM holds WHERE biblio_id = ? AND status IS NULL"),
                  {biblioId});
        last.next();
        out.queuePosition = last.value(0).toInt() + 1;
        last.finish();
        TRY_QUERY(insert, m_db,
                  // Current and old requests share their ids, as Koha's reserves and old_reserves do
                  // (the generated history has its own range, NetworkGenerator::OldHoldIds).
                  QStringLiteral("INSERT INTO holds (hold_id, patron_id, biblio_id, item_id, pickup_library_id, "
                                 "hold_date, priority, status, timestamp, item_level) VALUES (1 + max((SELECT "
                                 "coalesce(max(hold_id), 0) FROM holds), (SELECT coalesce(max(hold_id), 0) FROM "
                                 "old_holds WHERE hold_id < %1)), ?, ?, ?, ?, ?, ?, NULL, ?, ?)")
                      .arg(NetworkGenerator::OldHoldIds),
                  {patronId, biblioId, itemLevel ? QVariant(itemId) : QVariant(), pickup, today(), out.queuePosition,
                   stamp, itemLevel ? 1 : 0});
        Q_UNUSED(insert);
    } else {
        TRY_QUERY(mine, m_db,
                  QStringLiteral("SELECT hold_id, priority, status FROM holds WHERE patron_id = ? AND biblio_id = ? "
                                 "LIMIT 1"),
                  {patronId, biblioId});
        if (!mine.next()) {
            rollback();
            out.messages << QStringLiteral("Aucune réservation de ce lecteur sur ce titre.");
            return out;
        }
        const qint64 holdId = mine.value(0).toLongLong();
        const int priority = mine.value(1).toInt();
        const bool pending = mine.value(2).isNull();
        out.queuePosition = priority;
        mine.finish();
        if (mode == HoldMode::Delete) {
            if (Status retired = retire(holdId, Retire::Cancelled, stamp); !retired.ok()) {
                rollback();
                return retired.error();
            }
            if (pending) {
                if (Status moved = moveQueueUp(biblioId, priority, stamp); !moved.ok()) {
                    rollback();
                    return moved.error();
                }
            }
        } else {
            TRY_QUERY(move, m_db,
                      QStringLiteral("UPDATE holds SET pickup_library_id = ?, timestamp = ? WHERE hold_id = ?"),
                      {pickup, stamp, holdId});
            Q_UNUSED(move);
        }
    }
    if (Status s = commit(); !s.ok())
        return s.error();
    out.ok = true;
    return out;
}

} // namespace comptoir::sandbox
