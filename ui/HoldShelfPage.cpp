#include "HoldShelfPage.h"

#include "desk/SlipContext.h"

#include "PageParts.h"

#include "Verdict.h"
#include "desk/Actions.h"
#include "desk/CheckoutService.h"
#include "desk/ShelfClearance.h"
#include "store/CacheStore.h"
#include "store/Outbox.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace comptoir {

HoldShelfPage::HoldShelfPage(CacheStore& cache, Outbox& outbox, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_queries(cache)
    , m_outbox(outbox)
    , m_summary(new QLabel(this))
    , m_result(new QLabel(this))
    , m_patronLabel(new QLabel(this))
    , m_waitingTable(new QTableWidget(this))
    , m_expiredTable(new QTableWidget(this))
    , m_clear(new QPushButton(tr("&Clear expired…"), this))
    , m_print(new QPushButton(tr("&Print the clearance list…"), this))
    , m_finish(new QPushButton(tr("&Finish pickup"), this))
{
    printReceipt = [this](const Slip& slip) {
        if (!m_printer)
            return false;
        m_printer->print(slip);
        return true;
    };
    setObjectName(QStringLiteral("holdShelfPage"));
    confirm = [this](const QString& question) {
        const int count = int(m_expired.size());
        // Buttons that say what they do: "Cancel" would read as "do not cancel".
        QMessageBox box(QMessageBox::Question, tr("Clear expired requests"), question, QMessageBox::NoButton, this);
        QPushButton* yes = box.addButton(tr("Cancel the %n request(s)", nullptr, count), QMessageBox::AcceptRole);
        QPushButton* no = box.addButton(tr("Do nothing"), QMessageBox::RejectRole);
        box.setDefaultButton(no);
        box.setEscapeButton(no);
        box.exec();
        return box.clickedButton() == yes;
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* top = new QHBoxLayout;
    auto* heading = pageHeading(tr("Hold shelf"), this);
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_summary);
    layout->addLayout(top);
    m_patronLabel->setObjectName(QStringLiteral("pickupPatron"));
    m_patronLabel->setWordWrap(true);
    QFont pf = m_patronLabel->font();
    pf.setPointSize(13);
    m_patronLabel->setFont(pf);
    m_patronLabel->setText(tr("Pickup: scan the patron's card, then each item."));
    auto* pickupRow = new QHBoxLayout;
    pickupRow->addWidget(m_patronLabel, 1);
    m_finish->setToolTip(tr("Hand over what was scanned and print the receipt (F9)"));
    m_finish->setShortcut(Qt::Key_F9);
    m_finish->setFocusPolicy(Qt::NoFocus);
    m_finish->setEnabled(false);
    pickupRow->addWidget(m_finish);
    layout->addLayout(pickupRow);
    connect(m_finish, &QPushButton::clicked, this, &HoldShelfPage::finishPickup);
    auto* tabs = new QTabWidget(this);
    tabs->setFocusPolicy(Qt::NoFocus);
    tabs->addTab(m_waitingTable, tr("Awaiting pickup"));
    auto* expiredPane = new QWidget(this);
    auto* expiredLayout = new QVBoxLayout(expiredPane);
    expiredLayout->addWidget(m_expiredTable, 1);
    m_result->setObjectName(QStringLiteral("clearanceResult"));
    m_result->setWordWrap(true);
    m_result->setText(tr("Scan an expired item as you take it off the shelf: its request is cancelled, and the "
                         "desk says where the item goes next. Or cancel them all at once."));
    expiredLayout->addWidget(m_result);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_clear);
    buttons->addWidget(m_print);
    buttons->addStretch();
    expiredLayout->addLayout(buttons);
    tabs->addTab(expiredPane, tr("Expired"));
    tabs->addTab(buildPickupsPane(), tr("Today's pickups"));
    layout->addWidget(tabs, 1);
    for (QTableWidget* table : {m_waitingTable, m_expiredTable}) {
        table->setColumnCount(5);
        table->setHorizontalHeaderLabels({tr("Shelf"), tr("Expires"), tr("Patron"), tr("Title"), tr("Barcode")});
        table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setFocusPolicy(Qt::NoFocus);
    }
    m_clear->setFocusPolicy(Qt::NoFocus);
    m_print->setFocusPolicy(Qt::NoFocus);
    connect(m_clear, &QPushButton::clicked, this, &HoldShelfPage::clearExpired);
    connect(m_print, &QPushButton::clicked, this, [this] { previewHtml(this, [this] { return clearanceHtml(); }); });
}

QWidget* HoldShelfPage::buildPickupsPane()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    m_pickupsTable = new QTableWidget(pane);
    m_pickupsTable->setObjectName(QStringLiteral("pickupsTable"));
    m_pickupsTable->setColumnCount(3);
    m_pickupsTable->setHorizontalHeaderLabels({tr("Time"), tr("Patron"), tr("Items")});
    setupTable(m_pickupsTable);
    layout->addWidget(m_pickupsTable, 1);
    auto* buttons = new QHBoxLayout;
    auto* reprint = new QPushButton(tr("Print the &receipt again"), pane);
    auto* preview = new QPushButton(tr("Previe&w the receipt…"), pane);
    for (QPushButton* b : {reprint, preview}) {
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(reprint, &QPushButton::clicked, this, [this] {
        if (const Slip slip = receiptOfRow(chosenPickup()); !slip.isEmpty())
            printReceipt(slip);
    });
    const auto showPreview = [this] {
        if (const Slip slip = receiptOfRow(chosenPickup()); !slip.isEmpty())
            SlipPrinter::preview(this, slip);
    };
    connect(preview, &QPushButton::clicked, this, showPreview);
    connect(m_pickupsTable, &QTableWidget::activated, this, showPreview);
    return pane;
}

void HoldShelfPage::setDesk(const QString& site, const QString& workstation, const QString& staff)
{
    m_site = site;
    m_workstation = workstation;
    m_staff = staff;
}

void HoldShelfPage::reload()
{
    m_waiting.clear();
    m_expired.clear();
    // Cancelled here (this session or before, as the store remembers) but not yet gone from the
    // cache: hidden until the ILS confirms.
    if (auto kept = m_outbox.clearedSince(QDateTime::fromSecsSinceEpoch(0)))
        for (const ClearedHold& c : kept.value())
            if (!m_cleared.contains(c.holdId))
                m_cleared << c.holdId;
    if (auto holds = m_queries.holdShelf(m_site)) {
        for (const desk::ShelfHold& h : holds.value()) {
            if (m_cleared.contains(h.holdId) || m_handedOver.contains(h.barcode))
                continue;
            Line line;
            line.holdId = h.holdId;
            line.barcode = h.barcode;
            line.title = h.title;
            line.callNumber = h.callNumber;
            const QString name = h.surname + QStringLiteral(", ") + h.firstname;
            line.patron = desk::displayName(name, desk::pickupCode(h.card), m_display);
            line.shelf = desk::shelfPosition(name, desk::pickupCode(h.card), m_display);
            line.expires = h.expires;
            line.expired = line.expires.isValid() && line.expires < m_today;
            line.card = h.card;
            line.orderId = h.order;
            (line.expired ? m_expired : m_waiting).append(line);
        }
    }
    fill(m_waitingTable, m_waiting);
    fill(m_expiredTable, m_expired);
    m_clear->setEnabled(!m_expired.isEmpty());
    // What was cleared today still prints: the items may still be on the shelf.
    m_print->setEnabled(!m_expired.isEmpty() || !clearedToday().isEmpty());
    m_summary->setText(tr("%1, %2").arg(tr("%Ln awaiting pickup", nullptr, int(m_waiting.size())),
                                        tr("%Ln expired", nullptr, int(m_expired.size()))));
}

void HoldShelfPage::fill(QTableWidget* table, const QList<Line>& lines)
{
    table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const Line& l = lines[row];
        const QStringList cells = {l.shelf, QLocale().toString(l.expires, QLocale::ShortFormat), l.patron, l.title,
                                   l.barcode};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    table->resizeColumnToContents(2);
    table->resizeColumnToContents(4);
}

QList<HoldShelfPage::Line> HoldShelfPage::patronItems() const
{
    QList<Line> out;
    for (const QList<Line>* list : {&m_waiting, &m_expired})
        for (const Line& line : *list)
            if (!m_patronCard.isEmpty() && line.card == m_patronCard)
                out << line;
    return out;
}

void HoldShelfPage::handleScan(const QString& code, std::function<void(const Verdict&)> show)
{
    bool isCard = false;
    for (const QList<Line>* list : {&m_waiting, &m_expired})
        for (const Line& line : *list)
            isCard = isCard || line.card == code;
    isCard = isCard || m_queries.isKnownCard(code);
    if (isCard) {
        if (code != m_patronCard)
            finishPickup(); // the previous patron's receipt, before the next one
        m_patronCard = code;
        const QList<Line> items = patronItems();
        QStringList where;
        QList<qint64> bags;
        for (const Line& l : items) {
            if (l.orderId == 0) {
                where << QStringLiteral("%1 (%2)").arg(l.shelf, elided(l.title, 40));
            } else if (!bags.contains(l.orderId)) {
                // A click & collect order is handed over as its bag: its number, its place, its appointment.
                bags << l.orderId;
                QString bag = tr("bag %1, place %2").arg(l.orderId).arg(l.shelf);
                if (auto slot = m_outbox.appointment(l.orderId); slot && slot.value().isValid())
                    bag += QStringLiteral(", ") +
                           tr("appointment %1")
                               .arg(QLocale().toString(slot.value().toLocalTime(), QStringLiteral("dd/MM HH:mm")));
                where << bag;
            }
        }
        const QString who = items.isEmpty() ? desk::pickupCode(code) : items.first().patron;
        m_patronLabel->setText(items.isEmpty() ? tr("Pickup for %1: nothing waiting here.").arg(who)
                                               : tr("Pickup for %1: %2").arg(who, where.join(QStringLiteral(", "))));
        show({items.isEmpty() ? VerdictKind::Warning : VerdictKind::HoldHere,
              tr("%n item(s) waiting", nullptr, int(items.size())), where.join(QStringLiteral(" · "))});
        return;
    }
    // An expired item taken off the shelf (and not one the patron at the desk is collecting).
    bool collecting = false;
    for (const Line& l : patronItems())
        collecting = collecting || l.barcode == code;
    if (!collecting && clearOne(code, show))
        return;
    if (m_patronCard.isEmpty()) {
        show({VerdictKind::Warning, tr("Scan the patron's card first"), tr("Then scan each item to hand over.")});
        return;
    }
    Line handed;
    for (const Line& l : patronItems())
        if (l.barcode == code)
            handed = l;
    if (handed.barcode.isEmpty()) {
        show({VerdictKind::Warning, tr("Not waiting for this patron"),
              tr("Check the shelf position, or scan another card.")});
        return;
    }
    if (!m_checkout) {
        show({VerdictKind::Error, tr("Not connected"), tr("Checkout needs the library system."), help::Offline});
        return;
    }
    const QString card = m_patronCard;
    m_checkout->checkout(card, code, [this, code, card, handed, show](desk::CheckoutResult result) {
        int left = -1;
        if (result.ok) {
            m_handedOver << code;
            if (m_receiptItems.isEmpty()) {
                m_receiptPatron = handed.patron;
                m_receiptCode = desk::pickupCode(card);
            }
            m_receiptItems.append({handed.title, code, result.due});
            m_finish->setEnabled(true);
            reload();
            left = int(patronItems().size());
            if (handed.orderId != 0) {
                // A click & collect order is collected when none of its items waits here any more.
                const int done = ++m_handedPerOrder[handed.orderId];
                bool rest = false;
                for (const Line& l : patronItems())
                    rest = rest || l.orderId == handed.orderId;
                if (!rest)
                    if (Status s = m_outbox.markCollected(handed.orderId, handed.patron, done, m_staff); !s.ok())
                        result.verdict.detail += QStringLiteral(" — ") + s.error().message;
            }
            result.verdict.detail += QStringLiteral(" — ") + tr("%n left for this patron", nullptr, left);
        }
        show(result.verdict);
        if (left == 0)
            finishPickup();
    });
}

void HoldShelfPage::finishPickup()
{
    m_finish->setEnabled(false);
    const int handed = int(m_receiptItems.size());
    if (!m_patronCard.isEmpty()) {
        // The pickup is over: said, and the next patron starts from a clean line.
        m_patronCard.clear();
        m_patronLabel->setText(tr("Pickup: scan the patron's card, then each item."));
        if (handed > 0)
            Q_EMIT verdictReady({VerdictKind::Success, tr("Pickup finished: %n item(s)", nullptr, handed),
                                 m_receiptEnabled ? tr("The receipt is printing.") : QString()});
    }
    if (m_receiptItems.isEmpty())
        return;
    desk::SlipParty party{m_library, m_workstation, m_display, QDateTime::currentDateTime()};
    print::TemplateContext c = desk::baseSlipContext(party);
    c.values.insert(QStringLiteral("patron.name"), m_receiptPatron);
    c.values.insert(QStringLiteral("patron.pickup_code"), m_receiptCode);
    c.values.insert(QStringLiteral("count"), QString::number(m_receiptItems.size()));
    QList<print::TemplateContext> items;
    for (const Handed& h : std::as_const(m_receiptItems)) {
        print::TemplateContext item;
        item.values = {{QStringLiteral("item.title"), h.title},
                       {QStringLiteral("item.barcode"), h.barcode},
                       {QStringLiteral("item.due_date"),
                        h.due.isValid() ? QLocale().toString(h.due, QLocale::ShortFormat) : tr("see your account")}};
        items << item;
    }
    c.lists.insert(QStringLiteral("items"), items);
    m_lastReceipt = makeSlip(*m_templates, print::TemplateKind::PickupReceipt, c, tr("Pickup receipt"));
    m_receiptItems.clear();
    // Today's pickups, each with its receipt to preview or print again.
    m_receipts.append(m_lastReceipt);
    m_pickupsTable->insertRow(0);
    const QStringList cells = {QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm")), m_receiptPatron,
                               tr("%n item(s)", nullptr, handed)};
    for (int col = 0; col < cells.size(); ++col)
        m_pickupsTable->setItem(0, col, new QTableWidgetItem(cells[col]));
    m_pickupsTable->item(0, 0)->setData(Qt::UserRole, int(m_receipts.size()) - 1);
    m_pickupsTable->resizeColumnToContents(0);
    m_pickupsTable->resizeColumnToContents(1);
    if (m_receiptEnabled)
        printReceipt(m_lastReceipt);
}

Slip HoldShelfPage::receiptOfRow(int row) const
{
    if (row < 0 || row >= m_pickupsTable->rowCount())
        return {};
    const int index = m_pickupsTable->item(row, 0)->data(Qt::UserRole).toInt();
    return index >= 0 && index < m_receipts.size() ? m_receipts[index] : Slip();
}

int HoldShelfPage::chosenPickup() const
{
    const auto rows = m_pickupsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? (m_pickupsTable->rowCount() > 0 ? 0 : -1) : rows.first().row();
}

int HoldShelfPage::clearExpired()
{
    if (m_expired.isEmpty())
        return 0;
    const int count = int(m_expired.size());
    if (!confirm(tr("Cancel the %n expired request(s) in the library system? The items stay on the hold shelf "
                    "until you take them off: the clearance list can be printed afterwards.",
                    nullptr, count))) {
        m_result->setText(tr("Nothing was cancelled."));
        return 0;
    }
    return cancel(m_expired, false);
}

bool HoldShelfPage::clearOne(const QString& barcode, std::function<void(const Verdict&)> show)
{
    for (const Line& line : std::as_const(m_expired)) {
        if (line.barcode != barcode)
            continue;
        const QString next = nextStopText(line.holdId, line.barcode);
        if (cancel({line}, true) == 0) {
            show({VerdictKind::Error, tr("Not cancelled"), m_result->text()});
            return true;
        }
        show({VerdictKind::Transit, tr("Request cancelled: %1").arg(next),
              tr("Expired on %1 — %2").arg(QLocale().toString(line.expires, QLocale::ShortFormat), line.title)});
        return true;
    }
    return false;
}

QString HoldShelfPage::nextStopText(qint64 holdId, const QString& barcode) const
{
    auto stop = desk::nextStopAfterCancel(m_cache, m_site, holdId, barcode);
    if (!stop)
        return tr("see the library system");
    const desk::NextStop& n = stop.value();
    switch (n.kind) {
    case desk::NextStop::Kind::NextRequest:
        return n.library == m_site
                   ? tr("to the next request here: check it in on the Capture page")
                   : tr("to the next request, for %1: check it in on the Capture page").arg(libraryName(n.library));
    case desk::NextStop::Kind::HomeLibrary:
        return tr("back to %1 (shuttle)").arg(libraryName(n.library));
    case desk::NextStop::Kind::Stacks:
        break;
    }
    QStringList where;
    if (!n.callNumber.isEmpty())
        where << n.callNumber;
    if (!n.location.isEmpty())
        where << locationName(n.location);
    return where.isEmpty() ? tr("back to the stacks")
                           : tr("back to the stacks: %1").arg(where.join(QStringLiteral(" · ")));
}

int HoldShelfPage::cancel(const QList<Line>& lines, bool scanned)
{
    QList<desk::ShelfHold> expired;
    QHash<qint64, QString> next;
    for (const Line& line : lines) {
        expired.append(
            {line.holdId, line.barcode, line.title, line.callNumber, {}, {}, {}, line.expires, line.orderId});
        next.insert(line.holdId, nextStopText(line.holdId, line.barcode)); // before the cache forgets it
    }
    const desk::CancelReport cancelled =
        desk::CheckoutService::cancelExpired(m_outbox, expired, m_workstation, m_staff);
    for (qint64 id : cancelled.recorded) {
        m_cleared << id;
        for (const Line& line : lines)
            if (line.holdId == id)
                if (Status s = m_outbox.recordCleared(
                        {id, line.barcode, line.title, line.callNumber, line.shelf, line.expires, next.value(id), {}},
                        m_staff);
                    !s.ok())
                    qWarning("clearance list entry not kept: %s", qPrintable(s.error().message));
    }
    const int recorded = int(cancelled.recorded.size());
    reload();
    QString result;
    if (scanned && recorded == 1)
        result = tr("Request cancelled for %1: %2.").arg(lines.first().barcode, next.value(lines.first().holdId));
    else
        result = tr("%n request(s) cancelled; they are sent to the library system. Take the items off the shelf "
                    "with the clearance list.",
                    nullptr, recorded);
    if (!m_expired.isEmpty())
        result += QLatin1Char(' ') + tr("%n expired request(s) still on the shelf.", nullptr, int(m_expired.size()));
    if (!cancelled.status.ok()) {
        result += QLatin1Char(' ') + tr("Not recorded: %1").arg(cancelled.status.error().message);
        if (!scanned)
            QMessageBox::warning(this, tr("Clear expired requests"), cancelled.status.error().message);
    }
    m_result->setText(result);
    if (recorded > 0)
        Q_EMIT cleared(recorded);
    return recorded;
}

QString HoldShelfPage::resultText() const
{
    return m_result->text();
}

QList<ClearedHold> HoldShelfPage::clearedToday() const
{
    auto cleared = m_outbox.clearedSince(QDateTime(m_today, QTime(0, 0)));
    return cleared ? cleared.value() : QList<ClearedHold>();
}

QString HoldShelfPage::clearanceHtml() const
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\"><tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                       .arg(tr("Expired requests to clear — %1").arg(m_site.toHtmlEscaped()),
                            QLocale().toString(m_today, QLocale::LongFormat), tr("Shelf"), tr("Expired on"),
                            tr("Title"), tr("Barcode"), tr("Done"));
    for (const Line& l : m_expired)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td><td>☐</td></tr>")
                    .arg(l.shelf.toHtmlEscaped(), QLocale().toString(l.expires, QLocale::ShortFormat),
                         l.title.toHtmlEscaped(), l.barcode.toHtmlEscaped());
    html += QStringLiteral("</table>");
    // Cancelled today: still to take off the shelf, with where each goes next.
    const QList<ClearedHold> cleared = clearedToday();
    if (cleared.isEmpty())
        return html;
    html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"
                           "<th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                .arg(tr("Cancelled today (%n)", nullptr, int(cleared.size())), tr("Shelf"), tr("Expired on"),
                     tr("Title"), tr("Barcode"), tr("Goes"), tr("Done"));
    for (const ClearedHold& c : cleared)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>☐</td></tr>")
                    .arg(c.shelf.toHtmlEscaped(), QLocale().toString(c.expires, QLocale::ShortFormat),
                         c.title.toHtmlEscaped(), c.barcode.toHtmlEscaped(), c.next.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

bool HoldShelfPage::exportClearancePdf(const QString& path) const
{
    return writeHtmlPdf(clearanceHtml(), path);
}

} // namespace comptoir
