#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace comptoir {

class Outbox;

// The actions recorded at this counter and their state with the library system: waiting to be
// sent, to review (refused by the ILS, with its reason), sent, or discarded. Staff retry or
// discard what is to review (discarding asks first; nothing disappears: discarded actions stay
// listed), and export the checkouts and returns as a Koha offline circulation file (.koc).
class OutboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPage(Outbox& outbox, QWidget* parent = nullptr);

    void refresh();
    void setStaff(const QString& staff) { m_staff = staff; }
    void showState(int state);

    // Replaceable for tests: the confirmation question and the file chooser.
    std::function<bool(const QString& question)> confirm;
    std::function<QString()> chooseKocFile;

    QTableWidget* table() const { return m_table; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* exportButton() const { return m_export; }
    void retrySelected();
    void discardSelected();
    void exportKoc();

Q_SIGNALS:
    // Actions were put back in the queue: the caller replays them.
    void retried();
    void changed();

private:
    QStringList selectedUuids() const;
    void updateButtons();

    Outbox& m_outbox;
    QString m_staff;
    QComboBox* m_state;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_retry;
    QPushButton* m_discard;
    QPushButton* m_export;
};

} // namespace comptoir
