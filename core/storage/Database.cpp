#include "storage/Database.h"

#include "common/Logging.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <atomic>

namespace guichet {
namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("guichet-%1").arg(counter.fetch_add(1));
}

// Whether the engine failed because the disk (or the database's size limit) is full: SQLite's
// SQLITE_FULL (13; Qt gives the result code, possibly extended, whose low byte is the primary
// code) or PostgreSQL's SQLSTATE 53100 disk_full.
bool isDiskFull(const QSqlError& error, bool sqlite)
{
    if (!sqlite) {
        return error.nativeErrorCode() == u"53100";
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    constexpr int kSqliteFull = 13;
    return ok && (code & 0xff) == kSqliteFull;
}

} // namespace

Database::Database(DatabaseConfig config, QString connectionName)
    : m_config(std::move(config)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
    if (m_db.isOpen() && isSqlite()) {
        // SQLite's advice for long-lived connections: refresh the planner's statistics where
        // they went stale, which keeps search on an index as the table grows.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA optimize"));
    }
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig& config)
{
    std::unique_ptr<Database> db(new Database(config, nextConnectionName()));
    if (db->isSqlite()) {
        const QFileInfo file(config.sqlitePath);
        if (!QDir().mkpath(file.absolutePath())) {
            return Error{
                ErrorCode::Io,
                tr("Cannot create the folder %1 for the database.").arg(file.absolutePath())};
        }
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        db->m_db.setDatabaseName(config.sqlitePath);
        db->m_db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(config.busyTimeoutMs));
    } else {
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        db->m_db.setHostName(config.host);
        db->m_db.setPort(config.port);
        db->m_db.setDatabaseName(config.databaseName);
        db->m_db.setUserName(config.user);
        if (!config.password.isEmpty()) {
            db->m_db.setPassword(config.password);
        }
        db->m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db->m_db.isValid()) {
        return Error{ErrorCode::Storage, tr("The Qt database driver for %1 is not installed.")
                                             .arg(db->isSqlite() ? QStringLiteral("SQLite")
                                                                 : QStringLiteral("PostgreSQL"))};
    }
    if (!db->m_db.open()) {
        return Error{ErrorCode::Storage,
                     tr("Cannot open the database %1: %2")
                         .arg(config.toDisplayUrl(), db->m_db.lastError().text())};
    }
    if (Status configured = db->configure(); !configured) {
        return configured.error();
    }
    auto migrated = Migrations::apply(*db);
    if (!migrated) {
        return migrated.error();
    }
    db->m_schemaVersion = *migrated;
    qCInfo(lcStorage) << "opened" << config.toDisplayUrl() << "schema" << db->m_schemaVersion;
    return db;
}

Status Database::configure()
{
    if (!isSqlite()) {
        // UTC everywhere; times are stored as milliseconds since the epoch anyway.
        return exec(QStringLiteral("SET TIME ZONE 'UTC'"), tr("configuring the session"));
    }
    // WAL lets readers work while a writer commits; FULL makes every commit durable across
    // a power cut, not only a crash of the process; foreign keys are off by default in SQLite.
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (Status status = exec(QString::fromLatin1(pragma), tr("configuring SQLite")); !status) {
            return status;
        }
    }
    return Status::success();
}

QSqlQuery& Database::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery statement(m_db);
        statement.prepare(sql);
        it = m_statements.insert(sql, statement);
    }
    return it.value();
}

Error Database::storageError(const QSqlQuery& query, const QString& what) const
{
    const QSqlError error = query.lastError();
    qCWarning(lcStorage) << "failed:" << what << error.nativeErrorCode() << error.text();
    if (isDiskFull(error, isSqlite())) {
        // The statement failed whole and the caller's Transaction rolls back (SQLite may
        // already have): nothing of this change is kept, which the operator must know.
        return Error{ErrorCode::Storage,
                     tr("The disk that holds the database is full: nothing was saved while %1. "
                        "Free some space on that disk (or ask your administrator), then try "
                        "again.")
                         .arg(what)};
    }
    return Error{ErrorCode::Storage,
                 tr("The database failed while %1: %2").arg(what, error.text())};
}

Status Database::exec(QSqlQuery& query, const QString& what) const
{
    if (!query.exec()) {
        return storageError(query, what);
    }
    return Status::success();
}

Status Database::exec(const QString& sql, const QString& what)
{
    QSqlQuery statement(m_db);
    if (!statement.exec(sql)) {
        return storageError(statement, what);
    }
    return Status::success();
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_begun =
        m_db.exec(m_db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"),
                  tr("starting a transaction"));
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open) {
        // Nothing useful to do if this fails: the connection is then broken and the
        // engine discards the transaction itself.
        (void)m_db.exec(QStringLiteral("ROLLBACK"), tr("cancelling a transaction"));
    }
}

Status Transaction::commit()
{
    if (!m_open) {
        return m_begun.ok() ? Status(Error{ErrorCode::Internal, tr("Transaction already ended.")})
                            : m_begun;
    }
    Status status = m_db.exec(QStringLiteral("COMMIT"), tr("saving the changes"));
    m_open = !status.ok();
    return status;
}

} // namespace guichet
