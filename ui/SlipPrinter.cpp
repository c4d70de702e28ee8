#include "SlipPrinter.h"

#include "Settings.h"

#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace comptoir {

SlipPrinter::SlipPrinter(QObject* parent)
    : QObject(parent)
{
}

void SlipPrinter::configure(Output output, const QString& address, int baud)
{
    m_output = output;
    if (output != Output::System)
        m_raw.configure(output == Output::Tcp ? print::RawPrinter::Transport::Tcp
                                              : print::RawPrinter::Transport::Serial,
                        address, baud);
}

void SlipPrinter::configure(const Settings& settings)
{
    const QString output = settings.value(settings::SlipOutput);
    configure(output == QLatin1String("tcp")      ? Output::Tcp
              : output == QLatin1String("serial") ? Output::Serial
                                                  : Output::System,
              settings.value(settings::SlipPrinterAddress), settings.value(settings::SlipPrinterBaud));
}

void SlipPrinter::setupSlipPage(QPrinter& printer)
{
    printer.setPageSize(QPageSize(QSizeF(80, 160), QPageSize::Millimeter));
    printer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
}

void SlipPrinter::print(const Slip& slip, std::function<void(Status)> done)
{
    const auto report = [this, done](Status status) {
        if (!status.ok())
            Q_EMIT failed(status.error().message);
        if (done)
            done(status);
    };
    if (m_output != Output::System) {
        m_raw.send(escPosSlip(slip), report);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    setupSlipPage(printer);
    printer.setDocName(slip.title);
    QPainter painter;
    if (!painter.begin(&printer)) {
        report(Error{QStringLiteral("printer.unavailable"), tr("No printer is available for the slip.")});
        return;
    }
    renderSlip(painter, slip);
    painter.end();
    report({});
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
