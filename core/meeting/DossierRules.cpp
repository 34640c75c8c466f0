// The rules on the dossier's papers, the holder's consents, the meeting and what follows it.
#include "domain/ProductCatalogue.h"
#include "identity/NameTransliteration.h"
#include "meeting/RequirementRules.h"

#include <QLocale>

namespace guichet::rules {
namespace {

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

bool samePerson(const Subscriber& subscriber, const Holder& holder)
{
    return NameTransliteration::forComparison(subscriber.surnames) ==
               NameTransliteration::forComparison(holder.surnames) &&
           NameTransliteration::forComparison(subscriber.givenNames) ==
               NameTransliteration::forComparison(holder.givenNames);
}

} // namespace

// RGS dossier: the signed request is less than three months old on the meeting date.
void requestRecent(const RequirementInput& in, ChecklistItem& item)
{
    const QDate on = in.meetingDate();
    const QDate paper = newestPaperDate(*in.documents, {DocumentType::Request});
    if (!paper.isValid()) {
        item.state = ChecklistItem::State::Pending;
        item.reason = RequirementRules::tr("No dated certificate request has been captured.");
    } else if (paper > on) {
        item.state = ChecklistItem::State::Failed;
        item.reason = RequirementRules::tr("The request is dated %1, after the meeting date %2.")
                          .arg(shortDate(paper), shortDate(on));
    } else if (!recent(paper, on)) {
        item.state = ChecklistItem::State::Failed;
        item.reason = RequirementRules::tr("The request is dated %1, 3 months or more before %2: "
                                           "ask the holder for a new one.")
                          .arg(shortDate(paper), shortDate(on));
    } else {
        item.state = ChecklistItem::State::Satisfied;
    }
}

// RGS dossier: a copy of the ID document (REG-6.4.5-04 c: where copies are stored).
void idCopy(const RequirementInput& in, ChecklistItem& item)
{
    for (const DocumentInfo& document : *in.documents) {
        if (DocumentTypes::isIdentityDocument(document.type)) {
            item.state = ChecklistItem::State::Satisfied;
            return;
        }
    }
    item.state = ChecklistItem::State::Pending;
    item.reason = RequirementRules::tr("No copy of the ID document has been captured.");
}

// INI-8.1-01X: information shown first; REG-6.3.4-07/08: terms accepted by a deliberate act,
// with their version; REG-6.4.5-04 d: the publication choice; REG-6.3.4-10A/11A: when the
// subscriber is not the holder, the holder consents to use a secure device.
void termsAccepted(const RequirementInput& in, ChecklistItem& item)
{
    using Kind = MeetingDecision::Kind;
    const Meeting& meeting = *in.meeting;
    QStringList failures;
    QStringList missing;
    const MeetingDecision* shown = meeting.latest(Kind::InformationShown);
    if (shown == nullptr || !shown->value) {
        missing.append(RequirementRules::tr("The information on purpose, terms and data retention "
                                            "has not been shown to the holder."));
    }
    const MeetingDecision* terms = meeting.latest(Kind::TermsAccepted);
    if (terms == nullptr) {
        missing.append(RequirementRules::tr("The holder has not accepted the terms of use yet."));
    } else if (!terms->value) {
        failures.append(RequirementRules::tr("The holder refused the terms of use."));
    } else if (terms->subject.trimmed().isEmpty()) {
        failures.append(
            RequirementRules::tr("The version of the accepted terms of use is not recorded."));
    }
    if (meeting.latest(Kind::PublicationConsent) == nullptr) {
        missing.append(RequirementRules::tr(
            "The holder's choice on certificate publication is not recorded."));
    }
    const Dossier& dossier = *in.dossier;
    const bool needsDevice = in.product != nullptr && in.product->tokenRequired;
    if (needsDevice && !dossier.subscriber.isEmpty() &&
        !samePerson(dossier.subscriber, dossier.holder)) {
        const MeetingDecision* device = meeting.latest(Kind::SecureDeviceConsent);
        if (device == nullptr) {
            missing.append(RequirementRules::tr(
                "The holder's consent to use a secure device is not recorded."));
        } else if (!device->value) {
            failures.append(RequirementRules::tr("The holder refused to use a secure device."));
        }
    }
    conclude(item, failures, missing);
}

// RGS ** and EN 319 411-2: the holder was met in person, at a recorded place and time.
void faceToFace(const RequirementInput& in, ChecklistItem& item)
{
    const Meeting& meeting = *in.meeting;
    QStringList missing;
    if (meeting.version <= 0 || !meeting.startedAtUtc.isValid() || meeting.operatorId.isEmpty()) {
        missing.append(RequirementRules::tr("The meeting has not started."));
    }
    if (meeting.place.trimmed().isEmpty()) {
        missing.append(RequirementRules::tr("The place of the meeting is not recorded."));
    }
    conclude(item, {}, missing);
}

// SDP-6.5.1-02/04: a certified QSCD, and the key generated on it (read back from the token).
void tokenQscd(const RequirementInput& in, ChecklistItem& item)
{
    if (!in.token) {
        item.state = ChecklistItem::State::Pending;
        item.reason = RequirementRules::tr("Recorded when the token is personalised.");
        return;
    }
    QStringList failures;
    if (!in.token->modelIsQscd) {
        failures.append(RequirementRules::tr("The token model \"%1\" is not a certified QSCD.")
                            .arg(in.token->model));
    }
    if (!in.token->keyGeneratedOnDevice) {
        failures.append(RequirementRules::tr("The key was not generated on the token."));
    }
    conclude(item, failures, {});
}

// RGS **: the signed originals follow by post.
void originalsPosted(const RequirementInput& in, ChecklistItem& item)
{
    fromDecision(in.meeting->latest(MeetingDecision::Kind::OriginalsPosted), item,
                 RequirementRules::tr("The originals have not been posted to the CA yet."),
                 RequirementRules::tr("The originals have not been posted to the CA yet."));
}

} // namespace guichet::rules
