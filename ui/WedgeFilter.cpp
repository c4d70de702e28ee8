#include "WedgeFilter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace comptoir {

WedgeFilter::WedgeFilter(devices::WedgeDetector::Tuning tuning, QObject* parent)
    : QObject(parent)
    , m_detector(tuning)
{
    m_clock.start();
    m_gap.setSingleShot(true);
    connect(&m_gap, &QTimer::timeout, this, [this] {
        // No key within the gap: a person typed what is held.
        replay(m_detector.flush());
    });
}

bool WedgeFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || m_replaying)
        return false;
    // In a dialog (settings, connection), what is typed or scanned belongs to its fields.
    if (QApplication::activeModalWidget()) {
        replay(m_detector.flush());
        return false;
    }
    // Key events travel from the window to the focus widget: act once, on the focus widget.
    QWidget* focus = QApplication::focusWidget();
    if (!watched->isWidgetType() || (focus ? watched != focus : !static_cast<QWidget*>(watched)->isWindow()))
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->isAutoRepeat())
        return false;
    const qint64 now = m_clock.elapsed();
    const bool terminator = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Tab;
    const bool command = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    QString text = key->text();
    if (command || text.isEmpty() || !text.front().isPrint())
        text.clear();
    if (key->key() == Qt::Key_Shift || key->key() == Qt::Key_AltGr)
        return false; // scanners press Shift for capitals: not the end of a burst
    const auto outcome = m_detector.key(text, terminator && !command, now);
    replay(outcome.replay);
    switch (outcome.decision) {
    case devices::WedgeDetector::Decision::Hold:
        m_target = watched;
        m_gap.start(m_detector.tuning().maxGapMs + 1);
        return true;
    case devices::WedgeDetector::Decision::Scan:
        m_gap.stop();
        Q_EMIT scanned(m_detector.code());
        return true;
    case devices::WedgeDetector::Decision::Pass:
        m_gap.stop();
        return false;
    }
    return false;
}

void WedgeFilter::replay(const QStringList& keys)
{
    if (keys.isEmpty())
        return;
    QObject* target = m_target ? m_target.data() : static_cast<QObject*>(QApplication::focusWidget());
    if (!target)
        return;
    m_replaying = true;
    for (const QString& text : keys) {
        const QChar c = text.isEmpty() ? QChar() : text.front().toUpper();
        const int code = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ? int(c.unicode()) : int(Qt::Key_unknown);
        QKeyEvent press(QEvent::KeyPress, code, Qt::NoModifier, text);
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, code, Qt::NoModifier, text);
        QApplication::sendEvent(target, &release);
    }
    m_replaying = false;
}

} // namespace comptoir
