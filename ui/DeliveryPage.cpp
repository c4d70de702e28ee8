#include "DeliveryPage.h"

#include "FlowLayout.h"

#include "BarcodePainter.h"
#include "Clock.h"
#include "SlipPrinter.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QShortcut>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace comptoir {

using namespace delivery;

namespace {

enum Column { Who, Where, ParcelColumn, Weight, StateColumn, ColumnCount };
constexpr int UuidRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1; // 0 order, 1 item

QString kg(int grams)
{
    return QLocale().toString(grams / 1000.0, 'f', 2) + QStringLiteral(" kg");
}

template <typename T> T orEmpty(Result<T> result)
{
    return result ? std::move(result).value() : T();
}

bool save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

} // namespace

DeliveryPage::DeliveryPage(DeliveryService& service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_rounds(new QComboBox(this))
    , m_outcomeBox(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* roundLabel = new QLabel(tr("Round (Alt+R):"), this);
    roundLabel->setBuddy(m_rounds);
    m_rounds->setFocusPolicy(Qt::NoFocus);
    top->addWidget(roundLabel);
    top->addWidget(m_rounds);
    // The round's summary wraps rather than widening the page: on one line, once a round had its
    // orders, it pushed the desk's window past a 1366 px screen.
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    auto* outcomeLabel = new QLabel(tr("Parcel scanned back (Alt+O):"), this);
    outcomeLabel->setBuddy(m_outcomeBox);
    m_outcomeBox->setFocusPolicy(Qt::NoFocus);
    m_outcomeBox->addItem(tr("Delivered"), int(DeliveryService::Outcome::Delivered));
    m_outcomeBox->addItem(tr("Absent"), int(DeliveryService::Outcome::Absent));
    m_outcomeBox->addItem(tr("Refused"), int(DeliveryService::Outcome::Refused));
    top->addWidget(outcomeLabel);
    top->addWidget(m_outcomeBox);
    layout->addLayout(top);

    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("Patron / document"), tr("Address / barcode"), tr("Parcel"), tr("Weight"), tr("State")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Who, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Where, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ParcelColumn, QHeaderView::ResizeToContents);
    // Weight and state at a set width (their text elided, whole in the row's tooltip): sized to
    // their contents, a long refusal ("out of the delivery area") left the patron and address
    // columns a few pixels wide on a 1280 px screen.
    for (auto [c, width] : {std::pair{int(Weight), 210}, std::pair{int(StateColumn), 230}}) {
        m_tree->header()->setSectionResizeMode(c, QHeaderView::Interactive);
        m_tree->header()->resizeSection(c, width);
    }
    m_tree->setTextElideMode(Qt::ElideRight);
    m_rounds->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rounds->setMinimumContentsLength(26);
    layout->addWidget(m_tree, 1);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    auto* buttons = new FlowLayout; // wraps on a narrow screen
    const auto button = [this, buttons](const QString& text, QKeySequence keys, auto slot) {
        auto* b = new QPushButton(
            text + QStringLiteral(" (") + keys.toString(QKeySequence::NativeText) + QLatin1Char(')'), this);
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, slot);
        auto* s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
        return b;
    };
    button(tr("Weigh…"), QKeySequence(Qt::ALT | Qt::Key_W), [this] { askWeight(); });
    button(tr("Plan parcels"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { Q_EMIT verdictReady(planParcels()); });
    button(tr("Parcel labels"), QKeySequence::Print, [this] { Q_EMIT verdictReady(printLabelsOfSelected()); });
    button(tr("Dispatch the round"), QKeySequence(Qt::CTRL | Qt::Key_D),
           [this] { dispatchRound([this](Verdict v) { Q_EMIT verdictReady(v); }); });
    button(tr("Manifest"), QKeySequence(Qt::CTRL | Qt::Key_M), [this] { Q_EMIT verdictReady(writeManifest()); });
    button(tr("Monthly bill…"), QKeySequence(Qt::CTRL | Qt::Key_B), [this] { askBilling(); });
    layout->addLayout(buttons);
    auto* keys =
        new QLabel(tr("↑ ↓: choose an order or a document · scan a parcel label to record how it came back"), this);
    keys->setWordWrap(true);
    layout->addWidget(keys);

    auto* nextRound = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_R), this);
    connect(nextRound, &QShortcut::activated, this,
            [this] { m_rounds->setCurrentIndex((m_rounds->currentIndex() + 1) % std::max(1, m_rounds->count())); });
    auto* nextOutcome = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_O), this);
    connect(nextOutcome, &QShortcut::activated, this,
            [this] { m_outcomeBox->setCurrentIndex((m_outcomeBox->currentIndex() + 1) % m_outcomeBox->count()); });
    connect(m_rounds, &QComboBox::activated, this, [this] { showRound(m_rounds->currentData().toDate()); });
    connect(m_rounds, &QComboBox::currentIndexChanged, this, [this] {
        if (m_rounds->currentData().toDate() != m_round)
            showRound(m_rounds->currentData().toDate());
    });
    connect(m_outcomeBox, &QComboBox::currentIndexChanged, this,
            [this] { m_outcome = DeliveryService::Outcome(m_outcomeBox->currentData().toInt()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DeliveryPage::showDetail);
    connect(&m_service, &DeliveryService::changed, this, &DeliveryPage::reload);
}

void DeliveryPage::setNetworkOrders(QWidget* orders)
{
    if (m_networkOrders || !orders)
        return;
    m_networkOrders = orders;
    auto* box = qobject_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->indexOf(m_detail) + 1, orders);
}

void DeliveryPage::setDesk(const QString& libraryName, const QString& exportDir)
{
    m_libraryName = libraryName;
    m_exportDir = exportDir;
}

void DeliveryPage::setOutcome(DeliveryService::Outcome outcome)
{
    m_outcomeBox->setCurrentIndex(m_outcomeBox->findData(int(outcome)));
}

bool DeliveryPage::isDeliveryCode(const QString& code)
{
    return Parcel::numberFromBarcode(code) > 0 || Manifest::roundFromBarcode(code).isValid();
}

void DeliveryPage::reload()
{
    const QDate preparing = m_service.preparingRound();
    QList<QDate> rounds = orEmpty(m_service.rounds());
    if (preparing.isValid() && !rounds.contains(preparing))
        rounds.prepend(preparing);
    std::sort(rounds.begin(), rounds.end(), std::greater<QDate>());
    const QSignalBlocker block(m_rounds);
    m_rounds->clear();
    for (const QDate& d : rounds)
        m_rounds->addItem(QLocale().toString(d, QStringLiteral("ddd d MMM yyyy")) +
                              (d == preparing ? QStringLiteral(" ") + tr("(being prepared)") : QString()),
                          d);
    if (!m_round.isValid())
        m_round = preparing;
    m_rounds->setCurrentIndex(std::max(0, m_rounds->findData(m_round)));
    showRound(m_round);
}

void DeliveryPage::showRound(const QDate& round)
{
    m_round = round;
    const QString keepSelected = selectedItem().isEmpty() ? selectedOrder() : selectedItem();
    m_orders = orEmpty(m_service.orders(round));
    m_tree->clear();
    int parcels = 0, grams = 0, documents = 0, gathered = 0;
    QTreeWidgetItem* reselect = nullptr;
    for (const Order& o : m_orders) {
        auto* top = new QTreeWidgetItem(m_tree);
        top->setData(0, UuidRole, o.uuid);
        top->setData(0, KindRole, 0);
        top->setText(Who, o.patronName() + QStringLiteral(" (") + o.card + QLatin1Char(')'));
        top->setText(Where, o.addressPurged ? tr("(address erased)") : o.address.oneLine());
        QStringList numbers;
        for (const Parcel& p : o.parcels)
            numbers << QString::number(p.number);
        top->setText(ParcelColumn, numbers.join(QStringLiteral(", ")));
        top->setText(Weight, kg(o.grams()));
        QString state;
        if (!o.eligibility.ok)
            state = tr("Not deliverable: %1").arg(o.eligibility.reason);
        else if (o.state == Order::State::Call)
            state = tr("Over %1: call the patron").arg(kg(m_service.config().maxParcelGrams));
        else if (o.state == Order::State::Dispatched)
            state = tr("Dispatched");
        else if (o.state == Order::State::Closed) {
            QStringList outcomes;
            for (const Parcel& p : o.parcels)
                outcomes << QStringLiteral("%1 %2").arg(p.number).arg(
                    p.state == Parcel::State::Delivered ? tr("delivered")
                    : p.state == Parcel::State::Absent  ? tr("absent")
                                                        : tr("refused"));
            state = outcomes.join(QStringLiteral(", "));
        } else
            state = tr("%1 of %2 gathered").arg(o.captured()).arg(o.items.size());
        if (o.parcels.size() > 1 && o.eligibility.ok)
            state += QStringLiteral(" — ") +
                     tr("%1 parcels, %2 each").arg(o.parcels.size()).arg(delivery::euros(m_service.config().feeCents));
        top->setText(StateColumn, state);
        for (int c = 0; c < ColumnCount; ++c) // the whole text, where the column elides it
            top->setToolTip(c, top->text(c));
        if (!o.eligibility.ok || o.state == Order::State::Call)
            for (int c = 0; c < ColumnCount; ++c)
                top->setForeground(c, QColor(0xb7, 0x1c, 0x1c));
        QFont bold = top->font(Who);
        bold.setBold(true);
        top->setFont(Who, bold);
        if (o.uuid == keepSelected)
            reselect = top;
        for (const DeliveryItem& i : o.items) {
            auto* child = new QTreeWidgetItem(top);
            child->setData(0, UuidRole, i.uuid);
            child->setData(0, KindRole, 1);
            child->setText(Who, i.title);
            child->setText(Where, i.barcode.isEmpty() ? tr("(copy not chosen yet)") : i.barcode);
            child->setText(ParcelColumn, i.parcelNumber ? QString::number(i.parcelNumber) : QString());
            child->setText(Weight, kg(i.grams) + QStringLiteral(" — ") +
                                       (i.weighed           ? tr("weighed")
                                        : i.basis.isEmpty() ? tr("estimate")
                                                            : i.basis));
            child->setText(StateColumn, !i.capturedAt.isValid() ? tr("to gather")
                                        : i.parcelNumber        ? tr("✔ in parcel %1").arg(i.parcelNumber)
                                                                : tr("✔ set aside"));
            for (int c = 0; c < ColumnCount; ++c)
                child->setToolTip(c, child->text(c));
            if (i.uuid == keepSelected)
                reselect = child;
            ++documents;
            gathered += i.capturedAt.isValid() ? 1 : 0;
        }
        if (o.eligibility.ok) {
            parcels += int(o.parcels.size());
            grams += o.grams();
        }
    }
    m_tree->expandAll();
    if (reselect)
        m_tree->setCurrentItem(reselect);
    m_summary->setText(tr("%1 orders · %2 documents, %3 gathered · %4 parcels · %5 · %6")
                           .arg(m_orders.size())
                           .arg(documents)
                           .arg(gathered)
                           .arg(parcels)
                           .arg(kg(grams), m_service.config().windowText()));
    showDetail();
}

void DeliveryPage::showDetail()
{
    const QString uuid = selectedOrder();
    for (const Order& o : std::as_const(m_orders))
        if (o.uuid == uuid) {
            QStringList lines;
            lines << tr("<b>%1</b> — ordered %2 — round of %3")
                         .arg(o.patronName().toHtmlEscaped(),
                              QLocale().toString(o.orderedAt.toLocalTime(), QLocale::ShortFormat),
                              QLocale().toString(o.round, QLocale::LongFormat));
            if (!o.addressPurged)
                lines << QString(o.address.oneLine() + QStringLiteral(" — ") + o.address.bestPhone()).toHtmlEscaped();
            if (!o.notes.isEmpty())
                lines << QStringLiteral("<i>%1</i>").arg(o.notes.toHtmlEscaped());
            m_detail->setText(lines.join(QStringLiteral("<br>")));
            return;
        }
    m_detail->setText(tr("Choose an order: its address, phone and notes show here."));
}

QString DeliveryPage::selectedOrder() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return {};
    if (item->data(0, KindRole).toInt() == 1)
        item = item->parent();
    return item ? item->data(0, UuidRole).toString() : QString();
}

QString DeliveryPage::selectedItem() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->data(0, KindRole).toInt() == 1 ? item->data(0, UuidRole).toString() : QString();
}

Verdict DeliveryPage::planParcels()
{
    auto planned = m_service.planRound(m_round);
    if (!planned)
        return {VerdictKind::Error, tr("Parcels not planned"), planned.error().message};
    int calls = 0, fees = 0, split = 0;
    for (const Order& o : orEmpty(m_service.orders(m_round))) {
        calls += o.state == Order::State::Call ? 1 : 0;
        if (o.parcels.size() > 1) {
            ++split;
            fees += int(o.parcels.size());
        }
    }
    QString detail = tr("%1 parcels under %2").arg(planned.value()).arg(kg(m_service.config().maxParcelGrams));
    if (split > 0)
        detail += QStringLiteral(" — ") + tr("%1 orders split: %2 paid parcels, tell the patrons").arg(split).arg(fees);
    if (calls > 0)
        detail += QStringLiteral(" — ") + tr("%1 orders over the limit: call the patrons").arg(calls);
    return {calls > 0 || split > 0 ? VerdictKind::Warning : VerdictKind::Success, tr("Parcels planned"), detail};
}

Verdict DeliveryPage::setWeightOfSelected(int grams)
{
    const QString item = selectedItem();
    if (item.isEmpty())
        return {VerdictKind::Warning, tr("Choose a document"),
                tr("Choose the document you weighed (↑ ↓), then Alt+W.")};
    if (Status s = m_service.setWeight(item, grams); !s.ok())
        return {VerdictKind::Error, tr("Weight not kept"), s.error().message};
    return {VerdictKind::Success, tr("Weighed: %1").arg(kg(grams)),
            tr("Kept for this copy; its order's parcels are planned again.")};
}

void DeliveryPage::askWeight()
{
    if (selectedItem().isEmpty()) {
        Q_EMIT verdictReady(setWeightOfSelected(0));
        return;
    }
    bool ok = false;
    const int grams =
        QInputDialog::getInt(this, tr("Weight"), tr("Weight from the scale, in grams:"), 500, 1, 50000, 10, &ok);
    if (ok)
        Q_EMIT verdictReady(setWeightOfSelected(grams));
}

QList<Slip> DeliveryPage::parcelLabels(const Order& o) const
{
    QList<Slip> out;
    const print::TemplateStore& templates = m_templates ? *m_templates : print::TemplateStore::shipped();
    for (int n = 0; n < o.parcels.size(); ++n) {
        const Parcel& p = o.parcels[n];
        print::TemplateContext c;
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("library.name"), m_libraryName},
            {QStringLiteral("date"), QLocale().toString(m_clock.now().toLocalTime().date(), QLocale::ShortFormat)},
            {QStringLiteral("time"), m_clock.now().toLocalTime().toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("parcel.number"), QString::number(p.number)},
            {QStringLiteral("parcel.barcode"), p.barcode()},
            {QStringLiteral("parcel.weight"), kg(p.grams)},
            {QStringLiteral("parcel.index"), QString::number(n + 1)},
            {QStringLiteral("parcel.count"), QString::number(o.parcels.size())},
            {QStringLiteral("parcel.split"), o.parcels.size() > 1 ? QStringLiteral("1") : QString()},
            {QStringLiteral("parcel.items"), QString::number(p.items)},
            {QStringLiteral("round.date"), QLocale().toString(p.round, QStringLiteral("dddd d MMMM yyyy"))},
            {QStringLiteral("round.window"), m_service.config().windowText()},
            {QStringLiteral("patron.name"), o.patronName()},
            {QStringLiteral("address.street"), o.address.street()},
            {QStringLiteral("address.town"),
             QStringList{o.address.postalCode, o.address.city}.join(QLatin1Char(' ')).simplified()},
            {QStringLiteral("address.phone"), o.address.bestPhone()},
            {QStringLiteral("order.notes"), o.notes},
        };
        for (const auto& [key, value] : values)
            c.values.insert(key, value);
        QList<print::TemplateContext> items;
        for (const DeliveryItem& i : o.items)
            if (i.parcelUuid == p.uuid) {
                print::TemplateContext ic;
                ic.values = {{QStringLiteral("item.title"), i.title},
                             {QStringLiteral("item.barcode"), i.barcode},
                             {QStringLiteral("item.weight"), kg(i.grams)}};
                items.append(ic);
            }
        c.lists.insert(QStringLiteral("items"), items);
        out.append(makeSlip(templates, print::TemplateKind::ParcelLabel, c, tr("Parcel %1").arg(p.number)));
    }
    return out;
}

Verdict DeliveryPage::printLabelsOfSelected()
{
    const QString uuid = selectedOrder();
    auto o = m_service.order(uuid);
    if (uuid.isEmpty() || !o)
        return {VerdictKind::Warning, tr("Choose an order"), tr("Choose the order whose labels to print (↑ ↓).")};
    if (!o.value().eligibility.ok)
        return {VerdictKind::Warning, tr("Not deliverable"), o.value().eligibility.reason};
    if (o.value().parcels.isEmpty())
        return {VerdictKind::Warning, tr("No parcels yet"), tr("Plan the parcels first (Ctrl+L).")};
    const QList<Slip> labels = parcelLabels(o.value());
    for (const Slip& slip : labels)
        if (m_printer)
            m_printer->print(slip);
    return {VerdictKind::Success, tr("%1 parcel labels").arg(labels.size()), o.value().patronName()};
}

void DeliveryPage::dispatchRound(std::function<void(Verdict)> done)
{
    if (!checkout) {
        done({VerdictKind::Error, tr("Not connected"),
              tr("The round cannot be checked out without the library system.")});
        return;
    }
    const QDate round = m_round;
    m_service.dispatch(round, checkout, [done, round](DispatchReport r) {
        QString detail = tr("%1 parcels, %2 documents checked out to their patrons").arg(r.parcels).arg(r.items);
        if (r.provisional > 0)
            detail += QStringLiteral(" — ") + tr("%1 offline: sent when the connection returns").arg(r.provisional);
        if (!r.refused.isEmpty())
            detail += QStringLiteral(" — ") + tr("refused: %1").arg(r.refused.join(QStringLiteral("; ")));
        done({r.refused.isEmpty() ? VerdictKind::Success : VerdictKind::Warning,
              tr("Round of %1 dispatched").arg(QLocale().toString(round, QLocale::ShortFormat)), detail});
    });
}

bool DeliveryPage::writeHtmlPdf(const QString& html, const QString& path, bool landscape, bool onePage)
{
    QTextDocument doc;
    // Barcodes: <img src="barcode:DATA">, drawn by libzint.
    static const QRegularExpression images(QStringLiteral("src=\"barcode:([^\"]+)\""));
    for (auto it = images.globalMatch(html); it.hasNext();) {
        const QString data = it.next().captured(1);
        QImage image(1200, 240, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        if (drawBarcode(painter, QRectF(0, 0, 1200, 240), Symbology::Code128, data.toLatin1()).ok())
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("barcode:") + data), image);
    }
    doc.setHtml(html);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("Comptoir"));
    if (!onePage) {
        doc.print(&writer);
    } else {
        // Laid out at a screen-like width, then scaled to the page's printable area.
        QPainter painter(&writer);
        const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal width = landscape ? 1100 : 760;
        doc.setTextWidth(width);
        const qreal scale = std::min(area.width() / width, area.height() / doc.size().height());
        painter.scale(scale, scale);
        doc.drawContents(&painter);
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return QFile::exists(path);
}

Verdict DeliveryPage::writeManifest(QString* pdfPath, QString* csvPath)
{
    auto m = m_service.manifest(m_round);
    if (!m)
        return {VerdictKind::Error, tr("No manifest"), m.error().message};
    if (m.value().lines.isEmpty())
        return {VerdictKind::Warning, tr("No parcels in this round"), tr("Plan the parcels first (Ctrl+L).")};
    QDir().mkpath(m_exportDir);
    const QString base = QDir(m_exportDir).filePath(QStringLiteral("tournee-%1").arg(m_round.toString(Qt::ISODate)));
    const QString pdf = base + QStringLiteral(".pdf"), csv = base + QStringLiteral(".csv");
    const bool ok = writeHtmlPdf(delivery::manifestHtml(m.value(), m_libraryName), pdf, true, true) &&
                    save(csv, delivery::manifestCsv(m.value()));
    if (pdfPath)
        *pdfPath = pdf;
    if (csvPath)
        *csvPath = csv;
    if (!ok)
        return {VerdictKind::Error, tr("Manifest not written"), QDir::toNativeSeparators(base)};
    return {VerdictKind::Success, tr("Manifest: %1 parcels").arg(m.value().lines.size()),
            QDir::toNativeSeparators(pdf) + QStringLiteral(" · ") + QDir::toNativeSeparators(csv)};
}

Verdict DeliveryPage::writeBilling(int year, int month, QString* pdfPath, QString* csvPath)
{
    auto b = m_service.billing(year, month);
    if (!b)
        return {VerdictKind::Error, tr("No bill"), b.error().message};
    QDir().mkpath(m_exportDir);
    const QString base =
        QDir(m_exportDir).filePath(QStringLiteral("facturation-%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
    const QString pdf = base + QStringLiteral(".pdf"), csv = base + QStringLiteral(".csv");
    const bool ok = writeHtmlPdf(delivery::billingHtml(b.value(), m_libraryName), pdf, false) &&
                    save(csv, delivery::billingCsv(b.value(), m_service.config().billingEncoding));
    if (pdfPath)
        *pdfPath = pdf;
    if (csvPath)
        *csvPath = csv;
    if (!ok)
        return {VerdictKind::Error, tr("Bill not written"), QDir::toNativeSeparators(base)};
    return {VerdictKind::Success,
            tr("Bill of %1: %2")
                .arg(QLocale().toString(QDate(year, month, 1), QStringLiteral("MMMM yyyy")),
                     delivery::euros(b.value().totalCents)),
            QDir::toNativeSeparators(pdf) + QStringLiteral(" · ") + QDir::toNativeSeparators(csv)};
}

void DeliveryPage::askBilling()
{
    const QDate today = m_clock.now().toLocalTime().date();
    QStringList months;
    QList<QDate> dates;
    for (int i = 0; i < 13; ++i) {
        const QDate d = QDate(today.year(), today.month(), 1).addMonths(-i);
        dates << d;
        months << QLocale().toString(d, QStringLiteral("MMMM yyyy"));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Monthly bill"), tr("Month:"), months, 1, false, &ok);
    if (!ok)
        return;
    const QDate d = dates.value(months.indexOf(chosen));
    Q_EMIT verdictReady(writeBilling(d.year(), d.month()));
}

void DeliveryPage::handleParcel(const QString& code, std::function<void(Verdict)> done)
{
    if (const QDate round = Manifest::roundFromBarcode(code); round.isValid()) {
        m_round = round;
        reload();
        done({VerdictKind::Success, tr("Round of %1").arg(QLocale().toString(round, QLocale::LongFormat)),
              m_summary->text()});
        return;
    }
    if (!checkin) {
        done({VerdictKind::Error, tr("Not connected"), tr("Parcels brought back need the library system.")});
        return;
    }
    m_service.recordOutcome(code, m_outcome, checkin, hold, [done](Result<OutcomeReport> r) {
        if (!r)
            done({VerdictKind::Error, tr("Parcel not recorded"), r.error().message});
        else
            done(r.value().verdict);
    });
}

} // namespace comptoir
