#pragma once

#include <QFrame>
#include <QStringList>

class QLineEdit;
class QPushButton;
class QTextBrowser;
class QLabel;

namespace comptoir {

// F1: the short help of the page on screen, in a side panel that never takes the focus from the
// scan field (its text is read, its links clicked; the search field takes the focus only when
// clicked). Help is shipped as resources (resources/help/<fr|en>/<page>.html), readable offline,
// searchable; each page's "card" block (its keys and flow) also makes a printable one-page card
// per job.
class HelpPanel : public QFrame
{
    Q_OBJECT
public:
    explicit HelpPanel(QWidget* parent = nullptr);

    // "fr" when the interface is French, else "en".
    static QString language();
    // The help file of a page ("capture") in the current language; empty when there is none.
    static QString pageHtml(const QString& page);
    // Every help page shipped, by id ("capture", "bandeau", …).
    static QStringList pages();
    // Whether a target "page.html#anchor" exists (the page, and the anchor in it).
    static bool resolves(const QString& target);
    // The one-page card of a job: the title and the "card" blocks of its pages.
    struct Job
    {
        QString id, title;
        QStringList pages;
    };
    static QList<Job> jobs();
    static QString cardHtml(const Job& job);
    // The card as a PDF (A4); an error message, or empty.
    static QString writeCardPdf(const Job& job, const QString& path);

    // Shows a page ("capture") or a target ("bandeau.html#transit").
    void showPage(const QString& page);
    void showTarget(const QString& target);
    // Lists the pages whose text holds every word of the query (accents and case ignored).
    QStringList search(const QString& query);
    QString currentPage() const { return m_page; }
    QTextBrowser* browser() const { return m_browser; }
    QLineEdit* searchField() const { return m_search; }

private:
    void printCard();

    QString m_page;
    QLabel* m_title;
    QLineEdit* m_search;
    QTextBrowser* m_browser;
    QPushButton* m_card;
};

} // namespace comptoir
