#pragma once

#include <QLineEdit>

namespace comptoir {

// The desk's scan field: a big line edit that takes what a scanner types (or a person) and emits
// it on Enter. Leading and trailing blanks and control characters are removed; an empty
// submission is ignored.
class ScanField : public QLineEdit
{
    Q_OBJECT

public:
    explicit ScanField(QWidget* parent = nullptr);

Q_SIGNALS:
    void scanned(const QString& code);
    // With nothing typed, the arrows and Page Up/Down choose a row of the page's list (delta in
    // rows), and Enter acts on the chosen row: a scanner never sends these.
    void rowKey(int delta);
    void emptyEnter();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void submit();
};

} // namespace comptoir
