#pragma once

#include "audit/AuditLog.h"
#include "ca/renewal/PreviousCertificate.h"
#include "ca/renewal/RenewalPolicy.h"
#include "common/Operator.h"
#include "storage/DossierRepository.h"

#include <QCoreApplication>
#include <optional>

namespace guichet {

class Clock;
class Database;
class ProductCatalogue;

// What opening a renewal would give, before anything is stored: the dossier prefilled from
// the certificate (and from the dossier that obtained it, when this desk has it) and the
// rules' decision, so the operator sees both before confirming.
struct RenewalPreview {
    PreviousCertificate certificate;
    Dossier draft;
    RenewalDecision decision;
    qint64 previousDossierId = 0; // 0: the certificate was not obtained at this desk
};

// What a certificate cannot say and the operator adds (empty fields keep the prefill).
struct RenewalSupplement {
    QString orderReference;
    QDate birthDate;
    QString email;
    QString productId;
    QString usage;
};

// The renewal recorded with a dossier (table dossier_renewal, migration 11).
struct RenewalLink {
    qint64 dossierId = 0;
    qint64 previousDossierId = 0;
    QString previousSerialHex;
    QString previousIssuer;
    QByteArray previousCertificateDer;
    RenewalPath path = RenewalPath::NewMeeting;
    QStringList reasons;
    QDateTime decidedUtc;
};

// Opens a dossier from an existing certificate (issue 6, "Renewal"): the new dossier, its
// link to the previous certificate and dossier, and the audit events commit together.
class RenewalService {
    Q_DECLARE_TR_FUNCTIONS(RenewalService)
public:
    RenewalService(Database& db, const Clock& clock, const ProductCatalogue& catalogue,
                   OperatorIdentity actor);

    // `caProfileId` is used when the certificate's dossier is not at this desk.
    Result<RenewalPreview> preview(const PreviousCertificate& certificate,
                                   const QString& caProfileId = QStringLiteral("training"));
    Result<std::pair<Dossier, RenewalLink>>
    open(const PreviousCertificate& certificate, const RenewalSupplement& supplement,
         const QString& caProfileId = QStringLiteral("training"));
    Result<std::optional<RenewalLink>> renewalOf(qint64 dossierId);

private:
    struct Previous {
        qint64 dossierId = 0;
        bool revoked = false;
    };
    Result<Previous> findPrevious(const PreviousCertificate& certificate);
    Status storeLink(const RenewalLink& link);

    Database& m_db;
    const Clock& m_clock;
    const ProductCatalogue& m_catalogue;
    OperatorIdentity m_actor;
    DossierRepository m_dossiers;
    AuditLog m_audit;
};

} // namespace guichet
