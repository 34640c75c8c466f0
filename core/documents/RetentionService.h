#pragma once

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Operator.h"
#include "common/Result.h"
#include "domain/DossierStatus.h"
#include "domain/ProductCatalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <optional>

namespace guichet {

class Database;

// How long a dossier's evidence is kept: the product's retentionYears from the catalogue
// (REFERENCE.md: at least 7 years, OVR-6.4.6-01; RGS 10 / 7 / 5 years for *** / ** / *),
// overridden per CA profile when a profile says so.
class RetentionPolicy {
public:
    explicit RetentionPolicy(const ProductCatalogue& catalogue) : m_catalogue(catalogue) {}

    // A CA profile's own period for a product (profiles arrive with the CA issue).
    void setProfileYears(const QString& caProfileId, const QString& productId, int years);
    // Empty when the product is unknown: such a dossier is kept, never guessed.
    std::optional<int> yearsFor(const QString& productId, const QString& caProfileId) const;

private:
    const ProductCatalogue& m_catalogue;
    QHash<QString, int> m_profileYears; // "profile\nproduct" -> years
};

// One dossier looked at by the purge.
struct RetentionCandidate {
    qint64 dossierId = 0;
    QString productId;
    DossierStatus status = DossierStatus::Draft;
    QDate retentionStart; // the terminal status date (see RetentionService)
    int retentionYears = 0;
    QDate retentionEnd;
    int documentCount = 0;
    bool hasMeeting = false; // the meeting's personal data goes too (MeetingErasure)
    QString keptBecause;     // translated; empty when the dossier is due
};

struct PurgeReport {
    bool dryRun = true;
    QList<RetentionCandidate> purged; // or, in a dry run, what would be purged
    QList<RetentionCandidate> kept;   // terminal dossiers whose retention runs on, or unknown
};

// The end of retention (TS 119 461 ISS-8.5.2-04..08): a dossier's evidence and personal data
// are deleted, what the rules keep stays.
//   Deleted: every captured document (ID copies, and the Kbis, mandate, forms, which name
//   the holder too), the holder's identity and contact fields, the subscriber's fields, the
//   search terms made from names, and the meeting's identity-document data (MeetingErasure).
//   Kept: dossier number, order reference, product, usage, CA profile, organisation (a legal
//   person), status history, the record of the meeting's checks (who, when, document type,
//   decisions, identity verified) and the audit trail (EN 319 401 REQ-7.10: logs are kept).
//   Each deletion is its own audit event: one per document, one for the meeting, one for the
//   dossier's fields.
// Retention starts, by the rule, at the expiry of the last certificate issued from the
// dossier (OVR-6.4.6-01). Until certificates are recorded (token and CA issues), it starts at
// the date the dossier reached its final status (certificate issued, or cancelled): an
// issued certificate's expiry is later than that date, so this ASSUMPTION purges too early
// for issued dossiers by up to the certificate's validity; replace it with the expiry as soon
// as certificates exist. Dossiers that never reach a final status are never purged.
class RetentionService {
    Q_DECLARE_TR_FUNCTIONS(RetentionService)
public:
    RetentionService(Database& db, const Clock& clock, const RetentionPolicy& policy,
                     OperatorIdentity actor);

    // dryRun: lists what would go and changes nothing.
    Result<PurgeReport> purge(bool dryRun);

private:
    Result<QList<RetentionCandidate>> candidates();
    Status purgeOne(const RetentionCandidate& candidate);
    // Whether the dossier had a meeting whose personal data was erased.
    Result<bool> purgeMeeting(const RetentionCandidate& candidate);

    Database& m_db;
    const Clock& m_clock;
    const RetentionPolicy& m_policy;
    OperatorIdentity m_actor;
    AuditLog m_audit;
};

} // namespace guichet
