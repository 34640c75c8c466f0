#include "TestSigners.h"

#include "ca/CaOpenSsl.h"

#include <openssl/ec.h>

namespace guichet::test {
namespace {

openssl::PKey makeKey(const char* curve)
{
    return openssl::PKey(EVP_EC_gen(curve));
}

void setName(X509_NAME* name, const QString& commonName)
{
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char*>(commonName.toUtf8().constData()), -1, -1, 0);
}

openssl::X509Ptr makeCertificate(EVP_PKEY* subjectKey, const QString& commonName, EVP_PKEY* caKey,
                                 X509* caCert, long serial)
{
    openssl::X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    ASN1_TIME_set_string(X509_getm_notBefore(cert.get()), "20200101000000Z");
    ASN1_TIME_set_string(X509_getm_notAfter(cert.get()), "20400101000000Z");
    setName(X509_get_subject_name(cert.get()), commonName);
    X509_set_issuer_name(cert.get(), caCert ? X509_get_subject_name(caCert)
                                            : X509_get_subject_name(cert.get()));
    X509_set_pubkey(cert.get(), subjectKey);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, caCert ? caCert : cert.get(), cert.get(), nullptr, nullptr, 0);
    const char* basic = caCert ? "critical,CA:FALSE" : "critical,CA:TRUE";
    const char* usage =
        caCert ? "critical,digitalSignature,nonRepudiation" : "critical,keyCertSign,cRLSign";
    for (auto [nid, value] :
         {std::pair{NID_basic_constraints, basic}, std::pair{NID_key_usage, usage},
          std::pair{NID_subject_key_identifier, "hash"}}) {
        openssl::X509ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
        X509_add_ext(cert.get(), ext.get(), -1);
    }
    X509_sign(cert.get(), caKey, EVP_sha256());
    return cert;
}

QByteArray keyPem(EVP_PKEY* key)
{
    openssl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace

struct TestOperatorCa::Keys {
    openssl::PKey key;
    openssl::X509Ptr cert;
    long nextSerial = 2;
};

TestOperatorCa::TestOperatorCa(const QString& name) : m_keys(std::make_unique<Keys>())
{
    m_keys->key = makeKey("P-256");
    m_keys->cert = makeCertificate(m_keys->key.get(), name, m_keys->key.get(), nullptr, 1);
}

TestOperatorCa::~TestOperatorCa() = default;

QByteArray TestOperatorCa::certificateDer() const
{
    return openssl::toDer(m_keys->cert.get(), i2d_X509);
}

QByteArray TestOperatorCa::certificatePem() const
{
    return openssl::certificatePem(m_keys->cert.get());
}

std::unique_ptr<KeySigner> TestOperatorCa::issueOperator(const QString& commonName, bool p384)
{
    openssl::PKey key = makeKey(p384 ? "P-384" : "P-256");
    openssl::X509Ptr cert = makeCertificate(key.get(), commonName, m_keys->key.get(),
                                            m_keys->cert.get(), m_keys->nextSerial++);
    auto signer =
        SoftwareKeySigner::fromPem(keyPem(key.get()), openssl::toDer(cert.get(), i2d_X509));
    return signer.ok() ? std::unique_ptr<KeySigner>(std::move(signer).value()) : nullptr;
}

} // namespace guichet::test
