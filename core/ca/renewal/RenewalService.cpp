#include "ca/renewal/RenewalService.h"

#include "ca/CaProfileRepository.h"
#include "common/Clock.h"
#include "domain/DossierValidator.h"
#include "domain/ProductCatalogue.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace guichet {
namespace {

const QString kDossier = QStringLiteral("dossier");

std::optional<QDateTime> lastIdentityCheck(const Dossier& dossier)
{
    std::optional<QDateTime> at;
    for (const StatusChange& change : dossier.history) {
        if (change.to == DossierStatus::IdentityVerified) {
            at = change.atUtc;
        }
    }
    return at;
}

} // namespace

RenewalService::RenewalService(Database& db, const Clock& clock, const ProductCatalogue& catalogue,
                               OperatorIdentity actor)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_actor(std::move(actor)), m_dossiers(db),
      m_audit(db, clock)
{
}

Result<RenewalService::Previous>
RenewalService::findPrevious(const PreviousCertificate& certificate)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT dossier_id, cert, revoked_at FROM dossier_certificate "
                             "WHERE serial = ? ORDER BY id DESC"));
    q.addBindValue(certificate.serialHex);
    if (Status done = m_db.exec(q, tr("looking for the certificate's dossier")); !done) {
        return done.error();
    }
    while (q.next()) {
        // Serial numbers are unique per issuer only: the whole certificate must match.
        if (q.value(1).toByteArray() == certificate.der) {
            return Previous{q.value(0).toLongLong(), q.value(2).toLongLong() != 0};
        }
    }
    return Previous{};
}

Result<RenewalPreview> RenewalService::preview(const PreviousCertificate& certificate,
                                               const QString& caProfileId)
{
    RenewalPreview preview;
    preview.certificate = certificate;
    auto previous = findPrevious(certificate);
    if (!previous) {
        return previous.error();
    }
    RenewalFacts facts;
    facts.nowUtc = m_clock.nowUtc();
    facts.certificateNotAfterUtc = certificate.notAfterUtc;
    facts.certificateRevoked = previous->revoked;
    preview.draft = certificate.draft(m_catalogue, caProfileId);
    if (previous->dossierId != 0) {
        auto earlier = m_dossiers.find(previous->dossierId, true);
        if (!earlier) {
            return earlier.error();
        }
        preview.previousDossierId = earlier->id;
        facts.identityVerifiedUtc = lastIdentityCheck(*earlier);
        // The dossier that obtained the certificate knows more than its subject: birth date,
        // contact, organisation details. It is the record; the new dossier starts from it.
        Dossier draft = *earlier;
        draft.id = 0;
        draft.version = 0;
        draft.orderReference.clear();
        draft.status = DossierStatus::Draft;
        draft.history.clear();
        preview.draft = draft;
    }
    auto profile = CaProfileRepository(m_db, m_clock, m_catalogue).find(preview.draft.caProfileId);
    if (!profile) {
        return profile.error();
    }
    facts.identityValidationMonths = profile->identityValidationMonths;
    preview.decision = RenewalPolicy::decide(facts);
    return preview;
}

Result<std::pair<Dossier, RenewalLink>> RenewalService::open(const PreviousCertificate& certificate,
                                                             const RenewalSupplement& supplement,
                                                             const QString& caProfileId)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto preview = this->preview(certificate, caProfileId);
    if (!preview) {
        return preview.error();
    }
    Dossier draft = preview->draft;
    if (!supplement.orderReference.isEmpty()) {
        draft.orderReference = supplement.orderReference;
    }
    if (supplement.birthDate.isValid()) {
        draft.holder.birthDate = supplement.birthDate;
    }
    if (!supplement.email.isEmpty()) {
        draft.holder.email = supplement.email;
    }
    if (!supplement.productId.isEmpty()) {
        draft.productId = supplement.productId;
    }
    if (!supplement.usage.isEmpty()) {
        draft.usage = supplement.usage;
    }
    const QDateTime now = m_clock.nowUtc();
    const QList<FieldProblem> problems =
        DossierValidator(m_catalogue).validate(draft, now.toLocalTime().date());
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem& problem : problems) {
            lines.append(QStringLiteral("%1: %2").arg(problem.field, problem.message));
        }
        return Error{ErrorCode::InvalidInput,
                     tr("The renewal dossier was not opened:\n%1").arg(lines.join(u'\n'))};
    }
    draft.status = DossierStatus::Draft;
    draft.ownerOperatorId = m_actor.id;
    draft.createdAtUtc = now;
    draft.updatedAtUtc = now;
    draft.updatedBy = m_actor.id;
    const StatusChange creation{std::nullopt, DossierStatus::Draft, now, m_actor.id, {}};
    draft.history = {creation};
    if (Status done = m_dossiers.insert(draft); !done) {
        return done.error();
    }
    if (Status done = m_dossiers.appendStatusChange(draft.id, creation); !done) {
        return done.error();
    }
    RenewalLink link;
    link.dossierId = draft.id;
    link.previousDossierId = preview->previousDossierId;
    link.previousSerialHex = certificate.serialHex;
    link.previousIssuer = certificate.issuer;
    link.previousCertificateDer = certificate.der;
    link.path = preview->decision.path;
    link.reasons = preview->decision.reasons;
    link.decidedUtc = now;
    if (Status done = storeLink(link); !done) {
        return done.error();
    }
    // Audit details name identifiers and the decision, never personal data.
    for (const auto& [action, details] :
         {std::pair{QStringLiteral("dossier.created"),
                    QJsonObject{{QStringLiteral("product"), draft.productId},
                                {QStringLiteral("orderReference"), draft.orderReference}}},
          std::pair{QStringLiteral("dossier.renewal.opened"),
                    QJsonObject{{QStringLiteral("previousSerial"), certificate.serialHex},
                                {QStringLiteral("previousDossier"), link.previousDossierId},
                                {QStringLiteral("decision"), preview->decision.key()}}}}) {
        if (auto event =
                m_audit.append(m_actor.id, action, kDossier, QString::number(draft.id), details);
            !event) {
            return event.error();
        }
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    return std::pair{draft, link};
}

Status RenewalService::storeLink(const RenewalLink& link)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO dossier_renewal (dossier_id, previous_dossier_id, previous_serial, "
        "previous_issuer, previous_cert, decision, reasons, decided_at, decided_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(link.dossierId);
    q.addBindValue(link.previousDossierId);
    q.addBindValue(sqlText(link.previousSerialHex));
    q.addBindValue(sqlText(link.previousIssuer));
    q.addBindValue(link.previousCertificateDer);
    q.addBindValue(link.path == RenewalPath::KeyUpdate ? QStringLiteral("key-update")
                                                       : QStringLiteral("new-meeting"));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(link.reasons)).toJson(QJsonDocument::Compact)));
    q.addBindValue(link.decidedUtc.toMSecsSinceEpoch());
    q.addBindValue(sqlText(m_actor.id));
    return m_db.exec(q, tr("linking the dossier to the certificate it renews"));
}

Result<std::optional<RenewalLink>> RenewalService::renewalOf(qint64 dossierId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT previous_dossier_id, previous_serial, previous_issuer, "
                             "previous_cert, decision, reasons, decided_at FROM dossier_renewal "
                             "WHERE dossier_id = ?"));
    q.addBindValue(dossierId);
    if (Status done = m_db.exec(q, tr("reading the dossier's renewal")); !done) {
        return done.error();
    }
    if (!q.next()) {
        return std::optional<RenewalLink>{};
    }
    RenewalLink link;
    link.dossierId = dossierId;
    link.previousDossierId = q.value(0).toLongLong();
    link.previousSerialHex = q.value(1).toString();
    link.previousIssuer = q.value(2).toString();
    link.previousCertificateDer = q.value(3).toByteArray();
    link.path =
        q.value(4).toString() == u"key-update" ? RenewalPath::KeyUpdate : RenewalPath::NewMeeting;
    for (const QJsonValue& reason : QJsonDocument::fromJson(q.value(5).toByteArray()).array()) {
        link.reasons.append(reason.toString());
    }
    link.decidedUtc = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    return std::optional<RenewalLink>{link};
}

} // namespace guichet
