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

private:
    void submit();
};

} // namespace comptoir
