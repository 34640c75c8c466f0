#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QString>

namespace guichet {

// Where the workstation's 256-bit master key comes from. The master key only wraps
// per-object data keys (see Envelope); it never encrypts content itself.
//   - KeychainMasterKeySource: the OS keychain (the default), created on first use.
//   - PassphraseMasterKeySource: wrapped in the database under a supervisor's passphrase,
//     for a workstation without a keychain.
//   - FixedMasterKeySource: a key given in memory (tests, benchmarks).
// There is deliberately no source that stores the key in clear: without one of these,
// nothing sensitive is stored (issue 4: no silent plaintext fallback).
class MasterKeySource {
public:
    static constexpr std::size_t KeySize = 32;

    virtual ~MasterKeySource() = default;
    // A stable identifier of the kind of source: "keychain", "passphrase", "fixed".
    virtual QString kind() const = 0;
    // The key, loading or creating it as the source allows. An error explains to an operator
    // why there is no key and what to do.
    virtual Result<SecretBytes> masterKey() = 0;
};

class FixedMasterKeySource final : public MasterKeySource {
public:
    explicit FixedMasterKeySource(SecretBytes key) : m_key(std::move(key)) {}
    QString kind() const override { return QStringLiteral("fixed"); }
    Result<SecretBytes> masterKey() override { return SecretBytes::copyOf(m_key.view()); }

private:
    SecretBytes m_key;
};

} // namespace guichet
