#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace guichet {

// The CA's acknowledgement of an evidence package.
struct SubmissionReceipt {
    QString receiptId;             // the CA's reference for the package
    QByteArray sha256;             // of the package as the CA received it
    QDateTime receivedUtc;         // when the CA first received it
    bool signatureTrusted = false; // the operator's chain ends at one of the CA's anchors
    bool repeat = false;           // the idempotency key was already received: nothing stored again
};

// Where the outbox delivers a dossier's signed evidence package (issue 7, "Evidence
// package": "This package is what the outbox submits to the CA"). A receiver answers a
// repeated idempotency key with the first receipt (exactly once, like enrolments).
// Errors: Refused means the CA examined the package and will not take it (the message says
// why, for the operator); any other code is a delivery failure worth retrying.
class EvidenceReceiver {
public:
    virtual ~EvidenceReceiver() = default;
    virtual Result<SubmissionReceipt> receive(const QString& idempotencyKey,
                                              const QString& dossierReference,
                                              const QByteArray& package) = 0;
};

} // namespace guichet
