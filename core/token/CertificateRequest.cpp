#include "token/CertificateRequest.h"

#include "crypto/OpenSsl.h"

#include <openssl/err.h>
#include <openssl/obj_mac.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace guichet {
namespace {

using openssl::Deleter;
using Req = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;
using Name = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Algor = std::unique_ptr<X509_ALGOR, Deleter<X509_ALGOR_free>>;
using BitString = std::unique_ptr<ASN1_BIT_STRING, Deleter<ASN1_BIT_STRING_free>>;

void freeExtensions(STACK_OF(X509_EXTENSION) * extensions)
{
    sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
}

Req parse(const QByteArray& der)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    return Req(d2i_X509_REQ(nullptr, &cursor, der.size()));
}

int signatureNid(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::EcP256:
        return NID_ecdsa_with_SHA256;
    case KeyAlgorithm::EcP384:
        return NID_ecdsa_with_SHA384;
    default:
        return NID_sha256WithRSAEncryption;
    }
}

// RFC 5280 4.1.2.6: an e-mail address goes in subjectAltName (rfc822Name), asked for
// through the request's extensionRequest attribute.
Status addEmail(X509_REQ* request, const QString& email)
{
    if (email.isEmpty()) {
        return Status::success();
    }
    using Extensions = std::unique_ptr<STACK_OF(X509_EXTENSION), Deleter<freeExtensions>>;
    const QByteArray value = "email:" + email.toUtf8();
    Extensions extensions(sk_X509_EXTENSION_new_null());
    X509_EXTENSION* san =
        extensions ? X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name, value.constData())
                   : nullptr;
    if (san == nullptr) {
        return Error{ErrorCode::InvalidInput,
                     CertificateRequest::tr("The e-mail address %1 is not acceptable: %2")
                         .arg(email, openssl::takeErrors())};
    }
    if (sk_X509_EXTENSION_push(extensions.get(), san) == 0) {
        X509_EXTENSION_free(san);
        return openssl::failure(CertificateRequest::tr("preparing the certificate request"));
    }
    if (X509_REQ_add_extensions(request, extensions.get()) != 1) {
        return openssl::failure(CertificateRequest::tr("preparing the certificate request"));
    }
    return Status::success();
}

} // namespace

Result<QByteArray> CertificateRequest::build(const CertificateSubject& subject,
                                             const QByteArray& publicKeyInfo,
                                             KeyAlgorithm algorithm, const Signer& sign)
{
    Req request(X509_REQ_new());
    Name name(X509_NAME_new());
    const auto* cursor = reinterpret_cast<const unsigned char*>(publicKeyInfo.constData());
    PKey key(d2i_PUBKEY(nullptr, &cursor, publicKeyInfo.size()));
    if (!request || !name || !key) {
        return openssl::failure(tr("preparing the certificate request"));
    }
    const struct {
        const char* field;
        const QString& value;
    } entries[] = {{"C", subject.country},
                   {"O", subject.organisation},
                   {"organizationIdentifier", subject.organisationIdentifier},
                   {"SN", subject.surname},
                   {"GN", subject.givenName},
                   {"serialNumber", subject.serialNumber},
                   {"CN", subject.commonName}};
    for (const auto& entry : entries) {
        if (entry.value.isEmpty()) {
            continue;
        }
        const QByteArray value = entry.value.toUtf8();
        if (!X509_NAME_add_entry_by_txt(name.get(), entry.field, MBSTRING_UTF8,
                                        reinterpret_cast<const unsigned char*>(value.constData()),
                                        static_cast<int>(value.size()), -1, 0)) {
            return Error{ErrorCode::InvalidInput,
                         tr("The subject field %1 is not acceptable: %2")
                             .arg(QString::fromLatin1(entry.field), openssl::takeErrors())};
        }
    }
    if (!X509_REQ_set_version(request.get(), 0) ||
        !X509_REQ_set_subject_name(request.get(), name.get()) ||
        !X509_REQ_set_pubkey(request.get(), key.get())) {
        return openssl::failure(tr("preparing the certificate request"));
    }
    if (Status added = addEmail(request.get(), subject.email); !added) {
        return added.error();
    }
    Algor algor(X509_ALGOR_new());
    const int nid = signatureNid(algorithm);
    // RSA signature algorithms carry an explicit NULL parameter; ECDSA ones none.
    if (!algor ||
        !X509_ALGOR_set0(algor.get(), OBJ_nid2obj(nid),
                         nid == NID_sha256WithRSAEncryption ? V_ASN1_NULL : V_ASN1_UNDEF,
                         nullptr) ||
        !X509_REQ_set1_signature_algo(request.get(), algor.get())) {
        return openssl::failure(tr("preparing the certificate request"));
    }
    const int tbsSize = i2d_re_X509_REQ_tbs(request.get(), nullptr);
    if (tbsSize <= 0) {
        return openssl::failure(tr("encoding the certificate request"));
    }
    QByteArray toBeSigned(tbsSize, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(toBeSigned.data());
    i2d_re_X509_REQ_tbs(request.get(), &out);

    auto signature = sign(toBeSigned);
    if (!signature) {
        return signature.error();
    }
    BitString bits(ASN1_BIT_STRING_new());
    if (!bits ||
        !ASN1_BIT_STRING_set(bits.get(), reinterpret_cast<unsigned char*>(signature->data()),
                             static_cast<int>(signature->size()))) {
        return openssl::failure(tr("encoding the certificate request"));
    }
    // A signature is a whole number of bytes: say "no unused bits", as OpenSSL's own
    // signing code does, or trailing zero bits would be counted as padding.
    bits->flags &= ~(ASN1_STRING_FLAG_BITS_LEFT | 0x07);
    bits->flags |= ASN1_STRING_FLAG_BITS_LEFT;
    X509_REQ_set0_signature(request.get(), bits.release());

    const int size = i2d_X509_REQ(request.get(), nullptr);
    if (size <= 0) {
        return openssl::failure(tr("encoding the certificate request"));
    }
    QByteArray der(size, Qt::Uninitialized);
    out = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509_REQ(request.get(), &out);

    auto verified = verify(der);
    if (!verified) {
        return verified.error();
    }
    if (!*verified) {
        return Error{ErrorCode::Refused, tr("The certificate request signed by the token does "
                                            "not verify with the token's public key; it was "
                                            "not sent.")};
    }
    return der;
}

Result<bool> CertificateRequest::verify(const QByteArray& requestDer)
{
    Req request = parse(requestDer);
    if (!request) {
        return Error{ErrorCode::InvalidInput,
                     tr("This is not a DER certificate request: %1").arg(openssl::takeErrors())};
    }
    EVP_PKEY* key = X509_REQ_get0_pubkey(request.get());
    const int verified = key ? X509_REQ_verify(request.get(), key) : 0;
    ERR_clear_error();
    return verified == 1;
}

Result<QByteArray> CertificateRequest::publicKeyInfo(const QByteArray& requestDer)
{
    Req request = parse(requestDer);
    EVP_PKEY* key = request ? X509_REQ_get0_pubkey(request.get()) : nullptr;
    if (!key) {
        return Error{ErrorCode::InvalidInput,
                     tr("This is not a DER certificate request: %1").arg(openssl::takeErrors())};
    }
    const int size = i2d_PUBKEY(key, nullptr);
    QByteArray der(size, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PUBKEY(key, &out);
    return der;
}

} // namespace guichet
