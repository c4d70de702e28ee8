#pragma once

#include "SlipPdf.h"
#include "print/RawPrinter.h"

#include <QObject>

class QPrinter;
class QWidget;

namespace comptoir {

class Settings;

// Where slips go, as the settings say: a printer of the system (Qt PrintSupport, the default
// printer, no dialog at a busy desk), or raw ESC/POS to a receipt printer over TCP 9100 or a
// serial port. Outcomes come back through the callback; failures also as a signal for the status bar.
class SlipPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Output { System, Tcp, Serial };
    explicit SlipPrinter(QObject* parent = nullptr);

    void configure(Output output, const QString& address = {}, int baud = 19200);
    void configure(const Settings& settings);
    Output output() const { return m_output; }

    void print(const Slip& slip, std::function<void(Status)> done = {});
    // Print preview of a slip on an 80 mm page, whatever the output.
    static void preview(QWidget* parent, const Slip& slip);
    static void setupSlipPage(QPrinter& printer);

Q_SIGNALS:
    void failed(const QString& message);

private:
    Output m_output = Output::System;
    print::RawPrinter m_raw;
};

} // namespace comptoir
