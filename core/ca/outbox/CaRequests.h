#pragma once

#include "audit/AuditLog.h"
#include "ca/TrainingCa.h"
#include "ca/outbox/OutboxRepository.h"
#include "common/Operator.h"
#include "storage/DossierRepository.h"

#include <QCoreApplication>
#include <functional>

namespace guichet {

class Clock;
class ProductCatalogue;
struct CmpCertificate;

// The certificate request signed on the holder's token at personalisation, kept with the
// dossier: the token it was made on (by serial) and the key (by CKA_ID).
struct TokenRequest {
    qint64 id = 0;
    qint64 dossierId = 0;
    QString tokenSerial;
    QByteArray keyId;
    QByteArray requestDer;
    QDateTime createdUtc;
};

// What the later write needs: the certificate the CA issued for the stored request, and
// where its key is.
struct CertificateForToken {
    QString tokenSerial;
    QByteArray keyId;
    QByteArray certificateDer;
    QString certificateSerialHex;
};

struct DossierCertificate {
    qint64 id = 0;
    qint64 outboxItemId = 0;
    QString serialHex;
    QByteArray der;
    QDateTime issuedUtc;
    std::optional<QDateTime> revokedUtc;
};

// The dossier side of the outbox: each request is queued in the same transaction as the
// dossier change that causes it and its audit event, and each answer lands in the dossier in
// one transaction with the item's new state and its audit event (issue 6, "Outbox").
class CaRequests {
    Q_DECLARE_TR_FUNCTIONS(CaRequests)
public:
    CaRequests(Database& db, const Clock& clock, const ProductCatalogue& catalogue,
               OperatorIdentity actor);

    OutboxRepository& outbox() { return m_outbox; }

    // Moves the dossier to SubmittedToCa and queues its certificate request (PKCS#10, DER,
    // checked against the product and the dossier).
    Result<OutboxItem> queueEnrolment(qint64 dossierId, const QByteArray& csrDer);
    // The token personalisation's request (issue 6): kept with the dossier, the token linked
    // to it (dossier.token_personalised), the dossier moved to TokenPersonalised and, when
    // `queue`, the request queued (SubmittedToCa), all in one transaction. Refused while an
    // enrolment of the dossier is queued, sending or delivered.
    Result<std::optional<OutboxItem>> recordTokenRequest(qint64 dossierId,
                                                         const TokenRequest& request, bool queue);
    // `ca enroll --dossier ID` without a file: queues the request the personalisation kept.
    Result<OutboxItem> queueStoredRequest(qint64 dossierId);
    Result<std::optional<TokenRequest>> tokenRequest(qint64 dossierId);
    // The dossier's enrolment that is queued, sending or delivered (none: nullopt).
    Result<std::optional<OutboxItem>> activeEnrolment(qint64 dossierId);
    // The certificate issued for the dossier's stored request (NotFound until it is).
    Result<CertificateForToken> certificateForToken(qint64 dossierId);

    // The sender's outcomes (the item held by `claimer`).
    Status recordCertificate(const OutboxItem& item, const CmpCertificate& answer);
    Status recordRejection(const OutboxItem& item, const QString& reason,
                           const QString& transactionId);
    Status recordRevoked(const OutboxItem& item, const QString& transactionId);
    Status recordFailure(const OutboxItem& item, const QString& error,
                         const QString& transactionId);
    Status recordUnreachable(const OutboxItem& item, const QString& error,
                             const QDateTime& nextAttemptUtc);
    // A request sent again after a sender stopped mid-exchange: the CA may have answered the
    // first time without Guichet storing it. Recorded in the dossier's audit trail with the
    // transaction identifiers, so that a certificate the holder never received can be found
    // and revoked where the CA does not recognise repeats.
    Status recordResend(const OutboxItem& item, const QString& transactionId);

    // The operator's actions, audited.
    Result<OutboxItem> retry(qint64 itemId);
    Result<OutboxItem> cancel(qint64 itemId);

    Result<QList<DossierCertificate>> certificates(qint64 dossierId);

    static std::optional<RevocationReason> reasonFromName(const QString& name);
    static QString reasonName(RevocationReason reason);

private:
    // queueEnrolment's work, inside the caller's transaction; `token` goes to the params.
    Result<OutboxItem> enqueueEnrolment(qint64 dossierId, const QByteArray& csrDer,
                                        const QJsonObject& token);
    Status moveDossier(qint64 dossierId, DossierStatus to, const QString& reason);
    Status audit(const QString& action, qint64 dossierId, QJsonObject details);
    // The operator's retry or cancel: the item's change and its audit event, one transaction.
    Result<OutboxItem>
    changeItem(qint64 itemId, const QString& action,
               const std::function<Result<OutboxItem>(qint64, const QDateTime&)>& change);

    Database& m_db;
    const Clock& m_clock;
    const ProductCatalogue& m_catalogue;
    OperatorIdentity m_actor;
    OutboxRepository m_outbox;
    DossierRepository m_dossiers;
    AuditLog m_audit;
};

} // namespace guichet
