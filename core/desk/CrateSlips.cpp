#include "desk/CrateSlips.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace comptoir::desk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("comptoir::desk", text);
}

QList<print::TemplateContext> itemList(const QStringList& barcodes,
                                       const std::function<ItemLabel(const QString&)>& itemLabel)
{
    QList<print::TemplateContext> list;
    for (const QString& barcode : barcodes) {
        const ItemLabel label = itemLabel ? itemLabel(barcode) : ItemLabel{};
        print::TemplateContext item;
        item.values = {{QStringLiteral("item.title"), label.title.isEmpty() ? tr("(title unknown)") : label.title},
                       {QStringLiteral("item.barcode"), barcode},
                       {QStringLiteral("item.home"), label.homeLibrary}};
        list.append(item);
    }
    return list;
}

} // namespace

print::TemplateContext crateReceiptContext(const crates::Receipt& receipt, const QString& fromName,
                                           const std::function<ItemLabel(const QString&)>& itemLabel,
                                           const SlipParty& party)
{
    print::TemplateContext c = baseSlipContext(party);
    const crates::Crate& crate = receipt.crate;
    const QDateTime sealed = crate.sealedAt.toLocalTime();
    const QDateTime received = (crate.receivedAt.isValid() ? crate.receivedAt : party.now).toLocalTime();
    c.values.insert(QStringLiteral("crate.id"), crate.id);
    c.values.insert(QStringLiteral("crate.from"), fromName.isEmpty() ? crate.from : fromName);
    c.values.insert(QStringLiteral("crate.from_code"), crate.from);
    c.values.insert(QStringLiteral("crate.sealed_date"), QLocale().toString(sealed.date(), QLocale::ShortFormat));
    c.values.insert(QStringLiteral("crate.sealed_time"), QLocale().toString(sealed.time(), QStringLiteral("HH:mm")));
    c.values.insert(QStringLiteral("crate.received_date"), QLocale().toString(received.date(), QLocale::ShortFormat));
    c.values.insert(QStringLiteral("crate.received_time"),
                    QLocale().toString(received.time(), QStringLiteral("HH:mm")));
    c.values.insert(QStringLiteral("crate.expected"), QString::number(receipt.expected.size()));
    c.values.insert(QStringLiteral("crate.received"), QString::number(receipt.receivedExpected));
    c.values.insert(QStringLiteral("crate.missing_count"), QString::number(receipt.missing.size()));
    c.values.insert(QStringLiteral("crate.extra_count"), QString::number(receipt.extras.size()));
    c.values.insert(QStringLiteral("crate.unscanned_count"), QString::number(receipt.unscanned.size()));
    // Empty when none: a condition in the template.
    c.values.insert(QStringLiteral("crate.unscanned"),
                    receipt.unscanned.isEmpty() ? QString() : QString::number(receipt.unscanned.size()));
    c.lists.insert(QStringLiteral("missing"), itemList(receipt.missing, itemLabel));
    c.lists.insert(QStringLiteral("extras"), itemList(receipt.extras, itemLabel));
    return c;
}

print::TemplateContext routeSheetContext(const QList<crates::SealedCrate>& crates,
                                         const QList<QList<std::pair<QString, int>>>& bags,
                                         const std::function<QString(const QString&)>& libraryName,
                                         const SlipParty& party, const crates::ShuttleRoutes& routes,
                                         const QString& route)
{
    print::TemplateContext c = baseSlipContext(party);
    const auto name = [&libraryName](const QString& id) {
        const QString n = libraryName ? libraryName(id) : id;
        return n.isEmpty() ? id : n;
    };
    // In the van's order: the route's stops, then the others by destination name.
    QStringList destinations;
    for (const crates::SealedCrate& s : crates)
        if (!destinations.contains(s.crate.destination))
            destinations.append(s.crate.destination);
    destinations = routes.order(route, destinations, name);
    QList<qsizetype> order;
    for (qsizetype i = 0; i < crates.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return destinations.indexOf(crates.at(a).crate.destination) <
               destinations.indexOf(crates.at(b).crate.destination);
    });
    QList<print::TemplateContext> rows;
    int items = 0;
    for (qsizetype i : order) {
        const crates::SealedCrate& s = crates.at(i);
        QStringList inside;
        if (i < bags.size())
            for (const auto& [where, count] : bags.at(i))
                inside.append(QStringLiteral("%1 %2").arg(name(where)).arg(count));
        print::TemplateContext row;
        row.values = {{QStringLiteral("crate.destination"), name(s.crate.destination)},
                      {QStringLiteral("crate.destination_code"), s.crate.destination},
                      {QStringLiteral("crate.id"), s.crate.id},
                      {QStringLiteral("crate.count"), QString::number(s.manifest.items.size())},
                      {QStringLiteral("crate.bags"), inside.join(QStringLiteral(", "))}};
        rows.append(row);
        items += int(s.manifest.items.size());
    }
    c.values.insert(QStringLiteral("count"), QString::number(crates.size()));
    c.values.insert(QStringLiteral("items"), QString::number(items));
    c.values.insert(QStringLiteral("route"), route);
    c.lists.insert(QStringLiteral("crates"), rows);
    return c;
}

} // namespace comptoir::desk
