// Help where staff need it: F1 on every page opens its help beside the page without taking the
// scan field's focus; each verdict's "Why?" leads to the passage that explains it; every link of
// the help resolves; the help is searchable (accents ignored); each job's card prints as a PDF.
#include "HelpPanel.h"
#include "I18n.h"
#include "MainWindow.h"
#include "ScanField.h"
#include "Settings.h"
#include "VerdictBanner.h"
#include "store/LocalStore.h"
#include "support/MockClock.h"
#include "support/RecordingSoundSink.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace comptoir;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    test::MockClock clock;
    LocalStore store{dir.path(), clock};
    Settings settings{dir.filePath(QStringLiteral("comptoir.ini"))};
    test::RecordingSoundSink sound;
    std::unique_ptr<MainWindow> window;

    bool start()
    {
        if (!store.open().ok())
            return false;
        window = std::make_unique<MainWindow>(store, settings, sound);
        window->show();
        QApplication::setActiveWindow(window.get());
        return QTest::qWaitForWindowActive(window.get());
    }
};

void saveShot(QWidget* widget, const QString& name)
{
    const QString shots = qEnvironmentVariable("COMPTOIR_SHOTS");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    widget->grab().save(QDir(shots).filePath(name));
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void f1OpensTheHelpOfEveryPageAndKeepsTheFocus_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void f1OpensTheHelpOfEveryPageAndKeepsTheFocus()
    {
        QFETCH(QString, language);
        QVERIFY(i18n::install(*qApp, language));
        Fixture f;
        QVERIFY(f.start());
        MainWindow& w = *f.window;
        HelpPanel* help = w.helpPanel();
        QVERIFY(!help->isVisible());
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            const auto page = MainWindow::Page(i);
            w.selectPage(page);
            QTest::keyClick(&w, Qt::Key_F1);
            QVERIFY2(help->isVisible(), qPrintable(MainWindow::helpId(page)));
            const QString text = help->browser()->toPlainText();
            QVERIFY2(text.size() > 200, qPrintable(MainWindow::helpId(page) + QStringLiteral(": ") + text));
            QVERIFY(!HelpPanel::pageHtml(MainWindow::helpId(page)).isEmpty());
            // The scan field keeps the focus: a scan goes on working with the help open.
            QVERIFY(w.scanField()->hasFocus());
            if (page == MainWindow::Page::Capture)
                saveShot(&w, QStringLiteral("help-%1-capture.png").arg(language));
            QTest::keyClick(&w, Qt::Key_F1);
            QVERIFY(!help->isVisible());
        }
        // Open, then another page: the panel follows.
        w.selectPage(MainWindow::Page::Capture);
        QTest::keyClick(&w, Qt::Key_F1);
        w.selectPage(MainWindow::Page::HoldShelf);
        QCOMPARE(help->currentPage(), QStringLiteral("hold-shelf"));
    }

    void whyLeadsToThePassageOfEachVerdict()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("fr")));
        Fixture f;
        QVERIFY(f.start());
        MainWindow& w = *f.window;
        for (VerdictKind kind : AllVerdictKinds) {
            const QString target = VerdictBanner::helpTarget(kind);
            QVERIFY2(HelpPanel::resolves(target), qPrintable(target));
            w.showVerdict(Verdict{kind, QStringLiteral("Titre"), QStringLiteral("Détail")});
            QLabel* why = w.banner()->whyLink();
            QVERIFY(why->isVisible());
            QVERIFY(why->text().contains(QStringLiteral("Pourquoi")));
            QVERIFY(why->text().contains(target));
            Q_EMIT why->linkActivated(target);
            QVERIFY(w.helpPanel()->isVisible());
            QVERIFY(w.helpPanel()->browser()->toPlainText().contains(QStringLiteral("bandeau")));
        }
        w.showVerdict(Verdict{VerdictKind::Transit, QStringLiteral("Navette : Bibliothèque Victor-Hugo"),
                              QStringLiteral("Caisse pour Bibliothèque Victor-Hugo — 12e document")});
        Q_EMIT w.banner()->whyLink()->linkActivated(VerdictBanner::helpTarget(VerdictKind::Transit));
        QTest::qWait(100); // the layout settles, as the event loop does at the counter
        // With the help open the verdict's title wraps: the banner grows, nothing is cut.
        QVERIFY(w.banner()->height() >= w.banner()->heightForWidth(w.banner()->width()));
        saveShot(&w, QStringLiteral("help-fr-why-transit.png"));
    }

    void everyLinkOfTheHelpResolves_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyLinkOfTheHelpResolves()
    {
        QFETCH(QString, language);
        QVERIFY(i18n::install(*qApp, language));
        static const QRegularExpression link(QStringLiteral("href=\"([^\"]+)\""));
        const QStringList pages = HelpPanel::pages();
        QVERIFY(pages.size() >= 8);
        int links = 0;
        for (const QString& page : pages) {
            auto it = link.globalMatch(HelpPanel::pageHtml(page));
            while (it.hasNext()) {
                const QString target = it.next().captured(1);
                QVERIFY2(HelpPanel::resolves(target), qPrintable(page + QStringLiteral(" → ") + target));
                ++links;
            }
        }
        QVERIFY(links > 0);
        // The same pages in both languages.
        QVERIFY(i18n::install(*qApp, language == QLatin1String("fr") ? QStringLiteral("en") : QStringLiteral("fr")));
        QCOMPARE(HelpPanel::pages(), pages);
    }

    // Every screenshot a help page shows is shipped, and the panel loads it.
    void everyImageOfTheHelpResolves_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyImageOfTheHelpResolves()
    {
        QFETCH(QString, language);
        QVERIFY(i18n::install(*qApp, language));
        static const QRegularExpression image(QStringLiteral("<img [^>]*src=\"([^\"]+)\""));
        HelpPanel panel;
        int images = 0;
        for (const QString& page : HelpPanel::pages()) {
            panel.showPage(page);
            auto it = image.globalMatch(HelpPanel::pageHtml(page));
            while (it.hasNext()) {
                const QString src = it.next().captured(1);
                const QImage shipped(QStringLiteral(":/help/%1/%2").arg(language, src));
                QVERIFY2(!shipped.isNull(), qPrintable(page + QStringLiteral(" → ") + src));
                QVERIFY2(shipped.width() <= 800, qPrintable(src));
                // As the panel shows it: found through its search path.
                const QVariant loaded = panel.browser()->loadResource(QTextDocument::ImageResource, QUrl(src));
                QVERIFY2(loaded.isValid(), qPrintable(page + QStringLiteral(" → ") + src));
                ++images;
            }
        }
        // Every page of the window shows its screenshot.
        QVERIFY2(images >= MainWindow::PageCount, qPrintable(QString::number(images)));
    }

    // The error messages staff may not understand lead to their own passage, which says what to do.
    void whyLeadsToThePassageOfEachMessage()
    {
        for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            QVERIFY(i18n::install(*qApp, language));
            for (const QString& target : help::All)
                QVERIFY2(HelpPanel::resolves(target), qPrintable(language + QStringLiteral(": ") + target));
        }
        QVERIFY(i18n::install(*qApp, QStringLiteral("fr")));
        Fixture f;
        QVERIFY(f.start());
        MainWindow& w = *f.window;
        // A verdict with its own passage: "Why?" leads there, not to the colour's.
        w.showVerdict(Verdict{VerdictKind::Error, QStringLiteral("Puce illisible"), QStringLiteral("…"),
                              help::UnreadableTag});
        QCOMPARE(w.banner()->whyTarget(), help::UnreadableTag);
        QVERIFY(w.banner()->whyLink()->text().contains(help::UnreadableTag));
        Q_EMIT w.banner()->whyLink()->linkActivated(w.banner()->whyTarget());
        QVERIFY(w.helpPanel()->isVisible());
        QVERIFY(w.helpPanel()->browser()->toPlainText().contains(QStringLiteral("Scannez le code-barres du document")));
        // A slip no printer took: the note's problem has its passage; the verdict stays.
        w.showVerdict(Verdict{VerdictKind::HoldHere, QStringLiteral("Étagère des réservations"), QString()});
        QCOMPARE(w.banner()->whyTarget(), VerdictBanner::helpTarget(VerdictKind::HoldHere));
        w.showNote(QStringLiteral("Ticket enregistré en PDF"), true, help::Printer);
        QCOMPARE(w.banner()->whyTarget(), help::Printer);
        QCOMPARE(w.banner()->verdict().kind, VerdictKind::HoldHere);
        // A plain note leaves "Why?" where it was.
        w.showVerdict(Verdict{VerdictKind::Transit, QStringLiteral("Navette"), QString()});
        w.showNote(QStringLiteral("Ticket imprimé"), false);
        QCOMPARE(w.banner()->whyTarget(), VerdictBanner::helpTarget(VerdictKind::Transit));
    }

    void searchIgnoresAccentsAndCase()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("fr")));
        HelpPanel panel;
        const QStringList found = panel.search(QStringLiteral("ETAGERE reservations"));
        QVERIFY2(found.contains(QStringLiteral("hold-shelf")), qPrintable(found.join(u',')));
        QVERIFY(panel.search(QStringLiteral("navette")).contains(QStringLiteral("crates")));
        QVERIFY(panel.search(QStringLiteral("zzzz")).isEmpty());
        QVERIFY(panel.browser()->toPlainText().contains(QStringLiteral("Rien")));
    }

    void eachJobsCardPrints()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("fr")));
        QTemporaryDir dir;
        for (const HelpPanel::Job& job : HelpPanel::jobs()) {
            const QString pdf = dir.filePath(job.id + QStringLiteral(".pdf"));
            QCOMPARE(HelpPanel::writeCardPdf(job, pdf), QString());
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(20000));
            // pdftotext gives the ligatures the font drew (« ﬀ », « ﬁ »): read them as letters.
            const QString content =
                QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
            QVERIFY2(content.contains(job.title), qPrintable(content));
            QVERIFY2(content.contains(QStringLiteral("F1")), qPrintable(content));
            QProcess info;
            info.start(QStringLiteral("pdfinfo"), {pdf});
            QVERIFY(info.waitForFinished(20000));
            static const QRegularExpression onePage(QStringLiteral("Pages:\\s+1\\n"));
            QVERIFY(onePage.match(QString::fromUtf8(info.readAllStandardOutput())).hasMatch());
        }
        const QString desk = dir.filePath(QStringLiteral("desk.pdf"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {desk, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("F9")));
        const QString shots = qEnvironmentVariable("COMPTOIR_SHOTS");
        if (!shots.isEmpty())
            QFile::copy(desk, QDir(shots).filePath(QStringLiteral("card-desk.pdf")));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
