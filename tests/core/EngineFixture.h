#pragma once

#include "common/Clock.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>
#include <memory>

namespace guichet::test {

// Runs a suite once per SQL engine, each test on a fresh, empty database.
class EngineTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        m_testDb = std::make_unique<TestDatabase>(GetParam());
        GUICHET_REQUIRE_DATABASE(*m_testDb);
        db = openDb();
        ASSERT_TRUE(db);
        service = std::make_unique<DossierService>(
            *db, clock, ProductCatalogue::builtIn(),
            OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")});
    }

    void TearDown() override
    {
        service.reset();
        db.reset();
        m_testDb.reset();
    }

    std::unique_ptr<Database> openDb()
    {
        auto opened = Database::open(m_testDb->config());
        EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().message.toStdString());
        return opened.ok() ? std::move(opened).value() : nullptr;
    }

    // A second workstation on the same database, acting as another operator.
    std::unique_ptr<DossierService> secondWorkstation(std::unique_ptr<Database>& holder)
    {
        holder = openDb();
        return std::make_unique<DossierService>(
            *holder, clock, ProductCatalogue::builtIn(),
            OperatorIdentity{QStringLiteral("op-bob"), QStringLiteral("Bob")});
    }

    TestDatabase& testDb() { return *m_testDb; }

    FixedClock clock{QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> db;
    std::unique_ptr<DossierService> service;

private:
    std::unique_ptr<TestDatabase> m_testDb;
};

inline std::string engineParamName(const ::testing::TestParamInfo<Engine>& info)
{
    return TestDatabase::engineName(info.param).toStdString();
}

#define GUICHET_ON_BOTH_ENGINES(Suite)                                                             \
    INSTANTIATE_TEST_SUITE_P(                                                                      \
        Engines, Suite,                                                                            \
        ::testing::Values(::guichet::test::Engine::Sqlite, ::guichet::test::Engine::Postgres),     \
        ::guichet::test::engineParamName)

} // namespace guichet::test
