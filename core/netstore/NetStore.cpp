#include "netstore/NetStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcNetStore, "comptoir.core.netstore")

namespace comptoir::netstore {

namespace {

const QString Channel = QStringLiteral("comptoir");

// PostgreSQL's text array literal: {"a","b"} with quotes and backslashes escaped.
QString textArray(const QStringList& values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (QString v : values) {
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        v.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted.append(QLatin1Char('"') + v + QLatin1Char('"'));
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QDateTime readTime(const QVariant& value)
{
    QDateTime t = value.toDateTime();
    return t.isValid() ? t.toUTC() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString isoMs(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

// ---- Outcome

Outcome Outcome::fromJson(const QJsonObject& json)
{
    Outcome o;
    const QString result = json.value(QStringLiteral("result")).toString();
    if (result == QLatin1String("lost"))
        o.kind = Kind::Lost;
    else if (result == QLatin1String("refused"))
        o.kind = Kind::Refused;
    else if (result == QLatin1String("recorded"))
        o.kind = Kind::Recorded;
    o.replay = json.value(QStringLiteral("replay")).toBool();
    o.state = json.value(QStringLiteral("state")).toString();
    o.by = json.value(QStringLiteral("by")).toString();
    o.site = json.value(QStringLiteral("site")).toString();
    o.reason = json.value(QStringLiteral("reason")).toString();
    o.item = json.value(QStringLiteral("item")).toString();
    o.at = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    return o;
}

QJsonObject Outcome::toJson() const
{
    static const char* names[] = {"applied", "recorded", "lost", "refused"};
    QJsonObject json{{QStringLiteral("result"), QString::fromLatin1(names[int(kind)])}};
    auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    put("state", state);
    put("by", by);
    put("site", site);
    put("reason", reason);
    put("item", item);
    if (at.isValid())
        json.insert(QStringLiteral("at"), isoMs(at));
    if (replay)
        json.insert(QStringLiteral("replay"), true);
    return json;
}

QString Outcome::message(const QString& eventKind, const QString& object) const
{
    if (kind == Kind::Refused) {
        if (reason == QLatin1String("unknown"))
            return QCoreApplication::translate("comptoir::netstore", "The network store does not know %1.").arg(object);
        return QCoreApplication::translate("comptoir::netstore",
                                           "%1 belongs to site %2: this counter cannot change it.")
            .arg(object, site);
    }
    if (kind != Kind::Lost)
        return {};
    const QString who = by.isEmpty() ? QCoreApplication::translate("comptoir::netstore", "another counter") : by;
    if (eventKind.startsWith(QLatin1String("crate.receive")))
        return QCoreApplication::translate("comptoir::netstore", "Crate %1 was already received by %2.")
            .arg(object, who);
    if (eventKind.startsWith(QLatin1String("crate.")))
        return QCoreApplication::translate("comptoir::netstore",
                                           "Crate %1 was already sealed by %2: this desk's change was not applied.")
            .arg(object, who);
    if (eventKind == QLatin1String("locker.assign"))
        return QCoreApplication::translate("comptoir::netstore", "This door was already assigned by %1 (item %2).")
            .arg(who, item);
    if (eventKind.startsWith(QLatin1String("pull.")))
        return QCoreApplication::translate("comptoir::netstore", "Line %1 was already done by %2.").arg(object, who);
    return QCoreApplication::translate("comptoir::netstore", "%1 was changed by %2 first.").arg(object, who);
}

// ---- NetStore

NetStore::NetStore(QObject* parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("netstore-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

NetStore::~NetStore()
{
    close();
}

bool NetStore::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

int NetStore::latestVersion()
{
    return migrations().constLast().version;
}

QSqlDatabase NetStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool NetStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

Status NetStore::open(const StoreAddress& address, const QString& password, const QString& applicationName)
{
    if (!driverAvailable())
        return Error{QStringLiteral("netstore.driver"),
                     tr("Qt's PostgreSQL driver (QPSQL) is not installed: the network store cannot be reached.")};
    if (address.sslMode != QLatin1String("verify-full") && !address.isLoopback())
        return Error{QStringLiteral("netstore.address"),
                     tr("A network store on another computer needs TLS (sslmode=verify-full).")};
    close();
    m_address = address;
    m_password = password;
    m_applicationName = applicationName;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.role);
        db.setPassword(password);
        db.setConnectOptions(address.connectOptions(applicationName));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            qCWarning(lcNetStore) << "cannot reach the network store" << address.host << address.port << detail;
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Error{QStringLiteral("netstore.unreachable"),
                         tr("The network store does not answer (%1).").arg(detail.simplified())};
        }
    }
    qCInfo(lcNetStore) << "connected to the network store" << address.host << address.port << "as" << address.role;
    if (m_statementTimeoutMs > 0) {
        if (Status s = setStatementTimeout(m_statementTimeoutMs); !s)
            return s;
    }
    if (m_listening) {
        m_listening = false;
        if (Status s = listen(); !s)
            return s;
    }
    return {};
}

Status NetStore::probe(const StoreAddress& address, const QString& password, const QString& applicationName)
{
    if (!driverAvailable())
        return Error{QStringLiteral("netstore.driver"),
                     tr("Qt's PostgreSQL driver (QPSQL) is not installed: the network store cannot be reached.")};
    const QString name = QStringLiteral("netstore-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString detail;
    bool answered = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.role);
        db.setPassword(password);
        db.setConnectOptions(address.connectOptions(applicationName));
        answered = db.open();
        if (!answered)
            detail = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!answered)
        return Error{QStringLiteral("netstore.unreachable"),
                     tr("The network store does not answer (%1).").arg(detail.simplified())};
    return {};
}

Status NetStore::setStatementTimeout(int ms)
{
    m_statementTimeoutMs = qMax(0, ms);
    if (!isOpen())
        return {};
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SET statement_timeout = %1").arg(m_statementTimeoutMs)))
        return sqlError(q.lastError(), QStringLiteral("statement_timeout"));
    return {};
}

Status NetStore::reopen()
{
    const bool wasListening = m_listening;
    const StoreAddress address = m_address;
    const QString password = m_password, app = m_applicationName;
    close();
    m_listening = wasListening;
    return open(address, password, app);
}

void NetStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        if (db.isOpen() && m_listening)
            db.driver()->unsubscribeFromNotification(Channel);
        db.close();
    }
    m_listening = false;
    QSqlDatabase::removeDatabase(m_connectionName);
}

void NetStore::drop()
{
    m_listening = false; // closed without UNLISTEN: the driver only lets the socket go
    close();
}

Error NetStore::sqlError(const QSqlError& error, const QString& what) const
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (state == QLatin1String("42501"))
        return Error{QStringLiteral("netstore.denied"),
                     tr("The network store refused: this counter may not change that (%1).").arg(text.simplified())};
    if (error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
        state.startsWith(QLatin1String("57P")) || !isOpen() || state.isEmpty())
        return Error{QStringLiteral("netstore.unreachable"),
                     tr("The network store does not answer (%1).").arg(text.simplified())};
    qCWarning(lcNetStore) << what << "failed:" << state << text;
    return Error{QStringLiteral("netstore.sql"), tr("The network store failed: %1").arg(text.simplified())};
}

Status NetStore::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NULL")) || !q.next())
        return sqlError(q.lastError(), QStringLiteral("schema_version"));
    if (q.value(0).toBool() &&
        !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, "
                               "applied_at timestamptz NOT NULL DEFAULT now())")))
        return sqlError(q.lastError(), QStringLiteral("schema_version"));
    auto current = schemaVersion();
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return Error{QStringLiteral("netstore.newer"),
                     tr("The network store was made by a newer Comptoir (schema %1): update this counter.")
                         .arg(current.value())};
    for (const StoreMigration& m : migrations()) {
        if (m.version <= current.value())
            continue;
        if (!db.transaction())
            return sqlError(db.lastError(), QStringLiteral("begin"));
        QSqlQuery step(db);
        // Serialises two owners migrating at once; the second finds the version applied.
        if (!step.exec(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE")) ||
            !step.exec(QStringLiteral("SELECT 1 FROM schema_version WHERE version = %1").arg(m.version))) {
            const Error e = sqlError(step.lastError(), QStringLiteral("lock"));
            db.rollback();
            return e;
        }
        if (step.next()) {
            db.rollback();
            continue;
        }
        if (!step.exec(m.sql) ||
            !step.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(m.version))) {
            const Error e = sqlError(step.lastError(), QStringLiteral("migration %1").arg(m.version));
            db.rollback();
            return e;
        }
        if (!db.commit())
            return sqlError(db.lastError(), QStringLiteral("commit"));
        qCInfo(lcNetStore) << "network store schema now at version" << m.version;
    }
    return {};
}

Result<int> NetStore::schemaVersion()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")))
        return sqlError(q.lastError(), QStringLiteral("schema version"));
    return q.next() ? q.value(0).toInt() : 0;
}

Status NetStore::addCounter(const QString& role, const QString& password, const QString& site)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!name.match(role).hasMatch())
        return Error{QStringLiteral("netstore.role"), tr("A counter's role is lower-case letters, digits and _.")};
    QSqlDatabase db = database();
    QSqlQuery q(db);
    QString quotedPassword = password;
    quotedPassword.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (!db.transaction())
        return sqlError(db.lastError(), QStringLiteral("begin"));
    const bool ok =
        q.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                              "CREATE ROLE %1 LOGIN; END IF; END $$")
                   .arg(role)) &&
        q.exec(QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD '%2'").arg(role, quotedPassword)) &&
        q.exec(QStringLiteral("GRANT comptoir_counter TO %1").arg(role)) &&
        q.prepare(QStringLiteral("INSERT INTO counters (role, site) VALUES (?, ?) ON CONFLICT (role) DO UPDATE "
                                 "SET site = excluded.site"));
    if (ok) {
        q.addBindValue(role);
        q.addBindValue(site);
    }
    if (!ok || !q.exec()) {
        const Error e = sqlError(q.lastError(), QStringLiteral("add counter"));
        db.rollback();
        return e;
    }
    if (!db.commit())
        return sqlError(db.lastError(), QStringLiteral("commit"));
    return {};
}

Result<QString> NetStore::mySite()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT my_site()")))
        return sqlError(q.lastError(), QStringLiteral("my site"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<Outcome> NetStore::publish(const StoreEvent& event)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT apply_event(?::uuid, ?, ?, ?, ?::jsonb, ?::timestamptz)::text"));
    q.addBindValue(event.id);
    q.addBindValue(event.site);
    q.addBindValue(event.kind);
    q.addBindValue(event.object);
    q.addBindValue(QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(isoMs(event.at));
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("publish"));
    if (!q.next())
        return Error{QStringLiteral("netstore.sql"), tr("The network store gave no verdict.")};
    return Outcome::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

Result<QList<Outcome>> NetStore::publishAll(const QList<StoreEvent>& events)
{
    if (events.size() == 1) {
        auto one = publish(events.first());
        if (!one)
            return one.error();
        return QList<Outcome>{one.value()};
    }
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlError(db.lastError(), QStringLiteral("begin"));
    QList<Outcome> outcomes;
    outcomes.reserve(events.size());
    for (const StoreEvent& event : events) {
        auto outcome = publish(event);
        if (!outcome) {
            db.rollback();
            return outcome.error();
        }
        outcomes.append(outcome.value());
    }
    if (!db.commit())
        return sqlError(db.lastError(), QStringLiteral("commit"));
    return outcomes;
}

Result<QList<LineClaim>> NetStore::claim(const QString& site, const QStringList& lines, const QDateTime& now,
                                         qint64 ttlMs, const QString& zone)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT line, claimed_by, expires_at, state FROM claim_lines(?, ?::text[], ?, "
                             "?::timestamptz, ?::timestamptz)"));
    q.addBindValue(site);
    q.addBindValue(textArray(lines));
    q.addBindValue(zone.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(zone));
    q.addBindValue(isoMs(now));
    q.addBindValue(isoMs(now.addMSecs(ttlMs)));
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("claim"));
    QList<LineClaim> claims;
    while (q.next()) {
        LineClaim c{q.value(0).toString(), q.value(1).toString(), readTime(q.value(2)), q.value(3).toString()};
        c.mine = c.by == m_address.role && c.state == QLatin1String("claimed");
        claims.append(c);
    }
    return claims;
}

Result<int> NetStore::release(const QString& site, const QStringList& lines, const QDateTime& now)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT release_lines(?, ?::text[], ?::timestamptz)"));
    q.addBindValue(site);
    q.addBindValue(textArray(lines));
    q.addBindValue(isoMs(now));
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), QStringLiteral("release"));
    return q.value(0).toInt();
}

Result<QList<LineClaim>> NetStore::takenLines(const QString& site, const QDateTime& now)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT line, coalesce(done_by, claimed_by), expires_at, state FROM pull_claims WHERE "
                             "site = ? AND (state <> 'claimed' OR (expires_at > ?::timestamptz AND claimed_by <> "
                             "session_user)) ORDER BY line"));
    q.addBindValue(site);
    q.addBindValue(isoMs(now));
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("taken lines"));
    QList<LineClaim> taken;
    while (q.next())
        taken.append(
            {q.value(0).toString(), q.value(1).toString(), readTime(q.value(2)), q.value(3).toString(), false});
    return taken;
}

Result<StoreCrate> NetStore::crate(const QString& id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, from_site, destination, state, coalesce(sealed_by, ''), "
                             "coalesce(received_by, ''), items, version FROM crates WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("crate"));
    if (!q.next())
        return Error{QStringLiteral("netstore.unknown"), tr("The network store does not know crate %1.").arg(id)};
    return StoreCrate{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(),    q.value(7).toInt()};
}

Result<qint64> NetStore::eventCount(const QString& kind)
{
    QSqlQuery q(database());
    // No kind (a null text once bound): every event.
    q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE coalesce(?, '') = '' OR kind = ?"));
    q.addBindValue(kind);
    q.addBindValue(kind);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), QStringLiteral("event count"));
    return q.value(0).toLongLong();
}

Result<QHash<QString, QString>> NetStore::zoneAssignments(const QString& site)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT zone, counter FROM zone_assignments WHERE site = ? ORDER BY zone"));
    q.addBindValue(site);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("zone assignments"));
    QHash<QString, QString> zones;
    while (q.next())
        zones.insert(q.value(0).toString(), q.value(1).toString());
    return zones;
}

Result<QString> NetStore::assignZone(const QString& site, const QString& zone, bool take)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT coalesce(assign_zone(?, ?, ?), '')"));
    q.addBindValue(site);
    q.addBindValue(zone);
    q.addBindValue(take);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), QStringLiteral("assign zone"));
    return q.value(0).toString();
}

Status NetStore::listen()
{
    if (m_listening)
        return {};
    QSqlDriver* driver = database().driver();
    if (!driver || !driver->subscribeToNotification(Channel))
        return Error{QStringLiteral("netstore.unreachable"), tr("The network store does not send live updates (%1).")
                                                                 .arg(driver ? driver->lastError().text() : QString())};
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                onNotification(name, int(source), payload);
            });
    m_listening = true;
    return {};
}

void NetStore::onNotification(const QString& name, int, const QVariant& payload)
{
    if (name != Channel)
        return;
    const QJsonObject message = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (message.isEmpty())
        return;
    Q_EMIT notified(message);
    const QString kind = message.value(QStringLiteral("kind")).toString();
    const QString site = message.value(QStringLiteral("site")).toString();
    const QString counter = message.value(QStringLiteral("counter")).toString();
    const QString result = message.value(QStringLiteral("result")).toString();
    if ((kind == QLatin1String("pull.pulled") || kind == QLatin1String("pull.not_found")) &&
        result != QLatin1String("lost"))
        Q_EMIT lineDone(site, message.value(QStringLiteral("object")).toString(), counter);
    else if (kind == QLatin1String("pull.claim") || kind == QLatin1String("pull.release"))
        Q_EMIT claimsChanged(site, counter);
    else if (kind == QLatin1String("zone.assign"))
        Q_EMIT zonesChanged(site, counter);
    else if (kind.startsWith(QLatin1String("crate.")))
        Q_EMIT crateChanged(message.value(QStringLiteral("object")).toString(),
                            message.value(QStringLiteral("items")).toInt(),
                            message.value(QStringLiteral("state")).toString());
}

} // namespace comptoir::netstore
