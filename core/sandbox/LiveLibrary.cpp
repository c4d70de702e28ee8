#include "sandbox/LiveLibrary.h"

#include "Logging.h"
#include "sandbox/Circulation.h"
#include "sandbox/SandboxControl.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace comptoir::sandbox {

namespace {

// One row of a query, or nothing.
QVariantList row(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    QVariantList out;
    if (q.exec() && q.next())
        for (int i = 0; i < q.record().count(); ++i)
            out << q.value(i);
    return out;
}

} // namespace

LiveLibrary::LiveLibrary(Circulation& circulation, SandboxClock& clock, quint64 seed)
    : m_circulation(circulation)
    , m_clock(clock)
    , m_random(seed ^ 0x9e3779b97f4a7c15ULL)
{
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        if (m_lastTick > 0)
            m_due += double(now - m_lastTick) / 3600000.0 * EventsPerHour;
        m_lastTick = now;
        const int events = int(m_due);
        if (events > 0) {
            m_due -= events;
            step(std::min(events, 50));
        }
    });
}

void LiveLibrary::start(int intervalMs)
{
    m_lastTick = m_clock.now().toMSecsSinceEpoch();
    m_timer.start(intervalMs);
}

int LiveLibrary::step(int events)
{
    int happened = 0;
    for (int i = 0; i < events; ++i) {
        // Weights per hundred events.
        const int roll = below(100);
        bool done = false;
        if (roll < 40)
            done = newRequest();
        else if (roll < 55)
            done = capture();
        else if (roll < 67)
            done = arrival();
        else if (roll < 85)
            done = pickup();
        else
            done = giveBack();
        happened += done ? 1 : 0;
    }
    if (happened > 0)
        qCDebug(lcIls) << "live mode:" << happened << "events";
    return happened;
}

bool LiveLibrary::newRequest()
{
    const QSqlDatabase db = m_circulation.database();
    const QVariantList max = row(db, QStringLiteral("SELECT (SELECT max(patron_id) FROM patrons), (SELECT "
                                                    "max(item_id) FROM items)"));
    if (max.size() < 2 || max[0].isNull() || max[1].isNull())
        return false;
    const QVariantList patron = row(db,
                                    QStringLiteral("SELECT cardnumber, library_id FROM patrons WHERE patron_id = ? "
                                                   "AND restricted = 0"),
                                    {1 + below(max[0].toInt())});
    const QVariantList item =
        row(db, QStringLiteral("SELECT external_id FROM items WHERE item_id = ? AND withdrawn = 0"),
            {1 + below(max[1].toInt())});
    if (patron.isEmpty() || item.isEmpty())
        return false;
    QString pickup = patron[1].toString();
    if (below(100) < 25) {
        const auto libraries = m_circulation.libraries();
        pickup = libraries[below(int(libraries.size()))].id;
    }
    auto result = m_circulation.hold(Circulation::HoldMode::Add, patron[0].toString(), item[0].toString(), pickup,
                                     below(100) < 10);
    const bool ok = result && result.value().ok;
    m_counts.requests += ok ? 1 : 0;
    return ok;
}

bool LiveLibrary::capture()
{
    // Another counter finds a copy on its shelves for a pending request.
    const QSqlDatabase db = m_circulation.database();
    const QVariantList pending = row(db, QStringLiteral("SELECT biblio_id FROM holds WHERE status IS NULL AND priority "
                                                        "= 1 ORDER BY random() LIMIT 1"));
    if (pending.isEmpty())
        return false;
    const QVariantList copy =
        row(db,
            QStringLiteral(
                "SELECT external_id, holding_library_id FROM items WHERE biblio_id = ? AND checked_out_patron_id "
                "IS NULL AND withdrawn = 0 AND lost_status = 0 AND not_for_loan_status = 0 AND item_id NOT IN "
                "(SELECT item_id FROM holds WHERE item_id IS NOT NULL AND status IS NOT NULL) LIMIT 1"),
            {pending[0]});
    if (copy.isEmpty())
        return false;
    auto result = m_circulation.checkin(copy[0].toString(), copy[1].toString());
    const bool ok = result && result.value().holdId != 0;
    m_counts.captures += ok ? 1 : 0;
    return ok;
}

bool LiveLibrary::arrival()
{
    const QSqlDatabase db = m_circulation.database();
    const QVariantList transit = row(db, QStringLiteral("SELECT i.external_id, h.pickup_library_id FROM holds h JOIN "
                                                        "items i ON i.item_id = h.item_id WHERE h.status = 'T' ORDER "
                                                        "BY random() LIMIT 1"));
    if (transit.isEmpty())
        return false;
    auto result = m_circulation.checkin(transit[0].toString(), transit[1].toString());
    const bool ok = result && result.value().ok;
    m_counts.arrivals += ok ? 1 : 0;
    return ok;
}

bool LiveLibrary::pickup()
{
    const QSqlDatabase db = m_circulation.database();
    const QVariantList waiting =
        row(db,
            QStringLiteral("SELECT p.cardnumber, i.external_id, h.pickup_library_id FROM holds h JOIN patrons p "
                           "USING (patron_id) JOIN items i ON i.item_id = h.item_id WHERE h.status = 'W' AND "
                           "h.expiration_date >= ? AND p.restricted = 0 ORDER BY random() LIMIT 1"),
            {m_clock.today().toString(Qt::ISODate)});
    if (waiting.isEmpty())
        return false;
    auto result = m_circulation.checkout(waiting[0].toString(), waiting[1].toString(), waiting[2].toString());
    const bool ok = result && result.value().ok;
    m_counts.pickups += ok ? 1 : 0;
    return ok;
}

bool LiveLibrary::giveBack()
{
    const QSqlDatabase db = m_circulation.database();
    const QVariantList loan = row(db, QStringLiteral("SELECT external_id, holding_library_id FROM items WHERE "
                                                     "checked_out_patron_id IS NOT NULL ORDER BY random() LIMIT 1"));
    if (loan.isEmpty())
        return false;
    auto result = m_circulation.checkin(loan[0].toString(), loan[1].toString());
    const bool ok = result && result.value().ok;
    m_counts.returns += ok ? 1 : 0;
    return ok;
}

} // namespace comptoir::sandbox
