#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace guichet {

// Who is acting. Until smart-card login exists this comes from settings or the OS account;
// every change and audit event carries it.
struct OperatorIdentity {
    QString id;          // stable identifier recorded in history and audit
    QString displayName; // shown to people
};

enum class OperatorRole { DraOperator, CertificationAgent, Supervisor };

// What the rules and the intervention form need to know about the operator. Until operator
// accounts exist (operators issue) it comes from the workstation settings.
struct OperatorProfile {
    OperatorIdentity identity;
    OperatorRole role = OperatorRole::DraOperator;
    QString caRegistrationNumber; // the number the CA gave the operator
    QString organisationName;     // the organisation a Certification Agent acts for
    QDate trainingDate;           // last training; refreshed yearly (VAL-8.3.3-14X/15X)
    // When known, tells a namesake apart from the holder (REG-6.2.2-26).
    QDate birthDate;
};

// Stable keys of the roles, for settings and the command line.
inline QString operatorRoleKey(OperatorRole role)
{
    switch (role) {
    case OperatorRole::DraOperator:
        return QStringLiteral("dra-operator");
    case OperatorRole::CertificationAgent:
        return QStringLiteral("certification-agent");
    case OperatorRole::Supervisor:
        return QStringLiteral("supervisor");
    }
    return QStringLiteral("dra-operator");
}

inline std::optional<OperatorRole> operatorRoleFromKey(const QString& key)
{
    for (OperatorRole role :
         {OperatorRole::DraOperator, OperatorRole::CertificationAgent, OperatorRole::Supervisor}) {
        if (operatorRoleKey(role) == key) {
            return role;
        }
    }
    return std::nullopt;
}

} // namespace guichet
