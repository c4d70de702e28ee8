#pragma once

#include "SlipPdf.h"
#include "print/RawPrinter.h"

#include <QObject>

#include <functional>

class QPrinter;
class QWidget;

namespace comptoir {

class Settings;

// Where one slip went: to a printer, or — when none could take it — to a PDF file in the folder
// the settings name, so nothing is lost and staff know where to find it.
struct PrintOutcome
{
    enum class Where { Printer, PdfFile, Nowhere };
    Where where = Where::Nowhere;
    QString slipTitle; // which slip ("Ticket de réservation 3104…")
    QString place;     // the printer's name or the PDF file's path
    QString problem;   // why it did not reach a printer (empty when it did)

    bool printed() const { return where == Where::Printer; }
    // One line for the banner's second line or the status bar.
    QString text() const;
};

// Where slips go, as the settings say: a printer of the system (the default printer, no dialog at
// a busy desk, or with a preview when the setting asks for it), or raw ESC/POS to a receipt
// printer over TCP 9100 or a serial port. When no printer takes the slip it is written as a PDF
// in the fallback folder; the outcome comes back through the callback and the printed() signal.
class SlipPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Output { System, SystemWithPreview, Tcp, Serial };
    explicit SlipPrinter(QObject* parent = nullptr);

    void configure(Output output, const QString& address = {}, int baud = 19200);
    // The output from the settings; PDFs go to the folder of setting slips/pdfFolder, or
    // `defaultPdfFolder` when it is empty.
    void configure(const Settings& settings, const QString& defaultPdfFolder);
    Output output() const { return m_output; }
    void setPdfFolder(const QString& folder) { m_pdfFolder = folder; }
    QString pdfFolder() const { return m_pdfFolder; }

    void print(const Slip& slip, std::function<void(PrintOutcome)> done = {});
    // Print preview of a slip on an 80 mm page, whatever the output.
    static void preview(QWidget* parent, const Slip& slip);
    static void setupSlipPage(QPrinter& printer);

    // Injected in tests: whether the system has a default printer; the preview shown before a
    // slip is printed with Output::SystemWithPreview (true: print it).
    std::function<bool()> systemPrinterAvailable;
    std::function<bool(const Slip&)> previewBeforePrint;
    QWidget* dialogParent = nullptr;

Q_SIGNALS:
    void printed(const comptoir::PrintOutcome& outcome);

private:
    PrintOutcome toPdf(const Slip& slip, const QString& problem) const;
    void finish(PrintOutcome outcome, const std::function<void(PrintOutcome)>& done);

    Output m_output = Output::System;
    QString m_pdfFolder;
    print::RawPrinter m_raw;
};

} // namespace comptoir
