#include "security/SupervisorDecision.h"

#include "operators/OperatorRepository.h"

#include <algorithm>

namespace guichet {

Result<bool> SupervisorDecision::hasSupervisor(Database& db)
{
    auto accounts = OperatorRepository(db).list();
    if (!accounts) {
        return accounts.error();
    }
    return std::any_of(accounts->cbegin(), accounts->cend(), [](const OperatorAccount& account) {
        return account.active && account.role == OperatorRole::Supervisor;
    });
}

Status SupervisorDecision::check(Database& db, Permission permission,
                                 const std::optional<OperatorProfile>& session, QDate today)
{
    if (session) {
        return Authorization::require(*session, permission, today);
    }
    auto supervisor = hasSupervisor(db);
    if (!supervisor) {
        return supervisor.error();
    }
    if (!*supervisor) {
        return Status::success(); // a workstation being set up: no supervisor exists yet
    }
    const QString decision = permission == Permission::ManageMasterKey
                                 ? tr("How the master key is protected is a supervisor's decision")
                             : permission == Permission::PurgeRetention
                                 ? tr("The retention purge is a supervisor's decision")
                                 : tr("This is a supervisor's decision");
    return Error{ErrorCode::Refused,
                 tr("%1: log in with a supervisor's card (--operator-token SERIAL, and the PIN "
                    "from --operator-pin-fd N or the terminal).")
                     .arg(decision)};
}

} // namespace guichet
