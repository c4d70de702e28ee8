#include "delivery/Weight.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace comptoir::delivery {

namespace {

// The subfield `code` of the first field `tag` of a MARC-in-JSON record.
QString subfield(const QJsonArray& fields, const QString& tag, const QString& code)
{
    for (const QJsonValue& f : fields) {
        const QJsonObject field = f.toObject();
        if (!field.contains(tag))
            continue;
        for (const QJsonValue& s : field.value(tag).toObject().value(QStringLiteral("subfields")).toArray()) {
            const QJsonObject sub = s.toObject();
            if (sub.contains(code))
                return sub.value(code).toString().trimmed();
        }
        return {};
    }
    return {};
}

bool hasField(const QJsonArray& fields, const QString& tag)
{
    return std::any_of(fields.begin(), fields.end(), [&](const QJsonValue& f) { return f.toObject().contains(tag); });
}

// MARC21 punctuation at the end of a subfield (" :", " ;", " +", ".").
QString clean(QString s)
{
    s = s.trimmed();
    while (!s.isEmpty() && (s.endsWith(QLatin1Char(':')) || s.endsWith(QLatin1Char(';')) ||
                            s.endsWith(QLatin1Char('+')) || s.endsWith(QLatin1Char(','))))
        s.chop(1), s = s.trimmed();
    return s;
}

bool containsAny(const QString& text, std::initializer_list<const char*> words)
{
    for (const char* w : words)
        if (text.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}

QStringList upper(const QStringList& list)
{
    QStringList out;
    for (const QString& s : list)
        out << s.trimmed().toUpper();
    return out;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue& value, const QStringList& fallback)
{
    if (!value.isArray())
        return fallback;
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

PhysicalDescription PhysicalDescription::fromMarcInJson(const QJsonObject& record)
{
    PhysicalDescription p;
    const QJsonArray fields = record.value(QStringLiteral("fields")).toArray();
    const QString leader = record.value(QStringLiteral("leader")).toString();
    if (leader.size() > 6)
        p.recordType = leader.at(6);
    const bool marc21 = hasField(fields, QStringLiteral("245")) || hasField(fields, QStringLiteral("300"));
    if (!marc21) {
        // UNIMARC
        p.extent = subfield(fields, QStringLiteral("215"), QStringLiteral("a"));
        p.dimensions = subfield(fields, QStringLiteral("215"), QStringLiteral("d"));
        p.binding = subfield(fields, QStringLiteral("010"), QStringLiteral("b"));
    } else {
        // MARC21
        p.extent = clean(subfield(fields, QStringLiteral("300"), QStringLiteral("a")));
        p.dimensions = clean(subfield(fields, QStringLiteral("300"), QStringLiteral("c")));
        p.binding = clean(subfield(fields, QStringLiteral("020"), QStringLiteral("q")));
    }
    return p;
}

QJsonObject WeightDefaults::toJson() const
{
    return {
        {QStringLiteral("paperGramsPerPageCm2"), paperGramsPerPageCm2},
        {QStringLiteral("paperbackCover"), paperbackCover},
        {QStringLiteral("hardCover"), hardCover},
        {QStringLiteral("bookNoPages"), bookNoPages},
        {QStringLiteral("widthRatioPercent"), widthRatioPercent},
        {QStringLiteral("bookHeightCm"), bookHeightCm},
        {QStringLiteral("cd"), cd},
        {QStringLiteral("dvd"), dvd},
        {QStringLiteral("game"), game},
        {QStringLiteral("magazine"), magazine},
        {QStringLiteral("other"), other},
        {QStringLiteral("gameTypes"), toArray(gameTypes)},
        {QStringLiteral("magazineTypes"), toArray(magazineTypes)},
        {QStringLiteral("cdTypes"), toArray(cdTypes)},
        {QStringLiteral("dvdTypes"), toArray(dvdTypes)},
    };
}

WeightDefaults WeightDefaults::fromJson(const QJsonObject& json)
{
    WeightDefaults d;
    const auto grams = [&json](const char* key, int fallback) {
        const int v = json.value(QLatin1String(key)).toInt(fallback);
        return v > 0 && v < 100000 ? v : fallback;
    };
    const double paper = json.value(QStringLiteral("paperGramsPerPageCm2")).toDouble(d.paperGramsPerPageCm2);
    if (paper > 0 && paper < 0.1)
        d.paperGramsPerPageCm2 = paper;
    d.paperbackCover = grams("paperbackCover", d.paperbackCover);
    d.hardCover = grams("hardCover", d.hardCover);
    d.bookNoPages = grams("bookNoPages", d.bookNoPages);
    d.widthRatioPercent = std::clamp(grams("widthRatioPercent", d.widthRatioPercent), 20, 200);
    d.bookHeightCm = std::clamp(grams("bookHeightCm", d.bookHeightCm), 5, 80);
    d.cd = grams("cd", d.cd);
    d.dvd = grams("dvd", d.dvd);
    d.game = grams("game", d.game);
    d.magazine = grams("magazine", d.magazine);
    d.other = grams("other", d.other);
    d.gameTypes = fromArray(json.value(QStringLiteral("gameTypes")), d.gameTypes);
    d.magazineTypes = fromArray(json.value(QStringLiteral("magazineTypes")), d.magazineTypes);
    d.cdTypes = fromArray(json.value(QStringLiteral("cdTypes")), d.cdTypes);
    d.dvdTypes = fromArray(json.value(QStringLiteral("dvdTypes")), d.dvdTypes);
    return d;
}

int pagesOf(const QString& extent)
{
    // "312 p.", "[48] p.", "XII-280 p.", "312 pages", "1 vol. (312 p.)", "312 p., 16 p. de pl."
    // French thousands are grouped with a space: "1 200 p.".
    static const QRegularExpression pages(
        QStringLiteral("((?:\\d{1,3}(?:[ \\x{00A0}\\x{202F}]\\d{3})+)|\\d+)\\]?\\s*(?:p\\.|p\\b|pages?\\b|f\\.|ff\\.)"),
        QRegularExpression::CaseInsensitiveOption);
    int total = 0;
    for (auto it = pages.globalMatch(extent); it.hasNext();) {
        const auto m = it.next();
        const int n =
            QString(m.captured(1)).remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F)).toInt();
        const bool leaves = m.captured(0).contains(QLatin1Char('f'), Qt::CaseInsensitive);
        if (n > 0 && n < 20000)
            total += leaves ? 2 * n : n;
    }
    return total;
}

void dimensionsOf(const QString& dimensions, double* heightCm, double* widthCm)
{
    *heightCm = 0;
    *widthCm = 0;
    // "24 cm", "24 x 15 cm", "15 × 21 cm", "24,5 cm"; inches for old MARC21 records ("9 in.").
    static const QRegularExpression size(
        QStringLiteral("(\\d+(?:[.,]\\d+)?)\\s*(?:(?:x|×|X)\\s*(\\d+(?:[.,]\\d+)?)\\s*)?(cm|mm|in)"));
    const auto m = size.match(dimensions);
    if (!m.hasMatch())
        return;
    const double unit = m.captured(3) == QLatin1String("mm") ? 0.1 : m.captured(3) == QLatin1String("in") ? 2.54 : 1.0;
    *heightCm = QString(m.captured(1)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble() * unit;
    if (!m.captured(2).isEmpty())
        *widthCm = QString(m.captured(2)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble() * unit;
}

int unitsOf(const QString& extent)
{
    static const QRegularExpression leading(QStringLiteral("^\\s*(\\d+)\\s"));
    const auto m = leading.match(extent);
    const int n = m.hasMatch() ? m.captured(1).toInt() : 1;
    return std::clamp(n, 1, 50);
}

WeightEstimate estimateWeight(const PhysicalDescription& p, const WeightDefaults& d)
{
    const QString type = p.itemType.trimmed().toUpper();
    const QString extent = p.extent;
    WeightEstimate out;
    const auto describe = [&p]() {
        QStringList parts;
        if (!p.extent.isEmpty())
            parts << p.extent;
        if (!p.dimensions.isEmpty())
            parts << p.dimensions;
        return parts.join(QStringLiteral(", "));
    };
    const bool cd = upper(d.cdTypes).contains(type) || p.recordType == u'j' || p.recordType == u'i' ||
                    containsAny(extent, {"disque compact", "disques compacts", "audio disc", "CD"});
    const bool dvd = upper(d.dvdTypes).contains(type) || p.recordType == u'g' ||
                     containsAny(extent, {"DVD", "videodisc", "vidéodisque", "Blu-ray"});
    if (dvd || cd) {
        const int units = unitsOf(extent);
        out.grams = units * (dvd ? d.dvd : d.cd);
        out.fromRecord = !extent.isEmpty();
        out.basis = out.fromRecord ? describe() : (dvd ? QStringLiteral("DVD") : QStringLiteral("CD"));
        return out;
    }
    if (upper(d.gameTypes).contains(type) || p.recordType == u'r') {
        out.grams = d.game;
        out.basis = QStringLiteral("game");
        return out;
    }
    if (upper(d.magazineTypes).contains(type)) {
        out.grams = d.magazine;
        out.basis = QStringLiteral("magazine");
        return out;
    }
    const int pages = pagesOf(extent);
    double height = 0, width = 0;
    dimensionsOf(p.dimensions, &height, &width);
    const bool book = pages > 0 || p.recordType == u'a' || p.recordType.isNull() || height > 0;
    if (!book) {
        out.grams = d.other;
        out.basis = QStringLiteral("other");
        return out;
    }
    if (pages <= 0) {
        out.grams = d.bookNoPages;
        out.basis = describe().isEmpty() ? QStringLiteral("book") : describe();
        return out;
    }
    if (height <= 0)
        height = d.bookHeightCm;
    if (width <= 0)
        width = height * d.widthRatioPercent / 100.0;
    const bool hard = containsAny(p.binding, {"rel", "cart", "hardcover", "hardback", "hbk"});
    // Picture books and comic albums: few pages of heavy coated paper, large format.
    const bool album = pages <= 100 && height >= 26;
    const double paper = pages * height * width * d.paperGramsPerPageCm2 * (album ? 2.0 : 1.0);
    out.grams = int(std::lround(paper)) + (hard ? d.hardCover : d.paperbackCover);
    out.fromRecord = true;
    out.basis = describe();
    return out;
}

QList<QList<PackItem>> packParcels(const QList<PackItem>& items, int maxGrams)
{
    QList<int> order(items.size());
    for (int i = 0; i < items.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return items[a].grams > items[b].grams; });
    QList<QList<int>> bins;
    QList<int> load;
    for (int i : order) {
        int chosen = -1;
        for (int b = 0; b < bins.size(); ++b)
            if (load[b] + items[i].grams <= maxGrams) {
                chosen = b;
                break;
            }
        if (chosen < 0) {
            bins.append(QList<int>());
            load.append(0);
            chosen = int(bins.size()) - 1;
        }
        bins[chosen].append(i);
        load[chosen] += items[i].grams;
    }
    QList<QList<PackItem>> out;
    for (QList<int>& bin : bins) {
        std::sort(bin.begin(), bin.end());
        QList<PackItem> parcel;
        for (int i : bin)
            parcel.append(items[i]);
        out.append(parcel);
    }
    return out;
}

} // namespace comptoir::delivery
