#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace guichet {

// The lifecycle of a registration file, following the CA's public process (seed FAQ 3D-3J):
// the dossier is prepared, the holder is met face to face, the token is personalised, the
// file goes to the CA, originals follow by post, and the CA issues or rejects pending
// documents (a temporary state: the CA keeps the file until the missing pieces arrive).
enum class DossierStatus {
    Draft,
    ReadyForMeeting,
    IdentityVerified,
    TokenPersonalised,
    SubmittedToCa,
    OriginalsPosted,
    RejectedPendingDocuments,
    CertificateIssued,
    Cancelled,
};

struct StatusChange {
    std::optional<DossierStatus> from; // empty for the creation entry
    DossierStatus to = DossierStatus::Draft;
    QDateTime atUtc;
    QString operatorId;
    QString reason;
};

class StatusMachine {
    Q_DECLARE_TR_FUNCTIONS(StatusMachine)
public:
    static QList<DossierStatus> allStatuses();
    static QList<DossierStatus> allowedNext(DossierStatus from);
    static bool isAllowed(DossierStatus from, DossierStatus to);
    static bool requiresReason(DossierStatus to);
    static bool isFinal(DossierStatus status);
    // A status an operator cannot simply choose: "identity verified" is reached only through
    // the face-to-face meeting, once every requirement rule of the product is met
    // (MeetingService::verifyIdentity).
    static bool isReachedThroughMeeting(DossierStatus status)
    {
        return status == DossierStatus::IdentityVerified;
    }

    // Checks a requested transition; the error explains the refusal to an operator.
    static Status check(DossierStatus from, DossierStatus to, const QString& reason);

    // A renewal by key update (RFC 9483 4.1.3) goes to the CA without a new face-to-face
    // meeting: REG-6.3.1 lets the identity validation of the certificate it renews be reused
    // while the CA profile allows it (RenewalPolicy decides). Only KeyUpdateRequests takes this
    // path, for a dossier opened from a certificate whose decision is "key update"; the
    // operator's status choices (allowedNext) do not offer it.
    static Status checkKeyUpdate(DossierStatus from);

    // Stable identifiers used in storage, JSON and the command line.
    static QString key(DossierStatus status);
    static std::optional<DossierStatus> fromKey(const QString& key);
    // Name in the operator's language.
    static QString displayName(DossierStatus status);
};

} // namespace guichet
