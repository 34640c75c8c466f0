#pragma once

#include "common/Operator.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace guichet {

// What a role may do (operators issue): a supervisor manages operators, CA profiles,
// retention, the workstation's master-key protection and SO PIN reveal; DRA operators and
// Certification Agents handle dossiers, an agent only those of its own organisation.
enum class Permission {
    HandleDossiers,   // create, edit, meet, scan, personalise
    VerifyIdentity,   // also needs training under 12 months (VAL-8.3.3-14X/15X)
    ManageOperators,  // accounts and roles
    ManageCaProfiles, // import, edit
    PurgeRetention,   // retention purge
    ManageMasterKey,  // choose a passphrase-protected key, change the passphrase
    RevealSoPin,      // show a stored SO PIN to recycle a token
    ViewAudit,        // the audit view and export
};

class Authorization {
    Q_DECLARE_TR_FUNCTIONS(Authorization)
public:
    static bool allows(const OperatorProfile& profile, Permission permission, QDate today);
    // A Refused error naming the role and what it may not do; success when allowed.
    static Status require(const OperatorProfile& profile, Permission permission, QDate today);
    // Whether the operator may see a dossier of `organisationName` (an agent only its own).
    static bool maySee(const OperatorProfile& profile, const QString& organisationName);
    // The organisation the dossier list is limited to (DossierListQuery::organisation): an
    // agent's own (empty when none is recorded: nothing), no limit for the other roles.
    static std::optional<QString> dossierScope(const OperatorProfile& profile);
};

} // namespace guichet
