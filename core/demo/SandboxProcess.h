#pragma once

#include "Result.h"

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace comptoir::sandbox {

// The training library as a child process (comptoir-sandbox), as the demo, the benchmarks and the
// tests that kill it use it: started on free loopback ports, ready when it prints its ports.
class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();

    // The executable next to the running one (installed side by side; in the build tree, app/).
    static QString defaultProgram();
    void setProgram(const QString& program) { m_program = program; }

    // Starts it with these data options (--data FILE, --seed …) plus --http and --sip on loopback
    // port 0, and waits until it says it is ready (generation included).
    Status start(const QStringList& dataArguments, int timeoutMs = 120000);
    void stop();
    void kill();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 processId() const { return m_process.processId(); }

    quint16 httpPort() const { return m_httpPort; }
    quint16 sipPort() const { return m_sipPort; }
    // What its controls (/_sandbox/...) require in the X-Comptoir-Sandbox-Token header.
    QByteArray controlToken() const { return m_controlToken; }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_httpPort)); }
    QString generationLine() const { return m_generated; }

private:
    QString m_program;
    QProcess m_process;
    quint16 m_httpPort = 0, m_sipPort = 0;
    QByteArray m_controlToken;
    QString m_generated;
};

} // namespace comptoir::sandbox
