#include "desk/CaptureService.h"

#include "Clock.h"
#include "Logging.h"
#include "desk/Actions.h"
#include "desk/SlipContext.h"
#include "ils/IlsError.h"
#include "store/CacheStore.h"

#include <QLocale>

namespace comptoir::desk {

namespace {

// The action is in the outbox already; if its new state cannot be written it stays pending and the
// replay settles it (state first, so nothing is applied twice).
void keep(const Status& status)
{
    if (!status.ok())
        qCWarning(lcSync) << "outbox state not updated, left pending:" << status.error().message;
}

} // namespace

CaptureService::CaptureService(Outbox& outbox, CacheStore& cache, ils::Sip2Client& sip, const Clock& clock,
                               const DeskIdentity& desk, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_cache(cache)
    , m_sip(sip)
    , m_clock(clock)
    , m_queries(cache)
    , m_desk(desk)
{
}

QString CaptureService::libraryName(const QString& id)
{
    auto name = m_cache.database().scalar(QStringLiteral("SELECT name FROM libraries WHERE library_id = ?"), {id});
    return name && !name.value().toString().isEmpty() ? name.value().toString() : id;
}

std::pair<QString, QString> CaptureService::itemLabel(const QString& barcode)
{
    auto q =
        m_cache.database().exec(QStringLiteral("SELECT b.title, i.home_library_id FROM items i LEFT JOIN biblios b "
                                               "USING (biblio_id) WHERE i.barcode = ? LIMIT 1"),
                                {barcode});
    std::pair<QString, QString> label;
    if (q && q.value().next())
        label = {q.value().value(0).toString(), q.value().value(1).toString()};
    if (q)
        q.value().finish();
    if (label.first.isEmpty()) {
        // Not a cached item: perhaps a pick-list line's.
        auto pick = m_cache.database().scalar(QStringLiteral("SELECT b.title FROM pick_list p JOIN biblios b USING "
                                                             "(biblio_id) WHERE p.barcode = ? LIMIT 1"),
                                              {barcode});
        if (pick)
            label.first = pick.value().toString();
    }
    return label;
}

void CaptureService::checkin(const QString& barcode, std::function<void(CaptureResult)> done, const QString& source)
{
    if (m_afterVerdict)
        done = [this, barcode, done](CaptureResult result) {
            m_afterVerdict(barcode, result);
            done(result);
        };
    OutboxAction action;
    action.kind = action::Checkin;
    action.payload = QJsonObject{{QStringLiteral("barcode"), barcode}, {QStringLiteral("location"), m_desk.site}};
    if (!source.isEmpty())
        action.payload.insert(QStringLiteral("source"), source);
    action.workstation = m_desk.workstation;
    action.staff = m_desk.staff;
    auto appended = m_outbox.append(action);
    if (!appended) {
        CaptureResult r;
        r.verdict = {VerdictKind::Error, tr("Not recorded"),
                     tr("The check-in could not be saved on this computer: %1").arg(appended.error().message)};
        done(r);
        return;
    }
    const QString uuid = appended.value().uuid;
    m_inFlight.insert(uuid);
    m_sip.checkin(barcode, [this, uuid, barcode, done](Result<sip2::Message> answer) {
        m_inFlight.remove(uuid);
        CaptureResult result;
        if (!answer) {
            const ils::ErrorClass c = ils::errorClass(answer.error());
            if (c == ils::ErrorClass::Transient || c == ils::ErrorClass::Auth) {
                // Offline: the cache decides for now; the replay confirms later. When the answer
                // was lost, the replay asks the item's state before anything is sent again.
                result = provisional(barcode);
                if (ils::Sip2Client::isAnswerLost(answer.error()))
                    result.verdict.detail =
                        tr("The library system's answer was lost: provisional, set it aside; its state is being "
                           "checked.");
                result.actionUuid = uuid;
                result.recorded = true;
                result.secure = true;
                done(result);
                return;
            }
            keep(m_outbox.sendToReview(uuid, answer.error().message));
            result.recorded = true;
            result.actionUuid = uuid;
            result.verdict = {VerdictKind::Error, tr("Refused"), answer.error().message};
            done(result);
            return;
        }
        const ils::CheckinOutcome outcome = ils::CheckinOutcome::from(answer.value());
        logging::addSensitiveTerm(outcome.holdPatronCard);
        logging::addSensitiveTerm(outcome.holdPatronName);
        result = fromOutcome(outcome);
        // The tag's security as the ILS asks (SIP2 10, "resensitize").
        result.secure = outcome.resensitize != ils::CheckinOutcome::Resensitize::No;
        if (outcome.ok && !result.secure) {
            const QString note = tr("The library system asks to leave this item's security as it is: not secured.");
            result.verdict.detail =
                result.verdict.detail.isEmpty() ? note : result.verdict.detail + QStringLiteral(" — ") + note;
        }
        result.recorded = true;
        result.actionUuid = uuid;
        if (outcome.ok)
            keep(m_outbox.acknowledge(uuid));
        else
            keep(m_outbox.sendToReview(uuid, outcome.screenMessages.join(QLatin1Char(' '))));
        if (outcome.ok && outcome.alert.isEmpty())
            reshelveVerdict(barcode, result);
        if (!outcome.ok || outcome.alert != QLatin1String("01")) {
            done(result);
            return;
        }
        bagVerdict(barcode, result);
        // The last pickup day is set by the ILS as the request becomes waiting; a check-in answer
        // does not carry it, item information (17, CM) does.
        m_sip.itemInformation(barcode, [this, result, done](Result<sip2::Message> info) mutable {
            if (info) {
                const QByteArray cm = info.value().field("CM").trimmed();
                result.holdExpires = QDate::fromString(QString::fromLatin1(cm.left(8)), QStringLiteral("yyyyMMdd"));
            }
            holdVerdict(result);
            done(result);
        });
    });
}

void CaptureService::holdVerdict(CaptureResult& result) const
{
    const ils::CheckinOutcome& o = result.outcome;
    result.shelf = shelfPosition(o.holdPatronName, pickupCode(o.holdPatronCard), m_display);
    if (result.verdict.kind != VerdictKind::HoldHere)
        return; // a click & collect bag says which bag instead
    if (!result.shelf.isEmpty())
        result.verdict.title = tr("Hold shelf: %1").arg(result.shelf);
    if (result.holdExpires.isValid())
        result.verdict.detail +=
            QStringLiteral(" — ") + tr("until %1").arg(QLocale().toString(result.holdExpires, QLocale::ShortFormat));
}

void CaptureService::reshelveVerdict(const QString& barcode, CaptureResult& result)
{
    // The call number from the ILS's answer (CS), else the cache; the shelving location from the cache.
    result.callNumber = result.outcome.callNumber;
    auto item = m_cache.database().exec(
        QStringLiteral("SELECT coalesce(callnumber, ''), coalesce(location, '') FROM items WHERE barcode = ? LIMIT 1"),
        {barcode});
    if (item && item.value().next()) {
        if (result.callNumber.isEmpty())
            result.callNumber = item.value().value(0).toString();
        const QString location = item.value().value(1).toString();
        result.locationName = location.isEmpty() ? QString() : m_locationNames.value(location, location);
    }
    if (item)
        item.value().finish();
    QStringList where;
    if (!result.callNumber.isEmpty())
        where << result.callNumber;
    if (!result.locationName.isEmpty())
        where << result.locationName;
    if (where.isEmpty())
        return;
    result.verdict.title = tr("Back to the shelf: %1").arg(where.join(QStringLiteral(" · ")));
}

void CaptureService::bagVerdict(const QString& barcode, CaptureResult& result)
{
    // The request is waiting on the shelf from now on (the cache says so before the next sync), so
    // the bag count here, on the click & collect page and on the hold shelf is one and the same.
    auto marked = m_cache.markWaiting(barcode, result.outcome.holdPatronCard, m_desk.site, m_clock.now().date(),
                                      result.outcome.title);
    if (!marked)
        qCWarning(lcSync) << "capture not noted in the cache:" << marked.error().message;
    // A request that is part of a click & collect order goes into the order's bag: which bag, and
    // how many of its items are gathered (this one included).
    const std::optional<qint64> order = m_queries.orderOf(barcode, result.outcome.holdPatronCard, result.outcome.title);
    if (!order)
        return;
    auto progress = m_queries.orderProgress(*order);
    if (!progress || progress.value().total == 0)
        return;
    const int m = progress.value().total;
    // Not found in the cache (an item it does not know): this one is on its way to the bag too.
    const int n = marked && marked.value() ? progress.value().gathered : std::min(m, progress.value().gathered + 1);
    result.bagOrder = *order;
    result.bagGathered = n;
    result.bagTotal = m;
    result.verdict = {VerdictKind::Bag, tr("Bag %1: %2 of %3").arg(*order).arg(n).arg(m),
                      n == m ? tr("Order complete: close the bag and print its label — %1").arg(result.outcome.title)
                             : tr("Click & collect — %1").arg(result.outcome.title)};
}

CaptureResult CaptureService::fromOutcome(const ils::CheckinOutcome& o)
{
    CaptureResult r;
    r.outcome = o;
    r.destination = o.destination;
    const QString messages = o.screenMessages.join(QLatin1Char(' '));
    if (!o.ok) {
        r.verdict = {VerdictKind::Error, tr("Check-in refused"),
                     messages.isEmpty() ? tr("The library system refused this item.") : messages, help::Refused};
        return r;
    }
    if (o.alert == QLatin1String("01")) {
        r.verdict = {VerdictKind::HoldHere, tr("Hold shelf"),
                     tr("Request for %1 — %2")
                         .arg(displayName(o.holdPatronName, pickupCode(o.holdPatronCard), m_display), o.title)};
    } else if (o.alert == QLatin1String("02")) {
        r.verdict = {VerdictKind::Transit, tr("Transit to %1").arg(libraryName(o.destination)),
                     tr("Requested, to be picked up there — %1").arg(o.title)};
    } else if (o.alert == QLatin1String("04")) {
        r.verdict = {VerdictKind::Transit, tr("Send to %1").arg(libraryName(o.destination)),
                     tr("No request: it goes back to its library — %1").arg(o.title)};
    } else if (o.alert == QLatin1String("99")) {
        r.verdict = {VerdictKind::Warning, tr("Check this item"), messages, help::UnknownBarcode};
    } else {
        r.verdict = {VerdictKind::Reshelve, tr("Back to the shelf"), o.title};
    }
    return r;
}

CaptureResult CaptureService::provisional(const QString& barcode)
{
    CaptureResult r;
    r.provisional = true;
    Database& db = m_cache.database();
    auto item = db.exec(QStringLiteral("SELECT i.item_id, i.home_library_id, b.title FROM items i LEFT JOIN biblios b "
                                       "USING (biblio_id) WHERE i.barcode = ?"),
                        {barcode});
    qint64 itemId = 0;
    QString home, title;
    if (item && item.value().next()) {
        itemId = item.value().value(0).toLongLong();
        home = item.value().value(1).toString();
        title = item.value().value(2).toString();
    }
    if (item)
        item.value().finish();
    // A request this copy serves (in transit, waiting), else the pick list's request for it.
    QString pickup;
    if (itemId) {
        auto hold = db.scalar(QStringLiteral("SELECT pickup_library_id FROM holds WHERE item_id = ? AND status IN "
                                             "('T', 'W', 'P') LIMIT 1"),
                              {itemId});
        if (hold)
            pickup = hold.value().toString();
    }
    if (pickup.isEmpty()) {
        auto pick = db.exec(QStringLiteral("SELECT p.pickup_library_id, b.title FROM pick_list p LEFT JOIN biblios b "
                                           "USING (biblio_id) WHERE p.barcode = ? AND p.site = ? LIMIT 1"),
                            {barcode, m_desk.site});
        if (pick && pick.value().next()) {
            pickup = pick.value().value(0).toString();
            if (title.isEmpty())
                title = pick.value().value(1).toString();
        }
        if (pick)
            pick.value().finish();
    }
    r.destination = pickup.isEmpty() ? home : pickup;
    const QString note = tr("Offline: provisional, set it aside; confirmed when the connection returns.");
    if (!pickup.isEmpty() && pickup == m_desk.site)
        r.verdict = {VerdictKind::Provisional, tr("Probably: hold shelf"), title + QStringLiteral(" — ") + note};
    else if (!pickup.isEmpty())
        r.verdict = {VerdictKind::Provisional, tr("Probably: transit to %1").arg(libraryName(pickup)),
                     title + QStringLiteral(" — ") + note};
    else if (!home.isEmpty() && home != m_desk.site)
        r.verdict = {VerdictKind::Provisional, tr("Probably: send to %1").arg(libraryName(home)),
                     title + QStringLiteral(" — ") + note};
    else if (itemId)
        r.verdict = {VerdictKind::Provisional, tr("Probably: back to the shelf"), title + QStringLiteral(" — ") + note};
    else
        r.verdict = {VerdictKind::Provisional, tr("Unknown here: set it aside"), note, help::UnknownBarcode};
    if (r.verdict.help.isEmpty())
        r.verdict.help = help::Offline;
    return r;
}

} // namespace comptoir::desk
