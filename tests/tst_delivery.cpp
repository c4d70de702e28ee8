#include "DeliveryPage.h"
#include "DeliverySettingsPage.h"
#include "LookupPage.h"
#include "PhoneOrderDialog.h"
#include "ReportPdf.h"
#include "Settings.h"
#include "Workstation.h"
#include "delivery/DeliveryService.h"
#include "delivery/FeePosting.h"
#include "delivery/PhoneOrder.h"
#include "desk/HoldPlacement.h"
#include "desk/IlsSession.h"
#include "desk/NetworkLookup.h"
#include "reports/ReportExport.h"
#include "reports/ServiceFigures.h"
#include "store/CacheStore.h"
#include "store/Outbox.h"

#include "support/InProcessSandbox.h"
#include "support/MockClock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>
#include <cmath>

using namespace comptoir;
using namespace comptoir::delivery;
using comptoir::test::InProcessSandbox;

namespace {

// A MARC-in-JSON record as Koha gives it: leader and fields with their subfields.
QJsonObject record(const QString& leader, const QList<QPair<QString, QList<QPair<QString, QString>>>>& fields)
{
    QJsonArray list;
    for (const auto& [tag, subfields] : fields) {
        QJsonArray subs;
        for (const auto& [code, value] : subfields)
            subs.append(QJsonObject{{code, value}});
        list.append(QJsonObject{{tag, QJsonObject{{QStringLiteral("ind1"), QStringLiteral(" ")},
                                                  {QStringLiteral("ind2"), QStringLiteral(" ")},
                                                  {QStringLiteral("subfields"), subs}}}});
    }
    return {{QStringLiteral("leader"), leader}, {QStringLiteral("fields"), list}};
}

const QString Unimarc = QStringLiteral("00000nam  2200000   450 ");
const QString UnimarcMusic = QStringLiteral("00000njm  2200000   450 ");
const QString UnimarcVideo = QStringLiteral("00000ngm  2200000   450 ");
const QString Marc21 = QStringLiteral("00000cam a2200000 i 4500");
const QString Marc21Music = QStringLiteral("00000cjm a2200000 i 4500");
const QString Marc21Video = QStringLiteral("00000cgm a2200000 i 4500");

QDateTime local(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s));
}

} // namespace

// Home delivery: the cut-off and the rounds, weights from records, parcels under the limit, the
// training library's delivery requests with Koha's patron address fields, capture into parcels
// through SIP2, dispatch (checkout), outcomes, billing and its encodings, offline then replay,
// addresses purged.
class TestDelivery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    InProcessSandbox m_sandbox;
    // Sunday 22 November 2026, 10:00 UTC (the training library's day).
    comptoir::test::MockClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Workstation> m_ws;

    DeliveryService& service() { return m_ws->session().delivery(); }

    QList<Order> allOrders()
    {
        QList<Order> out;
        for (const QDate& round : service().rounds().value())
            out += service().orders(round).value();
        return out;
    }

    static QStringList contract(const QString& definition, const QJsonDocument& json)
    {
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral(COMPTOIR_SOURCE_DIR "/tests/tools/koha_contract.py"),
                                                 QStringLiteral(KOHA_DEFINITIONS), definition});
        if (!python.waitForStarted())
            return {QStringLiteral("python3 did not start")};
        python.write(json.toJson(QJsonDocument::Compact));
        python.closeWriteChannel();
        python.waitForFinished(60000);
        if (python.exitCode() != 0)
            return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError())
                .trimmed()
                .split(QLatin1Char('\n'))
                .mid(0, 20);
        return {};
    }

    // Waits for a callback-style call.
    template <typename T> T wait(std::function<void(std::function<void(T)>)> call)
    {
        std::optional<T> out;
        call([&out](T value) { out = value; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
            qFatal("no answer within 20 s");
        return std::move(*out);
    }

    desk::CaptureResult checkin(const QString& barcode)
    {
        return wait<desk::CaptureResult>(
            [this, barcode](auto done) { m_ws->session().capture().checkin(barcode, done); });
    }

    CheckoutCall checkoutCall()
    {
        return [this](const QString& card, const QString& barcode, CirculationDone done) {
            m_ws->session().checkout().checkout(card, barcode, [done](desk::CheckoutResult r) {
                done(r.ok || r.provisional, r.provisional, r.verdict.detail);
            });
        };
    }
    CheckinCall checkinCall()
    {
        return [this](const QString& barcode, CirculationDone done) {
            m_ws->session().capture().checkin(barcode, [done](desk::CaptureResult r) {
                done(r.recorded && r.verdict.kind != VerdictKind::Error, r.provisional, r.verdict.detail);
            });
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({}));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("comptoir.ini")));
        m_settings->setValue(settings::DeliveryLocation, QStringLiteral("LIVRAISON"));
        m_settings->setValue(settings::DeliveryTowns, QStringLiteral("Villeurbanne sur Lys"));
        m_settings->setValue(settings::DeliveryPostalCodes, QStringLiteral("59100"));
        m_ws = std::make_unique<Workstation>(m_dir.filePath(QStringLiteral("data")), *m_settings, m_clock, false);
        QVERIFY(m_ws->openStores().ok());
        desk::ConnectionSettings c;
        c.restUrl = m_sandbox.baseUrl();
        c.restUser = QStringLiteral("comptoir");
        c.sipHost = QStringLiteral("127.0.0.1");
        c.sipPort = m_sandbox.sipPort;
        c.sipLogin = QStringLiteral("centre");
        c.site = QStringLiteral("CENTRE");
        c.workstation = QStringLiteral("livraison-1");
        c.staff = QStringLiteral("mdupont");
        m_ws->connectTo(c, {sandbox::KohaRestServer::DefaultPassword, sandbox::Sip2Server::DefaultPassword});
    }

    void cleanupTestCase()
    {
        m_ws.reset();
        m_sandbox.stop();
    }

    // ---- The cut-off: before 13:00, the next delivery day; at 13:00 and after, the one after;
    // Monday to Saturday; closed days skipped. (Local time; 23 November 2026 is a Monday.)
    void cutoff_data()
    {
        QTest::addColumn<QDateTime>("ordered");
        QTest::addColumn<QString>("closed");
        QTest::addColumn<QDate>("round");
        QTest::newRow("Monday 12:59:59") << local(2026, 11, 23, 12, 59, 59) << QString() << QDate(2026, 11, 24);
        QTest::newRow("Monday 13:00:00") << local(2026, 11, 23, 13, 0, 0) << QString() << QDate(2026, 11, 25);
        QTest::newRow("Friday morning") << local(2026, 11, 27, 9, 30) << QString() << QDate(2026, 11, 28);
        QTest::newRow("Friday afternoon: Monday") << local(2026, 11, 27, 13, 30) << QString() << QDate(2026, 11, 30);
        QTest::newRow("Saturday morning: Monday") << local(2026, 11, 28, 10, 0) << QString() << QDate(2026, 11, 30);
        QTest::newRow("Saturday afternoon: Tuesday") << local(2026, 11, 28, 15, 0) << QString() << QDate(2026, 12, 1);
        QTest::newRow("Sunday: Monday") << local(2026, 11, 29, 11, 0) << QString() << QDate(2026, 11, 30);
        QTest::newRow("closed Tuesday skipped")
            << local(2026, 11, 23, 10, 0) << QStringLiteral("2026-11-24") << QDate(2026, 11, 25);
        QTest::newRow("closed Tuesday, after the cut-off")
            << local(2026, 11, 23, 13, 0) << QStringLiteral("2026-11-24") << QDate(2026, 11, 26);
        QTest::newRow("Christmas Eve morning: Saturday")
            << local(2026, 12, 24, 11, 0) << QStringLiteral("2026-12-25,2027-01-01") << QDate(2026, 12, 26);
        QTest::newRow("Christmas Eve afternoon: Monday")
            << local(2026, 12, 24, 14, 0) << QStringLiteral("2026-12-25,2027-01-01") << QDate(2026, 12, 28);
    }
    void cutoff()
    {
        QFETCH(QDateTime, ordered);
        QFETCH(QString, closed);
        QFETCH(QDate, round);
        Settings s(m_dir.filePath(QStringLiteral("cutoff.ini")));
        s.setValue(settings::DeliveryClosedDays, closed);
        const DeliveryConfig config = DeliveryConfig::load(s);
        QCOMPARE(config.roundFor(ordered), round);
    }

    void cutoffAndWindowAreSettings()
    {
        Settings s(m_dir.filePath(QStringLiteral("settings.ini")));
        s.setValue(settings::DeliveryCutoff, QStringLiteral("11:30"));
        s.setValue(settings::DeliveryWindow, QStringLiteral("14:00-18:30"));
        s.setValue(settings::DeliveryFeeCents, 350);
        s.setValue(settings::DeliveryDays, QStringLiteral("2,4"));
        const DeliveryConfig c = DeliveryConfig::load(s);
        QCOMPARE(c.roundFor(local(2026, 11, 23, 11, 29)), QDate(2026, 11, 24)); // Tuesday
        QCOMPARE(c.roundFor(local(2026, 11, 23, 11, 30)), QDate(2026, 11, 26)); // Thursday
        QCOMPARE(c.windowText(), QStringLiteral("14:00–18:30"));
        QCOMPARE(c.feeCents, 350);
    }

    void eligibility()
    {
        Settings s(m_dir.filePath(QStringLiteral("area.ini")));
        s.setValue(settings::DeliveryTowns, QStringLiteral("Levallois-Perret"));
        s.setValue(settings::DeliveryPostalCodes, QStringLiteral("92300"));
        s.setValue(settings::DeliveryCategories, QStringLiteral("ADULTE, SENIOR"));
        const DeliveryConfig c = DeliveryConfig::load(s);
        Address home;
        home.address = QStringLiteral("rue Voltaire");
        home.city = QStringLiteral("LEVALLOIS PERRET");
        QVERIFY(c.eligible(home, QStringLiteral("ADULTE")).ok);
        home.city = QStringLiteral("Neuilly-sur-Seine");
        home.postalCode = QStringLiteral("92200");
        QVERIFY(!c.eligible(home, QStringLiteral("ADULTE")).ok);
        home.postalCode = QStringLiteral("92300");
        QVERIFY(c.eligible(home, QStringLiteral("ADULTE")).ok);
        QVERIFY(!c.eligible(home, QStringLiteral("ENFANT")).ok);
        QVERIFY(!c.eligible(Address(), QStringLiteral("ADULTE")).ok);
    }

    // ---- Weights from real-looking records (UNIMARC 215/010, MARC21 300/020) and type defaults.
    void weightEstimates_data()
    {
        using Fields = QList<QPair<QString, QList<QPair<QString, QString>>>>;
        QTest::addColumn<QJsonObject>("marc");
        QTest::addColumn<QString>("itemType");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        const auto sf = [](const char* c, const char* v) {
            return QPair<QString, QString>(QLatin1String(c), QString::fromUtf8(v));
        };
        QTest::newRow("novel, 312 p., 24 cm, paperback")
            << record(Unimarc, Fields{{QStringLiteral("010"), {sf("a", "978-2-07-036822-8"), sf("b", "br.")}},
                                      {QStringLiteral("200"), {sf("a", "La promesse de l'aube")}},
                                      {QStringLiteral("215"), {sf("a", "312 p."), sf("d", "24 cm")}}})
            << QStringLiteral("LIVRE") << 400 << 550;
        QTest::newRow("pocket book, 21 x 11 cm")
            << record(Unimarc, Fields{{QStringLiteral("200"), {sf("a", "Vendredi ou la vie sauvage")}},
                                      {QStringLiteral("215"), {sf("a", "190 p."), sf("d", "18 x 11 cm")}}})
            << QStringLiteral("LIVRE") << 130 << 220;
        QTest::newRow("essay, XII-280 p., 22 cm")
            << record(Unimarc,
                      Fields{{QStringLiteral("200"), {sf("a", "Histoire de la Flandre")}},
                             {QStringLiteral("215"), {sf("a", "XII-280 p."), sf("c", "ill."), sf("d", "22 cm")}}})
            << QStringLiteral("LIVRE") << 300 << 430;
        QTest::newRow("comic album, 48 p., 30 cm, hardcover")
            << record(Unimarc,
                      Fields{{QStringLiteral("010"), {sf("b", "rel.")}},
                             {QStringLiteral("200"), {sf("a", "Astérix chez les Belges")}},
                             {QStringLiteral("215"), {sf("a", "48 p."), sf("c", "ill. en coul."), sf("d", "30 cm")}}})
            << QStringLiteral("LIVRE") << 300 << 480;
        QTest::newRow("big art book, 1 200 p., 31 cm, bound")
            << record(Unimarc, Fields{{QStringLiteral("010"), {sf("b", "rel.")}},
                                      {QStringLiteral("200"), {sf("a", "Dictionnaire de la peinture")}},
                                      {QStringLiteral("215"), {sf("a", "1 200 p."), sf("d", "31 cm")}}})
            << QStringLiteral("LIVRE") << 2000 << 3200;
        QTest::newRow("one CD") << record(UnimarcMusic,
                                          Fields{{QStringLiteral("200"), {sf("a", "Les Quatre Saisons")}},
                                                 {QStringLiteral("215"),
                                                  {sf("a", "1 disque compact (52 min)"), sf("d", "12 cm")}}})
                                << QStringLiteral("CD") << 100 << 100;
        QTest::newRow("double CD") << record(UnimarcMusic, Fields{{QStringLiteral("215"),
                                                                   {sf("a", "2 disques compacts (1 h 48 min)")}}})
                                   << QStringLiteral("CD") << 200 << 200;
        QTest::newRow("one DVD") << record(UnimarcVideo,
                                           Fields{{QStringLiteral("215"),
                                                   {sf("a", "1 DVD vidéo (1 h 45 min)"), sf("d", "19 cm")}}})
                                 << QStringLiteral("DVD") << 150 << 150;
        QTest::newRow("MARC21 book, xii, 456 pages, 24 cm.")
            << record(Marc21, Fields{{QStringLiteral("020"), {sf("a", "9780141439518"), sf("q", "paperback")}},
                                     {QStringLiteral("245"), {sf("a", "Pride and prejudice /")}},
                                     {QStringLiteral("300"),
                                      {sf("a", "xii, 456 pages :"), sf("b", "illustrations ;"), sf("c", "24 cm.")}}})
            << QStringLiteral("BOOK") << 600 << 760;
        QTest::newRow("MARC21 audio disc")
            << record(Marc21Music,
                      Fields{{QStringLiteral("245"), {sf("a", "Kind of blue")}},
                             {QStringLiteral("300"), {sf("a", "1 audio disc (46 min.) :"), sf("c", "4 3/4 in.")}}})
            << QString() << 100 << 100;
        QTest::newRow("MARC21 videodisc")
            << record(Marc21Video,
                      Fields{{QStringLiteral("245"), {sf("a", "Casablanca")}},
                             {QStringLiteral("300"), {sf("a", "1 videodisc (102 min.) :"), sf("c", "4 3/4 in.")}}})
            << QString() << 150 << 150;
        QTest::newRow("board game (type default)") << record(Unimarc, {}) << QStringLiteral("JEU") << 900 << 900;
        QTest::newRow("magazine (type default)") << record(Unimarc, {}) << QStringLiteral("REVUE") << 250 << 250;
        QTest::newRow("book with no description") << record(Unimarc, {}) << QStringLiteral("LIVRE") << 450 << 450;
    }
    void weightEstimates()
    {
        QFETCH(QJsonObject, marc);
        QFETCH(QString, itemType);
        QFETCH(int, low);
        QFETCH(int, high);
        PhysicalDescription p = PhysicalDescription::fromMarcInJson(marc);
        p.itemType = itemType;
        const WeightEstimate e = estimateWeight(p, WeightDefaults());
        QVERIFY2(e.grams >= low && e.grams <= high,
                 qPrintable(QStringLiteral("%1 g (%2), expected %3–%4").arg(e.grams).arg(e.basis).arg(low).arg(high)));
    }

    void weightDefaultsAreEditable()
    {
        WeightDefaults d;
        d.dvd = 210;
        d.paperbackCover = 50;
        const WeightDefaults back = WeightDefaults::fromJson(d.toJson());
        PhysicalDescription dvd;
        dvd.itemType = QStringLiteral("DVD");
        QCOMPARE(estimateWeight(dvd, back).grams, 210);
        QCOMPARE(back.paperbackCover, 50);
        QCOMPARE(pagesOf(QStringLiteral("2 vol. (680 p.)")), 680);
        QCOMPARE(pagesOf(QStringLiteral("160 p., 16 p. de pl.")), 176);
        QCOMPARE(pagesOf(QStringLiteral("[48] p.")), 48);
    }

    // ---- Parcels under the limit.
    void splitting()
    {
        const QList<PackItem> items = {{QStringLiteral("a"), 600},
                                       {QStringLiteral("b"), 1300},
                                       {QStringLiteral("c"), 450},
                                       {QStringLiteral("d"), 700},
                                       {QStringLiteral("e"), 150}};
        const auto parcels = packParcels(items, 2000);
        QCOMPARE(parcels.size(), 2); // 3200 g: two parcels, each under 2 kg
        int all = 0;
        for (const auto& parcel : parcels) {
            int grams = 0;
            for (const PackItem& i : parcel)
                grams += i.grams;
            QVERIFY(grams <= 2000);
            all += int(parcel.size());
        }
        QCOMPARE(all, 5);
        // Heavier than the limit alone: a parcel of its own (said to staff as over the limit).
        QCOMPARE(packParcels({{QStringLiteral("x"), 2600}, {QStringLiteral("y"), 300}}, 2000).size(), 2);
    }

    // ---- Windows-1252 both ways.
    void windows1252()
    {
        const QString text = QStringLiteral("Lefèvre Œdipe « 5,00 € » — Noël");
        const QByteArray bytes = toWindows1252(text);
        QCOMPARE(bytes.size(), text.size());
        QCOMPARE(bytes.at(text.indexOf(QChar(0x20AC))), char(0x80));
        QCOMPARE(bytes.at(text.indexOf(QChar(0x0152))), char(0x8C));
        QCOMPARE(fromWindows1252(bytes), text);
        QCOMPARE(toWindows1252(QStringLiteral("漢")), QByteArray("?"));
    }

    // ---- The training library: the delivery location's requests with Koha's patron fields.
    void deliveryHoldsServedWithKohaAddressFields()
    {
        QNetworkAccessManager nam;
        ils::KohaRestClient rest(nam, m_clock);
        rest.setConfig(m_sandbox.restConfig());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("pickup_library_id"), QStringLiteral("LIVRAISON"));
        const auto holds = wait<Result<QJsonArray>>(
            [&](auto done) { rest.listAll(QStringLiteral("/holds"), q, {QStringLiteral("patron")}, done); });
        QVERIFY(holds.ok());
        QVERIFY(holds.value().size() >= 12);
        QJsonArray patrons;
        QSet<QString> cities;
        for (const QJsonValue& h : holds.value()) {
            QCOMPARE(h.toObject().value(QStringLiteral("pickup_library_id")).toString(), QStringLiteral("LIVRAISON"));
            const QJsonObject p = h.toObject().value(QStringLiteral("patron")).toObject();
            for (const char* field : {"address", "street_number", "city", "postal_code", "phone", "mobile", "email"})
                QVERIFY2(p.contains(QLatin1String(field)), field);
            cities.insert(p.value(QStringLiteral("city")).toString());
            patrons.append(p);
        }
        QVERIFY(cities.contains(QStringLiteral("Villeurbanne-sur-Lys")));
        QVERIFY(cities.size() >= 2); // some patrons live elsewhere
        QStringList problems = contract(QStringLiteral("patron"), QJsonDocument(patrons));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QJsonArray bare;
        for (const QJsonValue& h : holds.value()) {
            QJsonObject o = h.toObject();
            o.remove(QStringLiteral("patron"));
            bare.append(o);
        }
        problems = contract(QStringLiteral("hold"), QJsonDocument(bare));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // ---- The counter: orders from the sync, addresses only for them.
    void ordersFromTheTrainingLibrary()
    {
        bool synced = false;
        connect(&m_ws->session().sync(), &sync::SyncEngine::finished, this, [&synced] { synced = true; });
        m_ws->session().start(3600);
        QVERIFY(QTest::qWaitFor([&synced] { return synced; }, 60000));
        const auto refreshed = wait<int>([this](auto done) {
            service().refresh(m_ws->session().rest(), [done](Status s, int n) { done(s.ok() ? n : -1); });
        });
        QVERIFY(refreshed >= 0);
        const QList<Order> orders = allOrders();
        QVERIFY(orders.size() >= 10);
        int ineligible = 0, withPages = 0, items = 0;
        for (const Order& o : orders) {
            QVERIFY(o.round.isValid());
            QVERIFY(o.round.dayOfWeek() != Qt::Sunday);
            QCOMPARE(o.round, service().config().roundFor(o.orderedAt));
            QVERIFY(!o.address.isEmpty());
            ineligible += o.eligibility.ok ? 0 : 1;
            if (!o.eligibility.ok)
                QVERIFY2(o.eligibility.reason.contains(QStringLiteral("outside")), qPrintable(o.eligibility.reason));
            for (const DeliveryItem& i : o.items) {
                ++items;
                QVERIFY2(i.grams > 0, qPrintable(i.title));
                withPages += pagesOf(i.physical.extent) > 0 ? 1 : 0;
            }
        }
        QVERIFY(ineligible >= 1); // an order with an address outside the town
        QVERIFY(withPages > 0);   // estimates from the records' 215
        // Addresses are fetched for delivery orders only: the cache keeps no patron address.
        auto cols = m_ws->store().cache().database().exec(QStringLiteral("PRAGMA table_info(patrons)"));
        QVERIFY(cols.ok());
        while (cols.value().next())
            QVERIFY(cols.value().value(1).toString() != QLatin1String("address"));
        // The event log: created orders and items, append-only.
        const auto events = service().events();
        QVERIFY(events.ok());
        QVERIFY(events.value().size() >= orders.size() + items);
        QVERIFY(!m_ws->store().outbox().database().exec(QStringLiteral("UPDATE delivery_events SET event = 'x'")).ok());
        QVERIFY(!m_ws->store().outbox().database().exec(QStringLiteral("DELETE FROM delivery_events")).ok());
    }

    // ---- An order over 2 kg: split into paid parcels, or flagged to call the patron.
    void overweightOrderSplitOrCalled()
    {
        QList<Order> orders = allOrders();
        Order big;
        for (const Order& o : orders)
            if (o.eligibility.ok && o.items.size() >= 2 && o.state == Order::State::Open)
                big = o;
        QVERIFY(!big.uuid.isEmpty());
        // Weighed at the counter: heavy enough to need two parcels.
        for (const DeliveryItem& i : big.items)
            QVERIFY(service().setWeight(i.uuid, 1400).ok());
        auto parcels = service().plan(big.uuid);
        QVERIFY(parcels.ok());
        QCOMPARE(parcels.value().size(), big.items.size()); // 1.4 kg each: one per parcel
        for (const Parcel& p : parcels.value()) {
            QVERIFY(p.grams <= 2000);
            QCOMPARE(p.feeCents, 500);
        }
        // "call" instead: no parcels, the order waits for the phone call.
        DeliveryConfig call = service().config();
        call.overweight = Overweight::Call;
        service().setConfig(call);
        QVERIFY(service().plan(big.uuid).ok());
        auto o = service().order(big.uuid);
        QCOMPARE(o.value().state, Order::State::Call);
        QVERIFY(o.value().parcels.isEmpty());
        call.overweight = Overweight::Split;
        service().setConfig(call);
        // Lighter after all (weighed again): one parcel, the order open again.
        for (const DeliveryItem& i : big.items)
            QVERIFY(service().setWeight(i.uuid, 300).ok());
        QVERIFY(service().plan(big.uuid).ok());
        o = service().order(big.uuid);
        QCOMPARE(o.value().state, Order::State::Open);
        QCOMPARE(o.value().parcels.size(), 1);
        QCOMPARE(o.value().parcels.first().grams, 300 * int(big.items.size()));
        // A weight typed at the counter is remembered for the copy (once its barcode is known).
        QVERIFY(!service().setWeight(big.items.first().uuid, 0).ok());
    }

    // ---- Capture through SIP2: "Home delivery — parcel no. n"; the weight remembered for the copy.
    void captureGivesTheParcel()
    {
        const QDate round = [this] {
            for (const Order& o : allOrders())
                if (o.eligibility.ok)
                    return o.round;
            return QDate();
        }();
        QVERIFY(round.isValid());
        for (const QDate& r : service().rounds().value())
            QVERIFY(service().planRound(r).ok());
        // The pull list's lines for the delivery location.
        auto lines = m_ws->store().cache().database().exec(
            QStringLiteral("SELECT barcode, patron_id FROM pick_list WHERE site = 'CENTRE' AND pickup_library_id = "
                           "'LIVRAISON' ORDER BY item_id"));
        QVERIFY(lines.ok());
        QStringList barcodes;
        while (lines.value().next())
            barcodes << lines.value().value(0).toString();
        lines.value().finish();
        QVERIFY(barcodes.size() >= 10);
        int parcels = 0, captured = 0;
        for (const QString& barcode : barcodes) {
            const desk::CaptureResult r = checkin(barcode);
            QVERIFY2(r.recorded, qPrintable(r.verdict.detail));
            if (r.verdict.title.startsWith(QStringLiteral("Home delivery — parcel no. "))) {
                QCOMPARE(r.verdict.kind, VerdictKind::Bag);
                ++parcels;
            }
            captured += r.verdict.title.startsWith(QStringLiteral("Home delivery")) ? 1 : 0;
            QVERIFY2(r.verdict.kind != VerdictKind::Transit, qPrintable(r.verdict.title)); // never in a crate
        }
        QCOMPARE(captured, barcodes.size());
        QVERIFY(parcels > 5);
        // The ILS knows them in transit to the delivery location.
        QVERIFY(m_sandbox
                    .scalar(QStringLiteral("SELECT count(*) FROM holds WHERE pickup_library_id = 'LIVRAISON' AND "
                                           "status = 'T'"))
                    .toInt() >= barcodes.size());
        // A weight typed at the counter for a copy wins over the estimate, and is remembered.
        DeliveryItem item;
        for (const Order& o : allOrders())
            for (const DeliveryItem& i : o.items)
                if (!i.barcode.isEmpty())
                    item = i;
        QVERIFY(!item.barcode.isEmpty());
        QVERIFY(service().setWeight(item.uuid, 777).ok());
        QCOMPARE(service().rememberedWeight(item.barcode), 777);
    }

    // ---- Dispatch: each parcel's items checked out to the patron through SIP2; the manifest.
    void dispatchAndManifest()
    {
        const QDate round = service().orders(service().rounds().value().last()).value().isEmpty()
                                ? QDate()
                                : service().rounds().value().last();
        QVERIFY(round.isValid());
        const DispatchReport report =
            wait<DispatchReport>([&](auto done) { service().dispatch(round, checkoutCall(), done); });
        QVERIFY2(report.refused.isEmpty(), qPrintable(report.refused.join(QLatin1Char('\n'))));
        QVERIFY(report.parcels > 0);
        QCOMPARE(report.provisional, 0);
        for (const Order& o : service().orders(round).value()) {
            if (!o.eligibility.ok)
                continue;
            for (const DeliveryItem& i : o.items)
                if (i.capturedAt.isValid())
                    QCOMPARE(
                        m_sandbox
                            .scalar(QStringLiteral("SELECT p.cardnumber FROM items i JOIN patrons p ON "
                                                   "p.patron_id = i.checked_out_patron_id WHERE i.external_id = ?"),
                                    {i.barcode})
                            .toString(),
                        o.card);
        }
        // Each order that left has an event of its own besides the round's (the network store keeps
        // each order's state from them).
        QSet<QString> leftWithTheRound, told;
        for (const Order& o : service().orders(round).value())
            if (o.state == Order::State::Dispatched)
                leftWithTheRound.insert(o.uuid);
        QVERIFY(!leftWithTheRound.isEmpty());
        for (const DeliveryService::Event& e : service().events().value())
            if (e.entity == QLatin1String("order") && e.event == QLatin1String("dispatched"))
                told.insert(e.entityUuid);
        QCOMPARE(told, leftWithTheRound);
        const Manifest m = service().manifest(round).value();
        QCOMPARE(m.lines.size(), report.parcels);
        QCOMPARE(m.roundBarcode, Manifest::roundBarcodeFor(round));
        QCOMPARE(Manifest::roundFromBarcode(m.roundBarcode), round);
        const QString csv = QString::fromUtf8(manifestCsv(m));
        QCOMPARE(csv.count(QStringLiteral("\r\n")), m.lines.size() + 1);
        QVERIFY(csv.contains(m.lines.first().barcode));
        QVERIFY(csv.contains(m.lines.first().address));
        QVERIFY(manifestHtml(m, QStringLiteral("Médiathèque centrale"))
                    .contains(QStringLiteral("barcode:") + m.roundBarcode));
    }

    // ---- Outcomes: delivered, absent (checked in, or kept on the hold shelf), refused.
    void outcomesAndTheAbsentFlow()
    {
        const QDate round = service().rounds().value().last();
        QList<Parcel> out;
        for (const Order& o : service().orders(round).value())
            for (const Parcel& p : o.parcels)
                if (p.state == Parcel::State::Dispatched)
                    out.append(p);
        QVERIFY(out.size() >= 4);
        auto record = [&](const Parcel& p, DeliveryService::Outcome outcome) {
            return wait<Result<OutcomeReport>>(
                [&](auto done) { service().recordOutcome(p.barcode(), outcome, checkinCall(), {}, done); });
        };
        auto delivered = record(out[0], DeliveryService::Outcome::Delivered);
        QVERIFY(delivered.ok());
        QCOMPARE(delivered.value().parcel.state, Parcel::State::Delivered);
        // The same parcel twice: refused.
        QVERIFY(!record(out[0], DeliveryService::Outcome::Absent).ok());
        // Absent: brought back, its items checked in (the loans end in the ILS).
        auto absent = record(out[1], DeliveryService::Outcome::Absent);
        QVERIFY(absent.ok());
        QCOMPARE(absent.value().parcel.state, Parcel::State::Absent);
        QVERIFY2(absent.value().refused.isEmpty(), qPrintable(absent.value().refused.join(QLatin1Char(' '))));
        const Order absentOrder = service().order(out[1].orderUuid).value();
        for (const DeliveryItem& i : absentOrder.items)
            if (i.parcelUuid == out[1].uuid)
                QVERIFY(m_sandbox
                            .scalar(QStringLiteral("SELECT checked_out_patron_id FROM items WHERE external_id = ?"),
                                    {i.barcode})
                            .isNull());
        auto refused = record(out[2], DeliveryService::Outcome::Refused);
        QVERIFY(refused.ok());
        // An order whose parcels are all back is closed, with an event of its own, once.
        for (const Parcel& p : std::as_const(out)) {
            const Order o = service().order(p.orderUuid).value();
            int closedEvents = 0;
            for (const DeliveryService::Event& e : service().events().value())
                closedEvents +=
                    e.entity == QLatin1String("order") && e.entityUuid == o.uuid && e.event == QLatin1String("closed");
            QCOMPARE(closedEvents, o.state == Order::State::Closed ? 1 : 0);
        }
        // Absent, with the library keeping the documents for the patron: checked in, requested
        // again for them here (SIP2 15, through the outbox), checked in once more: on the hold shelf.
        DeliveryConfig keep = service().config();
        keep.broughtBack = BroughtBack::HoldShelf;
        service().setConfig(keep);
        const HoldCall hold = [this](const QString& card, const QString& barcode, CirculationDone done) {
            desk::placeHold(m_ws->store().outbox(), m_ws->session().sip(), QStringLiteral("livraison-1"),
                            QStringLiteral("mdupont"), QStringLiteral("CENTRE"), card, barcode,
                            QStringLiteral("CENTRE"), done);
        };
        auto kept = wait<Result<OutcomeReport>>([&](auto done) {
            service().recordOutcome(out[3].barcode(), DeliveryService::Outcome::Absent, checkinCall(), hold, done);
        });
        QVERIFY(kept.ok());
        QVERIFY2(kept.value().refused.isEmpty(), qPrintable(kept.value().refused.join(QLatin1Char(' '))));
        QVERIFY2(kept.value().verdict.detail.contains(QStringLiteral("hold shelf")),
                 qPrintable(kept.value().verdict.detail));
        const Order keptOrder = service().order(out[3].orderUuid).value();
        for (const DeliveryItem& i : keptOrder.items)
            if (i.parcelUuid == out[3].uuid)
                QCOMPARE(
                    m_sandbox
                        .scalar(QStringLiteral("SELECT p.cardnumber FROM holds h JOIN items i USING (item_id) JOIN "
                                               "patrons p ON p.patron_id = h.patron_id WHERE i.external_id = ? AND "
                                               "h.status = 'W' AND h.pickup_library_id = 'CENTRE'"),
                                {i.barcode})
                        .toString(),
                    keptOrder.card);
        keep.broughtBack = BroughtBack::CheckIn;
        service().setConfig(keep);
        QVERIFY(!service().parcel(QStringLiteral("LV999999")).ok());
        QVERIFY(!service().parcel(QStringLiteral("31042000000019")).ok());
    }

    // ---- The month's bill: one line per parcel, totals per patron, both encodings read back.
    void billingTotalsAndEncodings()
    {
        const QDate round = service().rounds().value().last();
        const auto billing = service().billing(round.year(), round.month());
        QVERIFY(billing.ok());
        const Billing& b = billing.value();
        QVERIFY(b.lines.size() >= 3);
        int total = 0, absent = 0, refused = 0;
        for (const BillingLine& l : b.lines) {
            total += l.feeCents;
            if (l.outcome == Parcel::State::Absent) {
                ++absent;
                QCOMPARE(l.feeCents, 500); // absent: billed anyway
            }
            if (l.outcome == Parcel::State::Refused) {
                ++refused;
                QCOMPARE(l.feeCents, 0);
            }
        }
        QCOMPARE(absent, 2); // one checked in, one kept on the hold shelf
        QCOMPARE(refused, 1);
        QCOMPARE(b.totalCents, total);
        int perPatron = 0;
        for (const BillingTotal& t : b.perPatron)
            perPatron += t.cents;
        QCOMPARE(perPatron, total);
        const QByteArray utf8 = billingCsv(b, QStringLiteral("utf-8"));
        const QByteArray ansi = billingCsv(b, QStringLiteral("windows-1252"));
        QVERIFY(utf8 != ansi || QString::fromUtf8(utf8).toLatin1() == utf8);
        const QString fromUtf8 = QString::fromUtf8(utf8);
        QCOMPARE(fromWindows1252(ansi), fromUtf8); // same text, other bytes
        QVERIFY(fromUtf8.contains(QStringLiteral("5,00")));
        // Every line has the same number of fields (";"), names with accents intact.
        const QStringList rows = fromUtf8.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.first().count(QLatin1Char(';')), 7);
        for (int i = 1; i <= b.lines.size(); ++i)
            QCOMPARE(rows[i].count(QLatin1Char(';')), 7);
        QVERIFY(fromUtf8.contains(
            QStringLiteral("%1,%2").arg(b.totalCents / 100).arg(b.totalCents % 100, 2, 10, QLatin1Char('0'))));
        QVERIFY(billingHtml(b, QStringLiteral("Médiathèque")).contains(euros(b.totalCents).toHtmlEscaped()));
    }

    // ---- The fee on the patron's Koha account (POST /patrons/{id}/account/debits): billed parcels
    // only (delivered, absent; not refused), once each, even when an answer was lost.
    void feesPostedToKohaAccountsOnce()
    {
        auto due = service().feesDue();
        QVERIFY(due.ok());
        // Independently: the parcels delivered or absent with a fee.
        auto billed = m_ws->store().outbox().database().exec(QStringLiteral(
            "SELECT count(*) FROM delivery_parcels WHERE state IN ('delivered','absent') AND fee_cents > 0"));
        QVERIFY(billed.ok() && billed.value().next());
        QCOMPARE(due.value().size(), billed.value().value(0).toInt());
        QCOMPARE(due.value().size(), 3); // one delivered, two absent; the refused one is not billed
        const auto onAccount = [this](const QString& mark) {
            return m_sandbox
                .scalar(QStringLiteral("SELECT count(*) FROM account_lines WHERE internal_note = ?"), {mark})
                .toInt();
        };
        FeePoster poster(service(), m_ws->session().rest());
        const FeeDue first = due.value().first();
        // 1. The first debit is made, its answer lost: this side does not know it was posted.
        m_sandbox.rest->loseWriteAnswers(1);
        const FeeReport lost = wait<FeeReport>([&](auto done) { poster.post(first, done); });
        QCOMPARE(lost.posted, 0);
        QCOMPARE(lost.failed.size(), 1);
        QCOMPARE(onAccount(FeePoster::markFor(first.parcelUuid)), 1);
        QCOMPARE(service().feesDue().value().size(), 3);
        // 2. Everything due: the account is asked first, the lost one found there, the others posted.
        const auto all = wait<Result<FeeReport>>([&](auto done) { poster.postDue(done); });
        QVERIFY(all.ok());
        QVERIFY2(all.value().failed.isEmpty(), qPrintable(all.value().failed.join(QLatin1Char(' '))));
        QCOMPARE(all.value().alreadyThere, 1);
        QCOMPARE(all.value().posted, 2);
        for (const FeeDue& d : due.value()) {
            const QString mark = FeePoster::markFor(d.parcelUuid);
            QCOMPARE(onAccount(mark), 1);
            QCOMPARE(m_sandbox
                         .scalar(QStringLiteral("SELECT patron_id || ' ' || amount || ' ' || amount_outstanding || ' ' "
                                                "|| debit_type || ' ' || interface FROM account_lines WHERE "
                                                "internal_note = ?"),
                                 {mark})
                         .toString(),
                     QStringLiteral("%1 5.0 5.0 DELIVERY api").arg(d.patronId));
        }
        QVERIFY(service().feesDue().value().isEmpty());
        int posted = 0;
        for (const DeliveryService::Event& e : service().events().value())
            posted += e.event == QLatin1String("fee_posted") ? 1 : 0;
        QCOMPARE(posted, 3);
        // 3. Again: nothing due, nothing posted.
        const auto again = wait<Result<FeeReport>>([&](auto done) { poster.postDue(done); });
        QVERIFY(again.ok());
        QCOMPARE(again.value().posted + again.value().alreadyThere, 0);
        QCOMPARE(m_sandbox.scalar(QStringLiteral("SELECT count(*) FROM account_lines")).toInt(), 3);
        // What the training library serves is Koha's debit object.
        const auto listed = wait<Result<QJsonArray>>([&](auto done) {
            m_ws->session().rest().listAll(QStringLiteral("/patrons/%1/account/debits").arg(first.patronId), {}, {},
                                           done);
        });
        QVERIFY(listed.ok());
        QVERIFY(!listed.value().isEmpty());
        const QStringList problems = contract(QStringLiteral("debit"), QJsonDocument(listed.value()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Koha's rules for a debit: a positive amount, a known type, an existing patron.
        const auto post = [this](qint64 patron, const QJsonObject& body) {
            return wait<Result<QJsonObject>>([&](auto done) {
                m_ws->session().rest().post(QStringLiteral("/patrons/%1/account/debits").arg(patron), body, done);
            });
        };
        const QJsonObject zero{{QStringLiteral("amount"), 0}, {QStringLiteral("type"), QStringLiteral("DELIVERY")}};
        QVERIFY(!post(first.patronId, zero).ok());
        const QJsonObject unknownType{{QStringLiteral("amount"), 5}, {QStringLiteral("type"), QStringLiteral("NOPE")}};
        QVERIFY(!post(first.patronId, unknownType).ok());
        const QJsonObject fine{{QStringLiteral("amount"), 1.5}, {QStringLiteral("type"), QStringLiteral("MANUAL")}};
        const auto missing = post(99999999, fine);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().code.endsWith(QStringLiteral("http404")), qPrintable(missing.error().code));
        const QJsonObject extra{{QStringLiteral("amount"), 1.5},
                                {QStringLiteral("debit_type"), QStringLiteral("MANUAL")}};
        QVERIFY(!post(first.patronId, extra).ok()); // additionalProperties: false
        const auto made = post(first.patronId, fine);
        QVERIFY(made.ok());
        QVERIFY(contract(QStringLiteral("debit"), QJsonDocument(made.value())).isEmpty());
        QCOMPARE(made.value().value(QStringLiteral("amount")).toDouble(), 1.5);
        QCOMPARE(made.value().value(QStringLiteral("type")).toString(), QStringLiteral("MANUAL"));
    }

    // ---- The supervisors' report: home delivery and click & collect sections from this counter's
    // outbox, every figure against the event log (delivery_events), not the tables the report reads.
    void reportSections()
    {
        using namespace comptoir::reports;
        Database& db = m_ws->store().outbox().database();
        const auto scalar = [&db](const QString& sql, const QVariantList& binds = {}) {
            auto v = db.scalar(sql, binds);
            return v ? v.value() : QVariant();
        };
        // The day the parcels came back.
        const QDateTime back = QDateTime::fromString(
            scalar(QStringLiteral("SELECT min(at) FROM delivery_events WHERE event IN ('delivered','absent')"))
                .toString(),
            Qt::ISODateWithMs);
        QVERIFY(back.isValid());
        ReportWindow window;
        window.day = back.toUTC().date();
        window.zone = QTimeZone::utc();
        const QVariantList span{window.start().toUTC().toString(Qt::ISODateWithMs),
                                window.end().toUTC().toString(Qt::ISODateWithMs)};
        const auto events = [&](const char* entity, const char* event) {
            return scalar(
                       QStringLiteral("SELECT count(*) FROM delivery_events WHERE entity = ? AND event = ? AND at >= ? "
                                      "AND at < ?"),
                       {QLatin1String(entity), QLatin1String(event), span[0], span[1]})
                .toInt();
        };
        DayReport before;
        before.day = window.day;
        QVERIFY(addServiceFigures(db, QStringLiteral("CENTRE"), window, before).ok());
        // Two click & collect orders handed over that day.
        const QDateTime saved = m_clock.now();
        m_clock.set(QDateTime(window.day, QTime(15, 0), QTimeZone::utc()));
        QVERIFY(m_ws->store()
                    .outbox()
                    .markCollected(990001, QStringLiteral("DUPONT Marie"), 3, QStringLiteral("mdupont"))
                    .ok());
        QVERIFY(m_ws->store()
                    .outbox()
                    .markCollected(990002, QStringLiteral("MARTIN Léa"), 2, QStringLiteral("mdupont"))
                    .ok());
        m_clock.set(saved);
        DayReport r;
        r.day = window.day;
        QVERIFY(addServiceFigures(db, QStringLiteral("CENTRE"), window, r).ok());
        const SiteFigures* row = r.site(QStringLiteral("CENTRE"));
        QVERIFY(row);
        const SiteFigures* was = before.site(QStringLiteral("CENTRE"));
        QCOMPARE(row->value(figure::CollectHandedOver), (was ? was->value(figure::CollectHandedOver) : 0) + 2);
        QCOMPARE(row->value(figure::CollectItems), (was ? was->value(figure::CollectItems) : 0) + 5);
        const int delivered = events("parcel", "delivered"), absent = events("parcel", "absent");
        QVERIFY(delivered + absent >= 3);
        QCOMPARE(row->value(figure::DeliveryDelivered), double(delivered));
        QCOMPARE(row->value(figure::DeliveryAbsent), double(absent));
        QCOMPARE(row->value(figure::DeliveryBilled), double(delivered + absent));
        QCOMPARE(row->value(figure::DeliveryBilledEur), (delivered + absent) * service().config().feeCents / 100.0);
        QCOMPARE(row->value(figure::DeliveryParcels), double(events("parcel", "dispatched")));
        QCOMPARE(row->value(figure::DeliveryOrders), double(events("order", "created")));
        // The weight of the parcels that left: their items' weights.
        const double grams =
            scalar(QStringLiteral("SELECT coalesce(sum(i.grams), 0) FROM delivery_items i WHERE "
                                  "i.parcel_uuid IN (SELECT entity_uuid FROM delivery_events WHERE "
                                  "entity = 'parcel' AND event = 'dispatched' AND at >= ? AND at < ?)"),
                   span)
                .toDouble();
        QCOMPARE(row->value(figure::DeliveryKg), std::round(grams / 100.0) / 10.0);
        // The sections show (page, PDF and comptoir-report go by them), the CSV has their rows.
        QVERIFY(r.sections().contains(Section::Delivery));
        QVERIFY(r.sections().contains(Section::ClickCollect));
        QCOMPARE(sectionColumns(Section::Delivery).size(), 7);
        const QString csv = QString::fromUtf8(toCsv(r, Thresholds()));
        QVERIFY(csv.contains(QStringLiteral(",home_delivery,delivery_billed_eur,")));
        QVERIFY(csv.contains(QStringLiteral(",click_collect,collect_handed_over,")));
        QVERIFY(csv.contains(QStringLiteral("euros")));
        // The PDF, as pdftotext reads it: the home delivery section and the counter's totals in it, in
        // the order of its columns (and its click & collect orders handed over).
        const QString pdf = m_dir.filePath(QStringLiteral("report-sections.pdf"));
        QVERIFY(writeReportPdf(r, {}, Thresholds(), pdf).ok());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY(text.contains(sectionTitle(Section::Delivery)));
        QStringList totals;
        for (const QString& key : sectionColumns(Section::Delivery))
            totals << formatValue(key, row->value(key));
        QVERIFY2(text.contains(row->name + QLatin1Char(' ') + totals.join(QLatin1Char(' '))),
                 qPrintable(totals.join(QLatin1Char(' ')) + QStringLiteral(" in ") + text));
        QVERIFY(text.contains(sectionTitle(Section::ClickCollect)));
        QVERIFY(text.contains(formatValue(figure::CollectHandedOver, row->value(figure::CollectHandedOver)) +
                              QLatin1Char(' ') + formatValue(figure::CollectItems, row->value(figure::CollectItems))));
        // A day with nothing: no section.
        DayReport empty;
        ReportWindow quiet;
        quiet.day = QDate(2020, 1, 6);
        quiet.zone = QTimeZone::utc();
        empty.day = quiet.day;
        QVERIFY(addServiceFigures(db, QStringLiteral("CENTRE"), quiet, empty).ok());
        QVERIFY(!empty.sections().contains(Section::Delivery));
        QVERIFY(!empty.sections().contains(Section::ClickCollect));
    }

    // ---- Settings > Home delivery: every delivery/* setting, written only when valid.
    void settingsPage()
    {
        Settings s(m_dir.filePath(QStringLiteral("page.ini")));
        DeliverySettingsPage page(s);
        // The defaults shown: Levallois's 13:00, 16:00–20:00, 5 €, 2 kg, Monday to Saturday.
        QCOMPARE(page.cutoff()->time(), QTime(13, 0));
        QCOMPARE(page.fee()->value(), 5.0);
        QCOMPARE(page.maxParcelGrams()->value(), 2000);
        QVERIFY(page.day(6)->isChecked());
        QVERIFY(!page.day(7)->isChecked());
        page.location()->setText(QStringLiteral("LIVRAISON"));
        page.towns()->setText(QStringLiteral("Levallois-Perret"));
        page.cutoff()->setTime(QTime(12, 30));
        page.windowStart()->setTime(QTime(15, 0));
        page.windowEnd()->setTime(QTime(19, 30));
        page.fee()->setValue(4.5);
        page.day(6)->setChecked(false);
        page.closedDays()->setPlainText(QStringLiteral("2026-12-25\n2027-01-01"));
        page.maxParcelGrams()->setValue(3000);
        page.overweight()->setCurrentIndex(page.overweight()->findData(QStringLiteral("call")));
        page.broughtBack()->setCurrentIndex(page.broughtBack()->findData(QStringLiteral("holdShelf")));
        page.encoding()->setCurrentIndex(page.encoding()->findData(QStringLiteral("windows-1252")));
        page.retentionDays()->setValue(60);
        page.postFees()->setChecked(true);
        page.weightDefault(QStringLiteral("dvd"))->setValue(180);
        QVERIFY(page.apply().ok());
        const DeliveryConfig c = DeliveryConfig::load(s);
        QCOMPARE(c.location, QStringLiteral("LIVRAISON"));
        QCOMPARE(c.towns, QStringList{QStringLiteral("Levallois-Perret")});
        QCOMPARE(c.cutoff, QTime(12, 30));
        QCOMPARE(c.windowText(), QStringLiteral("15:00–19:30"));
        QCOMPARE(c.feeCents, 450);
        QCOMPARE(c.days, (QSet<int>{1, 2, 3, 4, 5}));
        QCOMPARE(c.closed, (QSet<QDate>{QDate(2026, 12, 25), QDate(2027, 1, 1)}));
        QCOMPARE(c.maxParcelGrams, 3000);
        QCOMPARE(c.overweight, Overweight::Call);
        QCOMPARE(c.broughtBack, BroughtBack::HoldShelf);
        QCOMPARE(c.billingEncoding, QStringLiteral("windows-1252"));
        QCOMPARE(c.addressRetentionDays, 60);
        QCOMPARE(c.weights.dvd, 180);
        QCOMPARE(c.weights.cd, WeightDefaults().cd);
        QVERIFY(s.value(settings::DeliveryPostFees));
        QCOMPARE(s.value(settings::DeliveryDebitType), QStringLiteral("DELIVERY"));
        // The page shows what is stored.
        DeliverySettingsPage again(s);
        QCOMPARE(again.cutoff()->time(), QTime(12, 30));
        QCOMPARE(again.closedDays()->toPlainText(), QStringLiteral("2026-12-25\n2027-01-01"));
        QVERIFY(!again.day(6)->isChecked());
        // Invalid: nothing written, the page says why.
        again.closedDays()->setPlainText(QStringLiteral("25/12/2026"));
        again.fee()->setValue(9);
        QVERIFY(!again.apply().ok());
        QVERIFY(!again.problem()->text().isEmpty());
        QCOMPARE(DeliveryConfig::load(s).feeCents, 450);
        again.closedDays()->clear();
        again.windowEnd()->setTime(QTime(14, 0));
        QVERIFY(!again.apply().ok());
        again.windowEnd()->setTime(QTime(20, 0));
        for (int d = 1; d <= 7; ++d)
            again.day(d)->setChecked(false);
        QVERIFY(!again.apply().ok());
        again.day(3)->setChecked(true);
        QVERIFY(again.apply().ok());
        QCOMPARE(DeliveryConfig::load(s).days, QSet<int>{3});
        QCOMPARE(DeliveryConfig::load(s).feeCents, 900);
        QVERIFY(DeliveryConfig::load(s).closed.isEmpty());
    }

    // ---- Offline: preparing goes on (provisional parcel verdicts, actions pending), then replay.
    void offlinePreparationThenReplay()
    {
        // A round not dispatched: the next one with eligible orders whose items are not captured.
        QStringList barcodes;
        auto lines = m_ws->store().cache().database().exec(
            QStringLiteral("SELECT barcode FROM pick_list WHERE site = 'CENTRE' AND pickup_library_id = 'LIVRAISON'"));
        QVERIFY(lines.ok());
        while (lines.value().next())
            barcodes << lines.value().value(0).toString();
        lines.value().finish();
        QString barcode;
        for (const Order& o : allOrders())
            if (o.eligibility.ok && o.state == Order::State::Open)
                for (const DeliveryItem& i : o.items)
                    if (!i.capturedAt.isValid() && barcode.isEmpty())
                        for (const QString& b : barcodes)
                            if (i.barcode == b)
                                barcode = b;
        if (barcode.isEmpty()) {
            // Every pulled copy was captured above: take one back out of its parcel's order.
            for (const Order& o : allOrders())
                if (o.eligibility.ok && o.state == Order::State::Open && !o.items.isEmpty() && barcode.isEmpty())
                    barcode = o.items.first().barcode;
            QVERIFY(!barcode.isEmpty());
            QVERIFY(
                m_ws->store()
                    .outbox()
                    .database()
                    .exec(QStringLiteral("UPDATE delivery_items SET captured_at = NULL WHERE barcode = ?"), {barcode})
                    .ok());
        }
        m_sandbox.faults.sipDropRequest = 1000000; // the library system's SIP2 goes away
        const qint64 pendingBefore = m_ws->store().outbox().count(OutboxAction::State::Pending).value();
        const desk::CaptureResult r = checkin(barcode);
        QVERIFY(r.provisional);
        QVERIFY(r.recorded);
        QCOMPARE(r.verdict.kind, VerdictKind::Provisional);
        QVERIFY2(r.verdict.title.startsWith(QStringLiteral("Home delivery")), qPrintable(r.verdict.title));
        QCOMPARE(m_ws->store().outbox().count(OutboxAction::State::Pending).value(), pendingBefore + 1);
        m_sandbox.faults.sipDropRequest = 0;
        QSignalSpy replayed(&m_ws->session().replayer(), &desk::Replayer::finished);
        m_ws->session().replayer().replay();
        QVERIFY(replayed.wait(20000));
        QCOMPARE(m_ws->store().outbox().count(OutboxAction::State::Pending).value(), 0);
    }

    // ---- The page, keyboard first, and its documents; screenshots in /tmp/delivery-shots.
    void pageAndDocuments()
    {
        const QString shots = QStringLiteral("/tmp/delivery-shots");
        QDir().mkpath(shots);
        DeliveryPage page(service(), m_clock);
        page.setDesk(QStringLiteral("Médiathèque centrale"), m_dir.filePath(QStringLiteral("delivery")));
        page.checkin = checkinCall();
        page.checkout = checkoutCall();
        QSignalSpy verdicts(&page, &DeliveryPage::verdictReady);
        page.resize(1280, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        // The round being prepared first (Monday's: the clock says Sunday).
        QCOMPARE(page.round(), service().preparingRound());
        QVERIFY(page.tree()->topLevelItemCount() > 0);
        // The patron and the address stay readable, whatever the longest state says (the page is
        // 1000 px wide on a 1280 px screen beside the navigation); a cell's whole text in its tooltip.
        page.resize(1000, 720);
        QTRY_VERIFY(page.tree()->columnWidth(0) >= 180 && page.tree()->columnWidth(1) >= 180);
        QTreeWidgetItem* first0 = page.tree()->topLevelItem(0);
        for (int c = 0; c < page.tree()->columnCount(); ++c)
            QCOMPARE(first0->toolTip(c), first0->text(c));
        page.resize(1280, 720);
        // Alt+R: the other round (the one whose parcels are still being gathered).
        const QDate first = page.round();
        QTest::keyClick(&page, Qt::Key_R, Qt::AltModifier);
        QVERIFY(page.round() != first);
        QTest::keyClick(&page, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(verdicts.size() >= 1);
        QCOMPARE(verdicts.last().first().value<Verdict>().title, DeliveryPage::tr("Parcels planned"));
        // Weighing the chosen document.
        QTreeWidgetItem* item = nullptr;
        for (int i = 0; i < page.tree()->topLevelItemCount() && !item; ++i)
            if (page.tree()->topLevelItem(i)->childCount() > 0 &&
                !page.tree()->topLevelItem(i)->text(4).startsWith(QStringLiteral("Not deliverable")))
                item = page.tree()->topLevelItem(i)->child(0);
        QVERIFY(item);
        page.tree()->setCurrentItem(item);
        const QString orderUuid = item->parent()->data(0, Qt::UserRole).toString();
        const Verdict weighed = page.setWeightOfSelected(640);
        QCOMPARE(weighed.kind, VerdictKind::Success);
        QVERIFY(page.tree()->currentItem()->text(3).contains(DeliveryPage::tr("weighed")));
        QVERIFY(page.grab().save(shots + QStringLiteral("/round.png")));
        // The chosen order's parcel label, as the printer gets it (80 mm PDF).
        const QList<Slip> labels = page.parcelLabels(service().order(orderUuid).value());
        QVERIFY(!labels.isEmpty());
        const QString labelPdf = shots + QStringLiteral("/parcel-label.pdf");
        QVERIFY(writeSlipPdf(labels.first(), labelPdf));
        bool hasBarcode = false, hasWindow = false;
        for (const print::SlipLine& line : labels.first().lines) {
            hasBarcode |= line.kind == print::SlipLine::Kind::Barcode && line.text.startsWith(QStringLiteral("LV"));
            hasWindow |= line.text.contains(service().config().windowText());
        }
        QVERIFY(hasBarcode);
        QVERIFY(hasWindow);
        // The manifest of the dispatched round and the month's bill, as PDF and CSV.
        page.showRound(service().rounds().value().last());
        QString manifestPdf, manifestCsvPath, billPdf, billCsv;
        QCOMPARE(page.writeManifest(&manifestPdf, &manifestCsvPath).kind, VerdictKind::Success);
        const QDate round = service().rounds().value().last();
        QCOMPARE(page.writeBilling(round.year(), round.month(), &billPdf, &billCsv).kind, VerdictKind::Success);
        for (const QString& f : {manifestPdf, manifestCsvPath, billPdf, billCsv})
            QVERIFY2(QFileInfo(f).size() > 200, qPrintable(f));
        const auto render = [&shots](const QString& pdf, const QString& name) {
            QProcess p;
            p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("90"),
                                                 QStringLiteral("-singlefile"), pdf, shots + u'/' + name});
            return p.waitForFinished(60000) && p.exitCode() == 0;
        };
        QVERIFY(render(labelPdf, QStringLiteral("parcel-label")));
        QVERIFY(render(manifestPdf, QStringLiteral("manifest")));
        QVERIFY(render(billPdf, QStringLiteral("billing")));
        // A parcel scanned back on the page: the outcome chosen (Alt+O: absent).
        page.setOutcome(DeliveryService::Outcome::Delivered);
        QTest::keyClick(&page, Qt::Key_O, Qt::AltModifier);
        Parcel dispatched;
        for (const Order& o : allOrders())
            for (const Parcel& p : o.parcels)
                if (p.state == Parcel::State::Dispatched)
                    dispatched = p;
        if (dispatched.number > 0) {
            const Verdict back = wait<Verdict>([&](auto done) { page.handleParcel(dispatched.barcode(), done); });
            QVERIFY2(back.title.contains(QStringLiteral("absent")), qPrintable(back.title));
            QCOMPARE(service().parcel(dispatched.barcode()).value().state, Parcel::State::Absent);
        }
        QVERIFY(DeliveryPage::isDeliveryCode(QStringLiteral("LV000017")));
        QVERIFY(DeliveryPage::isDeliveryCode(Manifest::roundBarcodeFor(round)));
        QVERIFY(!DeliveryPage::isDeliveryCode(QStringLiteral("31042000000019")));
    }

    // ---- Addresses go after the billing month and the retention.
    void addressesPurgedAfterRetention()
    {
        const QDate round = service().rounds().value().last();
        // Still inside: the month of the round plus 30 days.
        auto none = service().purgeAddresses(QDateTime(round.addDays(10), QTime(12, 0), QTimeZone::utc()));
        QVERIFY(none.ok());
        QCOMPARE(none.value(), 0);
        const QDate after = QDate(round.year(), round.month(), 1).addMonths(1).addDays(31);
        auto purged = service().purgeAddresses(QDateTime(after, QTime(12, 0), QTimeZone::utc()));
        QVERIFY(purged.ok());
        QVERIFY(purged.value() > 0);
        for (const Order& o : service().orders(round).value())
            if (o.state == Order::State::Dispatched || o.state == Order::State::Closed) {
                QVERIFY(o.addressPurged);
                QVERIFY(o.address.isEmpty());
                QVERIFY(o.address.phone.isEmpty());
            }
        // The bill is still there (names and cards), without addresses.
        const Billing b = service().billing(round.year(), round.month()).value();
        QVERIFY(!b.lines.isEmpty());
        QVERIFY(b.lines.first().address.isEmpty());
    }

    // ---- An order taken on the phone from the lookup page: the patron found, the address and
    // eligibility, the round against the cut-off shown before confirming, documents by barcode
    // (Enter), Delete to remove one, Ctrl+Enter to place the requests for the delivery location.
    void phoneOrderFromTheLookupPage()
    {
        const QString location = service().config().location;
        const QString card = m_sandbox
                                 .scalar(QStringLiteral("SELECT p.cardnumber FROM patrons p JOIN patron_addresses a "
                                                        "USING (patron_id) WHERE a.postal_code = '59100' ORDER BY "
                                                        "p.patron_id LIMIT 1"))
                                 .toString();
        const QString outsider =
            m_sandbox
                .scalar(QStringLiteral("SELECT p.cardnumber FROM patrons p JOIN patron_addresses a USING (patron_id) "
                                       "WHERE a.postal_code <> '59100' AND a.city NOT LIKE 'Villeurbanne%' ORDER BY "
                                       "p.patron_id LIMIT 1"))
                .toString();
        QVERIFY(!card.isEmpty());
        QVERIFY(!outsider.isEmpty());
        const QString freeItems = QStringLiteral(
            "SELECT external_id FROM items WHERE withdrawn = 0 AND lost_status = 0 AND not_for_loan_status = 0 AND "
            "checked_out_date IS NULL AND item_id NOT IN (SELECT item_id FROM holds WHERE item_id IS NOT NULL) AND "
            "biblio_id NOT IN (SELECT biblio_id FROM holds) ORDER BY item_id LIMIT 1 OFFSET %1");
        const QString first = m_sandbox.scalar(freeItems.arg(0)).toString();
        const QString second = m_sandbox.scalar(freeItems.arg(1)).toString();
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        desk::NetworkLookup lookup(&m_ws->session().rest(), m_ws->store().cache());
        LookupPage page(lookup, m_ws->store().outbox());
        PhoneOrders orders(m_ws->session().rest(), m_clock);
        orders.setConfig(service().config());
        orders.setPlaceHold(
            [this](const QString& card, const QString& barcode, const QString& pickup, CirculationDone done) {
                desk::placeHold(m_ws->store().outbox(), m_ws->session().sip(), QStringLiteral("livraison-1"),
                                QStringLiteral("mdupont"), QStringLiteral("CENTRE"), card, barcode, pickup, done);
            });
        QVERIFY(page.deliveryOrderButton()->isHidden());
        page.setPhoneOrders(&orders);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.deliveryOrderButton()->isVisible());
        QVERIFY(!page.deliveryOrderButton()->isEnabled()); // no patron yet
        const auto find = [&](const QString& text) {
            QSignalSpy searched(&page, &LookupPage::searched);
            page.search(text);
            QVERIFY(searched.wait(20000));
            QCOMPARE(page.patrons()->rowCount(), 1);
            page.patrons()->setCurrentCell(0, 0);
        };
        find(card);
        QVERIFY(page.deliveryOrderButton()->isEnabled());
        // Alt+D opens it, like the button.
        // (the button's mnemonic when the window is active: the click comes a moment later)
        QTest::keyClick(page.field(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<PhoneOrderDialog*>(), 5000);
        auto* dialog = page.findChild<PhoneOrderDialog*>();
        QSignalSpy quoted(dialog, &PhoneOrderDialog::quoted);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->quote().patronId != 0 && !dialog->quoting(), 20000);
        QVERIFY(!dialog->addressLabel()->text().isEmpty());
        QVERIFY(dialog->quote().eligibility.ok);
        QVERIFY(!dialog->confirmButton()->isEnabled()); // nothing ordered yet
        // The round and the cut-off, shown before confirming.
        const QDateTime now = m_clock.now();
        QCOMPARE(dialog->quote().round, service().config().roundFor(now));
        QCOMPARE(dialog->quote().beforeCutoff, now.toLocalTime().time() < QTime(13, 0));
        QVERIFY2(dialog->roundLabel()->text().contains(QStringLiteral("13:00")),
                 qPrintable(dialog->roundLabel()->text()));
        QVERIFY(dialog->roundLabel()->text().contains(QStringLiteral("16:00–20:00")));
        QVERIFY(dialog->roundLabel()->text().contains(euros(500)));
        // Keyboard: the barcode field has the focus; Enter adds.
        dialog->activateWindow();
        for (const QString& code : {first, QStringLiteral("NOPE-000"), second}) {
            QTest::keyClicks(dialog->barcodeField(), code);
            QTest::keyClick(dialog->barcodeField(), Qt::Key_Return);
            QVERIFY(quoted.wait(20000));
        }
        QCOMPARE(dialog->documents()->rowCount(), 3);
        QVERIFY(!dialog->documents()->item(0, 1)->text().isEmpty()); // the title from the ILS
        QVERIFY(!dialog->documents()->item(1, 2)->text().isEmpty()); // unknown barcode: a problem
        QVERIFY(!dialog->confirmButton()->isEnabled());
        // Delete removes the selected document.
        dialog->documents()->setCurrentCell(1, 0);
        QTest::keyClick(static_cast<QWidget*>(dialog->documents()), Qt::Key_Delete);
        QVERIFY(quoted.wait(20000));
        QCOMPARE(dialog->documents()->rowCount(), 2);
        QVERIFY(dialog->confirmButton()->isEnabled());
        // Ctrl+Enter places the requests for the delivery location (SIP2 15 through the outbox).
        QSignalSpy placed(dialog, &PhoneOrderDialog::placed);
        QTest::keyClick(dialog->barcodeField(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(placed.wait(20000));
        const auto placement = placed.first().first().value<PhonePlacement>();
        QVERIFY2(placement.refused.isEmpty(), qPrintable(placement.refused.join(QLatin1Char(' '))));
        QCOMPARE(placement.placed, 2);
        for (const QString& code : {first, second})
            QCOMPARE(m_sandbox
                         .scalar(QStringLiteral("SELECT count(*) FROM holds h JOIN items i ON i.item_id = h.item_id OR "
                                                "(h.item_id IS NULL AND i.biblio_id = h.biblio_id) JOIN patrons p ON "
                                                "p.patron_id = h.patron_id WHERE i.external_id = ? AND "
                                                "h.pickup_library_id = ? AND p.cardnumber = ?"),
                                 {code, location, card})
                         .toInt(),
                     1);
        QCOMPARE(dialog->documents()->rowCount(), 0);
        // The order then comes from the ILS like any delivery request.
        const auto refreshed = wait<int>([this](auto done) {
            service().refresh(m_ws->session().rest(), [done](Status s, int n) { done(s.ok() ? n : -1); });
        });
        QVERIFY(refreshed >= 1);
        bool found = false;
        for (const Order& o : allOrders())
            if (o.card == card)
                for (const DeliveryItem& i : o.items)
                    found = found || i.barcode == first;
        QVERIFY(found);
        const PhoneQuote q = dialog->quote();
        dialog->close();

        // A patron outside the area: said before anything is placed, nothing can be.
        find(outsider);
        auto* other = page.openDeliveryOrder();
        QVERIFY(other);
        QSignalSpy otherQuoted(other, &PhoneOrderDialog::quoted);
        QVERIFY(otherQuoted.wait(20000));
        QVERIFY(!other->quote().eligibility.ok);
        QVERIFY(other->eligibilityLabel()->text().contains(other->quote().eligibility.reason));
        other->addBarcode(second);
        QVERIFY(otherQuoted.wait(20000));
        QVERIFY(!other->confirmButton()->isEnabled());
        const auto refused = wait<Result<PhonePlacement>>([&](auto done) { orders.place(other->quote(), done); });
        QVERIFY(!refused.ok());
        other->close();

        // The cut-off edge: 12:59:59 is this round, 13:00:00 the next one.
        const QDate monday(2026, 11, 23);
        m_clock.set(QDateTime(monday, QTime(12, 59, 59)).toUTC());
        const PhoneQuote before = orders.requote(q);
        QVERIFY(before.beforeCutoff);
        QCOMPARE(before.minutesToCutoff, 1);
        QCOMPARE(before.round, QDate(2026, 11, 24));
        m_clock.set(QDateTime(monday, QTime(13, 0)).toUTC());
        const PhoneQuote after = orders.requote(q);
        QVERIFY(!after.beforeCutoff);
        QCOMPARE(after.round, QDate(2026, 11, 25));
        QVERIFY(after.roundText().contains(QStringLiteral("next round")));
        m_clock.set(now);
    }
};

QTEST_MAIN(TestDelivery)
#include "tst_delivery.moc"
