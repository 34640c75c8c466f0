#pragma once

#include "common/Result.h"
#include "token/TokenTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <functional>

namespace guichet {

// A PKCS#10 request built with OpenSSL whose signature is made elsewhere (on the token):
// the request info is encoded, handed to `sign`, the signature put in place, and the whole
// request verified with its own public key before anyone sends it (REFERENCE.md step 6).
class CertificateRequest {
    Q_DECLARE_TR_FUNCTIONS(CertificateRequest)
public:
    using Signer = std::function<Result<QByteArray>(const QByteArray& toBeSigned)>;

    static Result<QByteArray> build(const CertificateSubject& subject,
                                    const QByteArray& publicKeyInfo, KeyAlgorithm algorithm,
                                    const Signer& sign);

    // True when the DER request's signature verifies with the key it carries.
    static Result<bool> verify(const QByteArray& requestDer);
    // The request's public key, DER SubjectPublicKeyInfo.
    static Result<QByteArray> publicKeyInfo(const QByteArray& requestDer);
};

} // namespace guichet
