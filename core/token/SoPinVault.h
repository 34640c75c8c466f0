#pragma once

#include "common/Clock.h"
#include "token/SecretVault.h"

#include <QCoreApplication>

namespace guichet {

class AuditLog;
class Database;
class EncryptionService;

// SecretVault over the at-rest EncryptionService: each SO PIN sealed with the token's serial
// as associated data (a blob copied onto another token's row does not open), stored in
// token_so_pin, every store and every reveal written to the audit log in the same
// transaction. Use on the thread that opened the database.
class SoPinVault final : public SecretVault {
    Q_DECLARE_TR_FUNCTIONS(SoPinVault)
public:
    SoPinVault(Database& db, EncryptionService& encryption, const Clock& clock, QString operatorId);

    Status store(const QString& tokenSerial, const SecretBytes& secret) override;
    Result<SecretBytes> reveal(const QString& tokenSerial, VaultRole role,
                               VaultPurpose purpose) override;
    bool contains(const QString& tokenSerial) override;

private:
    Status audit(const QString& action, const QString& tokenSerial);

    Database& m_db;
    EncryptionService& m_encryption;
    const Clock& m_clock;
    QString m_operatorId;
};

} // namespace guichet
