#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3_stmt;

namespace comptoir {

class FaultInjector;

// One schema version: the statements that bring the file from the previous version to this one.
// Statements must be idempotent (IF NOT EXISTS …); each migration runs in its own transaction.
struct SchemaMigration
{
    int version;
    QStringList statements;
};

// A SQLite file opened through QSQLITE: owner-only permissions, WAL, quick_check on open,
// ordered migrations recorded in user_version, and a refusal of files from a newer version.
// A statement prepared on the connection's own SQLite handle and bound value by value without
// QSqlQuery's conversions (text goes in as UTF-8, as SQLite stores it): the sync's bulk writes,
// tens of thousands of rows a page. Made by Database::statement, run by Database::run.
class Statement
{
public:
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

private:
    friend class Database;
    explicit Statement(sqlite3_stmt* statement)
        : m_statement(statement)
    {
    }
    void finalize();
    sqlite3_stmt* m_statement;
};

// One value for Database::run without a QVariant: NULL, an integer, or UTF-8 text that the
// caller keeps alive until run() returns (it is not copied).
struct Bound
{
    enum class Kind : quint8 { Null, Integer, Text };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    const char* text = nullptr;
    qint64 size = 0;

    static Bound null() { return {}; }
    static Bound of(qint64 value) { return {Kind::Integer, value, nullptr, 0}; }
    static Bound utf8(const char* data, qint64 length) { return {Kind::Text, 0, data ? data : "", length}; }
};

class Database
{
public:
    struct Options
    {
        QString role;          // "cache" or "outbox": in connection names and messages
        quint32 applicationId; // PRAGMA application_id, tells our files from others
        bool fullSync;         // synchronous=FULL (durable) or NORMAL
        QList<SchemaMigration> migrations;
    };

    // Error codes returned by open() and the operations.
    static inline const QString Corrupt = QStringLiteral("store.corrupt");
    static inline const QString Newer = QStringLiteral("store.newer");
    static inline const QString Foreign = QStringLiteral("store.foreign");
    static inline const QString Io = QStringLiteral("store.io");

    explicit Database(Options options, FaultInjector* faults = nullptr);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status open(const QString& path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    int latestVersion() const;

    // Runs one statement with positional bindings. The query is returned positioned before
    // its first row.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& bindings = {});
    // Runs a statement and returns the first column of its first row (null when there is none);
    // the statement is finished, so it holds no read transaction open.
    Result<QVariant> scalar(const QString& sql, const QVariantList& bindings = {});
    // A statement prepared once and run many times (bulk writes in the sync).
    Result<QSqlQuery> prepare(const QString& sql);
    // The driver's own handle (a QVariant holding `sqlite3*`), for the few reads too large for
    // QSqlQuery's per-value overhead. Invalid when the file is not open.
    QVariant nativeHandle() const;
    Status run(QSqlQuery& query, const QVariantList& bindings);
    // A bulk-write statement (see Statement); valid while the file stays open.
    Result<std::shared_ptr<Statement>> statement(const QString& sql);
    Status run(Statement& statement, const QVariantList& bindings);
    Status run(Statement& statement, const Bound* values, int count);
    // Runs body inside BEGIN IMMEDIATE … COMMIT; rolls back when body or the commit fails.
    Status transaction(const std::function<Status()>& body);

    // The files SQLite may have next to the database (WAL and shared memory).
    static QStringList companionFiles(const QString& path);

private:
    Status fail(const QString& code, const QString& detail) const;
    Status checkAndMigrate();

    Options m_options;
    FaultInjector* m_faults;
    // Statements made by statement(): finalized before the file closes (SQLite refuses to close
    // a connection with statements still prepared on it).
    std::vector<std::weak_ptr<Statement>> m_statements;
    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

} // namespace comptoir
