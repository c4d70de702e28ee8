// comptoir: the staff client.
#include "Clock.h"
#include "I18n.h"
#include "LocalStore.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SoundPlayer.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <sys/stat.h>

using namespace comptoir;

int main(int argc, char* argv[])
{
    // Every file Comptoir creates is readable by its owner only.
    ::umask(077);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("comptoir"));
    QApplication::setOrganizationName(QStringLiteral("comptoir"));
    QApplication::setApplicationDisplayName(QStringLiteral("Comptoir"));
    QApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));

    // The language (and the data folder holding its setting) is needed before --help is printed,
    // so these two options are read before the parser runs.
    const QStringList args = QApplication::arguments();
    auto early = [&args](const QString& name, const QString& fallback) {
        QString value = fallback;
        for (int i = 1; i < args.size(); ++i) {
            if (args[i] == name && i + 1 < args.size())
                value = args[i + 1];
            else if (args[i].startsWith(name + QLatin1Char('=')))
                value = args[i].mid(name.size() + 1);
        }
        return value;
    };
    QString requestedLanguage = early(QStringLiteral("--lang"), QString());
    const QString dataDir =
        early(QStringLiteral("--data-dir"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QDir().mkpath(dataDir);
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    Settings settings(QDir(dataDir).filePath(QStringLiteral("comptoir.ini")));
    if (requestedLanguage.isEmpty())
        requestedLanguage = settings.value(settings::Language);
    i18n::install(app, i18n::resolveLanguage(requestedLanguage));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Comptoir: the staff client for the holds, pulls, shuttle crates and lockers of a library network."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface language: fr or en."),
                                        QStringLiteral("fr|en"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"), QApplication::translate("main", "Folder of the local cache, outbox and settings."),
        QStringLiteral("DIR"));
    const QCommandLineOption logOption(
        QStringLiteral("log-rules"),
        QApplication::translate("main", "Logging filter rules, e.g. \"comptoir.core.*.debug=true\"."),
        QStringLiteral("RULES"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Close the window after this many milliseconds (for screenshots)."),
        QStringLiteral("MS"));
    parser.addOptions({langOption, dataOption, logOption, quitOption});

    parser.process(app);
    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption).toLower();
        if (lang != QLatin1String("fr") && lang != QLatin1String("en")) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("main", "Unknown language \"%1\": use fr or en.")
                                        .arg(parser.value(langOption))));
            return 2;
        }
    }
    QString logRules = settings.value(settings::LogRules);
    if (parser.isSet(logOption))
        logRules += QLatin1Char(';') + parser.value(logOption);
    logging::install(logRules, QDir(dataDir).filePath(QStringLiteral("comptoir.log")));
    qCInfo(lcApp) << "Comptoir" << COMPTOIR_VERSION << "starting; data in" << dataDir;

    SystemClock clock;
    LocalStore store(dataDir, clock);
    auto opened = store.open();
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Comptoir cannot start"),
                              opened.error().message);
        return 1;
    }
    if (const Status written = settings.sync(); !written.ok())
        qCWarning(lcApp) << written.error().message;

    AlsaSoundPlayer sound;
    sound.setEnabled(settings.value(settings::SoundEnabled));
    sound.setVolume(settings.value(settings::SoundVolume));
    MainWindow window(store, settings, sound);
    window.show();
    for (const StoreNotice& notice : opened.value())
        QTimer::singleShot(0, &window, [&window, notice] {
            QMessageBox::warning(&window, QApplication::translate("main", "Local data"), notice.message);
        });
    if (parser.isSet(quitOption))
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
