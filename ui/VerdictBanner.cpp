#include "VerdictBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace comptoir {

VerdictBanner::VerdictBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_note(new QLabel(this))
    , m_why(new QLabel(this))
{
    setObjectName(QStringLiteral("verdictBanner"));
    setMinimumHeight(120);
    // Grows with its text: a title that wraps (a narrower window, the help panel open) is never cut.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->setSpacing(24);
    QFont iconFont = m_icon->font();
    iconFont.setPointSize(44);
    iconFont.setBold(true);
    m_icon->setFont(iconFont);
    m_icon->setFixedWidth(80);
    m_icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_icon);
    auto* texts = new QVBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setPointSize(26);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("verdictTitle"));
    m_title->setWordWrap(true);
    QFont detailFont = m_detail->font();
    detailFont.setPointSize(15);
    m_detail->setFont(detailFont);
    m_detail->setObjectName(QStringLiteral("verdictDetail"));
    m_detail->setWordWrap(true);
    texts->addStretch();
    texts->addWidget(m_title);
    texts->addWidget(m_detail);
    QFont noteFont = m_detail->font();
    noteFont.setPointSize(12);
    m_note->setFont(noteFont);
    m_note->setObjectName(QStringLiteral("verdictNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setFocusPolicy(Qt::NoFocus);
    m_note->hide();
    texts->addWidget(m_note);
    texts->addStretch();
    layout->addLayout(texts, 1);
    // "Why?": the help passage of this verdict, with a click; never in the way of the scan field.
    m_why->setObjectName(QStringLiteral("verdictWhy"));
    m_why->setFocusPolicy(Qt::NoFocus);
    m_why->setTextFormat(Qt::RichText);
    m_why->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    QFont whyFont = m_detail->font();
    whyFont.setPointSize(12);
    m_why->setFont(whyFont);
    m_why->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    connect(m_why, &QLabel::linkActivated, this, &VerdictBanner::helpRequested);
    layout->addWidget(m_why, 0, Qt::AlignBottom);
    setVerdict(
        Verdict{VerdictKind::Idle, tr("Ready to scan"), tr("Scan a document, a patron card, a crate or a bag label.")});
}

QColor VerdictBanner::background(VerdictKind kind)
{
    switch (kind) {
    case VerdictKind::Idle:
        return QColor(0xe8, 0xea, 0xed);
    case VerdictKind::Success:
        return QColor(0x1e, 0x7b, 0x34);
    case VerdictKind::HoldHere:
        return QColor(0x13, 0x73, 0x3b);
    case VerdictKind::Transit:
        return QColor(0x15, 0x5e, 0xa8);
    case VerdictKind::Bag:
        return QColor(0x6a, 0x3d, 0x9a);
    case VerdictKind::Reshelve:
        return QColor(0x5f, 0x63, 0x68);
    case VerdictKind::Warning:
        return QColor(0xf2, 0xa9, 0x00);
    case VerdictKind::Error:
        return QColor(0xc5, 0x22, 0x1f);
    case VerdictKind::Provisional:
        return QColor(0xb0, 0x60, 0x00);
    }
    return Qt::white;
}

QColor VerdictBanner::foreground(VerdictKind kind)
{
    return (kind == VerdictKind::Idle || kind == VerdictKind::Warning) ? QColor(0x20, 0x21, 0x24) : QColor(Qt::white);
}

QString VerdictBanner::glyph(VerdictKind kind)
{
    switch (kind) {
    case VerdictKind::Idle:
        return QStringLiteral("\u25B7"); // ▷
    case VerdictKind::Success:
        return QStringLiteral("\u2714"); // ✔
    case VerdictKind::HoldHere:
        return QStringLiteral("\u2691"); // ⚑
    case VerdictKind::Transit:
        return QStringLiteral("\u27A4"); // ➤
    case VerdictKind::Bag:
        return QStringLiteral("\u25A3"); // ▣
    case VerdictKind::Reshelve:
        return QStringLiteral("\u21B6"); // ↶
    case VerdictKind::Warning:
        return QStringLiteral("!");
    case VerdictKind::Error:
        return QStringLiteral("\u2716"); // ✖
    case VerdictKind::Provisional:
        return QStringLiteral("?");
    }
    return {};
}

QString VerdictBanner::kindName(VerdictKind kind)
{
    switch (kind) {
    case VerdictKind::Idle:
        return QStringLiteral("idle");
    case VerdictKind::Success:
        return QStringLiteral("success");
    case VerdictKind::HoldHere:
        return QStringLiteral("hold-here");
    case VerdictKind::Transit:
        return QStringLiteral("transit");
    case VerdictKind::Bag:
        return QStringLiteral("bag");
    case VerdictKind::Reshelve:
        return QStringLiteral("reshelve");
    case VerdictKind::Warning:
        return QStringLiteral("warning");
    case VerdictKind::Error:
        return QStringLiteral("error");
    case VerdictKind::Provisional:
        return QStringLiteral("provisional");
    }
    return {};
}

QString VerdictBanner::helpTarget(VerdictKind kind)
{
    if (kind == VerdictKind::Idle)
        return {};
    return QStringLiteral("bandeau.html#") + kindName(kind);
}

void VerdictBanner::setVerdict(const Verdict& verdict)
{
    m_verdict = verdict;
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background(verdict.kind));
    pal.setColor(QPalette::WindowText, foreground(verdict.kind));
    setPalette(pal);
    for (QLabel* label : {m_icon, m_title, m_detail})
        label->setPalette(pal);
    m_icon->setText(glyph(verdict.kind));
    m_title->setText(verdict.title);
    m_detail->setText(verdict.detail);
    m_detail->setVisible(!verdict.detail.isEmpty());
    m_note->clear();
    m_note->hide();
    m_why->setPalette(pal);
    setWhy(verdict.help.isEmpty() ? helpTarget(verdict.kind) : verdict.help);
    setProperty("verdictKind", kindName(verdict.kind));
    setAccessibleName(verdict.title);
    setAccessibleDescription(verdict.detail);
}

void VerdictBanner::setWhy(const QString& target)
{
    m_whyTarget = target;
    m_why->setText(target.isEmpty() ? QString()
                                    : QStringLiteral("<a href=\"%1\" style=\"color: %2;\">%3</a>")
                                          .arg(target, foreground(m_verdict.kind).name(), tr("Why?")));
    m_why->setVisible(!target.isEmpty());
}

void VerdictBanner::setNote(const QString& text, bool problem, const QString& help)
{
    if (problem && !help.isEmpty())
        setWhy(help);
    // On the verdict's own colour, a problem is marked by its sign, not by a colour that could
    // read as another verdict.
    m_note->setPalette(m_detail->palette());
    m_note->setText(problem ? QStringLiteral("\u26A0 ") + text : text);
    m_note->setVisible(!text.isEmpty());
}

QString VerdictBanner::note() const
{
    return m_note->text();
}

} // namespace comptoir
