#pragma once

#include <QWidget>

namespace comptoir {

// A job whose page is not built yet: it says so plainly, with what the page will do.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& purpose, QWidget* parent = nullptr);
};

} // namespace comptoir
