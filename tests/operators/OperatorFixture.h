#pragma once

#include "audit/AuditLog.h"
#include "ca/TrainingCa.h"
#include "common/Clock.h"
#include "domain/ProductCatalogue.h"
#include "operators/CardLogin.h"
#include "operators/OperatorService.h"
#include "operators/TrainingOperatorCard.h"
#include "security/EncryptionService.h"
#include "security/MasterKeySource.h"
#include "storage/Database.h"
#include "support/SoftHsmToken.h"
#include "support/TestDatabase.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

#include <QSqlQuery>
#include <gtest/gtest.h>
#include <memory>

namespace guichet::test {

inline SecretBytes pin(const char* text)
{
    return SecretBytes::copyOf(QByteArrayView(text));
}

// One workstation: a SQLite database, its encryption service, its training CA; the cards
// are SoftHSM2 tokens in the test's private SoftHSM2 (shared by the workstations of a test).
struct Workstation {
    std::unique_ptr<TestDatabase> testDb;
    std::unique_ptr<Database> db;
    std::unique_ptr<EncryptionService> encryption;
    std::unique_ptr<AuditLog> audit;

    void open(const Clock& clock)
    {
        testDb = std::make_unique<TestDatabase>(Engine::Sqlite);
        auto opened = Database::open(testDb->config());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        db = std::move(opened).value();
        encryption = std::make_unique<EncryptionService>(
            std::make_unique<FixedMasterKeySource>(SecretBytes::copyOf(QByteArray(32, 'k'))));
        audit = std::make_unique<AuditLog>(*db, clock);
    }

    // The training CA's root and issuing certificates: the login's trust anchors.
    QList<QByteArray> anchors()
    {
        auto found = CardLogin::workstationTrustAnchors(*db, true);
        EXPECT_TRUE(found.ok());
        return found.ok() ? *found : QList<QByteArray>();
    }

    // Actions of the audit trail about operators, oldest first, with their details.
    QList<AuditEvent> operatorEvents()
    {
        QList<AuditEvent> events;
        QSqlQuery query = db->query();
        query.prepare(QStringLiteral("SELECT seq, operator, action, object_id, details FROM "
                                     "audit_event WHERE action LIKE 'operator.%' ORDER BY seq"));
        EXPECT_TRUE(query.exec());
        while (query.next()) {
            AuditEvent event;
            event.seq = query.value(0).toLongLong();
            event.operatorId = query.value(1).toString();
            event.action = query.value(2).toString();
            event.objectId = query.value(3).toString();
            event.detailsJson = query.value(4).toString().toUtf8();
            events.append(event);
        }
        return events;
    }

    void close()
    {
        audit.reset();
        encryption.reset();
        db.reset();
        testDb.reset();
    }
};

class OperatorTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        softHsm = std::make_unique<SoftHsmToken>();
        requireSoftHsm(*softHsm);
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto loaded = Pkcs11Module::load(SoftHsmToken::modulePath());
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        module = std::move(loaded).value();
        office.open(clock);
    }

    void TearDown() override
    {
        office.close();
        other.close();
        module.reset(); // C_Finalize before the token folder goes
        softHsm.reset();
    }

    // A training card with its account (the first one is the bootstrap supervisor).
    TrainingOperatorCard::Created makeOperator(const QString& name, OperatorRole role,
                                               const OperatorAccount* actor,
                                               const char* userPin = "246813",
                                               const QString& organisation = {})
    {
        TrainingOperatorCard cards(*office.db, *office.encryption, clock,
                                   ProductCatalogue::builtIn());
        TrainingOperatorCard::Request request;
        request.name = name;
        request.role = role;
        request.organisationName = organisation;
        request.trainingDate = clock.nowUtc().date().addMonths(-2);
        auto created = cards.create(*module, request, pin(userPin), actor);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return created.ok() ? *created : TrainingOperatorCard::Created{};
    }

    Result<OperatorSession> login(const QString& serial, const char* userPin = "246813")
    {
        CardLogin cardLogin(*office.db, *office.audit, clock);
        return cardLogin.login(*module, serial, pin(userPin), office.anchors());
    }

    FixedClock clock{QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<SoftHsmToken> softHsm;
    std::unique_ptr<Pkcs11Module> module;
    Workstation office;
    Workstation other; // another office, with its own training CA
};

} // namespace guichet::test
