#include "SlipPrinter.h"

#include "Logging.h"
#include "Settings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QRegularExpression>

namespace comptoir {

QString PrintOutcome::text() const
{
    switch (where) {
    case Where::Printer:
        return place.isEmpty() ? SlipPrinter::tr("Slip printed.") : SlipPrinter::tr("Slip printed on %1.").arg(place);
    case Where::PdfFile:
        // The folder staff open, not the file's long name.
        return SlipPrinter::tr("Slip saved as PDF in %1 (%2).")
            .arg(QDir::toNativeSeparators(QFileInfo(place).absolutePath()), problem);
    case Where::Nowhere:
        break;
    }
    return SlipPrinter::tr("Slip not printed: %1").arg(problem);
}

SlipPrinter::SlipPrinter(QObject* parent)
    : QObject(parent)
{
    systemPrinterAvailable = [] { return !QPrinterInfo::defaultPrinter().isNull(); };
    previewBeforePrint = [this](const Slip& slip) {
        QPrinter printer(QPrinter::HighResolution);
        setupSlipPage(printer);
        QPrintPreviewDialog dialog(&printer, dialogParent);
        dialog.setWindowTitle(slip.title);
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [slip](QPrinter* target) {
            QPainter painter(target);
            renderSlip(painter, slip);
        });
        // The dialog prints the slip itself when staff press its print button.
        return dialog.exec() == QDialog::Accepted;
    };
}

void SlipPrinter::configure(Output output, const QString& address, int baud)
{
    m_output = output;
    if (output == Output::Tcp || output == Output::Serial)
        m_raw.configure(output == Output::Tcp ? print::RawPrinter::Transport::Tcp
                                              : print::RawPrinter::Transport::Serial,
                        address, baud);
}

void SlipPrinter::configure(const Settings& settings, const QString& defaultPdfFolder)
{
    const QString output = settings.value(settings::SlipOutput);
    configure(output == QLatin1String("tcp")              ? Output::Tcp
              : output == QLatin1String("serial")         ? Output::Serial
              : output == QLatin1String("system-preview") ? Output::SystemWithPreview
                                                          : Output::System,
              settings.value(settings::SlipPrinterAddress), settings.value(settings::SlipPrinterBaud));
    const QString folder = settings.value(settings::SlipPdfFolder);
    m_pdfFolder = folder.isEmpty() ? defaultPdfFolder : folder;
}

void SlipPrinter::setupSlipPage(QPrinter& printer)
{
    printer.setPageSize(QPageSize(QSizeF(80, 160), QPageSize::Millimeter));
    printer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
}

PrintOutcome SlipPrinter::toPdf(const Slip& slip, const QString& problem) const
{
    PrintOutcome outcome;
    outcome.slipTitle = slip.title;
    outcome.problem = problem;
    if (m_pdfFolder.isEmpty())
        return outcome;
    if (!QDir().mkpath(m_pdfFolder)) {
        outcome.problem = tr("%1; the folder %2 cannot be created").arg(problem, m_pdfFolder);
        return outcome;
    }
    // Local data is the staff member's only: the folder and its slips (which name patrons).
    QFile::setPermissions(m_pdfFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString stem = slip.title;
    static const QRegularExpression unsafe(QStringLiteral("[^\\w-]+"), QRegularExpression::UseUnicodePropertiesOption);
    stem.replace(unsafe, QStringLiteral("-"));
    stem = stem.left(60);
    const QString base = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString path = QDir(m_pdfFolder).filePath(QStringLiteral("%1-%2.pdf").arg(base, stem));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(m_pdfFolder).filePath(QStringLiteral("%1-%2-%3.pdf").arg(base, stem).arg(n));
    if (!writeSlipPdf(slip, path)) {
        outcome.problem = tr("%1; the PDF cannot be written in %2").arg(problem, m_pdfFolder);
        return outcome;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    outcome.where = PrintOutcome::Where::PdfFile;
    outcome.place = path;
    return outcome;
}

void SlipPrinter::finish(PrintOutcome outcome, const std::function<void(PrintOutcome)>& done)
{
    if (!outcome.printed())
        qCWarning(lcApp) << "slip not printed:" << outcome.problem
                         << (outcome.where == PrintOutcome::Where::PdfFile ? "saved as PDF" : "not saved");
    Q_EMIT printed(outcome);
    if (done)
        done(outcome);
}

void SlipPrinter::print(const Slip& slip, std::function<void(PrintOutcome)> done)
{
    if (m_output == Output::Tcp || m_output == Output::Serial) {
        m_raw.send(escPosSlip(slip), [this, slip, done](Status status) {
            if (status.ok()) {
                PrintOutcome outcome;
                outcome.where = PrintOutcome::Where::Printer;
                outcome.slipTitle = slip.title;
                outcome.place = tr("the receipt printer");
                finish(outcome, done);
            } else {
                finish(toPdf(slip, status.error().message), done);
            }
        });
        return;
    }
    if (!systemPrinterAvailable()) {
        finish(toPdf(slip, tr("no printer is installed on this computer")), done);
        return;
    }
    PrintOutcome outcome;
    outcome.slipTitle = slip.title;
    if (m_output == Output::SystemWithPreview) {
        if (previewBeforePrint(slip)) {
            outcome.where = PrintOutcome::Where::Printer;
            outcome.place = QPrinterInfo::defaultPrinter().printerName();
        } else {
            outcome.problem = tr("the preview was closed without printing");
        }
        finish(outcome, done);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    setupSlipPage(printer);
    printer.setDocName(slip.title);
    QPainter painter;
    if (!painter.begin(&printer)) {
        finish(toPdf(slip, tr("the printer %1 does not answer").arg(printer.printerName())), done);
        return;
    }
    renderSlip(painter, slip);
    painter.end();
    outcome.where = PrintOutcome::Where::Printer;
    outcome.place = printer.printerName();
    finish(outcome, done);
}

void SlipPrinter::preview(QWidget* parent, const Slip& slip)
{
    QPrinter printer(QPrinter::HighResolution);
    setupSlipPage(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [slip](QPrinter* target) {
        QPainter painter(target);
        renderSlip(painter, slip);
    });
    dialog.exec();
}

} // namespace comptoir
