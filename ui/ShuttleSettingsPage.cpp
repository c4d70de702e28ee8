#include "ShuttleSettingsPage.h"

#include "Settings.h"
#include "crates/Routes.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace comptoir {

ShuttleSettingsPage::ShuttleSettingsPage(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_hub(new QLineEdit(this))
    , m_routes(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("shuttleSettings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_hub->setObjectName(QStringLiteral("crateHub"));
    m_hub->setText(settings.value(settings::CrateHub));
    m_hub->setPlaceholderText(tr("None: every crate goes straight to its library"));
    m_hub->setToolTip(tr("The library code of the hub. A library this counter sends less than a crate a day "
                         "goes through the hub, in a bag inside the hub's crate."));
    form->addRow(tr("Crate &hub (library code):"), m_hub);
    layout->addLayout(form);
    auto* routesLabel = new QLabel(tr("Shuttle &routes, one a line, the stops in the van's order "
                                      "(“North: GIONO, HUGO, ROMANS”). None: one route, libraries by name."),
                                   this);
    routesLabel->setWordWrap(true);
    routesLabel->setBuddy(m_routes);
    layout->addWidget(routesLabel);
    m_routes->setObjectName(QStringLiteral("crateRoutes"));
    // Kept on one line ("North: GIONO, HUGO; South: ROMANS"), shown one route a line.
    m_routes->setPlainText(settings.value(settings::CrateRoutes)
                               .split(QLatin1Char(';'), Qt::SkipEmptyParts)
                               .replaceInStrings(QRegularExpression(QStringLiteral("^\\s+")), QString())
                               .join(QLatin1Char('\n')));
    m_routes->setTabChangesFocus(true);
    layout->addWidget(m_routes, 1);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    connect(m_routes, &QPlainTextEdit::textChanged, this, [this] { (void)check(); });
    (void)check();
    // The same words as the dialog's other pages.
    const QString lockedTip =
        QCoreApplication::translate("comptoir::SettingsDialog", "Set by the network's configuration; IT changes it.");
    if (settings.isLocked(QLatin1String(settings::CrateHub.name))) {
        m_hub->setEnabled(false);
        m_hub->setToolTip(lockedTip);
    }
    if (settings.isLocked(QLatin1String(settings::CrateRoutes.name))) {
        m_routes->setReadOnly(true);
        m_routes->setToolTip(lockedTip);
    }
}

Status ShuttleSettingsPage::check()
{
    auto routes = crates::parseRoutes(m_routes->toPlainText());
    m_problem->setText(routes ? QString() : routes.error().message);
    return routes.status();
}

Status ShuttleSettingsPage::apply()
{
    if (m_hub->isEnabled())
        m_settings.setValue(settings::CrateHub, m_hub->text().trimmed());
    if (m_routes->isReadOnly())
        return {};
    if (Status s = check(); !s.ok())
        return s;
    auto routes = crates::parseRoutes(m_routes->toPlainText());
    m_settings.setValue(settings::CrateRoutes, crates::routesToText(routes.value()));
    return {};
}

} // namespace comptoir
