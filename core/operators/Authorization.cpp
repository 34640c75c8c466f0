#include "operators/Authorization.h"

namespace guichet {
namespace {

QString roleName(OperatorRole role)
{
    switch (role) {
    case OperatorRole::DraOperator:
        return Authorization::tr("DRA operator");
    case OperatorRole::CertificationAgent:
        return Authorization::tr("Certification Agent");
    case OperatorRole::Supervisor:
        return Authorization::tr("supervisor");
    }
    return {};
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::HandleDossiers:
        return Authorization::tr("handle dossiers");
    case Permission::VerifyIdentity:
        return Authorization::tr("verify identities");
    case Permission::ManageOperators:
        return Authorization::tr("manage operators");
    case Permission::ManageCaProfiles:
        return Authorization::tr("manage CA profiles");
    case Permission::PurgeRetention:
        return Authorization::tr("purge expired documents");
    case Permission::ManageMasterKey:
        return Authorization::tr("manage the master key");
    case Permission::RevealSoPin:
        return Authorization::tr("reveal an SO PIN");
    case Permission::ViewAudit:
        return Authorization::tr("view the audit trail");
    }
    return {};
}

// VAL-8.3.3-14X/15X, BIN-8.4.4-02: trained before the first check and refreshed yearly; the
// same bound as the meeting checklist (PeopleRules: 12 months or more is too old).
bool trainingValid(const QDate& trained, const QDate& today)
{
    return trained.isValid() && today.isValid() && trained <= today &&
           today < trained.addMonths(12);
}

} // namespace

bool Authorization::allows(const OperatorProfile& profile, Permission permission, QDate today)
{
    if (profile.role == OperatorRole::Supervisor) {
        return true;
    }
    switch (permission) {
    case Permission::HandleDossiers:
        return true;
    case Permission::VerifyIdentity:
        return trainingValid(profile.trainingDate, today);
    case Permission::ManageOperators:
    case Permission::ManageCaProfiles:
    case Permission::PurgeRetention:
    case Permission::ManageMasterKey:
    case Permission::RevealSoPin:
    case Permission::ViewAudit:
        return false;
    }
    return false;
}

Status Authorization::require(const OperatorProfile& profile, Permission permission, QDate today)
{
    if (allows(profile, permission, today)) {
        return Status::success();
    }
    if (permission == Permission::VerifyIdentity) {
        if (!profile.trainingDate.isValid()) {
            return Error{ErrorCode::Refused,
                         tr("%1 may not verify identities: no training date is recorded for "
                            "this operator.")
                             .arg(profile.identity.displayName)};
        }
        return Error{
            ErrorCode::Refused,
            tr("%1 may not verify identities: the last training (%2) is 12 months old "
               "or more, and training must be refreshed yearly.")
                .arg(profile.identity.displayName, profile.trainingDate.toString(Qt::ISODate))};
    }
    return Error{ErrorCode::Refused, tr("A %1 may not %2: this needs a supervisor.")
                                         .arg(roleName(profile.role), permissionName(permission))};
}

std::optional<QString> Authorization::dossierScope(const OperatorProfile& profile)
{
    if (profile.role != OperatorRole::CertificationAgent) {
        return std::nullopt;
    }
    return profile.organisationName.trimmed();
}

bool Authorization::maySee(const OperatorProfile& profile, const QString& organisationName)
{
    if (profile.role != OperatorRole::CertificationAgent) {
        return true;
    }
    // An agent acts for one organisation only; an agent with none recorded sees nothing.
    // Exact (trimmed) match, the same rule as the dossier list's SQL filter (DossierQuery).
    return !profile.organisationName.trimmed().isEmpty() &&
           organisationName.trimmed() == profile.organisationName.trimmed();
}

} // namespace guichet
