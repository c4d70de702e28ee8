#pragma once

#include "crates/Manifest.h"
#include "devices/TagData.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace comptoir {

class DeviceHub;

// The demo's simulated devices, driven by hand: a serial scanner to scan with, and an RFID pad to
// put tagged items on (in any of the three data models, a box set with a part missing, another
// library's item) and lift them off. They speak the real protocols over pseudo-terminals.
class DeviceTwinsWindow : public QWidget
{
    Q_OBJECT
public:
    struct Candidate
    {
        QString barcode;
        QString title;
    };
    DeviceTwinsWindow(DeviceHub& hub, std::function<QList<Candidate>()> candidates, QWidget* parent = nullptr);

    void reload();
    void placeSelected();
    void placeIncompleteBox();
    void placeForeignItem();
    void liftSelected();
    void liftAll();
    void scan(const QString& code);

    // Training: the crates other sites send here (desk/IncomingCrates.h), offered as "scan the
    // label of an incoming crate". The second is short of one item (a missing item when received),
    // the third holds one item its label does not list (an extra).
    std::function<QList<crates::Manifest>()> incomingCrates;
    // The chosen crate's label read by the simulated scanner (each QR code's text, as a 2D scanner
    // sends it); the items in the crate are listed for the pad. Returns the label's texts.
    QStringList scanIncomingCrate(int index);

private:
    void place(devices::TagModel model, const QString& owner, const QList<int>& parts, int total);
    void refreshPad();

    DeviceHub& m_hub;
    std::function<QList<Candidate>()> m_candidates;
    QLineEdit* m_code;
    QTableWidget* m_items;
    QComboBox* m_model;
    QListWidget* m_onPad;
    QComboBox* m_incoming = nullptr;
    QList<crates::Manifest> m_incomingList;
};

} // namespace comptoir
