#pragma once

#include "common/Operator.h"
#include "operators/Authorization.h"

#include <QDate>

class QAction;

namespace guichet {

// Enables an action only for a role that may do it; otherwise disables it with a tooltip
// saying why (the refusal Authorization words), so the operator sees the action and its
// reason instead of a missing menu entry.
void gateAction(QAction* action, const OperatorProfile& profile, Permission permission,
                QDate today);

// The role's name as people read it, for the status bar.
QString operatorRoleName(OperatorRole role);

} // namespace guichet
