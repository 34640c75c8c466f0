#pragma once

#include "crypto/SoftwareKeySigner.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace guichet::test {

// A throwaway CA (EC P-256, made with OpenSSL) that issues operator certificates whose keys
// live in a SoftwareKeySigner: real signatures and real chains without a token.
class TestOperatorCa {
public:
    explicit TestOperatorCa(const QString& name = QStringLiteral("Guichet Test Operators CA"));
    ~TestOperatorCa();

    QByteArray certificateDer() const;
    QByteArray certificatePem() const;
    // A fresh key and a certificate for it, valid 2020-2040.
    std::unique_ptr<KeySigner> issueOperator(const QString& commonName, bool p384 = false);

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
};

} // namespace guichet::test
