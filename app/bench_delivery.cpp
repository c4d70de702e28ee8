// comptoir-bench delivery: home delivery's own work at the counter, figures printed as
// "name value unit" lines:
//   - the weight estimate per record (MARC-in-JSON read, then the estimate), over a mix of
//     UNIMARC and MARC21 books, CDs, DVDs and records without a physical description;
//   - a day's round of --parcels orders (default 200): the requests imported, the parcels planned,
//     the courier's manifest built and written (CSV, HTML);
//   - a month of such days (--days, default 24): dispatched and delivered (the SIP2 checkout is
//     answered at once here: this measures Comptoir's side, not the ILS), then the month's bill
//     built and written (CSV in UTF-8 and Windows-1252, HTML).
// Real SQLite files in a temporary folder; the clock is set per day.

#include "Clock.h"
#include "Result.h"
#include "delivery/DeliveryService.h"
#include "store/Outbox.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace comptoir::bench {

namespace {

class DayClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t; }

private:
    QDateTime m_now;
};

void line(const char* name, double value, const char* unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
}

void runs(const char* name, QList<double> values, const char* unit)
{
    if (values.isEmpty())
        return;
    std::sort(values.begin(), values.end());
    const QByteArray base(name);
    line(QByteArray(base + ".median").constData(), values[values.size() / 2], unit);
    line(QByteArray(base + ".min").constData(), values.first(), unit);
    line(QByteArray(base + ".max").constData(), values.last(), unit);
}

int failed(const Error& e)
{
    std::fprintf(stderr, "comptoir-bench delivery: %s: %s\n", qPrintable(e.code), qPrintable(e.message));
    return 1;
}

QJsonObject field(const char* tag, const QList<std::pair<const char*, QString>>& subfields)
{
    QJsonArray list;
    for (const auto& [code, value] : subfields)
        list.append(QJsonObject{{QLatin1String(code), value}});
    return {{QLatin1String(tag), QJsonObject{{QStringLiteral("ind1"), QStringLiteral(" ")},
                                             {QStringLiteral("ind2"), QStringLiteral(" ")},
                                             {QStringLiteral("subfields"), list}}}};
}

// A record of the mix: i picks its kind and figures.
QJsonObject record(int i)
{
    QJsonArray fields;
    QString leader = QStringLiteral("00000nam  2200000   450 ");
    switch (i % 6) {
    case 0: // UNIMARC book, pages and height
        fields.append(field("200", {{"a", QStringLiteral("Titre %1").arg(i)}}));
        fields.append(field("215", {{"a", QStringLiteral("%1 p.").arg(80 + i % 700)},
                                    {"d", QStringLiteral("%1 cm").arg(18 + i % 14)}}));
        break;
    case 1: // UNIMARC, roman numerals and both dimensions, bound
        fields.append(field("010", {{"b", QStringLiteral("rel.")}}));
        fields.append(field("200", {{"a", QStringLiteral("Essai %1").arg(i)}}));
        fields.append(field("215", {{"a", QStringLiteral("XII-%1 p.").arg(120 + i % 500)},
                                    {"c", QStringLiteral("ill.")},
                                    {"d", QStringLiteral("%1 x %2 cm").arg(20 + i % 10).arg(14 + i % 6)}}));
        break;
    case 2: // MARC21 book
        leader = QStringLiteral("00000cam a2200000 i 4500");
        fields.append(field("245", {{"a", QStringLiteral("Book %1").arg(i)}}));
        fields.append(field("300", {{"a", QStringLiteral("xiv, %1 pages :").arg(150 + i % 400)},
                                    {"c", QStringLiteral("%1 cm.").arg(21 + i % 8)}}));
        break;
    case 3: // UNIMARC music
        leader = QStringLiteral("00000njm  2200000   450 ");
        fields.append(field("200", {{"a", QStringLiteral("Album %1").arg(i)}}));
        fields.append(field("215", {{"a", QStringLiteral("%1 disques compacts").arg(1 + i % 3)}}));
        break;
    case 4: // UNIMARC video
        leader = QStringLiteral("00000ngm  2200000   450 ");
        fields.append(field("200", {{"a", QStringLiteral("Film %1").arg(i)}}));
        fields.append(field("215", {{"a", QStringLiteral("1 DVD vidéo (%1 min)").arg(80 + i % 60)}}));
        break;
    default: // nothing physical: the type's default
        fields.append(field("200", {{"a", QStringLiteral("Sans description %1").arg(i)}}));
        break;
    }
    return {{QStringLiteral("leader"), leader}, {QStringLiteral("fields"), fields}};
}

// One day's delivery requests as Koha gives them (patron, item and biblio embedded).
QJsonArray dayOfHolds(int day, int parcels, const QDateTime& at, const QString& location)
{
    QJsonArray holds;
    const QString stamp = at.toUTC().toString(Qt::ISODate);
    for (int n = 0; n < parcels; ++n) {
        const qint64 id = qint64(day) * 100000 + n + 1;
        const qint64 patron = 1000 + (qint64(day) * 37 + n) % 5000;
        holds.append(QJsonObject{
            {QStringLiteral("hold_id"), id},
            {QStringLiteral("patron_id"), patron},
            {QStringLiteral("biblio_id"), id},
            {QStringLiteral("item_id"), id},
            {QStringLiteral("pickup_library_id"), location},
            {QStringLiteral("hold_date"), at.toUTC().date().toString(Qt::ISODate)},
            {QStringLiteral("timestamp"), stamp},
            {QStringLiteral("hold_group_id"), QJsonValue()},
            {QStringLiteral("patron"),
             QJsonObject{
                 {QStringLiteral("patron_id"), patron},
                 {QStringLiteral("cardnumber"), QStringLiteral("2104%1").arg(patron, 10, 10, QLatin1Char('0'))},
                 {QStringLiteral("surname"), QStringLiteral("Dupont-%1").arg(patron)},
                 {QStringLiteral("firstname"), QStringLiteral("Élise")},
                 {QStringLiteral("category_id"), QStringLiteral("ADULTE")},
                 {QStringLiteral("street_number"), QString::number(1 + n % 120)},
                 {QStringLiteral("address"), QStringLiteral("rue Aristide-Briand")},
                 {QStringLiteral("city"), QStringLiteral("Levallois-Perret")},
                 {QStringLiteral("postal_code"), QStringLiteral("92300")},
                 {QStringLiteral("phone"), QStringLiteral("01 47 00 00 %1").arg(n % 100, 2, 10, QLatin1Char('0'))}}},
            {QStringLiteral("item"),
             QJsonObject{{QStringLiteral("item_id"), id},
                         {QStringLiteral("external_id"), QStringLiteral("3104%1").arg(id, 10, 10, QLatin1Char('0'))},
                         {QStringLiteral("item_type_id"), n % 6 == 3   ? QStringLiteral("CD")
                                                          : n % 6 == 4 ? QStringLiteral("DVD")
                                                                       : QStringLiteral("LIVRE")}}},
            {QStringLiteral("biblio"), QJsonObject{{QStringLiteral("biblio_id"), id},
                                                   {QStringLiteral("title"), QStringLiteral("Titre %1").arg(id)},
                                                   {QStringLiteral("author"), QStringLiteral("Auteur")}}},
        });
    }
    return holds;
}

} // namespace

int benchDelivery(const QCommandLineParser& parser)
{
    const int parcels = std::max(1, parser.value(QStringLiteral("parcels")).toInt());
    const int days = std::max(1, parser.value(QStringLiteral("days")).toInt());
    const int records = std::max(1, parser.value(QStringLiteral("records")).toInt());

    // 1. The weight estimate per record.
    QList<QJsonObject> marc;
    marc.reserve(records);
    for (int i = 0; i < records; ++i)
        marc.append(record(i));
    const delivery::WeightDefaults defaults;
    QElapsedTimer timer;
    qint64 grams = 0;
    timer.start();
    for (int i = 0; i < records; ++i) {
        delivery::PhysicalDescription p = delivery::PhysicalDescription::fromMarcInJson(marc[i]);
        p.itemType = i % 6 == 3 ? QStringLiteral("CD") : i % 6 == 4 ? QStringLiteral("DVD") : QStringLiteral("LIVRE");
        grams += delivery::estimateWeight(p, defaults).grams;
    }
    const double estimateNs = double(timer.nsecsElapsed());
    line("delivery.weight.records", records, "records");
    line("delivery.weight.per_record", estimateNs / records / 1000.0, "us");
    line("delivery.weight.mean", double(grams) / records, "g");

    // 2. and 3. Rounds of a month, in a real outbox file.
    QTemporaryDir dir;
    DayClock clock;
    Outbox outbox(clock);
    if (Status s = outbox.open(dir.filePath(QStringLiteral("outbox.sqlite"))); !s.ok())
        return failed(s.error());
    delivery::DeliveryService service(outbox, clock);
    delivery::DeliveryConfig config;
    config.location = QStringLiteral("LIVRAISON");
    config.towns = {QStringLiteral("Levallois-Perret")};
    service.setConfig(config);
    service.setDesk(QStringLiteral("CENTRE"), QStringLiteral("bench"), QStringLiteral("bench"));
    const delivery::CheckoutCall checkout = [](const QString&, const QString&, delivery::CirculationDone done) {
        done(true, false, QString());
    };
    QList<double> imports, plans, manifests, dispatches, outcomes;
    int manifestLines = 0;
    QDate day(2026, 11, 2); // a Monday: the month's rounds from the 3rd
    QDate firstRound;
    for (int d = 0; d < days; ++d, day = config.nextDeliveryDay(day)) {
        const QDateTime morning(day, QTime(9, 30));
        clock.set(morning.toUTC());
        const QJsonArray holds = dayOfHolds(d, parcels, morning, config.location);
        timer.restart();
        auto imported = service.importHolds(holds);
        imports << double(timer.nsecsElapsed()) / 1e6;
        if (!imported)
            return failed(imported.error());
        for (const QJsonValue& h : holds) {
            const qint64 biblio = h.toObject().value(QStringLiteral("biblio_id")).toInteger();
            delivery::PhysicalDescription p = delivery::PhysicalDescription::fromMarcInJson(record(int(biblio)));
            if (Status s = service.setPhysical(biblio, p); !s.ok())
                return failed(s.error());
        }
        const QDate round = config.roundFor(morning);
        if (!firstRound.isValid())
            firstRound = round;
        timer.restart();
        auto planned = service.planRound(round);
        plans << double(timer.nsecsElapsed()) / 1e6;
        if (!planned)
            return failed(planned.error());
        timer.restart();
        auto manifest = service.manifest(round);
        if (!manifest)
            return failed(manifest.error());
        const QByteArray csv = delivery::manifestCsv(manifest.value());
        const QString html = delivery::manifestHtml(manifest.value(), QStringLiteral("Médiathèque"));
        manifests << double(timer.nsecsElapsed()) / 1e6;
        manifestLines = int(manifest.value().lines.size());
        Q_UNUSED(csv);
        Q_UNUSED(html);
        // The round leaves (checkout answered at once) and comes back delivered, one absent in ten.
        clock.set(QDateTime(round, QTime(15, 30)).toUTC());
        std::optional<delivery::DispatchReport> sent;
        timer.restart();
        service.dispatch(round, checkout, [&sent](delivery::DispatchReport r) { sent = r; });
        dispatches << double(timer.nsecsElapsed()) / 1e6;
        if (!sent)
            return failed(Error{QStringLiteral("bench.dispatch"), QStringLiteral("the dispatch did not finish")});
        clock.set(QDateTime(round, QTime(20, 30)).toUTC());
        auto list = service.manifest(round);
        if (!list)
            return failed(list.error());
        int n = 0;
        timer.restart();
        for (const delivery::ManifestLine& l : list.value().lines) {
            const auto outcome = ++n % 10 == 0 ? delivery::DeliveryService::Outcome::Absent
                                               : delivery::DeliveryService::Outcome::Delivered;
            bool recorded = false;
            service.recordOutcome(
                l.barcode, outcome,
                [](const QString&, delivery::CirculationDone done) { done(true, false, QString()); }, {},
                [&recorded](Result<delivery::OutcomeReport>) { recorded = true; });
            if (!recorded)
                return failed(Error{QStringLiteral("bench.outcome"), QStringLiteral("an outcome did not finish")});
        }
        outcomes << double(timer.nsecsElapsed()) / 1e6;
    }
    line("delivery.round.parcels", manifestLines, "parcels");
    runs("delivery.round.import", imports, "ms");
    runs("delivery.round.plan", plans, "ms");
    runs("delivery.round.manifest", manifests, "ms");
    runs("delivery.round.dispatch", dispatches, "ms");
    runs("delivery.round.outcomes", outcomes, "ms");

    // The month's bill.
    QList<double> bills;
    int lines = 0, total = 0;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        auto bill = service.billing(firstRound.year(), firstRound.month());
        if (!bill)
            return failed(bill.error());
        const QByteArray utf8 = delivery::billingCsv(bill.value(), QStringLiteral("utf-8"));
        const QByteArray ansi = delivery::billingCsv(bill.value(), QStringLiteral("windows-1252"));
        const QString html = delivery::billingHtml(bill.value(), QStringLiteral("Médiathèque"));
        bills << double(timer.nsecsElapsed()) / 1e6;
        lines = int(bill.value().lines.size());
        total = bill.value().totalCents;
        Q_UNUSED(utf8);
        Q_UNUSED(ansi);
        Q_UNUSED(html);
    }
    line("delivery.billing.parcels", lines, "parcels");
    line("delivery.billing.total", total / 100.0, "EUR");
    runs("delivery.billing.month", bills, "ms");
    return 0;
}

} // namespace comptoir::bench
