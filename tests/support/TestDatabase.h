#pragma once

#include "storage/DatabaseConfig.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace guichet::test {

enum class Engine { Sqlite, Postgres };

// A fresh, empty database for one test: a SQLite file in a temporary folder, or a new
// database on the PostgreSQL server named by GUICHET_TEST_PG (postgresql://user@host:port/db,
// set by tests/run-all.sh), dropped afterwards.
class TestDatabase {
public:
    explicit TestDatabase(Engine engine);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // Empty when the engine cannot be had here; skipReason() then says why.
    bool available() const { return m_available; }
    QString skipReason() const { return m_skipReason; }
    const DatabaseConfig& config() const { return m_config; }
    QString url() const;
    Engine engine() const { return m_engine; }
    QString folder() const { return m_dir.path(); }

    static QString engineName(Engine engine);

private:
    Engine m_engine;
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    bool m_available = false;
    QString m_skipReason;
    QString m_adminConnection;
};

} // namespace guichet::test

// Skips a test whose engine is missing, with the reason printed; fails instead when the
// test command promised the engine (GUICHET_REQUIRE_PG=1), so CI never skips silently.
#define GUICHET_REQUIRE_DATABASE(db)                                                               \
    do {                                                                                           \
        if (!(db).available()) {                                                                   \
            if (qEnvironmentVariableIntValue("GUICHET_REQUIRE_PG") == 1) {                         \
                FAIL() << (db).skipReason().toStdString();                                         \
            }                                                                                      \
            GTEST_SKIP() << (db).skipReason().toStdString();                                       \
        }                                                                                          \
    } while (false)
