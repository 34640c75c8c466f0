#pragma once

#include "token/CertificateIssuer.h"

#include <QByteArray>
#include <memory>

namespace guichet::test {

// A throwaway CA made with OpenSSL for the token tests and the benchmark: not the training
// CA (core/ca), just enough to turn a verified PKCS#10 request into a certificate.
class TestCa final : public CertificateIssuer {
public:
    TestCa();
    ~TestCa() override;

    Result<QByteArray> issue(const QByteArray& csrDer, const QString& product) override;

    // Issues the next certificates for a key of its own instead of the request's (the
    // mismatch a careless CA or an attacker could produce).
    void issueForForeignKey(bool foreign) { m_foreign = foreign; }
    // Fails the next issue() calls, as an unreachable CA would.
    void failNext(int count) { m_failures = count; }
    int issued() const { return m_issued; }
    QByteArray certificateDer() const;

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
    bool m_foreign = false;
    int m_failures = 0;
    int m_issued = 0;
};

} // namespace guichet::test
