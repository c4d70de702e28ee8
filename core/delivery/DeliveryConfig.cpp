#include "delivery/DeliveryConfig.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace comptoir::delivery {

namespace {

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

// Accents, case, hyphens and apostrophes ignored: "Villeurbanne sur Lys" is "VILLEURBANNE-SUR-LYS".
QString folded(const QString& s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
        else if (c.isSpace() || c == u'-' || c == u'\'' || c == u'’')
            out += u' ';
    }
    return out.simplified().replace(QStringLiteral("saint "), QStringLiteral("st "));
}

} // namespace

QString Address::street() const
{
    QStringList parts;
    QString line = QStringList{streetNumber, streetType, address}.join(QLatin1Char(' ')).simplified();
    if (!line.isEmpty())
        parts << line;
    if (!address2.trimmed().isEmpty())
        parts << address2.trimmed();
    return parts.join(QStringLiteral(", "));
}

QString Address::oneLine() const
{
    QStringList parts;
    if (!street().isEmpty())
        parts << street();
    const QString town = QStringList{postalCode, city}.join(QLatin1Char(' ')).simplified();
    if (!town.isEmpty())
        parts << town;
    return parts.join(QStringLiteral(", "));
}

DeliveryConfig DeliveryConfig::load(const Settings& s)
{
    using namespace settings;
    DeliveryConfig c;
    c.location = s.value(DeliveryLocation).trimmed();
    c.towns = splitList(s.value(DeliveryTowns));
    c.postalCodes = splitList(s.value(DeliveryPostalCodes));
    c.categories = splitList(s.value(DeliveryCategories));
    if (const QTime t = QTime::fromString(s.value(DeliveryCutoff), QStringLiteral("HH:mm")); t.isValid())
        c.cutoff = t;
    const QStringList window = s.value(DeliveryWindow).split(QLatin1Char('-'));
    if (window.size() == 2) {
        const QTime from = QTime::fromString(window[0].trimmed(), QStringLiteral("HH:mm"));
        const QTime to = QTime::fromString(window[1].trimmed(), QStringLiteral("HH:mm"));
        if (from.isValid() && to.isValid() && from < to)
            c.windowStart = from, c.windowEnd = to;
    }
    c.feeCents = std::max(0, s.value(DeliveryFeeCents));
    QSet<int> days;
    for (const QString& d : splitList(s.value(DeliveryDays)))
        if (const int n = d.toInt(); n >= 1 && n <= 7)
            days.insert(n);
    if (!days.isEmpty())
        c.days = days;
    for (const QString& d : splitList(s.value(DeliveryClosedDays)))
        if (const QDate date = QDate::fromString(d, Qt::ISODate); date.isValid())
            c.closed.insert(date);
    c.maxParcelGrams = std::max(100, s.value(DeliveryMaxParcelGrams));
    c.overweight = s.value(DeliveryOverweight) == QLatin1String("call") ? Overweight::Call : Overweight::Split;
    c.broughtBack =
        s.value(DeliveryBroughtBack) == QLatin1String("holdShelf") ? BroughtBack::HoldShelf : BroughtBack::CheckIn;
    c.billingEncoding =
        s.value(DeliveryBillingEncoding).compare(QLatin1String("windows-1252"), Qt::CaseInsensitive) == 0
            ? QStringLiteral("windows-1252")
            : QStringLiteral("utf-8");
    c.addressRetentionDays = std::max(0, s.value(DeliveryAddressRetentionDays));
    const QJsonDocument weights = QJsonDocument::fromJson(s.value(DeliveryWeightDefaults).toUtf8());
    if (weights.isObject())
        c.weights = WeightDefaults::fromJson(weights.object());
    return c;
}

bool DeliveryConfig::isDeliveryDay(const QDate& day) const
{
    return day.isValid() && days.contains(day.dayOfWeek()) && !closed.contains(day);
}

QDate DeliveryConfig::nextDeliveryDay(const QDate& day) const
{
    QDate d = day.addDays(1);
    for (int i = 0; i < 400; ++i, d = d.addDays(1))
        if (isDeliveryDay(d))
            return d;
    return {};
}

QDate DeliveryConfig::roundFor(const QDateTime& ordered) const
{
    const QDateTime local = ordered.toLocalTime();
    const QDate first = nextDeliveryDay(local.date());
    return local.time() < cutoff ? first : nextDeliveryDay(first);
}

QString DeliveryConfig::windowText() const
{
    return windowStart.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
           windowEnd.toString(QStringLiteral("HH:mm"));
}

Eligibility DeliveryConfig::eligible(const Address& a, const QString& category) const
{
    if (a.isEmpty())
        return {false, QCoreApplication::translate("delivery", "no address in the patron's record")};
    if (!categories.isEmpty() && !categories.contains(category, Qt::CaseInsensitive))
        return {false, QCoreApplication::translate("delivery", "patron category %1 is not delivered").arg(category)};
    if (towns.isEmpty() && postalCodes.isEmpty())
        return {};
    for (const QString& code : postalCodes)
        if (a.postalCode.trimmed() == code)
            return {};
    for (const QString& town : towns)
        if (folded(a.city) == folded(town))
            return {};
    return {false, QCoreApplication::translate("delivery", "%1 is outside the delivery area")
                       .arg(QStringList{a.postalCode, a.city}.join(QLatin1Char(' ')).simplified())};
}

} // namespace comptoir::delivery
