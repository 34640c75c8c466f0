#include "TestPki.h"

#include "ca/CaOpenSsl.h"

#include <openssl/ec.h>
#include <openssl/rsa.h>
#include <stdexcept>

namespace guichet::test {
namespace {

using openssl::PKey;
using openssl::X509Ptr;

PKey generate(TestPki::KeyType type)
{
    switch (type) {
    case TestPki::KeyType::Rsa2048:
        return PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    case TestPki::KeyType::EcP256:
        return PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    case TestPki::KeyType::EcP384:
        return PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
    }
    return nullptr;
}

void addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    openssl::X509ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    if (!extension || X509_add_ext(cert, extension.get(), -1) != 1) {
        throw std::runtime_error("cannot add a certificate extension");
    }
}

X509Ptr makeCertificate(EVP_PKEY* publicKey, const QString& commonName, X509* issuer,
                        EVP_PKEY* issuerKey, long serial, const QDateTime& notBefore,
                        const QDateTime& notAfter, bool ca)
{
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("FR"), -1, -1, 0);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    ASN1_TIME_set(X509_getm_notBefore(cert.get()),
                  static_cast<time_t>(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), static_cast<time_t>(notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(cert.get(), publicKey);
    X509* issuerCert = issuer ? issuer : cert.get();
    addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    if (ca) {
        addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid");
        addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(cert.get(), issuerCert, NID_key_usage,
                     "critical,digitalSignature,nonRepudiation");
    }
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0) {
        throw std::runtime_error("cannot sign a test certificate");
    }
    return cert;
}

QByteArray privatePem(EVP_PKEY* key)
{
    openssl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace

TestPki::TestPki(const QString& name)
{
    PKey key = generate(KeyType::EcP256);
    X509Ptr root = makeCertificate(key.get(), name, nullptr, key.get(), m_serial++,
                                   QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC),
                                   QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC), true);
    m_rootDer = openssl::toDer(root.get(), i2d_X509);
    m_rootPem = openssl::certificatePem(root.get());
    m_rootKey = key.release();
    m_rootCert = root.release();
}

TestPki::~TestPki()
{
    X509_free(static_cast<X509*>(m_rootCert));
    EVP_PKEY_free(m_rootKey);
}

QByteArray TestPki::rootKeyPem() const
{
    return privatePem(m_rootKey);
}

TestPki::Issued TestPki::certify(EVP_PKEY* publicKey, const QString& commonName,
                                 const QDateTime& notBefore, const QDateTime& notAfter)
{
    X509Ptr cert = makeCertificate(publicKey, commonName, static_cast<X509*>(m_rootCert), m_rootKey,
                                   m_serial++, notBefore, notAfter, false);
    return Issued{{}, openssl::toDer(cert.get(), i2d_X509), openssl::certificatePem(cert.get())};
}

TestPki::Issued TestPki::issue(KeyType type, const QString& commonName, const QDateTime& notBefore,
                               const QDateTime& notAfter)
{
    PKey key = generate(type);
    Issued issued = certify(key.get(), commonName, notBefore, notAfter);
    issued.keyPem = privatePem(key.get());
    return issued;
}

TestPki::Issued TestPki::issueFor(const QByteArray& publicKeyInfo, const QString& commonName)
{
    const auto* in = reinterpret_cast<const unsigned char*>(publicKeyInfo.constData());
    PKey key(d2i_PUBKEY(nullptr, &in, static_cast<long>(publicKeyInfo.size())));
    if (!key) {
        throw std::runtime_error("cannot read the token's public key");
    }
    return certify(key.get(), commonName, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC),
                   QDateTime(QDate(2036, 1, 1), QTime(0, 0), Qt::UTC));
}

} // namespace guichet::test
