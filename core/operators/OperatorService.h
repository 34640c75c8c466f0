#pragma once

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "operators/OperatorAccount.h"
#include "operators/OperatorRepository.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

class Database;

// What a supervisor enters to register an operator (the certificate identifies them).
struct NewOperator {
    QByteArray certificateDer; // DER; its subject's CN becomes the display name
    OperatorRole role = OperatorRole::DraOperator;
    QString caRegistrationNumber;
    QString organisationName; // required for a Certification Agent
    QDate trainingDate;
};

// Operator accounts: create, change role, training, registration number and organisation,
// deactivate, list. Only a logged-in supervisor may change accounts (Permission::
// ManageOperators), checked against the actor's account as stored now, not as it was at
// login. The one exception is the bootstrap: while no account exists at all, the first one
// may be created without a login, and it is always a supervisor (whatever role was asked),
// so that a fresh workstation has someone to create the others. Every change is one
// transaction with its audit event ("operator.created", "operator.role_changed",
// "operator.updated", "operator.deactivated"); writes check the version that was read.
// At least one active supervisor always remains. Use on the thread that opened the database.
class OperatorService {
    Q_DECLARE_TR_FUNCTIONS(OperatorService)
public:
    OperatorService(Database& db, const Clock& clock);

    // `actor` is the logged-in operator's account (nullptr: nobody, the bootstrap only).
    Result<OperatorAccount> create(const NewOperator& request, const OperatorAccount* actor);
    Result<OperatorAccount> setRole(const QString& id, OperatorRole role, qint64 expectedVersion,
                                    const OperatorAccount* actor);
    Result<OperatorAccount> setTrainingDate(const QString& id, QDate trained,
                                            qint64 expectedVersion, const OperatorAccount* actor);
    // Registration number, organisation, training date and display name of `edited`
    // (`edited.version` is the version that was read); role and activity have their own calls.
    Result<OperatorAccount> update(const OperatorAccount& edited, const OperatorAccount* actor);
    Result<OperatorAccount> deactivate(const QString& id, qint64 expectedVersion,
                                       const OperatorAccount* actor);

    Result<OperatorAccount> find(const QString& id) { return m_repository.find(id); }
    Result<QList<OperatorAccount>> list() { return m_repository.list(); }
    // True while no account exists: the next create() is the bootstrap supervisor.
    Result<bool> awaitingBootstrap();
    // Whether `actor` may create an account now (a supervisor, or anyone for the bootstrap),
    // for callers that prepare something costly first (a training card).
    Status mayCreate(const OperatorAccount* actor);

private:
    Status authorise(const OperatorAccount* actor);
    Status keepsASupervisor(const OperatorAccount& before, const OperatorAccount& after);
    Result<OperatorAccount> write(const OperatorAccount& before, const OperatorAccount& after,
                                  const QString& action, const QJsonObject& details,
                                  const OperatorAccount* actor);

    Database& m_db;
    const Clock& m_clock;
    OperatorRepository m_repository;
    AuditLog m_audit;
};

} // namespace guichet
