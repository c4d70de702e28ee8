#include "print/TemplateStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace comptoir::print {

namespace {

// lupdate files these strings under the class whose functions call tr(): the same context here.
QString tr(const char* text)
{
    return QCoreApplication::translate("comptoir::print::TemplateStore", text);
}

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

const QStringList CommonNames = {QStringLiteral("library.name"), QStringLiteral("date"), QStringLiteral("time"),
                                 QStringLiteral("workstation")};
const QStringList PatronNames = {QStringLiteral("patron.name"), QStringLiteral("patron.pickup_code"),
                                 QStringLiteral("patron.shelf")};
const QStringList ItemNames = {QStringLiteral("item.title"), QStringLiteral("item.call_number"),
                               QStringLiteral("item.barcode")};

} // namespace

TemplateStore::TemplateStore(const QString& libraryDir, const QString& shippedDir)
    : m_libraryDir(libraryDir)
    , m_shippedDir(shippedDir)
{
}

const TemplateStore& TemplateStore::shipped()
{
    static const TemplateStore store;
    return store;
}

QList<TemplateInfo> TemplateStore::kinds()
{
    return {
        {TemplateKind::HoldSlip,
         QStringLiteral("hold-slip.txt"),
         tr("Hold slip"),
         CommonNames + PatronNames + ItemNames +
             QStringList{QStringLiteral("verdict.title"), QStringLiteral("hold.expiration_date"),
                         QStringLiteral("provisional"), QStringLiteral("bag.number"), QStringLiteral("bag.gathered"),
                         QStringLiteral("bag.total")},
         {}},
        {TemplateKind::TransitSlip,
         QStringLiteral("transit-slip.txt"),
         tr("Transit slip"),
         CommonNames + PatronNames + ItemNames +
             QStringList{QStringLiteral("verdict.title"), QStringLiteral("transit.destination"),
                         QStringLiteral("transit.destination_code"), QStringLiteral("provisional")},
         {}},
        {TemplateKind::BagLabel,
         QStringLiteral("bag-label.txt"),
         tr("Click & collect bag label"),
         CommonNames + PatronNames + ItemNames +
             QStringList{QStringLiteral("order.number"), QStringLiteral("order.barcode"), QStringLiteral("order.count"),
                         QStringLiteral("pickup.name"), QStringLiteral("appointment"), QStringLiteral("bag.gathered"),
                         QStringLiteral("bag.total"), QStringLiteral("hold.expiration_date")},
         {QStringLiteral("items")}},
        {TemplateKind::PickupReceipt,
         QStringLiteral("pickup-receipt.txt"),
         tr("Pickup receipt"),
         CommonNames + PatronNames + ItemNames +
             QStringList{QStringLiteral("item.due_date"), QStringLiteral("count"), QStringLiteral("doors"),
                         QStringLiteral("doors.count")},
         {QStringLiteral("items")}},
        {TemplateKind::PullList,
         QStringLiteral("pull-list.html"),
         tr("Pull list"),
         CommonNames + QStringList{QStringLiteral("site"), QStringLiteral("count"), QStringLiteral("zone.name"),
                                   QStringLiteral("zone.count"), QStringLiteral("line.call_number"),
                                   QStringLiteral("line.title"), QStringLiteral("line.author"),
                                   QStringLiteral("line.barcode"), QStringLiteral("line.location"),
                                   QStringLiteral("line.waiting"), QStringLiteral("line.pickup"),
                                   QStringLiteral("line.click_collect"), QStringLiteral("line.state")},
         {QStringLiteral("zones"), QStringLiteral("lines")},
         true},
        {TemplateKind::CrateLabel,
         QStringLiteral("crate-label.txt"),
         tr("Shuttle crate label"),
         CommonNames + QStringList{QStringLiteral("crate.id"), QStringLiteral("crate.box"),
                                   QStringLiteral("crate.destination"), QStringLiteral("crate.destination_code"),
                                   QStringLiteral("crate.from"), QStringLiteral("crate.from_code"),
                                   QStringLiteral("crate.count"), QStringLiteral("crate.sealed_date"),
                                   QStringLiteral("crate.sealed_time"), QStringLiteral("crate.parts"),
                                   QStringLiteral("qr.text"), QStringLiteral("qr.part")},
         {QStringLiteral("qr")}},
        {TemplateKind::CrateReceipt,
         QStringLiteral("crate-receipt.txt"),
         tr("Shuttle crate receipt (missing and extra items)"),
         CommonNames + QStringList{QStringLiteral("crate.id"), QStringLiteral("crate.from"),
                                   QStringLiteral("crate.from_code"), QStringLiteral("crate.sealed_date"),
                                   QStringLiteral("crate.sealed_time"), QStringLiteral("crate.received_date"),
                                   QStringLiteral("crate.received_time"), QStringLiteral("crate.expected"),
                                   QStringLiteral("crate.received"), QStringLiteral("crate.missing_count"),
                                   QStringLiteral("crate.extra_count"), QStringLiteral("crate.unscanned_count"),
                                   QStringLiteral("crate.unscanned"), QStringLiteral("item.title"),
                                   QStringLiteral("item.barcode"), QStringLiteral("item.home")},
         {QStringLiteral("missing"), QStringLiteral("extras")}},
        {TemplateKind::RouteSheet,
         QStringLiteral("route-sheet.txt"),
         tr("Shuttle departure route sheet"),
         CommonNames + QStringList{QStringLiteral("count"), QStringLiteral("items"),
                                   QStringLiteral("crate.destination"), QStringLiteral("crate.destination_code"),
                                   QStringLiteral("crate.id"), QStringLiteral("crate.count"),
                                   QStringLiteral("crate.bags"), QStringLiteral("route")},
         {QStringLiteral("crates")}},
        {TemplateKind::ParcelLabel,
         QStringLiteral("parcel-label.txt"),
         tr("Home delivery parcel label"),
         CommonNames + QStringList{QStringLiteral("parcel.number"), QStringLiteral("parcel.barcode"),
                                   QStringLiteral("parcel.weight"), QStringLiteral("parcel.index"),
                                   QStringLiteral("parcel.count"), QStringLiteral("parcel.split"),
                                   QStringLiteral("parcel.items"), QStringLiteral("round.date"),
                                   QStringLiteral("round.window"), QStringLiteral("patron.name"),
                                   QStringLiteral("address.street"), QStringLiteral("address.town"),
                                   QStringLiteral("address.phone"), QStringLiteral("order.notes"),
                                   QStringLiteral("item.title"), QStringLiteral("item.barcode"),
                                   QStringLiteral("item.weight")},
         {QStringLiteral("items")}},
    };
}

TemplateInfo TemplateStore::info(TemplateKind kind)
{
    for (const TemplateInfo& i : kinds())
        if (i.kind == kind)
            return i;
    return kinds().first();
}

TemplateContext TemplateStore::sample(TemplateKind kind)
{
    TemplateContext c;
    c.values = {{QStringLiteral("library.name"), QStringLiteral("Médiathèque François-Mitterrand")},
                {QStringLiteral("date"), QStringLiteral("23/11/2026")},
                {QStringLiteral("time"), QStringLiteral("10:42")},
                {QStringLiteral("workstation"), QStringLiteral("accueil-1")},
                {QStringLiteral("patron.name"), QStringLiteral("DUP… M.")},
                {QStringLiteral("patron.pickup_code"), QStringLiteral("0417")},
                {QStringLiteral("patron.shelf"), QStringLiteral("DUP")},
                {QStringLiteral("item.title"), QStringLiteral("L'Élégance du hérisson")},
                {QStringLiteral("item.call_number"), QStringLiteral("R BAR")},
                {QStringLiteral("item.barcode"), QStringLiteral("31042000000019")},
                {QStringLiteral("hold.expiration_date"), QStringLiteral("03/12/2026")}};
    switch (kind) {
    case TemplateKind::HoldSlip:
        c.values.insert(QStringLiteral("verdict.title"), tr("Hold shelf"));
        break;
    case TemplateKind::TransitSlip:
        c.values.insert(QStringLiteral("verdict.title"), tr("Transit"));
        c.values.insert(QStringLiteral("transit.destination"), QStringLiteral("Bibliothèque Jean-Giono"));
        c.values.insert(QStringLiteral("transit.destination_code"), QStringLiteral("GIONO"));
        break;
    case TemplateKind::BagLabel:
    case TemplateKind::PickupReceipt: {
        c.values.insert(QStringLiteral("order.number"), QStringLiteral("1207"));
        c.values.insert(QStringLiteral("order.barcode"), QStringLiteral("CC1207"));
        c.values.insert(QStringLiteral("order.count"), QStringLiteral("2"));
        c.values.insert(QStringLiteral("count"), QStringLiteral("2"));
        c.values.insert(QStringLiteral("pickup.name"), QStringLiteral("Médiathèque François-Mitterrand"));
        c.values.insert(QStringLiteral("appointment"), QStringLiteral("24/11/2026 16:30"));
        c.values.insert(QStringLiteral("bag.gathered"), QStringLiteral("2"));
        c.values.insert(QStringLiteral("bag.total"), QStringLiteral("2"));
        TemplateContext a, b;
        a.values = {{QStringLiteral("item.title"), QStringLiteral("L'Élégance du hérisson")},
                    {QStringLiteral("item.call_number"), QStringLiteral("R BAR")},
                    {QStringLiteral("item.barcode"), QStringLiteral("31042000000019")},
                    {QStringLiteral("item.due_date"), QStringLiteral("14/12/2026")}};
        b.values = {{QStringLiteral("item.title"), QStringLiteral("Astérix chez les Belges")},
                    {QStringLiteral("item.call_number"), QStringLiteral("BD GOS T.24")},
                    {QStringLiteral("item.barcode"), QStringLiteral("31042000000027")},
                    {QStringLiteral("item.due_date"), QStringLiteral("14/12/2026")}};
        c.lists.insert(QStringLiteral("items"), {a, b});
        break;
    }
    case TemplateKind::PullList: {
        c.values.insert(QStringLiteral("site"), QStringLiteral("CENTRE"));
        c.values.insert(QStringLiteral("count"), QStringLiteral("3"));
        TemplateContext young, adults;
        young.values = {{QStringLiteral("zone.name"), QStringLiteral("Jeunesse")},
                        {QStringLiteral("zone.count"), QStringLiteral("1")}};
        adults.values = {{QStringLiteral("zone.name"), QStringLiteral("Adultes")},
                         {QStringLiteral("zone.count"), QStringLiteral("2")}};
        const auto line = [](const char* call, const char* title, const char* barcode, const char* location) {
            TemplateContext l;
            l.values = {{QStringLiteral("line.call_number"), QString::fromUtf8(call)},
                        {QStringLiteral("line.title"), QString::fromUtf8(title)},
                        {QStringLiteral("line.author"), QString()},
                        {QStringLiteral("line.barcode"), QString::fromUtf8(barcode)},
                        {QStringLiteral("line.location"), QString::fromUtf8(location)},
                        {QStringLiteral("line.waiting"), QStringLiteral("1")},
                        {QStringLiteral("line.pickup"), QStringLiteral("CENTRE")},
                        {QStringLiteral("line.state"), QStringLiteral("☐")}};
            return l;
        };
        young.lists.insert(QStringLiteral("lines"), {line("J A PON", "Petit Ours Brun", "31042000000043", "JALB")});
        adults.lists.insert(QStringLiteral("lines"),
                            {line("R BAR", "L'Élégance du hérisson", "31042000000019", "AROM"),
                             line("BD GOS T.24", "Astérix chez les Belges", "31042000000027", "BD")});
        c.lists.insert(QStringLiteral("zones"), {young, adults});
        break;
    }
    case TemplateKind::ParcelLabel: {
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("parcel.number"), QStringLiteral("17")},
            {QStringLiteral("parcel.barcode"), QStringLiteral("LV000017")},
            {QStringLiteral("parcel.weight"), QStringLiteral("1,35 kg")},
            {QStringLiteral("parcel.index"), QStringLiteral("1")},
            {QStringLiteral("parcel.count"), QStringLiteral("2")},
            {QStringLiteral("parcel.split"), QStringLiteral("1")},
            {QStringLiteral("parcel.items"), QStringLiteral("2")},
            {QStringLiteral("round.date"), QStringLiteral("mardi 24 novembre 2026")},
            {QStringLiteral("round.window"), QStringLiteral("16:00–20:00")},
            {QStringLiteral("patron.name"), QStringLiteral("LEFÈVRE Monique")},
            {QStringLiteral("address.street"), QStringLiteral("12 bis rue des Lilas, Bât. B")},
            {QStringLiteral("address.town"), QStringLiteral("92300 Levallois-Perret")},
            {QStringLiteral("address.phone"), QStringLiteral("01 47 12 34 56")},
            {QStringLiteral("order.notes"), QStringLiteral("Interphone en panne, sonner deux fois")},
        };
        for (const auto& [key, value] : values)
            c.values.insert(key, value);
        TemplateContext a, b;
        a.values = {{QStringLiteral("item.title"), QStringLiteral("La Promesse de l’aube")},
                    {QStringLiteral("item.barcode"), QStringLiteral("31042000000019")},
                    {QStringLiteral("item.weight"), QStringLiteral("0,47 kg")}};
        b.values = {{QStringLiteral("item.title"), QStringLiteral("Dictionnaire de la peinture")},
                    {QStringLiteral("item.barcode"), QStringLiteral("31042000000027")},
                    {QStringLiteral("item.weight"), QStringLiteral("0,88 kg")}};
        c.lists.insert(QStringLiteral("items"), {a, b});
        break;
    }
    case TemplateKind::CrateLabel: {
        c.values.insert(QStringLiteral("crate.id"), QStringLiteral("CENTRE-261123-7"));
        c.values.insert(QStringLiteral("crate.box"), QStringLiteral("BAC-12"));
        c.values.insert(QStringLiteral("crate.destination"), QStringLiteral("Bibliothèque Jean-Giono"));
        c.values.insert(QStringLiteral("crate.destination_code"), QStringLiteral("GIONO"));
        c.values.insert(QStringLiteral("crate.from"), QStringLiteral("Médiathèque François-Mitterrand"));
        c.values.insert(QStringLiteral("crate.from_code"), QStringLiteral("CENTRE"));
        c.values.insert(QStringLiteral("crate.count"), QStringLiteral("2"));
        c.values.insert(QStringLiteral("crate.sealed_date"), QStringLiteral("23/11/2026"));
        c.values.insert(QStringLiteral("crate.sealed_time"), QStringLiteral("14:05"));
        c.values.insert(QStringLiteral("crate.parts"), QStringLiteral("1"));
        TemplateContext qr;
        qr.values = {{QStringLiteral("qr.part"), QStringLiteral("1")},
                     {QStringLiteral("qr.text"),
                      QStringLiteral("CMP1|CENTRE-261123-7|CENTRE|GIONO|20261123T130500Z|1/1|2|310420000000|19,27|"
                                     "00000000")}};
        c.lists.insert(QStringLiteral("qr"), {qr});
        break;
    }
    case TemplateKind::CrateReceipt: {
        const QList<std::pair<QString, QString>> values = {
            {QStringLiteral("crate.id"), QStringLiteral("GIONO-261123-4")},
            {QStringLiteral("crate.from"), QStringLiteral("Bibliothèque Jean-Giono")},
            {QStringLiteral("crate.from_code"), QStringLiteral("GIONO")},
            {QStringLiteral("crate.sealed_date"), QStringLiteral("23/11/2026")},
            {QStringLiteral("crate.sealed_time"), QStringLiteral("14:05")},
            {QStringLiteral("crate.received_date"), QStringLiteral("24/11/2026")},
            {QStringLiteral("crate.received_time"), QStringLiteral("09:12")},
            {QStringLiteral("crate.expected"), QStringLiteral("12")},
            {QStringLiteral("crate.received"), QStringLiteral("11")},
            {QStringLiteral("crate.missing_count"), QStringLiteral("1")},
            {QStringLiteral("crate.extra_count"), QStringLiteral("1")},
            {QStringLiteral("crate.unscanned_count"), QStringLiteral("0")},
            {QStringLiteral("crate.unscanned"), QString()}};
        for (const auto& [name, value] : values)
            c.values.insert(name, value);
        TemplateContext missing, extra;
        missing.values = {{QStringLiteral("item.title"), QStringLiteral("L'Élégance du hérisson")},
                          {QStringLiteral("item.barcode"), QStringLiteral("31042000000019")},
                          {QStringLiteral("item.home"), QStringLiteral("Médiathèque François-Mitterrand")}};
        extra.values = {{QStringLiteral("item.title"), QStringLiteral("Astérix chez les Belges")},
                        {QStringLiteral("item.barcode"), QStringLiteral("31042000000027")},
                        {QStringLiteral("item.home"), QStringLiteral("Bibliothèque Jean-Giono")}};
        c.lists.insert(QStringLiteral("missing"), {missing});
        c.lists.insert(QStringLiteral("extras"), {extra});
        break;
    }
    case TemplateKind::RouteSheet: {
        c.values.insert(QStringLiteral("count"), QStringLiteral("2"));
        c.values.insert(QStringLiteral("items"), QStringLiteral("19"));
        TemplateContext giono, hub;
        giono.values = {{QStringLiteral("crate.destination"), QStringLiteral("Bibliothèque Jean-Giono")},
                        {QStringLiteral("crate.destination_code"), QStringLiteral("GIONO")},
                        {QStringLiteral("crate.id"), QStringLiteral("CENTRE-261123-7")},
                        {QStringLiteral("crate.count"), QStringLiteral("12")},
                        {QStringLiteral("crate.bags"), QString()}};
        hub.values = {
            {QStringLiteral("crate.destination"), QStringLiteral("Médiathèque de Romans")},
            {QStringLiteral("crate.destination_code"), QStringLiteral("ROMANS")},
            {QStringLiteral("crate.id"), QStringLiteral("CENTRE-261123-8")},
            {QStringLiteral("crate.count"), QStringLiteral("7")},
            {QStringLiteral("crate.bags"), QStringLiteral("Bibliothèque Victor-Hugo 4, Bibliothèque du Pont 3")}};
        c.lists.insert(QStringLiteral("crates"), {giono, hub});
        break;
    }
    }
    return c;
}

QString TemplateStore::shippedText(TemplateKind kind) const
{
    return readText(m_shippedDir + QLatin1Char('/') + info(kind).fileName);
}

void TemplateStore::setNetworkTemplates(const QMap<QString, QString>& templates, const QSet<QString>& lockedFiles)
{
    m_network = templates;
    m_networkLocked = lockedFiles;
}

QString TemplateStore::text(TemplateKind kind) const
{
    const QString fileName = info(kind).fileName;
    const auto network = m_network.constFind(fileName);
    if (network != m_network.constEnd() && m_networkLocked.contains(fileName))
        return *network;
    if (isEdited(kind)) {
        const QString own = readText(QDir(m_libraryDir).filePath(info(kind).fileName));
        if (!own.isEmpty())
            return own;
    }
    if (network != m_network.constEnd())
        return *network;
    return shippedText(kind);
}

QMap<QString, QString> TemplateStore::editedTemplates() const
{
    QMap<QString, QString> edited;
    for (const TemplateInfo& i : kinds())
        if (isEdited(i.kind))
            edited.insert(i.fileName, readText(QDir(m_libraryDir).filePath(i.fileName)));
    return edited;
}

bool TemplateStore::isEdited(TemplateKind kind) const
{
    return !m_libraryDir.isEmpty() && QFile::exists(QDir(m_libraryDir).filePath(info(kind).fileName));
}

Status TemplateStore::save(TemplateKind kind, const QString& text)
{
    const auto failed = [](const QString& why) {
        return Error{QStringLiteral("template.io"),
                     QCoreApplication::translate("TemplateStore", "Cannot save the template: %1").arg(why)};
    };
    if (m_libraryDir.isEmpty() || !QDir().mkpath(m_libraryDir))
        return failed(m_libraryDir);
    QFile::setPermissions(m_libraryDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(QDir(m_libraryDir).filePath(info(kind).fileName));
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(text.toUtf8());
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

Status TemplateStore::reset(TemplateKind kind)
{
    const QString path = QDir(m_libraryDir).filePath(info(kind).fileName);
    if (!m_libraryDir.isEmpty() && QFile::exists(path) && !QFile::remove(path))
        return Error{QStringLiteral("template.io"),
                     QCoreApplication::translate("TemplateStore", "Cannot remove %1").arg(path)};
    return {};
}

} // namespace comptoir::print
