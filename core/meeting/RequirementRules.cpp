#include "meeting/RequirementRules.h"

#include "domain/ProductCatalogue.h"

namespace guichet {
namespace {

using Evaluator = void (*)(const RequirementInput&, ChecklistItem&);

struct RuleInfo {
    const char* id;
    const char* clause; // REFERENCE.md
    const char* title;
    bool neededForIdentity;
    Evaluator evaluate;
};

// The rules the catalogue may name. Clauses are those of REFERENCE.md; where the source is the
// RGS dossier table rather than a numbered clause, the clause names the table row.
const RuleInfo kRules[] = {
    {"request-recent", "RGS (dossier: request < 3 months)",
     QT_TRANSLATE_NOOP("RequirementRules", "Certificate request less than 3 months old"), true,
     rules::requestRecent},
    {"id-copy", "RGS (dossier: ID copy), REG-6.4.5-04 c",
     QT_TRANSLATE_NOOP("RequirementRules", "Copy of the ID document in the dossier"), true,
     rules::idCopy},
    {"terms-accepted", "REG-6.3.4-07/08, INI-8.1-01X",
     QT_TRANSLATE_NOOP("RequirementRules", "Terms of use accepted, consents recorded"), true,
     rules::termsAccepted},
    {"face-to-face", "RGS ** / EN 319 411-2 (physical presence)",
     QT_TRANSLATE_NOOP("RequirementRules", "Face-to-face meeting held"), true, rules::faceToFace},
    {"id-valid", "VAL-8.3.1-07, REG-6.2.2-18",
     QT_TRANSLATE_NOOP("RequirementRules", "ID document valid on the meeting date"), true,
     rules::idValid},
    {"security-features", "VAL-8.3.3-07X/08",
     QT_TRANSLATE_NOOP("RequirementRules", "At least three different security features checked"),
     true, rules::securityFeatures},
    {"face-compared", "BIN-8.4.4-01X",
     QT_TRANSLATE_NOOP("RequirementRules", "Face compared with the ID document"), true,
     rules::faceCompared},
    {"certified-copy", "RGS (dossier), REG-6.4.5-04 c",
     QT_TRANSLATE_NOOP("RequirementRules", "Copy made and marked \"conforme à l'original\""), true,
     rules::certifiedCopy},
    {"operator-not-holder", "REG-6.2.2-26",
     QT_TRANSLATE_NOOP("RequirementRules", "Operator is not the holder"), true,
     rules::operatorNotHolder},
    {"operator-trained", "VAL-8.3.3-14X/15X, BIN-8.4.4-02",
     QT_TRANSLATE_NOOP("RequirementRules", "Operator trained less than 12 months ago"), true,
     rules::operatorTrained},
    {"organisation-siren", "RGS / EN 319 411-2 (organisation identifier)",
     QT_TRANSLATE_NOOP("RequirementRules", "Organisation's SIREN or SIRET valid"), true,
     rules::organisationSiren},
    {"organisation-proof-recent", "RGS (organisation: Kbis or SIRENE < 3 months)",
     QT_TRANSLATE_NOOP("RequirementRules", "Kbis extract or SIRENE notice less than 3 months old"),
     true, rules::organisationProofRecent},
    {"mandate-recent", "RGS (employee / agent: mandate < 3 months)",
     QT_TRANSLATE_NOOP("RequirementRules",
                       "Mandate less than 3 months old, countersigned by the holder"),
     true, rules::mandateRecent},
    {"co-signed-by-agent", "RGS (via a Certification Agent)",
     QT_TRANSLATE_NOOP("RequirementRules",
                       "Request co-signed by the holder and the Certification Agent"),
     true, rules::coSignedByAgent},
    {"token-qscd", "SDP-6.5.1-02/04",
     QT_TRANSLATE_NOOP("RequirementRules", "Key generated on a certified QSCD"), false,
     rules::tokenQscd},
    {"originals-posted", "RGS ** (originals by post)",
     QT_TRANSLATE_NOOP("RequirementRules", "Originals posted to the CA"), false,
     rules::originalsPosted},
};

const RuleInfo* find(const QString& id)
{
    for (const RuleInfo& rule : kRules) {
        if (id == QLatin1StringView(rule.id)) {
            return &rule;
        }
    }
    return nullptr;
}

} // namespace

QDate RequirementInput::meetingDate() const
{
    if (meeting != nullptr && meeting->startedAtUtc.isValid()) {
        return meeting->startedAtUtc.date();
    }
    return today;
}

Checklist RequirementRules::evaluate(const Product& product, const RequirementInput& input)
{
    RequirementInput withProduct = input;
    withProduct.product = &product;
    Checklist list;
    list.items.reserve(product.requirements.size() + 3);
    for (const QString& id : product.requirements) {
        list.items.append(evaluate(id, withProduct));
    }
    // REFERENCE.md, "employee / agent holder": whatever the product, a holder acting for an
    // organisation brings its proof and a mandate.
    if (input.dossier != nullptr && input.dossier->organisation.has_value()) {
        for (const char* id :
             {"organisation-siren", "organisation-proof-recent", "mandate-recent"}) {
            const QString ruleId = QString::fromLatin1(id);
            if (!product.requirements.contains(ruleId)) {
                list.items.append(evaluate(ruleId, withProduct));
            }
        }
    }
    return list;
}

ChecklistItem RequirementRules::evaluate(const QString& ruleId, const RequirementInput& input)
{
    ChecklistItem item;
    item.ruleId = ruleId;
    const RuleInfo* rule = find(ruleId);
    if (rule == nullptr) {
        item.title = ruleId;
        item.state = ChecklistItem::State::Failed;
        item.reason = tr("Guichet does not know this rule: check the product catalogue.");
        return item;
    }
    item.clause = QString::fromLatin1(rule->clause);
    item.title = tr(rule->title);
    item.neededForIdentity = rule->neededForIdentity;
    if (input.dossier == nullptr || input.meeting == nullptr || input.documents == nullptr ||
        input.operatorProfile == nullptr || input.catalogue == nullptr) {
        item.state = ChecklistItem::State::Pending;
        item.reason = tr("The dossier is not loaded.");
        return item;
    }
    rule->evaluate(input, item);
    if (item.state == ChecklistItem::State::Satisfied && !item.notApplicable) {
        item.reason.clear();
    }
    return item;
}

QStringList RequirementRules::knownRules()
{
    QStringList ids;
    for (const RuleInfo& rule : kRules) {
        ids.append(QString::fromLatin1(rule.id));
    }
    return ids;
}

QString RequirementRules::title(const QString& ruleId)
{
    const RuleInfo* rule = find(ruleId);
    return rule != nullptr ? tr(rule->title) : ruleId;
}

QString RequirementRules::clause(const QString& ruleId)
{
    const RuleInfo* rule = find(ruleId);
    return rule != nullptr ? QString::fromLatin1(rule->clause) : QString();
}

namespace rules {

bool recent(QDate paper, QDate on)
{
    return paper.isValid() && on.isValid() && paper <= on && on < paper.addMonths(3);
}

QDate newestPaperDate(const QList<DocumentInfo>& documents,
                      std::initializer_list<DocumentType> types)
{
    QDate newest;
    for (const DocumentInfo& document : documents) {
        if (!document.paperDate || !document.paperDate->isValid()) {
            continue;
        }
        for (DocumentType type : types) {
            if (document.type == type && (!newest.isValid() || *document.paperDate > newest)) {
                newest = *document.paperDate;
            }
        }
    }
    return newest;
}

void fromDecision(const MeetingDecision* decision, ChecklistItem& item, const QString& pending,
                  const QString& refused)
{
    if (decision == nullptr) {
        item.state = ChecklistItem::State::Pending;
        item.reason = pending;
    } else if (!decision->value) {
        item.state = ChecklistItem::State::Failed;
        item.reason = refused;
    } else {
        item.state = ChecklistItem::State::Satisfied;
    }
}

void conclude(ChecklistItem& item, const QStringList& failures, const QStringList& missing)
{
    if (!failures.isEmpty()) {
        item.state = ChecklistItem::State::Failed;
        item.reason = failures.join(u' ');
    } else if (!missing.isEmpty()) {
        item.state = ChecklistItem::State::Pending;
        item.reason = missing.join(u' ');
    } else {
        item.state = ChecklistItem::State::Satisfied;
    }
}

} // namespace rules
} // namespace guichet
