#include "formation/Course.h"

#include "Logging.h"
#include "desk/PullList.h"
#include "ils/KohaRestClient.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace comptoir::formation {

namespace {

QStringList barcodesOf(const QList<Document>& documents)
{
    QStringList out;
    for (const Document& d : documents)
        out << d.barcode;
    return out;
}

QUrlQuery holdsQuery(const QString& field, const QJsonValue& value)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"),
                   QString::fromUtf8(QJsonDocument(QJsonObject{{field, value}}).toJson(QJsonDocument::Compact)));
    return q;
}

QString statusOf(const QJsonObject& hold)
{
    return hold.value(QStringLiteral("status")).toString(); // null (pending) reads as ""
}

} // namespace

qint64 Attempt::seconds(const QDateTime& now) const
{
    if (!started.isValid())
        return 0;
    return started.secsTo(finished.isValid() ? finished : now);
}

Course::Course(LocalStore& store, ils::KohaRestClient& rest, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_rest(rest)
    , m_clock(clock)
{
}

QString Course::libraryName(const QString& id) const
{
    auto name =
        m_store.cache().database().scalar(QStringLiteral("SELECT name FROM libraries WHERE library_id = ?"), {id});
    return name && !name.value().toString().isEmpty() ? name.value().toString() : id;
}

void Course::setLocations(const QString& deliveryLocation, const QString& lockerBank)
{
    m_deliveryLocation = deliveryLocation;
    m_lockerBank = lockerBank;
}

void Course::prepare(const QList<Exercise>& exercises, const QString& site, const desk::ShelfLayout& layout)
{
    m_site = site;
    m_layout = layout;
    m_attempts.clear();
    m_takenItems.clear();
    m_takenPatrons.clear();
    m_takenHolds.clear();
    for (const Exercise& ex : exercises) {
        Attempt a;
        a.exercise = ex;
        a.subjects = resolve(ex, &a.setupProblem);
        m_attempts << a;
    }
}

Subjects Course::resolve(const Exercise& ex, QString* problem)
{
    Subjects s;
    Database& db = m_store.cache().database();
    const QString today = m_clock.now().date().toString(Qt::ISODate);
    auto titleOf = [&db](qint64 itemId) {
        auto t = db.scalar(QStringLiteral("SELECT b.title FROM items i JOIN biblios b USING (biblio_id) WHERE "
                                          "i.item_id = ?"),
                           {itemId});
        return t ? t.value().toString() : QString();
    };
    auto setPatron = [&](qint64 patronId) {
        s.patronId = patronId;
        m_takenPatrons.insert(patronId);
        if (auto q = db.exec(QStringLiteral("SELECT cardnumber, surname, firstname FROM patrons WHERE patron_id = ?"),
                             {patronId});
            q && q.value().next()) {
            s.patronCard = q.value().value(0).toString();
            s.patronName =
                QString(q.value().value(2).toString() + QLatin1Char(' ') + q.value().value(1).toString()).trimmed();
        }
    };
    // Requests read from the cache as documents: "SELECT hold_id, item_id, pickup, group …".
    auto addHolds = [&](const QString& sql, const QVariantList& binds) {
        auto q = db.exec(sql, binds);
        if (!q)
            return;
        while (q.value().next()) {
            Document d;
            d.holdId = q.value().value(0).toLongLong();
            d.itemId = q.value().value(1).toLongLong();
            d.pickup = q.value().value(2).toString();
            d.order = q.value().value(3).toLongLong();
            d.barcode = q.value().value(4).toString();
            d.title = titleOf(d.itemId);
            m_takenHolds.insert(d.holdId);
            if (d.itemId)
                m_takenItems.insert(d.itemId);
            s.documents << d;
        }
    };
    const QString holdColumns = QStringLiteral("SELECT h.hold_id, h.item_id, h.pickup_library_id, "
                                               "coalesce(h.hold_group_id, 0), i.barcode FROM holds h LEFT JOIN items i "
                                               "ON i.item_id = h.item_id ");
    desk::PullList pull;
    bool pullBuilt = false;
    auto pullList = [&]() -> const desk::PullList& {
        if (!pullBuilt) {
            if (auto built = desk::buildPullList(m_store.cache(), m_site, m_layout))
                pull = built.value();
            pullBuilt = true;
        }
        return pull;
    };
    for (const SetupStep& step : ex.setup) {
        const qsizetype before = s.documents.size();
        // The first patron of a query's first column that no other exercise has taken yet (0: none).
        const auto firstFreePatron = [this](Result<QSqlQuery>& q) -> qint64 {
            while (q && q.value().next())
                if (const qint64 id = q.value().value(0).toLongLong(); !m_takenPatrons.contains(id))
                    return id;
            return 0;
        };
        switch (step.kind) {
        case SetupStep::Kind::PullLines:
        case SetupStep::Kind::ForHoldShelf:
        case SetupStep::Kind::ForShuttle:
        case SetupStep::Kind::ForOrder:
        case SetupStep::Kind::CrateLines:
        case SetupStep::Kind::DeliveryLines: {
            const desk::PullList& list = pullList();
            QString crateDestination;
            qint64 deliveryOrder = -1; // hold_group_id of the order chosen, 0 for one-document orders
            if (step.kind == SetupStep::Kind::DeliveryLines && !m_deliveryLocation.isEmpty()) {
                // The delivery order with the most lines still free here (a one-document order
                // only when none has more).
                QHash<qint64, int> lines;
                for (qsizetype i = 0; i < list.size(); ++i) {
                    const desk::PullLine l = list.at(i);
                    if (l.pickup == m_deliveryLocation && !m_takenItems.contains(l.itemId))
                        ++lines[l.holdGroupId];
                }
                for (auto it = lines.begin(); it != lines.end(); ++it)
                    if (it.key() != 0 && (deliveryOrder < 0 || it.value() > lines.value(deliveryOrder) ||
                                          (it.value() == lines.value(deliveryOrder) && it.key() < deliveryOrder)))
                        deliveryOrder = it.key();
                if (deliveryOrder < 0 || (lines.value(deliveryOrder) < step.count && lines.value(0) >= step.count))
                    deliveryOrder = lines.contains(0) ? 0 : deliveryOrder;
            }
            if (step.kind == SetupStep::Kind::CrateLines) {
                // The other site with the most lines still free: one crate's worth.
                QHash<QString, int> lines;
                for (qsizetype i = 0; i < list.size(); ++i) {
                    const desk::PullLine l = list.at(i);
                    if (l.pickup != m_site && l.pickup != m_deliveryLocation && l.holdGroupId == 0 &&
                        !m_takenItems.contains(l.itemId))
                        ++lines[l.pickup];
                }
                for (auto it = lines.begin(); it != lines.end(); ++it)
                    if (crateDestination.isEmpty() || it.value() > lines.value(crateDestination) ||
                        (it.value() == lines.value(crateDestination) && it.key() < crateDestination))
                        crateDestination = it.key();
            }
            for (qsizetype i = 0; i < list.size() && s.documents.size() - before < step.count; ++i) {
                const desk::PullLine l = list.at(i);
                if (m_takenItems.contains(l.itemId))
                    continue;
                const bool here = l.pickup == m_site;
                // A home delivery document goes into its parcel, never into a shuttle crate.
                const bool delivery = !m_deliveryLocation.isEmpty() && l.pickup == m_deliveryLocation;
                if (delivery && (step.kind == SetupStep::Kind::ForShuttle || step.kind == SetupStep::Kind::CrateLines))
                    continue;
                const bool fits =
                    step.kind == SetupStep::Kind::PullLines ||
                    (step.kind == SetupStep::Kind::ForHoldShelf && here && l.holdGroupId == 0) ||
                    (step.kind == SetupStep::Kind::ForShuttle && !here && l.holdGroupId == 0) ||
                    (step.kind == SetupStep::Kind::ForOrder && here && l.holdGroupId != 0) ||
                    (step.kind == SetupStep::Kind::CrateLines && l.pickup == crateDestination && l.holdGroupId == 0) ||
                    (step.kind == SetupStep::Kind::DeliveryLines && !m_deliveryLocation.isEmpty() &&
                     l.pickup == m_deliveryLocation && l.holdGroupId == deliveryOrder);
                if (!fits)
                    continue;
                m_takenItems.insert(l.itemId);
                s.documents << Document{l.itemId, 0, l.barcode, l.title, l.pickup, l.holdGroupId};
            }
            break;
        }
        case SetupStep::Kind::WaitingPatron: {
            // A patron with one to three requests waiting here, none expired, none of an order.
            auto q = db.exec(QStringLiteral("SELECT patron_id FROM holds WHERE pickup_library_id = ? AND status = 'W' "
                                            "GROUP BY patron_id HAVING count(*) BETWEEN 1 AND 3 AND "
                                            "sum(hold_group_id IS NOT NULL OR expiration_date < ?) = 0 ORDER BY "
                                            "count(*) DESC, patron_id"),
                             {m_site, today});
            const qint64 patron = firstFreePatron(q);
            if (patron) {
                setPatron(patron);
                addHolds(holdColumns + QStringLiteral("WHERE h.patron_id = ? AND h.pickup_library_id = ? AND "
                                                      "h.status = 'W' ORDER BY h.hold_id"),
                         {patron, m_site});
            }
            break;
        }
        case SetupStep::Kind::ReadyOrder: {
            // An order whose every request waits here: handed over as it is.
            auto q = db.exec(QStringLiteral("SELECT hold_group_id, min(patron_id) FROM holds WHERE pickup_library_id = "
                                            "? AND hold_group_id IS NOT NULL GROUP BY hold_group_id HAVING "
                                            "sum(status = 'W' AND expiration_date >= ?) = count(*) ORDER BY "
                                            "hold_group_id"),
                             {m_site, today});
            while (q && q.value().next() && !s.orderId) {
                const qint64 patron = q.value().value(1).toLongLong();
                if (m_takenPatrons.contains(patron))
                    continue;
                s.orderId = q.value().value(0).toLongLong();
                setPatron(patron);
            }
            if (s.orderId)
                addHolds(holdColumns + QStringLiteral("WHERE h.hold_group_id = ? ORDER BY h.hold_id"), {s.orderId});
            break;
        }
        case SetupStep::Kind::PhonePatron: {
            // Three requests here in at least two different states, so the answer is not a guess.
            auto q = db.exec(QStringLiteral("SELECT patron_id FROM holds WHERE pickup_library_id = ? GROUP BY "
                                            "patron_id HAVING count(*) = 3 ORDER BY count(DISTINCT coalesce(status, "
                                            "'')) DESC, patron_id"),
                             {m_site});
            const qint64 patron = firstFreePatron(q);
            if (patron) {
                setPatron(patron);
                addHolds(holdColumns + QStringLiteral("WHERE h.patron_id = ? AND h.pickup_library_id = ? ORDER BY "
                                                      "h.hold_id"),
                         {patron, m_site});
            }
            break;
        }
        case SetupStep::Kind::LockerHolds: {
            // Requests for pickup at the locker bank, arrived there or on their way (the copy known),
            // one per patron: each fills a door of its own.
            if (m_lockerBank.isEmpty())
                break;
            auto q = db.exec(holdColumns + QStringLiteral("WHERE h.pickup_library_id = ? AND h.status IN ('T', 'W') "
                                                          "AND i.barcode IS NOT NULL AND h.hold_group_id IS NULL AND "
                                                          "(h.expiration_date IS NULL OR h.expiration_date >= ?) "
                                                          "ORDER BY h.status DESC, h.hold_id"),
                             {m_lockerBank, today});
            QSet<qint64> patrons;
            while (q && q.value().next() && s.documents.size() - before < step.count) {
                const qint64 hold = q.value().value(0).toLongLong();
                const qint64 item = q.value().value(1).toLongLong();
                auto patron = db.scalar(QStringLiteral("SELECT patron_id FROM holds WHERE hold_id = ?"), {hold});
                const qint64 patronId = patron ? patron.value().toLongLong() : 0;
                if (m_takenHolds.contains(hold) || m_takenItems.contains(item) || patrons.contains(patronId) ||
                    m_takenPatrons.contains(patronId))
                    continue;
                patrons.insert(patronId);
                m_takenHolds.insert(hold);
                m_takenItems.insert(item);
                s.documents << Document{
                    item, hold, q.value().value(4).toString(), titleOf(item), q.value().value(2).toString(), 0};
            }
            break;
        }
        case SetupStep::Kind::ExpiredHolds: {
            auto q = db.exec(holdColumns + QStringLiteral("WHERE h.pickup_library_id = ? AND h.status = 'W' AND "
                                                          "h.expiration_date < ? ORDER BY h.hold_id"),
                             {m_site, today});
            while (q && q.value().next() && s.documents.size() - before < step.count) {
                const qint64 hold = q.value().value(0).toLongLong();
                const qint64 item = q.value().value(1).toLongLong();
                if (m_takenHolds.contains(hold) || m_takenItems.contains(item))
                    continue;
                m_takenHolds.insert(hold);
                m_takenItems.insert(item);
                s.documents << Document{item,
                                        hold,
                                        q.value().value(4).toString(),
                                        titleOf(item),
                                        q.value().value(2).toString(),
                                        q.value().value(3).toLongLong()};
            }
            break;
        }
        }
        const qsizetype found = s.documents.size() - before;
        const bool patronStep = step.kind == SetupStep::Kind::WaitingPatron ||
                                step.kind == SetupStep::Kind::ReadyOrder || step.kind == SetupStep::Kind::PhonePatron;
        if ((patronStep && found == 0) || (!patronStep && found < step.count)) {
            if (problem)
                *problem = tr("The training library has not enough for this exercise (%1 found, %2 needed).")
                               .arg(found)
                               .arg(patronStep ? 1 : step.count);
        }
    }
    return s;
}

void Course::retryMissing()
{
    for (int i = 0; i < m_attempts.size(); ++i) {
        Attempt& a = m_attempts[i];
        if (a.setupProblem.isEmpty() || a.started.isValid())
            continue;
        QString problem;
        Subjects s = resolve(a.exercise, &problem);
        a.subjects = s;
        a.setupProblem = problem;
        Q_EMIT changed(i);
    }
}

void Course::start(int index)
{
    if (!m_attempts.at(index).setupProblem.isEmpty())
        retryMissing();
    Attempt& a = m_attempts[index];
    if (!a.started.isValid())
        a.started = m_clock.now();
    Q_EMIT changed(index);
}

QString Course::nextHint(int index)
{
    Attempt& a = m_attempts[index];
    if (a.hintsTaken >= a.exercise.hints.size())
        return {};
    start(index);
    const QString hint = a.exercise.hints.at(a.hintsTaken++);
    Q_EMIT changed(index);
    return hint;
}

void Course::setAnswer(int index, const QString& answer)
{
    m_attempts[index].answer = answer.trimmed();
}

Result<State> Course::readOutbox()
{
    State st;
    Database& db = m_store.outbox().database();
    auto checkins = db.exec(QStringLiteral("SELECT payload, state FROM actions WHERE kind = 'checkin' AND state != "
                                           "'discarded' ORDER BY id"));
    if (!checkins)
        return checkins.error();
    while (checkins.value().next()) {
        const QString barcode = QJsonDocument::fromJson(checkins.value().value(0).toByteArray())
                                    .object()
                                    .value(QStringLiteral("barcode"))
                                    .toString();
        st.checkins << barcode;
        if (checkins.value().value(1).toString() == QStringLiteral("acknowledged"))
            st.acknowledgedCheckins.insert(barcode);
    }
    auto crates = db.exec(QStringLiteral("SELECT i.barcode, c.destination, c.crate_id, c.state FROM crates c JOIN "
                                         "crate_items i ON i.crate_seq = c.seq WHERE c.direction = 'out' AND "
                                         "i.removed_at IS NULL ORDER BY i.added_at"));
    if (!crates)
        return crates.error();
    while (crates.value().next()) {
        const QString barcode = crates.value().value(0).toString();
        st.crateDestination.insert(barcode, crates.value().value(1).toString());
        st.crateId.insert(barcode, crates.value().value(2).toString());
        st.crateState.insert(barcode, crates.value().value(3).toString());
    }
    auto lockers =
        db.exec(QStringLiteral("SELECT i.barcode, d.label FROM locker_items i JOIN locker_doors d ON d.uuid = "
                               "i.door_uuid WHERE i.state = 'in' AND i.kind = 'hold' AND d.state IN "
                               "('loaded', 'pickup')"));
    if (!lockers)
        return lockers.error();
    while (lockers.value().next())
        st.lockerDoor.insert(lockers.value().value(0).toString(), lockers.value().value(1).toString());
    auto parcels = db.exec(QStringLiteral("SELECT i.barcode FROM delivery_items i JOIN delivery_parcels p ON p.uuid = "
                                          "i.parcel_uuid WHERE i.captured_at IS NOT NULL AND i.barcode IS NOT NULL"));
    if (!parcels)
        return parcels.error();
    while (parcels.value().next())
        st.inParcel.insert(parcels.value().value(0).toString());
    auto collected = db.exec(QStringLiteral("SELECT hold_group_id FROM collected_orders"));
    if (!collected)
        return collected.error();
    while (collected.value().next())
        st.collectedOrders.insert(collected.value().value(0).toLongLong());
    return st;
}

void Course::readIls(const Attempt& attempt, State state, std::function<void(Result<State>)> done)
{
    // The reads one after the other, each adding to the state; the first failure ends it.
    auto st = std::make_shared<State>(std::move(state));
    using Step = std::function<void(std::function<void(Status)>)>;
    QList<Step> steps;
    QJsonArray items, holds;
    for (const Document& d : attempt.subjects.documents) {
        if (d.itemId)
            items.append(d.itemId);
        if (d.holdId)
            holds.append(d.holdId);
    }
    if (!items.isEmpty())
        steps << [this, st, items](std::function<void(Status)> next) {
            m_rest.listAll(QStringLiteral("/holds"), holdsQuery(QStringLiteral("item_id"), items), {},
                           [st, next](Result<QJsonArray> r) {
                               if (!r)
                                   return next(r.status());
                               for (const QJsonValue& v : r.value()) {
                                   const QJsonObject h = v.toObject();
                                   const qint64 item = h.value(QStringLiteral("item_id")).toInteger();
                                   // A request that holds the copy (waiting, in transit) wins over a pending one.
                                   if (!st->itemHoldStatus.value(item).isEmpty() && statusOf(h).isEmpty())
                                       continue;
                                   st->itemHoldStatus.insert(item, statusOf(h));
                                   st->itemHoldPickup.insert(item,
                                                             h.value(QStringLiteral("pickup_library_id")).toString());
                               }
                               next({});
                           });
        };
    if (!holds.isEmpty())
        steps << [this, st, holds](std::function<void(Status)> next) {
            m_rest.listAll(QStringLiteral("/holds"), holdsQuery(QStringLiteral("hold_id"), holds), {},
                           [st, next](Result<QJsonArray> r) {
                               if (!r)
                                   return next(r.status());
                               for (const QJsonValue& v : r.value())
                                   st->holdStatus.insert(v.toObject().value(QStringLiteral("hold_id")).toInteger(),
                                                         statusOf(v.toObject()));
                               next({});
                           });
        };
    bool needsLoans = false, needsOrder = false, needsPatron = false;
    for (const Check& c : attempt.exercise.checks) {
        needsLoans = needsLoans || c.rule == Check::Rule::HandedOver || c.rule == Check::Rule::Cancelled ||
                     c.rule == Check::Rule::OrderHanded;
        needsOrder = needsOrder || c.rule == Check::Rule::OrderHanded;
        needsPatron = needsPatron || c.rule == Check::Rule::Answer;
    }
    if (needsLoans)
        for (const Document& d : attempt.subjects.documents) {
            const qint64 item = d.itemId;
            if (!item)
                continue;
            steps << [this, st, item](std::function<void(Status)> next) {
                m_rest.get(QStringLiteral("/items/%1").arg(item), [st, item, next](Result<QJsonObject> r) {
                    if (!r)
                        return next(r.status());
                    st->checkedOut.insert(item, !r.value().value(QStringLiteral("checked_out_date")).isNull());
                    next({});
                });
            };
        }
    if (needsOrder && attempt.subjects.orderId)
        steps << [this, st, order = attempt.subjects.orderId](std::function<void(Status)> next) {
            m_rest.listAll(QStringLiteral("/holds"), holdsQuery(QStringLiteral("hold_group_id"), order), {},
                           [st, next](Result<QJsonArray> r) {
                               if (!r)
                                   return next(r.status());
                               st->orderHoldsLeft = int(r.value().size());
                               next({});
                           });
        };
    if (needsPatron && attempt.subjects.patronId)
        steps << [this, st, patron = attempt.subjects.patronId](std::function<void(Status)> next) {
            m_rest.listAll(QStringLiteral("/holds"), holdsQuery(QStringLiteral("patron_id"), patron), {},
                           [this, st, next](Result<QJsonArray> r) {
                               if (!r)
                                   return next(r.status());
                               for (const QJsonValue& v : r.value())
                                   if (v.toObject().value(QStringLiteral("pickup_library_id")).toString() == m_site)
                                       st->patronHoldStatuses << statusOf(v.toObject());
                               next({});
                           });
        };
    auto run = std::make_shared<std::function<void(qsizetype)>>();
    *run = [steps, st, done, run](qsizetype i) {
        if (i >= steps.size()) {
            done(*st);
            *run = nullptr; // breaks the cycle
            return;
        }
        steps[i]([st, done, run, i](Status s) {
            if (!s.ok()) {
                done(s.error());
                *run = nullptr;
                return;
            }
            (*run)(i + 1);
        });
    };
    (*run)(0);
}

void Course::check(int index, std::function<void(const QList<CheckOutcome>&)> done)
{
    start(index);
    auto outbox = readOutbox();
    if (!outbox) {
        done({CheckOutcome{false, outbox.error().message, 0}});
        return;
    }
    const Attempt snapshot = m_attempts.at(index);
    readIls(snapshot, outbox.value(), [this, index, done](Result<State> state) {
        QList<CheckOutcome> outcomes;
        Attempt& a = m_attempts[index];
        if (!state) {
            outcomes << CheckOutcome{false, tr("The training library could not be read: %1").arg(state.error().message),
                                     0};
        } else {
            outcomes = evaluate(a, state.value(), m_site, [this](const QString& id) { return libraryName(id); });
            ++a.checksRun;
            int earned = 0;
            bool all = true;
            for (const CheckOutcome& o : outcomes) {
                earned += o.points;
                all = all && o.passed;
            }
            const int total = std::max(1, a.exercise.totalPoints());
            const int score = std::max(0, (100 * earned + total / 2) / total - 10 * a.hintsTaken);
            if (!a.done) {
                a.score = std::max(a.score, score);
                if (all) {
                    a.done = true;
                    a.finished = m_clock.now();
                }
            }
        }
        a.lastOutcomes = outcomes;
        Q_EMIT changed(index);
        done(outcomes);
    });
}

QList<CheckOutcome> Course::evaluate(const Attempt& attempt, const State& state, const QString& site,
                                     const std::function<QString(const QString&)>& libraryName)
{
    QList<CheckOutcome> out;
    const QList<Document>& docs = attempt.subjects.documents;
    for (const Check& check : attempt.exercise.checks) {
        CheckOutcome o;
        QList<Document> failing;
        QString document, where, expected, answer;
        switch (check.rule) {
        case Check::Rule::Captured:
            for (const Document& d : docs) {
                const QString status = state.itemHoldStatus.value(d.itemId);
                if (status != QStringLiteral("W") && status != QStringLiteral("T"))
                    failing << d;
            }
            break;
        case Check::Rule::InOrder: {
            // The documents checked in, in the order they were: each must come after those listed before it.
            QHash<QString, int> rank;
            for (int i = 0; i < docs.size(); ++i)
                rank.insert(docs[i].barcode, i);
            int highest = -1;
            QSet<QString> seen;
            for (const QString& barcode : state.checkins) {
                if (!rank.contains(barcode) || seen.contains(barcode))
                    continue;
                seen.insert(barcode);
                const int r = rank.value(barcode);
                if (r < highest)
                    failing << docs[r];
                highest = std::max(highest, r);
            }
            break;
        }
        case Check::Rule::Routed:
            for (const Document& d : docs) {
                const QString status = state.itemHoldStatus.value(d.itemId);
                const bool routed = state.acknowledgedCheckins.contains(d.barcode) &&
                                    ((status == QStringLiteral("W") && state.itemHoldPickup.value(d.itemId) == site) ||
                                     status == QStringLiteral("T"));
                if (!routed)
                    failing << d;
            }
            break;
        case Check::Rule::RightCrate:
            for (const Document& d : docs) {
                if (d.pickup == site || state.itemHoldStatus.value(d.itemId) != QStringLiteral("T"))
                    continue;
                const QString crate = state.crateDestination.value(d.barcode);
                if (crate != d.pickup) {
                    failing << d;
                    if (document.isEmpty()) {
                        document = d.barcode;
                        where = crate.isEmpty() ? QStringLiteral("—") : libraryName(crate);
                    }
                }
            }
            break;
        case Check::Rule::HandedOver:
            for (const Document& d : docs)
                if (!state.checkedOut.value(d.itemId) || (d.holdId && state.holdStatus.contains(d.holdId)))
                    failing << d;
            break;
        case Check::Rule::OrderHanded:
            for (const Document& d : docs)
                if (!state.checkedOut.value(d.itemId))
                    failing << d;
            if (failing.isEmpty() &&
                (state.orderHoldsLeft > 0 || !state.collectedOrders.contains(attempt.subjects.orderId)))
                failing = docs; // filled in the library system, but not recorded as collected here
            break;
        case Check::Rule::Cancelled:
            for (const Document& d : docs)
                if (state.holdStatus.contains(d.holdId))
                    failing << d;
            break;
        case Check::Rule::Answer: {
            int truth = 0;
            for (const QString& status : state.patronHoldStatuses) {
                const Question::Expected e = attempt.exercise.question.expected;
                truth += (e == Question::Expected::Waiting && status == QStringLiteral("W")) ||
                         (e == Question::Expected::InTransit && status == QStringLiteral("T")) ||
                         (e == Question::Expected::Pending && status.isEmpty());
            }
            expected = QString::number(truth);
            answer = attempt.answer.isEmpty() ? QStringLiteral("—") : attempt.answer;
            bool ok = false;
            const int given = attempt.answer.toInt(&ok);
            if (!ok || given != truth)
                failing = {docs.isEmpty() ? Document{} : docs.first()};
            break;
        }
        case Check::Rule::InLocker:
            // In a loaded door here, and checked in at the bank in the library system: waiting there.
            for (const Document& d : docs)
                if (!state.lockerDoor.contains(d.barcode) ||
                    state.itemHoldStatus.value(d.itemId) != QStringLiteral("W") ||
                    state.itemHoldPickup.value(d.itemId) != d.pickup)
                    failing << d;
            break;
        case Check::Rule::InParcel:
            for (const Document& d : docs)
                if (!state.inParcel.contains(d.barcode))
                    failing << d;
            break;
        case Check::Rule::CrateSealed: {
            QString crate;
            for (const Document& d : docs) {
                const QString id = state.crateId.value(d.barcode);
                if (crate.isEmpty())
                    crate = id;
                if (id.isEmpty() || id != crate || state.crateState.value(d.barcode) != QStringLiteral("sealed"))
                    failing << d;
            }
            break;
        }
        }
        if (docs.isEmpty() && check.rule != Check::Rule::Answer)
            failing = {Document{}}; // nothing to do means the network lacked it: never a pass
        o.passed = failing.isEmpty();
        o.points = o.passed ? check.points : 0;
        if (!o.passed) {
            if (document.isEmpty() && !failing.isEmpty())
                document = failing.first().barcode;
            if (where.isEmpty() && !failing.isEmpty())
                where = libraryName(failing.first().pickup);
            o.message = fillMessage(check, int(failing.size()), barcodesOf(failing), document, where, expected, answer);
        }
        out << o;
    }
    return out;
}

} // namespace comptoir::formation
