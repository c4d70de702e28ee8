#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace comptoir::i18n {

// "fr" or "en": the requested language when it is one of them, else French when the system
// locale is French or unset ("C"), else English.
QString resolveLanguage(const QString& requested, const QLocale& system = QLocale::system());

// Loads Comptoir's translation (and Qt's own, when installed) for the language. False when the
// application's translation could not be loaded.
bool install(QCoreApplication& app, const QString& language);

} // namespace comptoir::i18n
