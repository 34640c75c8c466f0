#include "service/DossierService.h"

#include "common/Logging.h"
#include "operators/Authorization.h"
#include "storage/Database.h"

#include <QJsonArray>

namespace guichet {
namespace {

const QString kDossier = QStringLiteral("dossier");

void compare(QStringList& changed, const char* name, const auto& a, const auto& b)
{
    if (a != b) {
        changed.append(QString::fromLatin1(name));
    }
}

} // namespace

DossierService::DossierService(Database& db, const Clock& clock, const ProductCatalogue& catalogue,
                               OperatorIdentity actor)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_actor(std::move(actor)), m_repository(db),
      m_audit(db, clock), m_validator(catalogue)
{
}

QList<FieldProblem> DossierService::validate(const Dossier& dossier) const
{
    return m_validator.validate(dossier, m_clock.nowUtc().date());
}

Status DossierService::refuseInvalid(const Dossier& dossier) const
{
    const QList<FieldProblem> problems = validate(dossier);
    if (problems.isEmpty()) {
        return Status::success();
    }
    QStringList lines;
    for (const FieldProblem& problem : problems) {
        lines.append(QStringLiteral("%1: %2").arg(problem.field, problem.message));
    }
    return Error{ErrorCode::InvalidInput,
                 tr("The dossier was not saved:\n%1").arg(lines.join(u'\n'))};
}

Result<Dossier> DossierService::create(Dossier draft)
{
    if (draft.caProfileId.isEmpty()) {
        draft.caProfileId = m_defaultCaProfile;
    }
    if (Status valid = refuseInvalid(draft); !valid) {
        return valid.error();
    }
    const QDateTime now = m_clock.nowUtc();
    draft.status = DossierStatus::Draft;
    draft.ownerOperatorId = m_actor.id;
    draft.createdAtUtc = now;
    draft.updatedAtUtc = now;
    draft.updatedBy = m_actor.id;
    const StatusChange creation{std::nullopt, DossierStatus::Draft, now, m_actor.id, {}};
    draft.history = {creation};

    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    if (Status done = m_repository.insert(draft); !done) {
        return done.error();
    }
    if (Status done = m_repository.appendStatusChange(draft.id, creation); !done) {
        return done.error();
    }
    const QJsonObject details{{QStringLiteral("product"), draft.productId},
                              {QStringLiteral("orderReference"), draft.orderReference}};
    if (auto event = m_audit.append(m_actor.id, QStringLiteral("dossier.created"), kDossier,
                                    QString::number(draft.id), details);
        !event) {
        return event.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    qCInfo(lcService) << "dossier created" << draft.id;
    return draft;
}

Result<Dossier> DossierService::save(Dossier edited)
{
    if (Status valid = refuseInvalid(edited); !valid) {
        return valid.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto stored = m_repository.find(edited.id, true);
    if (!stored) {
        return stored.error();
    }
    const QStringList changed = changedFields(*stored, edited);
    if (changed.isEmpty() && stored->version == edited.version) {
        return *stored; // nothing to save
    }
    Dossier next = *stored;
    next.version = edited.version; // the version the operator read: checked by the update
    next.orderReference = edited.orderReference;
    next.productId = edited.productId;
    next.usage = edited.usage;
    next.caProfileId = edited.caProfileId.isEmpty() ? stored->caProfileId : edited.caProfileId;
    next.useCaseId = edited.useCaseId;
    next.holder = edited.holder;
    next.organisation = edited.organisation;
    next.subscriber = edited.subscriber;
    next.updatedAtUtc = m_clock.nowUtc();
    next.updatedBy = m_actor.id;
    if (Status done = m_repository.update(next); !done) {
        return done.error();
    }
    QJsonObject details{{QStringLiteral("changed"), QJsonArray::fromStringList(changed)},
                        {QStringLiteral("version"), next.version}};
    if (auto event = m_audit.append(m_actor.id, QStringLiteral("dossier.updated"), kDossier,
                                    QString::number(next.id), details);
        !event) {
        return event.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    return next;
}

Result<Dossier> DossierService::changeStatus(qint64 id, int expectedVersion, DossierStatus to,
                                             const QString& reason)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto stored = m_repository.find(id, true);
    if (!stored) {
        return stored.error();
    }
    Dossier dossier = std::move(stored).value();
    if (Status allowed = StatusMachine::check(dossier.status, to, reason); !allowed) {
        return allowed.error();
    }
    const StatusChange change{dossier.status, to, m_clock.nowUtc(), m_actor.id, reason.trimmed()};
    dossier.version = expectedVersion;
    dossier.status = to;
    dossier.updatedAtUtc = change.atUtc;
    dossier.updatedBy = m_actor.id;
    if (Status done = m_repository.updateStatus(dossier); !done) {
        return done.error();
    }
    if (Status done = m_repository.appendStatusChange(id, change); !done) {
        return done.error();
    }
    const QJsonObject details{{QStringLiteral("from"), StatusMachine::key(*change.from)},
                              {QStringLiteral("to"), StatusMachine::key(to)},
                              {QStringLiteral("reason"), change.reason}};
    if (auto event = m_audit.append(m_actor.id, QStringLiteral("dossier.status"), kDossier,
                                    QString::number(id), details);
        !event) {
        return event.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    dossier.history.append(change);
    return dossier;
}

Result<Dossier> DossierService::find(qint64 id)
{
    Result<Dossier> dossier = m_repository.find(id, true);
    if (dossier && m_viewer) {
        const QString organisation =
            dossier->organisation ? dossier->organisation->name : QString();
        if (!Authorization::maySee(*m_viewer, organisation)) {
            // The same answer as a missing dossier: an agent learns nothing of the others.
            return Error{ErrorCode::NotFound, tr("Dossier %1 does not exist.").arg(id)};
        }
    }
    return dossier;
}

Result<QList<DossierSummary>> DossierService::page(const DossierListQuery& query,
                                                   const std::optional<PageCursor>& after,
                                                   int limit)
{
    if (m_viewer) {
        return pageFor(*m_viewer, query, after, limit);
    }
    return m_repository.page(query, after, limit);
}

Result<QList<DossierSummary>> DossierService::pageFor(const OperatorProfile& viewer,
                                                      DossierListQuery query,
                                                      const std::optional<PageCursor>& after,
                                                      int limit)
{
    query.organisation = Authorization::dossierScope(viewer);
    return m_repository.page(query, after, limit);
}

Result<QList<AuditEvent>> DossierService::auditTrail(qint64 id)
{
    return m_audit.eventsFor(kDossier, QString::number(id));
}

Result<AuditVerification> DossierService::verifyAudit()
{
    return m_audit.verify();
}

QStringList DossierService::changedFields(const Dossier& before, const Dossier& after)
{
    QStringList changed;
    compare(changed, "orderReference", before.orderReference, after.orderReference);
    compare(changed, "productId", before.productId, after.productId);
    compare(changed, "usage", before.usage, after.usage);
    compare(changed, "useCaseId", before.useCaseId, after.useCaseId);
    if (!after.caProfileId.isEmpty()) {
        compare(changed, "caProfileId", before.caProfileId, after.caProfileId);
    }
    const Holder& h0 = before.holder;
    const Holder& h1 = after.holder;
    compare(changed, "holder.surnames", h0.surnames, h1.surnames);
    compare(changed, "holder.givenNames", h0.givenNames, h1.givenNames);
    compare(changed, "holder.birthDate", h0.birthDate, h1.birthDate);
    compare(changed, "holder.birthPlace", h0.birthPlace, h1.birthPlace);
    compare(changed, "holder.email", h0.email, h1.email);
    compare(changed, "holder.phone", h0.phone, h1.phone);
    compare(changed, "holder.address", h0.address, h1.address);
    compare(changed, "organisation", before.organisation, after.organisation);
    compare(changed, "subscriber", before.subscriber, after.subscriber);
    return changed;
}

} // namespace guichet
