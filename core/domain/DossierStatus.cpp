#include "domain/DossierStatus.h"

#include <array>

namespace guichet {
namespace {

struct StatusInfo {
    DossierStatus status;
    const char* key;
    const char* name;
};

constexpr std::array kStatuses{
    StatusInfo{DossierStatus::Draft, "draft", QT_TRANSLATE_NOOP("StatusMachine", "Draft")},
    StatusInfo{DossierStatus::ReadyForMeeting, "ready-for-meeting",
               QT_TRANSLATE_NOOP("StatusMachine", "Ready for meeting")},
    StatusInfo{DossierStatus::IdentityVerified, "identity-verified",
               QT_TRANSLATE_NOOP("StatusMachine", "Identity verified")},
    StatusInfo{DossierStatus::TokenPersonalised, "token-personalised",
               QT_TRANSLATE_NOOP("StatusMachine", "Token personalised")},
    StatusInfo{DossierStatus::SubmittedToCa, "submitted-to-ca",
               QT_TRANSLATE_NOOP("StatusMachine", "Submitted to CA")},
    StatusInfo{DossierStatus::OriginalsPosted, "originals-posted",
               QT_TRANSLATE_NOOP("StatusMachine", "Originals posted")},
    StatusInfo{DossierStatus::RejectedPendingDocuments, "rejected-pending-documents",
               QT_TRANSLATE_NOOP("StatusMachine", "Rejected, pending documents")},
    StatusInfo{DossierStatus::CertificateIssued, "certificate-issued",
               QT_TRANSLATE_NOOP("StatusMachine", "Certificate issued")},
    StatusInfo{DossierStatus::Cancelled, "cancelled",
               QT_TRANSLATE_NOOP("StatusMachine", "Cancelled")},
};

const StatusInfo& info(DossierStatus status)
{
    for (const auto& entry : kStatuses) {
        if (entry.status == status) {
            return entry;
        }
    }
    return kStatuses.front();
}

} // namespace

QList<DossierStatus> StatusMachine::allStatuses()
{
    QList<DossierStatus> all;
    for (const auto& entry : kStatuses) {
        all.append(entry.status);
    }
    return all;
}

QList<DossierStatus> StatusMachine::allowedNext(DossierStatus from)
{
    using S = DossierStatus;
    switch (from) {
    case S::Draft:
        return {S::ReadyForMeeting, S::Cancelled};
    case S::ReadyForMeeting:
        return {S::IdentityVerified, S::Draft, S::Cancelled};
    case S::IdentityVerified:
        // Products without a token go straight to the CA (e.g. an SSL server certificate).
        return {S::TokenPersonalised, S::SubmittedToCa, S::Cancelled};
    case S::TokenPersonalised:
        return {S::SubmittedToCa, S::Cancelled};
    case S::SubmittedToCa:
        return {S::OriginalsPosted, S::RejectedPendingDocuments, S::CertificateIssued};
    case S::OriginalsPosted:
        return {S::RejectedPendingDocuments, S::CertificateIssued};
    case S::RejectedPendingDocuments:
        // FAQ 3J: the rejection is temporary until the requested documents are received.
        return {S::SubmittedToCa, S::OriginalsPosted, S::Cancelled};
    case S::CertificateIssued:
    case S::Cancelled:
        return {};
    }
    return {};
}

bool StatusMachine::isAllowed(DossierStatus from, DossierStatus to)
{
    return allowedNext(from).contains(to);
}

bool StatusMachine::requiresReason(DossierStatus to)
{
    return to == DossierStatus::RejectedPendingDocuments || to == DossierStatus::Cancelled;
}

bool StatusMachine::isFinal(DossierStatus status)
{
    return allowedNext(status).isEmpty();
}

Status StatusMachine::check(DossierStatus from, DossierStatus to, const QString& reason)
{
    if (!isAllowed(from, to)) {
        return Error{ErrorCode::Refused, tr("A dossier cannot go from \"%1\" to \"%2\".")
                                             .arg(displayName(from), displayName(to))};
    }
    if (requiresReason(to) && reason.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     tr("Moving a dossier to \"%1\" needs a reason.").arg(displayName(to))};
    }
    return Status::success();
}

Status StatusMachine::checkKeyUpdate(DossierStatus from)
{
    using S = DossierStatus;
    // REG-6.3.1: the renewal dossier has had no meeting of its own, so it goes from its draft
    // (or back from a CA rejection) straight to the CA; from there the usual path applies.
    if (from == S::Draft || from == S::ReadyForMeeting || from == S::RejectedPendingDocuments) {
        return Status::success();
    }
    return Error{ErrorCode::Refused,
                 tr("A key update cannot be sent for a dossier in \"%1\".").arg(displayName(from))};
}

QString StatusMachine::key(DossierStatus status)
{
    return QString::fromLatin1(info(status).key);
}

std::optional<DossierStatus> StatusMachine::fromKey(const QString& key)
{
    for (const auto& entry : kStatuses) {
        if (key == QLatin1String(entry.key)) {
            return entry.status;
        }
    }
    return std::nullopt;
}

QString StatusMachine::displayName(DossierStatus status)
{
    return tr(info(status).name);
}

} // namespace guichet
