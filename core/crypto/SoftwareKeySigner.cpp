#include "crypto/SoftwareKeySigner.h"

#include "ca/CaOpenSsl.h"
#include "crypto/CmsSupport.h"

#include <openssl/ec.h>

namespace guichet {

SoftwareKeySigner::SoftwareKeySigner(evp_pkey_st* key, QByteArray certificate)
    : m_key(key), m_certificate(std::move(certificate))
{
    if (EVP_PKEY_is_a(m_key, "EC") && EVP_PKEY_get_bits(m_key) >= 384) {
        m_digest = QCryptographicHash::Sha384;
    }
}

SoftwareKeySigner::~SoftwareKeySigner()
{
    EVP_PKEY_free(m_key);
}

Result<std::unique_ptr<SoftwareKeySigner>>
SoftwareKeySigner::fromPem(const QByteArray& privateKeyPem, const QByteArray& certificateDer)
{
    auto keyBio = openssl::memoryBio(privateKeyPem);
    openssl::PKey key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        return Error{ErrorCode::InvalidInput, tr("The private key cannot be read.")};
    }
    const auto* der = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    openssl::X509Ptr certificate(d2i_X509(nullptr, &der, certificateDer.size()));
    if (!certificate) {
        return Error{ErrorCode::InvalidInput, tr("The certificate cannot be read.")};
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        return Error{ErrorCode::InvalidInput,
                     tr("The private key does not belong to the certificate.")};
    }
    return std::unique_ptr<SoftwareKeySigner>(new SoftwareKeySigner(key.release(), certificateDer));
}

Result<QByteArray> SoftwareKeySigner::signDigest(QCryptographicHash::Algorithm algorithm,
                                                 const QByteArray& hash)
{
    const EVP_MD* md = cms::digestFor(algorithm);
    if (!md || hash.size() != EVP_MD_get_size(md)) {
        return Error{ErrorCode::InvalidInput, tr("The digest to sign is malformed.")};
    }
    openssl::PKeyCtx context(EVP_PKEY_CTX_new(m_key, nullptr));
    size_t size = 0;
    const auto* tbs = reinterpret_cast<const unsigned char*>(hash.constData());
    if (!context || EVP_PKEY_sign_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_signature_md(context.get(), md) != 1 ||
        EVP_PKEY_sign(context.get(), nullptr, &size, tbs, static_cast<size_t>(hash.size())) != 1) {
        ERR_clear_error();
        return Error{ErrorCode::Internal, tr("The key cannot sign.")};
    }
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_PKEY_sign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &size, tbs,
                      static_cast<size_t>(hash.size())) != 1) {
        ERR_clear_error();
        return Error{ErrorCode::Internal, tr("The key cannot sign.")};
    }
    signature.resize(static_cast<qsizetype>(size));
    return signature;
}

} // namespace guichet
