#include "HelpPanel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace comptoir {

namespace {

QString readHelp(const QString& language, const QString& file)
{
    QFile f(QStringLiteral(":/help/%1/%2").arg(language, file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Lower case, accents dropped: « Étagère » and « etagere » are the same word to a search.
QString folded(const QString& text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out;
}

QString plainText(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

const QString Style = QStringLiteral(
    "<style>h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 10px; } td { padding: 2px 8px 2px 0; }"
    " td:first-child { font-weight: bold; white-space: nowrap; }</style>");

} // namespace

HelpPanel::HelpPanel(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_browser(new QTextBrowser(this))
    , m_card(new QPushButton(tr("Print the card of this job…"), this))
{
    setObjectName(QStringLiteral("helpPanel"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(340);
    setMaximumWidth(420);
    // Read, never typed into by accident: the scan field keeps the focus.
    setFocusPolicy(Qt::NoFocus);
    m_browser->setFocusPolicy(Qt::NoFocus);
    m_card->setFocusPolicy(Qt::NoFocus);
    m_search->setFocusPolicy(Qt::ClickFocus);
    m_search->setPlaceholderText(tr("Search the help"));
    m_search->setClearButtonEnabled(true);
    m_browser->setOpenLinks(false);
    m_browser->setObjectName(QStringLiteral("helpText"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    auto* top = new QHBoxLayout;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(tr("Help (F1 closes it)"));
    top->addWidget(m_title, 1);
    layout->addLayout(top);
    layout->addWidget(m_search);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_card);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        showTarget(url.toString(QUrl::RemoveScheme));
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            showPage(m_page);
    });
    connect(m_card, &QPushButton::clicked, this, &HelpPanel::printCard);
}

QString HelpPanel::language()
{
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QString HelpPanel::pageHtml(const QString& page)
{
    return readHelp(language(), page + QStringLiteral(".html"));
}

QStringList HelpPanel::pages()
{
    QStringList ids;
    for (const QString& file : QDir(QStringLiteral(":/help/") + language()).entryList({QStringLiteral("*.html")}))
        ids << file.chopped(5);
    return ids;
}

bool HelpPanel::resolves(const QString& target)
{
    const QString file = target.section(QLatin1Char('#'), 0, 0);
    const QString anchor = target.section(QLatin1Char('#'), 1);
    const QString html = readHelp(language(), file);
    if (html.isEmpty())
        return false;
    return anchor.isEmpty() || html.contains(QStringLiteral("id=\"%1\"").arg(anchor));
}

QList<HelpPanel::Job> HelpPanel::jobs()
{
    return {
        {QStringLiteral("desk"), tr("The lending desk"),
         {QStringLiteral("capture"), QStringLiteral("hold-shelf"), QStringLiteral("lookup")}},
        {QStringLiteral("pulling"), tr("Pulling the requests"), {QStringLiteral("pull-list"), QStringLiteral("capture")}},
        {QStringLiteral("click-collect"), tr("Click & collect"),
         {QStringLiteral("click-collect"), QStringLiteral("pull-list")}},
        {QStringLiteral("shuttle"), tr("The shuttle"), {QStringLiteral("crates"), QStringLiteral("capture")}},
        {QStringLiteral("outbox"), tr("Offline and the outbox"), {QStringLiteral("outbox")}},
    };
}

QString HelpPanel::cardHtml(const Job& job)
{
    static const QRegularExpression card(QStringLiteral(R"(<div class="card">(.*?)</div>)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression heading(QStringLiteral("<h1>(.*?)</h1>"));
    QString html = Style + QStringLiteral("<h1>%1</h1>").arg(job.title.toHtmlEscaped());
    for (const QString& page : job.pages) {
        const QString text = pageHtml(page);
        const auto title = heading.match(text);
        const auto block = card.match(text);
        if (!block.hasMatch())
            continue;
        html += QStringLiteral("<h2>%1</h2>").arg(title.hasMatch() ? title.captured(1) : page);
        QString keys = block.captured(1);
        keys.remove(QRegularExpression(QStringLiteral("<h2>.*?</h2>")));
        html += keys;
    }
    html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Comptoir — F1 on any page for its help.").toHtmlEscaped());
    return html;
}

QString HelpPanel::writeCardPdf(const Job& job, const QString& path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(job.title);
    pdf.setCreator(QStringLiteral("Comptoir"));
    QTextDocument doc;
    QFont font = doc.defaultFont();
    font.setPointSize(11);
    doc.setDefaultFont(font);
    doc.setHtml(cardHtml(job));
    QPainter painter;
    if (!painter.begin(&pdf))
        return tr("The card could not be written to %1.").arg(path);
    const QRect page = painter.viewport();
    const qreal scale = pdf.resolution() / 96.0;
    painter.scale(scale, scale);
    doc.setPageSize(QSizeF(page.width() / scale, page.height() / scale));
    doc.drawContents(&painter);
    painter.end();
    return {};
}

void HelpPanel::showPage(const QString& page)
{
    m_page = page;
    m_browser->setSearchPaths({QStringLiteral(":/help/") + language()}); // the pages' screenshots: img/<page>.png
    QString html = pageHtml(page);
    if (html.isEmpty())
        html = tr("<p>No help for this page yet.</p>");
    m_browser->setHtml(Style + html);
}

void HelpPanel::showTarget(const QString& target)
{
    const QString file = target.section(QLatin1Char('#'), 0, 0);
    const QString anchor = target.section(QLatin1Char('#'), 1);
    m_browser->setSearchPaths({QStringLiteral(":/help/") + language()});
    if (!file.isEmpty())
        m_browser->setHtml(Style + readHelp(language(), file.endsWith(QLatin1String(".html"))
                                                            ? file
                                                            : file + QStringLiteral(".html")));
    if (!anchor.isEmpty())
        m_browser->scrollToAnchor(anchor);
}

QStringList HelpPanel::search(const QString& query)
{
    const QStringList words = folded(query).split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
    QStringList found;
    QString html = Style + QStringLiteral("<h1>%1</h1><ul>").arg(tr("Search: %1").arg(query.toHtmlEscaped()));
    static const QRegularExpression heading(QStringLiteral("<h1>(.*?)</h1>"));
    for (const QString& page : pages()) {
        const QString text = pageHtml(page);
        const QString plain = folded(plainText(text));
        bool all = !words.isEmpty();
        for (const QString& word : words)
            all = all && plain.contains(word);
        if (!all)
            continue;
        found << page;
        const auto title = heading.match(text);
        html += QStringLiteral("<li><a href=\"%1.html\">%2</a></li>").arg(page, title.hasMatch() ? title.captured(1) : page);
    }
    html += QStringLiteral("</ul>");
    if (found.isEmpty())
        html += tr("<p>Nothing found.</p>");
    m_browser->setHtml(html);
    return found;
}

void HelpPanel::printCard()
{
    Job chosen = jobs().first();
    for (const Job& job : jobs())
        if (job.pages.contains(m_page)) {
            chosen = job;
            break;
        }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("The card of this job as PDF"),
        QDir::home().filePath(QStringLiteral("comptoir-%1.pdf").arg(chosen.id)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString problem = writeCardPdf(chosen, path);
    m_browser->setHtml(Style + (problem.isEmpty() ? tr("<p>Card written to %1.</p>").arg(path.toHtmlEscaped())
                                                  : QStringLiteral("<p>%1</p>").arg(problem.toHtmlEscaped())));
}

} // namespace comptoir
