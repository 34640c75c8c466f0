#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace guichet {

// Where dossiers live: a SQLite file (one workstation) or a PostgreSQL server (an RA office
// whose workstations share dossiers).
struct DatabaseConfig {
    Q_DECLARE_TR_FUNCTIONS(DatabaseConfig)
public:
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    // Never stored in settings: comes from the URL given for this run, or from libpq's own
    // mechanisms (PGPASSFILE / ~/.pgpass, PGPASSWORD).
    QString password;
    int busyTimeoutMs = 5000;

    // "sqlite:/path/file.db", a plain file path, or "postgresql://user[:pw]@host[:port]/name".
    static Result<DatabaseConfig> fromUrl(const QString& url);
    // The default embedded database in the user's data folder.
    static DatabaseConfig defaultSqlite();

    // For display and settings: never contains the password.
    QString toDisplayUrl() const;
};

} // namespace guichet
