#pragma once

#include "security/MasterKeySource.h"
#include "security/OsKeychain.h"

#include <QCoreApplication>

namespace guichet {

// What `guichet-cli keychain status` reports, without creating anything.
struct KeychainState {
    bool reachable = false;
    bool hasMasterKey = false;
    QString keyId;   // hex fingerprint of the stored key, when there is one
    QString problem; // translated, when not reachable
};

// The master key in the OS keychain, created on first use (32 random bytes).
class KeychainMasterKeySource final : public MasterKeySource {
    Q_DECLARE_TR_FUNCTIONS(KeychainMasterKeySource)
public:
    static QString defaultService() { return QStringLiteral("Guichet"); }
    static QString defaultEntry() { return QStringLiteral("workstation-master-key"); }

    explicit KeychainMasterKeySource(OsKeychain keychain = OsKeychain(defaultService()),
                                     QString entry = defaultEntry());

    QString kind() const override { return QStringLiteral("keychain"); }
    Result<SecretBytes> masterKey() override;

    KeychainState inspect() const;

    // The refusal an operator sees when no keychain can be reached.
    static QString unreachableAdvice(const QString& cause);

private:
    OsKeychain m_keychain;
    QString m_entry;
};

} // namespace guichet
