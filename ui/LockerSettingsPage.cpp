#include "LockerSettingsPage.h"

#include "LockerDoorMap.h"
#include "Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

using namespace lockers;

namespace {
QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    return t;
}
QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}
void setRow(QTableWidget* t, int row, const QStringList& values)
{
    for (int c = 0; c < values.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(values[c]));
}
} // namespace

LockerSettingsPage::LockerSettingsPage(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("lockerSettings"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    layout->addLayout(left, 3);
    auto* form = new QFormLayout;
    m_id = new QLineEdit(this);
    m_id->setPlaceholderText(tr("The bank's library code in the ILS, e.g. CASGARE"));
    m_name = new QLineEdit(this);
    m_vendor = new QCheckBox(tr("A vendor's kiosk drives the doors (no boards of ours)"), this);
    m_family = new QComboBox(this);
    m_family->addItem(tr("Kerong CU16"), familyName(BoardFamily::KerongCu16));
    m_family->addItem(tr("8A/80 boards (12 or 24 locks)"), familyName(BoardFamily::EightyA));
    m_port = new QLineEdit(this);
    m_port->setPlaceholderText(tr("/dev/ttyUSB0"));
    m_baud = new QSpinBox(this);
    m_baud->setRange(1200, 115200);
    form->addRow(tr("Library code:"), m_id);
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_vendor);
    form->addRow(tr("Lock boards:"), m_family);
    form->addRow(tr("Serial port:"), m_port);
    form->addRow(tr("Speed (baud):"), m_baud);
    // Long labels go above their field when room runs short: with the door map beside them, the
    // page fits a Settings dialog on a 1366 px screen.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    left->addLayout(form);
    left->addWidget(new QLabel(tr("Boards"), this));
    m_boards = table({tr("Address"), tr("Locks"), tr("Inverted switch (0/1)"), tr("Pulse (ms)")}, this);
    left->addWidget(m_boards, 1);
    auto* boardButtons = new QHBoxLayout;
    auto* addBoard = new QPushButton(tr("Add a board"), this);
    auto* fill = new QPushButton(tr("Doors from the boards"), this);
    boardButtons->addWidget(addBoard);
    boardButtons->addWidget(fill);
    boardButtons->addStretch();
    left->addLayout(boardButtons);
    left->addWidget(new QLabel(tr("Doors"), this));
    m_doors = table({tr("Board"), tr("Lock"), tr("Size (S/M/L)"), tr("Label"), tr("Returns (0/1)")}, this);
    m_doors->setObjectName(QStringLiteral("lockerDoors"));
    left->addWidget(m_doors, 2);

    auto* right = new QVBoxLayout;
    layout->addLayout(right, 2);
    m_map = new LockerDoorMap(this);
    right->addWidget(m_map, 2);
    right->addWidget(new QLabel(tr("Door size by item type"), this));
    m_sizes = table({tr("Item type"), tr("Size (S/M/L)")}, this);
    m_sizes->setObjectName(QStringLiteral("lockerSizes"));
    right->addWidget(m_sizes, 1);
    auto* addSize = new QPushButton(tr("Add an item type"), this);
    right->addWidget(addSize);
    auto* kiosk = new QFormLayout;
    m_defaultSize = new QComboBox(this);
    m_defaultSize->addItem(tr("S (small)"), QStringLiteral("S"));
    m_defaultSize->addItem(tr("M (medium)"), QStringLiteral("M"));
    m_defaultSize->addItem(tr("L (large)"), QStringLiteral("L"));
    m_jam = new QSpinBox(this);
    m_jam->setRange(1, 120);
    m_jam->setSuffix(tr(" s"));
    m_leftOpen = new QSpinBox(this);
    m_leftOpen->setRange(10, 3600);
    m_leftOpen->setSuffix(tr(" s"));
    m_phone = new QLineEdit(this);
    m_idle = new QSpinBox(this);
    m_idle->setRange(5, 600);
    m_idle->setSuffix(tr(" s"));
    m_pin = new QCheckBox(tr("Card and PIN at the kiosk"), this);
    kiosk->addRow(tr("Other item types:"), m_defaultSize);
    kiosk->addRow(tr("Jammed when not open after:"), m_jam);
    kiosk->addRow(tr("Alert when open for:"), m_leftOpen);
    kiosk->addRow(tr("Phone number shown when out of service:"), m_phone);
    kiosk->addRow(tr("Kiosk back to its welcome after:"), m_idle);
    kiosk->addRow(QString(), m_pin);
    kiosk->setRowWrapPolicy(QFormLayout::WrapLongRows);
    right->addLayout(kiosk);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("lockerSettingsProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->setWordWrap(true);
    right->addWidget(m_problem);

    connect(addBoard, &QPushButton::clicked, this, [this] {
        const int row = m_boards->rowCount();
        m_boards->insertRow(row);
        setRow(m_boards, row, {QString::number(row), QStringLiteral("16"), QStringLiteral("0"), QStringLiteral("500")});
    });
    connect(fill, &QPushButton::clicked, this, &LockerSettingsPage::fillDoorsFromBoards);
    connect(addSize, &QPushButton::clicked, this, [this] {
        m_sizes->insertRow(m_sizes->rowCount());
        setRow(m_sizes, m_sizes->rowCount() - 1, {QString(), QStringLiteral("M")});
    });
    connect(m_doors, &QTableWidget::itemChanged, this, &LockerSettingsPage::refreshMap);

    m_jam->setValue(settings.value(settings::LockerJamSeconds));
    m_leftOpen->setValue(settings.value(settings::LockerLeftOpenSeconds));
    m_phone->setText(settings.value(settings::LockerHelpPhone));
    m_idle->setValue(settings.value(settings::KioskIdleSeconds));
    m_pin->setChecked(settings.value(settings::KioskPin));
    auto banks = banksFromJson(settings.value(settings::LockerBanks));
    if (banks && !banks.value().isEmpty()) {
        m_otherBanks = banks.value().mid(1);
        setBank(banks.value().first());
    } else {
        BankConfig empty;
        empty.line.baud = 19200;
        setBank(empty);
        if (!banks)
            m_problem->setText(banks.error().message);
    }
}

void LockerSettingsPage::setBank(const BankConfig& bank)
{
    const QSignalBlocker block(m_doors);
    m_id->setText(bank.id);
    m_name->setText(bank.name);
    m_vendor->setChecked(bank.vendor);
    m_family->setCurrentIndex(std::max(0, m_family->findData(familyName(bank.family))));
    m_port->setText(bank.line.port);
    m_baud->setValue(bank.line.baud);
    m_boards->setRowCount(int(bank.boards.size()));
    for (int i = 0; i < bank.boards.size(); ++i)
        setRow(m_boards, i,
               {QString::number(bank.boards[i].address), QString::number(bank.boards[i].channels),
                bank.boards[i].inverted ? QStringLiteral("1") : QStringLiteral("0"),
                QString::number(bank.boards[i].pulseMs)});
    m_doors->setRowCount(int(bank.doors.size()));
    for (int i = 0; i < bank.doors.size(); ++i)
        setRow(m_doors, i,
               {QString::number(bank.doors[i].board), QString::number(bank.doors[i].lock), sizeCode(bank.doors[i].size),
                bank.doors[i].label, bank.doors[i].returns ? QStringLiteral("1") : QStringLiteral("0")});
    QStringList types = bank.sizeByItemType.keys();
    types.sort();
    m_sizes->setRowCount(int(types.size()));
    for (int i = 0; i < types.size(); ++i)
        setRow(m_sizes, i, {types[i], sizeCode(bank.sizeByItemType.value(types[i]))});
    m_defaultSize->setCurrentIndex(std::max(0, m_defaultSize->findData(sizeCode(bank.defaultSize))));
    refreshMap();
}

void LockerSettingsPage::fillDoorsFromBoards()
{
    auto current = bank();
    QList<DoorConfig> doors;
    int column = 0;
    for (int r = 0; r < m_boards->rowCount(); ++r, ++column) {
        const int address = cell(m_boards, r, 0).toInt();
        const int locks = std::clamp(cell(m_boards, r, 1).toInt(), 1, 24);
        for (int lock = 1; lock <= locks; ++lock)
            doors.append({address, lock, DoorSize::Medium,
                          QStringLiteral("%1%2").arg(QChar(u'A' + column % 26)).arg(lock, 2, 10, QLatin1Char('0'))});
    }
    BankConfig b = current ? current.value() : BankConfig();
    if (!current) {
        b.id = m_id->text().trimmed();
        b.name = m_name->text();
    }
    b.doors = doors;
    // Keep the edited boards and fields, replace the doors.
    const QSignalBlocker block(m_doors);
    m_doors->setRowCount(int(doors.size()));
    for (int i = 0; i < doors.size(); ++i)
        setRow(m_doors, i,
               {QString::number(doors[i].board), QString::number(doors[i].lock), sizeCode(doors[i].size),
                doors[i].label, QStringLiteral("0")});
    refreshMap();
}

Result<BankConfig> LockerSettingsPage::bank() const
{
    BankConfig b;
    b.id = m_id->text().trimmed();
    b.name = m_name->text().trimmed();
    b.vendor = m_vendor->isChecked();
    b.family = familyFromName(m_family->currentData().toString()).value_or(BoardFamily::KerongCu16);
    b.line.port = m_port->text().trimmed();
    b.line.baud = m_baud->value();
    for (int r = 0; r < m_boards->rowCount(); ++r) {
        BoardConfig c;
        c.family = b.family;
        c.address = cell(m_boards, r, 0).toInt();
        c.channels = cell(m_boards, r, 1).toInt();
        c.inverted = cell(m_boards, r, 2) == QLatin1String("1");
        c.pulseMs = std::clamp(cell(m_boards, r, 3).toInt(), 10, 5000);
        b.boards.append(c);
    }
    for (int r = 0; r < m_doors->rowCount(); ++r) {
        DoorConfig d;
        d.board = cell(m_doors, r, 0).toInt();
        d.lock = cell(m_doors, r, 1).toInt();
        d.size = sizeFromCode(cell(m_doors, r, 2)).value_or(DoorSize::Medium);
        d.label = cell(m_doors, r, 3);
        d.returns = cell(m_doors, r, 4) == QLatin1String("1");
        b.doors.append(d);
    }
    for (int r = 0; r < m_sizes->rowCount(); ++r)
        if (const auto size = sizeFromCode(cell(m_sizes, r, 1)); size && !cell(m_sizes, r, 0).isEmpty())
            b.sizeByItemType.insert(cell(m_sizes, r, 0), *size);
    b.defaultSize = sizeFromCode(m_defaultSize->currentData().toString()).value_or(DoorSize::Medium);
    if (Status s = b.validate(); !s.ok())
        return s.error();
    return b;
}

void LockerSettingsPage::refreshMap()
{
    QList<LockerDoor> doors;
    for (int r = 0; r < m_doors->rowCount(); ++r) {
        LockerDoor d;
        d.uuid = QString::number(r);
        d.board = cell(m_doors, r, 0).toInt();
        d.lock = cell(m_doors, r, 1).toInt();
        d.size = sizeFromCode(cell(m_doors, r, 2)).value_or(DoorSize::Medium);
        d.label = cell(m_doors, r, 3);
        d.returns = cell(m_doors, r, 4) == QLatin1String("1");
        doors.append(d);
    }
    m_map->setDoors(doors, QDate::currentDate(), !m_vendor->isChecked());
}

Status LockerSettingsPage::apply()
{
    m_settings.setValue(settings::LockerJamSeconds, m_jam->value());
    m_settings.setValue(settings::LockerLeftOpenSeconds, m_leftOpen->value());
    m_settings.setValue(settings::LockerHelpPhone, m_phone->text().trimmed());
    m_settings.setValue(settings::KioskIdleSeconds, m_idle->value());
    m_settings.setValue(settings::KioskPin, m_pin->isChecked());
    if (m_id->text().trimmed().isEmpty() && m_doors->rowCount() == 0)
        return {}; // no bank at this counter
    auto b = bank();
    if (!b) {
        m_problem->setText(b.error().message);
        return b.status();
    }
    m_problem->clear();
    QList<BankConfig> banks{b.value()};
    banks += m_otherBanks;
    m_settings.setValue(settings::LockerBanks, banksToJson(banks));
    return {};
}

} // namespace comptoir
