#pragma once

#include "SlipPrinter.h"
#include "desk/CaptureService.h"

#include <QWidget>

class QLabel;
class QPrinter;
class QPushButton;
class QTableWidget;

namespace comptoir {

// The capture desk: every scan's destination in a list (newest first) with where the item goes and
// for whom, provisional ones marked, and where its slip went; the slip of each, printed
// automatically for the destinations the library chose, reprinted or previewed for any row
// (the selected one, else the newest: Ctrl+P reprints it, Enter previews it).
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

    // Where slips go: the slip printer by default (its outcome shown in the row); tests print to PDF.
    std::function<bool(const Slip&)> printSlip;
    // The slip of a table row (invalid/empty when that capture has none).
    Slip slipOfRow(int row) const;
    // The row the buttons act on: the selected one, else the newest with a slip (-1: none).
    int chosenRow() const;
    void reprintLast();
    void previewLast();
    void reprintChosen();
    void previewChosen();

    QTableWidget* table() const { return m_table; }
    QPushButton* reprintButton() const { return m_reprint; }
    // Column of the slip's fate ("printed", "PDF", "—").
    static constexpr int SlipColumn = 5;
    static constexpr int TitleColumn = 4;

private:
    struct Row
    {
        int slip = -1; // index in m_slips
    };
    void print(int slipIndex);
    void setSlipCell(int slipIndex, const QString& text, const QString& tooltip);
    int rowOfSlip(int slipIndex) const;

    QString m_library, m_workstation;
    const print::TemplateStore* m_templates = &print::TemplateStore::shipped();
    SlipPrinter* m_printer = nullptr;
    desk::NameDisplay m_display = desk::NameDisplay::Abbreviated;
    QList<VerdictKind> m_autoPrint;
    QList<Slip> m_slips;
    QList<Row> m_rows; // in capture order; table row r is m_rows[size-1-r]
    int m_printed = 0;
    int m_printing = -1; // the slip being handed to printSlip
    QTableWidget* m_table;
    QPushButton* m_reprint;
    QPushButton* m_preview;
    QLabel* m_summary;
};

} // namespace comptoir
