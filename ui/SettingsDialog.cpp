#include "SettingsDialog.h"
#include <QDir>
#include <QFileDialog>

#include "DevicesPage.h"
#include "LockerSettingsPage.h"
#include "ReportSettingsPage.h"
#include "ShuttleSettingsPage.h"

#include "Settings.h"
#include "ShelfLayoutEditor.h"
#include "SlipPdf.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace comptoir {

namespace {

// A tab's page in a scroll area: on a 1366 × 768 screen a tall page scrolls rather than pushing
// the dialog past the screen (its pages' widths are kept within the screen themselves).
QScrollArea* scrolled(QWidget* page)
{
    auto* area = new QScrollArea;
    area->setObjectName(page->objectName().isEmpty() ? QString() : page->objectName() + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(page);
    return area;
}

} // namespace

TemplateEditor::TemplateEditor(print::TemplateStore& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_kinds(new QListWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_html(new QTextBrowser(this))
{
    auto* layout = new QHBoxLayout(this);
    for (const print::TemplateInfo& info : print::TemplateStore::kinds()) {
        auto* item = new QListWidgetItem(info.title, m_kinds);
        item->setData(Qt::UserRole, int(info.kind));
    }
    m_kinds->setMaximumWidth(220);
    layout->addWidget(m_kinds);
    auto* middle = new QVBoxLayout;
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    m_text->setFont(mono);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    middle->addWidget(m_text, 1);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    middle->addWidget(m_problems);
    auto* buttons = new QHBoxLayout;
    auto* save = new QPushButton(tr("&Save template"), this);
    auto* reset = new QPushButton(tr("Back to the &shipped one"), this);
    buttons->addWidget(save);
    buttons->addWidget(reset);
    buttons->addStretch();
    middle->addLayout(buttons);
    layout->addLayout(middle, 3);
    auto* scroll = new QScrollArea(this);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(360);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Preview (sample data):"), this));
    right->addWidget(scroll, 1);
    right->addWidget(m_html, 1);
    layout->addLayout(right, 2);
    connect(m_kinds, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            select(print::TemplateKind(m_kinds->item(row)->data(Qt::UserRole).toInt()));
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &TemplateEditor::refresh);
    connect(save, &QPushButton::clicked, this, [this] {
        if (Status s = this->save(); !s.ok())
            QMessageBox::warning(this, tr("Template"), s.error().message);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Question, tr("Template"),
                        tr("Put back the shipped template? Your changes are lost."), QMessageBox::NoButton, this);
        QPushButton* putBack = box.addButton(tr("Put back the shipped template"), QMessageBox::DestructiveRole);
        box.setDefaultButton(box.addButton(tr("Keep my changes"), QMessageBox::RejectRole));
        box.exec();
        if (box.clickedButton() == putBack)
            if (Status s = this->reset(); !s.ok())
                QMessageBox::warning(this, tr("Template"), s.error().message);
    });
    m_kinds->setCurrentRow(0);
}

void TemplateEditor::select(print::TemplateKind kind)
{
    m_kind = kind;
    m_text->setPlainText(m_store.text(kind));
    refresh();
}

void TemplateEditor::refresh()
{
    const print::TemplateInfo info = print::TemplateStore::info(m_kind);
    const QString text = m_text->toPlainText();
    const auto problems = print::checkTemplate(text, info.names, info.lists);
    QStringList lines;
    for (const print::TemplateProblem& p : problems)
        lines << tr("Line %1: %2").arg(p.line).arg(p.message);
    m_problems->setText(lines.isEmpty()
                            ? tr("✔ No problem found. Fields: %1").arg(info.names.join(QStringLiteral(", ")))
                            : lines.join(QLatin1Char('\n')));
    m_problems->setStyleSheet(lines.isEmpty() ? QString() : QStringLiteral("color: #b3261e"));
    const print::TemplateContext sample = print::TemplateStore::sample(m_kind);
    if (info.html) {
        m_html->setHtml(print::renderTemplate(text, sample, print::Escape::Html));
        m_html->show();
        m_preview->parentWidget()->parentWidget()->hide();
    } else {
        const Slip slip{info.title, print::parseSlip(print::renderTemplate(text, sample))};
        m_preview->setPixmap(QPixmap::fromImage(slipImage(slip, 110)));
        m_html->hide();
        m_preview->parentWidget()->parentWidget()->show();
    }
}

Status TemplateEditor::save()
{
    return m_store.save(m_kind, m_text->toPlainText());
}

Status TemplateEditor::reset()
{
    Status s = m_store.reset(m_kind);
    select(m_kind);
    return s;
}

SettingsDialog::SettingsDialog(Settings& settings, print::TemplateStore& templates, const QStringList& knownLocations,
                               const desk::ShelfLayout& current, QWidget* parent,
                               const devices::DeviceConfig* devicesInUse, const QString& defaultPdfFolder)
    : QDialog(parent)
    , m_settings(settings)
    , m_shelves(new ShelfLayoutEditor(this))
    , m_templates(new TemplateEditor(templates, this))
    , m_devices(new DevicesPage(devicesInUse ? *devicesInUse : devices::DeviceConfig::load(settings), this))
    , m_output(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_baud(new QSpinBox(this))
    , m_receipt(new QCheckBox(tr("Print a &receipt at pickup"), this))
{
    setWindowTitle(tr("Settings"));
    resize(1100, 700);
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    m_tabs = tabs;
    layout->addWidget(tabs, 1);
    m_shelves->setLayout(current, knownLocations);
    tabs->addTab(scrolled(m_shelves), tr("Shelves"));

    auto* slips = new QWidget(this);
    auto* slipsLayout = new QVBoxLayout(slips);
    auto* form = new QFormLayout;
    m_output->addItem(tr("The system's default printer"), QStringLiteral("system"));
    m_output->addItem(tr("The system's default printer, after a print preview"), QStringLiteral("system-preview"));
    m_output->addItem(tr("Receipt printer on the network (ESC/POS, TCP)"), QStringLiteral("tcp"));
    m_output->addItem(tr("Receipt printer on a serial port (ESC/POS)"), QStringLiteral("serial"));
    m_output->setCurrentIndex(std::max(0, m_output->findData(settings.value(settings::SlipOutput))));
    m_address->setText(settings.value(settings::SlipPrinterAddress));
    m_address->setPlaceholderText(tr("192.168.1.50:9100, or /dev/ttyUSB0"));
    m_baud->setRange(1200, 921600);
    m_baud->setValue(settings.value(settings::SlipPrinterBaud));
    form->addRow(tr("Slips go to:"), m_output);
    form->addRow(tr("Printer address or port:"), m_address);
    form->addRow(tr("Serial speed (baud):"), m_baud);
    // When no printer takes a slip, it is saved as a PDF here (and the banner says so).
    m_pdfFolder = new QLineEdit(settings.value(settings::SlipPdfFolder), this);
    m_pdfFolder->setObjectName(QStringLiteral("pdfFolder"));
    m_pdfFolder->setPlaceholderText(defaultPdfFolder.isEmpty() ? QString()
                                                               : QDir::toNativeSeparators(defaultPdfFolder));
    auto* pdfRow = new QHBoxLayout;
    pdfRow->addWidget(m_pdfFolder, 1);
    auto* choosePdf = new QPushButton(tr("Choose…"), this);
    pdfRow->addWidget(choosePdf);
    connect(choosePdf, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder for slips not printed"),
            m_pdfFolder->text().isEmpty() ? m_pdfFolder->placeholderText() : m_pdfFolder->text());
        if (!dir.isEmpty())
            m_pdfFolder->setText(QDir::toNativeSeparators(dir));
    });
    form->addRow(tr("Slips not printed go as PDF to:"), pdfRow);
    const QStringList autoPrint = settings.value(settings::SlipAutoPrint).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto* autoRow = new QHBoxLayout;
    for (const auto& [key, label] :
         {std::pair{QStringLiteral("hold"), tr("hold shelf")}, std::pair{QStringLiteral("transit"), tr("transit")},
          std::pair{QStringLiteral("bag"), tr("click && collect bag")},
          std::pair{QStringLiteral("provisional"), tr("offline (provisional)")}}) {
        auto* box = new QCheckBox(label, this);
        box->setChecked(autoPrint.contains(key));
        m_autoPrint << qMakePair(key, box);
        autoRow->addWidget(box);
    }
    autoRow->addStretch();
    form->addRow(tr("Print the slip by itself for:"), autoRow);
    m_receipt->setChecked(settings.value(settings::PickupReceipt));
    form->addRow(QString(), m_receipt);
    slipsLayout->addLayout(form);
    slipsLayout->addWidget(m_templates, 1);
    tabs->addTab(scrolled(slips), tr("Slips"));
    tabs->addTab(scrolled(m_devices), tr("Devices"));
    // What the network's configuration locks shows, and cannot be changed here.
    const QString lockedTip = tr("Set by the network's configuration; IT changes it.");
    if (settings.isLocked(QStringLiteral("desk/shelfLayout"))) {
        m_shelves->setEnabled(false);
        m_shelves->setToolTip(lockedTip);
    }
    if (settings.isLocked(QStringLiteral("slips/autoPrint")))
        for (const auto& [key, box] : std::as_const(m_autoPrint)) {
            box->setEnabled(false);
            box->setToolTip(lockedTip);
        }
    if (settings.isLocked(QStringLiteral("slips/pickupReceipt"))) {
        m_receipt->setEnabled(false);
        m_receipt->setToolTip(lockedTip);
    }
    m_lockers = new LockerSettingsPage(settings, this);
    tabs->addTab(scrolled(m_lockers), tr("Lockers"));
    // Shuttle crates: the hub and the van's routes.
    m_shuttle = new ShuttleSettingsPage(settings, this);
    tabs->addTab(scrolled(m_shuttle), QCoreApplication::translate("comptoir::CratesPage", "Shuttle crates"));
    // Reports: the thresholds that turn a cell red.
    m_reports = new ReportSettingsPage(settings, this);
    tabs->addTab(scrolled(m_reports), tr("Reports"));
    const auto enable = [this] {
        const bool raw = !m_output->currentData().toString().startsWith(QLatin1String("system"));
        m_address->setEnabled(raw);
        m_baud->setEnabled(m_output->currentData().toString() == QLatin1String("serial"));
    };
    connect(m_output, &QComboBox::currentIndexChanged, this, enable);
    enable();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::addPage(QWidget* page, const QString& title)
{
    m_tabs->addTab(scrolled(page), title);
}

desk::ShelfLayout SettingsDialog::shelfLayout() const
{
    return m_shelves->shelfLayout();
}

void SettingsDialog::apply()
{
    m_settings.setValue(settings::ShelfLayout, QString::fromUtf8(m_shelves->shelfLayout().toJson()));
    m_settings.setValue(settings::SlipOutput, m_output->currentData().toString());
    m_settings.setValue(settings::SlipPrinterAddress, m_address->text().trimmed());
    m_settings.setValue(settings::SlipPrinterBaud, m_baud->value());
    m_settings.setValue(settings::SlipPdfFolder, QDir::fromNativeSeparators(m_pdfFolder->text().trimmed()));
    m_settings.setValue(settings::PickupReceipt, m_receipt->isChecked());
    QStringList kinds;
    for (const auto& [key, box] : std::as_const(m_autoPrint))
        if (box->isChecked())
            kinds << key;
    m_settings.setValue(settings::SlipAutoPrint, kinds.join(QLatin1Char(',')));
    m_devices->stopTests();
    m_devices->config().save(m_settings);
    (void)m_lockers->apply(); // an invalid bank is not saved; the page says why
    (void)m_shuttle->apply(); // routes that do not read back are not saved; the page says why
    m_reports->apply();
}

} // namespace comptoir
