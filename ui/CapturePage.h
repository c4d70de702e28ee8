#pragma once

#include "SlipPrinter.h"
#include "desk/CaptureService.h"

#include <QWidget>

class QLabel;
class QPrinter;
class QPushButton;
class QTableWidget;

namespace comptoir {

// The capture desk: every scan's verdict in a list (newest first) with where the item goes and
// for whom, provisional ones marked; the slip of each, printed automatically for the verdict
// kinds the library chose, reprinted on demand ("Reprint last slip", Ctrl+P), previewed, or
// saved as PDF.
class CapturePage : public QWidget
{
    Q_OBJECT
public:
    explicit CapturePage(QWidget* parent = nullptr);

    void setLibraryName(const QString& name) { m_library = name; }
    void setNameDisplay(desk::NameDisplay display) { m_display = display; }
    // Verdict kinds whose slip prints by itself.
    void setAutoPrint(const QList<VerdictKind>& kinds) { m_autoPrint = kinds; }
    std::function<QString(const QString&)> libraryName = [](const QString& id) { return id; };

    // A capture happened: listed, and its slip printed when the setting says so.
    void addCapture(const QString& barcode, const desk::CaptureResult& result);
    bool hasSlip() const { return !m_slips.isEmpty(); }
    Slip lastSlip() const { return m_slips.isEmpty() ? Slip() : m_slips.last(); }
    void setWorkstation(const QString& name) { m_workstation = name; }
    void setTemplates(const print::TemplateStore* templates) { m_templates = templates; }
    void setPrinter(SlipPrinter* printer) { m_printer = printer; }
    int printedCount() const { return m_printed; }

    // Where slips go: the system printer by default; tests print to PDF.
    std::function<bool(const Slip&)> printSlip;
    void reprintLast();
    void previewLast();

    QTableWidget* table() const { return m_table; }
    QPushButton* reprintButton() const { return m_reprint; }

private:
    QString m_library, m_workstation;
    const print::TemplateStore* m_templates = &print::TemplateStore::shipped();
    SlipPrinter* m_printer = nullptr;
    desk::NameDisplay m_display = desk::NameDisplay::Abbreviated;
    QList<VerdictKind> m_autoPrint;
    QList<Slip> m_slips;
    int m_printed = 0;
    QTableWidget* m_table;
    QPushButton* m_reprint;
    QPushButton* m_preview;
    QLabel* m_summary;
};

} // namespace comptoir
