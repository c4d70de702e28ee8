#include "reports/SnapshotStore.h"

#include <QHash>
#include <QSqlQuery>

namespace comptoir::reports {

QList<SchemaMigration> SnapshotStore::schema()
{
    return {
        {1,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS days (day TEXT PRIMARY KEY, taken_at TEXT NOT NULL, local_site "
                            "TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS figures (day TEXT NOT NULL REFERENCES days(day), site TEXT NOT "
                            "NULL, site_name TEXT NOT NULL, figure TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '', "
                            "value REAL NOT NULL, PRIMARY KEY (day, site, figure, detail)) WITHOUT ROWID"),
         }},
    };
}

SnapshotStore::SnapshotStore()
    : m_db(Database::Options{QStringLiteral("reports"), ApplicationId, false, schema()})
{
}

Status SnapshotStore::open(const QString& path)
{
    return m_db.open(path);
}

Status SnapshotStore::save(const DayReport& report)
{
    const QString day = report.day.toString(Qt::ISODate);
    Status saved = m_db.transaction([&]() -> Status {
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM figures WHERE day = ?"), {day}); !r)
            return r.status();
        if (auto r =
                m_db.exec(QStringLiteral("INSERT OR REPLACE INTO days (day, taken_at, local_site) VALUES (?, ?, ?)"),
                          {day, report.takenAt.toUTC().toString(Qt::ISODateWithMs), report.localSite});
            !r)
            return r.status();
        auto insert = m_db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO figures (day, site, site_name, figure, detail, value) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return insert.status();
        QList<const SiteFigures*> rows{&report.network};
        for (const SiteFigures& s : report.sites)
            rows << &s;
        for (const SiteFigures* s : std::as_const(rows))
            for (const Figure& f : s->figures)
                if (Status st = m_db.run(insert.value(), {day, s->site, s->name, f.key, f.detail, f.value}); !st.ok())
                    return st;
        return {};
    });
    if (saved.ok() && m_onSaved)
        m_onSaved(report);
    return saved;
}

namespace {

// Days (ISO) → reports, read from the figures of [from, to].
Result<QList<DayReport>> read(Database& db, const QDate& from, const QDate& to)
{
    auto days = db.exec(QStringLiteral("SELECT day, taken_at, local_site FROM days WHERE day >= ? AND day <= ? ORDER "
                                       "BY day"),
                        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!days)
        return days.error();
    QList<DayReport> out;
    QHash<QString, int> index;
    while (days.value().next()) {
        DayReport r;
        r.day = QDate::fromString(days.value().value(0).toString(), Qt::ISODate);
        r.takenAt = QDateTime::fromString(days.value().value(1).toString(), Qt::ISODateWithMs);
        r.localSite = days.value().value(2).toString();
        r.source = QStringLiteral("snapshot");
        r.network.site = NetworkSite;
        index.insert(days.value().value(0).toString(), int(out.size()));
        out << r;
    }
    days.value().finish();
    auto figures =
        db.exec(QStringLiteral("SELECT day, site, site_name, figure, detail, value FROM figures WHERE day >= "
                               "? AND day <= ? ORDER BY day, site"),
                {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!figures)
        return figures.error();
    QSqlQuery& q = figures.value();
    QString lastKey;
    SiteFigures* row = nullptr;
    while (q.next()) {
        const QString day = q.value(0).toString();
        const int at = index.value(day, -1);
        if (at < 0)
            continue;
        DayReport& r = out[at];
        const QString site = q.value(1).toString();
        const QString key = day + QLatin1Char('|') + site;
        if (key != lastKey) {
            if (site == NetworkSite) {
                row = &r.network;
            } else {
                r.sites.append(SiteFigures{site, q.value(2).toString(), {}});
                row = &r.sites.last();
            }
            row->name = q.value(2).toString();
            lastKey = key;
        }
        row->figures.append({q.value(3).toString(), q.value(4).toString(), q.value(5).toDouble()});
    }
    return out;
}

} // namespace

Result<std::optional<DayReport>> SnapshotStore::load(const QDate& day)
{
    auto r = read(m_db, day, day);
    if (!r)
        return r.error();
    if (r.value().isEmpty())
        return std::optional<DayReport>();
    return std::optional<DayReport>(r.value().first());
}

Result<QList<HistoryDay>> SnapshotStore::history(const QDate& from, const QDate& to)
{
    auto r = read(m_db, from, to);
    if (!r)
        return r.error();
    QList<HistoryDay> out;
    int next = 0;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        HistoryDay h{d, std::nullopt};
        if (next < r.value().size() && r.value()[next].day == d)
            h.report = r.value()[next++];
        out << h;
    }
    return out;
}

QList<double> SnapshotStore::series(const QList<HistoryDay>& days, const QString& site, const QString& key)
{
    QList<double> out;
    for (const HistoryDay& d : days) {
        const SiteFigures* s = d.report ? d.report->site(site) : nullptr;
        out << (s && s->has(key) ? s->value(key) : -1.0);
    }
    return out;
}

} // namespace comptoir::reports
