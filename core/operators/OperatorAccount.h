#pragma once

#include "common/Operator.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace guichet {

// A registered operator of this registration office: who may log in, with which card, and
// with which role. Stored in `operator_account`; every change is audited.
struct OperatorAccount {
    QString id;          // stable identifier recorded in history and audit ("op-..." )
    QString displayName; // from the certificate's subject when created from a card
    OperatorRole role = OperatorRole::DraOperator;
    QString caRegistrationNumber; // the number the CA gave the operator
    QString organisationName;     // the organisation a Certification Agent acts for
    QDate trainingDate;           // refreshed yearly (VAL-8.3.3-14X/15X)
    QByteArray certificateDer;    // the operator's authentication/signature certificate
    QByteArray certificateSha256; // lookup key at login
    bool active = true;           // a deactivated account cannot log in
    QDateTime createdAtUtc;
    qint64 version = 1; // optimistic lock

    OperatorProfile profile() const
    {
        OperatorProfile p;
        p.identity = {id, displayName};
        p.role = role;
        p.caRegistrationNumber = caRegistrationNumber;
        p.organisationName = organisationName;
        p.trainingDate = trainingDate;
        return p;
    }
};

} // namespace guichet
