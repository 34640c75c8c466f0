#include "audit/AuditChainCheckSigners.h"

#include "audit/CheckpointSignature.h"
#include "crypto/CmsSupport.h"

#include <algorithm>
#include <limits>
#include <openssl/err.h>
#include <openssl/x509_vfy.h>

namespace guichet {
namespace {

using Asn1Time = std::unique_ptr<ASN1_TIME, openssl::Deleter<ASN1_TIME_free>>;

// Seconds since the epoch, portably (timegm is not on every platform).
bool toTime(const ASN1_TIME* time, time_t& out)
{
    const Asn1Time epoch(ASN1_TIME_set(nullptr, 0));
    int days = 0;
    int seconds = 0;
    if (time == nullptr || !epoch || ASN1_TIME_diff(&days, &seconds, epoch.get(), time) != 1) {
        return false;
    }
    out = time_t(days) * 86'400 + seconds;
    return true;
}

} // namespace

AuditChainCheckSigners::Signer& AuditChainCheckSigners::signerFor(const QByteArray& certificateDer)
{
    const std::string key(certificateDer.constData(), size_t(certificateDer.size()));
    auto found = m_signers.find(key);
    if (found != m_signers.end()) {
        return found->second;
    }
    Signer& signer = m_signers[key];
    signer.certificate = openssl::certificateFromDer(certificateDer);
    if (!signer.certificate || m_trustAnchorsDer.isEmpty()) {
        ERR_clear_error();
        return signer;
    }
    cms::Store store(X509_STORE_new());
    cms::StoreCtx context(X509_STORE_CTX_new());
    if (!store || !context) {
        return signer;
    }
    for (const QByteArray& anchorDer : std::as_const(m_trustAnchorsDer)) {
        if (openssl::X509Ptr anchor = openssl::certificateFromDer(anchorDer)) {
            X509_STORE_add_cert(store.get(), anchor.get());
        }
    }
    if (X509_STORE_CTX_init(context.get(), store.get(), signer.certificate.get(), nullptr) != 1) {
        ERR_clear_error();
        return signer;
    }
    // Each checkpoint has its own time: the chain is checked once without it, then each
    // checkpoint's time against the period where every certificate of the chain is valid.
    X509_VERIFY_PARAM_set_flags(X509_STORE_CTX_get0_param(context.get()),
                                X509_V_FLAG_NO_CHECK_TIME);
    if (X509_verify_cert(context.get()) != 1) {
        ERR_clear_error();
        return signer;
    }
    time_t after = std::numeric_limits<time_t>::min();
    time_t before = std::numeric_limits<time_t>::max();
    const STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(context.get());
    for (int i = 0; i < sk_X509_num(chain); ++i) {
        X509* certificate = sk_X509_value(chain, i);
        time_t notBefore = 0;
        time_t notAfter = 0;
        if (!toTime(X509_get0_notBefore(certificate), notBefore) ||
            !toTime(X509_get0_notAfter(certificate), notAfter)) {
            ERR_clear_error();
            return signer;
        }
        after = std::max(after, notBefore);
        before = std::min(before, notAfter);
    }
    signer.chainHolds = true;
    signer.validAfter = after;
    signer.validBefore = before;
    return signer;
}

bool AuditChainCheckSigners::holdsSurely(const AuditCheckpoint& checkpoint)
{
    const EVP_MD* md = cms::digestFor(checkpoint.digest);
    Signer& signer = signerFor(checkpoint.certificateDer);
    EVP_PKEY* key = signer.certificate ? X509_get0_pubkey(signer.certificate.get()) : nullptr;
    if (md == nullptr || key == nullptr) {
        return false;
    }
    if (!CheckpointSignature::signatureVerifies(checkpoint, key, md)) {
        return false;
    }
    if (m_trustAnchorsDer.isEmpty()) {
        return true;
    }
    // Strictly inside the period: at its edges, OpenSSL's own comparison decides.
    const time_t at = time_t(checkpoint.createdAtUtc.toSecsSinceEpoch());
    return signer.chainHolds && signer.validAfter < at && at < signer.validBefore;
}

std::optional<QString> AuditChainCheckSigners::problem(const AuditCheckpoint& checkpoint)
{
    if (holdsSurely(checkpoint)) {
        return std::nullopt;
    }
    // Whatever failed, the full check names the problem exactly as it always has.
    return CheckpointSignature::problem(checkpoint, m_trustAnchorsDer);
}

} // namespace guichet
