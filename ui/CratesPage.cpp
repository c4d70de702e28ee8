#include "CratesPage.h"

#include "FlowLayout.h"

#include "Clock.h"
#include "PageParts.h"
#include "SlipPrinter.h"
#include "desk/SlipContext.h"
#include "netstore/SharedCrates.h"

#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
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
    , m_receiveAll(new QPushButton(tr("Receive &all without scanning…"), this))
    , m_printReceipt(new QPushButton(tr("&Print the receipt"), this))
    , m_departure(new QPushButton(tr("Shuttle &departure"), this))
{
    setObjectName(QStringLiteral("cratesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(pageHeading(tr("Shuttle crates"), this));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Crate"), tr("Library"), tr("State"), tr("Items")});
    setupTable(m_table);
    // The library's name is what staff read: it takes the room; the others as wide as their text.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 3);
    m_sharedNote = new QLabel(this);
    m_sharedNote->setObjectName(QStringLiteral("sharedCratesNote"));
    m_sharedNote->setWordWrap(true);
    m_sharedNote->hide();
    layout->addWidget(m_sharedNote);
    m_detail->setWordWrap(true);
    m_detail->setText(tr("Items in transit go into their destination's crate at capture. Scan a crate label to "
                         "receive a crate; scan an item here to take it out of its open crate."));
    layout->addWidget(m_detail);
    m_items->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_items, 2);
    auto* buttons = new FlowLayout; // wraps on a narrow screen
    buttons->addWidget(m_departure);
    for (QPushButton* b : {m_seal, m_finish, m_receiveAll, m_printReceipt, m_departure})
        b->setFocusPolicy(Qt::NoFocus);
    buttons->addWidget(m_seal);
    buttons->addWidget(m_receiveAll);
    buttons->addWidget(m_finish);
    buttons->addWidget(m_printReceipt);
    layout->addLayout(buttons);
    m_seal->setEnabled(false);
    m_finish->setEnabled(false);
    m_receiveAll->setEnabled(false);
    m_printReceipt->setEnabled(false);
    confirmReceiveAll = [this](const crates::Crate& crate, int remaining) {
        QMessageBox box(QMessageBox::Question, tr("Receive the whole crate"),
                        tr("Receive the %n item(s) not scanned from %1 as if each had been scanned? They are checked "
                           "in now; nobody has looked at them. Do this only for a crate you trust.",
                           "", remaining)
                            .arg(libraryName(crate.from)),
                        QMessageBox::NoButton, this);
        QPushButton* yes = box.addButton(tr("Receive the %n item(s)", "", remaining), QMessageBox::AcceptRole);
        QPushButton* no = box.addButton(tr("Do nothing"), QMessageBox::RejectRole);
        box.setDefaultButton(no);
        box.exec();
        return box.clickedButton() == yes;
    };
    connect(m_receiveAll, &QPushButton::clicked, this, [this] {
        auto r = receiveAllSelected();
        if (!r && r.error().code != QLatin1String("crate.cancelled"))
            Q_EMIT verdictReady({VerdictKind::Error, tr("Not received"), r.error().message});
    });
    connect(m_printReceipt, &QPushButton::clicked, this, [this] {
        auto r = printReceiptSelected();
        if (!r)
            Q_EMIT verdictReady({VerdictKind::Error, tr("No receipt"), r.error().message});
    });
    connect(m_departure, &QPushButton::clicked, this, [this] {
        if (m_departure->menu())
            return; // several routes: the menu says which van leaves
        auto d = departure();
        if (!d)
            Q_EMIT verdictReady({VerdictKind::Error, tr("Shuttle departure"), d.error().message});
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_selected = row >= 0 && row < m_rows.size() ? m_rows.at(row).seq : 0;
        showSelected();
    });
    connect(m_seal, &QPushButton::clicked, this, [this] {
        sealSelected([this](const Result<crates::SealedCrate>& sealed) {
            if (!sealed)
                Q_EMIT verdictReady({VerdictKind::Error, tr("Not sealed"), sealed.error().message});
        });
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
            for (const Crate& c : list.value())
                if (!c.departedAt.isValid()) // gone with the shuttle: no longer at this counter
                    m_rows.append(c);
    if (m_shared) {
        // The site's crates from the network store: counts of every desk, other desks' crates too.
        const bool shown = showStoreNote();
        QSet<QString> here;
        for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
            Crate& c = m_rows[i];
            if (c.direction != Crate::Direction::Out)
                continue;
            // Another desk's crate this desk filled stays, with this desk's count: capture goes on
            // putting items in it (the open crate of its destination here), published on return.
            here.insert(c.id);
            if (const auto site = shown ? m_shared->find(c.id) : std::nullopt; site && c.state == Crate::State::Open)
                c.count = qMax(c.count, site->items);
        }
        if (shown) {
            qint64 remote = 0;
            for (const netstore::SiteCrate& site : m_shared->siteCrates()) {
                if (here.contains(site.id))
                    continue;
                Crate c;
                c.seq = --remote;
                c.id = site.id;
                c.from = m_crates.site();
                c.destination = site.destination;
                c.openedBy = site.openedBy;
                c.openedAt = site.openedAt;
                c.count = site.items;
                m_rows.append(c);
            }
        }
    }
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
        QString library = in ? tr("from %1").arg(libraryName(c.from)) : tr("for %1").arg(libraryName(c.destination));
        if (!in && !c.openedBy.isEmpty() && m_shared && c.openedBy != m_shared->me())
            library = tr("for %1, opened at %2").arg(libraryName(c.destination), c.openedBy);
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
    m_receiveAll->setEnabled(false);
    m_printReceipt->setEnabled(false);
    Crate shared;
    if (m_shared && sharedRow(m_selected, &shared)) {
        // Another desk's crate, or one of this desk's with the store at hand: every desk's items.
        m_seal->setEnabled(shared.state == Crate::State::Open && shared.count > 0 && m_storeActions == 0);
        QStringList local;
        if (shared.seq > 0)
            if (auto items = m_crates.items(shared.seq))
                local = items.value();
        m_items->addItems(local);
        // The other desks' items read on the store's thread: shown when they are in, unless the page
        // moved on meanwhile.
        const int read = ++m_itemsRead;
        const bool reading = m_shared->readItems(
            shared.id, this, [this, read, local](Result<QList<std::pair<QString, QString>>> theirs) {
                if (read != m_itemsRead)
                    return; // another crate shown since
                for (int row = m_items->count() - 1; row >= 0; --row)
                    if (m_items->item(row)->data(Qt::UserRole).toBool())
                        delete m_items->takeItem(row);
                if (!theirs)
                    return;
                for (const auto& [barcode, by] : theirs.value())
                    if (!local.contains(barcode))
                        m_items->addItem(tr("%1 (put in at %2)").arg(barcode, by));
            });
        if (reading) {
            auto* pending = new QListWidgetItem(tr("Reading the other desks' items from the network store…"));
            pending->setData(Qt::UserRole, true);
            pending->setFlags(Qt::ItemIsEnabled);
            m_items->addItem(pending);
        }
        const QString opened = shared.openedBy.isEmpty() || shared.openedBy == m_shared->me()
                                   ? QString()
                                   : QStringLiteral(" ") + tr("(opened at %1)").arg(shared.openedBy);
        m_detail->setText(tr("Crate for %1 — %n item(s)", "", shared.count).arg(libraryName(shared.destination)) +
                          opened);
        return;
    }
    auto c = m_crates.crate(m_selected);
    if (!m_selected || !c)
        return;
    const Crate& crate = c.value();
    if (crate.direction == Crate::Direction::Out) {
        m_seal->setEnabled(crate.state == Crate::State::Open && crate.count > 0 && m_storeActions == 0);
        if (auto items = m_crates.items(crate.seq))
            m_items->addItems(items.value());
        m_detail->setText(tr("Crate for %1 — %n item(s)", "", crate.count).arg(libraryName(crate.destination)));
        return;
    }
    auto r = m_crates.receipt(crate.seq);
    if (!r)
        return;
    m_finish->setEnabled(crate.state == Crate::State::Sealed);
    m_receiveAll->setEnabled(crate.state == Crate::State::Sealed && !r.value().missing.isEmpty());
    m_printReceipt->setEnabled(true);
    m_detail->setText(
        tr("Crate from %1, sealed %2: %3 / %4 received")
            .arg(libraryName(crate.from), crate.sealedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")))
            .arg(r.value().receivedExpected)
            .arg(r.value().expected.size()));
    // Titles first (what staff look for on the cart), the barcode after.
    const auto named = [this](const QString& barcode) {
        const QString title = itemLabel ? itemLabel(barcode).title : QString();
        return title.isEmpty() ? barcode : QStringLiteral("%1 (%2)").arg(title, barcode);
    };
    for (const QString& item : r.value().missing)
        m_items->addItem(crate.state == Crate::State::Received ? tr("Missing: %1").arg(named(item))
                                                               : tr("Expected: %1").arg(named(item)));
    for (const QString& item : r.value().extras)
        m_items->addItem(tr("Extra: %1").arg(named(item)));
    for (const QString& item : r.value().unscanned)
        m_items->addItem(tr("Received without scanning: %1").arg(named(item)));
}

Slip CratesPage::crateLabel(const crates::SealedCrate& crate) const
{
    const desk::SlipParty party{m_libraryName, m_workstation, desk::NameDisplay::Abbreviated, m_clock.now()};
    const print::TemplateContext context =
        desk::crateLabelContext(crate, libraryName(crate.crate.from), libraryName(crate.crate.destination), party);
    return makeSlip(m_templates ? *m_templates : print::TemplateStore::shipped(), print::TemplateKind::CrateLabel,
                    context, tr("Crate label %1").arg(crate.crate.id));
}

void CratesPage::sealSelected(std::function<void(const Result<crates::SealedCrate>&)> done)
{
    const auto sealedHere = [this, done](const Result<crates::SealedCrate>& sealed) {
        if (sealed) {
            const Slip label = crateLabel(sealed.value());
            const Verdict verdict{
                VerdictKind::Success, tr("Crate sealed"),
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
        }
        reload(); // sealed (or sealed at another desk first: the crate left this desk)
        if (done)
            done(sealed);
    };
    Crate shared;
    if (!(m_shared && sharedRow(m_selected, &shared))) {
        sealedHere(m_crates.seal(m_selected));
        return;
    }
    // Through the store, off this thread: the button waits meanwhile (one seal, not two).
    ++m_storeActions;
    m_seal->setEnabled(false);
    showStoreNote();
    m_shared->sealAsync(shared.id, this, [this, sealedHere](Result<crates::SealedCrate> sealed) {
        --m_storeActions;
        sealedHere(sealed);
    });
}

Result<crates::SealedCrate> CratesPage::sealSelectedNow()
{
    std::optional<Result<crates::SealedCrate>> out;
    QEventLoop wait;
    sealSelected([&out, &wait](const Result<crates::SealedCrate>& sealed) {
        out.emplace(sealed);
        wait.quit();
    });
    if (!out)
        wait.exec(); // bounded: a crate action ends within the store's answer time
    if (!out)        // the loop ended otherwise (the application quitting)
        return Error{QStringLiteral("crate.unfinished"), tr("The crate was not sealed.")};
    return *out;
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
    Verdict opened{VerdictKind::Success, tr("Crate from %1").arg(libraryName(manifest.value().from)),
                   tr("Scan each item: %n expected.", "", int(manifest.value().items.size()))};
    // An item another crate being received lists too: received once only, where it is found.
    if (auto doubles = m_crates.listedElsewhere(m_receiving); doubles && !doubles.value().isEmpty()) {
        const crates::DoubleListing& first = doubles.value().first();
        opened.kind = VerdictKind::Warning;
        opened.detail += QStringLiteral(" ") +
                         tr("%n item(s) of this crate are also listed by the crate %1 from %2 (first: %3): each is "
                            "received once, in the crate it is found in.",
                            "", int(doubles.value().size()))
                             .arg(first.other.id, libraryName(first.other.from), first.barcode);
    }
    return opened;
}

bool CratesPage::showStoreNote()
{
    const bool shown = m_shared && m_shared->available();
    if (!m_shared)
        return false;
    m_sharedNote->setVisible(!shown || m_shared->isReading() || m_storeActions > 0);
    m_sharedNote->setText(!shown ? tr("The network store cannot be reached: only this desk's crates and items are "
                                      "shown. Crates work as usual; they are shared again when the store is back.")
                          : m_storeActions > 0 ? tr("Asking the network store…")
                                               : tr("Reading the other desks' crates from the network store…"));
    return shown;
}

bool CratesPage::isReceiving() const
{
    auto receiving = m_crates.crate(m_receiving);
    return m_receiving && receiving && receiving.value().state == Crate::State::Sealed;
}

Verdict CratesPage::receiveItem(const QString& code, bool* received)
{
    *received = false;
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

void CratesPage::putOrTakeOut(const QString& code, std::function<void(const Verdict&)> done)
{
    Crate shared;
    if (m_shared && sharedRow(m_selected, &shared) && shared.state == Crate::State::Open &&
        (!shared.openedBy.isEmpty() && shared.openedBy != m_shared->me())) {
        // Another desk's crate chosen: the item goes into it (scanned again: taken out). The store
        // is asked off this thread; the page says so meanwhile.
        // The same item scanned again while the store is asked: one action, not two.
        if (m_pendingItems.contains(code)) {
            done({VerdictKind::Warning, tr("Already being put in"),
                  tr("This item is being put into the crate: wait for its verdict, then scan it again to take "
                     "it out.")});
            return;
        }
        auto here = shared.seq > 0 ? m_crates.items(shared.seq) : Result<QStringList>(QStringList());
        if (!here || !here.value().contains(code)) {
            ++m_storeActions;
            m_pendingItems.insert(code);
            const qint64 chosen = m_selected;
            showSelected(); // the seal waits for the item
            showStoreNote();
            m_shared->putIntoAsync(shared.id, code, this, [this, done, code, chosen](Result<crates::Placement> placed) {
                --m_storeActions;
                m_pendingItems.remove(code);
                reload();
                if (!placed) {
                    done({VerdictKind::Error, tr("Not put in the crate"), placed.error().message});
                    return;
                }
                if (m_selected == chosen) // staff did not choose another crate meanwhile
                    select(placed.value().crate.seq);
                done(placed.value().verdict);
            });
            return;
        }
    }
    auto out = m_crates.takeOut(code);
    if (!out) {
        done({VerdictKind::Warning, tr("Not in a crate"), out.error().message});
        return;
    }
    reload();
    select(out.value().seq);
    done({VerdictKind::Success, tr("Taken out of the crate"),
          tr("Crate for %1 — %n item(s)", "", out.value().count).arg(libraryName(out.value().destination))});
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

void CratesPage::printSlip(const Slip& slip, const Verdict& verdict)
{
    if (m_printer)
        m_printer->print(slip, [this, verdict](const PrintOutcome& outcome) {
            Verdict v = verdict;
            v.detail += QStringLiteral(" ") + outcome.text();
            Q_EMIT verdictReady(v);
        });
    else
        Q_EMIT verdictReady(verdict);
}

Result<crates::Receipt> CratesPage::receiveAllSelected()
{
    auto c = m_crates.incomingCrate(m_selected);
    if (!c)
        return c.error();
    auto before = m_crates.receipt(m_selected);
    if (!before)
        return before;
    if (c.value().state != Crate::State::Sealed)
        return Error{QStringLiteral("crate.received_twice"), tr("This crate was received already.")};
    if (confirmReceiveAll && !confirmReceiveAll(c.value(), int(before.value().missing.size())))
        return Error{QStringLiteral("crate.cancelled"), tr("Nothing was received.")};
    auto r = m_crates.receiveAll(m_selected);
    if (!r)
        return r;
    if (m_receiving == m_selected)
        m_receiving = 0;
    reload();
    Q_EMIT verdictReady(
        {r.value().extras.isEmpty() ? VerdictKind::Success : VerdictKind::Warning,
         tr("Crate received without scanning"),
         tr("%n item(s) received without scanning, checked in now", "", int(r.value().unscanned.size())) +
             QStringLiteral(", ") + tr("%n extra", "", int(r.value().extras.size()))});
    if (!r.value().unscanned.isEmpty())
        Q_EMIT checkInRequested(r.value().unscanned);
    return r;
}

Slip CratesPage::crateReceipt(const crates::Receipt& receipt) const
{
    const desk::SlipParty party{m_libraryName, m_workstation, desk::NameDisplay::Abbreviated, m_clock.now()};
    const print::TemplateContext context =
        desk::crateReceiptContext(receipt, libraryName(receipt.crate.from), itemLabel, party);
    return makeSlip(m_templates ? *m_templates : print::TemplateStore::shipped(), print::TemplateKind::CrateReceipt,
                    context, tr("Crate receipt %1").arg(receipt.crate.id));
}

Result<crates::Receipt> CratesPage::printReceiptSelected()
{
    auto r = m_crates.receipt(m_selected);
    if (!r)
        return r;
    printSlip(crateReceipt(r.value()), {VerdictKind::Success, tr("Crate receipt"),
                                        tr("%n missing", "", int(r.value().missing.size())) + QStringLiteral(", ") +
                                            tr("%n extra", "", int(r.value().extras.size())) + QStringLiteral(".")});
    return r;
}

void CratesPage::setRoutes(const crates::ShuttleRoutes& routes)
{
    m_routes = routes;
    delete m_departure->menu();
    m_departure->setMenu(nullptr);
    if (routes.routes().size() < 2)
        return;
    auto* menu = new QMenu(m_departure);
    for (const crates::ShuttleRoute& r : routes.routes())
        menu->addAction(r.name, this, [this, name = r.name] {
            auto d = departure(name);
            if (!d)
                Q_EMIT verdictReady({VerdictKind::Error, tr("Shuttle departure"), d.error().message});
        });
    m_departure->setMenu(menu);
}

Slip CratesPage::routeSheet(const QList<crates::SealedCrate>& list, const QString& route) const
{
    QList<QList<std::pair<QString, int>>> bags;
    for (const crates::SealedCrate& s : list) {
        auto inside = m_crates.bags(s.crate.seq);
        bags.append(inside ? inside.value() : QList<std::pair<QString, int>>{});
    }
    const desk::SlipParty party{m_libraryName, m_workstation, desk::NameDisplay::Abbreviated, m_clock.now()};
    return makeSlip(m_templates ? *m_templates : print::TemplateStore::shipped(), print::TemplateKind::RouteSheet,
                    desk::routeSheetContext(list, bags, libraryName, party, m_routes, route), tr("Shuttle departure"));
}

Result<QList<crates::SealedCrate>> CratesPage::departure(const QString& route)
{
    QSet<qint64> before;
    if (auto sealed = m_crates.crates(Crate::Direction::Out, Crate::State::Sealed))
        for (const Crate& c : sealed.value())
            if (!c.departedAt.isValid())
                before.insert(c.seq);
    auto list = m_crates.departure(
        [this, route](const QString& destination) { return m_routes.leavesWith(route, destination); });
    if (!list)
        return list;
    // The labels of the crates sealed now, then the route sheet.
    for (const crates::SealedCrate& s : list.value())
        if (!before.contains(s.crate.seq) && m_printer)
            m_printer->print(crateLabel(s), [](const PrintOutcome&) {});
    int items = 0;
    for (const crates::SealedCrate& s : list.value())
        items += int(s.manifest.items.size());
    printSlip(routeSheet(list.value(), route), {VerdictKind::Success, tr("Shuttle departure"),
                                                tr("%n crate(s) for the shuttle", "", int(list.value().size())) +
                                                    QStringLiteral(", ") + tr("%n item(s).", "", items)});
    reload();
    return list;
}

QString CratesPage::historyText(const QString& barcode) const
{
    auto steps = m_crates.history(barcode);
    if (!steps || steps.value().isEmpty())
        return {};
    const auto when = [](const QDateTime& t) { return t.toLocalTime().toString(QStringLiteral("dd/MM HH:mm")); };
    QStringList lines;
    for (const crates::CrateStep& step : steps.value().mid(0, 3)) {
        const Crate& c = step.crate;
        QString line;
        if (c.direction == Crate::Direction::In) {
            line = tr("Received from %1 in the crate %2, %3").arg(libraryName(c.from), c.id, when(step.at));
            if (step.unscanned)
                line += QStringLiteral(" ") + tr("(without scanning)");
        } else if (step.removedAt.isValid()) {
            line = tr("Taken out of the crate for %1 (%2), %3")
                       .arg(libraryName(c.destination), c.id, when(step.removedAt));
        } else if (c.state == Crate::State::Open) {
            line = tr("In the open crate for %1 (%2) since %3").arg(libraryName(c.destination), c.id, when(step.at));
        } else {
            line = tr("In the crate for %1 (%2), sealed %3").arg(libraryName(c.destination), c.id, when(c.sealedAt));
            if (c.departedAt.isValid())
                line += QStringLiteral(", ") + tr("left with the shuttle %1").arg(when(c.departedAt));
        }
        if (!step.bag.isEmpty())
            line += QStringLiteral(", ") + tr("bag for %1").arg(libraryName(step.bag));
        lines.append(line);
    }
    return tr("Crates: %1").arg(lines.join(QStringLiteral("; ")));
}

void CratesPage::setSharedCrates(netstore::SharedCrates* shared)
{
    m_shared = shared;
    if (!shared)
        return;
    connect(shared, &netstore::SharedCrates::changed, this, &CratesPage::reload);
    connect(shared, &netstore::SharedCrates::verdictReady, this, &CratesPage::verdictReady);
    reload();
}

bool CratesPage::selectCrate(const QString& id)
{
    for (const Crate& c : std::as_const(m_rows))
        if (c.id == id) {
            select(c.seq);
            return true;
        }
    return false;
}

bool CratesPage::sharedRow(qint64 seq, Crate* crate) const
{
    if (!m_shared || !m_shared->available() || seq == 0)
        return false;
    for (const Crate& c : m_rows)
        if (c.seq == seq) {
            if (c.direction != Crate::Direction::Out || c.state != Crate::State::Open)
                return false;
            if (crate)
                *crate = c;
            return true;
        }
    return false;
}

} // namespace comptoir
