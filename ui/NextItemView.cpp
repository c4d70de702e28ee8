#include "NextItemView.h"

#include "FloorPlanView.h"
#include "PullListPage.h"
#include "Verdict.h"
#include "desk/CaptureService.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace comptoir {

namespace {

QLabel* bigLabel(int points, bool bold, QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setPointSize(points);
    f.setBold(bold);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

} // namespace

NextItemView::NextItemView(PullListPage& page, QWidget* parent)
    : QDialog(parent)
    , m_page(page)
    , m_progress(bigLabel(20, true, this))
    , m_zone(bigLabel(22, true, this))
    , m_callNumber(bigLabel(48, true, this))
    , m_title(bigLabel(22, false, this))
    , m_details(bigLabel(16, false, this))
    , m_message(bigLabel(16, true, this))
    , m_coordination(bigLabel(14, false, this))
    , m_scan(new QLineEdit(this))
    , m_plan(new FloorPlanView(this))
{
    setObjectName(QStringLiteral("nextItemView"));
    setWindowTitle(tr("Pull run"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    auto* top = new QHBoxLayout;
    top->addWidget(m_zone, 1);
    top->addWidget(m_progress);
    layout->addLayout(top);
    auto* middle = new QHBoxLayout;
    auto* text = new QVBoxLayout;
    m_callNumber->setObjectName(QStringLiteral("nextCallNumber"));
    text->addWidget(m_callNumber);
    text->addWidget(m_title);
    text->addWidget(m_details);
    text->addStretch();
    middle->addLayout(text, 3);
    middle->addWidget(m_plan, 2);
    layout->addLayout(middle, 1);
    m_message->setObjectName(QStringLiteral("nextMessage"));
    layout->addWidget(m_message);
    m_coordination->setObjectName(QStringLiteral("nextCoordinationNote"));
    m_coordination->setText(m_page.coordinationNote()->text());
    m_coordination->setVisible(!m_coordination->text().isEmpty());
    layout->addWidget(m_coordination);
    connect(&m_page, &PullListPage::coordinationNoteChanged, this, [this](const QString& note) {
        m_coordination->setText(note);
        m_coordination->setVisible(!note.isEmpty());
    });
    auto* help = new QLabel(tr("Scan the item when you have it · %1: not found · %2 or →: skip · Esc: back to the list")
                                .arg(notFoundKey(), skipKey()),
                            this);
    layout->addWidget(help);
    m_scan->setPlaceholderText(tr("Scan…"));
    m_scan->installEventFilter(this);
    layout->addWidget(m_scan);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_scan->text().trimmed();
        m_scan->clear();
        if (!code.isEmpty())
            scan(code);
    });
    // Check-ins answer after the run has moved on; a scan from another device marks lines too.
    connect(&m_page, &PullListPage::checkedIn, this, &NextItemView::checkedIn);
    connect(&m_page, &PullListPage::progressChanged, this, &NextItemView::listChanged);
    const QString plan = m_page.shelfLayout().floorPlan;
    m_plan->setVisible(m_plan->load(plan));
    advance(true);
    m_scan->setFocus();
}

bool NextItemView::walkable(int index) const
{
    const QString& barcode = m_page.lines()[index].barcode;
    return m_page.state(barcode) == PullListPage::State::ToPull && !m_page.givenToOtherDesk(index) &&
           !m_page.takenElsewhere(barcode);
}

void NextItemView::advance(bool fromStart)
{
    const auto& lines = m_page.lines();
    const int start = fromStart ? 0 : m_index + 1;
    for (int k = 0; k < lines.size(); ++k) {
        const int i = int((start + k) % lines.size());
        if (walkable(i)) {
            show(i);
            return;
        }
    }
    show(-1);
}

void NextItemView::listChanged()
{
    // The list was read again (a line pulled here or at another desk, zones split): the line shown
    // keeps its place by its barcode; gone, pulled or taken elsewhere, the run moves on.
    m_progress->setText(m_page.progressText());
    if (m_current.isEmpty())
        return;
    const auto& lines = m_page.lines();
    int at = -1;
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].barcode == m_current) {
            at = i;
            break;
        }
    if (at >= 0) {
        m_index = at;
        if (walkable(at))
            return;
    }
    QString by;
    if (m_page.state(m_current) == PullListPage::State::ToPull && m_page.takenElsewhere(m_current, &by))
        say(tr("%1 was pulled or claimed at another desk (%2): on to the next line.").arg(m_current, by),
            QStringLiteral("#8a5a00"));
    advance(false);
}

void NextItemView::show(int index)
{
    m_index = index;
    m_progress->setText(m_page.progressText());
    if (index < 0) {
        m_current.clear();
        m_zone->clear();
        m_callNumber->setText(tr("All done"));
        m_title->setText(tr("Every line of the pull list is marked."));
        m_details->clear();
        m_plan->setHighlight(QString());
        return;
    }
    const desk::PullLine& line = m_page.lines()[index];
    m_current = line.barcode;
    const desk::ShelfLayout& layout = m_page.shelfLayout();
    m_zone->setText(line.zoneIndex >= 0 ? line.zone : tr("(no zone)"));
    m_callNumber->setText(line.callNumber.isEmpty() ? tr("(no call number)") : line.callNumber);
    m_title->setText(line.author.isEmpty() ? line.title : tr("%1 — %2").arg(line.title, line.author));
    m_details->setText(tr("Location %1 · barcode %2 · for %3%4")
                           .arg(m_page.locationName(line.location), line.barcode, m_page.pickupName(line.pickup),
                                line.holdGroupId ? tr(" (click & collect)") : QString()));
    m_details->setToolTip(tr("Location %1 · for %2").arg(line.location, line.pickup));
    m_plan->setHighlight(line.zoneIndex >= 0 ? layout.zones[line.zoneIndex].id : QString());
}

void NextItemView::say(const QString& text, const QString& colour)
{
    m_message->setText(text);
    m_message->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1").arg(colour));
}

void NextItemView::scan(const QString& code)
{
    const bool current = code == m_current;
    if (m_page.pull(code)) {
        // Checked in at once: its destination comes with the check-in's answer (checkedIn()).
        if (!m_page.checkin)
            say(current ? tr("✔ Found") : tr("✔ Found (another line of the list)"), QStringLiteral("#1b7f2a"));
        else if (m_page.verdictOf(code).title.isEmpty())
            say(current ? tr("✔ Found: checking it in…") : tr("✔ Found (another line of the list): checking it in…"),
                QStringLiteral("#1b7f2a"));
        if (!m_current.isEmpty() && m_page.state(m_current) != PullListPage::State::ToPull)
            advance(false); // not moved on already by the page's progress
    } else {
        say(QStringLiteral("✘ ") + m_page.whyNotListed(code), QStringLiteral("#b3261e"));
    }
}

void NextItemView::checkedIn(const QString& barcode, const desk::CaptureResult& result)
{
    QString callNumber;
    for (const desk::PullLine& line : m_page.lines())
        if (line.barcode == barcode)
            callNumber = line.callNumber;
    const QString what = callNumber.isEmpty() ? barcode : callNumber;
    const Verdict& v = result.verdict;
    const bool bad = v.kind == VerdictKind::Error || v.kind == VerdictKind::Warning;
    say(tr("✔ %1 checked in: %2").arg(what, v.title) +
            (v.detail.isEmpty() ? QString() : QStringLiteral(" — ") + v.detail),
        bad ? QStringLiteral("#b3261e") : QStringLiteral("#1b7f2a"));
}

void NextItemView::skip()
{
    if (m_index < 0)
        return;
    say(QString(), QString()); // the message was about the line left behind
    advance(false);
}

void NextItemView::notFound()
{
    if (m_current.isEmpty())
        return;
    const QString reason = m_page.askReason ? m_page.askReason() : QString();
    const QString line = m_current;
    if (!reason.isEmpty() && m_page.markNotFound(line, reason)) {
        say(tr("Not found: %1").arg(reason), QString());
        if (m_current == line) // not moved on already by the page's progress
            advance(false);
    }
}

// The letters of the two commands, in the interface's language (French: I for « introuvable »,
// P for « passer »).
QString NextItemView::notFoundKey()
{
    return tr("N", "key: not found").left(1).toUpper();
}

QString NextItemView::skipKey()
{
    return tr("S", "key: skip").left(1).toUpper();
}

bool NextItemView::eventFilter(QObject* watched, QEvent* event)
{
    // N, S and → act only when the scan field is empty, so that a typed barcode is never taken for a command.
    if (watched == m_scan && event->type() == QEvent::KeyPress && m_scan->text().isEmpty()) {
        const auto* keyEvent = static_cast<QKeyEvent*>(event);
        const int key = keyEvent->key();
        const QString typed = keyEvent->text().toUpper();
        if (!typed.isEmpty() && typed == notFoundKey()) {
            notFound();
            return true;
        }
        if ((!typed.isEmpty() && typed == skipKey()) || key == Qt::Key_Right) {
            skip();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace comptoir
