#include "DevicesPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSerialPortInfo>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

using namespace devices;

namespace {

QComboBox* portBox(const QString& current, QWidget* parent)
{
    // Ports the system lists, and any path typed by hand (pseudo-terminals are not listed).
    auto* box = new QComboBox(parent);
    box->setEditable(true);
    box->addItem(QString());
    for (const QSerialPortInfo& info : QSerialPortInfo::availablePorts())
        box->addItem(info.systemLocation());
    box->setCurrentText(current);
    box->lineEdit()->setPlaceholderText(DevicesPage::tr("none"));
    return box;
}

QComboBox* baudBox(qint32 current, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setEditable(true);
    for (const int baud : {9600, 19200, 38400, 57600, 115200})
        box->addItem(QString::number(baud));
    box->setCurrentText(QString::number(current));
    return box;
}

QString hexByte(quint8 value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0')).toUpper();
}

quint8 parseHexByte(const QString& text, quint8 fallback)
{
    bool ok = false;
    const uint value = text.trimmed().remove(QLatin1String("0x")).toUInt(&ok, 16);
    return ok && value <= 0xFF ? quint8(value) : fallback;
}

const QList<CodeKind> Kinds = {CodeKind::Item, CodeKind::PatronCard, CodeKind::Crate, CodeKind::Order};
const QList<checkdigit::Algorithm> Checks = {checkdigit::Algorithm::None, checkdigit::Algorithm::Luhn,
                                             checkdigit::Algorithm::Weight31, checkdigit::Algorithm::Ean13,
                                             checkdigit::Algorithm::Isbn10};

QString kindLabel(CodeKind kind)
{
    switch (kind) {
    case CodeKind::Item:
        return DevicesPage::tr("Document");
    case CodeKind::PatronCard:
        return DevicesPage::tr("Patron card");
    case CodeKind::Crate:
        return DevicesPage::tr("Shuttle crate");
    case CodeKind::Order:
        return DevicesPage::tr("Click & collect bag");
    case CodeKind::Unknown:
        break;
    }
    return DevicesPage::tr("Unknown");
}

QString checkLabel(checkdigit::Algorithm check)
{
    switch (check) {
    case checkdigit::Algorithm::None:
        return DevicesPage::tr("No check digit");
    case checkdigit::Algorithm::Luhn:
        return DevicesPage::tr("Luhn (mod 10, 2-1-2)");
    case checkdigit::Algorithm::Weight31:
        return DevicesPage::tr("Weights 3-1 (mod 10)");
    case checkdigit::Algorithm::Ean13:
        return DevicesPage::tr("EAN-13");
    case checkdigit::Algorithm::Isbn10:
        return DevicesPage::tr("ISBN-10 (mod 11)");
    }
    return {};
}

} // namespace

DevicesPage::DevicesPage(const DeviceConfig& config, QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    // Two columns: the scanners on the left, the RFID pad and the barcode rules on the right.
    auto* columns = new QHBoxLayout(content);
    auto* layout = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(layout, 1);
    columns->addLayout(right, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto* scanner = new QGroupBox(tr("Serial barcode scanner"), content);
    auto* scannerForm = new QFormLayout(scanner);
    scannerForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_scannerPort = portBox(config.scannerLine.port, scanner);
    m_scannerPort->setObjectName(QStringLiteral("scannerPort"));
    scannerForm->addRow(tr("Port:"), m_scannerPort);
    m_baud = baudBox(config.scannerLine.baud, scanner);
    scannerForm->addRow(tr("Speed (baud):"), m_baud);
    m_parity = new QComboBox(scanner);
    m_parity->addItem(tr("None"), int(QSerialPort::NoParity));
    m_parity->addItem(tr("Even"), int(QSerialPort::EvenParity));
    m_parity->addItem(tr("Odd"), int(QSerialPort::OddParity));
    m_parity->setCurrentIndex(m_parity->findData(int(config.scannerLine.parity)));
    scannerForm->addRow(tr("Parity:"), m_parity);
    m_stopBits = new QComboBox(scanner);
    m_stopBits->addItem(QStringLiteral("1"), int(QSerialPort::OneStop));
    m_stopBits->addItem(QStringLiteral("2"), int(QSerialPort::TwoStop));
    m_stopBits->setCurrentIndex(config.scannerLine.stopBits == QSerialPort::TwoStop ? 1 : 0);
    scannerForm->addRow(tr("Stop bits:"), m_stopBits);
    m_prefix = new QLineEdit(escapeBytes(config.scannerFraming.prefix), scanner);
    m_prefix->setPlaceholderText(tr("none (e.g. \\x02)"));
    scannerForm->addRow(tr("Prefix:"), m_prefix);
    m_suffix = new QLineEdit(escapeBytes(config.scannerFraming.suffix), scanner);
    m_suffix->setPlaceholderText(tr("none: a pause ends each code"));
    scannerForm->addRow(tr("Suffix:"), m_suffix);
    m_pause = new QSpinBox(scanner);
    m_pause->setRange(10, 2000);
    m_pause->setSuffix(tr(" ms"));
    m_pause->setValue(config.scannerFraming.interCharTimeoutMs);
    scannerForm->addRow(tr("Pause ending a code:"), m_pause);
    m_codabar = new QCheckBox(tr("Remove Codabar start and stop characters (A–D)"), scanner);
    m_codabar->setChecked(config.scannerFraming.stripCodabar);
    scannerForm->addRow(QString(), m_codabar);
    auto* testScannerButton = new QPushButton(tr("Test the scanner"), scanner);
    testScannerButton->setObjectName(QStringLiteral("testScanner"));
    scannerForm->addRow(QString(), testScannerButton);
    connect(testScannerButton, &QPushButton::clicked, this, &DevicesPage::testScanner);
    layout->addWidget(scanner);

    auto* wedge = new QGroupBox(tr("USB scanners acting as a keyboard"), content);
    auto* wedgeForm = new QFormLayout(wedge);
    wedgeForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_wedge = new QCheckBox(tr("Recognise them by their speed, whatever has the focus"), wedge);
    m_wedge->setChecked(config.wedge);
    wedgeForm->addRow(QString(), m_wedge);
    m_wedgeGap = new QSpinBox(wedge);
    m_wedgeGap->setRange(10, 200);
    m_wedgeGap->setSuffix(tr(" ms"));
    m_wedgeGap->setValue(config.wedgeGapMs);
    wedgeForm->addRow(tr("Longest gap between two keys of a scan:"), m_wedgeGap);
    layout->addWidget(wedge);
    layout->addStretch();

    auto* pad = new QGroupBox(tr("RFID pad"), content);
    auto* padForm = new QFormLayout(pad);
    padForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_padPort = portBox(config.pad.line.port, pad);
    m_padPort->setObjectName(QStringLiteral("padPort"));
    padForm->addRow(tr("Port:"), m_padPort);
    m_dialect = new QComboBox(pad);
    m_dialect->addItem(tr("FEIG (ISO host mode)"), int(RfidDialect::Feig));
    m_dialect->addItem(tr("3M 810"), int(RfidDialect::ThreeM));
    m_dialect->setCurrentIndex(config.pad.dialect == RfidDialect::ThreeM ? 1 : 0);
    padForm->addRow(tr("Reader:"), m_dialect);
    m_padBaud = baudBox(config.pad.line.baud, pad);
    padForm->addRow(tr("Speed (baud):"), m_padBaud);
    m_afiLeaving = new QLineEdit(hexByte(config.pad.afiLeaving), pad);
    m_afiLeaving->setInputMask(QStringLiteral("HH"));
    padForm->addRow(tr("Security at checkout (AFI, hex):"), m_afiLeaving);
    m_afiSecured = new QLineEdit(hexByte(config.pad.afiSecured), pad);
    m_afiSecured->setInputMask(QStringLiteral("HH"));
    padForm->addRow(tr("Security at check-in (AFI, hex):"), m_afiSecured);
    m_isil = new QLineEdit(config.ownIsil, pad);
    m_isil->setPlaceholderText(QStringLiteral("FR-751052116"));
    padForm->addRow(tr("This library's ISIL:"), m_isil);
    auto* testPadButton = new QPushButton(tr("Test the pad"), pad);
    testPadButton->setObjectName(QStringLiteral("testPad"));
    padForm->addRow(QString(), testPadButton);
    connect(testPadButton, &QPushButton::clicked, this, &DevicesPage::testPad);
    right->addWidget(pad);

    auto* rules = new QGroupBox(tr("Barcodes of the network"), content);
    auto* rulesLayout = new QVBoxLayout(rules);
    auto* explain = new QLabel(tr("What each kind of code looks like (a regular expression) and its check digit. A "
                                  "wrong check digit only warns."),
                               rules);
    explain->setWordWrap(true);
    rulesLayout->addWidget(explain);
    m_rules = new QTableWidget(0, 3, rules);
    m_rules->setHorizontalHeaderLabels({tr("Kind"), tr("Pattern"), tr("Check digit")});
    m_rules->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rules->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_rules->verticalHeader()->hide();
    m_rules->setMinimumHeight(150);
    for (const CodeRule& rule : config.rules.rules())
        addRule(rule);
    rulesLayout->addWidget(m_rules);
    auto* ruleButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add a rule"), rules);
    auto* remove = new QPushButton(tr("Remove the rule"), rules);
    auto* defaults = new QPushButton(tr("Defaults"), rules);
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(remove);
    ruleButtons->addWidget(defaults);
    ruleButtons->addStretch();
    rulesLayout->addLayout(ruleButtons);
    connect(add, &QPushButton::clicked, this, [this] { addRule({CodeKind::Item, QStringLiteral("[0-9]+"), {}}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rules->currentRow() >= 0)
            m_rules->removeRow(m_rules->currentRow());
        classifyTry();
    });
    connect(defaults, &QPushButton::clicked, this, [this] {
        m_rules->setRowCount(0);
        const BarcodeRules shipped = BarcodeRules::defaults();
        for (const CodeRule& rule : shipped.rules())
            addRule(rule);
        classifyTry();
    });
    auto* tryRow = new QHBoxLayout;
    m_try = new QLineEdit(rules);
    m_try->setPlaceholderText(tr("Try a code"));
    m_tryResult = new QLabel(rules);
    tryRow->addWidget(m_try);
    tryRow->addWidget(m_tryResult, 1);
    rulesLayout->addLayout(tryRow);
    connect(m_try, &QLineEdit::textChanged, this, &DevicesPage::classifyTry);
    connect(m_rules, &QTableWidget::itemChanged, this, &DevicesPage::classifyTry);
    right->addWidget(rules, 1);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("deviceTestResult"));
    m_result->setWordWrap(true);
    QFont big = m_result->font();
    big.setPointSize(big.pointSize() + 3);
    big.setBold(true);
    m_result->setFont(big);
    outer->addWidget(m_result);
    m_diagnostics = new QPlainTextEdit(this);
    m_diagnostics->setObjectName(QStringLiteral("deviceDiagnostics"));
    m_diagnostics->setReadOnly(true);
    m_diagnostics->setMaximumBlockCount(200);
    m_diagnostics->setMaximumHeight(90);
    m_diagnostics->setPlaceholderText(tr("The last bytes and frames exchanged with the device under test."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_diagnostics->setFont(mono);
    outer->addWidget(m_diagnostics);
}

DevicesPage::~DevicesPage()
{
    stopTests();
}

void DevicesPage::addRule(const CodeRule& rule)
{
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    auto* kind = new QComboBox(m_rules);
    for (const CodeKind k : Kinds)
        kind->addItem(kindLabel(k), int(k));
    kind->setCurrentIndex(std::max(0, int(Kinds.indexOf(rule.kind))));
    m_rules->setCellWidget(row, 0, kind);
    m_rules->setItem(row, 1, new QTableWidgetItem(rule.pattern));
    auto* check = new QComboBox(m_rules);
    for (const auto c : Checks)
        check->addItem(checkLabel(c), int(c));
    check->setCurrentIndex(std::max(0, int(Checks.indexOf(rule.check))));
    m_rules->setCellWidget(row, 2, check);
    connect(kind, &QComboBox::currentIndexChanged, this, &DevicesPage::classifyTry);
    connect(check, &QComboBox::currentIndexChanged, this, &DevicesPage::classifyTry);
}

BarcodeRules DevicesPage::rulesFromTable() const
{
    QList<CodeRule> rules;
    for (int r = 0; r < m_rules->rowCount(); ++r) {
        const auto* kind = qobject_cast<QComboBox*>(m_rules->cellWidget(r, 0));
        const auto* check = qobject_cast<QComboBox*>(m_rules->cellWidget(r, 2));
        const QString pattern = m_rules->item(r, 1) ? m_rules->item(r, 1)->text().trimmed() : QString();
        if (pattern.isEmpty() || !kind || !check)
            continue;
        rules.append(
            {CodeKind(kind->currentData().toInt()), pattern, checkdigit::Algorithm(check->currentData().toInt())});
    }
    return BarcodeRules(rules);
}

void DevicesPage::classifyTry()
{
    const QString code = m_try->text().trimmed();
    const BarcodeRules rules = rulesFromTable();
    if (!rules.problem().isEmpty()) {
        m_tryResult->setText(rules.problem());
        return;
    }
    if (code.isEmpty()) {
        m_tryResult->clear();
        return;
    }
    const auto c = rules.classify(code);
    if (c.kind == CodeKind::Unknown)
        m_tryResult->setText(tr("Matches no rule"));
    else
        m_tryResult->setText(c.checkDigitFailed ? tr("%1 — wrong check digit").arg(kindLabel(c.kind))
                                                : tr("%1 — check digit right").arg(kindLabel(c.kind)));
}

DeviceConfig DevicesPage::config() const
{
    DeviceConfig c;
    c.scannerLine.port = m_scannerPort->currentText().trimmed();
    c.scannerLine.baud = m_baud->currentText().toInt() > 0 ? m_baud->currentText().toInt() : 9600;
    c.scannerLine.parity = QSerialPort::Parity(m_parity->currentData().toInt());
    c.scannerLine.stopBits = QSerialPort::StopBits(m_stopBits->currentData().toInt());
    c.scannerFraming.prefix = unescapeBytes(m_prefix->text());
    c.scannerFraming.suffix = unescapeBytes(m_suffix->text());
    c.scannerFraming.interCharTimeoutMs = m_pause->value();
    c.scannerFraming.stripCodabar = m_codabar->isChecked();
    c.wedge = m_wedge->isChecked();
    c.wedgeGapMs = m_wedgeGap->value();
    c.pad.line.port = m_padPort->currentText().trimmed();
    c.pad.dialect = RfidDialect(m_dialect->currentData().toInt());
    c.pad.line.baud = m_padBaud->currentText().toInt() > 0 ? m_padBaud->currentText().toInt() : 38400;
    c.pad.line.parity = c.pad.dialect == RfidDialect::Feig ? QSerialPort::EvenParity : QSerialPort::NoParity;
    c.pad.afiLeaving = parseHexByte(m_afiLeaving->text(), 0xC2);
    c.pad.afiSecured = parseHexByte(m_afiSecured->text(), 0x07);
    c.ownIsil = m_isil->text().trimmed();
    const BarcodeRules rules = rulesFromTable();
    c.rules = rules.rules().isEmpty() || !rules.problem().isEmpty() ? BarcodeRules::defaults() : rules;
    return c;
}

void DevicesPage::log(const QString& line)
{
    m_diagnostics->appendPlainText(line);
}

void DevicesPage::stopTests()
{
    m_testScanner.reset();
    m_testPad.reset();
}

void DevicesPage::testScanner()
{
    stopTests();
    const DeviceConfig c = config();
    if (c.scannerLine.port.isEmpty()) {
        m_result->setText(tr("Choose or type the scanner's port first."));
        return;
    }
    m_testScanner = std::make_unique<SerialScanner>();
    connect(m_testScanner.get(), &SerialScanner::traffic, this,
            [this](const QByteArray& bytes) { log(QStringLiteral("← ") + hexBytes(bytes)); });
    connect(m_testScanner.get(), &SerialScanner::code, this, [this](const QString& code) {
        const auto kind = rulesFromTable().classify(code);
        m_result->setText(tr("Read: %1 (%2)").arg(code, kindLabel(kind.kind)));
    });
    connect(m_testScanner.get(), &SerialScanner::garbled, this, [this](const QString& why) { m_result->setText(why); });
    connect(m_testScanner.get(), &SerialScanner::stateChanged, this,
            [this](SerialScanner::State state, const QString& message) {
                if (state == SerialScanner::State::Connected)
                    m_result->setText(tr("Scan something now…"));
                else if (!message.isEmpty())
                    m_result->setText(message);
            });
    m_testScanner->start(c.scannerLine, c.scannerFraming);
}

void DevicesPage::testPad()
{
    stopTests();
    const DeviceConfig c = config();
    if (c.pad.line.port.isEmpty()) {
        m_result->setText(tr("Choose or type the pad's port first."));
        return;
    }
    m_testPad = std::make_unique<RfidPad>();
    connect(m_testPad.get(), &RfidPad::diagnostic, this, &DevicesPage::log);
    connect(m_testPad.get(), &RfidPad::stateChanged, this, [this](bool connected, const QString& message) {
        m_result->setText(connected ? tr("Put a tagged item on the pad now…") : message);
    });
    connect(m_testPad.get(), &RfidPad::itemPlaced, this,
            [this, c](const TagData& tag, const QByteArray&, const QList<int>& missing) {
                QString text = tr("Read: %1 (%2)").arg(tag.barcode, tagModelName(tag.model));
                if (tag.parts > 1)
                    text += tr(", part %1 of %2").arg(tag.part).arg(tag.parts);
                if (!missing.isEmpty())
                    text += tr(", parts missing from the pad");
                if (!tag.ownerIsil.isEmpty())
                    text += tr(", owner %1").arg(tag.ownerIsil);
                m_result->setText(text);
            });
    connect(m_testPad.get(), &RfidPad::unreadableTag, this, [this](const QByteArray&, const QString& problem) {
        m_result->setText(tr("Tag unreadable: %1").arg(problem));
    });
    m_testPad->start(c.pad);
}

} // namespace comptoir
