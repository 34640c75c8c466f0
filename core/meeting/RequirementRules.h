#pragma once

#include "common/Operator.h"
#include "documents/Document.h"
#include "domain/Dossier.h"
#include "meeting/Checklist.h"
#include "meeting/Meeting.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace guichet {

struct Product;
class IdentityDocumentCatalogue;

// What the personalisation recorded about the holder's token (SDP-6.5.1-02/04). Supplied by
// the token issue; without it the token rule stays pending.
struct TokenEvidence {
    QString model;
    bool modelIsQscd = false;          // the model is a certified QSCD
    bool keyGeneratedOnDevice = false; // CKA_LOCAL, never extractable, always sensitive
};

// Everything the rules look at. Pointers, not copies: evaluating a dossier must stay well
// under a millisecond (issue 3, "Performance").
struct RequirementInput {
    const Dossier* dossier = nullptr;
    const Meeting* meeting = nullptr;
    const QList<DocumentInfo>* documents = nullptr;
    const OperatorProfile* operatorProfile = nullptr;
    const IdentityDocumentCatalogue* catalogue = nullptr;
    std::optional<TokenEvidence> token;
    // Set by RequirementRules::evaluate(product, ...); may be null for one rule alone.
    const Product* product = nullptr;
    // The date the rules are judged on when no meeting has started yet (remote products).
    QDate today;

    // The meeting's date when it started, else today.
    QDate meetingDate() const;
};

// The requirement rules of the products (resources/products.json "requirements"), each with
// its clause from REFERENCE.md. Pure functions: no I/O, no clock.
class RequirementRules {
    Q_DECLARE_TR_FUNCTIONS(RequirementRules)
public:
    // The rules of `product`, in its order, then the organisation rules when the holder acts
    // for an organisation (REFERENCE.md, "employee / agent holder"). An unknown rule id is
    // reported as failed, so a catalogue typo never passes silently.
    static Checklist evaluate(const Product& product, const RequirementInput& input);
    static ChecklistItem evaluate(const QString& ruleId, const RequirementInput& input);

    static QStringList knownRules();
    static QString title(const QString& ruleId); // translated
    static QString clause(const QString& ruleId);
};

// Evaluators of one family of rules each (RequirementRules dispatches to them). Each returns
// the item's state and reason; id, clause and title are filled by RequirementRules.
namespace rules {
void requestRecent(const RequirementInput& in, ChecklistItem& item);
void idCopy(const RequirementInput& in, ChecklistItem& item);
void termsAccepted(const RequirementInput& in, ChecklistItem& item);
void faceToFace(const RequirementInput& in, ChecklistItem& item);
void idValid(const RequirementInput& in, ChecklistItem& item);
void securityFeatures(const RequirementInput& in, ChecklistItem& item);
void faceCompared(const RequirementInput& in, ChecklistItem& item);
void certifiedCopy(const RequirementInput& in, ChecklistItem& item);
void operatorNotHolder(const RequirementInput& in, ChecklistItem& item);
void operatorTrained(const RequirementInput& in, ChecklistItem& item);
void organisationSiren(const RequirementInput& in, ChecklistItem& item);
void organisationProofRecent(const RequirementInput& in, ChecklistItem& item);
void mandateRecent(const RequirementInput& in, ChecklistItem& item);
void coSignedByAgent(const RequirementInput& in, ChecklistItem& item);
void tokenQscd(const RequirementInput& in, ChecklistItem& item);
void originalsPosted(const RequirementInput& in, ChecklistItem& item);

// A paper is recent when dated on or before `on` and less than three months before it.
bool recent(QDate paper, QDate on);
// The newest paper date among the documents of these types; invalid when none is dated.
QDate newestPaperDate(const QList<DocumentInfo>& documents,
                      std::initializer_list<DocumentType> types);
// Satisfied / failed / pending from the latest decision of a kind.
void fromDecision(const MeetingDecision* decision, ChecklistItem& item, const QString& pending,
                  const QString& refused);
// Fills state and reason from the problems found: failed when any failure, pending when
// anything is still missing.
void conclude(ChecklistItem& item, const QStringList& failures, const QStringList& missing);
} // namespace rules

} // namespace guichet
