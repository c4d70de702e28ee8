#pragma once

#include "formation/Course.h"

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace comptoir {

class MainWindow;
class Workstation;

// The guided course (comptoir --formation): the exercises in a side dock of the counter's window,
// never modal and never taking the focus from the scan field. Each exercise states its goal and
// what it is about in this network, gives hints one at a time, and "Check" reads the training
// library and the outbox to say what is left; score and time per exercise; a trainee summary to
// print (preview) or save as PDF.
class FormationPanel : public QDockWidget
{
    Q_OBJECT
public:
    FormationPanel(Workstation& workstation, MainWindow& window, const QList<formation::Exercise>& exercises);

    // Chooses each exercise's subjects; done by itself after the first sync that succeeds.
    void prepare();
    bool isPrepared() const { return m_prepared; }
    formation::Course& course() { return m_course; }

    void selectExercise(int index);
    int currentExercise() const { return m_current; }
    // Hint, answer, check: what the buttons do.
    QString showNextHint();
    void setAnswer(const QString& answer);
    void runCheck();
    // The messages of the last check of the current exercise, and whether it passed.
    QStringList lastMessages() const;
    bool lastPassed() const;
    QString subjectText() const;
    QString resultText() const;

    void setTraineeName(const QString& name);
    // The trainee's summary: every exercise, its score, time, hints and checks.
    QString summaryHtml() const;
    // Written as a PDF (A4); an error message, or empty.
    QString writeSummaryPdf(const QString& path) const;
    void previewSummary();

    // The shipped exercises and those of the network's folder (setting-free: next to the data).
    static QList<formation::Exercise> loadAll(const QString& networkFolder, QStringList* problems);
    // "comptoir --formation": empties the course's folder (only when it is one, or empty) before use.
    static Status freshFolder(const QString& dataDir);
    // A button in the counter's status bar that starts the course in its own window (a new process).
    static void addLauncher(MainWindow& window);

Q_SIGNALS:
    void checked(int index);

private:
    void refreshList();
    void refreshDetail();
    static QString duration(qint64 seconds);

    Workstation& m_workstation;
    MainWindow& m_window;
    formation::Course m_course;
    QList<formation::Exercise> m_exercises;
    bool m_prepared = false;
    int m_current = 0;
    bool m_checking = false;
    QString m_trainee;

    QListWidget* m_list;
    QLabel* m_title;
    QLabel* m_goal;
    QLabel* m_subjects;
    QLabel* m_question;
    QLineEdit* m_answer;
    QLabel* m_hints;
    QLabel* m_result;
    QLabel* m_score;
    QPushButton* m_hintButton;
    QPushButton* m_checkButton;
    QPushButton* m_summaryButton;
    QLineEdit* m_traineeField;
    QTimer* m_tick;
};

} // namespace comptoir
