#include "crypto/Cades.h"
#include "crypto/CmsSupport.h"

#include <limits>
#include <openssl/err.h>

namespace guichet {
namespace {

// Why CMS_verify refused, in words; OpenSSL's reason codes are read once, here.
QString cmsProblem()
{
    const unsigned long code = ERR_peek_last_error();
    QString problem;
    if (ERR_GET_LIB(code) == ERR_LIB_CMS && ERR_GET_REASON(code) == CMS_R_CONTENT_VERIFY_ERROR) {
        problem = CadesVerifier::tr("The file was changed after it was signed.");
    } else if (ERR_GET_LIB(code) == ERR_LIB_CMS &&
               ERR_GET_REASON(code) == CMS_R_VERIFICATION_FAILURE) {
        problem = CadesVerifier::tr(
            "The signature does not match: the signature file was altered or belongs to "
            "another key.");
    } else {
        problem =
            CadesVerifier::tr("The signature cannot be checked: %1.").arg(openssl::takeErrors());
    }
    ERR_clear_error();
    return problem;
}

QString chainProblem(int code)
{
    switch (code) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return CadesVerifier::tr("The signer's certificate had expired at the signing time.");
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return CadesVerifier::tr("The signer's certificate was not yet valid at the signing time.");
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return CadesVerifier::tr(
            "The signer's certificate does not chain to a trusted certification authority.");
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return CadesVerifier::tr("The signer's certificate carries an invalid CA signature.");
    case X509_V_ERR_INVALID_PURPOSE:
        return CadesVerifier::tr("The signer's certificate is not meant for signatures.");
    default:
        return CadesVerifier::tr("The signer's certificate is not trusted: %1.")
            .arg(QString::fromUtf8(X509_verify_cert_error_string(code)));
    }
}

QDateTime signingTimeOf(CMS_SignerInfo* signerInfo)
{
    const int index = CMS_signed_get_attr_by_NID(signerInfo, NID_pkcs9_signingTime, -1);
    if (index < 0) {
        return {};
    }
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signerInfo, index), 0);
    if (value == nullptr ||
        (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME)) {
        return {};
    }
    return cms::toDateTime(value->value.utctime);
}

// EN 319 122-1, 5.2.2.3: signing-certificate-v2 present and naming this certificate.
bool signingCertificateMatches(CMS_SignerInfo* signerInfo, X509* certificate)
{
    auto* value = static_cast<ASN1_STRING*>(CMS_signed_get0_data_by_OBJ(
        signerInfo, OBJ_nid2obj(NID_id_smime_aa_signingCertificateV2), -3, V_ASN1_SEQUENCE));
    if (value == nullptr) {
        return false;
    }
    const unsigned char* in = ASN1_STRING_get0_data(value);
    cms::SigningCertV2 attribute(d2i_ESS_SIGNING_CERT_V2(nullptr, &in, ASN1_STRING_length(value)));
    openssl::X509Stack chain(sk_X509_new_null());
    if (!attribute || !chain || X509_up_ref(certificate) != 1) {
        ERR_clear_error();
        return false;
    }
    if (sk_X509_push(chain.get(), certificate) <= 0) {
        X509_free(certificate);
        return false;
    }
    const bool matches = OSSL_ESS_check_signing_certs(nullptr, attribute.get(), chain.get(), 1) > 0;
    ERR_clear_error();
    return matches;
}

// The chain from the signer's certificate to one of the anchors, checked at `atUtc` (the
// claimed signing time: baseline B has no proof of it, which is what later levels add).
void checkTrust(X509* certificate, STACK_OF(X509) * untrusted, const QList<QByteArray>& anchorsDer,
                const QDateTime& atUtc, SignatureReport& report)
{
    if (anchorsDer.isEmpty()) {
        report.problem = CadesVerifier::tr("No trusted certification authority was given.");
        return;
    }
    cms::Store store(X509_STORE_new());
    cms::StoreCtx context(X509_STORE_CTX_new());
    if (!store || !context) {
        report.problem = CadesVerifier::tr("The certificate chain cannot be checked.");
        return;
    }
    for (const QByteArray& der : anchorsDer) {
        openssl::X509Ptr anchor = openssl::certificateFromDer(der);
        if (!anchor || X509_STORE_add_cert(store.get(), anchor.get()) != 1) {
            ERR_clear_error();
            report.problem = CadesVerifier::tr("A trusted certificate cannot be read.");
            return;
        }
    }
    // No S/MIME purpose: a document signature is not e-mail, and operators' certificates
    // often carry clientAuth only (one card for login and signing). The key usage is
    // checked below instead.
    if (X509_STORE_CTX_init(context.get(), store.get(), certificate, untrusted) != 1) {
        ERR_clear_error();
        report.problem = CadesVerifier::tr("The certificate chain cannot be checked.");
        return;
    }
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()),
                               static_cast<time_t>(atUtc.toSecsSinceEpoch()));
    if (X509_verify_cert(context.get()) == 1) {
        // RFC 5280, 4.2.1.3: a signature of content needs digitalSignature or
        // nonRepudiation when the certificate restricts its key's usage.
        const uint32_t usage = X509_get_key_usage(certificate);
        if ((usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) == 0) {
            report.problem = chainProblem(X509_V_ERR_INVALID_PURPOSE);
            return;
        }
        report.trusted = true;
        return;
    }
    ERR_clear_error();
    report.problem = chainProblem(X509_STORE_CTX_get_error(context.get()));
}

} // namespace

Result<SignatureReport> CadesVerifier::verifyDetached(const QByteArray& signatureDer,
                                                      const QByteArray& content,
                                                      const QList<QByteArray>& trustAnchorsDer)
{
    const auto* in = reinterpret_cast<const unsigned char*>(signatureDer.constData());
    cms::ContentInfo cms(d2i_CMS_ContentInfo(nullptr, &in, static_cast<long>(signatureDer.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ERR_clear_error();
        return Error{ErrorCode::InvalidInput,
                     tr("This is not a CMS signature (a DER SignedData, .p7s).")};
    }
    SignatureReport report;
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signers) != 1) {
        report.problem = tr("The signature must have exactly one signer; it has %1.")
                             .arg(sk_CMS_SignerInfo_num(signers));
        return report;
    }
    CMS_SignerInfo* signerInfo = sk_CMS_SignerInfo_value(signers, 0);
    openssl::X509Stack certificates(CMS_get1_certs(cms.get()));
    X509* signerCertificate = nullptr;
    if (CMS_set1_signers_certs(cms.get(), nullptr, 0) > 0) {
        CMS_SignerInfo_get0_algs(signerInfo, nullptr, &signerCertificate, nullptr, nullptr);
    }
    ERR_clear_error();
    if (signerCertificate == nullptr) {
        report.problem = tr("The signer's certificate is not in the signature.");
        return report;
    }
    report.signerName = cms::subjectLine(signerCertificate);
    report.signerCertificateDer = openssl::toDer(signerCertificate, i2d_X509);
    report.signingTimeUtc = signingTimeOf(signerInfo);
    report.cadesSigningCertificate = signingCertificateMatches(signerInfo, signerCertificate);

    // The content and the signature over the attributes; the chain is checked below, at the
    // signing time rather than now. The memory BIO reads the caller's buffer in place.
    if (content.size() > std::numeric_limits<int>::max()) {
        return Error{ErrorCode::InvalidInput, tr("The signed file is too large.")};
    }
    openssl::Bio data(BIO_new_mem_buf(content.constData(), static_cast<int>(content.size())));
    if (!data) {
        return Error{ErrorCode::Internal, tr("The signed file cannot be read.")};
    }
    report.valid = CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                              CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    if (!report.valid) {
        report.problem = cmsProblem();
        return report;
    }
    // Valid as a CMS signature, but not a CAdES baseline B one: not trusted, whatever the
    // chain (without signing-certificate-v2 the certificate could be substituted).
    if (!report.signingTimeUtc.isValid()) {
        report.problem = tr("The signature has no signing time (CAdES baseline B requires one).");
        return report;
    }
    if (!report.cadesSigningCertificate) {
        report.problem = tr("The signature does not name its certificate (signing-certificate-v2 "
                            "missing or not matching): it is not a CAdES signature.");
        return report;
    }
    checkTrust(signerCertificate, certificates.get(), trustAnchorsDer, report.signingTimeUtc,
               report);
    return report;
}

} // namespace guichet
