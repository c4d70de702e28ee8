#include "CratesPage.h"

#include "Clock.h"
#include "PageParts.h"
#include "SlipPrinter.h"
#include "desk/SlipContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

using crates::Crate;

CratesPage::CratesPage(crates::CrateService& crates, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_crates(crates)
    , m_clock(clock)
    , m_table(new QTableWidget(this))
    , m_items(new QListWidget(this))
    , m_detail(new QLabel(this))
    , m_seal(new QPushButton(tr("&Seal and print the label"), this))
    , m_finish(new QPushButton(tr("&Finish receiving"), this))
{
    setObjectName(QStringLiteral("cratesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(pageHeading(tr("Shuttle crates"), this));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Crate"), tr("Library"), tr("State"), tr("Items")});
    setupTable(m_table);
    layout->addWidget(m_table, 3);
    m_detail->setWordWrap(true);
    m_detail->setText(tr("Items in transit go into their destination's crate at capture. Scan a crate label to "
                         "receive a crate; scan an item here to take it out of its open crate."));
    layout->addWidget(m_detail);
    m_items->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_items, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_seal->setFocusPolicy(Qt::NoFocus);
    m_finish->setFocusPolicy(Qt::NoFocus);
    buttons->addWidget(m_seal);
    buttons->addWidget(m_finish);
    layout->addLayout(buttons);
    m_seal->setEnabled(false);
    m_finish->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_selected = row >= 0 && row < m_rows.size() ? m_rows.at(row).seq : 0;
        showSelected();
    });
    connect(m_seal, &QPushButton::clicked, this, [this] {
        auto sealed = sealSelected();
        if (!sealed)
            Q_EMIT verdictReady({VerdictKind::Error, tr("Not sealed"), sealed.error().message});
    });
    connect(m_finish, &QPushButton::clicked, this, &CratesPage::finishReceiving);
}

void CratesPage::setDesk(const QString& ownName, const QString& workstation)
{
    m_libraryName = ownName;
    m_workstation = workstation;
}

void CratesPage::reload()
{
    const qint64 keep = m_selected;
    m_rows.clear();
    const QDateTime today = QDateTime(m_clock.now().toLocalTime().date(), QTime(0, 0));
    for (auto list : {m_crates.crates(Crate::Direction::Out, Crate::State::Open),
                      m_crates.crates(Crate::Direction::Out, Crate::State::Sealed),
                      m_crates.crates(Crate::Direction::In, Crate::State::Sealed), m_crates.receivedSince(today)})
        if (list)
            m_rows += list.value();
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Crate& c = m_rows.at(row);
        QString state, count = QString::number(c.count);
        const bool in = c.direction == Crate::Direction::In;
        if (!in)
            state = c.state == Crate::State::Open ? tr("Open: filling") : tr("Sealed: waiting for the shuttle");
        else if (c.state == Crate::State::Sealed)
            state = tr("Receiving");
        else
            state = tr("Received at %1").arg(c.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
        if (in) {
            if (auto r = m_crates.receipt(c.seq)) {
                count = QStringLiteral("%1 / %2").arg(r.value().receivedExpected).arg(r.value().expected.size());
                if (c.state == Crate::State::Received && (!r.value().missing.isEmpty() || !r.value().extras.isEmpty()))
                    state += QStringLiteral(" — ") + tr("%n missing", "", int(r.value().missing.size())) +
                             QStringLiteral(", ") + tr("%n extra", "", int(r.value().extras.size()));
            }
        }
        const QString library =
            in ? tr("from %1").arg(libraryName(c.from)) : tr("for %1").arg(libraryName(c.destination));
        const QStringList cells = {c.barcode.isEmpty() ? c.id : QStringLiteral("%1 (%2)").arg(c.barcode, c.id), library,
                                   state, count};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    select(keep);
}

void CratesPage::select(qint64 seq)
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).seq == seq) {
            m_table->selectRow(row);
            m_selected = seq;
            showSelected();
            return;
        }
    m_selected = 0;
    showSelected();
}

void CratesPage::showSelected()
{
    m_items->clear();
    m_seal->setEnabled(false);
    m_finish->setEnabled(false);
    auto c = m_crates.crate(m_selected);
    if (!m_selected || !c)
        return;
    const Crate& crate = c.value();
    if (crate.direction == Crate::Direction::Out) {
        m_seal->setEnabled(crate.state == Crate::State::Open && crate.count > 0);
        if (auto items = m_crates.items(crate.seq))
            m_items->addItems(items.value());
        m_detail->setText(tr("Crate for %1 — %n item(s)", "", crate.count).arg(libraryName(crate.destination)));
        return;
    }
    auto r = m_crates.receipt(crate.seq);
    if (!r)
        return;
    m_finish->setEnabled(crate.state == Crate::State::Sealed);
    m_detail->setText(
        tr("Crate from %1, sealed %2: %3 / %4 received")
            .arg(libraryName(crate.from), crate.sealedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")))
            .arg(r.value().receivedExpected)
            .arg(r.value().expected.size()));
    for (const QString& item : r.value().missing)
        m_items->addItem(crate.state == Crate::State::Received ? tr("Missing: %1").arg(item)
                                                               : tr("Expected: %1").arg(item));
    for (const QString& item : r.value().extras)
        m_items->addItem(tr("Extra: %1").arg(item));
}

Slip CratesPage::crateLabel(const crates::SealedCrate& crate) const
{
    const desk::SlipParty party{m_libraryName, m_workstation, desk::NameDisplay::Abbreviated, m_clock.now()};
    const print::TemplateContext context =
        desk::crateLabelContext(crate, libraryName(crate.crate.from), libraryName(crate.crate.destination), party);
    return makeSlip(m_templates ? *m_templates : print::TemplateStore::shipped(), print::TemplateKind::CrateLabel,
                    context, tr("Crate label %1").arg(crate.crate.id));
}

Result<crates::SealedCrate> CratesPage::sealSelected()
{
    auto sealed = m_crates.seal(m_selected);
    if (!sealed)
        return sealed;
    const Slip label = crateLabel(sealed.value());
    const Verdict verdict{VerdictKind::Success, tr("Crate sealed"),
                          tr("Crate for %1 — %n item(s): stick its label on it.", "", sealed.value().crate.count)
                              .arg(libraryName(sealed.value().crate.destination))};
    if (m_printer)
        m_printer->print(label, [this, verdict](const PrintOutcome& outcome) {
            Verdict v = verdict;
            v.detail += QStringLiteral(" ") + outcome.text();
            Q_EMIT verdictReady(v);
        });
    else
        Q_EMIT verdictReady(verdict);
    reload();
    return sealed;
}

Verdict CratesPage::openBox(const QString& code)
{
    if (auto c = m_crates.crateWithBox(code)) {
        reload();
        select(c.value().seq);
        return {VerdictKind::Success, tr("Crate %1").arg(code), m_detail->text()};
    }
    auto chosen = m_crates.crate(m_selected);
    if (chosen && chosen.value().direction == Crate::Direction::Out && chosen.value().state == Crate::State::Open) {
        auto given = m_crates.attachBox(m_selected, code);
        if (!given)
            return {VerdictKind::Error, tr("Crate %1").arg(code), given.error().message};
        reload();
        return {VerdictKind::Success, tr("Crate %1").arg(code),
                tr("This box is now the crate for %1.").arg(libraryName(given.value().destination))};
    }
    return {VerdictKind::Warning, tr("Crate %1").arg(code),
            tr("This box holds no crate: choose an open crate, then scan the box again.")};
}

Verdict CratesPage::openManifest(const QString& text)
{
    auto part = crates::decodeManifestPart(text.toLatin1());
    if (!part)
        return {VerdictKind::Error, tr("Crate label refused"), part.error().message};
    // A part of another crate starts a new reading.
    if (!m_parts.isEmpty() && (m_parts.first().header.crate != part.value().header.crate ||
                               m_parts.first().header.from != part.value().header.from))
        m_parts.clear();
    m_parts.append(part.value());
    auto manifest = crates::assembleManifest(m_parts);
    if (!manifest) {
        if (manifest.error().code == crates::ManifestParts && m_parts.size() < part.value().parts)
            return {VerdictKind::Warning,
                    tr("Crate label: part %1 of %2 read").arg(part.value().part).arg(part.value().parts),
                    manifest.error().message};
        m_parts.clear();
        return {VerdictKind::Error, tr("Crate label refused"), manifest.error().message};
    }
    m_parts.clear();
    auto crate = m_crates.startReceiving(manifest.value());
    if (!crate)
        return {VerdictKind::Error, tr("Crate not received"), crate.error().message};
    m_receiving = crate.value().seq;
    reload();
    select(m_receiving);
    return {VerdictKind::Success, tr("Crate from %1").arg(libraryName(manifest.value().from)),
            tr("Scan each item: %n expected.", "", int(manifest.value().items.size()))};
}

Verdict CratesPage::handleItem(const QString& code, bool* received)
{
    *received = false;
    auto receiving = m_crates.crate(m_receiving);
    if (m_receiving && receiving && receiving.value().state == Crate::State::Sealed) {
        auto r = m_crates.receiveItem(m_receiving, code);
        if (!r)
            return {VerdictKind::Error, tr("Not received"), r.error().message};
        *received = true;
        reload();
        const bool extra = r.value().extras.contains(code);
        return {extra ? VerdictKind::Warning : VerdictKind::Success,
                QStringLiteral("%1 / %2").arg(r.value().receivedExpected).arg(r.value().expected.size()),
                extra ? tr("Not in this crate's manifest: kept as an extra item.") : tr("Received")};
    }
    auto out = m_crates.takeOut(code);
    if (!out)
        return {VerdictKind::Warning, tr("Not in a crate"), out.error().message};
    reload();
    select(out.value().seq);
    return {VerdictKind::Success, tr("Taken out of the crate"),
            tr("Crate for %1 — %n item(s)", "", out.value().count).arg(libraryName(out.value().destination))};
}

QString CratesPage::receivingProgress() const
{
    auto r = m_crates.receipt(m_receiving);
    if (!m_receiving || !r)
        return {};
    return QStringLiteral("%1 / %2").arg(r.value().receivedExpected).arg(r.value().expected.size());
}

void CratesPage::finishReceiving()
{
    auto r = m_crates.finishReceiving(m_selected);
    if (!r) {
        Q_EMIT verdictReady({VerdictKind::Error, tr("Not finished"), r.error().message});
        return;
    }
    if (m_receiving == m_selected)
        m_receiving = 0;
    const bool clean = r.value().missing.isEmpty() && r.value().extras.isEmpty();
    Q_EMIT verdictReady({clean ? VerdictKind::Success : VerdictKind::Warning, tr("Crate received"),
                         tr("%n missing", "", int(r.value().missing.size())) + QStringLiteral(", ") +
                             tr("%n extra", "", int(r.value().extras.size()))});
    reload();
}

} // namespace comptoir
