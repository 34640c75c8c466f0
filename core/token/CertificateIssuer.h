#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace guichet {

// Whoever turns a certificate request into a certificate: the training CA or the CA's CMP
// endpoint (core/ca implements it). Called on the token worker's thread.
class CertificateIssuer {
public:
    virtual ~CertificateIssuer() = default;
    // `csrDer` is a verified PKCS#10 request; `product` names the certificate product
    // (e.g. "eidas-qcp-n-qscd"). Returns the DER certificate.
    virtual Result<QByteArray> issue(const QByteArray& csrDer, const QString& product) = 0;
};

} // namespace guichet
