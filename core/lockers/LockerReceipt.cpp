#include "lockers/LockerReceipt.h"

namespace comptoir::lockers {

print::TemplateContext kioskReceiptContext(const LockerOutcome& pickup, const desk::SlipParty& party,
                                           const QString& dueDate)
{
    print::TemplateContext c = desk::baseSlipContext(party);
    // The name as the door keeps it (masked by the privacy setting when it was loaded, the pickup
    // code when names are not shown); never the card number.
    c.values.insert(QStringLiteral("patron.name"), pickup.patronName);
    c.values.insert(QStringLiteral("count"), QString::number(pickup.itemBarcodes.size()));
    c.values.insert(QStringLiteral("doors"), pickup.doorLabels.join(QStringLiteral(", ")));
    c.values.insert(QStringLiteral("doors.count"), QString::number(pickup.doorLabels.size()));
    QList<print::TemplateContext> items;
    for (qsizetype i = 0; i < pickup.itemBarcodes.size(); ++i) {
        print::TemplateContext item;
        item.values = {{QStringLiteral("item.title"), pickup.itemTitles.value(i)},
                       {QStringLiteral("item.barcode"), pickup.itemBarcodes.at(i)},
                       {QStringLiteral("item.due_date"), dueDate}};
        items.append(item);
    }
    c.lists.insert(QStringLiteral("items"), items);
    return c;
}

} // namespace comptoir::lockers
