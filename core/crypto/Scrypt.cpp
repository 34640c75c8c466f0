#include "crypto/Scrypt.h"

#include "crypto/OpenSsl.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

namespace guichet {

bool ScryptParameters::isAcceptable() const
{
    const bool powerOfTwo = n > 1 && (n & (n - 1)) == 0;
    // Lower bounds: test builds use 2^14; upper bounds keep memory under 1 GiB.
    return powerOfTwo && n >= (quint64(1) << 14) && n <= (quint64(1) << 20) && r >= 1 && r <= 32 &&
           p >= 1 && p <= 16 && quint64(128) * r * n <= (quint64(1) << 30);
}

Result<SecretBytes> Scrypt::derive(QByteArrayView passphrase, QByteArrayView salt,
                                   const ScryptParameters& parameters, std::size_t keyLength)
{
    if (!parameters.isAcceptable()) {
        return Error{ErrorCode::IncompatibleData,
                     tr("The passphrase key-derivation parameters are out of range (N=%1, r=%2, "
                        "p=%3); the stored settings may have been altered.")
                         .arg(parameters.n)
                         .arg(parameters.r)
                         .arg(parameters.p)};
    }
    const openssl::Kdf kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    const openssl::KdfCtx ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx) {
        return openssl::failure(tr("preparing scrypt"));
    }
    uint64_t n = parameters.n;
    uint32_t r = parameters.r;
    uint32_t p = parameters.p;
    // scrypt needs 128 * r * (N + p) bytes plus a little; allow exactly that much.
    uint64_t maxMemory = uint64_t(128) * r * (n + p + 2) + (uint64_t(1) << 20);
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                                          const_cast<char*>(passphrase.data()),
                                          std::size_t(passphrase.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()),
                                          std::size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end()};
    SecretBytes key(keyLength);
    if (EVP_KDF_derive(ctx.get(), key.data(), keyLength, params) != 1) {
        return openssl::failure(tr("deriving a key from the passphrase"));
    }
    return key;
}

} // namespace guichet
