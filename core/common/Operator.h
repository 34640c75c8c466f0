#pragma once

#include <QDate>
#include <QString>

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
};

} // namespace guichet
