#pragma once

#include "ca/CaOpenSsl.h"
#include "ca/IssueRequest.h"
#include "common/Result.h"
#include "token/CertificateIssuer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace guichet {

class Clock;
class Database;
class EncryptionService;
class ProductCatalogue;

// RFC 5280 5.3.1 reason codes.
enum class RevocationReason : int {
    Unspecified = 0,
    KeyCompromise = 1,
    AffiliationChanged = 3,
    Superseded = 4,
    CessationOfOperation = 5,
    CertificateHold = 6,
};

struct IssuedCertificate {
    QString serialHex;
    QByteArray der;
    bool repeated = false; // answered from an earlier request with the same idempotency key
};

// The embedded training CA (issue 6): a root and an issuing CA created on first use, their
// keys kept only as EncryptionService envelopes in the database; real X.509 certificates
// for every product, all marked TRAINING in subject and issuer; revocation and a CRL file.
// Not thread-safe: one owner thread, like the Database it uses.
class TrainingCa final : public CertificateIssuer {
    Q_DECLARE_TR_FUNCTIONS(TrainingCa)
public:
    static inline const QString TrainingMark = QStringLiteral("TRAINING — NOT VALID");

    TrainingCa(Database& db, EncryptionService& encryption, const Clock& clock,
               const ProductCatalogue& catalogue);
    ~TrainingCa() override;

    // Loads the CA, creating its keys and certificates the first time.
    Status ensureReady();

    // CertificateIssuer (the token personaliser's interface): `product` is a catalogue id;
    // the usage is the product's first one and the subject the CSR's (still marked TRAINING).
    Result<QByteArray> issue(const QByteArray& csrDer, const QString& product) override;
    Result<QByteArray> issue(const QByteArray& csrDer, const IssueRequest& request);
    // The same, saying whether the answer is a repeat; CMP's ir/cr give a key and subject
    // without a PKCS#10 request (proof of possession checked by the CMP layer).
    Result<IssuedCertificate> issueCertificate(const QByteArray& csrDer,
                                               const IssueRequest& request);
    Result<IssuedCertificate> issueForKey(EVP_PKEY* publicKey, const X509_NAME* requestedSubject,
                                          const IssueRequest& request);
    // The certificate an idempotency key was answered with, if any.
    Result<std::optional<IssuedCertificate>> findByRequestKey(const QString& key);

    Status revoke(const QString& serialHex, RevocationReason reason);
    Status revoke(const X509* certificate, RevocationReason reason);
    // A CRL signed by the issuing CA listing every revoked certificate (DER).
    Result<QByteArray> crl();
    // Writes the CRL atomically to `path` (DER).
    Status publishCrl(const QString& path);
    // Number of certificates issued so far (tests: a repeat must not issue again).
    Result<int> issuedCount();

    // Valid after ensureReady().
    X509* issuingCertificate() const { return m_issuingCert.get(); }
    X509* rootCertificate() const { return m_rootCert.get(); }
    EVP_PKEY* issuingKey() const { return m_issuingKey.get(); }

private:
    Status create();
    Status load();
    Result<openssl::X509Ptr> makeCaCertificate(EVP_PKEY* key, const QString& commonName,
                                               const X509* issuer, EVP_PKEY* issuerKey, int years,
                                               int pathLength);
    Result<QByteArray> sealKey(EVP_PKEY* key, const char* role);
    Result<openssl::PKey> openKey(const QByteArray& blob, const char* role);

    Database& m_db;
    EncryptionService& m_encryption;
    const Clock& m_clock;
    const ProductCatalogue& m_catalogue;
    openssl::X509Ptr m_rootCert;
    openssl::X509Ptr m_issuingCert;
    openssl::PKey m_issuingKey;
};

} // namespace guichet
