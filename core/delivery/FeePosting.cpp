#include "delivery/FeePosting.h"

#include "Logging.h"
#include "delivery/DeliveryService.h"
#include "ils/KohaRestClient.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <memory>

namespace comptoir::delivery {

// ---- DeliveryService: what is due, what was posted (the event log)

Result<QList<FeeDue>> DeliveryService::feesDue()
{
    auto q = m_outbox.database().exec(QStringLiteral(
        "SELECT p.uuid, p.number, o.patron_id, p.fee_cents, p.round_date FROM delivery_parcels p JOIN "
        "delivery_orders o ON o.uuid = p.order_uuid WHERE p.state IN ('delivered', 'absent') AND p.fee_cents > 0 "
        "AND NOT EXISTS (SELECT 1 FROM delivery_events e WHERE e.entity = 'parcel' AND e.entity_uuid = p.uuid AND "
        "e.event = 'fee_posted') ORDER BY p.round_date, p.number"));
    if (!q)
        return q.error();
    QList<FeeDue> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        FeeDue d;
        d.parcelUuid = r.value(0).toString();
        d.barcode = Parcel::barcodeFor(r.value(1).toInt());
        d.patronId = r.value(2).toLongLong();
        d.cents = r.value(3).toInt();
        d.round = QDate::fromString(r.value(4).toString(), Qt::ISODate);
        d.library = m_site;
        out.append(d);
    }
    return out;
}

Status DeliveryService::recordFeePosted(const QString& parcelUuid, qint64 accountLineId, int cents, bool found)
{
    const Status s = event(QStringLiteral("parcel"), parcelUuid, QStringLiteral("fee_posted"),
                           {{QStringLiteral("account_line_id"), accountLineId},
                            {QStringLiteral("cents"), cents},
                            {QStringLiteral("found"), found}});
    if (s.ok())
        Q_EMIT changed();
    return s;
}

// ---- FeePoster

FeePoster::FeePoster(DeliveryService& service, ils::KohaRestClient& rest, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_rest(rest)
{
}

QString FeePoster::markFor(const QString& parcelUuid)
{
    return QStringLiteral("comptoir-parcel:") + parcelUuid;
}

void FeePoster::post(const FeeDue& due, std::function<void(FeeReport)> done)
{
    const QString path = QStringLiteral("/patrons/%1/account/debits").arg(due.patronId);
    const QString mark = markFor(due.parcelUuid);
    auto fail = [due, done](const QString& why) {
        FeeReport r;
        r.failed << due.barcode + QStringLiteral(": ") + why;
        done(r);
    };
    // 1. The account first: an earlier POST may have been made with its answer lost.
    m_rest.listAll(path, {}, {}, [this, due, path, mark, done, fail](Result<QJsonArray> debits) {
        if (!debits) {
            fail(debits.error().message);
            return;
        }
        for (const QJsonValue& v : debits.value()) {
            const QJsonObject debit = v.toObject();
            if (debit.value(QLatin1String("internal_note")).toString() != mark)
                continue;
            FeeReport r;
            if (Status s = m_service.recordFeePosted(
                    due.parcelUuid, debit.value(QLatin1String("account_line_id")).toInteger(), due.cents, true);
                !s.ok())
                r.failed << due.barcode + QStringLiteral(": ") + s.error().message;
            else
                r.alreadyThere = 1;
            done(r);
            return;
        }
        // 2. Not there: post it, marked.
        QJsonObject body{
            {QStringLiteral("amount"), due.cents / 100.0},
            {QStringLiteral("type"), m_debitType},
            {QStringLiteral("description"),
             tr("Home delivery, parcel %1 of %2").arg(due.barcode, due.round.toString(Qt::ISODate))},
            {QStringLiteral("internal_note"), mark},
        };
        if (!due.library.isEmpty())
            body.insert(QStringLiteral("library_id"), due.library);
        m_rest.post(path, body, [this, due, done, fail](Result<QJsonObject> debit) {
            if (!debit) {
                fail(debit.error().message);
                return;
            }
            FeeReport r;
            if (Status s = m_service.recordFeePosted(due.parcelUuid,
                                                     debit.value().value(QLatin1String("account_line_id")).toInteger(),
                                                     due.cents, false);
                !s.ok())
                r.failed << due.barcode + QStringLiteral(": ") + s.error().message;
            else
                r.posted = 1;
            done(r);
        });
    });
}

void FeePoster::setAutomatic(bool on)
{
    disconnect(m_watch);
    if (on) {
        m_watch = connect(&m_service, &DeliveryService::changed, this, &FeePoster::runAgain, Qt::QueuedConnection);
        runAgain();
    }
}

void FeePoster::runAgain()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    auto due = m_service.feesDue();
    if (!due || due.value().isEmpty())
        return;
    m_busy = true;
    m_again = false;
    postDue([this](Result<FeeReport> r) {
        m_busy = false;
        if (r) {
            if (!r.value().failed.isEmpty())
                qCInfo(lcIls) << "delivery fees not posted:" << r.value().failed;
            Q_EMIT ran(r.value());
        }
        // A failure is tried again at the next change, not in a loop.
        if (m_again && r && r.value().failed.isEmpty())
            runAgain();
    });
}

void FeePoster::postDue(std::function<void(Result<FeeReport>)> done)
{
    auto due = m_service.feesDue();
    if (!due) {
        done(due.error());
        return;
    }
    struct State
    {
        QList<FeeDue> due;
        int next = 0;
        FeeReport report;
        std::function<void()> step;
    };
    auto state = std::make_shared<State>();
    state->due = due.value();
    std::weak_ptr<State> weak = state;
    state->step = [this, weak, done]() {
        auto s = weak.lock();
        if (!s)
            return;
        if (s->next >= s->due.size()) {
            const FeeReport report = s->report;
            s->step = nullptr; // breaks the cycle: the state goes with the last callback
            done(report);
            return;
        }
        const FeeDue d = s->due[s->next++];
        post(d, [s](FeeReport r) {
            s->report.posted += r.posted;
            s->report.alreadyThere += r.alreadyThere;
            s->report.failed += r.failed;
            auto step = s->step;
            step();
        });
    };
    auto step = state->step;
    step();
}

} // namespace comptoir::delivery
