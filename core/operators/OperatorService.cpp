#include "operators/OperatorService.h"

#include "crypto/SecureRandom.h"
#include "crypto/Sha256.h"
#include "operators/Authorization.h"
#include "operators/OperatorCertificate.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <algorithm>

namespace guichet {
namespace {

const QString kObjectType = QStringLiteral("operator");

Status checkOrganisation(const OperatorAccount& account)
{
    if (account.role == OperatorRole::CertificationAgent &&
        account.organisationName.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     OperatorService::tr("A Certification Agent acts for one organisation: "
                                         "give its name.")};
    }
    return Status::success();
}

} // namespace

OperatorService::OperatorService(Database& db, const Clock& clock)
    : m_db(db), m_clock(clock), m_repository(db), m_audit(db, clock)
{
}

Result<bool> OperatorService::awaitingBootstrap()
{
    auto count = m_repository.count();
    if (!count) {
        return count.error();
    }
    return *count == 0;
}

Status OperatorService::mayCreate(const OperatorAccount* actor)
{
    auto bootstrap = awaitingBootstrap();
    if (!bootstrap) {
        return bootstrap.error();
    }
    return *bootstrap ? Status::success() : authorise(actor);
}

Status OperatorService::authorise(const OperatorAccount* actor)
{
    if (actor == nullptr) {
        return Error{ErrorCode::Refused,
                     tr("Only a supervisor logged in with their card may change operator "
                        "accounts.")};
    }
    // The actor's account as stored now: a role withdrawn since login no longer counts.
    auto current = m_repository.find(actor->id);
    if (!current) {
        return current.error().code == ErrorCode::NotFound
                   ? Status(Error{ErrorCode::Refused,
                                  tr("The logged-in operator has no account any more.")})
                   : Status(current.error());
    }
    if (!current->active) {
        return Error{ErrorCode::Refused, tr("The logged-in operator's account is deactivated.")};
    }
    return Authorization::require(current->profile(), Permission::ManageOperators,
                                  m_clock.nowUtc().date());
}

Status OperatorService::keepsASupervisor(const OperatorAccount& before,
                                         const OperatorAccount& after)
{
    const bool wasSupervisor = before.active && before.role == OperatorRole::Supervisor;
    const bool isSupervisor = after.active && after.role == OperatorRole::Supervisor;
    if (!wasSupervisor || isSupervisor) {
        return Status::success();
    }
    auto accounts = m_repository.list();
    if (!accounts) {
        return accounts.error();
    }
    const auto others = std::count_if(accounts->cbegin(), accounts->cend(), [&](const auto& a) {
        return a.id != before.id && a.active && a.role == OperatorRole::Supervisor;
    });
    if (others == 0) {
        return Error{ErrorCode::Refused,
                     tr("%1 is the last active supervisor: appoint another one first, or "
                        "nobody could manage operators any more.")
                         .arg(before.displayName)};
    }
    return Status::success();
}

Result<OperatorAccount> OperatorService::create(const NewOperator& request,
                                                const OperatorAccount* actor)
{
    auto der = OperatorCertificate::toDer(request.certificateDer);
    if (!der) {
        return der.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto bootstrap = awaitingBootstrap();
    if (!bootstrap) {
        return bootstrap.error();
    }
    if (!*bootstrap) {
        if (Status allowed = authorise(actor); !allowed) {
            return allowed.error();
        }
    }
    OperatorAccount account;
    auto random = SecureRandom::bytes(6);
    if (!random) {
        return random.error();
    }
    account.id = QStringLiteral("op-") + QString::fromLatin1(random->toHex());
    account.displayName = OperatorCertificate::displayName(*der);
    // The bootstrap account is a supervisor: someone must be able to create the others.
    account.role = *bootstrap ? OperatorRole::Supervisor : request.role;
    account.caRegistrationNumber = request.caRegistrationNumber.trimmed();
    account.organisationName = request.organisationName.trimmed();
    account.trainingDate = request.trainingDate;
    account.certificateDer = *der;
    account.certificateSha256 = Sha256::hash(*der);
    account.createdAtUtc = m_clock.nowUtc();
    if (Status valid = checkOrganisation(account); !valid) {
        return valid.error();
    }
    auto existing = m_repository.findActiveByCertificate(account.certificateSha256);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return Error{ErrorCode::Conflict,
                     tr("This certificate already belongs to the active account %1 (%2).")
                         .arg((*existing)->id, (*existing)->displayName)};
    }
    const QString actorId = actor != nullptr ? actor->id : account.id;
    if (Status saved = m_repository.insert(account, actorId); !saved) {
        return saved.error();
    }
    QJsonObject details{{QStringLiteral("role"), operatorRoleKey(account.role)},
                        {QStringLiteral("certificateSha256"),
                         QString::fromLatin1(account.certificateSha256.toHex())},
                        {QStringLiteral("bootstrap"), *bootstrap}};
    if (auto appended = m_audit.append(actorId, QStringLiteral("operator.created"), kObjectType,
                                       account.id, details);
        !appended) {
        return appended.error();
    }
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    return account;
}

Result<OperatorAccount> OperatorService::write(const OperatorAccount& before,
                                               const OperatorAccount& after, const QString& action,
                                               const QJsonObject& details,
                                               const OperatorAccount* actor)
{
    if (Status valid = checkOrganisation(after); !valid) {
        return valid.error();
    }
    if (Status kept = keepsASupervisor(before, after); !kept) {
        return kept.error();
    }
    const QDateTime now = m_clock.nowUtc();
    if (Status saved = m_repository.update(after, actor->id, now); !saved) {
        return saved.error();
    }
    if (auto appended = m_audit.append(actor->id, action, kObjectType, after.id, details);
        !appended) {
        return appended.error();
    }
    OperatorAccount written = after;
    written.version = after.version + 1;
    return written;
}

Result<OperatorAccount> OperatorService::setRole(const QString& id, OperatorRole role,
                                                 qint64 expectedVersion,
                                                 const OperatorAccount* actor)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    if (Status allowed = authorise(actor); !allowed) {
        return allowed.error();
    }
    auto before = m_repository.find(id);
    if (!before) {
        return before.error();
    }
    OperatorAccount after = *before;
    after.version = expectedVersion;
    after.role = role;
    auto written = write(*before, after, QStringLiteral("operator.role_changed"),
                         QJsonObject{{QStringLiteral("from"), operatorRoleKey(before->role)},
                                     {QStringLiteral("to"), operatorRoleKey(role)}},
                         actor);
    if (!written) {
        return written;
    }
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    return written;
}

Result<OperatorAccount> OperatorService::setTrainingDate(const QString& id, QDate trained,
                                                         qint64 expectedVersion,
                                                         const OperatorAccount* actor)
{
    auto current = m_repository.find(id);
    if (!current) {
        return current.error();
    }
    OperatorAccount edited = *current;
    edited.version = expectedVersion;
    edited.trainingDate = trained;
    return update(edited, actor);
}

Result<OperatorAccount> OperatorService::update(const OperatorAccount& edited,
                                                const OperatorAccount* actor)
{
    if (edited.trainingDate.isValid() && edited.trainingDate > m_clock.nowUtc().date()) {
        return Error{ErrorCode::InvalidInput, tr("The training date is in the future.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    if (Status allowed = authorise(actor); !allowed) {
        return allowed.error();
    }
    auto before = m_repository.find(edited.id);
    if (!before) {
        return before.error();
    }
    OperatorAccount after = *before;
    after.version = edited.version;
    after.displayName =
        edited.displayName.trimmed().isEmpty() ? before->displayName : edited.displayName.trimmed();
    after.caRegistrationNumber = edited.caRegistrationNumber.trimmed();
    after.organisationName = edited.organisationName.trimmed();
    after.trainingDate = edited.trainingDate;
    // Names of what changed, not values (the audit keeps identifiers only).
    QJsonArray fields;
    if (after.displayName != before->displayName) {
        fields.append(QStringLiteral("displayName"));
    }
    if (after.caRegistrationNumber != before->caRegistrationNumber) {
        fields.append(QStringLiteral("caRegistrationNumber"));
    }
    if (after.organisationName != before->organisationName) {
        fields.append(QStringLiteral("organisationName"));
    }
    if (after.trainingDate != before->trainingDate) {
        fields.append(QStringLiteral("trainingDate"));
    }
    QJsonObject details{{QStringLiteral("fields"), fields}};
    if (after.trainingDate.isValid()) {
        details.insert(QStringLiteral("trainingDate"), after.trainingDate.toString(Qt::ISODate));
    }
    auto written = write(*before, after, QStringLiteral("operator.updated"), details, actor);
    if (!written) {
        return written;
    }
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    return written;
}

Result<OperatorAccount> OperatorService::deactivate(const QString& id, qint64 expectedVersion,
                                                    const OperatorAccount* actor)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    if (Status allowed = authorise(actor); !allowed) {
        return allowed.error();
    }
    auto before = m_repository.find(id);
    if (!before) {
        return before.error();
    }
    if (!before->active) {
        return Error{ErrorCode::Refused,
                     tr("The operator account %1 is already deactivated.").arg(id)};
    }
    OperatorAccount after = *before;
    after.version = expectedVersion;
    after.active = false;
    auto written =
        write(*before, after, QStringLiteral("operator.deactivated"), QJsonObject{}, actor);
    if (!written) {
        return written;
    }
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    return written;
}

} // namespace guichet
