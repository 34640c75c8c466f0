// The RSA_METHOD and EC_KEY_METHOD interfaces are deprecated in OpenSSL 3.0 in favour of
// providers, but they are still how a key whose private half lives elsewhere is plugged into
// OpenSSL 3.0's CMP code (libp11 does the same); a provider would be several hundred lines.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "ca/renewal/SignerKey.h"

#include "crypto/KeySigner.h"

#include <cstring>
#include <openssl/ec.h>
#include <openssl/rsa.h>

namespace guichet {
namespace {

std::optional<QCryptographicHash::Algorithm> digestOfNid(int nid)
{
    switch (nid) {
    case NID_sha256:
        return QCryptographicHash::Sha256;
    case NID_sha384:
        return QCryptographicHash::Sha384;
    case NID_sha512:
        return QCryptographicHash::Sha512;
    default:
        return std::nullopt;
    }
}

// ECDSA_sign gives no digest type: the length says which.
std::optional<QCryptographicHash::Algorithm> digestOfLength(int length)
{
    return length == 32   ? digestOfNid(NID_sha256)
           : length == 48 ? digestOfNid(NID_sha384)
           : length == 64 ? digestOfNid(NID_sha512)
                          : std::nullopt;
}

int rsaIndex()
{
    static const int index = RSA_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

int ecIndex()
{
    static const int index = EC_KEY_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

bool copySignature(const Result<QByteArray>& signature, unsigned char* out, unsigned int* length,
                   int capacity)
{
    if (!signature || signature->isEmpty() || signature->size() > capacity) {
        return false;
    }
    std::memcpy(out, signature->constData(), static_cast<size_t>(signature->size()));
    *length = static_cast<unsigned int>(signature->size());
    return true;
}

int rsaSign(int type, const unsigned char* digest, unsigned int digestLength,
            unsigned char* signature, unsigned int* signatureLength, const RSA* rsa)
{
    auto* signer = static_cast<KeySigner*>(RSA_get_ex_data(rsa, rsaIndex()));
    const auto algorithm = digestOfNid(type);
    if (signer == nullptr || !algorithm) {
        return 0;
    }
    const QByteArray hash(reinterpret_cast<const char*>(digest), static_cast<int>(digestLength));
    return copySignature(signer->signDigest(*algorithm, hash), signature, signatureLength,
                         RSA_size(rsa))
               ? 1
               : 0;
}

int ecSign(int, const unsigned char* digest, int digestLength, unsigned char* signature,
           unsigned int* signatureLength, const BIGNUM*, const BIGNUM*, EC_KEY* key)
{
    auto* signer = static_cast<KeySigner*>(EC_KEY_get_ex_data(key, ecIndex()));
    const auto algorithm = digestOfLength(digestLength);
    if (signer == nullptr || !algorithm) {
        return 0;
    }
    const QByteArray hash(reinterpret_cast<const char*>(digest), digestLength);
    return copySignature(signer->signDigest(*algorithm, hash), signature, signatureLength,
                         ECDSA_size(key))
               ? 1
               : 0;
}

ECDSA_SIG* ecSignSig(const unsigned char* digest, int digestLength, const BIGNUM*, const BIGNUM*,
                     EC_KEY* key)
{
    unsigned char der[256];
    unsigned int length = 0;
    if (ECDSA_size(key) > static_cast<int>(sizeof der) ||
        ecSign(0, digest, digestLength, der, &length, nullptr, nullptr, key) != 1) {
        return nullptr;
    }
    const unsigned char* in = der;
    return d2i_ECDSA_SIG(nullptr, &in, static_cast<long>(length));
}

const RSA_METHOD* rsaMethod()
{
    static RSA_METHOD* method = [] {
        RSA_METHOD* made = RSA_meth_dup(RSA_get_default_method());
        if (made != nullptr) {
            RSA_meth_set1_name(made, "guichet KeySigner");
            RSA_meth_set_sign(made, rsaSign);
        }
        return made;
    }();
    return method;
}

const EC_KEY_METHOD* ecMethod()
{
    static EC_KEY_METHOD* method = [] {
        EC_KEY_METHOD* made = EC_KEY_METHOD_new(EC_KEY_OpenSSL());
        if (made != nullptr) {
            EC_KEY_METHOD_set_sign(made, ecSign, nullptr, ecSignSig);
        }
        return made;
    }();
    return method;
}

} // namespace

Result<openssl::PKey> SignerKey::make(KeySigner& signer, const QByteArray& publicKeyInfo)
{
    const auto* in = reinterpret_cast<const unsigned char*>(publicKeyInfo.constData());
    openssl::PKey publicKey(d2i_PUBKEY(nullptr, &in, static_cast<long>(publicKeyInfo.size())));
    openssl::PKey key(EVP_PKEY_new());
    bool ok = publicKey && key;
    if (ok && EVP_PKEY_get_base_id(publicKey.get()) == EVP_PKEY_RSA) {
        RSA* rsa = EVP_PKEY_get1_RSA(publicKey.get());
        ok = rsa != nullptr && rsaMethod() != nullptr && RSA_set_method(rsa, rsaMethod()) == 1 &&
             RSA_set_ex_data(rsa, rsaIndex(), &signer) == 1 &&
             EVP_PKEY_assign_RSA(key.get(), rsa) == 1;
        if (!ok) {
            RSA_free(rsa);
        }
    } else if (ok && EVP_PKEY_get_base_id(publicKey.get()) == EVP_PKEY_EC) {
        EC_KEY* ec = EVP_PKEY_get1_EC_KEY(publicKey.get());
        ok = ec != nullptr && ecMethod() != nullptr && EC_KEY_set_method(ec, ecMethod()) == 1 &&
             EC_KEY_set_ex_data(ec, ecIndex(), &signer) == 1 &&
             EVP_PKEY_assign_EC_KEY(key.get(), ec) == 1;
        if (!ok) {
            EC_KEY_free(ec);
        }
    } else {
        ok = false;
    }
    if (!ok) {
        const QString detail = openssl::takeErrors();
        return Error{ErrorCode::InvalidInput,
                     tr("The key on the token cannot be used for this request (an RSA or EC "
                        "public key is expected). %1")
                         .arg(detail)};
    }
    return key;
}

} // namespace guichet
