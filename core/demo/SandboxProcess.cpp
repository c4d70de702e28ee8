#include "demo/SandboxProcess.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

namespace comptoir::sandbox {

SandboxProcess::SandboxProcess()
    : m_program(defaultProgram())
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // The training library ends with the client, even when the client is killed (SIGTERM, SIGKILL).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::defaultProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
         {here.filePath(QStringLiteral("comptoir-sandbox")), here.filePath(QStringLiteral("../app/comptoir-sandbox"))})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStringLiteral("comptoir-sandbox"); // from PATH
}

Status SandboxProcess::start(const QStringList& dataArguments, int timeoutMs)
{
    QStringList args = dataArguments;
    args << QStringLiteral("--http") << QStringLiteral("127.0.0.1:0") << QStringLiteral("--sip")
         << QStringLiteral("127.0.0.1:0");
    m_process.start(m_program, args);
    if (!m_process.waitForStarted(10000))
        return Error{
            QStringLiteral("sandbox.start"),
            QStringLiteral("cannot start the training library (%1): %2").arg(m_program, m_process.errorString())};
    static const QRegularExpression ready(
        QStringLiteral("comptoir-sandbox ready http=[^:\\s]+:(\\d+) sip=[^:\\s]+:(\\d+)(?: token=([0-9a-f]+))?"));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
            break;
        out += m_process.readAllStandardOutput();
        for (const QByteArray& line : out.split('\n')) {
            if (line.startsWith("comptoir-sandbox generated"))
                m_generated = QString::fromUtf8(line);
            const auto match = ready.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                m_httpPort = quint16(match.captured(1).toUInt());
                m_sipPort = quint16(match.captured(2).toUInt());
                m_controlToken = match.captured(3).toLatin1();
                qCInfo(lcIls) << "training library started: REST" << m_httpPort << "SIP2" << m_sipPort;
                return {};
            }
        }
    }
    const QString errors = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
    stop();
    return Error{QStringLiteral("sandbox.start"),
                 QStringLiteral("the training library did not start: %1")
                     .arg(errors.isEmpty() ? QStringLiteral("no answer") : errors.right(500))};
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void SandboxProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace comptoir::sandbox
