#include "store/Database.h"

#include <QSqlDriver>

#include "Logging.h"
#include "store/FaultInjector.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <sqlite3.h>

namespace comptoir {

namespace {

QAtomicInt connectionCounter;

constexpr auto OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// The database and its WAL and shm files, owner-only (SQLite copies the database file's
// permissions to the files it creates, but files left by an older run may be looser).
void tightenPermissions(const QString& path)
{
    for (const QString& file : QStringList{path} + Database::companionFiles(path)) {
        if (QFile::exists(file))
            QFile::setPermissions(file, OwnerOnly);
    }
}

// While a file is being checked, closing the connection must not checkpoint the WAL into it (nor
// delete the WAL): a file found damaged or foreign is then left exactly as it was found.
void setCheckpointOnClose(const QSqlDatabase& db, bool enabled)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        if (auto* sqlite = *static_cast<sqlite3* const*>(handle.constData()))
            sqlite3_db_config(sqlite, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
}

bool isCorruption(const QSqlError& error)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), as primary or extended codes.
    const int code = error.nativeErrorCode().toInt();
    const int primary = code & 0xff;
    return primary == 11 || primary == 26;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("comptoir::Database", text);
}

} // namespace

Database::Database(Options options, FaultInjector* faults)
    : m_options(std::move(options))
    , m_faults(faults)
    , m_connectionName(
          QStringLiteral("comptoir-%1-%2").arg(m_options.role).arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

int Database::latestVersion() const
{
    int latest = 0;
    for (const SchemaMigration& migration : m_options.migrations)
        latest = std::max(latest, migration.version);
    return latest;
}

QStringList Database::companionFiles(const QString& path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

Status Database::fail(const QString& code, const QString& detail) const
{
    const QString role = m_options.role == QLatin1String("outbox") ? tr("outbox") : tr("cache");
    QString message;
    if (code == Corrupt)
        message = tr("The %1 file %2 is damaged.").arg(role, m_path);
    else if (code == Newer)
        message = tr("The %1 file %2 was written by a newer version of Comptoir (%3). Install that version "
                     "or a later one; this version will not change the file.")
                      .arg(role, m_path, detail);
    else if (code == Foreign)
        message = tr("The file %1 is not a Comptoir %2 file; it was left untouched.").arg(m_path, role);
    else
        message = tr("The %1 file %2 could not be read or written: %3").arg(role, m_path, detail);
    return Error{code, message};
}

Status Database::open(const QString& path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Io, tr("cannot create the folder"));
    QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(Io, file.errorString());
    } else if (info.size() == 0) {
        qCInfo(lcStore) << m_options.role << "file is empty (0 bytes): starting a new store in it";
    }
    tightenPermissions(path);

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        const QString reason = m_db.lastError().text();
        close();
        return fail(Io, reason);
    }
    setCheckpointOnClose(m_db, false);
    const Status status = checkAndMigrate();
    if (status.ok())
        setCheckpointOnClose(m_db, true);
    if (!status.ok()) {
        qCWarning(lcStore) << m_options.role << "open failed:" << status.error().code;
        close();
        return status;
    }
    qCInfo(lcStore) << m_options.role << "open, schema" << m_schemaVersion;
    return {};
}

Status Database::checkAndMigrate()
{
    if (auto busy = scalar(QStringLiteral("PRAGMA busy_timeout=5000")); !busy)
        return busy.status();

    // A damaged file shows here: either the statement fails (not a database) or it lists problems.
    QStringList problems;
    {
        auto check = exec(QStringLiteral("PRAGMA quick_check"));
        if (!check)
            return check.status();
        while (check.value().next()) {
            const QString line = check.value().value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    if (!problems.isEmpty()) {
        qCWarning(lcStore) << m_options.role << "quick_check:" << problems.size() << "problem(s)";
        return fail(Corrupt, problems.join(QLatin1Char('\n')));
    }

    auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return appId.status();
    auto userVersion = scalar(QStringLiteral("PRAGMA user_version"));
    if (!userVersion)
        return userVersion.status();
    const quint32 foundId = appId.value().toUInt();
    m_schemaVersion = userVersion.value().toInt();
    if (foundId != 0 && foundId != m_options.applicationId)
        return fail(Foreign, {});
    if (foundId == 0 && m_schemaVersion != 0)
        return fail(Foreign, {});
    if (foundId == 0) {
        // No application id: only a file without any table is a new store; anything else belongs
        // to someone else and is left as it is.
        auto objects = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!objects)
            return objects.status();
        if (objects.value().toInt() > 0)
            return fail(Foreign, {});
    }
    if (m_schemaVersion > latestVersion())
        return fail(Newer, tr("schema %1; this version knows up to %2").arg(m_schemaVersion).arg(latestVersion()));

    auto journal = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!journal)
        return journal.status();
    if (journal.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(Io, tr("write-ahead logging could not be enabled"));
    if (auto sync = scalar(m_options.fullSync ? QStringLiteral("PRAGMA synchronous=FULL")
                                              : QStringLiteral("PRAGMA synchronous=NORMAL"));
        !sync)
        return sync.status();
    if (auto keys = scalar(QStringLiteral("PRAGMA foreign_keys=ON")); !keys)
        return keys.status();

    QList<SchemaMigration> migrations = m_options.migrations;
    std::sort(migrations.begin(), migrations.end(),
              [](const SchemaMigration& a, const SchemaMigration& b) { return a.version < b.version; });
    for (const SchemaMigration& migration : std::as_const(migrations)) {
        if (migration.version <= m_schemaVersion)
            continue;
        const Status step = transaction([&]() -> Status {
            for (const QString& statement : migration.statements) {
                auto result = exec(statement);
                if (!result)
                    return result.status();
            }
            auto id = scalar(QStringLiteral("PRAGMA application_id=%1").arg(m_options.applicationId));
            if (!id)
                return id.status();
            return scalar(QStringLiteral("PRAGMA user_version=%1").arg(migration.version)).status();
        });
        if (!step.ok())
            return step;
        m_schemaVersion = migration.version;
        qCInfo(lcStore) << m_options.role << "migrated to schema" << m_schemaVersion;
    }
    tightenPermissions(m_path); // the WAL and shm files exist now
    return {};
}

void Database::close()
{
    for (const std::weak_ptr<Statement>& made : m_statements)
        if (const auto statement = made.lock())
            statement->finalize();
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& bindings)
{
    if (m_faults && m_faults->shouldFail())
        return fail(Io, tr("injected fault")).error();
    if (!m_db.isOpen())
        return fail(Io, tr("the file is not open")).error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant& value : bindings)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        const QSqlError error = query.lastError();
        qCWarning(lcStore) << m_options.role << "statement failed:" << error.nativeErrorCode() << error.text();
        return fail(isCorruption(error) ? Corrupt : Io, error.text()).error();
    }
    return query;
}

Result<QSqlQuery> Database::prepare(const QString& sql)
{
    if (!m_db.isOpen())
        return fail(Io, tr("the file is not open")).error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(Io, query.lastError().text()).error();
    return query;
}

Status Database::run(QSqlQuery& query, const QVariantList& bindings)
{
    if (m_faults && m_faults->shouldFail())
        return fail(Io, tr("injected fault"));
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings[i]);
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        qCWarning(lcStore) << m_options.role << "statement failed:" << error.nativeErrorCode() << error.text();
        return fail(isCorruption(error) ? Corrupt : Io, error.text());
    }
    return {};
}

Statement::~Statement()
{
    finalize();
}

void Statement::finalize()
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

Result<std::shared_ptr<Statement>> Database::statement(const QString& sql)
{
    const QVariant handle = nativeHandle();
    auto* db = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
    if (!db)
        return fail(Io, tr("the file is not open")).error();
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &raw, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(raw);
        return fail(Io, QString::fromUtf8(sqlite3_errmsg(db))).error();
    }
    std::shared_ptr<Statement> made(new Statement(raw));
    std::erase_if(m_statements, [](const std::weak_ptr<Statement>& s) { return s.expired(); });
    m_statements.push_back(made);
    return made;
}

Status Database::run(Statement& statement, const QVariantList& bindings)
{
    if (m_faults && m_faults->shouldFail())
        return fail(Io, tr("injected fault"));
    sqlite3_stmt* s = statement.m_statement;
    if (!s)
        return fail(Io, tr("the file is not open"));
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant& v = bindings[i];
        int rc = SQLITE_OK;
        switch (v.isNull() ? QMetaType::UnknownType : v.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(s, i + 1);
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(s, i + 1, v.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(s, i + 1, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = v.toByteArray();
            rc = sqlite3_bind_blob64(s, i + 1, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text64(s, i + 1, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT,
                                     SQLITE_UTF8);
            break;
        }
        }
        if (rc != SQLITE_OK)
            return fail(Io, QString::fromUtf8(sqlite3_errstr(rc)));
    }
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const QString detail = QString::fromUtf8(sqlite3_errstr(rc));
        qCWarning(lcStore) << m_options.role << "statement failed:" << rc << detail;
        const int primary = rc & 0xff;
        return fail(primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? Corrupt : Io, detail);
    }
    return {};
}

Status Database::run(Statement& statement, const Bound* values, int count)
{
    if (m_faults && m_faults->shouldFail())
        return fail(Io, tr("injected fault"));
    sqlite3_stmt* s = statement.m_statement;
    if (!s)
        return fail(Io, tr("the file is not open"));
    sqlite3_reset(s);
    for (int i = 0; i < count; ++i) {
        const Bound& v = values[i];
        int rc = SQLITE_OK;
        switch (v.kind) {
        case Bound::Kind::Null:
            rc = sqlite3_bind_null(s, i + 1);
            break;
        case Bound::Kind::Integer:
            rc = sqlite3_bind_int64(s, i + 1, v.integer);
            break;
        case Bound::Kind::Text:
            rc = sqlite3_bind_text64(s, i + 1, v.text, sqlite3_uint64(v.size), SQLITE_STATIC, SQLITE_UTF8);
            break;
        }
        if (rc != SQLITE_OK) {
            sqlite3_clear_bindings(s);
            return fail(Io, QString::fromUtf8(sqlite3_errstr(rc)));
        }
    }
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s); // the texts were the caller's: no pointer to them is kept
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const QString detail = QString::fromUtf8(sqlite3_errstr(rc));
        qCWarning(lcStore) << m_options.role << "statement failed:" << rc << detail;
        const int primary = rc & 0xff;
        return fail(primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? Corrupt : Io, detail);
    }
    return {};
}

QVariant Database::nativeHandle() const
{
    return m_db.isOpen() ? m_db.driver()->handle() : QVariant();
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& bindings)
{
    auto query = exec(sql, bindings);
    if (!query)
        return query.error();
    QVariant value = query.value().next() ? query.value().value(0) : QVariant();
    query.value().finish();
    return value;
}

Status Database::transaction(const std::function<Status()>& body)
{
    auto begin = exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begin)
        return begin.status();
    Status status = body();
    if (status.ok()) {
        auto commit = exec(QStringLiteral("COMMIT"));
        if (commit)
            return {};
        status = commit.status();
    }
    // The rollback must happen whatever the fault seam says, or the connection stays in a
    // transaction; it bypasses the seam.
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    return status;
}

} // namespace comptoir
