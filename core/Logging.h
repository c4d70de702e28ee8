#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

// Every logging category of the project, declared once. Filter them with --log-rules or the
// "log/rules" setting, e.g. "comptoir.core.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcIls)
Q_DECLARE_LOGGING_CATEGORY(lcPrint)
Q_DECLARE_LOGGING_CATEGORY(lcDevices)
Q_DECLARE_LOGGING_CATEGORY(lcReports)
Q_DECLARE_LOGGING_CATEGORY(lcUiShell)
Q_DECLARE_LOGGING_CATEGORY(lcUiSound)

namespace comptoir::logging {

// Masks what must never reach a log: secrets (password=, secret=, token, Authorization headers),
// card and item numbers (runs of 8 or more digits, with or without spaces), e-mail addresses,
// and every registered sensitive term (patron names as they are loaded).
QString redact(const QString& message);

// Registers a term (a patron's name, a login) that redact() must mask from now on.
void addSensitiveTerm(const QString& term);
void clearSensitiveTerms();

// Installs a message handler that redacts every message and writes it to stderr (and to a
// log file when one is given), then applies the filter rules.
void install(const QString& filterRules, const QString& logFilePath = {});
// The log file is rotated by size: past maxBytes it becomes <file>.1 (then .2 …, `keep` kept).
// Run as a systemd service (JOURNAL_STREAM set), messages go to the journal only, with their
// priority, and no file is written.
void setRotation(qint64 maxBytes, int keep);
bool runsUnderJournal();

} // namespace comptoir::logging
