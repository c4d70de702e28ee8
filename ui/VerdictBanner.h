#pragma once

#include "Verdict.h"

#include <QFrame>

class QLabel;

namespace comptoir {

// The large verdict shown after each scan: colour, icon and text, readable from a step away.
class VerdictBanner : public QFrame
{
    Q_OBJECT

public:
    explicit VerdictBanner(QWidget* parent = nullptr);

    void setVerdict(const Verdict& verdict);
    const Verdict& verdict() const { return m_verdict; }
    // A second line under the verdict for what happened around it (where the slip went, a device
    // that did not answer): it never replaces the verdict. Cleared by the next verdict.
    // help: the passage "Why?" leads to for the problem the note tells of (the verdict's otherwise).
    void setNote(const QString& text, bool problem, const QString& help = {});
    // Where "Why?" leads now: the note's problem, the verdict's own passage, or its kind's.
    QString whyTarget() const { return m_whyTarget; }
    QString note() const;

    // Background and text colours and the icon glyph of each kind (also used by tests).
    static QColor background(VerdictKind kind);
    static QColor foreground(VerdictKind kind);
    static QString glyph(VerdictKind kind);
    static QString kindName(VerdictKind kind);
    // Where "Why?" leads for a kind: the passage of the banner's help ("bandeau.html#transit").
    static QString helpTarget(VerdictKind kind);
    QLabel* whyLink() const { return m_why; }

Q_SIGNALS:
    // "Why?" was clicked: the help passage that explains this verdict and what to do.
    void helpRequested(const QString& target);

private:
    Verdict m_verdict;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_detail;
    QLabel* m_note;
    QLabel* m_why;
    QString m_whyTarget;
    void setWhy(const QString& target);
};

} // namespace comptoir
