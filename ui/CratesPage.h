#pragma once

#include "SlipPdf.h"
#include "Verdict.h"
#include "crates/CrateService.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace comptoir {

class Clock;
class SlipPrinter;

// Shuttle crates at this counter: open crates by destination with their counts, sealed crates
// waiting for the van, crates received today with their missing and extra items. A crate chosen
// shows its items; Seal prints its label (the manifest as QR codes); a label's QR code scanned
// opens the incoming crate for receiving, and each item scanned then is received into it.
class CratesPage : public QWidget
{
    Q_OBJECT
public:
    CratesPage(crates::CrateService& crates, const Clock& clock, QWidget* parent = nullptr);

    void setDesk(const QString& ownName, const QString& workstation);
    void setTemplates(const print::TemplateStore* templates) { m_templates = templates; }
    void setPrinter(SlipPrinter* printer) { m_printer = printer; }
    std::function<QString(const QString&)> libraryName = [](const QString& id) { return id; };

    void reload();
    // A crate box's barcode scanned: that crate shown, or given to the open crate chosen.
    Verdict openBox(const QString& code);
    // A crate label's QR text scanned (one part of its manifest): once every part is read, the
    // crate is opened for receiving.
    Verdict openManifest(const QString& text);
    // A document scanned on this page: received into the crate being received (*received is set:
    // the desk then checks it in), else taken out of the open crate that holds it.
    Verdict handleItem(const QString& code, bool* received);
    qint64 receivingCrate() const { return m_receiving; }
    // "23 / 31": expected items received so far in the crate being received.
    QString receivingProgress() const;

    Result<crates::SealedCrate> sealSelected();
    Slip crateLabel(const crates::SealedCrate& crate) const;

    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void verdictReady(const comptoir::Verdict& verdict);

private:
    void select(qint64 seq);
    void showSelected();
    void finishReceiving();

    crates::CrateService& m_crates;
    const Clock& m_clock;
    const print::TemplateStore* m_templates = nullptr;
    SlipPrinter* m_printer = nullptr;
    QString m_libraryName, m_workstation;
    QTableWidget* m_table;
    QListWidget* m_items;
    QLabel* m_detail;
    QPushButton* m_seal;
    QPushButton* m_finish;
    QList<crates::Crate> m_rows;
    qint64 m_selected = 0;
    qint64 m_receiving = 0;
    QList<crates::ManifestPart> m_parts; // parts of the label being read
};

} // namespace comptoir
