#pragma once

#include "TestCa.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"
#include "support/PersonalisationRecords.h"
#include "support/SoftHsmToken.h"
#include "support/TestDatabase.h"
#include "token/Pkcs11Module.h"
#include "token/TokenPersonaliser.h"
#include "token/TokenSession.h"

#include <gtest/gtest.h>
#include <memory>

namespace guichet::test {

inline SecretBytes pin(const char* text)
{
    return SecretBytes::copyOf(QByteArrayView(text));
}

// A private SoftHSM2, a SQLite database for the vault and the audit, and the test CA: the
// world a personalisation needs, built fresh for each test.
class TokenTest : public ::testing::Test {
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
        testDb = std::make_unique<TestDatabase>(Engine::Sqlite);
        auto opened = Database::open(testDb->config());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        db = std::move(opened).value();
        encryption = std::make_unique<EncryptionService>(
            std::make_unique<FixedMasterKeySource>(SecretBytes::copyOf(QByteArray(32, 'k'))));
        records = std::make_unique<PersonalisationRecords>(*db, *encryption, clock,
                                                           QStringLiteral("op-alice"));
    }

    void TearDown() override
    {
        records.reset();
        encryption.reset();
        db.reset();
        testDb.reset();
        module.reset(); // C_Finalize before the token folder goes
        softHsm.reset();
    }

    CK_SLOT_ID blankSlot()
    {
        auto slot = TokenSlot::findBlank(*module);
        EXPECT_TRUE(slot.ok()) << (slot.ok() ? "" : slot.error().message.toStdString());
        return slot.ok() ? *slot : 0;
    }

    PersonalisationRequest request(KeyAlgorithm algorithm = KeyAlgorithm::EcP256)
    {
        PersonalisationRequest r;
        r.slot = blankSlot();
        r.label = QStringLiteral("Jean Dupont");
        r.algorithm = algorithm;
        r.subject = {QStringLiteral("Jean Dupont"),
                     QStringLiteral("Jean"),
                     QStringLiteral("Dupont"),
                     QStringLiteral("Étude Martin"),
                     QStringLiteral("FR"),
                     QStringLiteral("jean.dupont@example.org"),
                     QString(),
                     QString()};
        r.product = QStringLiteral("eidas-qcp-n-qscd");
        r.qscd = true;
        r.dossierRef = QStringLiteral("CMD-2026-1");
        return r;
    }

    static PersonalisationSecrets secrets(const char* holderPin = "483920")
    {
        PersonalisationSecrets s;
        s.holderPin = pin(holderPin);
        return s;
    }

    // A whole personalisation that must succeed; returns the state.
    PersonalisationState personalise(KeyAlgorithm algorithm = KeyAlgorithm::EcP256,
                                     const char* holderPin = "483920")
    {
        PersonalisationState state;
        TokenPersonaliser personaliser(*module, records->vault, records->recorder, &ca);
        const Status done = personaliser.run(request(algorithm), secrets(holderPin), state);
        EXPECT_TRUE(done.ok()) << (done.ok() ? "" : done.error().message.toStdString());
        EXPECT_EQ(state.done, PersonalisationStep::Verified);
        return state;
    }

    CK_SLOT_ID slotOf(const PersonalisationState& state)
    {
        auto slot = TokenSlot::findBySerial(*module, state.serial);
        EXPECT_TRUE(slot.ok());
        return slot.ok() ? *slot : 0;
    }

    QList<AuditEvent> tokenEvents(const QString& serial)
    {
        AuditLog log(*db, clock);
        auto events = log.eventsFor(QStringLiteral("token"), serial);
        EXPECT_TRUE(events.ok());
        return events.ok() ? *events : QList<AuditEvent>{};
    }

    std::unique_ptr<SoftHsmToken> softHsm;
    std::unique_ptr<Pkcs11Module> module;
    std::unique_ptr<TestDatabase> testDb;
    std::unique_ptr<Database> db;
    std::unique_ptr<EncryptionService> encryption;
    std::unique_ptr<PersonalisationRecords> records;
    FixedClock clock{QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC)};
    TestCa ca;
};

} // namespace guichet::test
