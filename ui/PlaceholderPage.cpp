#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace comptoir {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& purpose, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholderPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    auto* heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSize(20);
    f.setBold(true);
    heading->setFont(f);
    auto* status = new QLabel(tr("This page is not available yet in this version of Comptoir."), this);
    status->setObjectName(QStringLiteral("notBuiltYet"));
    QFont sf = status->font();
    sf.setPointSize(13);
    sf.setBold(true);
    status->setFont(sf);
    auto* what = new QLabel(purpose, this);
    what->setWordWrap(true);
    QFont wf = what->font();
    wf.setPointSize(12);
    what->setFont(wf);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(status);
    layout->addWidget(what);
    layout->addStretch();
}

} // namespace comptoir
