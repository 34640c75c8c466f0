// The rules on the identity document and what the operator checked on it.
#include "identity/IdentityDocumentCatalogue.h"
#include "identity/MrzComparison.h"
#include "identity/MrzParser.h"
#include "identity/NameTransliteration.h"
#include "meeting/RequirementRules.h"

#include <QLocale>

namespace guichet::rules {
namespace {

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// The MRZ must read without error and agree with what the operator typed from the visual zone
// (issue 3: differences are shown, not hidden).
void checkMrz(const PresentedDocument& doc, const IdentityDocumentType& type, QDate on,
              MrzResult& mrz, QStringList& failures, QStringList& missing)
{
    if (doc.mrzLines.isEmpty()) {
        missing.append(RequirementRules::tr("The MRZ has not been entered."));
        return;
    }
    MrzParser::Options options;
    options.referenceDate = on;
    options.reportExpired = false; // validity is decided below, with the type's extensions
    options.expectedFormat = type.mrzFormat;
    mrz = MrzParser::parse(doc.mrzLines.join(u'\n'), options);
    if (!mrz.valid()) {
        QStringList problems;
        for (const MrzProblem& problem : mrz.problems()) {
            if (problem.isError() && problems.size() < 3) {
                problems.append(problem.message());
            }
        }
        failures.append(RequirementRules::tr("The MRZ is not valid: %1")
                            .arg(problems.join(QStringLiteral(" "))));
        return;
    }
    const VisualZone visual{doc.surnames, doc.givenNames, doc.number, doc.birthDate,
                            doc.expiryDate};
    QStringList differences;
    for (const MrzFieldComparison& field : MrzComparison::differences(mrz, visual)) {
        differences.append(field.message());
    }
    if (!differences.isEmpty()) {
        failures.append(RequirementRules::tr("The MRZ differs from the visual zone: %1")
                            .arg(differences.join(QStringLiteral(" "))));
    }
    if (!doc.issuingState.isEmpty() && !mrz.issuingState().isEmpty() &&
        doc.issuingState.compare(mrz.issuingState(), Qt::CaseInsensitive) != 0) {
        failures.append(RequirementRules::tr("The issuing state differs from the one in the MRZ."));
    }
}

} // namespace

// VAL-8.3.1-07: valid on the meeting date; REG-6.2.2-18: type, number, issuer and validity
// recorded. The document must also be the holder's.
void idValid(const RequirementInput& in, ChecklistItem& item)
{
    const PresentedDocument& doc = in.meeting->document;
    if (doc.typeId.isEmpty()) {
        item.state = ChecklistItem::State::Pending;
        item.reason = RequirementRules::tr("The ID document's type is not recorded yet.");
        return;
    }
    const IdentityDocumentType* type = in.catalogue->type(doc.typeId);
    if (type == nullptr) {
        item.state = ChecklistItem::State::Failed;
        item.reason = RequirementRules::tr("Guichet does not know the ID document type \"%1\".")
                          .arg(doc.typeId);
        return;
    }
    const QDate on = in.meetingDate();
    QStringList failures;
    QStringList missing;
    if (doc.number.trimmed().isEmpty()) {
        missing.append(RequirementRules::tr("The document number is not recorded."));
    }
    if (doc.issuingState.trimmed().isEmpty() && doc.issuingAuthority.trimmed().isEmpty()) {
        missing.append(RequirementRules::tr("The issuing state or authority is not recorded."));
    }
    MrzResult mrz;
    const bool hasMrz = type->mrzFormat != MrzFormat::Unknown;
    if (hasMrz) {
        checkMrz(doc, *type, on, mrz, failures, missing);
    }
    const bool mrzRead = hasMrz && mrz.valid();
    const QDate expiry = doc.expiryDate.isValid() ? doc.expiryDate
                         : mrzRead                ? mrz.expiryDate()
                                                  : QDate();
    const QDate issue = doc.issueDate.isValid() ? doc.issueDate
                        : mrzRead               ? mrz.issueDate()
                                                : QDate();
    const QDate birth = doc.birthDate.isValid() ? doc.birthDate : in.dossier->holder.birthDate;
    const DocumentValidity validity =
        IdentityDocumentCatalogue::validity(*type, expiry, issue, birth);
    if (!validity.validUntil.isValid()) {
        missing.append(
            RequirementRules::tr("The expiry date (or the issue date) is not recorded."));
    } else if (!validity.validOn(on)) {
        failures.append(RequirementRules::tr("The document was valid until %1, before the meeting "
                                             "date %2.")
                            .arg(shortDate(validity.validUntil), shortDate(on)));
    }
    if (issue.isValid() && issue > on) {
        failures.append(RequirementRules::tr("The issue date is after the meeting date."));
    }
    const Holder& holder = in.dossier->holder;
    if (!doc.surnames.isEmpty() && !holder.surnames.isEmpty() &&
        NameTransliteration::forComparison(doc.surnames) !=
            NameTransliteration::forComparison(holder.surnames)) {
        failures.append(RequirementRules::tr(
            "The surnames on the document differ from those of the dossier's holder."));
    }
    if (doc.birthDate.isValid() && holder.birthDate.isValid() &&
        doc.birthDate != holder.birthDate) {
        failures.append(RequirementRules::tr(
            "The birth date on the document differs from that of the dossier's holder."));
    }
    conclude(item, failures, missing);
}

// VAL-8.3.3-07X: at least three DIFFERENT features of this document type, as last recorded.
void securityFeatures(const RequirementInput& in, ChecklistItem& item)
{
    const IdentityDocumentType* type = in.catalogue->type(in.meeting->document.typeId);
    if (type == nullptr) {
        item.state = ChecklistItem::State::Pending;
        item.reason = RequirementRules::tr("Choose the ID document's type first.");
        return;
    }
    qsizetype counted = 0;
    QStringList foreign;
    for (const QString& feature : in.meeting->checkedFeatures()) {
        if (type->securityFeatures.contains(feature)) {
            ++counted;
        } else {
            foreign.append(feature);
        }
    }
    if (counted >= 3) {
        item.state = ChecklistItem::State::Satisfied;
        return;
    }
    item.state = ChecklistItem::State::Pending;
    item.reason = RequirementRules::tr("%n different security feature(s) of this document checked; "
                                       "at least 3 are needed.",
                                       nullptr, static_cast<int>(counted));
    if (!foreign.isEmpty()) {
        item.reason += u' ' + RequirementRules::tr("Not features of this document type: %1.")
                                  .arg(foreign.join(QStringLiteral(", ")));
    }
}

// BIN-8.4.4-01X: the operator compared the face on the document with the person.
void faceCompared(const RequirementInput& in, ChecklistItem& item)
{
    fromDecision(in.meeting->latest(MeetingDecision::Kind::FaceCompared), item,
                 RequirementRules::tr("The face has not been compared with the document yet."),
                 RequirementRules::tr("The face does not match the photo on the document."));
}

// The copy of the ID is marked "conforme à l'original" and signed at the meeting.
void certifiedCopy(const RequirementInput& in, ChecklistItem& item)
{
    fromDecision(in.meeting->latest(MeetingDecision::Kind::CopyCertified), item,
                 RequirementRules::tr("The copy has not been certified yet."),
                 RequirementRules::tr("The copy was not certified true to the original."));
}

} // namespace guichet::rules
