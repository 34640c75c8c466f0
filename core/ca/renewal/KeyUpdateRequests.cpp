#include "ca/renewal/KeyUpdateRequests.h"

#include "ca/CmpClient.h"
#include "ca/renewal/RenewalService.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QUuid>

namespace guichet {

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

Result<OutboxItem> KeyUpdateRequests::queue(qint64 dossierId, const NewTokenKey& key)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
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
    openssl::X509Ptr old = openssl::certificateFromDer((*link)->previousCertificateDer);
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
    const QDateTime at = m_clock.nowUtc();
    OutboxItem item;
    item.dossierId = dossierId;
    item.kind = OutboxKind::Enrol;
    item.idempotencyKey = QStringLiteral("dossier-%1/kur/%2")
                              .arg(dossierId)
                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    item.caProfileId = dossier->caProfileId;
    item.payload = (*link)->previousCertificateDer;
    item.params = {{QStringLiteral("request"), QStringLiteral("kur")},
                   {QStringLiteral("product"), dossier->productId},
                   {QStringLiteral("usage"), dossier->usage},
                   {QStringLiteral("renews"), (*link)->previousSerialHex},
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
    if (auto event = AuditLog(m_db, m_clock)
                         .append(m_actor.id, QStringLiteral("ca.kur.queued"),
                                 QStringLiteral("dossier"), QString::number(dossierId),
                                 {{QStringLiteral("item"), item.id},
                                  {QStringLiteral("renews"), (*link)->previousSerialHex},
                                  {QStringLiteral("token"), key.tokenSerial},
                                  {QStringLiteral("transactionId"), item.transactionId}});
        !event) {
        return event.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    return item;
}

} // namespace guichet
