#include "Logging.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "comptoir.app")
Q_LOGGING_CATEGORY(lcStore, "comptoir.core.store")
Q_LOGGING_CATEGORY(lcSettings, "comptoir.core.settings")
Q_LOGGING_CATEGORY(lcSync, "comptoir.core.sync")
Q_LOGGING_CATEGORY(lcIls, "comptoir.core.ils")
Q_LOGGING_CATEGORY(lcPrint, "comptoir.core.print")
Q_LOGGING_CATEGORY(lcDevices, "comptoir.core.devices")
Q_LOGGING_CATEGORY(lcReports, "comptoir.core.reports")
Q_LOGGING_CATEGORY(lcUiShell, "comptoir.ui.shell")
Q_LOGGING_CATEGORY(lcUiSound, "comptoir.ui.sound")

namespace comptoir::logging {

namespace {

QMutex& termsMutex()
{
    static QMutex mutex;
    return mutex;
}

QStringList& terms()
{
    static QStringList list;
    return list;
}

QFile* logFile = nullptr;
QString logPath;
qint64 maxLogBytes = 5 * 1024 * 1024; // then comptoir.log.1, .2, .3
int keptLogs = 3;
bool toJournal = false;

QMutex& fileMutex()
{
    static QMutex mutex;
    return mutex;
}

// Called with fileMutex held: comptoir.log → .1 → .2 … the oldest dropped; a new file started.
void rotate()
{
    logFile->close();
    QFile::remove(logPath + QStringLiteral(".%1").arg(keptLogs));
    for (int n = keptLogs - 1; n >= 1; --n)
        QFile::rename(logPath + QStringLiteral(".%1").arg(n), logPath + QStringLiteral(".%1").arg(n + 1));
    if (keptLogs > 0)
        QFile::rename(logPath, logPath + QStringLiteral(".1"));
    else
        QFile::remove(logPath);
    if (logFile->open(QIODevice::Append | QIODevice::Text))
        logFile->setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const char* const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    // syslog priorities the journal reads from a "<N>" prefix: debug 7, warning 4, critical 2, fatal 0, info 6.
    static const char* const priorities[] = {"<7>", "<4>", "<2>", "<0>", "<6>"};
    const int level = int(type) < 5 ? int(type) : 0;
    const QByteArray body = QByteArray(levels[level]) + ' ' + (context.category ? context.category : "default") +
                            ": " + redact(message).toUtf8() + '\n';
    if (toJournal) {
        const QByteArray line = priorities[level] + body;
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    } else {
        const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + body;
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        QMutexLocker lock(&fileMutex());
        if (logFile && logFile->isOpen()) {
            logFile->write(line);
            logFile->flush();
            if (maxLogBytes > 0 && logFile->size() >= maxLogBytes)
                rotate();
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString redact(const QString& message)
{
    static const QRegularExpression secrets(
        QStringLiteral(
            R"((password|passwd|secret|token|client_secret|access_token|pin)(["']?\s*[=:]\s*["']?)([^\s&"',;|]+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authorization(QStringLiteral(R"((Authorization\s*:\s*)(Basic|Bearer)?\s*\S+)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    // Card and item numbers, also glued to a SIP2 field code ("AA21042000121217|").
    static const QRegularExpression longNumbers(QStringLiteral(R"((?<!\d)\d(?:[ -]?\d){7,}(?!\d))"));
    static const QRegularExpression emails(QStringLiteral(R"([\w.+-]+@[\w-]+\.[\w.-]+)"));
    // SIP2 fields that carry patron identity or passwords: AA patron id, AD/CO/CQ passwords,
    // AE personal name, DA hold patron name, CY hold patron id, BE e-mail, BF phone.
    // A field is found after "|", or right after the fixed part (a digit, Y, N or U), or at
    // the start of a line, and runs to the next "|" or the end of the line.
    static const QRegularExpression sipFields(
        QStringLiteral(R"((^|\||(?<=[\dYNU]))(AA|AD|AE|CO|CN|CQ|DA|CY|BE|BF)[^|\r\n]*(?=\||\r|\n|$))"));

    // A field quoted on its own in a sentence: "AA21042000121217|".
    static const QRegularExpression sipLoneField(
        QStringLiteral(R"((?<![A-Za-z])(AA|AD|AE|CO|CN|CQ|DA|CY|BE|BF)[^|\s]+\|)"));

    QString out = message;
    out.replace(authorization, QStringLiteral("\\1[redacted]"));
    out.replace(secrets, QStringLiteral("\\1\\2[redacted]"));
    out.replace(sipFields, QStringLiteral("\\1\\2[redacted]"));
    out.replace(sipLoneField, QStringLiteral("\\1[redacted]|"));
    out.replace(emails, QStringLiteral("[e-mail]"));
    out.replace(longNumbers, QStringLiteral("[number]"));
    QMutexLocker lock(&termsMutex());
    for (const QString& term : std::as_const(terms()))
        out.replace(term, QStringLiteral("[name]"), Qt::CaseInsensitive);
    return out;
}

void addSensitiveTerm(const QString& term)
{
    const QString trimmed = term.trimmed();
    if (trimmed.size() < 2)
        return;
    QMutexLocker lock(&termsMutex());
    // Bounded: a day at a busy desk registers a few hundred; long numbers are masked anyway.
    constexpr int MaxTerms = 10000;
    if (terms().size() < MaxTerms && !terms().contains(trimmed, Qt::CaseInsensitive)) {
        terms().append(trimmed);
        // Longest first, so "Marie Dupont" is masked whole before "Dupont".
        std::sort(terms().begin(), terms().end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
    }
}

void clearSensitiveTerms()
{
    QMutexLocker lock(&termsMutex());
    terms().clear();
}

void setRotation(qint64 maxBytes, int keep)
{
    QMutexLocker lock(&fileMutex());
    maxLogBytes = maxBytes;
    keptLogs = std::clamp(keep, 0, 20);
}

bool runsUnderJournal()
{
    return !qEnvironmentVariableIsEmpty("JOURNAL_STREAM");
}

void install(const QString& filterRules, const QString& logFilePath)
{
    {
        QMutexLocker lock(&fileMutex());
        delete logFile;
        logFile = nullptr;
        toJournal = runsUnderJournal();
        logPath = logFilePath;
        // Under systemd the journal keeps, rotates and time-stamps the log: no file of our own.
        if (!logFilePath.isEmpty() && !toJournal) {
            logFile = new QFile(logFilePath);
            if (!logFile->open(QIODevice::Append | QIODevice::Text)) {
                delete logFile;
                logFile = nullptr;
            } else {
                logFile->setPermissions(QFile::ReadOwner | QFile::WriteOwner);
                if (maxLogBytes > 0 && logFile->size() >= maxLogBytes)
                    rotate();
            }
        }
    }
    qInstallMessageHandler(handler);
    // Debug output of our own categories is off unless asked for.
    QString rules = QStringLiteral("comptoir.*.debug=false\n");
    if (!filterRules.isEmpty()) {
        QString extra = filterRules;
        rules += extra.replace(QLatin1Char(';'), QLatin1Char('\n'));
    }
    QLoggingCategory::setFilterRules(rules);
}

} // namespace comptoir::logging
