#include "ca/renewal/CertificateRevocations.h"

#include "audit/AuditLog.h"
#include "ca/CmpClient.h"
#include "ca/outbox/CaRequests.h"
#include "ca/renewal/RenewalService.h"
#include "common/Clock.h"
#include "storage/Database.h"

namespace guichet {
namespace {

const QString kDossier = QStringLiteral("dossier");

RevocableCertificate describe(const QByteArray& der, const QString& serialHex)
{
    RevocableCertificate certificate;
    certificate.der = der;
    certificate.serialHex = serialHex;
    if (auto facts = PreviousCertificates::read(der)) {
        certificate.serialHex = facts->serialHex;
        certificate.subject = facts->subject;
        certificate.commonName = facts->commonName;
        certificate.issuer = facts->issuer;
        certificate.notAfterUtc = facts->notAfterUtc;
    }
    return certificate;
}

bool sameSerial(const QString& a, const QString& b)
{
    return CertificateRevocations::normalisedSerial(a) ==
           CertificateRevocations::normalisedSerial(b);
}

} // namespace

CertificateRevocations::CertificateRevocations(Database& db, const Clock& clock,
                                               const ProductCatalogue& catalogue,
                                               OperatorIdentity actor)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_actor(std::move(actor))
{
}

QString CertificateRevocations::normalisedSerial(const QString& serialHex)
{
    QString hex = serialHex.trimmed().toUpper();
    if (hex.startsWith(QStringLiteral("0X"))) {
        hex = hex.mid(2);
    }
    hex.remove(u':');
    hex.remove(u' ');
    while (hex.size() > 1 && hex.startsWith(u'0')) {
        hex.remove(0, 1);
    }
    return hex;
}

Result<QList<RevocableCertificate>> CertificateRevocations::list(qint64 dossierId)
{
    CaRequests requests(m_db, m_clock, m_catalogue, m_actor);
    QList<RevocableCertificate> found;
    auto link = RenewalService(m_db, m_clock, m_catalogue, m_actor).renewalOf(dossierId);
    if (!link) {
        return link.error();
    }
    if (link->has_value()) {
        RevocableCertificate renewed =
            describe((*link)->previousCertificateDer, (*link)->previousSerialHex);
        renewed.renewed = true;
        renewed.recordedInDossier = dossierId;
        // Obtained at this desk: its dossier's records say whether it was revoked, and the
        // CA's answer to a revocation must land there.
        if ((*link)->previousDossierId != 0) {
            auto earlier = requests.certificates((*link)->previousDossierId);
            if (!earlier) {
                return earlier.error();
            }
            for (const DossierCertificate& certificate : std::as_const(*earlier)) {
                if (certificate.der == renewed.der) {
                    renewed.recordedInDossier = (*link)->previousDossierId;
                    renewed.revokedUtc = certificate.revokedUtc;
                }
            }
        }
        found.append(renewed);
    }
    auto own = requests.certificates(dossierId);
    if (!own) {
        return own.error();
    }
    for (const DossierCertificate& certificate : std::as_const(*own)) {
        RevocableCertificate entry = describe(certificate.der, certificate.serialHex);
        entry.recordedInDossier = dossierId;
        entry.revokedUtc = certificate.revokedUtc;
        found.append(entry);
    }
    // The outbox knows what dossier_certificate cannot: a revocation waiting, and the
    // revocation of a renewed certificate this desk did not obtain (no record to mark).
    for (RevocableCertificate& certificate : found) {
        auto items = requests.outbox().forDossier(certificate.recordedInDossier);
        if (!items) {
            return items.error();
        }
        for (const OutboxItem& item : std::as_const(*items)) {
            if (item.kind != OutboxKind::Revoke ||
                !sameSerial(item.params.value(QStringLiteral("serial")).toString(),
                            certificate.serialHex)) {
                continue;
            }
            if (item.state == OutboxState::Delivered && !certificate.revokedUtc) {
                certificate.revokedUtc = item.updatedUtc;
            }
            if (item.state == OutboxState::Queued || item.state == OutboxState::Sending) {
                certificate.revocationPending = true;
            }
        }
    }
    return found;
}

Result<OutboxItem> CertificateRevocations::queue(qint64 dossierId, const QString& serialHex,
                                                 RevocationReason reason)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto dossier = DossierRepository(m_db).find(dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    auto candidates = list(dossierId);
    if (!candidates) {
        return candidates.error();
    }
    const RevocableCertificate* target = nullptr;
    if (!serialHex.isEmpty()) {
        QStringList known;
        for (const RevocableCertificate& certificate : std::as_const(*candidates)) {
            known.append(certificate.serialHex);
            if (sameSerial(certificate.serialHex, serialHex)) {
                target = &certificate;
            }
        }
        if (target == nullptr) {
            return Error{ErrorCode::NotFound,
                         tr("Dossier %1 has no certificate with serial number %2 (it has: %3).")
                             .arg(dossierId)
                             .arg(serialHex,
                                  known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")))};
        }
        if (target->revokedUtc) {
            return Error{ErrorCode::Refused,
                         tr("Certificate %1 is already revoked.").arg(target->serialHex)};
        }
        if (target->revocationPending) {
            return Error{ErrorCode::Refused,
                         tr("The revocation of certificate %1 is already in the outbox.")
                             .arg(target->serialHex)};
        }
    } else {
        QStringList revocable;
        for (const RevocableCertificate& certificate : std::as_const(*candidates)) {
            if (certificate.revocable()) {
                revocable.append(certificate.serialHex);
                target = &certificate;
            }
        }
        if (revocable.isEmpty()) {
            return Error{
                ErrorCode::Refused,
                tr("Dossier %1 has no certificate that is not already revoked.").arg(dossierId)};
        }
        if (revocable.size() > 1) {
            return Error{ErrorCode::Refused,
                         tr("Dossier %1 has several certificates that can be revoked: name one by "
                            "its serial number (%2).")
                             .arg(dossierId)
                             .arg(revocable.join(QStringLiteral(", ")))};
        }
    }
    // Queued for the dossier whose records hold the certificate, so that the CA's answer marks
    // it revoked there (CaRequests::recordRevoked).
    const qint64 owner = target->recordedInDossier;
    auto earlier = OutboxRepository(m_db).forDossier(owner);
    if (!earlier) {
        return earlier.error();
    }
    int attempts = 0;
    for (const OutboxItem& item : std::as_const(*earlier)) {
        if (item.kind == OutboxKind::Revoke &&
            sameSerial(item.params.value(QStringLiteral("serial")).toString(), target->serialHex)) {
            ++attempts; // cancelled or failed before: this is a new request
        }
    }
    const QDateTime now = m_clock.nowUtc();
    OutboxItem item;
    item.dossierId = owner;
    item.kind = OutboxKind::Revoke;
    item.idempotencyKey = QStringLiteral("dossier-%1/revoke/%2").arg(owner).arg(target->serialHex);
    if (attempts > 0) {
        item.idempotencyKey += QStringLiteral("/%1").arg(attempts + 1);
    }
    item.caProfileId = dossier->caProfileId;
    item.payload = target->der;
    item.params = {{QStringLiteral("reason"), CaRequests::reasonName(reason)},
                   {QStringLiteral("serial"), target->serialHex}};
    item.transactionId =
        QString::fromLatin1(CmpClient::transactionIdFor(item.idempotencyKey).toHex());
    item.nextAttemptUtc = now;
    item.createdUtc = now;
    item.updatedUtc = now;
    if (Status stored = OutboxRepository(m_db).insert(item); !stored) {
        return stored.error();
    }
    AuditLog audit(m_db, m_clock);
    QJsonObject details{{QStringLiteral("item"), item.id},
                        {QStringLiteral("serial"), target->serialHex},
                        {QStringLiteral("reason"), CaRequests::reasonName(reason)},
                        {QStringLiteral("transactionId"), item.transactionId}};
    if (owner != dossierId) {
        details.insert(QStringLiteral("requestedFromDossier"), dossierId);
    }
    QList<qint64> audited{owner};
    if (owner != dossierId) {
        audited.append(dossierId); // the renewal dossier says what was done from it
    }
    for (qint64 id : audited) {
        if (auto event = audit.append(m_actor.id, QStringLiteral("ca.revoke.queued"), kDossier,
                                      QString::number(id), details);
            !event) {
            return event.error();
        }
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    return item;
}

} // namespace guichet
