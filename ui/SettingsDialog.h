#pragma once

#include "desk/ShelfLayout.h"
#include "devices/DeviceConfig.h"
#include "print/TemplateStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTextBrowser;

namespace comptoir {

class Settings;
class LockerSettingsPage;
class ReportSettingsPage;
class ShuttleSettingsPage;
class DevicesPage;
class ShelfLayoutEditor;
class SlipPrinter;

// Settings > Slips: the library's templates, edited with a live preview on sample data and the
// problems found in them; saved to the library's folder or reset to the shipped one.
class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(print::TemplateStore& store, QWidget* parent = nullptr);
    void select(print::TemplateKind kind);
    print::TemplateKind current() const { return m_kind; }
    QPlainTextEdit* text() const { return m_text; }
    QLabel* problems() const { return m_problems; }
    QLabel* preview() const { return m_preview; }
    QTextBrowser* htmlPreview() const { return m_html; }
    Status save();
    Status reset();

private:
    void refresh();

    print::TemplateStore& m_store;
    print::TemplateKind m_kind = print::TemplateKind::HoldSlip;
    QListWidget* m_kinds;
    QPlainTextEdit* m_text;
    QLabel* m_problems;
    QLabel* m_preview;
    QTextBrowser* m_html;
};

// The counter's settings that staff change: shelves (zones, walking order, floor plan), slips
// (printer, receipts, templates) and devices (scanners, RFID pad, barcode rules). The connection
// has its own dialog.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // devicesInUse: the devices as they run (the demo's simulated ones); else read from the settings.
    SettingsDialog(Settings& settings, print::TemplateStore& templates, const QStringList& knownLocations,
                   const desk::ShelfLayout& current, QWidget* parent = nullptr,
                   const devices::DeviceConfig* devicesInUse = nullptr, const QString& defaultPdfFolder = {});

    ShelfLayoutEditor* shelves() const { return m_shelves; }
    TemplateEditor* templates() const { return m_templates; }
    DevicesPage* devices() const { return m_devices; }
    // More pages (Settings > Network…), added by the desk.
    void addPage(QWidget* page, const QString& title);
    LockerSettingsPage* lockers() const { return m_lockers; }
    ShuttleSettingsPage* shuttle() const { return m_shuttle; }
    ReportSettingsPage* reports() const { return m_reports; }
    // Writes the settings (OK does it too).
    void apply();
    desk::ShelfLayout shelfLayout() const;

private:
    Settings& m_settings;
    ShelfLayoutEditor* m_shelves;
    TemplateEditor* m_templates;
    DevicesPage* m_devices;
    LockerSettingsPage* m_lockers = nullptr;
    ShuttleSettingsPage* m_shuttle = nullptr;
    ReportSettingsPage* m_reports = nullptr;
    QComboBox* m_output;
    QLineEdit* m_address;
    QLineEdit* m_pdfFolder;
    QSpinBox* m_baud;
    QCheckBox* m_receipt;
    QList<QPair<QString, QCheckBox*>> m_autoPrint;
    QTabWidget* m_tabs = nullptr;
};

} // namespace comptoir
