#pragma once

#include "Result.h"
#include "lockers/LockFrame.h"

#include <QHash>
#include <QList>
#include <QString>

// A locker bank as the network sets it up (Settings > Lockers; setting lockers/banks, JSON): a
// pickup library of the ILS with its doors, the boards that drive them, and which item types go
// in which door size. A bank without boards ("vendor") is one whose doors a vendor's kiosk drives.
namespace comptoir::lockers {

enum class DoorSize { Small, Medium, Large };
QString sizeCode(DoorSize size); // "S", "M", "L"
std::optional<DoorSize> sizeFromCode(const QString& code);

struct DoorConfig
{
    int board = 0; // board address
    int lock = 1;  // 1-based
    DoorSize size = DoorSize::Medium;
    QString label;        // what is written on the door ("A01"), also its barcode in vendor mode
    bool returns = false; // kept for returns deposited by patrons
    bool operator==(const DoorConfig&) const = default;
};

struct LineConfig
{
    QString port; // serial port name or path; empty: none
    qint32 baud = 19200;
    QString parity = QStringLiteral("none"); // "none", "even", "odd"
    int stopBits = 1;
    bool operator==(const LineConfig&) const = default;
};

// Bounds on a bank read from the settings file: at most MaxBoardsPerLine boards, MaxDoors doors,
// labels of MaxLabel characters; anything else is refused with the reason.
constexpr int MaxDoors = 512;
constexpr int MaxLabel = 16;

struct BankConfig
{
    QString id;   // the ILS library id of the bank (its pickup location), e.g. CASGARE
    QString name; // for staff screens
    bool vendor = false;
    BoardFamily family = BoardFamily::KerongCu16;
    LineConfig line;
    QList<BoardConfig> boards;
    QList<DoorConfig> doors;
    QHash<QString, DoorSize> sizeByItemType; // Koha item type → smallest door it fits in
    DoorSize defaultSize = DoorSize::Medium;

    DoorSize sizeFor(const QString& itemType) const { return sizeByItemType.value(itemType, defaultSize); }
    const DoorConfig* door(int board, int lock) const;
    const DoorConfig* doorByLabel(const QString& label) const;
    const BoardConfig* board(int address) const;
    Status validate() const;

    QJsonObject toJson() const;
    static Result<BankConfig> fromJson(const QJsonObject& object);
    // The training library's bank: CASGARE, two Kerong boards of 16 doors (S, M and L; the last two
    // for returns), item types by size.
    static BankConfig training(const QString& port = {});
};

// The setting's text (a JSON array of banks) and back.
QString banksToJson(const QList<BankConfig>& banks);
Result<QList<BankConfig>> banksFromJson(const QString& json);

} // namespace comptoir::lockers
