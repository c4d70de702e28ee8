#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

class QLabel;
class QTableWidget;
class QWidget;

namespace comptoir {

// Pieces every job page uses: its big heading, and printing an HTML document (a list to take to
// the shelves) to PDF or through the print preview.
QLabel* pageHeading(const QString& text, QWidget* parent);
// A list of the desk: rows selected whole, not editable, no row numbers, text elided with « … »
// (the full text in the cell's tooltip), readable from a step away (at least 11 pt).
void setupTable(QTableWidget* table);
// `text` cut to `chars` characters with « … » when longer.
QString elided(const QString& text, int chars);
bool writeHtmlPdf(const QString& html, const QString& path);
void previewHtml(QWidget* parent, const std::function<QString()>& html);
// Asks for a click & collect appointment slot (the current one, or tomorrow at this time);
// invalid when staff cancel.
QDateTime askAppointment(QWidget* parent, const QString& title, const QDateTime& current);

} // namespace comptoir
