#pragma once

#include "common/Clock.h"
#include "common/Operator.h"
#include "common/Result.h"
#include "meeting/Checklist.h"
#include "meeting/Meeting.h"
#include "meeting/RequirementRules.h"

#include <QCoreApplication>
#include <optional>

namespace guichet {

class Database;
class ProductCatalogue;
class IdentityDocumentCatalogue;

// The face-to-face meeting of a dossier: saved step by step, every decision audited, and
// "identity verified" refused while a requirement rule is not met.
//
// CONTRACT (shared by the core, the guided view and the intervention form):
//   - open() returns the stored meeting, or a new one (version 0, startedAtUtc = now,
//     operatorId = actor, suggestedFeatures drawn at random from the document type's features
//     once a document type is set) when none is stored yet.
//   - save() stores the operator's edits of the non-decision fields (step, place, document,
//     organisation); refused with ErrorCode::Conflict when `edited.version` is stale.
//     Decisions in `edited` are ignored: use record().
//   - record() appends one decision (operator and time filled in here) and an audit event
//     in the same transaction; returns the updated meeting.
//   - checklist() evaluates the product's rules for the dossier as stored now.
//   - verifyIdentity() evaluates the checklist; when every rule is met it sets
//     identityVerifiedAtUtc and moves the dossier to IdentityVerified (one transaction,
//     audited); otherwise ErrorCode::Refused with a message naming the unmet rules.
class MeetingService {
    Q_DECLARE_TR_FUNCTIONS(MeetingService)
public:
    MeetingService(Database& db, const Clock& clock, const ProductCatalogue& products,
                   const IdentityDocumentCatalogue& documents, OperatorProfile actor);

    Result<Meeting> open(qint64 dossierId);
    Result<Meeting> save(Meeting edited);
    Result<Meeting> record(qint64 dossierId, MeetingDecision decision);
    Result<Checklist> checklist(qint64 dossierId);
    // The same, with what the personalisation recorded about the token (token-qscd rule).
    Result<Checklist> checklist(qint64 dossierId, const std::optional<TokenEvidence>& token);
    Result<Meeting> verifyIdentity(qint64 dossierId);

    const OperatorProfile& actor() const { return m_actor; }

private:
    struct Facts {
        Dossier dossier;
        Meeting meeting;
        QList<DocumentInfo> documents;
    };
    Result<Facts> load(qint64 dossierId);
    Meeting fresh(qint64 dossierId) const;
    Checklist evaluate(const Facts& facts, const std::optional<TokenEvidence>& token) const;
    // VAL-8.3.3-08: three features of the type, drawn at random, kept once drawn.
    void suggestFeatures(Meeting& meeting) const;

    Database& m_db;
    const Clock& m_clock;
    const ProductCatalogue& m_products;
    const IdentityDocumentCatalogue& m_documents;
    OperatorProfile m_actor;
};

} // namespace guichet
