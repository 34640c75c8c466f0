// CaRequests, second half: the CA's answers landing in the dossier (issue 6, "Outbox").
#include "ca/CmpClient.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxDelivery.h"
#include "common/Clock.h"
#include "storage/Database.h"

namespace guichet {
namespace {

QString serialOf(const QByteArray& der)
{
    openssl::X509Ptr cert = openssl::certificateFromDer(der);
    if (!cert) {
        return {};
    }
    openssl::BigNum serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr));
    char* hex = serial ? BN_bn2hex(serial.get()) : nullptr;
    QString text = hex != nullptr ? QString::fromLatin1(hex) : QString();
    OPENSSL_free(hex);
    return text;
}

} // namespace

Status CaRequests::recordCertificate(const OutboxItem& item, const CmpCertificate& answer)
{
    const QDateTime now = m_clock.nowUtc();
    const QString transaction = QString::fromLatin1(answer.transactionId.toHex());
    const QString serial = serialOf(answer.certificateDer);
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (Status done = m_outbox.markDelivered(item.id, item.claimedBy, answer.certificateDer,
                                             transaction, now);
        !done) {
        return done;
    }
    QSqlQuery store = m_db.query();
    store.prepare(QStringLiteral(
        "INSERT INTO dossier_certificate (dossier_id, outbox_item_id, serial, cert, issued_at, "
        "revoked_at, revocation_reason) VALUES (?, ?, ?, ?, ?, 0, 0)"));
    store.addBindValue(item.dossierId);
    store.addBindValue(item.id);
    store.addBindValue(serial);
    store.addBindValue(answer.certificateDer);
    store.addBindValue(now.toMSecsSinceEpoch());
    if (Status done = m_db.exec(store, tr("storing the certificate in the dossier")); !done) {
        return done;
    }
    auto dossier = m_dossiers.find(item.dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    // A dossier someone moved meanwhile keeps its status; the certificate is stored all the same.
    // A key update's dossier moves only once the new certificate is on the holder's token
    // (IssuedCertificateTargets::recordWritten): until then the holder does not have it.
    if (!OutboxDelivery::isKeyUpdate(item) &&
        StatusMachine::isAllowed(dossier->status, DossierStatus::CertificateIssued)) {
        if (Status moved = moveDossier(item.dossierId, DossierStatus::CertificateIssued,
                                       tr("Certificate %1 issued by the CA.").arg(serial));
            !moved) {
            return moved;
        }
    }
    if (Status done = audit(QStringLiteral("ca.certificate.issued"), item.dossierId,
                            {{QStringLiteral("item"), item.id},
                             {QStringLiteral("serial"), serial},
                             {QStringLiteral("transactionId"), transaction},
                             {QStringLiteral("attempts"), item.attempts}});
        !done) {
        return done;
    }
    return tx.commit();
}

Status CaRequests::recordRejection(const OutboxItem& item, const QString& reason,
                                   const QString& transactionId)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (Status done =
            m_outbox.markFailed(item.id, item.claimedBy, reason, transactionId, m_clock.nowUtc());
        !done) {
        return done;
    }
    auto dossier = m_dossiers.find(item.dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    // Seed FAQ 3J: the CA keeps the file pending the documents its reason names; the reason
    // is the status change's reason, shown in the dossier's history.
    if (item.kind == OutboxKind::Enrol &&
        StatusMachine::isAllowed(dossier->status, DossierStatus::RejectedPendingDocuments)) {
        if (Status moved = moveDossier(item.dossierId, DossierStatus::RejectedPendingDocuments,
                                       reason.left(2000));
            !moved) {
            return moved;
        }
    }
    if (Status done = audit(QStringLiteral("ca.request.rejected"), item.dossierId,
                            {{QStringLiteral("item"), item.id},
                             {QStringLiteral("kind"), OutboxNames::key(item.kind)},
                             {QStringLiteral("reason"), reason},
                             {QStringLiteral("transactionId"), transactionId}});
        !done) {
        return done;
    }
    return tx.commit();
}

Status CaRequests::recordRevoked(const OutboxItem& item, const QString& transactionId)
{
    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (Status done = m_outbox.markDelivered(item.id, item.claimedBy, {}, transactionId, now);
        !done) {
        return done;
    }
    const QString reason = item.params.value(QStringLiteral("reason")).toString();
    QSqlQuery update = m_db.query();
    update.prepare(QStringLiteral("UPDATE dossier_certificate SET revoked_at = ?, "
                                  "revocation_reason = ? WHERE dossier_id = ? AND serial = ?"));
    update.addBindValue(now.toMSecsSinceEpoch());
    update.addBindValue(
        static_cast<int>(reasonFromName(reason).value_or(RevocationReason::Unspecified)));
    update.addBindValue(item.dossierId);
    update.addBindValue(item.params.value(QStringLiteral("serial")).toString());
    if (Status done = m_db.exec(update, tr("recording the revocation in the dossier")); !done) {
        return done;
    }
    if (Status done =
            audit(QStringLiteral("ca.certificate.revoked"), item.dossierId,
                  {{QStringLiteral("item"), item.id},
                   {QStringLiteral("serial"), item.params.value(QStringLiteral("serial"))},
                   {QStringLiteral("reason"), reason},
                   {QStringLiteral("transactionId"), transactionId}});
        !done) {
        return done;
    }
    return tx.commit();
}

Status CaRequests::recordFailure(const OutboxItem& item, const QString& error,
                                 const QString& transactionId)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (Status done =
            m_outbox.markFailed(item.id, item.claimedBy, error, transactionId, m_clock.nowUtc());
        !done) {
        return done;
    }
    if (Status done = audit(QStringLiteral("ca.request.failed"), item.dossierId,
                            {{QStringLiteral("item"), item.id},
                             {QStringLiteral("kind"), OutboxNames::key(item.kind)},
                             {QStringLiteral("error"), error}});
        !done) {
        return done;
    }
    return tx.commit();
}

Status CaRequests::recordUnreachable(const OutboxItem& item, const QString& error,
                                     const QDateTime& nextAttemptUtc)
{
    // No audit event per attempt: an office offline for a day would fill the log.
    return m_outbox.reschedule(item.id, item.claimedBy, error, nextAttemptUtc, m_clock.nowUtc());
}

Status CaRequests::recordResend(const OutboxItem& item, const QString& transactionId)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (Status done = audit(QStringLiteral("ca.request.resent"), item.dossierId,
                            {{QStringLiteral("item"), item.id},
                             {QStringLiteral("kind"), OutboxNames::key(item.kind)},
                             {QStringLiteral("idempotencyKey"), item.idempotencyKey},
                             {QStringLiteral("previousTransactionId"), item.transactionId},
                             {QStringLiteral("transactionId"), transactionId},
                             {QStringLiteral("attempt"), item.attempts}});
        !done) {
        return done;
    }
    return tx.commit();
}

} // namespace guichet
