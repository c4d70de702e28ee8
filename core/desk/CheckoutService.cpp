#include "desk/CheckoutService.h"

#include "Logging.h"
#include "desk/Actions.h"
#include "ils/IlsError.h"

namespace comptoir::desk {

CheckoutService::CheckoutService(Outbox& outbox, ils::Sip2Client& sip, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_sip(sip)
{
}

CancelReport CheckoutService::cancelExpired(Outbox& outbox, const QList<ShelfHold>& expired, const QString& workstation,
                                            const QString& staff)
{
    CancelReport report;
    for (const ShelfHold& hold : expired) {
        OutboxAction action;
        action.kind = action::CancelHold;
        action.payload = QJsonObject{{QStringLiteral("hold_id"), hold.holdId},
                                     {QStringLiteral("barcode"), hold.barcode},
                                     {QStringLiteral("reason"), QStringLiteral("expired")}};
        action.workstation = workstation;
        action.staff = staff;
        if (auto appended = outbox.append(action); !appended) {
            report.status = appended.status();
            break;
        }
        report.recorded << hold.holdId;
    }
    return report;
}

void CheckoutService::setDesk(const QString& workstation, const QString& staff)
{
    m_workstation = workstation;
    m_staff = staff;
}

void CheckoutService::checkout(const QString& card, const QString& barcode, std::function<void(CheckoutResult)> done)
{
    logging::addSensitiveTerm(card); // never in the log from now on
    OutboxAction action;
    action.kind = action::Checkout;
    action.payload = QJsonObject{{QStringLiteral("card"), card}, {QStringLiteral("barcode"), barcode}};
    action.workstation = m_workstation;
    action.staff = m_staff;
    auto appended = m_outbox.append(action);
    if (!appended) {
        CheckoutResult r;
        r.verdict = {VerdictKind::Error, tr("Not recorded"),
                     tr("The checkout could not be saved on this computer: %1").arg(appended.error().message)};
        done(r);
        return;
    }
    const QString uuid = appended.value().uuid;
    m_inFlight.insert(uuid);
    m_sip.checkout(card, barcode, [this, uuid, done](Result<sip2::Message> answer) {
        m_inFlight.remove(uuid);
        CheckoutResult r;
        r.actionUuid = uuid;
        if (!answer) {
            const ils::ErrorClass c = ils::errorClass(answer.error());
            if (c == ils::ErrorClass::Transient || c == ils::ErrorClass::Auth) {
                r.ok = true;
                r.provisional = true;
                r.verdict = {VerdictKind::Provisional, tr("Lent (offline)"),
                             ils::Sip2Client::isAnswerLost(answer.error())
                                 ? tr("The library system's answer was lost: recorded here; its loans are checked "
                                      "before anything is sent again.")
                                 : tr("Recorded here; sent to the library system when it answers.")};
            } else {
                if (Status s = m_outbox.sendToReview(uuid, answer.error().message); !s.ok())
                    qCWarning(lcSync) << s.error().message;
                r.verdict = {VerdictKind::Error, tr("Checkout refused"), answer.error().message};
            }
            done(r);
            return;
        }
        const ils::CheckoutOutcome o = ils::CheckoutOutcome::from(answer.value());
        Status written;
        if (o.ok) {
            r.ok = true;
            r.due = o.due;
            r.verdict = {VerdictKind::Success, tr("Lent"),
                         o.due.isValid()
                             ? tr("%1 — due %2").arg(o.title, QLocale().toString(o.due, QLocale::ShortFormat))
                             : o.title};
            written = m_outbox.acknowledge(uuid);
        } else {
            const QString reason = o.screenMessages.join(QLatin1Char(' '));
            r.verdict = {VerdictKind::Error, tr("Checkout refused"),
                         reason.isEmpty() ? tr("The library system refused this checkout.") : reason};
            written = m_outbox.sendToReview(uuid, reason);
        }
        if (!written.ok())
            qCWarning(lcSync) << "outbox state not updated, left pending:" << written.error().message;
        done(r);
    });
}

} // namespace comptoir::desk
