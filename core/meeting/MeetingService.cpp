#include "meeting/MeetingService.h"

#include "audit/AuditLog.h"
#include "common/Logging.h"
#include "documents/DocumentRepository.h"
#include "domain/ProductCatalogue.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "meeting/MeetingDecisionKinds.h"
#include "meeting/MeetingRepository.h"
#include "smartcard/AtrCatalogue.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "token/PersonalisedToken.h"

#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>

namespace guichet {
namespace {

const QString kDossier = QStringLiteral("dossier");

void compare(QStringList& changed, const char* name, const auto& a, const auto& b)
{
    if (a != b) {
        changed.append(QString::fromLatin1(name));
    }
}

// The names of the fields that differ (for the audit trail: names, never values).
QStringList changedFields(const Meeting& before, const Meeting& after)
{
    QStringList changed;
    compare(changed, "step", before.step, after.step);
    compare(changed, "place", before.place, after.place);
    const PresentedDocument& d0 = before.document;
    const PresentedDocument& d1 = after.document;
    compare(changed, "document.type", d0.typeId, d1.typeId);
    compare(changed, "document.number", d0.number, d1.number);
    compare(changed, "document.issuingState", d0.issuingState, d1.issuingState);
    compare(changed, "document.issuingAuthority", d0.issuingAuthority, d1.issuingAuthority);
    compare(changed, "document.issueDate", d0.issueDate, d1.issueDate);
    compare(changed, "document.expiryDate", d0.expiryDate, d1.expiryDate);
    compare(changed, "document.mrz", d0.mrzLines, d1.mrzLines);
    compare(changed, "document.surnames", d0.surnames, d1.surnames);
    compare(changed, "document.givenNames", d0.givenNames, d1.givenNames);
    compare(changed, "document.birthDate", d0.birthDate, d1.birthDate);
    compare(changed, "suggestedFeatures", before.suggestedFeatures, after.suggestedFeatures);
    const OrganisationEvidence& o0 = before.organisation;
    const OrganisationEvidence& o1 = after.organisation;
    compare(changed, "organisation.legalRepresentative", o0.legalRepresentative,
            o1.legalRepresentative);
    compare(changed, "organisation.mandateDate", o0.mandateDate, o1.mandateDate);
    compare(changed, "organisation.mandateCountersigned", o0.mandateCountersigned,
            o1.mandateCountersigned);
    compare(changed, "organisation.requestCoSigned", o0.requestCoSigned, o1.requestCoSigned);
    return changed;
}

} // namespace

MeetingService::MeetingService(Database& db, const Clock& clock, const ProductCatalogue& products,
                               const IdentityDocumentCatalogue& documents, OperatorProfile actor)
    : m_db(db), m_clock(clock), m_products(products), m_documents(documents),
      m_actor(std::move(actor))
{
}

Meeting MeetingService::fresh(qint64 dossierId) const
{
    Meeting meeting;
    meeting.dossierId = dossierId;
    meeting.startedAtUtc = m_clock.nowUtc();
    meeting.operatorId = m_actor.identity.id;
    return meeting;
}

void MeetingService::suggestFeatures(Meeting& meeting) const
{
    const IdentityDocumentType* type = m_documents.type(meeting.document.typeId);
    if (type == nullptr) {
        return;
    }
    const bool current =
        !meeting.suggestedFeatures.isEmpty() &&
        std::all_of(meeting.suggestedFeatures.cbegin(), meeting.suggestedFeatures.cend(),
                    [&](const QString& id) { return type->securityFeatures.contains(id); });
    if (current) {
        return; // drawn once: redrawing would let the operator shop for easy features
    }
    QStringList pool = type->securityFeatures;
    QStringList drawn;
    while (drawn.size() < 3 && !pool.isEmpty()) {
        const int pick = QRandomGenerator::system()->bounded(static_cast<int>(pool.size()));
        drawn.append(pool.takeAt(pick));
    }
    meeting.suggestedFeatures = drawn;
}

Result<MeetingService::Facts> MeetingService::load(qint64 dossierId)
{
    DossierRepository dossiers(m_db);
    auto dossier = dossiers.find(dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    MeetingRepository meetings(m_db);
    auto stored = meetings.find(dossierId);
    if (!stored) {
        return stored.error();
    }
    DocumentRepository documents(m_db);
    auto papers = documents.forDossier(dossierId);
    if (!papers) {
        return papers.error();
    }
    Facts facts{std::move(dossier).value(),
                stored->has_value() ? std::move(**stored) : fresh(dossierId),
                std::move(papers).value()};
    return facts;
}

Checklist MeetingService::evaluate(const Facts& facts,
                                   const std::optional<TokenEvidence>& token) const
{
    RequirementInput input;
    input.dossier = &facts.dossier;
    input.meeting = &facts.meeting;
    input.documents = &facts.documents;
    input.operatorProfile = &m_actor;
    input.catalogue = &m_documents;
    input.token = token;
    input.today = m_clock.nowUtc().date();
    const Product* product = m_products.product(facts.dossier.productId);
    if (product == nullptr) {
        ChecklistItem unknown;
        unknown.ruleId = QStringLiteral("product");
        unknown.title = tr("Known product");
        unknown.state = ChecklistItem::State::Failed;
        unknown.reason = tr("The dossier's product \"%1\" is not in the catalogue.")
                             .arg(facts.dossier.productId);
        return Checklist{{unknown}};
    }
    return RequirementRules::evaluate(*product, input);
}

Result<Meeting> MeetingService::open(qint64 dossierId)
{
    auto facts = load(dossierId);
    if (!facts) {
        return facts.error();
    }
    return facts->meeting;
}

Result<Meeting> MeetingService::save(Meeting edited)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto dossier = DossierRepository(m_db).find(edited.dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    MeetingRepository meetings(m_db);
    auto stored = meetings.find(edited.dossierId);
    if (!stored) {
        return stored.error();
    }
    const bool isNew = !stored->has_value();
    const Meeting before = isNew ? fresh(edited.dossierId) : **stored;
    if (before.identityVerifiedAtUtc &&
        (before.document != edited.document || before.organisation != edited.organisation)) {
        return Error{ErrorCode::Refused,
                     tr("The holder's identity was verified on this evidence: the document and "
                        "the organisation evidence can no longer be changed.")};
    }
    Meeting next = before;
    next.version = edited.version; // the version the operator read: checked by the update
    next.step = edited.step;
    next.place = edited.place;
    next.document = edited.document;
    next.organisation = edited.organisation;
    if (isNew && edited.startedAtUtc.isValid()) {
        next.startedAtUtc = edited.startedAtUtc;
    }
    suggestFeatures(next);
    const QStringList changed = changedFields(before, next);
    if (!isNew && changed.isEmpty() && before.version == edited.version) {
        return before; // nothing to save
    }
    const QDateTime now = m_clock.nowUtc();
    if (isNew) {
        if (edited.version != 0) {
            return Error{ErrorCode::Conflict,
                         tr("The meeting of dossier %1 was removed while you were editing it.")
                             .arg(edited.dossierId)};
        }
        if (Status done = meetings.insert(next, m_actor.identity.id, now); !done) {
            return done.error();
        }
    } else if (Status done = meetings.update(next, m_actor.identity.id, now); !done) {
        return done.error();
    }
    const QJsonObject details{{QStringLiteral("changed"), QJsonArray::fromStringList(changed)},
                              {QStringLiteral("version"), next.version}};
    if (auto event = AuditLog(m_db, m_clock)
                         .append(m_actor.identity.id, QStringLiteral("meeting.saved"), kDossier,
                                 QString::number(next.dossierId), details);
        !event) {
        return event.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    return next;
}

Result<Meeting> MeetingService::record(qint64 dossierId, MeetingDecision decision)
{
    decision.subject = decision.subject.trimmed();
    if (MeetingDecisionKinds::needsSubject(decision.kind) && decision.subject.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     tr("\"%1\" needs a subject: the security feature or the terms version.")
                         .arg(MeetingDecisionKinds::displayName(decision.kind))};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto dossier = DossierRepository(m_db).find(dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    MeetingRepository meetings(m_db);
    auto stored = meetings.find(dossierId);
    if (!stored) {
        return stored.error();
    }
    Meeting meeting = stored->has_value() ? **stored : fresh(dossierId);
    const QDateTime now = m_clock.nowUtc();
    if (decision.kind == MeetingDecision::Kind::SecurityFeatureChecked) {
        // VAL-8.3.3-07X: only the features of the document in hand count.
        const IdentityDocumentType* type = m_documents.type(meeting.document.typeId);
        if (type == nullptr) {
            return Error{ErrorCode::Refused,
                         tr("Record the ID document's type before its security features.")};
        }
        if (!type->securityFeatures.contains(decision.subject)) {
            return Error{ErrorCode::InvalidInput,
                         tr("\"%1\" is not a security feature of this document type.")
                             .arg(decision.subject)};
        }
    }
    if (!stored->has_value()) {
        if (Status done = meetings.insert(meeting, m_actor.identity.id, now); !done) {
            return done.error();
        }
    }
    decision.operatorId = m_actor.identity.id;
    decision.atUtc = now;
    if (Status done = meetings.appendDecision(dossierId, decision); !done) {
        return done.error();
    }
    const QJsonObject details{{QStringLiteral("kind"), MeetingDecisionKinds::key(decision.kind)},
                              {QStringLiteral("subject"), decision.subject},
                              {QStringLiteral("value"), decision.value}};
    if (auto event = AuditLog(m_db, m_clock)
                         .append(m_actor.identity.id, QStringLiteral("meeting.decision"), kDossier,
                                 QString::number(dossierId), details);
        !event) {
        return event.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    meeting.decisions.append(decision);
    return meeting;
}

Result<Checklist> MeetingService::checklist(qint64 dossierId)
{
    // SDP-6.5.1-02/04: the token personalised for this dossier, as its audit trail says.
    auto personalised =
        PersonalisedTokens::forDossier(m_db, m_clock, dossierId, AtrCatalogue::builtIn());
    if (!personalised) {
        return personalised.error();
    }
    std::optional<TokenEvidence> token;
    if (*personalised) {
        token = TokenEvidence{(*personalised)->model, (*personalised)->certifiedQscd,
                              (*personalised)->keyGeneratedOnDevice};
    }
    return checklist(dossierId, token);
}

Result<Checklist> MeetingService::checklist(qint64 dossierId,
                                            const std::optional<TokenEvidence>& token)
{
    auto facts = load(dossierId);
    if (!facts) {
        return facts.error();
    }
    return evaluate(*facts, token);
}

Result<Meeting> MeetingService::verifyIdentity(qint64 dossierId)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto facts = load(dossierId);
    if (!facts) {
        return facts.error();
    }
    Meeting& meeting = facts->meeting;
    Dossier& dossier = facts->dossier;
    if (meeting.identityVerifiedAtUtc) {
        return Error{ErrorCode::Refused,
                     tr("The holder's identity was already verified on %1.")
                         .arg(QLocale().toString(meeting.identityVerifiedAtUtc->toLocalTime(),
                                                 QLocale::ShortFormat))};
    }
    const QList<ChecklistItem> unmet = evaluate(*facts, std::nullopt).unmetForIdentity();
    if (!unmet.isEmpty()) {
        QStringList lines;
        for (const ChecklistItem& item : unmet) {
            lines.append(QStringLiteral("- %1 (%2): %3").arg(item.title, item.clause, item.reason));
        }
        return Error{ErrorCode::Refused,
                     tr("The holder's identity cannot be marked verified: %n rule(s) not met:\n%1",
                        nullptr, static_cast<int>(unmet.size()))
                         .arg(lines.join(u'\n'))};
    }
    if (Status allowed = StatusMachine::check(dossier.status, DossierStatus::IdentityVerified, {});
        !allowed) {
        return allowed.error();
    }
    const QDateTime now = m_clock.nowUtc();
    MeetingRepository meetings(m_db);
    meeting.identityVerifiedAtUtc = now;
    if (meeting.version == 0) {
        if (Status done = meetings.insert(meeting, m_actor.identity.id, now); !done) {
            return done.error();
        }
    } else if (Status done = meetings.update(meeting, m_actor.identity.id, now); !done) {
        return done.error();
    }
    // The status moves through the dossier's history, in this same transaction.
    const StatusChange change{
        dossier.status, DossierStatus::IdentityVerified, now, m_actor.identity.id, {}};
    DossierRepository dossiers(m_db);
    dossier.status = DossierStatus::IdentityVerified;
    dossier.updatedAtUtc = now;
    dossier.updatedBy = m_actor.identity.id;
    if (Status done = dossiers.updateStatus(dossier); !done) {
        return done.error();
    }
    if (Status done = dossiers.appendStatusChange(dossierId, change); !done) {
        return done.error();
    }
    AuditLog audit(m_db, m_clock);
    const QJsonObject status{{QStringLiteral("from"), StatusMachine::key(*change.from)},
                             {QStringLiteral("to"), StatusMachine::key(change.to)},
                             {QStringLiteral("reason"), QString()}};
    if (auto event = audit.append(m_actor.identity.id, QStringLiteral("dossier.status"), kDossier,
                                  QString::number(dossierId), status);
        !event) {
        return event.error();
    }
    const QJsonObject verified{{QStringLiteral("product"), dossier.productId},
                               {QStringLiteral("version"), meeting.version}};
    if (auto event = audit.append(m_actor.identity.id, QStringLiteral("meeting.identity-verified"),
                                  kDossier, QString::number(dossierId), verified);
        !event) {
        return event.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    qCInfo(lcService) << "identity verified for dossier" << dossierId;
    return meeting;
}

} // namespace guichet
