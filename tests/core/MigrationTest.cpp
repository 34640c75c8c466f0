#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST(Migrations, FreshDatabaseReachesTheLatestSchemaOnceAndReopens)
{
    TestDatabase testDb(Engine::Sqlite);
    {
        auto db = Database::open(testDb.config());
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_EQ((*db)->schemaVersion(), Migrations::latestVersion());
    }
    auto again = Database::open(testDb.config());
    ASSERT_TRUE(again.ok());
    QSqlQuery q = (*again)->query();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migration")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), Migrations::latestVersion());
}

TEST(Migrations, DatabaseFromANewerVersionIsRefusedAndLeftUntouched)
{
    TestDatabase testDb(Engine::Sqlite);
    {
        auto db = Database::open(testDb.config());
        ASSERT_TRUE(db.ok());
        QSqlQuery q = (*db)->query();
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO schema_migration (version, description, applied_at) "
                                  "VALUES (999, 'from the future', 0)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(testDb.config().sqlitePath);
    auto refused = Database::open(testDb.config());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::IncompatibleData);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("newer version")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("999")));
    EXPECT_EQ(fileHash(testDb.config().sqlitePath), before);
}

TEST(Migrations, AFileThatIsNotADatabaseIsRefusedWithAMessage)
{
    TestDatabase testDb(Engine::Sqlite);
    QFile file(testDb.config().sqlitePath);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto refused = Database::open(testDb.config());
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(refused.error().message.isEmpty());
    EXPECT_EQ(file.size(), 8192);
}
