// The rules on the operator who meets the holder.
#include "identity/NameTransliteration.h"
#include "meeting/RequirementRules.h"

#include <QLocale>
#include <algorithm>

namespace guichet::rules {
namespace {

// The words of a name, transliterated and sorted, so that "Anna Maria Eriksson" and
// "ERIKSSON Anna-Maria" compare equal.
QStringList nameWords(const QString& text)
{
    QStringList words = NameTransliteration::forComparison(text).split(u' ', Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words;
}

} // namespace

// REG-6.2.2-26: the person who verifies identity is never the holder. Names are compared
// transliterated, in any order; a known birth date tells a namesake apart.
void operatorNotHolder(const RequirementInput& in, ChecklistItem& item)
{
    const OperatorProfile& op = *in.operatorProfile;
    const Holder& holder = in.dossier->holder;
    const QString name =
        op.identity.displayName.isEmpty() ? op.identity.id : op.identity.displayName;
    if (name.trimmed().isEmpty()) {
        item.state = ChecklistItem::State::Pending;
        item.reason = RequirementRules::tr("The operator's name is not known.");
        return;
    }
    const QStringList operatorWords = nameWords(name);
    const bool sameName = !operatorWords.isEmpty() &&
                          (operatorWords == nameWords(holder.givenNames + u' ' + holder.surnames) ||
                           operatorWords == nameWords(in.meeting->document.givenNames + u' ' +
                                                      in.meeting->document.surnames));
    const bool namesake =
        op.birthDate.isValid() && holder.birthDate.isValid() && op.birthDate != holder.birthDate;
    if (sameName && !namesake) {
        item.state = ChecklistItem::State::Failed;
        item.reason = RequirementRules::tr("The operator has the holder's name: another operator "
                                           "must verify this holder's identity.");
        return;
    }
    item.state = ChecklistItem::State::Satisfied;
}

// VAL-8.3.3-14X/15X, BIN-8.4.4-02: trained before the first check, refreshed yearly.
void operatorTrained(const RequirementInput& in, ChecklistItem& item)
{
    const QDate trained = in.operatorProfile->trainingDate;
    const QDate on = in.meetingDate();
    if (!trained.isValid()) {
        item.state = ChecklistItem::State::Failed;
        item.reason = RequirementRules::tr("The operator's training date is not recorded in the "
                                           "workstation settings.");
    } else if (trained > on) {
        item.state = ChecklistItem::State::Failed;
        item.reason = RequirementRules::tr("The operator's training date is after the meeting.");
    } else if (on >= trained.addMonths(12)) {
        item.state = ChecklistItem::State::Failed;
        item.reason = RequirementRules::tr("The operator's last training (%1) is 12 months old or "
                                           "more: training must be refreshed yearly.")
                          .arg(QLocale().toString(trained, QLocale::ShortFormat));
    } else {
        item.state = ChecklistItem::State::Satisfied;
    }
}

// RGS: via a Certification Agent, the request is co-signed by holder and agent, and the
// agent is registered with the CA beforehand.
void coSignedByAgent(const RequirementInput& in, ChecklistItem& item)
{
    const OperatorProfile& op = *in.operatorProfile;
    if (op.role != OperatorRole::CertificationAgent) {
        item.state = ChecklistItem::State::Satisfied;
        item.notApplicable = true;
        item.reason = RequirementRules::tr("Not applicable: the operator is not a Certification "
                                           "Agent.");
        return;
    }
    QStringList failures;
    QStringList missing;
    if (op.caRegistrationNumber.trimmed().isEmpty()) {
        failures.append(RequirementRules::tr("The Certification Agent's CA registration number "
                                             "is not recorded: the agent must be registered "
                                             "with the CA beforehand."));
    }
    if (!in.meeting->organisation.requestCoSigned) {
        missing.append(RequirementRules::tr("The request is not recorded as co-signed by the "
                                            "holder and the Certification Agent."));
    }
    conclude(item, failures, missing);
}

} // namespace guichet::rules
