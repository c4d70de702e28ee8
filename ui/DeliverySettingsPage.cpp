#include "DeliverySettingsPage.h"

#include "Settings.h"
#include "delivery/DeliveryConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace comptoir {

namespace {

QTimeEdit* timeEdit(QWidget* parent)
{
    auto* edit = new QTimeEdit(parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

void select(QComboBox* box, const QString& value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

DeliverySettingsPage::DeliverySettingsPage(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* inner = new QWidget(scroll);
    auto* form = new QFormLayout(inner);
    scroll->setWidget(inner);
    outer->addWidget(scroll);

    m_location = new QLineEdit(inner);
    m_location->setPlaceholderText(tr("the ILS's library id, e.g. LIVRAISON; empty: no home delivery"));
    form->addRow(tr("Delivery location"), m_location);
    m_towns = new QLineEdit(inner);
    m_towns->setPlaceholderText(tr("comma-separated; empty with no postal codes: any"));
    form->addRow(tr("Towns delivered"), m_towns);
    m_postalCodes = new QLineEdit(inner);
    form->addRow(tr("Postal codes delivered"), m_postalCodes);
    m_categories = new QLineEdit(inner);
    m_categories->setPlaceholderText(tr("comma-separated; empty: any"));
    form->addRow(tr("Patron categories delivered"), m_categories);

    m_cutoff = timeEdit(inner);
    form->addRow(tr("Orders close at"), m_cutoff);
    auto* window = new QHBoxLayout;
    m_windowStart = timeEdit(inner);
    m_windowEnd = timeEdit(inner);
    window->addWidget(m_windowStart);
    window->addWidget(new QLabel(QStringLiteral("–"), inner));
    window->addWidget(m_windowEnd);
    window->addStretch();
    form->addRow(tr("Delivery window"), window);
    auto* days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        m_days[d - 1] = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), inner);
        days->addWidget(m_days[d - 1]);
    }
    days->addStretch();
    form->addRow(tr("Delivery days"), days);
    m_closed = new QPlainTextEdit(inner);
    m_closed->setPlaceholderText(tr("one date a line, e.g. 2026-12-25"));
    m_closed->setTabChangesFocus(true);
    m_closed->setMaximumHeight(90);
    form->addRow(tr("Closed days"), m_closed);

    m_fee = new QDoubleSpinBox(inner);
    m_fee->setRange(0, 100);
    m_fee->setDecimals(2);
    m_fee->setSingleStep(0.5);
    m_fee->setSuffix(QStringLiteral(" €"));
    form->addRow(tr("Fee per parcel"), m_fee);
    m_postFees = new QCheckBox(tr("Also post the fee to the patron's account in the ILS"), inner);
    form->addRow(QString(), m_postFees);
    m_debitType = new QLineEdit(inner);
    form->addRow(tr("ILS debit type"), m_debitType);

    m_maxGrams = new QSpinBox(inner);
    m_maxGrams->setRange(100, 50000);
    m_maxGrams->setSingleStep(100);
    m_maxGrams->setSuffix(QStringLiteral(" g"));
    form->addRow(tr("Parcel weight limit"), m_maxGrams);
    m_overweight = new QComboBox(inner);
    m_overweight->addItem(tr("Split into several paid parcels"), QStringLiteral("split"));
    m_overweight->addItem(tr("Call the patron"), QStringLiteral("call"));
    form->addRow(tr("An order over the limit"), m_overweight);
    m_broughtBack = new QComboBox(inner);
    m_broughtBack->addItem(tr("Checked in"), QStringLiteral("checkin"));
    m_broughtBack->addItem(tr("Kept on the hold shelf for the patron"), QStringLiteral("holdShelf"));
    form->addRow(tr("Parcels brought back"), m_broughtBack);
    m_encoding = new QComboBox(inner);
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("Windows-1252"), QStringLiteral("windows-1252"));
    form->addRow(tr("Billing file encoding"), m_encoding);
    m_retention = new QSpinBox(inner);
    m_retention->setRange(0, 3650);
    m_retention->setSuffix(tr(" days"));
    form->addRow(tr("Addresses kept after the billing month"), m_retention);

    // The weight defaults the estimate falls back on.
    const std::pair<const char*, const char*> weights[] = {
        {"bookNoPages", QT_TR_NOOP("A book without page count")},
        {"paperbackCover", QT_TR_NOOP("A paperback's cover")},
        {"hardCover", QT_TR_NOOP("A hardback's cover")},
        {"cd", QT_TR_NOOP("A CD")},
        {"dvd", QT_TR_NOOP("A DVD")},
        {"game", QT_TR_NOOP("A game")},
        {"magazine", QT_TR_NOOP("A magazine")},
        {"other", QT_TR_NOOP("Anything else")},
    };
    for (const auto& [key, label] : weights) {
        auto* spin = new QSpinBox(inner);
        spin->setRange(1, 20000);
        spin->setSuffix(QStringLiteral(" g"));
        m_weights.append({QString::fromLatin1(key), spin});
        form->addRow(tr(label), spin);
    }

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    outer->addWidget(m_problem);
    load();
}

QSpinBox* DeliverySettingsPage::weightDefault(const QString& key) const
{
    for (const auto& [name, spin] : m_weights)
        if (name == key)
            return spin;
    return nullptr;
}

void DeliverySettingsPage::load()
{
    using namespace settings;
    const delivery::DeliveryConfig c = delivery::DeliveryConfig::load(m_settings);
    m_location->setText(c.location);
    m_towns->setText(c.towns.join(QStringLiteral(", ")));
    m_postalCodes->setText(c.postalCodes.join(QStringLiteral(", ")));
    m_categories->setText(c.categories.join(QStringLiteral(", ")));
    m_cutoff->setTime(c.cutoff);
    m_windowStart->setTime(c.windowStart);
    m_windowEnd->setTime(c.windowEnd);
    for (int d = 1; d <= 7; ++d)
        m_days[d - 1]->setChecked(c.days.contains(d));
    QList<QDate> closed(c.closed.begin(), c.closed.end());
    std::sort(closed.begin(), closed.end());
    QStringList lines;
    for (const QDate& d : closed)
        lines << d.toString(Qt::ISODate);
    m_closed->setPlainText(lines.join(QLatin1Char('\n')));
    m_fee->setValue(c.feeCents / 100.0);
    m_postFees->setChecked(m_settings.value(DeliveryPostFees));
    m_debitType->setText(m_settings.value(DeliveryDebitType));
    m_maxGrams->setValue(c.maxParcelGrams);
    select(m_overweight, c.overweight == delivery::Overweight::Call ? QStringLiteral("call") : QStringLiteral("split"));
    select(m_broughtBack,
           c.broughtBack == delivery::BroughtBack::HoldShelf ? QStringLiteral("holdShelf") : QStringLiteral("checkin"));
    select(m_encoding, c.billingEncoding);
    m_retention->setValue(c.addressRetentionDays);
    const QJsonObject weights = c.weights.toJson();
    for (const auto& [key, spin] : std::as_const(m_weights))
        spin->setValue(weights.value(key).toInt());
}

Status DeliverySettingsPage::apply()
{
    using namespace settings;
    auto refuse = [this](const QString& why) -> Status {
        m_problem->setText(why);
        return Error{QStringLiteral("settings.invalid"), why};
    };
    QStringList closed;
    for (const QString& line :
         m_closed->toPlainText().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
        const QDate d = QDate::fromString(line, Qt::ISODate);
        if (!d.isValid())
            return refuse(tr("Closed days: \"%1\" is not a date (YYYY-MM-DD).").arg(line));
        closed << d.toString(Qt::ISODate);
    }
    if (m_windowStart->time() >= m_windowEnd->time())
        return refuse(tr("The delivery window must end after it starts."));
    QStringList days;
    for (int d = 1; d <= 7; ++d)
        if (m_days[d - 1]->isChecked())
            days << QString::number(d);
    if (days.isEmpty())
        return refuse(tr("Choose at least one delivery day."));
    if (m_postFees->isChecked() && m_debitType->text().trimmed().isEmpty())
        return refuse(tr("Give the ILS debit type the fee is posted with."));
    m_problem->clear();

    m_settings.setValue(DeliveryLocation, m_location->text().trimmed());
    m_settings.setValue(DeliveryTowns, m_towns->text().trimmed());
    m_settings.setValue(DeliveryPostalCodes, m_postalCodes->text().trimmed());
    m_settings.setValue(DeliveryCategories, m_categories->text().trimmed());
    m_settings.setValue(DeliveryCutoff, m_cutoff->time().toString(QStringLiteral("HH:mm")));
    m_settings.setValue(DeliveryWindow,
                        QString(m_windowStart->time().toString(QStringLiteral("HH:mm")) + QLatin1Char('-') +
                                m_windowEnd->time().toString(QStringLiteral("HH:mm"))));
    m_settings.setValue(DeliveryDays, days.join(QLatin1Char(',')));
    m_settings.setValue(DeliveryClosedDays, closed.join(QLatin1Char(',')));
    m_settings.setValue(DeliveryFeeCents, int(std::lround(m_fee->value() * 100)));
    m_settings.setValue(DeliveryPostFees, m_postFees->isChecked());
    m_settings.setValue(DeliveryDebitType, m_debitType->text().trimmed());
    m_settings.setValue(DeliveryMaxParcelGrams, m_maxGrams->value());
    m_settings.setValue(DeliveryOverweight, m_overweight->currentData().toString());
    m_settings.setValue(DeliveryBroughtBack, m_broughtBack->currentData().toString());
    m_settings.setValue(DeliveryBillingEncoding, m_encoding->currentData().toString());
    m_settings.setValue(DeliveryAddressRetentionDays, m_retention->value());
    QJsonObject weights = delivery::DeliveryConfig::load(m_settings).weights.toJson();
    for (const auto& [key, spin] : std::as_const(m_weights))
        weights.insert(key, spin->value());
    m_settings.setValue(DeliveryWeightDefaults,
                        QString::fromUtf8(QJsonDocument(weights).toJson(QJsonDocument::Compact)));
    return {};
}

} // namespace comptoir
