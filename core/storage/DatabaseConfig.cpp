#include "storage/DatabaseConfig.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace guichet {

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString& url)
{
    DatabaseConfig config;
    if (url.startsWith(u"postgresql://") || url.startsWith(u"postgres://")) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()) {
            return Error{ErrorCode::InvalidInput,
                         tr("The PostgreSQL address is not valid. Write it as "
                            "postgresql://user@host:port/database.")};
        }
        config.engine = Engine::Postgres;
        config.host = parsed.host();
        config.port = parsed.port(5432);
        config.user = parsed.userName();
        config.password = parsed.password();
        config.databaseName = parsed.path().mid(1);
        if (config.databaseName.isEmpty()) {
            return Error{ErrorCode::InvalidInput,
                         tr("The PostgreSQL address names no database: add /database at "
                            "the end.")};
        }
        return config;
    }
    QString path = url;
    if (path.startsWith(u"sqlite:")) {
        path = path.mid(7);
        if (path.startsWith(u"//")) {
            path = path.mid(2);
        }
    }
    if (path.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("The database path is empty.")};
    }
    config.engine = Engine::Sqlite;
    config.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return config;
}

DatabaseConfig DatabaseConfig::defaultSqlite()
{
    DatabaseConfig config;
    config.engine = Engine::Sqlite;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    config.sqlitePath = QDir(folder).filePath(QStringLiteral("guichet.sqlite"));
    return config;
}

QString DatabaseConfig::toDisplayUrl() const
{
    if (engine == Engine::Sqlite) {
        return QStringLiteral("sqlite:") + sqlitePath;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + databaseName);
    return url.toString();
}

} // namespace guichet
