// CaRequests, third part: the certificate request signed on the holder's token at
// personalisation, kept with the dossier and queued through the outbox (issue 6: "every
// request to a CA is first written to an outbox table in the same transaction as the dossier
// change").
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxDelivery.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "token/PersonalisedToken.h"

#include <QCryptographicHash>

namespace guichet {
namespace {

const QString kTokenSerial = QStringLiteral("tokenSerial");
const QString kKeyId = QStringLiteral("keyId");

} // namespace

Result<std::optional<OutboxItem>> CaRequests::activeEnrolment(qint64 dossierId)
{
    auto items = m_outbox.forDossier(dossierId);
    if (!items) {
        return items.error();
    }
    for (auto it = items->crbegin(); it != items->crend(); ++it) {
        const bool active = it->state == OutboxState::Queued || it->state == OutboxState::Sending ||
                            it->state == OutboxState::Delivered;
        if (it->kind == OutboxKind::Enrol && !OutboxDelivery::isKeyUpdate(*it) && active) {
            return std::optional<OutboxItem>(*it);
        }
    }
    return std::optional<OutboxItem>();
}

Result<std::optional<TokenRequest>> CaRequests::tokenRequest(qint64 dossierId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, token_serial, key_id, request, created_at FROM "
                             "token_request WHERE dossier_id = ? ORDER BY id DESC"));
    q.addBindValue(dossierId);
    if (Status done = m_db.exec(q, tr("reading the dossier's token request")); !done) {
        return done.error();
    }
    if (!q.next()) {
        return std::optional<TokenRequest>();
    }
    TokenRequest request;
    request.id = q.value(0).toLongLong();
    request.dossierId = dossierId;
    request.tokenSerial = q.value(1).toString();
    request.keyId = QByteArray::fromHex(q.value(2).toString().toLatin1());
    request.requestDer = q.value(3).toByteArray();
    request.createdUtc = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    return std::optional<TokenRequest>(request);
}

Result<std::optional<OutboxItem>>
CaRequests::recordTokenRequest(qint64 dossierId, const TokenRequest& request, bool queue)
{
    if (request.tokenSerial.isEmpty() || request.keyId.isEmpty() || request.requestDer.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The token's certificate request is incomplete (token serial, key or "
                        "request missing).")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto active = activeEnrolment(dossierId);
    if (!active) {
        return active.error();
    }
    if (*active) {
        return Error{ErrorCode::Refused,
                     tr("Dossier %1 already has a certificate request in the outbox (item %2, "
                        "%3): a second token request is not recorded.")
                         .arg(dossierId)
                         .arg((*active)->id)
                         .arg(OutboxNames::displayName((*active)->state))};
    }
    const QDateTime now = m_clock.nowUtc();
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(request.requestDer, QCryptographicHash::Sha256).toHex());
    QSqlQuery store = m_db.query();
    store.prepare(QStringLiteral(
        "INSERT INTO token_request (dossier_id, token_serial, key_id, request, request_sha256, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    store.addBindValue(dossierId);
    store.addBindValue(request.tokenSerial);
    store.addBindValue(QString::fromLatin1(request.keyId.toHex()));
    store.addBindValue(request.requestDer);
    store.addBindValue(sha256);
    store.addBindValue(now.toMSecsSinceEpoch());
    store.addBindValue(m_actor.id);
    if (Status done = m_db.exec(store, tr("keeping the token's certificate request")); !done) {
        return done.error();
    }
    if (Status done = PersonalisedTokens::link(m_audit, m_actor.id, dossierId,
                                               {request.tokenSerial, request.keyId, sha256});
        !done) {
        return done.error();
    }
    auto dossier = m_dossiers.find(dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    if (dossier->status == DossierStatus::IdentityVerified) {
        if (Status moved = moveDossier(dossierId, DossierStatus::TokenPersonalised, QString());
            !moved) {
            return moved.error();
        }
    }
    std::optional<OutboxItem> queued;
    if (queue) {
        auto item = enqueueEnrolment(dossierId, request.requestDer,
                                     {{kTokenSerial, request.tokenSerial},
                                      {kKeyId, QString::fromLatin1(request.keyId.toHex())}});
        if (!item) {
            return item.error();
        }
        queued = std::move(item).value();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    return queued;
}

Result<OutboxItem> CaRequests::queueStoredRequest(qint64 dossierId)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto stored = tokenRequest(dossierId);
    if (!stored) {
        return stored.error();
    }
    if (!*stored) {
        return Error{ErrorCode::Refused,
                     tr("No certificate request is kept for dossier %1: personalise the holder's "
                        "token (it makes the request), or give the applicant's PKCS#10 file.")
                         .arg(dossierId)};
    }
    auto item = enqueueEnrolment(dossierId, (*stored)->requestDer,
                                 {{kTokenSerial, (*stored)->tokenSerial},
                                  {kKeyId, QString::fromLatin1((*stored)->keyId.toHex())}});
    if (!item) {
        return item.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    return item;
}

Result<CertificateForToken> CaRequests::certificateForToken(qint64 dossierId)
{
    auto stored = tokenRequest(dossierId);
    if (!stored) {
        return stored.error();
    }
    if (!*stored) {
        return Error{ErrorCode::NotFound,
                     tr("Dossier %1 has no token request: its certificate is not for a key made "
                        "at this desk.")
                         .arg(dossierId)};
    }
    auto issued = certificates(dossierId);
    if (!issued) {
        return issued.error();
    }
    // The certificate answering the stored request: the newest delivered for the dossier.
    for (auto it = issued->crbegin(); it != issued->crend(); ++it) {
        if (!it->revokedUtc) {
            return CertificateForToken{(*stored)->tokenSerial, (*stored)->keyId, it->der,
                                       it->serialHex};
        }
    }
    return Error{ErrorCode::NotFound,
                 tr("The CA has not issued the certificate of dossier %1 yet; its request is in "
                    "the outbox.")
                     .arg(dossierId)};
}

} // namespace guichet
