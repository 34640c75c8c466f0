#include "audit/CheckpointSignature.h"

#include "ca/CaOpenSsl.h"
#include "crypto/CmsSupport.h"

namespace guichet {

std::optional<QString> CheckpointSignature::problem(const AuditCheckpoint& checkpoint,
                                                    const QList<QByteArray>& trustAnchorsDer)
{
    const EVP_MD* md = cms::digestFor(checkpoint.digest);
    if (md == nullptr) {
        return tr("its digest algorithm is not one Guichet accepts");
    }
    openssl::X509Ptr certificate = openssl::certificateFromDer(checkpoint.certificateDer);
    if (!certificate) {
        ERR_clear_error();
        return tr("its signer certificate cannot be read");
    }
    if (!signatureVerifies(checkpoint, X509_get0_pubkey(certificate.get()), md)) {
        return tr("its signature does not match its contents and certificate");
    }
    if (trustAnchorsDer.isEmpty()) {
        return std::nullopt;
    }
    cms::Store store(X509_STORE_new());
    cms::StoreCtx verifyContext(X509_STORE_CTX_new());
    if (!store || !verifyContext) {
        return tr("the certificate cannot be checked (OpenSSL)");
    }
    for (const QByteArray& anchorDer : trustAnchorsDer) {
        openssl::X509Ptr anchor = openssl::certificateFromDer(anchorDer);
        if (anchor) {
            X509_STORE_add_cert(store.get(), anchor.get());
        }
    }
    if (X509_STORE_CTX_init(verifyContext.get(), store.get(), certificate.get(), nullptr) != 1) {
        ERR_clear_error();
        return tr("the certificate cannot be checked (OpenSSL)");
    }
    // Valid when it was made, not necessarily today: a checkpoint outlives its certificate.
    X509_STORE_CTX_set_time(verifyContext.get(), 0,
                            time_t(checkpoint.createdAtUtc.toSecsSinceEpoch()));
    if (X509_verify_cert(verifyContext.get()) != 1) {
        const int code = X509_STORE_CTX_get_error(verifyContext.get());
        ERR_clear_error();
        return tr("its signer certificate is not trusted: %1")
            .arg(QString::fromUtf8(X509_verify_cert_error_string(code)));
    }
    return std::nullopt;
}

bool CheckpointSignature::signatureVerifies(const AuditCheckpoint& checkpoint, EVP_PKEY* key,
                                            const EVP_MD* md)
{
    const QByteArray digest = checkpoint.signedDigest();
    openssl::PKeyCtx context(key != nullptr ? EVP_PKEY_CTX_new(key, nullptr) : nullptr);
    const auto* signature =
        reinterpret_cast<const unsigned char*>(checkpoint.signature.constData());
    const auto* tbs = reinterpret_cast<const unsigned char*>(digest.constData());
    if (md == nullptr || !context || EVP_PKEY_verify_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_signature_md(context.get(), md) != 1 ||
        EVP_PKEY_verify(context.get(), signature, size_t(checkpoint.signature.size()), tbs,
                        size_t(digest.size())) != 1) {
        ERR_clear_error();
        return false;
    }
    return true;
}

} // namespace guichet
