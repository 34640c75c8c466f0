#include "support/TestDatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace guichet::test {

QString TestDatabase::engineName(Engine engine)
{
    return engine == Engine::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

TestDatabase::TestDatabase(Engine engine) : m_engine(engine)
{
    if (engine == Engine::Sqlite) {
        m_config.engine = DatabaseConfig::Engine::Sqlite;
        m_config.sqlitePath = m_dir.filePath(QStringLiteral("guichet.sqlite"));
        m_available = true;
        return;
    }
    const QString serverUrl = qEnvironmentVariable("GUICHET_TEST_PG");
    if (serverUrl.isEmpty()) {
        m_skipReason = QStringLiteral("PostgreSQL tests need GUICHET_TEST_PG "
                                      "(tests/run-all.sh starts a server and sets it)");
        return;
    }
    auto server = DatabaseConfig::fromUrl(serverUrl);
    if (!server) {
        m_skipReason = QStringLiteral("GUICHET_TEST_PG is not a PostgreSQL URL: ") + serverUrl;
        return;
    }
    m_adminConnection = QStringLiteral("test-admin-%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
        admin.setHostName(server->host);
        admin.setPort(server->port);
        admin.setUserName(server->user);
        admin.setDatabaseName(server->databaseName);
        if (!admin.open()) {
            m_skipReason = QStringLiteral("cannot reach PostgreSQL at %1: %2")
                               .arg(serverUrl, admin.lastError().text());
            return;
        }
        m_config = *server;
        m_config.databaseName =
            QStringLiteral("guichet_test_%1").arg(QRandomGenerator::global()->generate());
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(m_config.databaseName))) {
            m_skipReason =
                QStringLiteral("cannot create a test database: ") + create.lastError().text();
            return;
        }
    }
    m_available = true;
}

TestDatabase::~TestDatabase()
{
    if (m_adminConnection.isEmpty()) {
        return;
    }
    {
        QSqlDatabase admin = QSqlDatabase::database(m_adminConnection);
        if (m_available && admin.isOpen()) {
            QSqlQuery drop(admin);
            drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                          .arg(m_config.databaseName));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(m_adminConnection);
}

QString TestDatabase::url() const
{
    return m_engine == Engine::Sqlite ? m_config.sqlitePath : m_config.toDisplayUrl();
}

} // namespace guichet::test
