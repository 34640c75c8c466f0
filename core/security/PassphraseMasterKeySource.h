#pragma once

#include "common/Clock.h"
#include "common/Operator.h"
#include "crypto/Scrypt.h"
#include "security/MasterKeySource.h"

#include <QCoreApplication>

namespace guichet {

class Database;

// The master key for a workstation without a keychain, chosen by a supervisor: the key is
// stored in the database (table master_key_protection, one row), AES-256-GCM-wrapped under
// a key-encryption key that scrypt derives from a passphrase and a random salt. The row
// alone opens nothing; the passphrase is asked for each session and never stored.
class PassphraseMasterKeySource final : public MasterKeySource {
    Q_DECLARE_TR_FUNCTIONS(PassphraseMasterKeySource)
public:
    static constexpr qsizetype MinimumLength = 12;

    PassphraseMasterKeySource(Database& db, SecretBytes passphrase);

    QString kind() const override { return QStringLiteral("passphrase"); }
    // Refused with a clear message when the passphrase is wrong.
    Result<SecretBytes> masterKey() override;

    // Whether this database's master key is passphrase-protected (the supervisor's choice).
    static Result<bool> isConfigured(Database& db);

    // Records `masterKey` under `passphrase`, in one transaction with an audit event. Pass
    // the key already in use (from the keychain) so that stored documents stay readable, or
    // an empty SecretBytes for a new random key. Returns the key's hex fingerprint.
    // Refused when a passphrase is already set or the passphrase is too short.
    static Result<QString> protect(Database& db, const Clock& clock, const OperatorIdentity& actor,
                                   const SecretBytes& passphrase, SecretBytes masterKey,
                                   const ScryptParameters& parameters = {});

    // Changes the passphrase: the master key is unwrapped with `oldPassphrase` and wrapped
    // again under `newPassphrase` with a fresh salt, in one transaction with an audit event.
    // The key itself does not change, so no stored document is re-encrypted. Refused when
    // the old passphrase is wrong, the new one is too short or equal to the old one, or no
    // passphrase is set. Returns the (unchanged) key's hex fingerprint.
    static Result<QString> changePassphrase(Database& db, const Clock& clock,
                                            const OperatorIdentity& actor,
                                            const SecretBytes& oldPassphrase,
                                            const SecretBytes& newPassphrase,
                                            const ScryptParameters& parameters = {});

private:
    struct Wrapped {
        QByteArray salt;
        QByteArray wrappedKey;
        QByteArray keyId;
    };
    static Status checkNewPassphrase(const SecretBytes& passphrase);
    static Result<Wrapped> wrap(const SecretBytes& passphrase, const SecretBytes& masterKey,
                                const ScryptParameters& parameters);

    Database& m_db;
    SecretBytes m_passphrase;
};

} // namespace guichet
