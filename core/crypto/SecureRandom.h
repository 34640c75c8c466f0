#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace guichet {

// OpenSSL's CSPRNG. Keys come from the private generator (RAND_priv_bytes) so that public
// values such as nonces and salts are never drawn from the same stream as keys.
class SecureRandom {
public:
    static Result<QByteArray> bytes(qsizetype count);
    static Result<SecretBytes> secret(std::size_t count);
};

} // namespace guichet
