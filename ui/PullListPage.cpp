#include "PullListPage.h"

#include "FlowLayout.h"

#include "netstore/NetworkStoreLink.h"

#include "NextItemView.h"
#include "PageParts.h"
#include "desk/SlipContext.h"

#include "desk/Actions.h"
#include "store/CacheStore.h"
#include "store/Outbox.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPageSize>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace comptoir {

namespace {

enum Column { CallNumber, Title, Author, Barcode, Location, Waiting, Pickup, StateColumn, ColumnCount };

// The zone filter's value for lines in no zone.
constexpr int NoZone = -1;
constexpr int AnyZone = -2;

} // namespace

// The list as the view shows it: zones (top level) and their lines, read from the page's lines
// and marks; nothing is copied per cell.
class PullListPage::Model : public QAbstractItemModel
{
public:
    explicit Model(PullListPage& page)
        : QAbstractItemModel(&page)
        , m_page(page)
    {
    }

    struct Group
    {
        int zone = AnyZone;
        QString name;
        QList<int> lines; // indexes into the page's lines
    };

    void setGroups(QList<Group> groups)
    {
        beginResetModel();
        m_groups = std::move(groups);
        m_where.clear();
        for (int g = 0; g < m_groups.size(); ++g)
            for (int r = 0; r < m_groups[g].lines.size(); ++r)
                m_where.insert(m_page.m_lines[m_groups[g].lines[r]].barcode, {g, r});
        endResetModel();
    }
    const QList<Group>& groups() const { return m_groups; }

    QModelIndex indexOf(const QString& barcode) const
    {
        const auto it = m_where.constFind(barcode);
        return it == m_where.cend() ? QModelIndex() : createIndex(it->second, 0, quintptr(it->first));
    }
    void stateChanged(const QModelIndex& line)
    {
        Q_EMIT dataChanged(line.siblingAtColumn(StateColumn), line.siblingAtColumn(StateColumn));
    }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override
    {
        if (!hasIndex(row, column, parent))
            return {};
        return parent.isValid() ? createIndex(row, column, quintptr(parent.row())) : createIndex(row, column, TopLevel);
    }
    QModelIndex parent(const QModelIndex& child) const override
    {
        if (!child.isValid() || child.internalId() == TopLevel)
            return {};
        return createIndex(int(child.internalId()), 0, TopLevel);
    }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        if (!parent.isValid())
            return int(m_groups.size());
        if (parent.internalId() == TopLevel && parent.column() == 0)
            return int(m_groups[parent.row()].lines.size());
        return 0;
    }
    int columnCount(const QModelIndex& = {}) const override { return ColumnCount; }
    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        return index.internalId() == TopLevel ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::ToolTipRole && section == Waiting)
            return PullListPage::tr("Requests still waiting for a copy of this title, as far as this counter knows");
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case CallNumber:
            return PullListPage::tr("Call number");
        case Title:
            return PullListPage::tr("Title");
        case Author:
            return PullListPage::tr("Author");
        case Barcode:
            return PullListPage::tr("Barcode");
        case Location:
            return PullListPage::tr("Location");
        case Waiting:
            return PullListPage::tr("Waiting");
        case Pickup:
            return PullListPage::tr("For");
        case StateColumn:
            return PullListPage::tr("State");
        }
        return {};
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid())
            return {};
        if (index.internalId() == TopLevel) {
            const Group& group = m_groups[index.row()];
            if (role == Qt::DisplayRole && index.column() == 0)
                return PullListPage::tr("%1 — %n line(s)", nullptr, int(group.lines.size())).arg(group.name);
            if (role == Qt::FontRole) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        }
        const desk::PullLine& line = m_page.m_lines[m_groups[int(index.internalId())].lines[index.row()]];
        if (role == Qt::UserRole)
            return line.barcode;
        if (role == Qt::TextAlignmentRole && index.column() == Waiting)
            return int(Qt::AlignCenter);
        if (role == Qt::ToolTipRole) {
            // Names on screen, the ILS's codes at hand.
            if (index.column() == Location)
                return line.location;
            if (index.column() == Pickup)
                return line.pickup;
            if (index.column() == Title)
                return line.title;
            if (index.column() == StateColumn) {
                const Verdict v = m_page.m_verdicts.value(line.barcode);
                return v.detail.isEmpty() ? QVariant() : QVariant(v.title + QStringLiteral(" — ") + v.detail);
            }
            return {};
        }
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case CallNumber:
            return line.callNumber;
        case Title:
            return line.title;
        case Author:
            return line.author;
        case Barcode:
            return line.barcode;
        case Location:
            return m_page.locationName(line.location);
        case Waiting:
            return line.waiting > 0 ? QString::number(line.waiting) : QString();
        case Pickup: {
            const QString pickup = m_page.pickupName(line.pickup);
            if (!m_page.m_deliveryLocation.isEmpty() && line.pickup == m_page.m_deliveryLocation)
                return PullListPage::tr("%1 (home delivery)").arg(pickup);
            return line.holdGroupId ? PullListPage::tr("%1 (click & collect)").arg(pickup) : pickup;
        }
        case StateColumn: {
            const State s = m_page.m_state.value(line.barcode, State::ToPull);
            const auto verdict = m_page.m_verdicts.constFind(line.barcode);
            if (s == State::Found && verdict != m_page.m_verdicts.cend())
                return PullListPage::tr("✔ %1").arg(verdict->title);
            return s == State::Found      ? PullListPage::tr("✔ found")
                   : s == State::NotFound ? PullListPage::tr("✘ not found")
                                          : QString();
        }
        }
        return {};
    }

private:
    static constexpr quintptr TopLevel = ~quintptr(0);
    PullListPage& m_page;
    QList<Group> m_groups;
    QHash<QString, std::pair<int, int>> m_where; // barcode → (group, row)
};

PullListPage::PullListPage(CacheStore& cache, Outbox& outbox, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_progress(new QLabel(this))
    , m_coordinationNote(new QLabel(this))
    , m_zone(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_model(new Model(*this))
    , m_tree(new QTreeView(this))
    , m_notFound(new QPushButton(tr("&Not found…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("PDF…"), this))
    , m_run(new QPushButton(tr("&Next item mode (F11)"), this))
{
    setObjectName(QStringLiteral("pullListPage"));
    askReason = [this] {
        bool ok = false;
        const QStringList reasons = {tr("Not on the shelf"), tr("Damaged"), tr("On another shelf or in processing"),
                                     tr("Other")};
        QInputDialog dialog(this);
        dialog.setWindowTitle(tr("Not found"));
        dialog.setLabelText(tr("Why was it not found?"));
        dialog.setComboBoxItems(reasons);
        dialog.setComboBoxEditable(true);
        dialog.setOkButtonText(tr("Mark not found"));
        dialog.setCancelButtonText(tr("Do nothing"));
        ok = dialog.exec() == QDialog::Accepted;
        return ok ? dialog.textValue() : QString();
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* top = new QHBoxLayout;
    auto* heading = pageHeading(tr("Pull list"), this);
    top->addWidget(heading);
    top->addStretch();
    QFont big = m_progress->font();
    big.setPointSize(16);
    big.setBold(true);
    m_progress->setFont(big);
    m_progress->setObjectName(QStringLiteral("pullProgress"));
    top->addWidget(m_progress);
    layout->addLayout(top);

    // Filters and buttons on one line when there is room, wrapping on a narrower screen.
    auto* filters = new FlowLayout;
    // The filters from the keyboard: Alt+Z / Alt+K step to the next zone or kind (with Shift, the
    // previous one), so the scan field keeps the focus.
    auto* zoneLabel = new QLabel(tr("Zone (Alt+Z):"), this);
    zoneLabel->setBuddy(m_zone);
    auto* kindLabel = new QLabel(tr("Kind (Alt+K):"), this);
    kindLabel->setBuddy(m_kind);
    m_zone->setToolTip(tr("Alt+Z: next zone, Alt+Shift+Z: previous zone"));
    m_kind->setToolTip(tr("Alt+K: next kind, Alt+Shift+K: previous kind"));
    const auto shortcut = [this](QKeyCombination keys, QComboBox* filter, int step) {
        auto* s = new QShortcut(QKeySequence(keys), this);
        connect(s, &QShortcut::activated, this, [this, filter, step] { stepFilter(filter, step); });
    };
    shortcut(Qt::ALT | Qt::Key_Z, m_zone, 1);
    shortcut(Qt::ALT | Qt::SHIFT | Qt::Key_Z, m_zone, -1);
    shortcut(Qt::ALT | Qt::Key_K, m_kind, 1);
    shortcut(Qt::ALT | Qt::SHIFT | Qt::Key_K, m_kind, -1);
    m_kind->addItem(tr("All kinds"), 0);
    m_kind->addItem(tr("Requests"), 1);
    m_kind->addItem(tr("Click & collect"), 2);
    filters->addWidget(zoneLabel);
    filters->addWidget(m_zone);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    // Zones split between desks (network store): the button shows once the desk can open it.
    m_splitZones = new QPushButton(tr("Split &zones…"), this);
    m_splitZones->setToolTip(tr("Give the site's shelf zones to its desks"));
    m_splitZones->hide();
    filters->addWidget(m_splitZones);
    filters->addWidget(m_run);
    filters->addWidget(m_notFound);
    filters->addWidget(m_print);
    filters->addWidget(m_pdf);
    layout->addLayout(filters);
    m_coordinationNote->setObjectName(QStringLiteral("pullCoordinationNote"));
    m_coordinationNote->setWordWrap(true);
    m_coordinationNote->hide();
    layout->addWidget(m_coordinationNote);

    m_tree->setModel(m_model);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);

    setTabOrder(m_zone, m_kind);
    setTabOrder(m_kind, m_run);
    setTabOrder(m_run, m_notFound);
    setTabOrder(m_notFound, m_print);
    setTabOrder(m_print, m_pdf);
    setTabOrder(m_pdf, m_tree);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &PullListPage::rebuild);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PullListPage::rebuild);
    connect(m_notFound, &QPushButton::clicked, this, &PullListPage::notFoundClicked);
    m_run->setShortcut(Qt::Key_F11);
    m_run->setToolTip(tr("One item at a time, full screen, with the floor plan"));
    connect(m_run, &QPushButton::clicked, this, &PullListPage::startRun);
    connect(m_print, &QPushButton::clicked, this, &PullListPage::print);
    connect(m_pdf, &QPushButton::clicked, this, &PullListPage::choosePdf);
    connect(m_splitZones, &QPushButton::clicked, this, [this] {
        if (m_openSplitZones)
            m_openSplitZones();
    });
}

void PullListPage::setSplitZones(std::function<void()> open)
{
    m_openSplitZones = std::move(open);
    m_splitZones->setVisible(bool(m_openSplitZones));
}

void PullListPage::readZoneSplit()
{
    // Once per zone, not per line: a list of 10^5 lines asks a handful of times.
    m_otherDeskZones.fill(false, m_layout.zones.size());
    if (m_coordination)
        for (qsizetype z = 0; z < m_layout.zones.size(); ++z)
            m_otherDeskZones[z] = !m_coordination->zoneDesk(m_layout.zones.at(z).name).isEmpty();
}

bool PullListPage::givenToOtherDesk(qsizetype i) const
{
    const int zone = m_lines.zoneIndex(i);
    return zone >= 0 && zone < m_otherDeskZones.size() && m_otherDeskZones.at(zone);
}

void PullListPage::stepFilter(QComboBox* filter, int step)
{
    const int count = filter->count();
    if (count > 0)
        filter->setCurrentIndex((filter->currentIndex() + step + count) % count);
}

void PullListPage::setDesk(const QString& site, const QString& workstation, const QString& staff)
{
    m_site = site;
    m_workstation = workstation;
    m_staff = staff;
}

void PullListPage::reload()
{
    auto lines = desk::buildPullList(m_cache, m_site, m_layout);
    m_lines = lines ? lines.value() : desk::PullList();
    m_listed.clear();
    m_listed.reserve(m_lines.size());
    m_pickupNames.clear();
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const desk::PullLine line = m_lines.at(i);
        m_listed.insert(line.barcode);
        if (!m_pickupNames.contains(line.pickup)) // a handful of libraries: named once each
            m_pickupNames.insert(line.pickup, libraryName(line.pickup));
    }
    // Marks survive a refresh for the items still listed.
    for (auto it = m_state.begin(); it != m_state.end();)
        it = m_listed.contains(it.key()) ? std::next(it) : m_state.erase(it);
    for (auto it = m_verdicts.begin(); it != m_verdicts.end();)
        it = m_listed.contains(it.key()) ? std::next(it) : m_verdicts.erase(it);
    const int current = m_zone->currentIndex() > 0 ? m_zone->currentData().toInt() : AnyZone;
    m_zone->blockSignals(true);
    m_zone->clear();
    m_zone->addItem(tr("All zones"), AnyZone);
    QList<int> seen;
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        if (!seen.contains(m_lines.zoneIndex(i)))
            seen << m_lines.zoneIndex(i);
    for (int zone : std::as_const(seen))
        m_zone->addItem(zone == NoZone ? tr("(no zone)") : m_layout.zones[zone].name, zone);
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(current)));
    m_zone->blockSignals(false);
    rebuild();
}

QAbstractItemModel* PullListPage::model() const
{
    return m_model;
}

void PullListPage::setDeliveryLocation(const QString& location)
{
    m_deliveryLocation = location;
    const int index = m_kind->findData(3);
    if (location.isEmpty() && index >= 0)
        m_kind->removeItem(index);
    else if (!location.isEmpty() && index < 0)
        m_kind->addItem(tr("Home delivery"), 3);
    rebuild();
}

void PullListPage::rebuild()
{
    const int zone = m_zone->currentData().toInt();
    const int kind = m_kind->currentData().toInt();
    QList<Model::Group> groups;
    readZoneSplit();
    m_leftToOthers = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        const int lineZone = m_lines.zoneIndex(i);
        const qint64 order = m_lines.holdGroupId(i);
        if (givenToOtherDesk(i)) {
            ++m_leftToOthers; // its zone is another desk's
            continue;
        }
        if (zone != AnyZone && lineZone != zone)
            continue;
        if (m_coordination && m_coordination->takenElsewhere(m_lines.barcode(i), nullptr))
            continue; // pulled or claimed at another desk
        // Home delivery's lines are a kind of their own, whatever their grouping.
        const bool delivery = !m_deliveryLocation.isEmpty() && m_lines.pickup(i) == m_deliveryLocation;
        if ((kind == 1 && (order != 0 || delivery)) || (kind == 2 && (order == 0 || delivery)) ||
            (kind == 3 && !delivery))
            continue;
        if (groups.isEmpty() || lineZone != groups.last().zone)
            groups.append({lineZone, lineZone == NoZone ? tr("(no zone)") : m_lines[i].zone, {}});
        groups.last().lines.append(i);
    }
    m_model->setGroups(std::move(groups));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    for (int g = 0; g < m_model->rowCount(); ++g)
        m_tree->setFirstColumnSpanned(g, QModelIndex(), true);
    m_tree->expandAll();
    // Column widths from the first lines: measuring 10^5 rows would take longer than showing them.
    const QFontMetrics metrics(m_tree->font());
    for (int column : {int(CallNumber), int(Barcode), int(Location), int(Waiting), int(Pickup)}) {
        int width = m_tree->header()->sectionSizeHint(column);
        int sampled = 0;
        for (int g = 0; g < m_model->rowCount() && sampled < 300; ++g) {
            const QModelIndex group = m_model->index(g, 0);
            for (int r = 0; r < m_model->rowCount(group) && sampled < 300; ++r, ++sampled)
                width =
                    std::max(width, metrics.horizontalAdvance(m_model->index(r, column, group).data().toString()) + 24);
        }
        m_tree->setColumnWidth(column, width);
    }
    m_tree->resizeColumnToContents(StateColumn);
    m_progress->setText(progressText());
    Q_EMIT progressChanged(done(), total());
}

void PullListPage::startRun()
{
    if (m_coordination) {
        QStringList lines;
        lines.reserve(m_lines.size());
        readZoneSplit();
        for (qsizetype i = 0; i < m_lines.size(); ++i)
            if (!m_state.contains(m_lines.barcode(i)) && !givenToOtherDesk(i))
                lines.append(m_lines.barcode(i));
        m_coordination->runStarted(lines);
        rebuild();
    }
    NextItemView view(*this, this);
    view.setWindowState(Qt::WindowFullScreen);
    view.exec();
    if (m_coordination)
        m_coordination->runStopped();
    rebuild();
}

void PullListPage::setPullCoordination(netstore::PullCoordination* coordination)
{
    m_coordination = coordination;
    showCoordinationNote();
    rebuild();
}

void PullListPage::showCoordinationNote()
{
    const QString note = m_coordination ? m_coordination->coordinationNote() : QString();
    m_coordinationNote->setText(note);
    m_coordinationNote->setVisible(!note.isEmpty());
    Q_EMIT coordinationNoteChanged(note);
}

bool PullListPage::takenElsewhere(const QString& barcode, QString* by) const
{
    return m_coordination && m_coordination->takenElsewhere(barcode, by);
}

int PullListPage::done() const
{
    return int(m_state.size()); // only marked lines that are still listed are kept
}

void PullListPage::mark(const QString& barcode, State state)
{
    m_state.insert(barcode, state);
    if (m_coordination && state != State::ToPull)
        m_coordination->lineDone(barcode, state == State::Found);
    if (const QModelIndex at = m_model->indexOf(barcode); at.isValid()) {
        m_model->stateChanged(at);
        m_tree->setCurrentIndex(at);
        m_tree->scrollTo(at);
    }
    m_progress->setText(progressText());
    Q_EMIT progressChanged(done(), total());
}

QString PullListPage::progressText() const
{
    if (m_leftToOthers > 0)
        return tr("%L1 / %L2 (%Ln line(s) left to other desks)", nullptr, m_leftToOthers).arg(done()).arg(total());
    return tr("%L1 / %L2").arg(done()).arg(total());
}

bool PullListPage::markFound(const QString& barcode)
{
    if (!m_listed.contains(barcode))
        return false;
    mark(barcode, State::Found);
    return true;
}

bool PullListPage::pull(const QString& barcode)
{
    if (!markFound(barcode))
        return false;
    if (!checkin)
        return true;
    QPointer<PullListPage> self(this);
    checkin(barcode, [self, barcode](desk::CaptureResult result) {
        if (!self)
            return;
        self->m_verdicts.insert(barcode, result.verdict);
        if (const QModelIndex at = self->m_model->indexOf(barcode); at.isValid())
            self->m_model->stateChanged(at);
        Q_EMIT self->checkedIn(barcode, result);
    });
    return true;
}

QString PullListPage::whyNotListed(const QString& code) const
{
    const devices::BarcodeRules::Classification c = m_rules.classify(code);
    if (c.checkDigitFailed)
        return tr("The check digit of %1 is wrong: a misread. Scan it again, or type the barcode.").arg(code);
    switch (c.kind) {
    case devices::CodeKind::PatronCard:
        return tr("%1 is a patron card, not an item.").arg(code);
    case devices::CodeKind::Crate:
        return tr("%1 is a crate label, not an item.").arg(code);
    case devices::CodeKind::Order:
        return tr("%1 is a click & collect bag label, not an item.").arg(code);
    case devices::CodeKind::Item:
    case devices::CodeKind::Unknown:
        break;
    }
    QString by;
    if (m_coordination && m_coordination->takenElsewhere(code, &by))
        return tr("%1 was pulled or claimed at another desk (%2).").arg(code, by);
    return tr("%1 is not on the pull list: check it in on the Capture page.").arg(code);
}

bool PullListPage::markNotFound(const QString& barcode, const QString& reason)
{
    if (!m_listed.contains(barcode))
        return false;
    OutboxAction action;
    action.kind = desk::action::NotFound;
    action.payload = QJsonObject{
        {QStringLiteral("barcode"), barcode}, {QStringLiteral("reason"), reason}, {QStringLiteral("location"), m_site}};
    action.workstation = m_workstation;
    action.staff = m_staff;
    if (auto appended = m_outbox.append(action); !appended) {
        QMessageBox::warning(this, tr("Not found"), appended.error().message);
        return false;
    }
    mark(barcode, State::NotFound);
    return true;
}

void PullListPage::notFoundClicked()
{
    const QString barcode = m_tree->currentIndex().siblingAtColumn(0).data(Qt::UserRole).toString();
    if (barcode.isEmpty()) {
        QMessageBox::information(this, tr("Not found"), tr("Select the line of the item first."));
        return;
    }
    const QString reason = askReason();
    if (!reason.isEmpty())
        markNotFound(barcode, reason);
}

QString PullListPage::printableHtml() const
{
    desk::SlipParty party{m_site, m_workstation, desk::NameDisplay::CodeOnly, QDateTime::currentDateTime()};
    print::TemplateContext c = desk::baseSlipContext(party);
    c.values.insert(QStringLiteral("site"), m_site);
    c.values.insert(QStringLiteral("count"), QString::number(m_lines.size()));
    QList<print::TemplateContext> zones;
    int zone = AnyZone;
    for (const desk::PullLine& line : m_lines) {
        if (zones.isEmpty() || line.zoneIndex != zone) {
            zone = line.zoneIndex;
            print::TemplateContext z;
            z.values.insert(QStringLiteral("zone.name"), zone == NoZone ? tr("(no zone)") : line.zone);
            zones << z;
        }
        print::TemplateContext l;
        const State state = m_state.value(line.barcode, State::ToPull);
        l.values = {{QStringLiteral("line.call_number"), line.callNumber},
                    {QStringLiteral("line.title"), line.title},
                    {QStringLiteral("line.author"), line.author},
                    {QStringLiteral("line.barcode"), line.barcode},
                    {QStringLiteral("line.location"), locationName(line.location)},
                    {QStringLiteral("line.location_code"), line.location},
                    {QStringLiteral("line.waiting"), line.waiting ? QString::number(line.waiting) : QString()},
                    {QStringLiteral("line.pickup"), pickupName(line.pickup)},
                    {QStringLiteral("line.pickup_code"), line.pickup},
                    {QStringLiteral("line.click_collect"),
                     line.holdGroupId && line.pickup != m_deliveryLocation ? QStringLiteral("1") : QString()},
                    {QStringLiteral("line.state"), state == State::Found      ? QStringLiteral("✔")
                                                   : state == State::NotFound ? QStringLiteral("✘")
                                                                              : QStringLiteral("☐")}};
        zones.last().lists[QStringLiteral("lines")].append(l);
    }
    for (print::TemplateContext& z : zones)
        z.values.insert(QStringLiteral("zone.count"), QString::number(z.lists.value(QStringLiteral("lines")).size()));
    c.lists.insert(QStringLiteral("zones"), zones);
    return print::renderTemplate(m_templates->text(print::TemplateKind::PullList), c, print::Escape::Html);
}

bool PullListPage::exportPdf(const QString& path) const
{
    return writeHtmlPdf(printableHtml(), path);
}

void PullListPage::print()
{
    previewHtml(this, [this] { return printableHtml(); });
}

void PullListPage::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Pull list as PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/pull-list.pdf"),
        tr("PDF (*.pdf)"));
    if (!path.isEmpty() && !exportPdf(path))
        QMessageBox::warning(this, tr("Pull list as PDF"), tr("Cannot write %1").arg(path));
}

} // namespace comptoir
