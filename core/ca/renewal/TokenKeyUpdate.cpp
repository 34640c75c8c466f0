#include "ca/renewal/TokenKeyUpdate.h"

#include "audit/AuditLog.h"
#include "ca/outbox/CaRequests.h"
#include "ca/renewal/IssuedCertificateTargets.h"
#include "ca/renewal/KeyUpdateRequests.h"
#include "ca/renewal/SignerKey.h"
#include "ca/renewal/TokenCertificates.h"
#include "common/Clock.h"
#include "crypto/SecureRandom.h"
#include "storage/Database.h"
#include "token/Pkcs11KeySigner.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

#include <QSqlQuery>

namespace guichet {
namespace {

QByteArray publicKeyOf(const QByteArray& certificateDer)
{
    openssl::X509Ptr cert = openssl::certificateFromDer(certificateDer);
    return cert ? openssl::toDer(X509_get0_pubkey(cert.get()), i2d_PUBKEY) : QByteArray();
}

// The keys on the open token session, for the sender (OutboxDelivery): the signers stay here,
// alive while the request is sent, on this thread.
struct TokenKeys {
    TokenSession& session;
    QByteArray oldKeyId;
    KeyAlgorithm algorithm;
    std::unique_ptr<Pkcs11KeySigner> oldSigner;
    std::unique_ptr<Pkcs11KeySigner> newSigner;

    Result<KeyUpdateKeys> give(const OutboxItem& item)
    {
        const NewTokenKey where = KeyUpdateRequests::newKeyOf(item);
        // RFC 9483 4.1.3: the request is protected with the key of the certificate it renews.
        oldSigner = std::make_unique<Pkcs11KeySigner>(session, oldKeyId, algorithm, item.payload);
        newSigner =
            std::make_unique<Pkcs11KeySigner>(session, where.keyId, algorithm, QByteArray());
        auto current = SignerKey::make(*oldSigner, publicKeyOf(item.payload));
        if (!current) {
            return current.error();
        }
        auto fresh = SignerKey::make(*newSigner, where.publicKeyInfo);
        if (!fresh) {
            return fresh.error();
        }
        return KeyUpdateKeys{openssl::certificateFromDer(item.payload), std::move(current).value(),
                             std::move(fresh).value()};
    }
};

} // namespace

TokenKeyUpdate::TokenKeyUpdate(Database& db, const Clock& clock, const ProductCatalogue& catalogue,
                               OperatorIdentity actor, CmpEndpoint endpoint, OutboxOptions options)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_actor(std::move(actor)),
      m_endpoint(std::move(endpoint)), m_options(std::move(options))
{
    if (m_options.claimer.isEmpty()) {
        m_options.claimer = OutboxDelivery::newClaimer();
    }
}

Result<TokenKeyUpdateResult> TokenKeyUpdate::run(const Pkcs11Module& module, qint64 dossierId,
                                                 const QString& tokenSerial, const SecretBytes& pin,
                                                 const TokenProgress& progress)
{
    const auto report = [&progress](const QString& step, int done) {
        if (progress.report) {
            progress.report(step, done, kSteps);
        }
    };
    KeyUpdateRequests kur(m_db, m_clock, m_catalogue, m_actor);
    AuditLog audit(m_db, m_clock);

    // 1. The rules first: nothing is asked of the holder when the answer is no.
    report(tr("Checking the renewal"), 0);
    auto link = kur.checkAllowed(dossierId);
    if (!link) {
        return link.error();
    }
    auto waiting = kur.waiting(dossierId);
    if (!waiting) {
        return waiting.error();
    }
    if (*waiting && KeyUpdateRequests::newKeyOf(**waiting).tokenSerial != tokenSerial) {
        return Error{ErrorCode::Refused,
                     tr("The key update waiting for dossier %1 was prepared on token %2: insert "
                        "that token, or cancel outbox item %3.")
                         .arg(dossierId)
                         .arg(KeyUpdateRequests::newKeyOf(**waiting).tokenSerial)
                         .arg((*waiting)->id)};
    }
    if (!*waiting) {
        auto dossier = DossierRepository(m_db).find(dossierId, false);
        if (!dossier) {
            return dossier.error();
        }
        // Issued, but the write on the token failed: no second key and no second request.
        auto unwritten =
            IssuedCertificateTargets(m_db, m_clock, m_catalogue, m_actor).find(dossierId);
        if (unwritten && unwritten->isKeyUpdate()) {
            return Error{ErrorCode::Refused,
                         tr("The CA already issued certificate %1 for this key update; it is not "
                            "on the token yet. Insert token %2 and use \"Write the issued "
                            "certificate to the token…\" (or guichet-cli token write-certificate "
                            "--dossier %3).")
                             .arg(unwritten->certificate.certificateSerialHex,
                                  unwritten->certificate.tokenSerial)
                             .arg(dossierId)};
        }
        if (Status allowed = StatusMachine::checkKeyUpdate(dossier->status); !allowed) {
            return allowed.error();
        }
    }
    if (progress.cancelled()) {
        return TokenErrors::cancelled();
    }

    // 2. The holder's login.
    report(tr("Logging in to the holder's token"), 1);
    auto slot = TokenSlot::findBySerial(module, tokenSerial);
    if (!slot) {
        return slot.error();
    }
    auto session = TokenSession::open(module, *slot);
    if (!session) {
        return session.error();
    }
    if (Status in = (*session)->login(CKU_USER, pin); !in) {
        return in.error();
    }
    auto oldKeyId = TokenCertificates::keyIdOf(module, **session, link->previousCertificateDer);
    if (!oldKeyId) {
        return Error{
            oldKeyId.error().code,
            tr("%1 (certificate %2)").arg(oldKeyId.error().message, link->previousSerialHex)};
    }
    auto oldSpki = (*session)->publicKeyInfo(*oldKeyId);
    if (!oldSpki) {
        return oldSpki.error();
    }
    if (*oldSpki != publicKeyOf(link->previousCertificateDer)) {
        return Error{ErrorCode::Refused,
                     tr("The key beside certificate %1 on the token is not the certificate's key.")
                         .arg(link->previousSerialHex)};
    }
    auto oldFacts = (*session)->keyFacts(*oldKeyId);
    if (!oldFacts) {
        return oldFacts.error();
    }
    if (progress.cancelled()) {
        return TokenErrors::cancelled();
    }

    // 3 and 4. The new key on the token, then the request queued and held for this desk.
    const KeyUpdateRequests::DeskClaim claim{m_options.claimer, m_options.leaseSeconds};
    Result<OutboxItem> item = Error{};
    if (*waiting) {
        report(tr("Resuming the key update waiting in the outbox"), 2);
        const NewTokenKey where = KeyUpdateRequests::newKeyOf(**waiting);
        auto onToken = (*session)->publicKeyInfo(where.keyId);
        if (!onToken || *onToken != where.publicKeyInfo) {
            return Error{ErrorCode::NotFound,
                         tr("The new key of the key update waiting in the outbox (item %1) is no "
                            "longer on the token: cancel that item and start again.")
                             .arg((*waiting)->id)};
        }
        item = kur.claim((*waiting)->id, claim);
    } else {
        report(tr("Generating the new key pair on the token"), 2);
        auto id = SecureRandom::bytes(16);
        if (!id) {
            return id.error();
        }
        const QString label = tr("Renewal %1").arg(m_clock.nowUtc().date().toString(Qt::ISODate));
        auto facts = (*session)->generateKeyPair(oldFacts->algorithm, *id, label);
        if (!facts) {
            return facts.error();
        }
        // SDP-6.5.1-04: the token must say the key was generated there and never left it.
        if (!facts->local || !facts->neverExtractable || !facts->alwaysSensitive) {
            return Error{ErrorCode::Refused,
                         tr("The token does not confirm that the new key was generated on it and "
                            "can never leave it (CKA_LOCAL, CKA_NEVER_EXTRACTABLE, "
                            "CKA_ALWAYS_SENSITIVE): it cannot hold a renewed certificate "
                            "(SDP-6.5.1-04).")};
        }
        // SDP-6.4.5-10: every event of preparing the holder's device is logged.
        if (auto event =
                audit.append(m_actor.id, QStringLiteral("token.key_generated"),
                             QStringLiteral("token"), tokenSerial,
                             {{QStringLiteral("dossier"), dossierId},
                              {QStringLiteral("purpose"), QStringLiteral("key-update")},
                              {QStringLiteral("key_id"), QString::fromLatin1(facts->id.toHex())},
                              {QStringLiteral("algorithm"), keyAlgorithmName(facts->algorithm)},
                              {QStringLiteral("local"), facts->local},
                              {QStringLiteral("never_extractable"), facts->neverExtractable},
                              {QStringLiteral("always_sensitive"), facts->alwaysSensitive}});
            !event) {
            return event.error();
        }
        auto spki = (*session)->publicKeyInfo(*id);
        if (!spki) {
            return spki.error();
        }
        if (progress.cancelled()) {
            return TokenErrors::cancelled();
        }
        report(tr("Queueing the key update"), 3);
        item = kur.queue(dossierId, {*spki, tokenSerial, *id}, claim);
    }
    if (!item) {
        return item.error();
    }

    // 5. Sent now, with the keys of the open session.
    report(tr("Sending the key update to the CA"), 4);
    CaRequests requests(m_db, m_clock, m_catalogue, m_actor);
    OutboxDelivery delivery(requests, m_clock, item->caProfileId, m_endpoint, CmpCredentials{},
                            m_options);
    TokenKeys keys{**session, *oldKeyId, oldFacts->algorithm, nullptr, nullptr};
    delivery.setKeyUpdateKeys([&keys](const OutboxItem& sent) { return keys.give(sent); });
    auto step = delivery.deliver(*item);
    if (!step) {
        return step.error();
    }
    using Outcome = OutboxDelivery::Outcome;
    switch (step->outcome) {
    case Outcome::Delivered:
        break;
    case Outcome::Unreachable:
        return Error{ErrorCode::Io, tr("The CA could not be reached: %1\nThe key update waits in "
                                       "the outbox (item %2); run it again with the holder's "
                                       "token to send it.")
                                        .arg(step->message)
                                        .arg(item->id)};
    case Outcome::Rejected:
        return Error{ErrorCode::Refused,
                     tr("The CA refused the key update: %1").arg(step->message)};
    case Outcome::Failed:
        return Error{ErrorCode::Refused, tr("The key update failed: %1").arg(step->message)};
    case Outcome::TakenOver:
    case Outcome::Idle:
        return Error{
            ErrorCode::Conflict,
            tr("Another sender took outbox item %1 over: %2").arg(item->id).arg(step->message)};
    }

    // 6. The new certificate, from the dossier onto the token beside the new key; the dossier
    // reaches "certificate issued" only once it is there.
    report(tr("Writing the new certificate on the token"), 5);
    IssuedCertificateTargets targets(m_db, m_clock, m_catalogue, m_actor);
    auto target = targets.find(dossierId);
    if (!target) {
        return target.error();
    }
    if (target->keyUpdateItemId != item->id) {
        return Error{
            ErrorCode::Internal,
            tr("The certificate of outbox item %1 is not the dossier's newest.").arg(item->id)};
    }
    TokenKeyUpdateResult result;
    result.outboxItemId = item->id;
    result.keyId = target->certificate.keyId;
    result.resumed = waiting->has_value();
    result.serialHex = target->certificate.certificateSerialHex;
    result.certificateDer = target->certificate.certificateDer;
    const QString label = tr("Renewal %1").arg(m_clock.nowUtc().date().toString(Qt::ISODate));
    if (Status written = (*session)->importCertificate(result.keyId, label, result.certificateDer);
        !written) {
        return Error{written.error().code,
                     tr("Certificate %1 was issued and is stored in dossier %2, but it could not "
                        "be written on the token: %3\nThe dossier waits for it: insert token %4 "
                        "and use \"Write the issued certificate to the token…\" (or guichet-cli "
                        "token write-certificate --dossier %2).")
                         .arg(result.serialHex)
                         .arg(dossierId)
                         .arg(written.error().message, tokenSerial)};
    }
    if (Status recorded = targets.recordWritten(
            *target, {{QStringLiteral("dossier"), dossierId},
                      {QStringLiteral("serial"), result.serialHex},
                      {QStringLiteral("key_id"), QString::fromLatin1(result.keyId.toHex())}});
        !recorded) {
        return recorded.error();
    }
    report(tr("Key update done"), kSteps);
    return result;
}

Result<QList<QByteArray>> TokenKeyUpdate::trainingTrustAnchors(Database& db)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT root_cert, issuing_cert FROM training_ca WHERE id = 1"));
    if (Status done = db.exec(q, tr("reading the training CA's certificates")); !done) {
        return done.error();
    }
    if (!q.next()) {
        return Error{ErrorCode::NotFound,
                     tr("The training CA of this database has not been created yet.")};
    }
    return QList<QByteArray>{q.value(0).toByteArray(), q.value(1).toByteArray()};
}

} // namespace guichet
