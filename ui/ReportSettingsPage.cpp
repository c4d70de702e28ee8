#include "ReportSettingsPage.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace comptoir {

namespace {

QSpinBox* spin(QWidget* parent, int max, const QString& suffix, const QString& name)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setSuffix(suffix);
    box->setObjectName(name);
    return box;
}

} // namespace

ReportSettingsPage::ReportSettingsPage(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_maxOver48h(spin(this, 100, QStringLiteral("\u202F%"), QStringLiteral("reportMaxOver48h")))
    , m_minWithin24h(spin(this, 100, QStringLiteral("\u202F%"), QStringLiteral("reportMinWithin24h")))
    , m_minWithin48h(spin(this, 100, QStringLiteral("\u202F%"), QStringLiteral("reportMinWithin48h")))
    , m_maxExpired(spin(this, 10000, QString(), QStringLiteral("reportMaxExpired")))
{
    setObjectName(QStringLiteral("reportSettings"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The daily queue report turns a cell red, and names the site in its first sentence, "
                                "when a figure passes one of these thresholds."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("Pending requests older than 48 h, at &most:"), m_maxOver48h);
    form->addRow(tr("Requests captured within &24 h, at least:"), m_minWithin24h);
    form->addRow(tr("Requests captured within &48 h, at least:"), m_minWithin48h);
    form->addRow(tr("&Expired requests left on a hold shelf, at most:"), m_maxExpired);
    layout->addLayout(form);
    layout->addStretch(1);
    const QString lockedTip =
        QCoreApplication::translate("comptoir::SettingsDialog", "Set by the network's configuration; IT changes it.");
    const std::pair<QSpinBox*, const SettingKey<int>*> fields[] = {
        {m_maxOver48h, &settings::ReportsMaxOver48hPercent},
        {m_minWithin24h, &settings::ReportsMinWithin24hPercent},
        {m_minWithin48h, &settings::ReportsMinWithin48hPercent},
        {m_maxExpired, &settings::ReportsMaxExpiredUncollected},
    };
    for (const auto& [box, key] : fields) {
        box->setValue(settings.value(*key));
        if (settings.isLocked(QLatin1String(key->name))) {
            box->setEnabled(false);
            box->setToolTip(lockedTip);
        }
    }
}

void ReportSettingsPage::apply()
{
    const std::pair<QSpinBox*, const SettingKey<int>*> fields[] = {
        {m_maxOver48h, &settings::ReportsMaxOver48hPercent},
        {m_minWithin24h, &settings::ReportsMinWithin24hPercent},
        {m_minWithin48h, &settings::ReportsMinWithin48hPercent},
        {m_maxExpired, &settings::ReportsMaxExpiredUncollected},
    };
    for (const auto& [box, key] : fields)
        if (box->isEnabled())
            m_settings.setValue(*key, box->value());
}

} // namespace comptoir
