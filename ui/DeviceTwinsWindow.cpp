#include "DeviceTwinsWindow.h"

#include "DeviceHub.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace comptoir {

using namespace devices;

DeviceTwinsWindow::DeviceTwinsWindow(DeviceHub& hub, std::function<QList<Candidate>()> candidates, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_hub(hub)
    , m_candidates(std::move(candidates))
    , m_code(new QLineEdit(this))
    , m_items(new QTableWidget(this))
    , m_model(new QComboBox(this))
    , m_onPad(new QListWidget(this))
{
    setWindowTitle(tr("Simulated devices"));
    setObjectName(QStringLiteral("deviceTwins"));
    resize(560, 640);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Training only: a barcode scanner and an RFID pad simulated on this computer. They "
                                "speak the real protocols over pseudo-terminals, as real devices would."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* scanner = new QGroupBox(tr("Serial barcode scanner"), this);
    auto* scanRow = new QHBoxLayout(scanner);
    m_code->setPlaceholderText(tr("A barcode, e.g. 31042000000019"));
    auto* scanButton = new QPushButton(tr("Scan"), scanner);
    scanRow->addWidget(m_code, 1);
    scanRow->addWidget(scanButton);
    connect(scanButton, &QPushButton::clicked, this, [this] { scan(m_code->text()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { scan(m_code->text()); });
    layout->addWidget(scanner);

    auto* incoming = new QGroupBox(tr("Incoming shuttle crates"), this);
    auto* incomingRow = new QHBoxLayout(incoming);
    m_incoming = new QComboBox(incoming);
    auto* scanLabel = new QPushButton(tr("Scan the label of this crate"), incoming);
    incomingRow->addWidget(m_incoming, 1);
    incomingRow->addWidget(scanLabel);
    connect(scanLabel, &QPushButton::clicked, this, [this] { scanIncomingCrate(m_incoming->currentIndex()); });
    layout->addWidget(incoming);

    auto* pad = new QGroupBox(tr("RFID pad"), this);
    auto* padLayout = new QVBoxLayout(pad);
    m_items->setColumnCount(2);
    m_items->setHorizontalHeaderLabels({tr("Barcode"), tr("Title")});
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->verticalHeader()->hide();
    padLayout->addWidget(m_items, 1);
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(new QLabel(tr("Tag data model:"), pad));
    m_model->addItem(tagModelName(TagModel::Iso28560_3), int(TagModel::Iso28560_3));
    m_model->addItem(tagModelName(TagModel::Iso28560_2), int(TagModel::Iso28560_2));
    m_model->addItem(tagModelName(TagModel::ThreeM501), int(TagModel::ThreeM501));
    modelRow->addWidget(m_model, 1);
    padLayout->addLayout(modelRow);
    auto* buttons = new QHBoxLayout;
    auto* place = new QPushButton(tr("Place on the pad"), pad);
    auto* box = new QPushButton(tr("Box of 3, part 2 missing"), pad);
    auto* foreign = new QPushButton(tr("Another library's item"), pad);
    buttons->addWidget(place);
    buttons->addWidget(box);
    buttons->addWidget(foreign);
    padLayout->addLayout(buttons);
    padLayout->addWidget(new QLabel(tr("On the pad:"), pad));
    padLayout->addWidget(m_onPad);
    auto* liftRow = new QHBoxLayout;
    auto* lift = new QPushButton(tr("Lift off"), pad);
    auto* liftAllButton = new QPushButton(tr("Clear the pad"), pad);
    liftRow->addWidget(lift);
    liftRow->addWidget(liftAllButton);
    padLayout->addLayout(liftRow);
    layout->addWidget(pad, 1);
    connect(place, &QPushButton::clicked, this, &DeviceTwinsWindow::placeSelected);
    connect(m_items, &QTableWidget::cellDoubleClicked, this, &DeviceTwinsWindow::placeSelected);
    connect(box, &QPushButton::clicked, this, &DeviceTwinsWindow::placeIncompleteBox);
    connect(foreign, &QPushButton::clicked, this, &DeviceTwinsWindow::placeForeignItem);
    connect(lift, &QPushButton::clicked, this, &DeviceTwinsWindow::liftSelected);
    connect(liftAllButton, &QPushButton::clicked, this, &DeviceTwinsWindow::liftAll);
    // The tags' security changes as the desk works: shown as it happens.
    auto* refresh = new QTimer(this);
    connect(refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshPad();
    });
    refresh->start(500);
    reload();
}

void DeviceTwinsWindow::reload()
{
    const QList<Candidate> items = m_candidates ? m_candidates() : QList<Candidate>();
    m_items->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        m_items->setItem(r, 0, new QTableWidgetItem(items[r].barcode));
        m_items->setItem(r, 1, new QTableWidgetItem(items[r].title));
    }
    m_items->resizeColumnToContents(0);
    if (!items.isEmpty())
        m_items->selectRow(0);
    refreshPad();
    m_incomingList = incomingCrates ? incomingCrates() : QList<crates::Manifest>();
    m_incoming->clear();
    for (int i = 0; i < m_incomingList.size(); ++i) {
        const crates::Manifest& m = m_incomingList.at(i);
        QString text = tr("From %1: %n item(s)", "", int(m.items.size())).arg(m.from);
        if (i == 1 && m.items.size() > 1)
            text += QStringLiteral(" ") + tr("(one item missing)");
        else if (i == 2 && m.items.size() > 1)
            text += QStringLiteral(" ") + tr("(one extra item)");
        m_incoming->addItem(text);
    }
}

QStringList DeviceTwinsWindow::scanIncomingCrate(int index)
{
    if (index < 0 || index >= m_incomingList.size())
        return {};
    crates::Manifest label = m_incomingList.at(index);
    QStringList inside = label.items;
    // The training variants: one item left out of the crate (listed, missing), or one put in the
    // crate without being listed (an extra).
    if (index == 1 && inside.size() > 1)
        inside.removeLast();
    else if (index == 2 && label.items.size() > 1)
        label.items.removeLast();
    auto texts = crates::encodeManifest(label);
    if (!texts)
        return {};
    for (const QString& text : texts.value())
        scan(text);
    m_items->setRowCount(int(inside.size()));
    for (int r = 0; r < inside.size(); ++r) {
        m_items->setItem(r, 0, new QTableWidgetItem(inside.at(r)));
        m_items->setItem(r, 1, new QTableWidgetItem(tr("in the crate from %1").arg(label.from)));
    }
    if (!inside.isEmpty())
        m_items->selectRow(0);
    return texts.value();
}

void DeviceTwinsWindow::scan(const QString& code)
{
    if (auto* twin = m_hub.scannerTwin(); twin && !code.trimmed().isEmpty())
        twin->scan(code.trimmed());
}

void DeviceTwinsWindow::place(TagModel model, const QString& owner, const QList<int>& parts, int total)
{
    auto* twin = m_hub.padTwin();
    const int row = m_items->currentRow();
    if (!twin || row < 0)
        return;
    for (const int part : parts) {
        TagData tagData;
        tagData.barcode = m_items->item(row, 0)->text();
        tagData.ownerIsil = model == TagModel::ThreeM501 ? QString() : owner; // 3M tags carry no ISIL
        tagData.usage = 1;
        tagData.part = part;
        tagData.parts = total;
        twin->place(sandbox::SimulatedRfidPad::makeTag(model, tagData));
    }
    refreshPad();
}

void DeviceTwinsWindow::placeSelected()
{
    place(TagModel(m_model->currentData().toInt()), m_hub.config().ownIsil, {1}, 1);
}

void DeviceTwinsWindow::placeIncompleteBox()
{
    place(TagModel::Iso28560_3, m_hub.config().ownIsil, {1, 3}, 3);
}

void DeviceTwinsWindow::placeForeignItem()
{
    place(TagModel::Iso28560_2, QStringLiteral("FR-692662101"), {1}, 1);
}

void DeviceTwinsWindow::liftSelected()
{
    auto* twin = m_hub.padTwin();
    const auto* item = m_onPad->currentItem();
    if (!twin || !item)
        return;
    twin->remove(item->data(Qt::UserRole).toByteArray());
    refreshPad();
}

void DeviceTwinsWindow::liftAll()
{
    if (auto* twin = m_hub.padTwin())
        twin->clear();
    refreshPad();
}

void DeviceTwinsWindow::refreshPad()
{
    const int row = m_onPad->currentRow();
    m_onPad->clear();
    auto* twin = m_hub.padTwin();
    if (!twin)
        return;
    for (const auto& tag : twin->tags()) {
        const TagData tagData = decodeTag(tag.memory, tag.dsfid);
        QString text = QStringLiteral("%1  %2").arg(tagData.barcode, tagModelName(tagData.model));
        if (tagData.parts > 1)
            text += tr("  part %1/%2").arg(tagData.part).arg(tagData.parts);
        if (!tagData.ownerIsil.isEmpty())
            text += QStringLiteral("  ") + tagData.ownerIsil;
        text += tr("  AFI %1").arg(tag.afi, 2, 16, QLatin1Char('0')).toUpper();
        auto* item = new QListWidgetItem(text, m_onPad);
        item->setData(Qt::UserRole, tag.uid);
    }
    if (row >= 0 && row < m_onPad->count())
        m_onPad->setCurrentRow(row);
}

} // namespace comptoir
