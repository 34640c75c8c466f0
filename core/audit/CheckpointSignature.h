#pragma once

#include "audit/AuditCheckpoint.h"

#include <QCoreApplication>
#include <QList>
#include <openssl/types.h>
#include <optional>

namespace guichet {

// Checks one checkpoint's signature with the certificate stored in it and, when trust
// anchors are given, that the certificate chains to one of them and was valid when the
// checkpoint was made. Returns the problem (translated), or nothing when it holds.
class CheckpointSignature {
    Q_DECLARE_TR_FUNCTIONS(CheckpointSignature)
public:
    static std::optional<QString> problem(const AuditCheckpoint& checkpoint,
                                          const QList<QByteArray>& trustAnchorsDer);
    // Whether `key` (the signer certificate's) verifies the checkpoint's signature over its
    // signed digest with `md`; the chain and validity are not looked at.
    static bool signatureVerifies(const AuditCheckpoint& checkpoint, EVP_PKEY* key,
                                  const EVP_MD* md);
};

} // namespace guichet
