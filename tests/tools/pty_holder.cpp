// pty_holder DIR: starts a pseudo-terminal pair (socat) as the demo's simulated devices do, says
// "ready" on stdout and waits to be killed. tst_device_io kills it with SIGKILL and checks that the
// socat it started went with it.
#include "demo/DeviceTwins.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    comptoir::sandbox::PtyPair pair(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b")));
    if (!pair.start())
        return 1;
    std::printf("ready %lld\n", static_cast<long long>(pair.processId()));
    std::fflush(stdout);
    return app.exec();
}
