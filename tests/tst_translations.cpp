#include "CapturePage.h"
#include "ClickCollectPage.h"
#include "ConnectionDialog.h"
#include "DeviceHub.h"
#include "DeviceTwinsWindow.h"
#include "HoldShelfPage.h"
#include "I18n.h"
#include "LookupPage.h"
#include "MainWindow.h"
#include "NextItemView.h"
#include "PullListPage.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "desk/NetworkLookup.h"
#include "desk/ShelfLayout.h"
#include "print/TemplateStore.h"
#include "store/LocalStore.h"
#include "support/MockClock.h"
#include "support/RecordingSoundSink.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace comptoir;

// The French translation is complete: every message of the committed .ts is translated and
// finished, keeps its placeholders, and no string in the sources is missing from it.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Check
    {
        int messages = 0;
        QStringList problems;
    };

    static QSet<QString> placeholders(const QString& text)
    {
        static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
        QSet<QString> found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured(0));
        return found;
    }

    static Check check(const QString& tsPath)
    {
        Check result;
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly)) {
            result.problems << QStringLiteral("cannot read ") + tsPath;
            return result;
        }
        QDomDocument doc;
        if (!doc.setContent(&file)) {
            result.problems << QStringLiteral("not XML: ") + tsPath;
            return result;
        }
        const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement message = messages.at(i).toElement();
            const QString source = message.firstChildElement(QStringLiteral("source")).text();
            const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
            const QString type = translation.attribute(QStringLiteral("type"));
            ++result.messages;
            if (!type.isEmpty()) {
                result.problems << type + QStringLiteral(": ") + source;
                continue;
            }
            QStringList forms;
            if (message.attribute(QStringLiteral("numerus")) == QLatin1String("yes")) {
                const QDomNodeList nodes = translation.elementsByTagName(QStringLiteral("numerusform"));
                for (int j = 0; j < nodes.size(); ++j)
                    forms << nodes.at(j).toElement().text();
                if (forms.size() != 2)
                    result.problems << QStringLiteral("French needs 2 plural forms: ") + source;
            } else {
                forms << translation.text();
            }
            for (const QString& form : std::as_const(forms)) {
                if (form.trimmed().isEmpty())
                    result.problems << QStringLiteral("empty: ") + source;
                else if (placeholders(form) != placeholders(source))
                    result.problems << QStringLiteral("placeholders differ: ") + source + QStringLiteral(" -> ") + form;
            }
        }
        return result;
    }

    // French typography of one translated text: the rules of translations/GLOSSARY.md (Typography),
    // which tests/tools/french_typography.py applies. Punctuation is French punctuation when it
    // ends a word (followed by a space, the end, « » » or « ) ») or has a space before it; inside a
    // token it is left alone: « 14:05 », « %1:%2 », « 192.168.1.50:9100 », « ?q= ». HTML tags,
    // template tags « {{…}} » and URLs (« http://… ») are not French text and are skipped.
    static QStringList typographyProblems(const QString& text)
    {
        static const QRegularExpression notFrench(QStringLiteral(
            R"(<[A-Za-z/!][^<>]*>|&[A-Za-z]+;|&#x?[0-9A-Fa-f]+;|\{\{.*?\}\}|\b[a-z][a-z0-9+.-]*://\S*)"));
        QString t = text;
        t.replace(notFrench, QString(QChar(0xFFFC)));
        const QChar nbsp(0x00A0), narrow(0x202F);
        QStringList problems;
        for (qsizetype i = 1; i < t.size(); ++i) {
            const QChar c = t.at(i);
            if (c != u':' && c != u';' && c != u'!' && c != u'?')
                continue;
            const QChar prev = t.at(i - 1);
            const bool endsWord =
                i + 1 == t.size() || t.at(i + 1).isSpace() || t.at(i + 1) == u'»' || t.at(i + 1) == u')';
            if (!prev.isSpace() && !endsWord)
                continue; // inside a token
            const QChar wanted = c == u':' ? nbsp : narrow;
            if (prev == wanted)
                continue;
            const QString what = prev == u' '     ? QStringLiteral("an ordinary space")
                                 : prev.isSpace() ? QStringLiteral("the wrong space")
                                                  : QStringLiteral("no space");
            problems << what + QStringLiteral(" before « ") + c + QStringLiteral(" » (wanted U+") +
                            QString::number(wanted.unicode(), 16).toUpper().rightJustified(4, u'0') + u')';
        }
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (t.at(i) == u'«' && (i + 1 == t.size() || (t.at(i + 1) != narrow && t.at(i + 1) != nbsp)))
                problems << QStringLiteral("no no-break space after «");
            if (t.at(i) == u'»' && (i == 0 || (t.at(i - 1) != narrow && t.at(i - 1) != nbsp)))
                problems << QStringLiteral("no no-break space before »");
        }
        if (t.contains(u'\''))
            problems << QStringLiteral("a straight apostrophe (’ wanted)");
        if (t.contains(QLatin1String("(s)")))
            problems << QStringLiteral("« (s) »: a plural form is wanted");
        if (t.contains(QLatin1String("...")))
            problems << QStringLiteral("three dots (… wanted)");
        return problems;
    }

    // Qt Test cuts long failure messages: each problem gets its own line.
    static void report(const QStringList& problems)
    {
        for (const QString& p : problems)
            qWarning().noquote() << p;
    }

    struct Message
    {
        QString context, source;
        QStringList forms; // the French: one text, or the plural forms
    };

    static QList<Message> frenchMessages()
    {
        QList<Message> result;
        QFile file(QStringLiteral(COMPTOIR_SOURCE_DIR "/translations/comptoir_fr.ts"));
        QDomDocument doc;
        if (!file.open(QIODevice::ReadOnly) || !doc.setContent(&file))
            return result;
        const QDomNodeList contexts = doc.elementsByTagName(QStringLiteral("context"));
        for (int c = 0; c < contexts.size(); ++c) {
            const QDomElement context = contexts.at(c).toElement();
            const QString name = context.firstChildElement(QStringLiteral("name")).text();
            for (QDomElement m = context.firstChildElement(QStringLiteral("message")); !m.isNull();
                 m = m.nextSiblingElement(QStringLiteral("message"))) {
                Message message{name, m.firstChildElement(QStringLiteral("source")).text(), {}};
                const QDomElement translation = m.firstChildElement(QStringLiteral("translation"));
                const QDomNodeList forms = translation.elementsByTagName(QStringLiteral("numerusform"));
                for (int f = 0; f < forms.size(); ++f)
                    message.forms << forms.at(f).toElement().text();
                if (forms.isEmpty())
                    message.forms << translation.text();
                result << message;
            }
        }
        return result;
    }

    // Every text a widget and its children show: labels, buttons, group and tab titles, items and
    // headers of lists, tables, trees and combo boxes, window titles, placeholders, tool tips.
    static void collectTexts(QWidget* root, QList<QPair<QString, QString>>& shown)
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : std::as_const(widgets)) {
            const QString where = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName() +
                                  QStringLiteral(" in ") + QString::fromLatin1(root->metaObject()->className());
            const auto add = [&](const QString& text) {
                if (!text.trimmed().isEmpty())
                    shown.append({text, where});
            };
            add(w->windowTitle());
            add(w->toolTip());
            if (auto* l = qobject_cast<QLabel*>(w))
                add(l->text());
            if (auto* b = qobject_cast<QAbstractButton*>(w)) {
                add(b->text());
                // A button takes « & » for its shortcut: « click & collect » shows « click _collect ».
                static const QRegularExpression loneAmpersand(QStringLiteral("(^|[^&])(&&)*&(\\s|$)"));
                if (b->text().contains(loneAmpersand))
                    shown.append({b->text(), QStringLiteral("AMPERSAND ") + where});
            }
            if (auto* g = qobject_cast<QGroupBox*>(w))
                add(g->title());
            if (auto* e = qobject_cast<QLineEdit*>(w))
                add(e->placeholderText());
            if (auto* e = qobject_cast<QPlainTextEdit*>(w))
                add(e->placeholderText());
            if (auto* tabs = qobject_cast<QTabWidget*>(w))
                for (int i = 0; i < tabs->count(); ++i) {
                    add(tabs->tabText(i));
                    add(tabs->tabToolTip(i));
                }
            if (auto* box = qobject_cast<QComboBox*>(w))
                for (int i = 0; i < box->count(); ++i)
                    add(box->itemText(i));
            if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
                const QAbstractItemModel* model = view->model();
                for (int col = 0; col < model->columnCount(); ++col)
                    add(model->headerData(col, Qt::Horizontal).toString());
                for (int row = 0; row < std::min(model->rowCount(), 200); ++row)
                    for (int col = 0; col < model->columnCount(); ++col) {
                        add(model->index(row, col).data().toString());
                        add(model->index(row, col).data(Qt::ToolTipRole).toString());
                    }
            }
            for (QAction* a : w->actions()) {
                add(a->text());
                add(a->toolTip());
            }
        }
    }

private Q_SLOTS:
    void committedFrenchIsComplete()
    {
        const Check result = check(QStringLiteral(COMPTOIR_SOURCE_DIR "/translations/comptoir_fr.ts"));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
        QVERIFY(result.messages > 50);
    }

    // lupdate over today's sources, into a copy of the committed file: any new or changed string
    // shows up as unfinished.
    void sourcesHaveNoUntranslatedString()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("comptoir_fr.ts"));
        QVERIFY(QFile::copy(QStringLiteral(COMPTOIR_SOURCE_DIR "/translations/comptoir_fr.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(LUPDATE_PATH),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-I"), QStringLiteral(COMPTOIR_SOURCE_DIR "/core"), QStringLiteral("-I"),
                       QStringLiteral(COMPTOIR_SOURCE_DIR "/ui"), QStringLiteral("@" COMPTOIR_I18N_LIST),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const Check result = check(copy);
        QVERIFY2(result.problems.isEmpty(),
                 qPrintable(QStringLiteral("Run `cmake --build build --target update_translations` and translate:\n") +
                            result.problems.join(QLatin1Char('\n'))));
    }

    // A function of its own that calls QCoreApplication::translate with a fixed context (a tr()
    // outside a class) must name the context lupdate gives its messages (the namespace around
    // it), or the French in the .ts is never found on screen: the context must be in the .ts.
    void translateWrappersNameKnownContexts()
    {
        QSet<QString> known;
        for (const Message& m : frenchMessages())
            known.insert(m.context);
        QFile list(QStringLiteral(COMPTOIR_I18N_LIST));
        QVERIFY(list.open(QIODevice::ReadOnly));
        // (No raw string here: moc reads this file and does not know them.)
        const QRegularExpression wrapper(
            QStringLiteral("QCoreApplication::translate\\(\\s*\"([^\"]+)\"\\s*,\\s*[A-Za-z_][A-Za-z_0-9]*\\s*[,)]"));
        QStringList problems;
        int wrappers = 0;
        for (const QByteArray& line : list.readAll().split('\n')) {
            const QString path = QString::fromUtf8(line.trimmed());
            if (path.isEmpty() || !(path.endsWith(QLatin1String(".cpp")) || path.endsWith(QLatin1String(".h"))))
                continue;
            QFile source(path);
            if (!source.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(source.readAll());
            for (auto it = wrapper.globalMatch(text); it.hasNext();) {
                const QString context = it.next().captured(1);
                ++wrappers;
                if (!known.contains(context))
                    problems << path + QStringLiteral(": context ") + context;
            }
        }
        QVERIFY(wrappers >= 10); // the wrappers of core are found
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A context being in the .ts is not enough: the messages a file's own tr() function (a free
    // function wrapping QCoreApplication::translate) passes must be in the .ts under the context it
    // names (the report's sentence, section titles and PDF showed English under a French locale:
    // their wrappers named "reports" while lupdate had filed them under "comptoir::reports" and
    // "comptoir").
    void translateWrappersFindTheirMessages()
    {
        QSet<QString> known;
        for (const Message& m : frenchMessages())
            known.insert(m.context + QLatin1Char('\x1f') + m.source);
        QFile list(QStringLiteral(COMPTOIR_I18N_LIST));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QRegularExpression wrapper(QStringLiteral(
            "QString tr\\(const char\\* [a-z]+[^)]*\\)\\s*\\{\\s*return QCoreApplication::translate\\(\"([^\"]+)\""));
        // One literal passed alone (a literal continued on the next line is left out).
        const QRegularExpression call(QStringLiteral("(?<![:.>\\w])tr\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*[,)]"));
        QStringList problems;
        int checked = 0;
        for (const QByteArray& line : list.readAll().split('\n')) {
            const QString path = QString::fromUtf8(line.trimmed());
            if (!path.endsWith(QLatin1String(".cpp")))
                continue;
            QFile source(path);
            if (!source.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(source.readAll());
            const QRegularExpressionMatch w = wrapper.match(text);
            if (!w.hasMatch())
                continue;
            const QString context = w.captured(1);
            for (auto it = call.globalMatch(text); it.hasNext();) {
                QString message = it.next().captured(1);
                message.replace(QLatin1String("\\\""), QLatin1String("\""));
                message.replace(QLatin1String("\\n"), QLatin1String("\n"));
                message.replace(QLatin1String("\\\\"), QLatin1String("\\"));
                ++checked;
                if (!known.contains(context + QLatin1Char('\x1f') + message))
                    problems << path + QStringLiteral(": \"") + message + QStringLiteral("\" not in context ") +
                                    context;
            }
        }
        QVERIFY(checked >= 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void compiledFrenchIsEmbedded()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/comptoir_fr.qm")));
        QCOMPARE(translator.translate("comptoir::MainWindow", "Pull list"), QStringLiteral("Liste à prélever"));
        QCOMPARE(translator.translate("comptoir::MainWindow", "Outbox: %n action(s) waiting", nullptr, 3),
                 QStringLiteral("Actions en attente\u00A0: %n"));
    }

    // French typography in every French translation (tests/tools/french_typography.py fixes it).
    void frenchTypography()
    {
        QStringList problems;
        const QList<Message> messages = frenchMessages();
        QVERIFY(messages.size() > 50);
        for (const Message& m : messages)
            for (const QString& form : m.forms)
                for (const QString& p : typographyProblems(form))
                    problems << m.context + QStringLiteral(": ") + m.source + QStringLiteral(" -> ") + form +
                                    QStringLiteral(": ") + p;
        report(problems);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QString::number(problems.size()) + QStringLiteral(" problems, listed above")));
    }

    // The rules catch what they are meant to catch, and leave tokens alone.
    void typographyRules()
    {
        const QString nb(QChar(0x00A0)), narrow(QChar(0x202F));
        QVERIFY(!typographyProblems(QStringLiteral("Port :")).isEmpty());
        QVERIFY(!typographyProblems(QStringLiteral("Port:")).isEmpty());
        QVERIFY(!typographyProblems(QStringLiteral("Port") + narrow + u':').isEmpty());
        QVERIFY(typographyProblems(QStringLiteral("Port") + nb + QStringLiteral(": 14:05, %1:%2")).isEmpty());
        QVERIFY(!typographyProblems(QStringLiteral("Abandonner ?")).isEmpty());
        QVERIFY(!typographyProblems(QStringLiteral("oui ; non")).isEmpty());
        QVERIFY(!typographyProblems(QStringLiteral("Merci !")).isEmpty());
        QVERIFY(typographyProblems(QStringLiteral("Merci") + narrow + u'!').isEmpty());
        QVERIFY(typographyProblems(QStringLiteral("https://koha.example/api?q=1 et http:// vers 192.168.1.50:9100"))
                    .isEmpty());
        QVERIFY(typographyProblems(QStringLiteral("<a href='x'>lien</a> Ctrl+, {{! note: }}")).isEmpty());
        QVERIFY(!typographyProblems(QStringLiteral("« %1 »")).isEmpty());
        QVERIFY(typographyProblems(u'«' + narrow + QStringLiteral("%1") + narrow + u'»').isEmpty());
        QVERIFY(!typographyProblems(QStringLiteral("l'adresse")).isEmpty());
        QVERIFY(!typographyProblems(QStringLiteral("%1 document(s)")).isEmpty());
        QVERIFY(!typographyProblems(QStringLiteral("Scanner...")).isEmpty());
    }

    // The shipped slip templates are French too: typography, and no « (s) » (a count takes its
    // plural through {{#count.many}}…{{/count.many}}, see core/print/Template.h).
    void templatesFollowFrenchTypography()
    {
        QStringList problems;
        QDirIterator it(QStringLiteral(COMPTOIR_SOURCE_DIR "/resources/templates"), QDir::Files);
        static const QRegularExpression directives(QStringLiteral(R"(^(\[[a-z]+\])+)"));
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                QString line = lines[i];
                line.remove(directives);
                for (const QString& p : typographyProblems(line))
                    problems << QFileInfo(file).fileName() + u':' + QString::number(i + 1) + QStringLiteral(": ") +
                                    lines[i] + QStringLiteral(": ") + p;
            }
        }
        QVERIFY(files >= 5);
        report(problems);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QString::number(problems.size()) + QStringLiteral(" problems, listed above")));
    }

    // No English on a French screen: every page, the main window, the settings and connection
    // dialogs, the pull run and the simulated devices are built in French, and no text they show
    // is an English source that has a different French translation (a string translated in the
    // .ts but looked up under another context stays English on screen).
    void frenchScreensShowNoEnglish()
    {
        QHash<QString, QString> english; // source -> "context -> French"
        QSet<QString> french;
        for (const Message& m : frenchMessages()) {
            for (const QString& form : m.forms)
                french.insert(form);
            if (m.forms.size() == 1 && m.forms.first() != m.source)
                english.insert(m.source, m.context + QStringLiteral(" -> ") + m.forms.first());
        }
        QVERIFY(english.size() > 50);
        for (const QString& f : std::as_const(french))
            english.remove(f); // an English word that is also French elsewhere proves nothing

        QVERIFY(i18n::install(*qApp, QStringLiteral("fr")));
        QTemporaryDir dir;
        test::MockClock clock;
        LocalStore store(dir.path(), clock);
        QVERIFY(store.open().ok());
        Settings settings(dir.filePath(QStringLiteral("comptoir.ini")));
        test::RecordingSoundSink sound;
        QNetworkAccessManager nam;
        QList<QPair<QString, QString>> shown;
        {
            MainWindow window(store, settings, sound);
            auto* pullList = new PullListPage(store.cache(), store.outbox());
            window.setPageWidget(MainWindow::Page::PullList, pullList);
            window.setPageWidget(MainWindow::Page::Capture, new CapturePage);
            window.setPageWidget(MainWindow::Page::HoldShelf, new HoldShelfPage(store.cache(), store.outbox()));
            window.setPageWidget(MainWindow::Page::ClickCollect, new ClickCollectPage(store.cache(), store.outbox()));
            desk::NetworkLookup lookup(nullptr, store.cache());
            window.setPageWidget(MainWindow::Page::Lookup, new LookupPage(lookup, store.outbox()));
            window.setConnectionState(ConnectionState::Offline);
            window.refreshOutboxCount();
            window.show();
            collectTexts(&window, shown);
            // COMPTOIR_SHOTS=<folder>: also writes each screen as a PNG, to read the French in context.
            const QString shots = qEnvironmentVariable("COMPTOIR_SHOTS");
            const auto shoot = [&shots](QWidget& w, const QString& name) {
                if (!shots.isEmpty() && QDir().mkpath(shots))
                    w.grab().save(shots + u'/' + name + QStringLiteral(".png"));
            };
            window.resize(1280, 800);
            for (int p = 0; p < MainWindow::PageCount; ++p) {
                window.selectPage(MainWindow::Page(p));
                collectTexts(&window, shown);
                shoot(window, QStringLiteral("window-page%1").arg(p));
            }
            NextItemView run(*pullList);
            collectTexts(&run, shown);
            shoot(run, QStringLiteral("pull-run"));
            print::TemplateStore templates(dir.filePath(QStringLiteral("templates")));
            SettingsDialog settingsDialog(settings, templates, {QStringLiteral("JALB")}, desk::ShelfLayout{});
            settingsDialog.resize(1000, 720);
            settingsDialog.show();
            collectTexts(&settingsDialog, shown);
            if (auto* tabs = settingsDialog.findChild<QTabWidget*>())
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    shoot(settingsDialog, QStringLiteral("settings-tab%1").arg(t));
                }
            ConnectionDialog connection(nam, clock);
            collectTexts(&connection, shown);
            shoot(connection, QStringLiteral("connection"));
            DeviceHub hub(window);
            DeviceTwinsWindow twins(hub, [] { return QList<DeviceTwinsWindow::Candidate>{}; });
            collectTexts(&twins, shown);
            shoot(twins, QStringLiteral("simulated-devices"));
        }
        for (const print::TemplateInfo& kind : print::TemplateStore::kinds())
            shown.append({kind.title, QStringLiteral("print::TemplateStore::kinds()")});
        QVERIFY(shown.size() > 100);

        QStringList problems;
        QSet<QString> seen;
        for (const auto& [text, where] : std::as_const(shown)) {
            if (where.startsWith(QLatin1String("AMPERSAND "))) {
                problems << QStringLiteral("\"") + text +
                                QStringLiteral("\" shows « & » as a shortcut (write « && ») in ") + where.mid(10);
                continue;
            }
            const auto found = english.constFind(text);
            if (found == english.cend() || seen.contains(text + where))
                continue;
            seen.insert(text + where);
            problems << QStringLiteral("\"") + text + QStringLiteral("\" shown in English by ") + where +
                            QStringLiteral(" (the .ts has ") + *found + u')';
        }
        report(problems);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QString::number(problems.size()) + QStringLiteral(" problems, listed above")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
