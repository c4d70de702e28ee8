#include "I18n.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace comptoir::i18n {

QString resolveLanguage(const QString& requested, const QLocale& system)
{
    const QString lower = requested.trimmed().toLower();
    if (lower.startsWith(QLatin1String("fr")))
        return QStringLiteral("fr");
    if (lower.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    // French first: French when the system is French or sets no language at all (the "C" locale of
    // a fresh Debian install); English for any other language.
    const bool french = system.language() == QLocale::French || system.language() == QLocale::C;
    return french ? QStringLiteral("fr") : QStringLiteral("en");
}

bool install(QCoreApplication& app, const QString& language)
{
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/comptoir_") + language + QStringLiteral(".qm"))) {
        qCWarning(lcApp) << "no translation for" << language;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace comptoir::i18n
