#include "crypto/Cades.h"
#include "crypto/CmsSupport.h"

#include <QLoggingCategory>
#include <algorithm>
#include <vector>

// How the private key is reached: OpenSSL builds the SignedData (CMS_PARTIAL, so it never
// asks for the private key), Guichet adds the signed attributes, hashes their DER and has
// the KeySigner sign that digest, then puts the signature in the SignerInfo. The key may be
// on a card behind PKCS#11 (token/Pkcs11KeySigner), so it is never an EVP_PKEY here. This
// uses only OpenSSL 3's public, non-deprecated API, unlike a legacy RSA_METHOD /
// EC_KEY_METHOD wrapper, and needs no provider. Before returning, the signature is checked
// with CMS_SignerInfo_verify, which re-encodes the attributes as every verifier does: a
// wrong encoding or a token's bad signature never leaves this function.

namespace guichet {
namespace {
Q_LOGGING_CATEGORY(lcCades, "guichet.crypto")

using Attribute = std::unique_ptr<X509_ATTRIBUTE, openssl::Deleter<X509_ATTRIBUTE_free>>;

// Puts the signed attributes in DER order and returns their DER as signed (RFC 5652, 5.4):
// an explicit SET OF whose elements are sorted by their encodings (X.690, 11.6). The
// SignerInfo keeps them in that order too, because OpenSSL encodes them in memory order when
// it checks a signature and sorted when it writes the file; both must be the bytes signed.
QByteArray sortSignedAttributes(CMS_SignerInfo* signerInfo)
{
    std::vector<std::pair<QByteArray, Attribute>> attributes;
    while (CMS_signed_get_attr_count(signerInfo) > 0) {
        Attribute attribute(CMS_signed_delete_attr(signerInfo, 0));
        QByteArray der = openssl::toDer(attribute.get(), i2d_X509_ATTRIBUTE);
        if (!attribute || der.isEmpty()) {
            return {};
        }
        attributes.emplace_back(std::move(der), std::move(attribute));
    }
    // X.690 compares as octet strings, the shorter padded with zeros: equal prefixes put the
    // shorter first, as QByteArray's ordering does.
    std::sort(attributes.begin(), attributes.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray content;
    for (const auto& [der, attribute] : attributes) {
        if (CMS_signed_add1_attr(signerInfo, attribute.get()) != 1) {
            return {};
        }
        content += der;
    }
    QByteArray der(1, '\x31'); // SET
    const auto length = static_cast<quint64>(content.size());
    if (length < 0x80) {
        der += static_cast<char>(length);
    } else {
        QByteArray octets;
        for (quint64 rest = length; rest != 0; rest >>= 8) {
            octets.prepend(static_cast<char>(rest & 0xff));
        }
        der += static_cast<char>(0x80 | octets.size());
        der += octets;
    }
    return der + content;
}

Error signingFailed(const QString& what)
{
    const QString reason = openssl::takeErrors();
    qCWarning(lcCades) << "CAdES signature failed:" << what << reason;
    return Error{ErrorCode::Internal,
                 CadesSigner::tr("The signature cannot be made: %1.").arg(what)};
}

} // namespace

Result<QByteArray> CadesSigner::signDetached(KeySigner& signer, const QByteArray& content,
                                             const QDateTime& signingTime)
{
    openssl::X509Ptr certificate = openssl::certificateFromDer(signer.certificateDer());
    if (!certificate) {
        ERR_clear_error();
        return Error{ErrorCode::InvalidInput, tr("The signer's certificate cannot be read.")};
    }
    if (!signingTime.isValid()) {
        return Error{ErrorCode::InvalidInput, tr("The signing time is missing.")};
    }
    const QCryptographicHash::Algorithm algorithm = signer.preferredDigest();
    const EVP_MD* md = cms::digestFor(algorithm);
    EVP_PKEY* publicKey = X509_get0_pubkey(certificate.get());
    if (md == nullptr || publicKey == nullptr) {
        return signingFailed(tr("the certificate's key or digest is not supported"));
    }
    // CMS_CADES: signing-certificate-v2 (EN 319 122-1, 5.2.2) with the certificate's hash.
    // No S/MIME capabilities: they say nothing in a detached signature over a file.
    const unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_CADES | CMS_NOSMIMECAP;
    cms::ContentInfo cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    if (!cms) {
        return signingFailed(tr("the signed data cannot be created"));
    }
    // The public key stands in for the private one: OpenSSL only matches it against the
    // certificate and reads its type to name the signature algorithm.
    CMS_SignerInfo* signerInfo =
        CMS_add1_signer(cms.get(), certificate.get(), publicKey, md, flags);
    if (signerInfo == nullptr) {
        return signingFailed(tr("the signer cannot be added"));
    }

    // Streamed once over the caller's buffer, never copied: forms and packages run to tens
    // of MB.
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    if (EVP_Digest(content.constData(), static_cast<size_t>(content.size()), digest, &digestSize,
                   md, nullptr) != 1) {
        return signingFailed(tr("the content cannot be hashed"));
    }
    // EN 319 122-1, 5.2.1: the signing time, UTCTime up to 2049 as RFC 5652, 11.3 wants.
    openssl::Asn1Time time(
        ASN1_TIME_set(nullptr, static_cast<time_t>(signingTime.toSecsSinceEpoch())));
    if (!time ||
        CMS_signed_add1_attr_by_NID(signerInfo, NID_pkcs9_signingTime, time->type, time.get(),
                                    -1) != 1 ||
        CMS_signed_add1_attr_by_NID(signerInfo, NID_pkcs9_contentType, V_ASN1_OBJECT,
                                    OBJ_nid2obj(NID_pkcs7_data), -1) != 1 ||
        CMS_signed_add1_attr_by_NID(signerInfo, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING,
                                    digest, static_cast<int>(digestSize)) != 1) {
        return signingFailed(tr("the signed attributes cannot be added"));
    }

    const QByteArray toBeSigned = sortSignedAttributes(signerInfo);
    if (toBeSigned.isEmpty()) {
        return signingFailed(tr("the signed attributes cannot be encoded"));
    }
    auto signature = signer.signDigest(algorithm, QCryptographicHash::hash(toBeSigned, algorithm));
    if (!signature) {
        return signature.error();
    }
    ASN1_OCTET_STRING* slot = CMS_SignerInfo_get0_signature(signerInfo);
    if (ASN1_STRING_set(slot, signature->constData(), static_cast<int>(signature->size())) != 1) {
        return signingFailed(tr("the signature cannot be stored"));
    }
    if (CMS_SignerInfo_verify(signerInfo) != 1) {
        qCWarning(lcCades) << "the new signature does not verify:" << openssl::takeErrors();
        return Error{ErrorCode::Internal,
                     tr("The key did not produce a valid signature for its certificate: check "
                        "that the card holds the key of this certificate.")};
    }
    QByteArray der = openssl::toDer(cms.get(), i2d_CMS_ContentInfo);
    if (der.isEmpty()) {
        return signingFailed(tr("the signature cannot be encoded"));
    }
    return der;
}

} // namespace guichet
