#include "reports/NetworkCounters.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace comptoir::reports {

namespace {

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

SiteFigures& rowOf(DayReport& report, const QString& site, const QString& name)
{
    for (SiteFigures& s : report.sites)
        if (s.site == site)
            return s;
    report.sites.append(SiteFigures{site, name.isEmpty() ? site : name, {}});
    return report.sites.last();
}

// The counter figures of one row as each counter gave them.
struct Contributions
{
    QString name;
    QList<QList<Figure>> byCounter;
};

QList<Figure> counterFigures(const SiteFigures& row)
{
    QList<Figure> out;
    for (const Figure& f : row.figures)
        if (isCounterFigure(f.key))
            out << f;
    return out;
}

// One row's figures from its counters' contributions (sameRow), or the network's from its rows'.
QList<Figure> combine(const QList<QList<Figure>>& counters, bool sameRow)
{
    using namespace figure;
    QList<Figure> out;
    auto addTo = [&out](const Figure& f) {
        for (Figure& o : out)
            if (o.key == f.key && o.detail == f.detail) {
                o.value += f.value;
                return;
            }
        out << f;
    };
    QMap<QString, QList<double>> medians; // detail → the counters' medians
    double occupied = 0, inService = 0;
    bool anyOccupancy = false;
    for (const QList<Figure>& figures : counters) {
        double myOccupied = 0, myPct = -1;
        for (const Figure& f : figures) {
            if (f.key == TransitMedianH)
                medians[f.detail] << f.value;
            else if (f.key == LockerOccupancyPct)
                myPct = f.value;
            else
                addTo(f);
            if (f.key == LockerOccupied)
                myOccupied = f.value;
        }
        if (myPct > 0) {
            // The doors in service as this counter counted them (a bank's doors, seen from each
            // counter that serves it): the largest count is the bank's; the network's, the sum.
            const double doors = std::round(myOccupied * 100.0 / myPct);
            inService = sameRow ? std::max(inService, doors) : inService + doors;
            anyOccupancy = true;
        } else if (myPct == 0) {
            anyOccupancy = true;
        }
        occupied += myOccupied;
    }
    if (anyOccupancy)
        addTo({LockerOccupancyPct, {}, inService > 0 ? round1(std::min(100.0, 100.0 * occupied / inService)) : 0.0});
    for (auto it = medians.cbegin(); it != medians.cend(); ++it)
        if (it.value().size() == 1)
            addTo({TransitMedianH, it.key(), it.value().first()});
    return out;
}

} // namespace

QList<SiteFigures> snapshotRows(const QJsonObject& payload)
{
    QList<SiteFigures> rows;
    for (const QJsonValue& v : payload.value(QStringLiteral("sites")).toArray()) {
        const QJsonObject site = v.toObject();
        SiteFigures row{
            site.value(QStringLiteral("site")).toString(), site.value(QStringLiteral("name")).toString(), {}};
        for (const QJsonValue& fv : site.value(QStringLiteral("figures")).toArray()) {
            const QJsonObject f = fv.toObject();
            row.figures << Figure{f.value(QStringLiteral("key")).toString(),
                                  f.value(QStringLiteral("detail")).toString(),
                                  f.value(QStringLiteral("value")).toDouble()};
        }
        if (!row.site.isEmpty())
            rows << row;
    }
    return rows;
}

void mergeNetworkCounters(DayReport& report, const NetworkCounters& network)
{
    // Row by row (in the report's order, then new rows as they come), every counter's figures.
    QStringList order;
    QHash<QString, Contributions> rows;
    auto note = [&](const SiteFigures& row) {
        const QList<Figure> figures = counterFigures(row);
        if (figures.isEmpty())
            return;
        if (!rows.contains(row.site))
            order << row.site;
        Contributions& c = rows[row.site];
        if (c.name.isEmpty())
            c.name = row.name;
        c.byCounter << figures;
    };
    for (const SiteFigures& s : std::as_const(report.sites))
        note(s);
    QSet<QString> in;
    for (const CounterSnapshot& snapshot : network.snapshots) {
        if (snapshot.counter == network.me)
            continue; // this counter's figures: its records, read now
        in.insert(snapshot.counter);
        for (const SiteFigures& row : snapshot.rows)
            if (row.site != NetworkSite)
                note(row);
    }
    // The counter figures replaced by the network's.
    for (SiteFigures& s : report.sites)
        s.figures.erase(
            std::remove_if(s.figures.begin(), s.figures.end(), [](const Figure& f) { return isCounterFigure(f.key); }),
            s.figures.end());
    report.network.figures.erase(std::remove_if(report.network.figures.begin(), report.network.figures.end(),
                                                [](const Figure& f) { return isCounterFigure(f.key); }),
                                 report.network.figures.end());
    QList<QList<Figure>> all; // the network's row: every row's combined figures
    for (const QString& id : std::as_const(order)) {
        const Contributions& c = rows.value(id);
        SiteFigures& row = rowOf(report, id, c.name);
        const QList<Figure> combined = combine(c.byCounter, true);
        for (const Figure& f : combined)
            row.set(f.key, f.value, f.detail);
        all << combined;
    }
    if (!all.isEmpty())
        for (const Figure& f : combine(all, false))
            report.network.set(f.key, f.value, f.detail);

    // Who is in, who is missing.
    QList<CounterPresence> presence;
    QSet<QString> listed;
    for (const auto& [role, site] : network.registered) {
        CounterPresence p{role, site, false, false, {}};
        if (role == network.me) {
            p.in = p.local = true;
            p.at = report.takenAt;
        } else {
            for (const CounterSnapshot& s : network.snapshots)
                if (s.counter == role) {
                    p.in = true;
                    p.at = s.at;
                }
        }
        presence << p;
        listed.insert(role);
    }
    for (const CounterSnapshot& s : network.snapshots)
        if (!listed.contains(s.counter)) { // a counter no longer registered, whose day is kept
            presence << CounterPresence{s.counter, s.site, true, s.counter == network.me, s.at};
            listed.insert(s.counter);
        }
    std::sort(presence.begin(), presence.end(), [](const CounterPresence& a, const CounterPresence& b) {
        return a.site != b.site ? a.site < b.site : a.counter < b.counter;
    });
    report.counters = presence;
    report.countersProblem.clear();
}

} // namespace comptoir::reports
