#pragma once

#include "Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace comptoir {

class Settings;

// Settings > Shuttle: the crate hub (crates/hub: a library id, empty for none; a destination this
// counter sends less than a crate a day goes through it) and the shuttle's routes (crates/routes:
// one a line, "Name: SITE1, SITE2", the van's stops in order). Saved only when the routes read
// back; what the network's configuration locks cannot be changed here.
class ShuttleSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ShuttleSettingsPage(Settings& settings, QWidget* parent = nullptr);
    QLineEdit* hub() const { return m_hub; }
    QPlainTextEdit* routes() const { return m_routes; }
    QLabel* problem() const { return m_problem; }
    Status apply();

private:
    Status check();

    Settings& m_settings;
    QLineEdit* m_hub;
    QPlainTextEdit* m_routes;
    QLabel* m_problem;
};

} // namespace comptoir
