#include "NextItemView.h"

#include "FloorPlanView.h"
#include "PullListPage.h"

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
    auto* help =
        new QLabel(tr("Scan the item when you have it · N: not found · S or →: skip · Esc: back to the list"), this);
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
    const QString plan = m_page.shelfLayout().floorPlan;
    m_plan->setVisible(m_plan->load(plan));
    advance(true);
    m_scan->setFocus();
}

void NextItemView::advance(bool fromStart)
{
    const auto& lines = m_page.lines();
    const int start = fromStart ? 0 : m_index + 1;
    for (int k = 0; k < lines.size(); ++k) {
        const int i = int((start + k) % lines.size());
        if (m_page.state(lines[i].barcode) == PullListPage::State::ToPull) {
            show(i);
            return;
        }
    }
    show(-1);
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
    m_details->setText(
        tr("Location %1 · barcode %2 · for %3%4")
            .arg(line.location, line.barcode, line.pickup, line.holdGroupId ? tr(" (click & collect)") : QString()));
    m_plan->setHighlight(line.zoneIndex >= 0 ? layout.zones[line.zoneIndex].id : QString());
}

void NextItemView::scan(const QString& code)
{
    if (m_page.markFound(code)) {
        m_message->setText(code == m_current ? tr("✔ Found") : tr("✔ Found (another line of the list)"));
        m_message->setStyleSheet(QStringLiteral("color: #1b7f2a"));
        advance(code != m_current); // another line: start again from the top
    } else {
        m_message->setText(tr("✘ %1 is not on the pull list").arg(code));
        m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    }
}

void NextItemView::skip()
{
    if (m_index >= 0)
        advance(false);
}

void NextItemView::notFound()
{
    if (m_current.isEmpty())
        return;
    const QString reason = m_page.askReason ? m_page.askReason() : QString();
    if (!reason.isEmpty() && m_page.markNotFound(m_current, reason)) {
        m_message->setText(tr("Not found: %1").arg(reason));
        m_message->setStyleSheet(QString());
        advance(false);
    }
}

bool NextItemView::eventFilter(QObject* watched, QEvent* event)
{
    // N, S and → act only when the scan field is empty, so that a typed barcode is never taken for a command.
    if (watched == m_scan && event->type() == QEvent::KeyPress && m_scan->text().isEmpty()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_N) {
            notFound();
            return true;
        }
        if (key == Qt::Key_S || key == Qt::Key_Right) {
            skip();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace comptoir
