#include "FormationPanel.h"

#include "MainWindow.h"
#include "ScanField.h"
#include "Workstation.h"
#include "Settings.h"
#include "delivery/DeliveryService.h"
#include "desk/IlsSession.h"
#include "lockers/LockerConfig.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace comptoir {

namespace {

// The marker that says a folder is the course's own (emptied at each start).
const QString Marker = QStringLiteral(".comptoir-formation");

QLabel* wrapped(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

} // namespace

FormationPanel::FormationPanel(Workstation& workstation, MainWindow& window,
                               const QList<formation::Exercise>& exercises)
    : QDockWidget(tr("Training course"), &window)
    , m_workstation(workstation)
    , m_window(window)
    , m_course(workstation.store(), workstation.session().rest(), workstation.clock(), this)
    , m_exercises(exercises)
{
    setObjectName(QStringLiteral("formationPanel"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    setFocusPolicy(Qt::NoFocus);
    auto* body = new QWidget(this);
    auto* column = new QVBoxLayout(body);
    column->setContentsMargins(10, 6, 10, 8);

    m_list = new QListWidget(body);
    m_list->setObjectName(QStringLiteral("exerciseList"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setMinimumHeight(200);
    m_list->setMaximumHeight(240);
    column->addWidget(m_list);

    m_title = wrapped(body, QStringLiteral("exerciseTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    column->addWidget(m_title);
    m_goal = wrapped(body, QStringLiteral("exerciseGoal"));
    column->addWidget(m_goal);
    m_subjects = wrapped(body, QStringLiteral("exerciseSubjects"));
    m_subjects->setStyleSheet(QStringLiteral("QLabel { background: #eceff1; padding: 6px; }"));
    column->addWidget(m_subjects);
    m_question = wrapped(body, QStringLiteral("exerciseQuestion"));
    column->addWidget(m_question);
    m_answer = new QLineEdit(body);
    m_answer->setObjectName(QStringLiteral("exerciseAnswer"));
    m_answer->setFocusPolicy(Qt::ClickFocus); // typed into only when clicked: the scan field keeps the focus
    m_answer->setPlaceholderText(tr("Your answer (a number)"));
    connect(m_answer, &QLineEdit::textChanged, this, &FormationPanel::setAnswer);
    column->addWidget(m_answer);

    auto* buttons = new QHBoxLayout;
    m_hintButton = new QPushButton(tr("Hint"), body);
    m_hintButton->setObjectName(QStringLiteral("hintButton"));
    m_checkButton = new QPushButton(tr("Check my work"), body);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    for (QPushButton* b : {m_hintButton, m_checkButton}) {
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
    }
    column->addLayout(buttons);
    connect(m_hintButton, &QPushButton::clicked, this, [this] { showNextHint(); });
    connect(m_checkButton, &QPushButton::clicked, this, &FormationPanel::runCheck);
    m_hints = wrapped(body, QStringLiteral("exerciseHints"));
    column->addWidget(m_hints);
    m_result = wrapped(body, QStringLiteral("exerciseResult"));
    column->addWidget(m_result);
    m_score = wrapped(body, QStringLiteral("exerciseScore"));
    column->addWidget(m_score);
    column->addStretch(1);

    auto* trainee = new QHBoxLayout;
    m_traineeField = new QLineEdit(body);
    m_traineeField->setObjectName(QStringLiteral("traineeName"));
    m_traineeField->setFocusPolicy(Qt::ClickFocus);
    m_traineeField->setPlaceholderText(tr("Trainee's name"));
    connect(m_traineeField, &QLineEdit::textChanged, this, [this](const QString& name) { m_trainee = name.trimmed(); });
    trainee->addWidget(m_traineeField, 1);
    m_summaryButton = new QPushButton(tr("Trainee summary…"), body);
    m_summaryButton->setObjectName(QStringLiteral("summaryButton"));
    m_summaryButton->setFocusPolicy(Qt::NoFocus);
    connect(m_summaryButton, &QPushButton::clicked, this, &FormationPanel::previewSummary);
    trainee->addWidget(m_summaryButton);
    column->addLayout(trainee);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(body);
    setWidget(scroll);
    setMinimumWidth(300);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectExercise(row);
    });
    connect(&m_course, &formation::Course::changed, this, [this] {
        refreshList();
        refreshDetail();
    });
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_prepared)
            refreshDetail();
    });
    m_tick->start();
    // The subjects are chosen from what the counter knows once it has synced.
    connect(&workstation.session().sync(), &sync::SyncEngine::finished, this, [this](const Status& status) {
        if (status.ok() && !m_prepared)
            prepare();
    });
    m_window.addDockWidget(Qt::RightDockWidgetArea, this);
    m_title->setText(tr("Preparing the exercises…"));
    m_goal->setText(tr("The training library is being read; the exercises appear in a moment."));
    for (QWidget* w : {static_cast<QWidget*>(m_subjects), static_cast<QWidget*>(m_question),
                       static_cast<QWidget*>(m_answer)})
        w->hide();
    m_hintButton->setEnabled(false);
    m_checkButton->setEnabled(false);
}

QList<formation::Exercise> FormationPanel::loadAll(const QString& networkFolder, QStringList* problems)
{
    return formation::loadExercises(networkFolder, problems);
}

Status FormationPanel::freshFolder(const QString& dataDir)
{
    QDir dir(dataDir);
    if (dir.exists() && !dir.isEmpty() && !QFile::exists(dir.filePath(Marker)))
        return Error{QStringLiteral("formation.folder"),
                     tr("%1 is not empty and is not a training course's folder: give an empty folder with "
                        "--data-dir.")
                         .arg(QDir::toNativeSeparators(dataDir))};
    if (dir.exists() && !dir.removeRecursively())
        return Error{QStringLiteral("formation.folder"),
                     tr("The training course's folder %1 could not be emptied.").arg(QDir::toNativeSeparators(dataDir))};
    if (!QDir().mkpath(dataDir))
        return Error{QStringLiteral("formation.folder"),
                     tr("The training course's folder %1 could not be made.").arg(QDir::toNativeSeparators(dataDir))};
    QFile marker(dir.filePath(Marker));
    if (!marker.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("formation.folder"), marker.errorString()};
    marker.write("comptoir --formation\n");
    return {};
}

void FormationPanel::addLauncher(MainWindow& window)
{
    auto* button = new QToolButton(&window);
    button->setObjectName(QStringLiteral("formationButton"));
    button->setText(tr("Training course…"));
    button->setToolTip(tr("Start the guided course on a training library, in a window of its own"));
    button->setFocusPolicy(Qt::NoFocus);
    QObject::connect(button, &QToolButton::clicked, &window, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--formation")});
    });
    window.statusBar()->addPermanentWidget(button);
}

void FormationPanel::prepare()
{
    const QString site = m_workstation.session().settings().site;
    // The delivery location and the locker bank: the one set up, else the training library's.
    QString lockerBank = lockers::BankConfig::training({}).id;
    if (auto banks = lockers::banksFromJson(m_workstation.settings().value(settings::LockerBanks));
        banks && !banks.value().isEmpty())
        lockerBank = banks.value().first().id;
    m_course.setLocations(m_workstation.session().delivery().config().location, lockerBank);
    m_course.prepare(m_exercises, site, m_workstation.shelfLayout());
    m_prepared = true;
    m_hintButton->setEnabled(true);
    m_checkButton->setEnabled(true);
    refreshList();
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        selectExercise(0);
    }
}

QString FormationPanel::duration(qint64 seconds)
{
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void FormationPanel::refreshList()
{
    const QDateTime now = m_workstation.clock().now();
    const auto& attempts = m_course.attempts();
    while (m_list->count() < attempts.size())
        m_list->addItem(QString());
    for (int i = 0; i < attempts.size(); ++i) {
        const formation::Attempt& a = attempts[i];
        QString state;
        if (!a.setupProblem.isEmpty())
            state = tr("not available");
        else if (a.done)
            state = tr("done: %1 %, %2").arg(a.score).arg(duration(a.seconds(now)));
        else if (a.started.isValid())
            state = tr("in progress");
        else
            state = tr("to do");
        m_list->item(i)->setText(QStringLiteral("%1. %2 — %3").arg(i + 1).arg(a.exercise.title, state));
    }
}

QString FormationPanel::subjectText() const
{
    if (!m_prepared || m_current >= m_course.attempts().size())
        return {};
    const formation::Attempt& a = m_course.attempt(m_current);
    if (!a.setupProblem.isEmpty())
        return a.setupProblem;
    QStringList lines;
    const formation::Subjects& s = a.subjects;
    if (!s.patronCard.isEmpty())
        lines << tr("Patron: %1 (card %2)").arg(s.patronName, s.patronCard);
    if (s.orderId)
        lines << tr("Click & collect order %1").arg(s.orderId);
    const bool patronExercise = a.exercise.hasQuestion;
    if (!patronExercise) {
        lines << tr("%n document(s):", nullptr, int(s.documents.size()));
        for (const formation::Document& d : s.documents)
            lines << QStringLiteral("%1\n      %2")
                         .arg(d.barcode, d.title.size() > 26 ? d.title.left(25) + QChar(0x2026) : d.title);
    }
    return lines.join(QLatin1Char('\n'));
}

void FormationPanel::selectExercise(int index)
{
    if (!m_prepared || index < 0 || index >= m_course.attempts().size())
        return;
    m_current = index;
    if (m_list->currentRow() != index)
        m_list->setCurrentRow(index);
    m_course.start(index); // the clock runs from the moment the exercise is opened
    m_answer->blockSignals(true);
    m_answer->setText(m_course.attempt(index).answer);
    m_answer->blockSignals(false);
    refreshDetail();
    m_window.scanField()->setFocus(Qt::OtherFocusReason);
}

void FormationPanel::refreshDetail()
{
    if (!m_prepared || m_current >= m_course.attempts().size())
        return;
    const formation::Attempt& a = m_course.attempt(m_current);
    const formation::Exercise& ex = a.exercise;
    m_title->setText(ex.title);
    m_goal->setText(ex.goal);
    m_subjects->setText(subjectText());
    m_subjects->show();
    m_question->setText(ex.question.text);
    m_question->setVisible(ex.hasQuestion);
    m_answer->setVisible(ex.hasQuestion);
    QStringList hints;
    for (int i = 0; i < a.hintsTaken && i < ex.hints.size(); ++i)
        hints << tr("Hint %1: %2").arg(i + 1).arg(ex.hints[i]);
    m_hints->setText(hints.join(QLatin1Char('\n')));
    m_hints->setVisible(!hints.isEmpty());
    m_hintButton->setEnabled(a.hintsTaken < ex.hints.size() && !a.done);
    m_hintButton->setText(ex.hints.isEmpty() ? tr("Hint")
                                             : tr("Hint (%1 of %2)").arg(std::min(a.hintsTaken + 1, int(ex.hints.size())))
                                                   .arg(ex.hints.size()));
    m_result->setText(resultText());
    m_result->setStyleSheet(a.lastOutcomes.isEmpty() ? QString()
                            : lastPassed()           ? QStringLiteral("QLabel { color: #1b5e20; }")
                                                     : QStringLiteral("QLabel { color: #b71c1c; }"));
    m_score->setText(tr("Score: %1 % — time: %2 — hints: %3 — checks: %4")
                         .arg(a.score)
                         .arg(duration(a.seconds(m_workstation.clock().now())))
                         .arg(a.hintsTaken)
                         .arg(a.checksRun));
}

QString FormationPanel::showNextHint()
{
    if (!m_prepared)
        return {};
    const QString hint = m_course.nextHint(m_current);
    refreshDetail();
    m_window.scanField()->setFocus(Qt::OtherFocusReason);
    return hint;
}

void FormationPanel::setAnswer(const QString& answer)
{
    if (m_prepared)
        m_course.setAnswer(m_current, answer);
}

void FormationPanel::runCheck()
{
    if (!m_prepared || m_checking)
        return;
    m_checking = true;
    m_checkButton->setEnabled(false);
    m_result->setText(tr("Checking…"));
    const int index = m_current;
    m_course.check(index, [this, index](const QList<formation::CheckOutcome>&) {
        m_checking = false;
        m_checkButton->setEnabled(true);
        refreshList();
        refreshDetail();
        Q_EMIT checked(index);
    });
    m_window.scanField()->setFocus(Qt::OtherFocusReason);
}

QStringList FormationPanel::lastMessages() const
{
    QStringList out;
    if (!m_prepared)
        return out;
    for (const formation::CheckOutcome& o : m_course.attempt(m_current).lastOutcomes)
        if (!o.passed)
            out << o.message;
    return out;
}

bool FormationPanel::lastPassed() const
{
    if (!m_prepared)
        return false;
    const auto& outcomes = m_course.attempt(m_current).lastOutcomes;
    return !outcomes.isEmpty() && std::all_of(outcomes.begin(), outcomes.end(),
                                              [](const formation::CheckOutcome& o) { return o.passed; });
}

QString FormationPanel::resultText() const
{
    if (!m_prepared)
        return {};
    const formation::Attempt& a = m_course.attempt(m_current);
    if (a.lastOutcomes.isEmpty())
        return {};
    if (lastPassed())
        return tr("Well done: the exercise is complete.");
    QStringList lines;
    for (const QString& m : lastMessages())
        lines << QStringLiteral("• ") + m;
    return lines.join(QLatin1Char('\n'));
}

void FormationPanel::setTraineeName(const QString& name)
{
    m_traineeField->setText(name);
    m_trainee = name.trimmed();
}

QString FormationPanel::summaryHtml() const
{
    const QDateTime now = m_workstation.clock().now();
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Training course: trainee summary")));
    html += QStringLiteral("<p><b>%1</b> %2<br/><b>%3</b> %4<br/><b>%5</b> %6</p>")
                .arg(esc(tr("Trainee:")), esc(m_trainee.isEmpty() ? tr("(not named)") : m_trainee),
                     esc(tr("Date:")), esc(QLocale().toString(now.toLocalTime(), QLocale::ShortFormat)),
                     esc(tr("Library:")), esc(m_course.libraryName(m_course.site())));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (const QString& h : {tr("Exercise"), tr("Result"), tr("Score"), tr("Time"), tr("Hints"), tr("Checks")})
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");
    int done = 0, total = 0, scoreSum = 0;
    qint64 seconds = 0;
    for (const formation::Attempt& a : m_course.attempts()) {
        if (!a.setupProblem.isEmpty())
            continue;
        ++total;
        done += a.done;
        scoreSum += a.score;
        seconds += a.seconds(now);
        const QString result = a.done                ? tr("complete")
                               : a.started.isValid() ? tr("not finished")
                                                     : tr("not started");
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 %</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(a.exercise.title), esc(result))
                    .arg(a.score)
                    .arg(esc(duration(a.seconds(now))))
                    .arg(a.hintsTaken)
                    .arg(a.checksRun);
        // What was left at the last check, so the trainer knows what to go over.
        if (!a.done && !a.lastOutcomes.isEmpty()) {
            QStringList left;
            for (const formation::CheckOutcome& o : a.lastOutcomes)
                if (!o.passed)
                    left << esc(o.message);
            html += QStringLiteral("<tr><td colspan=\"6\"><i>%1</i></td></tr>").arg(left.join(QStringLiteral("<br/>")));
        }
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("%1 of %2 exercises complete; average score %3 %; total time %4.")
                             .arg(done)
                             .arg(total)
                             .arg(total ? scoreSum / total : 0)
                             .arg(duration(seconds))));
    html += QStringLiteral("</body></html>");
    return html;
}

QString FormationPanel::writeSummaryPdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("Training course: trainee summary"));
    writer.setCreator(QStringLiteral("Comptoir"));
    QTextDocument doc;
    doc.setHtml(summaryHtml());
    doc.print(&writer); // no page size of its own: laid out at screen resolution and scaled to the page

    if (!QFile::exists(path) || QFileInfo(path).size() == 0)
        return tr("The summary could not be written to %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

void FormationPanel::previewSummary()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, &m_window);
    preview.setWindowTitle(tr("Trainee summary"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) {
        QTextDocument doc;
        doc.setHtml(summaryHtml());
        doc.print(p);
    });
    preview.exec();
    m_window.scanField()->setFocus(Qt::OtherFocusReason);
}

} // namespace comptoir
