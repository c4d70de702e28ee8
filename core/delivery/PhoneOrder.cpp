#include "delivery/PhoneOrder.h"

#include "Clock.h"
#include "delivery/DeliveryService.h"
#include "ils/KohaRestClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>

#include <memory>

namespace comptoir::delivery {

namespace {

QString text(const QJsonValue& v)
{
    return v.isString() ? v.toString() : QString();
}

} // namespace

bool PhoneQuote::canPlace() const
{
    if (!eligibility.ok || items.isEmpty() || !round.isValid())
        return false;
    for (const PhoneItem& i : items)
        if (!i.problem.isEmpty())
            return false;
    return true;
}

QString PhoneQuote::patronName() const
{
    return QStringList{surname.toUpper(), firstname}.join(QLatin1Char(' ')).simplified();
}

QString PhoneQuote::roundText() const
{
    const QString day = QLocale().toString(round, QStringLiteral("dddd d MMMM"));
    const QString when = beforeCutoff
                             ? QCoreApplication::translate("delivery", "ordered before the %1 cut-off: %2 min left")
                                   .arg(cutoff.toString(QStringLiteral("HH:mm")))
                                   .arg(minutesToCutoff)
                             : QCoreApplication::translate("delivery", "after the %1 cut-off: the next round")
                                   .arg(cutoff.toString(QStringLiteral("HH:mm")));
    return QCoreApplication::translate("delivery", "Delivered %1, %2 (%3). %4 a parcel.")
        .arg(day, window, when, euros(feeCents));
}

PhoneOrders::PhoneOrders(ils::KohaRestClient& rest, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
    , m_clock(clock)
{
}

PhoneQuote PhoneOrders::requote(PhoneQuote q) const
{
    q.at = m_clock.now();
    const QDateTime local = q.at.toLocalTime();
    q.cutoff = m_config.cutoff;
    q.beforeCutoff = local.time() < m_config.cutoff;
    q.minutesToCutoff = q.beforeCutoff ? int((local.time().secsTo(m_config.cutoff) + 59) / 60) : 0;
    q.round = m_config.roundFor(q.at);
    q.window = m_config.windowText();
    q.feeCents = m_config.feeCents;
    q.eligibility = m_config.eligible(q.address, q.category);
    if (!m_config.enabled())
        q.eligibility = {false, tr("Home delivery is not set up at this counter (Settings > Home delivery).")};
    return q;
}

void PhoneOrders::quote(qint64 patronId, const QStringList& barcodes, std::function<void(Result<PhoneQuote>)> done)
{
    auto quote = std::make_shared<PhoneQuote>();
    quote->patronId = patronId;
    auto remaining = std::make_shared<QStringList>();
    for (const QString& b : barcodes)
        if (!b.trimmed().isEmpty() && !remaining->contains(b.trimmed()))
            remaining->append(b.trimmed());
    auto next = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakNext = next;
    *next = [this, quote, remaining, weakNext, done]() {
        if (remaining->isEmpty()) {
            done(requote(*quote));
            return;
        }
        const QString barcode = remaining->takeFirst();
        auto self = weakNext.lock(); // held by the answer's callback until it comes
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("external_id"), barcode);
        m_rest.listAll(QStringLiteral("/items"), query, {QStringLiteral("biblio")},
                       [this, quote, barcode, self, done](Result<QJsonArray> found) {
                           if (!found) {
                               done(found.error());
                               return;
                           }
                           PhoneItem item;
                           item.barcode = barcode;
                           if (found.value().isEmpty()) {
                               item.problem = tr("no such document");
                           } else {
                               const QJsonObject i = found.value().first().toObject();
                               const QJsonObject biblio = i.value(QStringLiteral("biblio")).toObject();
                               item.itemId = i.value(QStringLiteral("item_id")).toInteger();
                               item.biblioId = i.value(QStringLiteral("biblio_id")).toInteger();
                               item.itemType = text(i.value(QStringLiteral("item_type_id")));
                               item.title = text(biblio.value(QStringLiteral("title")));
                               item.author = text(biblio.value(QStringLiteral("author")));
                               if (i.value(QStringLiteral("withdrawn")).toInt() != 0)
                                   item.problem = tr("withdrawn");
                               else if (i.value(QStringLiteral("lost_status")).toInt() != 0)
                                   item.problem = tr("lost");
                               else if (i.value(QStringLiteral("not_for_loan_status")).toInt() != 0)
                                   item.problem = tr("not for loan");
                           }
                           quote->items.append(item);
                           if (self)
                               (*self)();
                       });
    };
    // The patron first: the address on record and the category decide eligibility.
    m_rest.get(QStringLiteral("/patrons/%1").arg(patronId), [quote, next, done](Result<QJsonObject> patron) {
        if (!patron) {
            done(patron.error());
            return;
        }
        const QJsonObject p = patron.value();
        quote->card = text(p.value(QStringLiteral("cardnumber")));
        quote->surname = text(p.value(QStringLiteral("surname")));
        quote->firstname = text(p.value(QStringLiteral("firstname")));
        quote->category = text(p.value(QStringLiteral("category_id")));
        Address& a = quote->address;
        a.streetNumber = text(p.value(QStringLiteral("street_number")));
        a.streetType = text(p.value(QStringLiteral("street_type")));
        a.address = text(p.value(QStringLiteral("address")));
        a.address2 = text(p.value(QStringLiteral("address2")));
        a.city = text(p.value(QStringLiteral("city")));
        a.postalCode = text(p.value(QStringLiteral("postal_code")));
        a.country = text(p.value(QStringLiteral("country")));
        a.phone = text(p.value(QStringLiteral("phone")));
        a.mobile = text(p.value(QStringLiteral("mobile")));
        a.email = text(p.value(QStringLiteral("email")));
        (*next)();
    });
}

void PhoneOrders::place(const PhoneQuote& quote, std::function<void(Result<PhonePlacement>)> done)
{
    if (!m_place) {
        done(Error{QStringLiteral("delivery.state"), tr("Requests cannot be placed: not connected.")});
        return;
    }
    if (!quote.canPlace()) {
        done(Error{QStringLiteral("delivery.state"),
                   quote.eligibility.ok ? tr("Nothing to order.") : quote.eligibility.reason});
        return;
    }
    struct State
    {
        PhonePlacement result;
        QList<PhoneItem> items;
        std::function<void()> step;
    };
    auto state = std::make_shared<State>();
    state->items = quote.items;
    const QString card = quote.card, pickup = m_config.location;
    std::weak_ptr<State> weak = state;
    state->step = [this, weak, card, pickup, done]() {
        auto s = weak.lock();
        if (!s)
            return;
        if (s->items.isEmpty()) {
            const PhonePlacement r = s->result;
            s->step = nullptr;
            done(r);
            return;
        }
        const PhoneItem item = s->items.takeFirst();
        m_place(card, item.barcode, pickup, [s, item](bool ok, bool provisional, const QString& message) {
            if (!ok)
                s->result.refused << item.barcode + QStringLiteral(": ") + message;
            else if (provisional)
                ++s->result.provisional;
            else
                ++s->result.placed;
            auto step = s->step;
            step();
        });
    };
    auto step = state->step;
    step();
}

} // namespace comptoir::delivery
