#include "token/TokenCrypto.h"

#include "crypto/OpenSsl.h"

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

namespace guichet {
namespace {

using openssl::Deleter;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using Bn = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using OctetString = std::unique_ptr<ASN1_OCTET_STRING, Deleter<ASN1_OCTET_STRING_free>>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;

const QByteArray kP256 = QByteArray::fromHex("06082a8648ce3d030107");
const QByteArray kP384 = QByteArray::fromHex("06052b81040022");

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

Bn bignum(const QByteArray& bigEndian)
{
    return Bn(BN_bin2bn(bytes(bigEndian), static_cast<int>(bigEndian.size()), nullptr));
}

template <typename T, typename Encode> QByteArray der(T* object, Encode encode)
{
    const int size = encode(object, nullptr);
    if (size <= 0) {
        return {};
    }
    QByteArray out(size, Qt::Uninitialized);
    auto* cursor = reinterpret_cast<unsigned char*>(out.data());
    encode(object, &cursor);
    return out;
}

Result<QByteArray> fromData(const char* type, OSSL_PARAM_BLD* builder)
{
    Params params(OSSL_PARAM_BLD_to_param(builder));
    PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0) {
        return openssl::failure(TokenCrypto::tr("reading the token's public key"));
    }
    PKey key(raw);
    QByteArray spki = der(key.get(), i2d_PUBKEY);
    if (spki.isEmpty()) {
        return openssl::failure(TokenCrypto::tr("encoding the token's public key"));
    }
    return spki;
}

} // namespace

QByteArray TokenCrypto::ecParams(KeyAlgorithm algorithm)
{
    return algorithm == KeyAlgorithm::EcP384 ? kP384 : kP256;
}

std::optional<KeyAlgorithm> TokenCrypto::curveFromParams(const QByteArray& params)
{
    if (params == kP256) {
        return KeyAlgorithm::EcP256;
    }
    if (params == kP384) {
        return KeyAlgorithm::EcP384;
    }
    return std::nullopt;
}

Result<QByteArray> TokenCrypto::spkiFromEc(const QByteArray& params, const QByteArray& point)
{
    const auto curve = curveFromParams(params);
    if (!curve) {
        return Error{ErrorCode::Refused, tr("The token's key is on a curve Guichet does not "
                                            "use (only P-256 and P-384).")};
    }
    QByteArray rawPoint = point;
    const unsigned char* cursor = bytes(point);
    if (OctetString octets(d2i_ASN1_OCTET_STRING(nullptr, &cursor, point.size())); octets) {
        rawPoint = QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(octets.get())),
                              ASN1_STRING_length(octets.get()));
    }
    ERR_clear_error(); // a raw point is not an error
    ParamBld builder(OSSL_PARAM_BLD_new());
    const char* group = *curve == KeyAlgorithm::EcP384 ? "secp384r1" : "prime256v1";
    if (!builder ||
        !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) ||
        !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                          rawPoint.constData(),
                                          static_cast<size_t>(rawPoint.size()))) {
        return openssl::failure(tr("reading the token's public key"));
    }
    return fromData("EC", builder.get());
}

Result<QByteArray> TokenCrypto::spkiFromRsa(const QByteArray& modulus, const QByteArray& exponent)
{
    Bn n = bignum(modulus);
    Bn e = bignum(exponent);
    ParamBld builder(OSSL_PARAM_BLD_new());
    if (!n || !e || !builder ||
        !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) ||
        !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get())) {
        return openssl::failure(tr("reading the token's public key"));
    }
    return fromData("RSA", builder.get());
}

Result<QByteArray> TokenCrypto::ecdsaRawToDer(const QByteArray& raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0) {
        return Error{ErrorCode::Io, tr("The token returned a malformed ECDSA signature.")};
    }
    const qsizetype half = raw.size() / 2;
    EcdsaSig sig(ECDSA_SIG_new());
    Bn r = bignum(raw.left(half));
    Bn s = bignum(raw.mid(half));
    if (!sig || !r || !s || !ECDSA_SIG_set0(sig.get(), r.get(), s.get())) {
        return openssl::failure(tr("encoding the token's signature"));
    }
    (void)r.release(); // owned by sig now
    (void)s.release();
    return der(sig.get(), i2d_ECDSA_SIG);
}

QByteArray TokenCrypto::digest(const QByteArray& data, bool sha384)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(data.constData(), static_cast<size_t>(data.size()), out, &size,
               sha384 ? EVP_sha384() : EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(size));
}

Result<TokenCrypto::CertificateFields> TokenCrypto::certificateFields(const QByteArray& der_)
{
    const unsigned char* cursor = bytes(der_);
    X509Ptr certificate(d2i_X509(nullptr, &cursor, der_.size()));
    if (!certificate) {
        return Error{
            ErrorCode::InvalidInput,
            tr("The certificate is not a DER X.509 certificate: %1").arg(openssl::takeErrors())};
    }
    CertificateFields fields;
    fields.subject = der(X509_get_subject_name(certificate.get()), i2d_X509_NAME);
    fields.issuer = der(X509_get_issuer_name(certificate.get()), i2d_X509_NAME);
    fields.serial = der(X509_get_serialNumber(certificate.get()), i2d_ASN1_INTEGER);
    fields.publicKeyInfo = der(X509_get0_pubkey(certificate.get()), i2d_PUBKEY);
    if (fields.subject.isEmpty() || fields.publicKeyInfo.isEmpty()) {
        return openssl::failure(tr("reading the certificate"));
    }
    return fields;
}

Result<bool> TokenCrypto::verify(const QByteArray& publicKeyInfo, const QByteArray& data,
                                 const QByteArray& signature, KeyAlgorithm algorithm)
{
    const unsigned char* cursor = bytes(publicKeyInfo);
    PKey key(d2i_PUBKEY(nullptr, &cursor, publicKeyInfo.size()));
    openssl::MdCtx ctx(EVP_MD_CTX_new());
    const EVP_MD* md = algorithm == KeyAlgorithm::EcP384 ? EVP_sha384() : EVP_sha256();
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key.get()) <= 0) {
        return openssl::failure(tr("checking a signature"));
    }
    const int verified =
        EVP_DigestVerify(ctx.get(), bytes(signature), static_cast<size_t>(signature.size()),
                         bytes(data), static_cast<size_t>(data.size()));
    ERR_clear_error(); // a bad signature is an answer, not a failure
    return verified == 1;
}

} // namespace guichet
