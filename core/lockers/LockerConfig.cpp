#include "lockers/LockerConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace comptoir::lockers {

namespace {
Error invalid(const QString& message)
{
    return {QStringLiteral("lockers.config"), message};
}
QString tr(const char* text)
{
    return QCoreApplication::translate("comptoir::lockers::BankConfig", text);
}
} // namespace

QString sizeCode(DoorSize size)
{
    switch (size) {
    case DoorSize::Small:
        return QStringLiteral("S");
    case DoorSize::Medium:
        return QStringLiteral("M");
    case DoorSize::Large:
        return QStringLiteral("L");
    }
    return QStringLiteral("M");
}

std::optional<DoorSize> sizeFromCode(const QString& code)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("S"))
        return DoorSize::Small;
    if (c == QLatin1String("M"))
        return DoorSize::Medium;
    if (c == QLatin1String("L"))
        return DoorSize::Large;
    return std::nullopt;
}

const DoorConfig* BankConfig::door(int board, int lock) const
{
    for (const DoorConfig& d : doors)
        if (d.board == board && d.lock == lock)
            return &d;
    return nullptr;
}

const DoorConfig* BankConfig::doorByLabel(const QString& label) const
{
    for (const DoorConfig& d : doors)
        if (d.label.compare(label.trimmed(), Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

const BoardConfig* BankConfig::board(int address) const
{
    for (const BoardConfig& b : boards)
        if (b.address == address)
            return &b;
    return nullptr;
}

Status BankConfig::validate() const
{
    if (id.isEmpty() || id.size() > 32)
        return invalid(tr("A locker bank needs the library code of its pickup location."));
    if (doors.size() > MaxDoors)
        return invalid(tr("A locker bank has at most %1 doors.").arg(MaxDoors));
    if (boards.size() > MaxBoardsPerLine)
        return invalid(tr("A line has at most %1 boards.").arg(MaxBoardsPerLine));
    const auto codec = LockCodec::make(family);
    QSet<int> addresses;
    for (const BoardConfig& b : boards) {
        if (!codec->validAddress(b.address) || !codec->validChannels(b.channels) || b.family != family)
            return invalid(tr("Board %1: address or number of locks out of range.").arg(b.address));
        if (addresses.contains(b.address))
            return invalid(tr("Two boards at address %1.").arg(b.address));
        addresses.insert(b.address);
    }
    QSet<QString> labels;
    QSet<qint64> places;
    for (const DoorConfig& d : doors) {
        if (d.label.isEmpty() || d.label.size() > MaxLabel)
            return invalid(tr("Every door needs a label of at most %1 characters.").arg(MaxLabel));
        if (labels.contains(d.label.toUpper()))
            return invalid(tr("Two doors are labelled %1.").arg(d.label));
        labels.insert(d.label.toUpper());
        if (!vendor) {
            const BoardConfig* b = board(d.board);
            if (!b || d.lock < 1 || d.lock > b->channels)
                return invalid(tr("Door %1: no such lock on its board.").arg(d.label));
            const qint64 place = (qint64(d.board) << 8) | d.lock;
            if (places.contains(place))
                return invalid(tr("Door %1: its lock drives another door too.").arg(d.label));
            places.insert(place);
        }
    }
    return {};
}

QJsonObject BankConfig::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("name")] = name;
    o[QStringLiteral("vendor")] = vendor;
    o[QStringLiteral("family")] = familyName(family);
    QJsonObject l;
    l[QStringLiteral("port")] = line.port;
    l[QStringLiteral("baud")] = line.baud;
    l[QStringLiteral("parity")] = line.parity;
    l[QStringLiteral("stopBits")] = line.stopBits;
    o[QStringLiteral("line")] = l;
    QJsonArray bs;
    for (const BoardConfig& b : boards)
        bs.append(QJsonObject{{QStringLiteral("address"), b.address},
                              {QStringLiteral("channels"), b.channels},
                              {QStringLiteral("inverted"), b.inverted},
                              {QStringLiteral("pulseMs"), b.pulseMs}});
    o[QStringLiteral("boards")] = bs;
    QJsonArray ds;
    for (const DoorConfig& d : doors)
        ds.append(QJsonObject{{QStringLiteral("board"), d.board},
                              {QStringLiteral("lock"), d.lock},
                              {QStringLiteral("size"), sizeCode(d.size)},
                              {QStringLiteral("label"), d.label},
                              {QStringLiteral("returns"), d.returns}});
    o[QStringLiteral("doors")] = ds;
    QJsonObject sizes;
    for (auto it = sizeByItemType.cbegin(); it != sizeByItemType.cend(); ++it)
        sizes[it.key()] = sizeCode(it.value());
    o[QStringLiteral("sizes")] = sizes;
    o[QStringLiteral("defaultSize")] = sizeCode(defaultSize);
    return o;
}

Result<BankConfig> BankConfig::fromJson(const QJsonObject& o)
{
    BankConfig bank;
    bank.id = o.value(QStringLiteral("id")).toString().trimmed();
    bank.name = o.value(QStringLiteral("name")).toString().left(200);
    bank.vendor = o.value(QStringLiteral("vendor")).toBool();
    const auto family = familyFromName(o.value(QStringLiteral("family")).toString(QStringLiteral("kerong-cu16")));
    if (!family)
        return invalid(tr("Unknown lock board family."));
    bank.family = *family;
    const QJsonObject l = o.value(QStringLiteral("line")).toObject();
    bank.line.port = l.value(QStringLiteral("port")).toString().left(256);
    bank.line.baud = std::clamp(l.value(QStringLiteral("baud")).toInt(19200), 1200, 115200);
    bank.line.parity = l.value(QStringLiteral("parity")).toString(QStringLiteral("none"));
    bank.line.stopBits = l.value(QStringLiteral("stopBits")).toInt(1) == 2 ? 2 : 1;
    const QJsonArray bs = o.value(QStringLiteral("boards")).toArray();
    if (bs.size() > MaxBoardsPerLine)
        return invalid(tr("A line has at most %1 boards.").arg(MaxBoardsPerLine));
    for (const QJsonValue& v : bs) {
        const QJsonObject b = v.toObject();
        BoardConfig c;
        c.family = bank.family;
        c.address = b.value(QStringLiteral("address")).toInt(-1);
        c.channels = b.value(QStringLiteral("channels")).toInt(bank.family == BoardFamily::EightyA ? 12 : 16);
        c.inverted = b.value(QStringLiteral("inverted")).toBool();
        c.pulseMs = std::clamp(b.value(QStringLiteral("pulseMs")).toInt(500), 10, 5000);
        bank.boards.append(c);
    }
    const QJsonArray ds = o.value(QStringLiteral("doors")).toArray();
    if (ds.size() > MaxDoors)
        return invalid(tr("A locker bank has at most %1 doors.").arg(MaxDoors));
    for (const QJsonValue& v : ds) {
        const QJsonObject d = v.toObject();
        DoorConfig c;
        c.board = d.value(QStringLiteral("board")).toInt();
        c.lock = d.value(QStringLiteral("lock")).toInt();
        c.size = sizeFromCode(d.value(QStringLiteral("size")).toString()).value_or(DoorSize::Medium);
        c.label = d.value(QStringLiteral("label")).toString().trimmed();
        c.returns = d.value(QStringLiteral("returns")).toBool();
        bank.doors.append(c);
    }
    const QJsonObject sizes = o.value(QStringLiteral("sizes")).toObject();
    if (sizes.size() > 200)
        return invalid(tr("Too many item types in the size table."));
    for (auto it = sizes.begin(); it != sizes.end(); ++it)
        if (const auto s = sizeFromCode(it.value().toString()))
            bank.sizeByItemType.insert(it.key().left(32), *s);
    bank.defaultSize = sizeFromCode(o.value(QStringLiteral("defaultSize")).toString()).value_or(DoorSize::Medium);
    if (Status s = bank.validate(); !s.ok())
        return s.error();
    return bank;
}

BankConfig BankConfig::training(const QString& port)
{
    BankConfig bank;
    bank.id = QStringLiteral("CASGARE");
    bank.name = QStringLiteral("Casiers de retrait – Gare");
    bank.family = BoardFamily::KerongCu16;
    bank.line.port = port;
    bank.line.baud = 19200;
    for (int address : {0, 1}) {
        BoardConfig b;
        b.address = address;
        b.channels = 16;
        bank.boards.append(b);
    }
    // Row A: board 0 (8 small, 6 medium, 2 large); row B: board 1 (6 medium, 8 large, 2 for returns).
    for (int address : {0, 1}) {
        for (int lock = 1; lock <= 16; ++lock) {
            DoorConfig d;
            d.board = address;
            d.lock = lock;
            d.label = QStringLiteral("%1%2").arg(QChar(u'A' + address)).arg(lock, 2, 10, QLatin1Char('0'));
            if (address == 0)
                d.size = lock <= 8 ? DoorSize::Small : lock <= 14 ? DoorSize::Medium : DoorSize::Large;
            else
                d.size = lock <= 6 ? DoorSize::Medium : DoorSize::Large;
            d.returns = address == 1 && lock >= 15;
            bank.doors.append(d);
        }
    }
    bank.sizeByItemType = {{QStringLiteral("LIVRE"), DoorSize::Small}, {QStringLiteral("BD"), DoorSize::Small},
                           {QStringLiteral("CD"), DoorSize::Small},    {QStringLiteral("DVD"), DoorSize::Small},
                           {QStringLiteral("REVUE"), DoorSize::Small}, {QStringLiteral("ALBUM"), DoorSize::Medium},
                           {QStringLiteral("JEU"), DoorSize::Large},   {QStringLiteral("KIT"), DoorSize::Large}};
    bank.defaultSize = DoorSize::Small;
    return bank;
}

QString banksToJson(const QList<BankConfig>& banks)
{
    QJsonArray a;
    for (const BankConfig& b : banks)
        a.append(b.toJson());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Result<QList<BankConfig>> banksFromJson(const QString& json)
{
    QList<BankConfig> banks;
    if (json.trimmed().isEmpty())
        return banks;
    if (json.size() > 1 << 20)
        return invalid(QCoreApplication::translate("comptoir::lockers", "The locker settings are too large."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isArray())
        return invalid(QCoreApplication::translate("comptoir::lockers", "The locker settings are not readable: %1")
                           .arg(error.errorString()));
    const QJsonArray a = doc.array();
    if (a.size() > 32)
        return invalid(QCoreApplication::translate("comptoir::lockers", "At most 32 locker banks."));
    for (const QJsonValue& v : a) {
        auto bank = BankConfig::fromJson(v.toObject());
        if (!bank)
            return bank.error();
        banks.append(bank.value());
    }
    return banks;
}

} // namespace comptoir::lockers
