#pragma once

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Operator.h"
#include "common/Result.h"
#include "domain/Dossier.h"
#include "domain/DossierValidator.h"
#include "domain/ProductCatalogue.h"
#include "storage/DossierQuery.h"
#include "storage/DossierRepository.h"

#include <QCoreApplication>

namespace guichet {

class Database;

// The use cases on dossiers that both faces of Guichet (window and command line) call.
// Each change is one transaction: the dossier, its history and its audit event commit
// together or not at all.
class DossierService {
    Q_DECLARE_TR_FUNCTIONS(DossierService)
public:
    DossierService(Database& db, const Clock& clock, const ProductCatalogue& catalogue,
                   OperatorIdentity actor);

    const OperatorIdentity& actor() const { return m_actor; }
    const ProductCatalogue& catalogue() const { return m_catalogue; }
    const Clock& clock() const { return m_clock; }
    Database& database() { return m_db; }

    QList<FieldProblem> validate(const Dossier& dossier) const;

    // A new dossier in Draft, owned by the acting operator.
    Result<Dossier> create(Dossier draft);
    // Saves the operator's edits; refused with a conflict if someone saved meanwhile
    // (`edited.version` is the version that was read).
    Result<Dossier> save(Dossier edited);
    Result<Dossier> changeStatus(qint64 id, int expectedVersion, DossierStatus to,
                                 const QString& reason);

    // Who is looking, when it is an operator logged in with a role: from then on `find` and
    // `page` only reach the dossiers that operator may see (a Certification Agent only its
    // organisation's, issue 7, Authorization::dossierScope).
    void setViewer(const OperatorProfile& viewer) { m_viewer = viewer; }
    // The CA profile a new dossier is for when the draft names none: the desk's profile in
    // production (DeskServices::caProfileId), the training CA otherwise.
    void setDefaultCaProfile(const QString& id) { m_defaultCaProfile = id; }
    const QString& defaultCaProfile() const { return m_defaultCaProfile; }

    Result<Dossier> find(qint64 id);
    Result<QList<DossierSummary>> page(const DossierListQuery& query,
                                       const std::optional<PageCursor>& after, int limit);
    // The same, as `viewer` may see it: a Certification Agent only gets its organisation's
    // dossiers, whatever `query` says (issue 7, Authorization::dossierScope).
    Result<QList<DossierSummary>> pageFor(const OperatorProfile& viewer, DossierListQuery query,
                                          const std::optional<PageCursor>& after, int limit);
    Result<QList<AuditEvent>> auditTrail(qint64 id);
    Result<AuditVerification> verifyAudit();

    // The names of the fields that differ (for the audit trail: names, not values).
    static QStringList changedFields(const Dossier& before, const Dossier& after);

private:
    Status refuseInvalid(const Dossier& dossier) const;

    Database& m_db;
    const Clock& m_clock;
    const ProductCatalogue& m_catalogue;
    OperatorIdentity m_actor;
    std::optional<OperatorProfile> m_viewer;
    QString m_defaultCaProfile = QStringLiteral("training");
    DossierRepository m_repository;
    AuditLog m_audit;
    DossierValidator m_validator;
};

} // namespace guichet
