#include "TestCa.h"

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace guichet::test {
namespace {

struct PKeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct X509Free {
    void operator()(X509* cert) const { X509_free(cert); }
};
struct ReqFree {
    void operator()(X509_REQ* req) const { X509_REQ_free(req); }
};
using PKey = std::unique_ptr<EVP_PKEY, PKeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;
using Req = std::unique_ptr<X509_REQ, ReqFree>;

PKey newEcKey()
{
    return PKey(EVP_EC_gen("prime256v1"));
}

QByteArray toDer(X509* cert)
{
    const int size = i2d_X509(cert, nullptr);
    QByteArray der(size, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509(cert, &out);
    return der;
}

} // namespace

struct TestCa::Keys {
    PKey caKey;
    Cert caCert;
    PKey foreignKey;
    long serial = 1000;
};

TestCa::TestCa() : m_keys(std::make_unique<Keys>())
{
    m_keys->caKey = newEcKey();
    m_keys->foreignKey = newEcKey();
    m_keys->caCert.reset(X509_new());
    X509* ca = m_keys->caCert.get();
    X509_set_version(ca, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(ca), 1);
    X509_gmtime_adj(X509_getm_notBefore(ca), -3600);
    X509_gmtime_adj(X509_getm_notAfter(ca), 3600L * 24 * 365);
    X509_NAME* name = X509_get_subject_name(ca);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("Guichet Test CA"), -1, -1,
                               0);
    X509_set_issuer_name(ca, name);
    X509_set_pubkey(ca, m_keys->caKey.get());
    X509_sign(ca, m_keys->caKey.get(), EVP_sha256());
}

TestCa::~TestCa() = default;

QByteArray TestCa::certificateDer() const
{
    return toDer(m_keys->caCert.get());
}

Result<QByteArray> TestCa::issue(const QByteArray& csrDer, const QString& product)
{
    Q_UNUSED(product);
    if (m_failures > 0) {
        --m_failures;
        return Error{ErrorCode::Io, QStringLiteral("test CA unreachable")};
    }
    const auto* cursor = reinterpret_cast<const unsigned char*>(csrDer.constData());
    Req request(d2i_X509_REQ(nullptr, &cursor, csrDer.size()));
    EVP_PKEY* requestKey = request ? X509_REQ_get0_pubkey(request.get()) : nullptr;
    if (!requestKey || X509_REQ_verify(request.get(), requestKey) != 1) {
        ERR_clear_error();
        return Error{ErrorCode::InvalidInput, QStringLiteral("bad request")};
    }
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++m_keys->serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600L * 24 * 365);
    X509_set_subject_name(cert.get(), X509_REQ_get_subject_name(request.get()));
    X509_set_issuer_name(cert.get(), X509_get_subject_name(m_keys->caCert.get()));
    X509_set_pubkey(cert.get(), m_foreign ? m_keys->foreignKey.get() : requestKey);
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, m_keys->caCert.get(), cert.get(), nullptr, nullptr, 0);
    if (X509_EXTENSION* usage =
            X509V3_EXT_conf_nid(nullptr, &ctx, NID_key_usage, "critical,digitalSignature")) {
        X509_add_ext(cert.get(), usage, -1);
        X509_EXTENSION_free(usage);
    }
    if (X509_sign(cert.get(), m_keys->caKey.get(), EVP_sha256()) <= 0) {
        ERR_clear_error();
        return Error{ErrorCode::Internal, QStringLiteral("signing failed")};
    }
    ++m_issued;
    return toDer(cert.get());
}

} // namespace guichet::test
