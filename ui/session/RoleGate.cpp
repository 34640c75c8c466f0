#include "session/RoleGate.h"

#include <QAction>
#include <QCoreApplication>

namespace guichet {

void gateAction(QAction* action, const OperatorProfile& profile, Permission permission, QDate today)
{
    const Status allowed = Authorization::require(profile, permission, today);
    action->setEnabled(allowed.ok());
    action->setToolTip(allowed.ok() ? action->text().remove(u'&') : allowed.error().message);
}

QString operatorRoleName(OperatorRole role)
{
    switch (role) {
    case OperatorRole::DraOperator:
        return QCoreApplication::translate("RoleGate", "DRA operator");
    case OperatorRole::CertificationAgent:
        return QCoreApplication::translate("RoleGate", "Certification Agent");
    case OperatorRole::Supervisor:
        return QCoreApplication::translate("RoleGate", "Supervisor");
    }
    return {};
}

} // namespace guichet
