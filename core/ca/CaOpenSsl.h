#pragma once

#include "crypto/OpenSsl.h"

#include <QByteArray>
#include <memory>
#include <openssl/bio.h>
#include <openssl/cmp.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

// The OpenSSL handles core/ca uses, each with its one owner (STYLE.md, RAII).
namespace guichet::openssl {

using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;
using X509CrlPtr = std::unique_ptr<X509_CRL, Deleter<X509_CRL_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using X509ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using X509RevokedPtr = std::unique_ptr<X509_REVOKED, Deleter<X509_REVOKED_free>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using Asn1Object = std::unique_ptr<ASN1_OBJECT, Deleter<ASN1_OBJECT_free>>;
using Asn1Integer = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER_free>>;
using Asn1Time = std::unique_ptr<ASN1_TIME, Deleter<ASN1_TIME_free>>;
using Asn1OctetString = std::unique_ptr<ASN1_OCTET_STRING, Deleter<ASN1_OCTET_STRING_free>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using CmpCtx = std::unique_ptr<OSSL_CMP_CTX, Deleter<OSSL_CMP_CTX_free>>;
using CmpSrvCtx = std::unique_ptr<OSSL_CMP_SRV_CTX, Deleter<OSSL_CMP_SRV_CTX_free>>;
using CmpMsg = std::unique_ptr<OSSL_CMP_MSG, Deleter<OSSL_CMP_MSG_free>>;
using CmpPkiSi = std::unique_ptr<OSSL_CMP_PKISI, Deleter<OSSL_CMP_PKISI_free>>;
inline void freeCertificateStack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
using X509Stack = std::unique_ptr<STACK_OF(X509), Deleter<freeCertificateStack>>;

inline Bio memoryBio(const QByteArray& bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

// DER of any i2d-able object; empty on failure.
template <typename T, typename F> QByteArray toDer(const T* object, F i2d)
{
    const int size = i2d(object, nullptr);
    if (size <= 0) {
        return {};
    }
    QByteArray der(size, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d(object, &out) != size) {
        return {};
    }
    return der;
}

inline X509Ptr certificateFromDer(const QByteArray& der)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &in, static_cast<long>(der.size())));
}

inline X509Ptr certificateFromPem(const QByteArray& pem)
{
    Bio bio = memoryBio(pem);
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

inline QByteArray certificatePem(const X509* cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), const_cast<X509*>(cert)) != 1) {
        return {};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace guichet::openssl
