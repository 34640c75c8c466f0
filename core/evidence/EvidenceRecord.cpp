#include "evidence/EvidenceRecord.h"

#include "crypto/Sha256.h"
#include "documents/DocumentType.h"
#include "domain/DossierJson.h"
#include "meeting/MeetingDecisionKinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

QString utc(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString date(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString stateKey(ChecklistItem::State state)
{
    switch (state) {
    case ChecklistItem::State::Satisfied:
        return QStringLiteral("met");
    case ChecklistItem::State::Failed:
        return QStringLiteral("failed");
    case ChecklistItem::State::Pending:
        return QStringLiteral("pending");
    }
    return QStringLiteral("pending");
}

QJsonObject meetingJson(const Meeting& meeting)
{
    const PresentedDocument& doc = meeting.document;
    QJsonArray decisions;
    for (const MeetingDecision& decision : meeting.decisions) {
        decisions.append(QJsonObject{
            {QStringLiteral("kind"), MeetingDecisionKinds::key(decision.kind)},
            {QStringLiteral("subject"), decision.subject},
            {QStringLiteral("value"), decision.value},
            {QStringLiteral("operator"), decision.operatorId},
            {QStringLiteral("at"), utc(decision.atUtc)},
        });
    }
    return {
        {QStringLiteral("startedAt"), utc(meeting.startedAtUtc)},
        {QStringLiteral("place"), meeting.place},
        {QStringLiteral("operator"), meeting.operatorId},
        {QStringLiteral("identityVerifiedAt"),
         meeting.identityVerifiedAtUtc ? utc(*meeting.identityVerifiedAtUtc) : QString()},
        // REG-6.2.2-18, REG-6.4.5-04 a/b: type, number, issuer and validity of the document.
        {QStringLiteral("identityDocument"),
         QJsonObject{
             {QStringLiteral("type"), doc.typeId},
             {QStringLiteral("number"), doc.number},
             {QStringLiteral("issuingState"), doc.issuingState},
             {QStringLiteral("issuingAuthority"), doc.issuingAuthority},
             {QStringLiteral("issueDate"), date(doc.issueDate)},
             {QStringLiteral("expiryDate"), date(doc.expiryDate)},
             {QStringLiteral("mrz"), QJsonArray::fromStringList(doc.mrzLines)},
         }},
        {QStringLiteral("organisationEvidence"),
         QJsonObject{
             {QStringLiteral("legalRepresentative"), meeting.organisation.legalRepresentative},
             {QStringLiteral("mandateDate"), date(meeting.organisation.mandateDate)},
             {QStringLiteral("mandateCountersigned"), meeting.organisation.mandateCountersigned},
             {QStringLiteral("requestCoSigned"), meeting.organisation.requestCoSigned},
         }},
        {QStringLiteral("decisions"), decisions},
    };
}

QJsonArray checklistJson(const Checklist& checklist)
{
    QJsonArray rules;
    for (const ChecklistItem& item : checklist.items) {
        rules.append(QJsonObject{
            {QStringLiteral("rule"), item.ruleId},
            {QStringLiteral("clause"), item.clause},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("state"), stateKey(item.state)},
            {QStringLiteral("notApplicable"), item.notApplicable},
            {QStringLiteral("reason"), item.reason},
        });
    }
    return rules;
}

QJsonArray documentsJson(const QList<DocumentInfo>& documents)
{
    QJsonArray list;
    for (const DocumentInfo& document : documents) {
        list.append(QJsonObject{
            {QStringLiteral("id"), document.id},
            {QStringLiteral("type"), DocumentTypes::key(document.type)},
            {QStringLiteral("source"), document.source},
            {QStringLiteral("pages"), document.pageCount},
            {QStringLiteral("paperDate"),
             document.paperDate ? date(*document.paperDate) : QString()},
            {QStringLiteral("sha256"), QString::fromLatin1(document.sha256.toHex())},
            {QStringLiteral("capturedBy"), document.capturedBy},
            {QStringLiteral("capturedAt"), utc(document.capturedAtUtc)},
        });
    }
    return list;
}

QJsonArray formSignaturesJson(const QList<FormSignatureRecord>& signatures)
{
    QJsonArray list;
    for (const FormSignatureRecord& signature : signatures) {
        list.append(QJsonObject{
            {QStringLiteral("document"), signature.documentId},
            {QStringLiteral("signer"), signature.signerName},
            {QStringLiteral("signerCertificateSha256"),
             QString::fromLatin1(signature.signerCertificateSha256.toHex())},
            {QStringLiteral("signedAt"), utc(signature.signedAtUtc)},
            {QStringLiteral("signedBy"), signature.signedBy},
        });
    }
    return list;
}

QByteArray pretty(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

QByteArray EvidenceRecord::dossierRecord(const EvidenceFacts& facts)
{
    QJsonArray history;
    for (const StatusChange& change : facts.dossier.history) {
        history.append(QJsonObject{
            {QStringLiteral("from"), change.from ? StatusMachine::key(*change.from) : QString()},
            {QStringLiteral("to"), StatusMachine::key(change.to)},
            {QStringLiteral("at"), utc(change.atUtc)},
            {QStringLiteral("operator"), change.operatorId},
            {QStringLiteral("reason"), change.reason},
        });
    }
    return pretty({
        {QStringLiteral("format"), QStringLiteral("guichet-evidence-record/1")},
        {QStringLiteral("builtAt"), utc(facts.builtAtUtc)},
        {QStringLiteral("builtBy"), facts.builtBy},
        {QStringLiteral("dossier"), DossierJson::toJson(facts.dossier)},
        {QStringLiteral("statusHistory"), history},
        {QStringLiteral("meeting"),
         facts.meeting ? QJsonValue(meetingJson(*facts.meeting)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("requirements"), checklistJson(facts.checklist)},
        {QStringLiteral("requirementsMet"), facts.checklist.satisfied()},
        {QStringLiteral("documents"), documentsJson(facts.documents)},
        {QStringLiteral("formSignatures"), formSignaturesJson(facts.formSignatures)},
    });
}

QByteArray EvidenceRecord::tokenFacts(const EvidenceFacts& facts)
{
    QJsonArray certificates;
    for (const QByteArray& der : facts.certificatesDer) {
        certificates.append(QJsonObject{
            {QStringLiteral("sha256"), Sha256::hashHex(der)},
            {QStringLiteral("der"), QString::fromLatin1(der.toBase64())},
        });
    }
    QJsonObject token;
    if (facts.token) {
        const PersonalisedToken& t = *facts.token;
        token = {
            {QStringLiteral("model"), t.model},
            {QStringLiteral("manufacturer"), t.manufacturer},
            {QStringLiteral("serial"), t.serial},
            {QStringLiteral("certifiedQscd"), t.certifiedQscd},
            {QStringLiteral("qscdReference"), t.qscdReference},
            // SDP-6.5.1-04: CKA_LOCAL, CKA_NEVER_EXTRACTABLE and CKA_ALWAYS_SENSITIVE read back.
            {QStringLiteral("keyGeneratedOnDevice"), t.keyGeneratedOnDevice},
        };
    }
    return pretty({
        {QStringLiteral("format"), QStringLiteral("guichet-token-facts/1")},
        {QStringLiteral("token"), facts.token ? QJsonValue(token) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("certificates"), certificates},
    });
}

QByteArray EvidenceRecord::auditEvents(const QList<AuditEvent>& events)
{
    QByteArray lines;
    for (const AuditEvent& event : events) {
        lines += QJsonDocument(
                     QJsonObject{
                         {QStringLiteral("seq"), event.seq},
                         {QStringLiteral("at"), utc(event.atUtc)},
                         {QStringLiteral("operator"), event.operatorId},
                         {QStringLiteral("action"), event.action},
                         {QStringLiteral("objectType"), event.objectType},
                         {QStringLiteral("objectId"), event.objectId},
                         // The stored bytes, not a re-encoding: the hash covers them.
                         {QStringLiteral("details"), QString::fromUtf8(event.detailsJson)},
                         {QStringLiteral("prevHash"), QString::fromLatin1(event.prevHash.toHex())},
                         {QStringLiteral("hash"), QString::fromLatin1(event.hash.toHex())},
                     })
                     .toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    return lines;
}

} // namespace guichet
