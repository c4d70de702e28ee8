#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace comptoir {

// Pieces every job page uses: its big heading, and printing an HTML document (a list to take to
// the shelves) to PDF or through the print preview.
QLabel* pageHeading(const QString& text, QWidget* parent);
bool writeHtmlPdf(const QString& html, const QString& path);
void previewHtml(QWidget* parent, const std::function<QString()>& html);
// Asks for a click & collect appointment slot (the current one, or tomorrow at this time);
// invalid when staff cancel.
QDateTime askAppointment(QWidget* parent, const QString& title, const QDateTime& current);

} // namespace comptoir
