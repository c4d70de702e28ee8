#include "ScanField.h"

#include "crates/Manifest.h"

#include <QKeyEvent>

namespace comptoir {

ScanField::ScanField(QWidget* parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("scanField"));
    setPlaceholderText(tr("Scan or type a barcode, then Enter"));
    setAccessibleName(tr("Scan field"));
    setClearButtonEnabled(true);
    setMaxLength(int(crates::MaxPartLength)); // a crate label's QR code, as a 2D scanner types it
    QFont f = font();
    f.setPointSize(18);
    setFont(f);
    setMinimumHeight(48);
    connect(this, &QLineEdit::returnPressed, this, &ScanField::submit);
}

void ScanField::keyPressEvent(QKeyEvent* event)
{
    if (text().isEmpty() && event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Up:
            Q_EMIT rowKey(-1);
            return;
        case Qt::Key_Down:
            Q_EMIT rowKey(1);
            return;
        case Qt::Key_PageUp:
            Q_EMIT rowKey(-10);
            return;
        case Qt::Key_PageDown:
            Q_EMIT rowKey(10);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            Q_EMIT emptyEnter();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void ScanField::submit()
{
    QString code;
    code.reserve(text().size());
    for (const QChar c : text()) {
        if (!c.isNull() && c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            code.append(c);
    }
    code = code.trimmed();
    clear();
    if (!code.isEmpty())
        Q_EMIT scanned(code);
}

} // namespace comptoir
