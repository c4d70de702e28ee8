#include "desk/KocExport.h"

namespace comptoir::desk {

namespace {

// Card numbers and barcodes go in as they are, minus anything that would break the line.
QByteArray field(const QString& value)
{
    QByteArray out = value.trimmed().toLatin1();
    out.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    return out;
}

} // namespace

KocFile exportKoc(const QList<OutboxAction>& actions, const QString& generatorVersion)
{
    QList<OutboxAction> ordered = actions;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const OutboxAction& a, const OutboxAction& b) { return a.createdAt < b.createdAt; });
    KocFile file;
    file.bytes = "Version=1.0\tGenerator=Comptoir\tGeneratorVersion=" + field(generatorVersion) + '\n';
    for (const OutboxAction& a : ordered) {
        const QByteArray stamp =
            a.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss zzz")).toLatin1();
        const QString barcode = a.payload.value(QStringLiteral("barcode")).toString();
        if (a.kind == action::Checkout && !barcode.isEmpty() &&
            !a.payload.value(QStringLiteral("card")).toString().isEmpty()) {
            file.bytes += stamp + "\tissue\t" + field(a.payload.value(QStringLiteral("card")).toString()) + '\t' +
                          field(barcode) + '\n';
            ++file.issues;
        } else if (a.kind == action::Checkin && !barcode.isEmpty()) {
            file.bytes += stamp + "\treturn\t" + field(barcode) + '\n';
            ++file.returns;
        } else {
            ++file.skipped;
        }
    }
    return file;
}

} // namespace comptoir::desk
