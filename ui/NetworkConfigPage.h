#pragma once

#include "NetworkConfig.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace comptoir {

class Workstation;

// What a setting is called for staff ("Adresse du serveur SIP2"), not its key.
QString settingLabel(const QString& key);

// The import preview: each setting that changes, what it is now and what it becomes, and whether
// the network locks it. "Apply these changes" or "Cancel".
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const NetworkConfig& config, const QString& path, const QList<ConfigChange>& changes,
                        QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

// Settings > Network: where this counter's network configuration comes from, what it locks, and
// its export (from a configured counter) and import (on a new counter, after a preview).
class NetworkConfigPage : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkConfigPage(Workstation& workstation, QWidget* parent = nullptr);

    // The steps behind the buttons, without dialogs (tests, and the buttons use them).
    Status exportTo(const QString& path, const QString& name);
    Result<QList<ConfigChange>> preview(const QString& path, NetworkConfig* config = nullptr);
    Status importFrom(const QString& path);
    void refresh();

    QLabel* source() const { return m_source; }
    QListWidget* lockedList() const { return m_locked; }
    QPushButton* importButton() const { return m_import; }

Q_SIGNALS:
    void imported();

private:
    void chooseExport();
    void chooseImport();

    Workstation& m_workstation;
    QLabel* m_source;
    QListWidget* m_locked;
    QPushButton* m_export;
    QPushButton* m_import;
};

} // namespace comptoir
