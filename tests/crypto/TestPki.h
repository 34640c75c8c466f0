#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>

struct evp_pkey_st;

namespace guichet::test {

// A throwaway PKI made with OpenSSL in the test: a root CA and operator certificates for
// keys generated here or found on a token.
class TestPki {
public:
    enum class KeyType { Rsa2048, EcP256, EcP384 };

    struct Issued {
        QByteArray keyPem; // empty when the key is elsewhere (a token)
        QByteArray certificateDer;
        QByteArray certificatePem;
    };

    // A root CA valid from 2020 to 2040, named `name`.
    explicit TestPki(const QString& name = QStringLiteral("Guichet Test Root"));
    ~TestPki();
    TestPki(const TestPki&) = delete;
    TestPki& operator=(const TestPki&) = delete;

    QByteArray rootDer() const { return m_rootDer; }
    QByteArray rootPem() const { return m_rootPem; }
    QByteArray rootKeyPem() const;

    // A new key and an operator certificate for it, valid between the two times.
    Issued issue(KeyType type, const QString& commonName,
                 const QDateTime& notBefore = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC),
                 const QDateTime& notAfter = QDateTime(QDate(2036, 1, 1), QTime(0, 0), Qt::UTC));
    // An operator certificate for a public key given as DER SubjectPublicKeyInfo.
    Issued issueFor(const QByteArray& publicKeyInfo, const QString& commonName);

private:
    Issued certify(evp_pkey_st* publicKey, const QString& commonName, const QDateTime& notBefore,
                   const QDateTime& notAfter);

    evp_pkey_st* m_rootKey = nullptr;
    void* m_rootCert = nullptr; // X509*
    QByteArray m_rootDer;
    QByteArray m_rootPem;
    long m_serial = 1;
};

} // namespace guichet::test
