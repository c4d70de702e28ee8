#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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
        static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
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

    void compiledFrenchIsEmbedded()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/comptoir_fr.qm")));
        QCOMPARE(translator.translate("comptoir::MainWindow", "Pull list"), QStringLiteral("Liste à prélever"));
        QCOMPARE(translator.translate("comptoir::MainWindow", "Outbox: %n action(s) waiting", nullptr, 3),
                 QStringLiteral("Boîte d'envoi : %n actions en attente"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
