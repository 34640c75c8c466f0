#pragma once

#include "common/Result.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace guichet {

// Qt Sql binds a null QString as NULL; Guichet's text columns are NOT NULL and hold ''.
inline QString sqlText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// One open connection, usable from the thread that opened it only (a Qt Sql rule). Opening
// applies the engine's settings and brings the schema up to date, refusing a database that a
// newer Guichet wrote.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const DatabaseConfig& config);

    const DatabaseConfig& config() const { return m_config; }
    bool isSqlite() const { return m_config.engine == DatabaseConfig::Engine::Sqlite; }
    QSqlDatabase& connection() { return m_db; }

    QSqlQuery query() const { return QSqlQuery(m_db); }
    // Prepares a statement once per connection and reuses it.
    QSqlQuery& prepared(const QString& sql);

    // Runs a statement; on failure returns a storage error naming what was being done.
    Status exec(QSqlQuery& query, const QString& what) const;
    Status exec(const QString& sql, const QString& what);
    Error storageError(const QSqlQuery& query, const QString& what) const;

    int schemaVersion() const { return m_schemaVersion; }

private:
    explicit Database(DatabaseConfig config, QString connectionName);
    Status configure();

    DatabaseConfig m_config;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    int m_schemaVersion = 0;
};

// BEGIN on construction, ROLLBACK unless commit() succeeded. SQLite takes the write lock
// at once (BEGIN IMMEDIATE) so two writers never deadlock on a lock upgrade.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    Database& m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace guichet
