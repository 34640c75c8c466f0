#pragma once

#include "ca/CmpClient.h"

#include <QCoreApplication>
#include <QString>

namespace guichet {

struct CmpExchange;

// Why an exchange failed: the kind the outbox decides on, the CA's failure info bits when it
// rejected, and the operator's message.
struct CmpFailureReport {
    CmpFailure kind = CmpFailure::Unreachable;
    int failInfo = 0;
    Error error;
};

// OpenSSL's CMP errors mapped once, here, into CmpFailure and a translated message: the error
// queue (TLS, protection, unexpected message, connection), the CA's PKIStatus and failure
// info, what the exchange's callbacks saw, and the operator's card refusing to sign.
class CmpFailures {
    // The messages are the CMP client's: they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(CmpClient)
public:
    // Empties OpenSSL's error queue. `what` names the request ("Certificate request");
    // `operatorKey` is the signature protection's key (null with a shared secret).
    static CmpFailureReport describe(const CmpExchange& exchange, OSSL_CMP_CTX* context,
                                     const QString& what, const CmpEndpoint& endpoint,
                                     EVP_PKEY* operatorKey);

    // RFC 4210 5.2.3 PKIFailureInfo bit names, comma separated.
    static QString failureNames(int bits);
};

} // namespace guichet
