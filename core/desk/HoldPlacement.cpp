#include "desk/HoldPlacement.h"

#include "Logging.h"
#include "desk/Actions.h"
#include "ils/IlsError.h"
#include "ils/Sip2Client.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QDateTime>

namespace comptoir::desk {

void sendHold(ils::Sip2Client& sip, const QString& institution, const QString& card, const QString& barcode,
              const QString& pickup, std::function<void(Status)> done)
{
    // Fixed part: hold mode, transaction date (18: yyyyMMddZZZZHHmmss, local time, no zone).
    const QByteArray fixed =
        "+" + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd    HHmmss")).toLatin1();
    sip.request("15", fixed,
                {{"BS", pickup.toUtf8()},
                 {"BY", "3"},
                 {"AO", institution.toUtf8()},
                 {"AA", card.toUtf8()},
                 {"AB", barcode.toUtf8()},
                 {"AC", {}}},
                [done](Result<sip2::Message> answer) {
                    if (!answer) {
                        done(answer.status());
                        return;
                    }
                    if (answer.value().fixed.startsWith('1')) {
                        done({});
                        return;
                    }
                    const QString why = QString::fromUtf8(answer.value().fieldAll("AF").join(' '));
                    done(ils::makeError(ils::ErrorClass::Conflict, QStringLiteral("refused"),
                                        why.isEmpty()
                                            ? QCoreApplication::translate("comptoir::desk::HoldPlacement",
                                                                          "Request refused by the library system")
                                            : why));
                });
}

void placeHold(Outbox& outbox, ils::Sip2Client& sip, const QString& workstation, const QString& staff,
               const QString& institution, const QString& card, const QString& barcode, const QString& pickup,
               std::function<void(bool, bool, const QString&)> done)
{
    logging::addSensitiveTerm(card);
    OutboxAction action;
    action.kind = action::PlaceHold;
    action.payload = QJsonObject{{QStringLiteral("card"), card},
                                 {QStringLiteral("barcode"), barcode},
                                 {QStringLiteral("pickup"), pickup},
                                 {QStringLiteral("institution"), institution}};
    action.workstation = workstation;
    action.staff = staff;
    auto appended = outbox.append(action);
    if (!appended) {
        done(false, false, appended.error().message);
        return;
    }
    const QString uuid = appended.value().uuid;
    sendHold(sip, institution, card, barcode, pickup, [&outbox, uuid, done](Status s) {
        if (s.ok()) {
            if (Status a = outbox.acknowledge(uuid); !a.ok())
                qCWarning(lcSync) << "outbox state not updated, left pending:" << a.error().message;
            done(true, false, {});
            return;
        }
        const ils::ErrorClass c = ils::errorClass(s.error());
        if (c == ils::ErrorClass::Transient || c == ils::ErrorClass::Auth) {
            done(true, true, s.error().message); // pending: the replay sends it
            return;
        }
        if (Status r = outbox.sendToReview(uuid, s.error().message); !r.ok())
            qCWarning(lcSync) << r.error().message;
        done(false, false, s.error().message);
    });
}

} // namespace comptoir::desk
