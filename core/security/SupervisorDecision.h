#pragma once

#include "common/Operator.h"
#include "common/Result.h"
#include "operators/Authorization.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace guichet {

class Database;

// The workstation-wide decisions that belong to a supervisor logged in with their card
// (GEN-6.5.5-04): how the master key is protected (issue 4: "a supervisor may instead choose
// a passphrase-protected key"; Permission::ManageMasterKey) and the retention purge
// (Permission::PurgeRetention).
//
// A workstation being set up has no supervisor account yet, and nobody could log in to
// decide; until the first active supervisor account exists, the person setting up the
// database decides (the audit event names the --operator given). From then on, only the card
// session of an operator whose role allows it may.
class SupervisorDecision {
    Q_DECLARE_TR_FUNCTIONS(SupervisorDecision)
public:
    // Whether the database has an active supervisor account.
    static Result<bool> hasSupervisor(Database& db);

    // `session`: the profile of the operator logged in with their card, if any. Success when
    // the decision may be taken; a Refused error naming what is missing otherwise.
    static Status check(Database& db, Permission permission,
                        const std::optional<OperatorProfile>& session, QDate today);
};

} // namespace guichet
