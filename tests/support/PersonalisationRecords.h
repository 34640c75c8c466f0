#pragma once

// What a token personalisation writes to as the operator, on the test's database: the SO PIN
// vault (sealed with the test's master key) and the audit recorder. Shared by the token tests
// (TokenFixture) and the ones that personalise or write a certificate through the outbox
// (TokenEnrolmentTest, KeyUpdateFinishTest), which used to build both alike.
#include "common/Clock.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"
#include "token/AuditPersonalisationRecorder.h"
#include "token/SoPinVault.h"

#include <QString>

namespace guichet::test {

struct PersonalisationRecords {
    PersonalisationRecords(Database& db, EncryptionService& encryption, const Clock& clock,
                           const QString& operatorId)
        : vault(db, encryption, clock, operatorId), recorder(db, clock, operatorId)
    {
    }

    SoPinVault vault;
    AuditPersonalisationRecorder recorder;
};

} // namespace guichet::test
