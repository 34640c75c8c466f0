#pragma once

#include "ca/CmpClient.h"
#include "ca/outbox/OutboxDelivery.h"
#include "common/Operator.h"
#include "crypto/SecretBytes.h"
#include "token/TokenPersonaliser.h"

#include <QCoreApplication>

namespace guichet {

class Clock;
class Database;
class Pkcs11Module;
class ProductCatalogue;

// What a key update at the desk gave: the new certificate, on the token and in the dossier.
struct TokenKeyUpdateResult {
    qint64 outboxItemId = 0;
    QString serialHex;
    QByteArray certificateDer;
    QByteArray keyId;     // the new key pair's CKA_ID
    bool resumed = false; // a key update left waiting (CA unreachable, token pulled) was sent
};

// The key update of a renewal dossier, run at the desk with the holder's token (issue 6,
// "Renewal"; RFC 9483 4.1.3). In order, on the thread that owns `module` and the database
// (the CLI, or the token worker in the window):
//  1. the renewal must be a key update now (REG-6.3.1), before the token is touched;
//  2. the holder logs in on the token (the PIN is never stored or logged);
//  3. a new key pair is generated on the token (SDP-6.5.1-04: CKA_LOCAL, never extractable,
//     always sensitive read back and required), its generation audited (SDP-6.4.5-10);
//  4. the kur is queued in the outbox and held for this desk, the dossier moved to
//     "submitted to CA" in the same transaction;
//  5. it is sent at once: protected with the current certificate's key, proof of possession
//     by the new key, both signing on the token;
//  6. the new certificate (its public key checked against the new key) is stored in the
//     dossier and written on the token beside its key; only then does the dossier move to
//     "certificate issued". A write that fails (token pulled) leaves the certificate in the
//     dossier for IssuedCertificateWriter to finish later (IssuedCertificateTargets).
// A key update left waiting in the outbox for this dossier (CA unreachable, token pulled
// mid-way) is resumed with the key already generated instead of generating another.
class TokenKeyUpdate {
    Q_DECLARE_TR_FUNCTIONS(TokenKeyUpdate)
public:
    TokenKeyUpdate(Database& db, const Clock& clock, const ProductCatalogue& catalogue,
                   OperatorIdentity actor, CmpEndpoint endpoint, OutboxOptions options = {});

    Result<TokenKeyUpdateResult> run(const Pkcs11Module& module, qint64 dossierId,
                                     const QString& tokenSerial, const SecretBytes& pin,
                                     const TokenProgress& progress = {});

    static constexpr int kSteps = 6;

    // The training CA's root and issuing certificates, which sign its CMP answers: the trust
    // anchors for a key update sent to `ca serve-training` on this database.
    static Result<QList<QByteArray>> trainingTrustAnchors(Database& db);

private:
    Database& m_db;
    const Clock& m_clock;
    const ProductCatalogue& m_catalogue;
    OperatorIdentity m_actor;
    CmpEndpoint m_endpoint;
    OutboxOptions m_options;
};

} // namespace guichet
