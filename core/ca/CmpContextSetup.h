#pragma once

#include "ca/CmpClient.h"

#include <QCoreApplication>

namespace guichet {

struct CmpExchange;

// OpenSSL's CMP context for one exchange with the CA, prepared from the endpoint and the
// requester's credentials: timeouts, the certConf check, the way messages travel (in-process,
// HTTP, or HTTPS with the profile's trust anchors), the protection (shared secret, or the
// operator's certificate and key), the anchors trusted to sign the answers, and the
// transactionID and idempotency key. One per CmpClient: a card key is checked once.
class CmpContextSetup {
    // The messages are the CMP client's: they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(CmpClient)
public:
    CmpContextSetup(const CmpEndpoint& endpoint, const CmpCredentials& credentials);

    // The context, its callbacks bound to `exchange`; on an error, failure() says its kind.
    Result<openssl::CmpCtx> open(CmpExchange& exchange, const QString& idempotencyKey);
    CmpFailure failure() const { return m_failure; }

private:
    bool setTransport(OSSL_CMP_CTX* context, CmpExchange& exchange) const;
    bool setTls(OSSL_CMP_CTX* context, CmpExchange& exchange) const;
    Status checkOperatorKey();
    bool setProtection(OSSL_CMP_CTX* context) const;
    bool setTrustedAnchors(OSSL_CMP_CTX* context) const;
    static bool setTransaction(OSSL_CMP_CTX* context, const QString& idempotencyKey);

    const CmpEndpoint& m_endpoint;
    const CmpCredentials& m_credentials;
    CmpFailure m_failure = CmpFailure::None;
    bool m_keyProven = false; // signature protection: the key was checked against the certificate
};

} // namespace guichet
