#pragma once

#include "Result.h"
#include "demo/TrainingLibrary.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
class QHttpServer;
class QHttpServerResponder;
class QHttpServerRequest;
class QHttpServerResponse;

namespace comptoir::sandbox {

class SandboxClock;
struct FaultPlan;

// The training library's Koha REST API v1 subset, served from its SQLite file:
// /api/v1/libraries, /holds/queue (the per-site pick list), /holds (q= filters, paging, ordering, embeds), /holds/{id}
// (GET, DELETE), /items (?external_id=), /items/{id}, /biblios/{id}, /patrons/{id}. Basic auth or an OAuth2 bearer
// token from POST /api/v1/oauth/token (client credentials); 401 without either. Objects carry Koha's field names and
// types (definitions in shared/reference/koha-api).
class KohaRestServer
{
public:
    static inline const QString DefaultLogin = demo::RestLogin;
    static inline const QString DefaultPassword = demo::RestPassword;
    // OAuth2 client credentials (POST /api/v1/oauth/token).
    static inline const QString DefaultClientId = demo::OAuthClientId;
    static inline const QString DefaultClientSecret = demo::OAuthClientSecret;

    explicit KohaRestServer(const QString& dataFile);
    ~KohaRestServer();

    void setCredentials(const QString& login, const QString& password);
    // Lifetime of the access tokens it issues (default one hour).
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }
    // Controls (all optional): faults applied to API requests, the clock /_sandbox/clock moves, the
    // live mode's step that /_sandbox/live triggers (returns the events that happened).
    void setFaults(FaultPlan* faults) { m_faults = faults; }
    void setClock(SandboxClock* clock) { m_clock = clock; }
    // The next n writes (POST to an account) are carried out, then their answers lost: the
    // connection is closed before any answer (a client must not do them twice when it retries).
    void loseWriteAnswers(int n) { m_loseWrites = n; }
    void setLiveStep(std::function<int(int)> step) { m_liveStep = std::move(step); }
    // The secret the controls require in the X-Comptoir-Sandbox-Token header (printed on the
    // ready line for whoever started the training library). Empty: the controls are off.
    void setControlToken(const QByteArray& token) { m_controlToken = token; }
    static inline const QByteArray TokenHeader = QByteArrayLiteral("X-Comptoir-Sandbox-Token");
    // Opens the data file and listens; port 0 picks a free one. Returns the port.
    Result<quint16> listen(const QHostAddress& address, quint16 port);

    // The JSON objects, as served (public for the contract tests).
    QJsonObject library(const QString& id);
    QJsonObject hold(qint64 id);
    QJsonObject item(qint64 id);
    QJsonObject biblio(qint64 id);
    // The record as Koha gives it for Accept: application/marc-in-json (UNIMARC: 001, 010 $b
    // binding, 200 $a $f, 215 $a extent $d dimensions); empty when there is no such record.
    QJsonObject biblioMarc(qint64 id);
    QJsonObject patron(qint64 id);
    // Listings' pages are read with SQLite's own statements on the same connection (the default);
    // off, through QtSql (the tests compare the two byte for byte).
    void setNativeListings(bool on) { m_nativeListings = on; }

private:
    enum class Lookup { Library, Hold, Item, Biblio, Patron };
    QJsonObject lookup(Lookup which, const QVariant& id);
    QSqlQuery& lookupQuery(Lookup which);
    // A listing's page as JSON text: the row's object (without its closing brace), its embeds, and
    // an embedded object looked up by id (the same objects as the QJsonObject forms above).
    static void appendRow(QByteArray& out, Lookup which, const QSqlQuery& q);
    void appendEmbeds(QByteArray& out, bool holds, const QSet<QString>& embeds, const QSqlQuery& row);
    void appendLookup(QByteArray& out, Lookup which, const QVariant& id);
    static QJsonObject libraryFrom(const QSqlQuery& q);
    static QJsonObject holdFrom(const QSqlQuery& q);
    static QJsonObject itemFrom(const QSqlQuery& q);
    static QJsonObject biblioFrom(const QSqlQuery& q);
    static QJsonObject patronFrom(const QSqlQuery& q);
    enum class Resource { Libraries, Holds, Items, Patrons };
    QHttpServerResponse list(const QHttpServerRequest& request, Resource resource);
    // Adds the related objects asked for (item, biblio, patron, pickup_library) from the ids the
    // object carries.
    void embed(QJsonObject& object, const QSet<QString>& embeds);
    bool authorised(const QHttpServerRequest& request) const;
    QHttpServerResponse cancelHold(const QHttpServerRequest& request, qint64 id);
    // Answers through the fault plan: 500, malformed JSON, delay, or no answer at all.
    void serve(QHttpServerResponder&& responder, const std::function<QHttpServerResponse()>& produce);
    // /_sandbox/faults (GET, POST a JSON object, DELETE), /_sandbox/clock, /_sandbox/live; loopback peers only.
    QHttpServerResponse admin(const QHttpServerRequest& request);

    QString m_dataFile;
    QString m_connection;
    QSqlDatabase m_db;
    QSqlQuery m_lookups[5]; // prepared once, one per Lookup
    // The same lookups as SQLite statements on the connection's own handle, for listings' embeds:
    // a page of 1000 requests with three embeds is 4000 rows, and QtSql's values (a QVariant, a
    // UTF-16 copy, then UTF-8 again per column) were most of the request. Prepared once, reset
    // after each use, finalized before the connection closes.
    sqlite3* nativeHandle();
    sqlite3_stmt* nativeLookup(Lookup which);
    void finalizeNative();
    // A listing's rows read from a statement: the row, its embeds (same bytes as appendRow and
    // appendEmbeds on a QSqlQuery of the same row), an object looked up by the id in a column.
    // embeds: the EmbedBits asked for.
    void appendNativeEmbeds(QByteArray& out, bool holds, unsigned embeds, sqlite3_stmt* row);
    void appendNativeLookup(QByteArray& out, Lookup which, sqlite3_stmt* row, int column);
    sqlite3* m_native = nullptr;
    sqlite3_stmt* m_nativeLookups[5] = {};
    bool m_nativeListings = true;
    QHttpServerResponse token(const QHttpServerRequest& request);
    // The pick list: one available copy assigned to each pending request, a copy at the pickup
    // site first (as Koha's holds queue builder does). Computed once, again after a change.
    struct QueueLine
    {
        qint64 biblioId = 0, itemId = 0, patronId = 0;
        std::optional<qint64> holdGroupId;
        QString barcode, holdDate, holdingLibrary, pickupLibrary, callnumber, notes; // null: JSON null
        bool itemLevel = false;
    };
    const QList<QueueLine>& holdsQueue();
    static QJsonObject queueObject(const QueueLine& line);
    // A line as QJsonDocument writes queueObject() (compact, keys in order), without building it.
    static void appendQueueLine(QByteArray& out, const QueueLine& line);
    QHttpServerResponse queueResponse(const QHttpServerRequest& request);

    QByteArray m_expectedAuth;
    QHash<QByteArray, QDateTime> m_tokens; // access token → expiry (UTC)
    int m_tokenLifetime = 3600;
    // Notices changes made through other connections (PRAGMA data_version): forgets the pick list
    // and the counts computed before.
    void followOtherConnections();
    // A count(*) statement's result, computed again only after the data changed.
    Result<qint64> count(const QString& sql, const QVariantList& bindings);
    QHash<QString, qint64> m_counts;
    QHash<QString, std::pair<int, QVariant>> m_resume; // a listing → the next page and the key it starts after
    QList<QueueLine> m_queue;
    bool m_queueValid = false;
    quint64 m_queueBuilt = 0; // how many times the queue was built
    // The queue's lines matching a listing's filters, kept while the queue stands: a client reading
    // a site's list page after page filters the network's queue once, not once per page.
    struct QueueMatch
    {
        quint64 built = 0;
        QString filters;
        QList<qsizetype> lines; // in m_queue
    };
    QueueMatch m_queueMatch;
    QList<qsizetype> matchingQueueLines(const QList<QPair<QString, QString>>& wanted);
    qint64 m_dataVersion = -1;
    FaultPlan* m_faults = nullptr;
    SandboxClock* m_clock = nullptr;
    int m_loseWrites = 0;
    std::function<int(int)> m_liveStep;
    QByteArray m_controlToken;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_parked; // hung requests
    std::unique_ptr<QHttpServer> m_server;
};

// Translates a Koha `q=` JSON filter into an SQL condition over whitelisted columns: equality,
// null, arrays (any of), and the operators -in, -not_in, =, !=, >, <, >=, <=, -like, -not_like.
// Values are bound, never spliced. An error for unknown fields or malformed filters.
struct SqlFilter
{
    QString where;
    QVariantList bindings;
    int terms = 0; // comparisons (an IN list is one), alternatives included
};
// Beyond these a filter is refused (400, "invalid_query"), never sent to SQLite to fail there:
// comparisons (of all the q= of a request together) and bound values (IN lists).
constexpr int MaxQueryTerms = 400;
constexpr int MaxQueryValues = 20000;
Result<SqlFilter> translateKohaQuery(const QByteArray& json, const QHash<QString, QString>& columns);

} // namespace comptoir::sandbox
