#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace guichet {

class Pkcs11Module;
class TokenSession;

// The certificates on the holder's token (public objects: no PIN needed), so that a renewal
// can start from the token the holder brings (issue 6, "Renewal"). Runs on the thread that
// owns the session.
class TokenCertificates {
    Q_DECLARE_TR_FUNCTIONS(TokenCertificates)
public:
    static Result<QList<QByteArray>> all(const Pkcs11Module& module, TokenSession& session);
    // The holder's own certificate: not a CA certificate; the one valid longest when several.
    static Result<QByteArray> holders(const Pkcs11Module& module, TokenSession& session);
    // The CKA_ID of this certificate on the token, which is also its key pair's (REFERENCE.md,
    // "PKCS#11 personalisation sequence", step 7); NotFound when the token does not hold it.
    static Result<QByteArray> keyIdOf(const Pkcs11Module& module, TokenSession& session,
                                      const QByteArray& certificateDer);
};

} // namespace guichet
