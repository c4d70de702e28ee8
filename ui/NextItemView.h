#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace comptoir {

namespace desk {
struct CaptureResult;
}

class FloorPlanView;
class PullListPage;

// The pull run, full screen: one line at a time in walking order, large enough to read from the
// shelves, with the floor plan lighting up the zone. Scan the item → found and checked in at once
// (its destination shown under the next line), next; N → not found (with a reason); S or → → skip
// for now; Esc → back to the list. Lines already marked are passed.
class NextItemView : public QDialog
{
    Q_OBJECT
public:
    // The keys of "not found" and "skip" (translated: a letter that means it).
    static QString notFoundKey();
    static QString skipKey();
    NextItemView(PullListPage& page, QWidget* parent = nullptr);

    // What is shown: the barcode of the current line, empty when every line is marked.
    QString current() const { return m_current; }
    void scan(const QString& code);
    void skip();
    void notFound();
    FloorPlanView* floorPlan() const { return m_plan; }
    QLabel* callNumberLabel() const { return m_callNumber; }
    QLineEdit* scanField() const { return m_scan; }
    QLabel* message() const { return m_message; }
    QLabel* detailsLabel() const { return m_details; }
    // What the run waits for from the network store, or why it goes on without it (hidden when
    // there is nothing to say), as over the list.
    QLabel* coordinationNote() const { return m_coordination; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void advance(bool fromStart);
    void show(int index);
    void say(const QString& text, const QString& colour);
    void checkedIn(const QString& barcode, const desk::CaptureResult& result);
    // The line can be walked to: still to pull, not given to or taken at another desk.
    bool walkable(int index) const;
    void listChanged();

    PullListPage& m_page;
    int m_index = -1;
    QString m_current;
    QLabel* m_progress;
    QLabel* m_zone;
    QLabel* m_callNumber;
    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_message;
    QLabel* m_coordination;
    QLineEdit* m_scan;
    FloorPlanView* m_plan;
};

} // namespace comptoir
