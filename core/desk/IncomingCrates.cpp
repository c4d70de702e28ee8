#include "desk/IncomingCrates.h"

#include <QMap>

#include <algorithm>

namespace comptoir::desk {

QList<crates::Manifest> incomingCrates(Database& cache, const QString& site, const QDateTime& sealedAt, int maxCrates)
{
    auto q = cache.exec(QStringLiteral("SELECT i.holding_library_id, i.barcode FROM holds h JOIN items i ON i.item_id "
                                       "= h.item_id WHERE h.pickup_library_id = ? AND h.status = 'T' AND "
                                       "i.holding_library_id IS NOT NULL AND i.holding_library_id <> ? AND i.barcode "
                                       "IS NOT NULL ORDER BY h.hold_id"),
                        {site, site});
    QMap<QString, QStringList> byFrom;
    if (q)
        while (q.value().next()) {
            const QString barcode = q.value().value(1).toString();
            if (crates::canCarry(barcode))
                byFrom[q.value().value(0).toString()].append(barcode);
        }
    QList<crates::Manifest> list;
    QDateTime at = sealedAt.toUTC();
    at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
    int n = 0;
    for (auto it = byFrom.cbegin(); it != byFrom.cend(); ++it) {
        crates::Manifest m;
        m.from = it.key();
        m.to = site;
        m.crate = QStringLiteral("%1-%2-%3").arg(it.key(), at.toString(QStringLiteral("yyMMdd"))).arg(++n);
        m.sealedAt = at;
        m.items = it.value().mid(0, crates::MaxItems);
        list.append(m);
    }
    std::stable_sort(list.begin(), list.end(), [](const crates::Manifest& a, const crates::Manifest& b) {
        return a.items.size() > b.items.size();
    });
    return list.mid(0, maxCrates);
}

} // namespace comptoir::desk
