#include "ca/renewal/IssuedCertificateTargets.h"

#include "audit/AuditLog.h"
#include "ca/CaOpenSsl.h"
#include "ca/outbox/OutboxDelivery.h"
#include "ca/renewal/KeyUpdateRequests.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"

namespace guichet {
namespace {

QByteArray publicKeyOf(const QByteArray& certificateDer)
{
    openssl::X509Ptr cert = openssl::certificateFromDer(certificateDer);
    return cert ? openssl::toDer(X509_get0_pubkey(cert.get()), i2d_PUBKEY) : QByteArray();
}

} // namespace

IssuedCertificateTargets::IssuedCertificateTargets(Database& db, const Clock& clock,
                                                   const ProductCatalogue& catalogue,
                                                   OperatorIdentity actor)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_actor(std::move(actor))
{
}

Result<IssuedCertificateTarget> IssuedCertificateTargets::find(qint64 dossierId)
{
    auto dossier = DossierRepository(m_db).find(dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    auto items = OutboxRepository(m_db).forDossier(dossierId);
    if (!items) {
        return items.error();
    }
    CaRequests requests(m_db, m_clock, m_catalogue, m_actor);
    for (auto it = items->crbegin(); it != items->crend(); ++it) {
        if (it->kind != OutboxKind::Enrol || !OutboxDelivery::isKeyUpdate(*it)) {
            continue;
        }
        if (it->state == OutboxState::Queued || it->state == OutboxState::Sending) {
            return Error{ErrorCode::NotFound,
                         tr("The key update of dossier %1 has not been answered yet (outbox item "
                            "%2): run the key update again with the holder's token to send it.")
                             .arg(dossierId)
                             .arg(it->id)};
        }
        if (it->state != OutboxState::Delivered) {
            continue; // failed or cancelled: an earlier attempt may have been answered
        }
        auto issued = requests.certificates(dossierId);
        if (!issued) {
            return issued.error();
        }
        const NewTokenKey where = KeyUpdateRequests::newKeyOf(*it);
        for (const DossierCertificate& certificate : std::as_const(*issued)) {
            if (certificate.outboxItemId != it->id) {
                continue;
            }
            if (certificate.revokedUtc) {
                return Error{ErrorCode::Refused,
                             tr("Certificate %1 of dossier %2 is revoked: it is not written on "
                                "the token.")
                                 .arg(certificate.serialHex)
                                 .arg(dossierId)};
            }
            // The kur certifies the key generated for it, whose place was recorded when it
            // was queued; anything else (the old key, another token) is never written.
            if (where.tokenSerial.isEmpty() || where.keyId.isEmpty() ||
                publicKeyOf(certificate.der) != where.publicKeyInfo) {
                return Error{ErrorCode::Refused,
                             tr("Certificate %1 does not certify the new key recorded for the key "
                                "update of dossier %2: it is not written on any token.")
                                 .arg(certificate.serialHex)
                                 .arg(dossierId)};
            }
            if (dossier->status == DossierStatus::CertificateIssued) {
                return Error{ErrorCode::Refused,
                             tr("Certificate %1 of dossier %2 is already on token %3: there is "
                                "nothing left to write.")
                                 .arg(certificate.serialHex)
                                 .arg(dossierId)
                                 .arg(where.tokenSerial)};
            }
            IssuedCertificateTarget target;
            target.dossierId = dossierId;
            target.certificate = {where.tokenSerial, where.keyId, certificate.der,
                                  certificate.serialHex};
            target.keyUpdateItemId = it->id;
            return target;
        }
        return Error{ErrorCode::NotFound,
                     tr("The certificate answering the key update of dossier %1 is not stored "
                        "in the dossier.")
                         .arg(dossierId)};
    }
    auto enrolment = requests.certificateForToken(dossierId);
    if (!enrolment) {
        return enrolment.error();
    }
    IssuedCertificateTarget target;
    target.dossierId = dossierId;
    target.certificate = std::move(enrolment).value();
    return target;
}

Status IssuedCertificateTargets::recordWritten(const IssuedCertificateTarget& target,
                                               const QJsonObject& tokenEvent)
{
    if (!target.isKeyUpdate()) {
        return Status::success();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    DossierRepository dossiers(m_db);
    auto dossier = dossiers.find(target.dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    const QString reason =
        tr("Certificate %1 of the key update written on the holder's token %2.")
            .arg(target.certificate.certificateSerialHex, target.certificate.tokenSerial);
    if (Status allowed =
            StatusMachine::check(dossier->status, DossierStatus::CertificateIssued, reason);
        !allowed) {
        return allowed;
    }
    const StatusChange change{dossier->status, DossierStatus::CertificateIssued, m_clock.nowUtc(),
                              m_actor.id, reason};
    dossier->status = DossierStatus::CertificateIssued;
    dossier->updatedAtUtc = change.atUtc;
    dossier->updatedBy = m_actor.id;
    if (Status done = dossiers.updateStatus(*dossier); !done) {
        return done;
    }
    if (Status done = dossiers.appendStatusChange(dossier->id, change); !done) {
        return done;
    }
    AuditLog audit(m_db, m_clock);
    if (auto event =
            audit.append(m_actor.id, QStringLiteral("dossier.status"), QStringLiteral("dossier"),
                         QString::number(dossier->id),
                         {{QStringLiteral("from"), StatusMachine::key(*change.from)},
                          {QStringLiteral("to"), StatusMachine::key(change.to)},
                          {QStringLiteral("reason"), reason},
                          {QStringLiteral("item"), target.keyUpdateItemId},
                          {QStringLiteral("serial"), target.certificate.certificateSerialHex},
                          {QStringLiteral("token"), target.certificate.tokenSerial}});
        !event) {
        return event.error();
    }
    if (!tokenEvent.isEmpty()) {
        if (auto event =
                audit.append(m_actor.id, QStringLiteral("token.certificate_written"),
                             QStringLiteral("token"), target.certificate.tokenSerial, tokenEvent);
            !event) {
            return event.error();
        }
    }
    return tx.commit();
}

} // namespace guichet
