#include "desk/Replayer.h"

#include "Logging.h"
#include "desk/Actions.h"
#include "desk/HoldPlacement.h"
#include "ils/KohaRestClient.h"
#include "ils/Sip2Client.h"

namespace comptoir::desk {

using ils::ErrorClass;

Replayer::Replayer(Outbox& outbox, ils::Sip2Client& sip, ils::KohaRestClient* rest, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_sip(sip)
    , m_rest(rest)
{
}

void Replayer::replay()
{
    if (m_running)
        return;
    auto pending = m_outbox.list(OutboxAction::State::Pending);
    m_report = {};
    if (!pending) {
        m_report.status = pending.status();
        Q_EMIT finished(m_report);
        return;
    }
    m_todo = pending.value(); // oldest first
    m_index = 0;
    m_skipped = 0;
    m_running = true;
    qCInfo(lcSync) << "replaying" << m_todo.size() << "pending actions";
    next();
}

void Replayer::next()
{
    if (m_index >= m_todo.size()) {
        stop({});
        return;
    }
    Q_EMIT progress(m_index, int(m_todo.size()));
    const OutboxAction& action = m_todo[m_index];
    if (m_inFlight && m_inFlight(action.uuid)) {
        // The desk sent it a moment ago and waits for the answer: never a second copy from here.
        ++m_skipped;
        ++m_index;
        next();
        return;
    }
    if (action.kind == action::Checkin || action.kind == action::Checkout) {
        auto superseded = m_outbox.supersededByLater(action);
        if (!superseded) {
            stop(superseded.status());
            return;
        }
        if (superseded.value()) {
            // A later action on this item reached the ILS: the item is where that one left it.
            done(action, {}, true, QStringLiteral("superseded by a later action on the same item"));
            return;
        }
    }
    if (action.kind == action::Checkin)
        replayCheckin(action);
    else if (action.kind == action::Checkout)
        replayCheckout(action);
    else if (action.kind == action::CancelHold)
        replayCancel(action);
    else if (action.kind == action::PlaceHold)
        replayPlaceHold(action);
    else if (action.kind == action::NotFound)
        // Koha has no API for "not found on the shelf": it stays in Comptoir's own report.
        done(action, {}, false);
    else
        done(action, Error{QStringLiteral("replay.unknown"), tr("Unknown action: %1").arg(action.kind)}, false);
}

void Replayer::done(const OutboxAction& action, Status outcome, bool alreadyApplied, const QString& why)
{
    if (!outcome.ok() && outcome.error().code.startsWith(QLatin1String("ils.")) &&
        (ils::errorClass(outcome.error()) == ErrorClass::Transient ||
         ils::errorClass(outcome.error()) == ErrorClass::Auth)) {
        // The ILS went away again, or refuses our credentials: keep this and the rest pending.
        stop(outcome);
        return;
    }
    Status written;
    if (outcome.ok()) {
        written = m_outbox.acknowledge(action.uuid, !why.isEmpty()   ? why
                                                    : alreadyApplied ? QStringLiteral("already applied")
                                                                     : QString());
        ++(alreadyApplied ? m_report.alreadyApplied : m_report.applied);
    } else {
        written = m_outbox.sendToReview(action.uuid, outcome.error().message);
        ++m_report.review;
    }
    if (!written.ok()) {
        stop(written);
        return;
    }
    ++m_index;
    next();
}

void Replayer::stop(Status status)
{
    m_report.status = status;
    m_report.remaining = int(m_todo.size()) - m_index + m_skipped;
    m_running = false;
    m_todo.clear();
    qCInfo(lcSync) << "replay:" << m_report.applied << "applied," << m_report.alreadyApplied << "already applied,"
                   << m_report.review << "to review," << m_report.remaining << "remaining";
    Q_EMIT finished(m_report);
}

void Replayer::replayCheckin(const OutboxAction& action)
{
    const QString barcode = action.payload.value(QStringLiteral("barcode")).toString();
    const QString location = action.payload.value(QStringLiteral("location")).toString(m_location);
    m_sip.itemInformation(barcode, [this, action, barcode, location](Result<sip2::Message> info) {
        if (!info) {
            done(action, info.status(), false);
            return;
        }
        const sip2::Message& m = info.value();
        const QByteArray status = m.fixed.left(2);
        const QString at = QString::fromUtf8(m.field("AP"));
        const QString to = QString::fromUtf8(m.field("CT"));
        // Already captured (waiting, or on its way elsewhere), or already back on this library's shelf.
        // (An item on this shelf that requests wait for is not: the check-in must capture it.)
        const bool applied = status == "08" || (status == "10" && to != location) ||
                             (status == "03" && at == location && m.field("CF").toInt() == 0);
        if (applied) {
            done(action, {}, true);
            return;
        }
        // At the action's own location: a locker bank's check-in is replayed at the bank.
        m_sip.checkin(barcode, location, [this, action](Result<sip2::Message> answer) {
            if (!answer) {
                done(action, answer.status(), false);
                return;
            }
            const ils::CheckinOutcome outcome = ils::CheckinOutcome::from(answer.value());
            if (outcome.ok)
                done(action, {}, false);
            else
                done(action,
                     ils::makeError(ErrorClass::Conflict, QStringLiteral("refused"),
                                    outcome.screenMessages.isEmpty() ? tr("Check-in refused by the library system")
                                                                     : outcome.screenMessages.join(QLatin1Char(' '))),
                     false);
        });
    });
}

void Replayer::replayCheckout(const OutboxAction& action)
{
    const QString card = action.payload.value(QStringLiteral("card")).toString();
    const QString barcode = action.payload.value(QStringLiteral("barcode")).toString();
    m_sip.patronInformation(card, 2, [this, action, card, barcode](Result<sip2::Message> info) {
        if (!info) {
            done(action, info.status(), false);
            return;
        }
        if (info.value().fieldAll("AU").contains(barcode.toUtf8())) {
            done(action, {}, true);
            return;
        }
        m_sip.checkout(card, barcode, [this, action](Result<sip2::Message> answer) {
            if (!answer) {
                done(action, answer.status(), false);
                return;
            }
            const ils::CheckoutOutcome outcome = ils::CheckoutOutcome::from(answer.value());
            if (outcome.ok)
                done(action, {}, false);
            else
                done(action,
                     ils::makeError(ErrorClass::Conflict, QStringLiteral("refused"),
                                    outcome.screenMessages.isEmpty() ? tr("Checkout refused by the library system")
                                                                     : outcome.screenMessages.join(QLatin1Char(' '))),
                     false);
        });
    });
}

void Replayer::replayCancel(const OutboxAction& action)
{
    if (!m_rest) {
        done(action, Error{QStringLiteral("replay.unsupported"), tr("This library system cannot cancel requests")},
             false);
        return;
    }
    const qint64 id = action.payload.value(QStringLiteral("hold_id")).toInteger();
    m_rest->remove(QStringLiteral("/holds/%1").arg(id), [this, action](Status status) {
        if (!status.ok() && ils::errorClass(status.error()) == ErrorClass::Conflict)
            done(action, {}, true); // already gone
        else
            done(action, status, false);
    });
}

void Replayer::replayPlaceHold(const OutboxAction& action)
{
    const QString card = action.payload.value(QStringLiteral("card")).toString();
    const QString barcode = action.payload.value(QStringLiteral("barcode")).toString();
    const QString pickup = action.payload.value(QStringLiteral("pickup")).toString();
    const QString institution = action.payload.value(QStringLiteral("institution")).toString();
    // State first: a copy with a request on it already (hold queue, CF) got this one.
    m_sip.itemInformation(barcode, [this, action, card, barcode, pickup, institution](Result<sip2::Message> info) {
        if (!info) {
            done(action, info.status(), false);
            return;
        }
        if (info.value().field("CF").trimmed().toInt() > 0) {
            done(action, {}, true);
            return;
        }
        sendHold(m_sip, institution, card, barcode, pickup, [this, action](Status s) { done(action, s, false); });
    });
}

} // namespace comptoir::desk
