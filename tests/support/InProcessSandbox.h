#pragma once

#include "ils/KohaRestClient.h"
#include "ils/Sip2Client.h"
#include "sandbox/Circulation.h"
#include "sandbox/KohaRestServer.h"
#include "sandbox/NetworkGenerator.h"
#include "sandbox/SandboxControl.h"
#include "sandbox/Sip2Server.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace comptoir::test {

// The training library in the test's own process: REST and SIP2 on loopback ports, its data in a
// temporary file, faults and clock at hand. Real sockets; the event loop of the test serves them.
class InProcessSandbox
{
public:
    struct Size
    {
        int items = 6000, patrons = 2000, holds = 2000;
        quint64 seed = 7;
        int sites = 0; // 0: the generator's default network
    };

    bool start(Size size)
    {
        m_file = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        sandbox::GeneratorOptions o;
        o.seed = size.seed;
        o.items = size.items;
        o.patrons = size.patrons;
        o.holds = size.holds;
        if (size.sites > 0)
            o.sites = size.sites;
        o.today = QDate(2026, 11, 22);
        if (!sandbox::NetworkGenerator::generate(m_file, o))
            return false;
        clock = std::make_unique<sandbox::SandboxClock>(QDateTime(o.today, QTime(10, 0), QTimeZone::utc()));
        circulation = std::make_unique<sandbox::Circulation>(m_file, *clock);
        if (!circulation->open().ok())
            return false;
        rest = std::make_unique<sandbox::KohaRestServer>(m_file);
        rest->setFaults(&faults);
        rest->setClock(clock.get());
        auto boundHttp = rest->listen(QHostAddress::LocalHost, 0);
        if (!boundHttp)
            return false;
        httpPort = boundHttp.value();
        sip = std::make_unique<sandbox::Sip2Server>(*circulation, *clock, faults);
        QStringList ids;
        for (const auto& library : circulation->libraries())
            ids << library.id;
        sip->setAccounts(sandbox::Sip2Server::defaultAccounts(ids));
        auto boundSip = sip->listen(QHostAddress::LocalHost, 0);
        if (!boundSip)
            return false;
        sipPort = boundSip.value();
        return true;
    }

    void stop()
    {
        sip.reset();
        rest.reset();
        circulation.reset();
    }

    QString file() const { return m_file; }

    // How a test counter reaches this library: REST as the staff login, SIP2 as CENTRE's account.
    ils::KohaConfig restConfig() const
    {
        ils::KohaConfig c;
        c.baseUrl = baseUrl();
        c.user = sandbox::KohaRestServer::DefaultLogin;
        c.secret = sandbox::KohaRestServer::DefaultPassword;
        c.perPage = 100;
        c.timeoutMs = 3000;
        return c;
    }
    ils::SipConfig sipConfig(quint16 port = 0) const
    {
        ils::SipConfig c;
        c.host = QStringLiteral("127.0.0.1");
        c.port = port ? port : sipPort;
        c.login = QStringLiteral("centre");
        c.password = sandbox::Sip2Server::DefaultPassword;
        c.institution = QStringLiteral("CENTRE");
        c.location = QStringLiteral("CENTRE");
        c.timeoutMs = 1500;
        return c;
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(httpPort)); }

    // One value from the sandbox's file, through its own connection.
    QVariant scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(circulation->database());
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds[i]);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(circulation->database());
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds[i]);
        return q.exec();
    }

    sandbox::FaultPlan faults;
    std::unique_ptr<sandbox::SandboxClock> clock;
    std::unique_ptr<sandbox::Circulation> circulation;
    std::unique_ptr<sandbox::KohaRestServer> rest;
    std::unique_ptr<sandbox::Sip2Server> sip;
    quint16 httpPort = 0, sipPort = 0;

private:
    QTemporaryDir m_dir;
    QString m_file;
};

} // namespace comptoir::test
