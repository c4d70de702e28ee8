#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace comptoir {

class Outbox;

// The actions recorded at this counter and their state with the library system: waiting to be
// sent, to review (refused by the ILS), sent, or discarded.
class OutboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPage(Outbox& outbox, QWidget* parent = nullptr);

    void refresh();

private:
    Outbox& m_outbox;
    QComboBox* m_state;
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace comptoir
