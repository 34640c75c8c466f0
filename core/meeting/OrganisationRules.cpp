// The rules on the organisation an employee or agent holder acts for.
#include "identity/OrganisationIdentifier.h"
#include "meeting/RequirementRules.h"

#include <QLocale>

namespace guichet::rules {
namespace {

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

// The organisation exists with a valid SIREN (or SIRET).
void organisationSiren(const RequirementInput& in, ChecklistItem& item)
{
    const auto& organisation = in.dossier->organisation;
    if (!organisation || organisation->registrationId.trimmed().isEmpty()) {
        item.state = ChecklistItem::State::Pending;
        item.reason = RequirementRules::tr("The organisation's SIREN or SIRET is not recorded.");
        return;
    }
    const Status valid = OrganisationIdentifier::checkSirenOrSiret(organisation->registrationId);
    if (!valid) {
        item.state = ChecklistItem::State::Failed;
        item.reason = valid.error().message;
        return;
    }
    item.state = ChecklistItem::State::Satisfied;
}

// Proof the organisation exists (Kbis extract or SIRENE notice), less than 3 months old.
void organisationProofRecent(const RequirementInput& in, ChecklistItem& item)
{
    const QDate on = in.meetingDate();
    const QDate paper =
        newestPaperDate(*in.documents, {DocumentType::Kbis, DocumentType::SireneNotice});
    if (!paper.isValid()) {
        item.state = ChecklistItem::State::Pending;
        item.reason =
            RequirementRules::tr("No dated Kbis extract or SIRENE notice has been captured.");
    } else if (!recent(paper, on)) {
        item.state = ChecklistItem::State::Failed;
        item.reason = RequirementRules::tr("The newest Kbis extract or SIRENE notice is dated %1: "
                                           "it must be less than 3 months old on %2.")
                          .arg(shortDate(paper), shortDate(on));
    } else {
        item.state = ChecklistItem::State::Satisfied;
    }
}

// A mandate from a legal representative, less than 3 months old, countersigned by the holder.
void mandateRecent(const RequirementInput& in, ChecklistItem& item)
{
    const OrganisationEvidence& evidence = in.meeting->organisation;
    const QDate on = in.meetingDate();
    QDate mandate = evidence.mandateDate;
    if (!mandate.isValid()) {
        mandate = newestPaperDate(*in.documents, {DocumentType::Mandate});
    }
    QStringList failures;
    QStringList missing;
    if (!mandate.isValid()) {
        missing.append(RequirementRules::tr("The mandate's date is not recorded."));
    } else if (!recent(mandate, on)) {
        failures.append(RequirementRules::tr("The mandate is dated %1: it must be less than 3 "
                                             "months old on %2.")
                            .arg(shortDate(mandate), shortDate(on)));
    }
    if (evidence.legalRepresentative.trimmed().isEmpty()) {
        missing.append(
            RequirementRules::tr("The legal representative who signed the mandate is not "
                                 "recorded."));
    }
    if (!evidence.mandateCountersigned) {
        missing.append(RequirementRules::tr("The mandate is not countersigned by the holder."));
    }
    conclude(item, failures, missing);
}

} // namespace guichet::rules
