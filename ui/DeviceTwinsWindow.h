#pragma once

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

private:
    void place(devices::TagModel model, const QString& owner, const QList<int>& parts, int total);
    void refreshPad();

    DeviceHub& m_hub;
    std::function<QList<Candidate>()> m_candidates;
    QLineEdit* m_code;
    QTableWidget* m_items;
    QComboBox* m_model;
    QListWidget* m_onPad;
};

} // namespace comptoir
