#include "ca/renewal/KeyUpdateRequests.h"

#include "ca/CmpClient.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QUuid>

namespace guichet {
namespace {

const QString kDossier = QStringLiteral("dossier");

} // namespace

KeyUpdateRequests::KeyUpdateRequests(Database& db, const Clock& clock,
                                     const ProductCatalogue& catalogue, OperatorIdentity actor)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_actor(std::move(actor))
{
}

NewTokenKey KeyUpdateRequests::newKeyOf(const OutboxItem& item)
{
    return {
        QByteArray::fromBase64(item.params.value(QStringLiteral("newKey")).toString().toLatin1()),
        item.params.value(QStringLiteral("token")).toString(),
        QByteArray::fromHex(item.params.value(QStringLiteral("newKeyId")).toString().toLatin1())};
}

Result<RenewalLink> KeyUpdateRequests::checkAllowed(qint64 dossierId)
{
    RenewalService renewals(m_db, m_clock, m_catalogue, m_actor);
    auto link = renewals.renewalOf(dossierId);
    if (!link) {
        return link.error();
    }
    if (!link->has_value()) {
        return Error{ErrorCode::Refused,
                     tr("Dossier %1 was not opened to renew a certificate: a key update needs "
                        "the certificate it renews.")
                         .arg(dossierId)};
    }
    // REG-6.3.1: the decision was taken when the dossier was opened, and is taken again now,
    // since time has passed (the identity validation may have expired meanwhile).
    auto certificate = PreviousCertificates::read((*link)->previousCertificateDer);
    if (!certificate) {
        return certificate.error();
    }
    auto now = renewals.preview(*certificate);
    if (!now) {
        return now.error();
    }
    if ((*link)->path != RenewalPath::KeyUpdate || now->decision.path != RenewalPath::KeyUpdate) {
        const QStringList reasons =
            (*link)->path != RenewalPath::KeyUpdate ? (*link)->reasons : now->decision.reasons;
        return Error{ErrorCode::Refused,
                     tr("This renewal needs a new face-to-face meeting, not a key update: %1")
                         .arg(reasons.join(QLatin1Char(' ')))};
    }
    return **link;
}

Status KeyUpdateRequests::moveToCa(const Dossier& stored)
{
    if (Status allowed = StatusMachine::checkKeyUpdate(stored.status); !allowed) {
        return allowed;
    }
    Dossier dossier = stored;
    const QString reason = tr("Key update of the certificate it renews (REG-6.3.1: the identity "
                              "validation is reused).");
    const StatusChange change{dossier.status, DossierStatus::SubmittedToCa, m_clock.nowUtc(),
                              m_actor.id, reason};
    dossier.status = DossierStatus::SubmittedToCa;
    dossier.updatedAtUtc = change.atUtc;
    dossier.updatedBy = m_actor.id;
    DossierRepository dossiers(m_db);
    if (Status done = dossiers.updateStatus(dossier); !done) {
        return done;
    }
    if (Status done = dossiers.appendStatusChange(dossier.id, change); !done) {
        return done;
    }
    auto event = AuditLog(m_db, m_clock)
                     .append(m_actor.id, QStringLiteral("dossier.status"), kDossier,
                             QString::number(dossier.id),
                             {{QStringLiteral("from"), StatusMachine::key(*change.from)},
                              {QStringLiteral("to"), StatusMachine::key(change.to)},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("clause"), QStringLiteral("REG-6.3.1")}});
    return event ? Status::success() : Status(event.error());
}

Result<OutboxItem> KeyUpdateRequests::queue(qint64 dossierId, const NewTokenKey& key,
                                            const std::optional<DeskClaim>& claim)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto link = checkAllowed(dossierId);
    if (!link) {
        return link.error();
    }
    openssl::X509Ptr old = openssl::certificateFromDer(link->previousCertificateDer);
    const QByteArray oldKey =
        old ? openssl::toDer(X509_get0_pubkey(old.get()), i2d_PUBKEY) : QByteArray();
    if (key.publicKeyInfo.isEmpty() || key.publicKeyInfo == oldKey || key.keyId.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     tr("A key update needs a new key pair generated on the holder's token.")};
    }
    auto dossier = DossierRepository(m_db).find(dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    if (Status moved = moveToCa(*dossier); !moved) {
        return moved.error();
    }
    const QDateTime at = m_clock.nowUtc();
    OutboxItem item;
    item.dossierId = dossierId;
    item.kind = OutboxKind::Enrol;
    item.idempotencyKey = QStringLiteral("dossier-%1/kur/%2")
                              .arg(dossierId)
                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    item.caProfileId = dossier->caProfileId;
    item.payload = link->previousCertificateDer;
    item.params = {{QStringLiteral("request"), QStringLiteral("kur")},
                   {QStringLiteral("product"), dossier->productId},
                   {QStringLiteral("usage"), dossier->usage},
                   {QStringLiteral("renews"), link->previousSerialHex},
                   {QStringLiteral("newKey"), QString::fromLatin1(key.publicKeyInfo.toBase64())},
                   {QStringLiteral("token"), key.tokenSerial},
                   {QStringLiteral("newKeyId"), QString::fromLatin1(key.keyId.toHex())}};
    item.transactionId =
        QString::fromLatin1(CmpClient::transactionIdFor(item.idempotencyKey).toHex());
    item.nextAttemptUtc = at;
    item.createdUtc = at;
    item.updatedUtc = at;
    if (Status stored = OutboxRepository(m_db).insert(item); !stored) {
        return stored.error();
    }
    if (claim) {
        if (Status held = claimInTransaction(item.id, *claim, at); !held) {
            return held.error();
        }
    }
    if (auto event = AuditLog(m_db, m_clock)
                         .append(m_actor.id, QStringLiteral("ca.kur.queued"), kDossier,
                                 QString::number(dossierId),
                                 {{QStringLiteral("item"), item.id},
                                  {QStringLiteral("renews"), link->previousSerialHex},
                                  {QStringLiteral("token"), key.tokenSerial},
                                  {QStringLiteral("transactionId"), item.transactionId}});
        !event) {
        return event.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    if (claim) {
        return OutboxRepository(m_db).find(item.id);
    }
    return item;
}

Result<std::optional<OutboxItem>> KeyUpdateRequests::waiting(qint64 dossierId)
{
    auto items = OutboxRepository(m_db).forDossier(dossierId);
    if (!items) {
        return items.error();
    }
    const QDateTime now = m_clock.nowUtc();
    for (const OutboxItem& item : std::as_const(*items)) {
        const bool kur = item.kind == OutboxKind::Enrol &&
                         item.params.value(QStringLiteral("request")).toString() == u"kur";
        const bool free = item.state == OutboxState::Queued ||
                          (item.state == OutboxState::Sending && item.leaseUntilUtc < now);
        if (kur && free) {
            return std::optional<OutboxItem>(item);
        }
    }
    return std::optional<OutboxItem>{};
}

Status KeyUpdateRequests::claimInTransaction(qint64 itemId, const DeskClaim& claim,
                                             const QDateTime& now)
{
    // The same change as the background sender's claim (OutboxRepository::claimNext), for one
    // item and whatever its backoff: the holder is at the desk with the token now.
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "UPDATE outbox_item SET state = 'sending', attempts = attempts + 1, lease_until = ?, "
        "claimed_by = ?, updated_at = ? WHERE id = ? AND (state = 'queued' OR "
        "(state = 'sending' AND lease_until < ?))"));
    q.addBindValue(now.addSecs(claim.leaseSeconds).toMSecsSinceEpoch());
    q.addBindValue(claim.claimer);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(itemId);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (Status done = m_db.exec(q, tr("holding the key update for this desk")); !done) {
        return done;
    }
    if (q.numRowsAffected() != 1) {
        return Error{ErrorCode::Conflict,
                     tr("Outbox item %1 is being sent by another sender; try again in a moment.")
                         .arg(itemId)};
    }
    return Status::success();
}

Result<OutboxItem> KeyUpdateRequests::claim(qint64 itemId, const DeskClaim& claim)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto before = OutboxRepository(m_db).find(itemId);
    if (!before) {
        return before.error();
    }
    if (Status held = claimInTransaction(itemId, claim, m_clock.nowUtc()); !held) {
        return held.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    auto item = OutboxRepository(m_db).find(itemId);
    if (item) {
        // Held by a sender that stopped mid-exchange: the CA may have answered it already.
        item->resumedAfterInterruption = before->state == OutboxState::Sending;
    }
    return item;
}

} // namespace guichet
