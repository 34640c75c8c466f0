#pragma once

#include "audit/AuditLog.h"
#include "ca/outbox/EvidenceReceiver.h"
#include "ca/outbox/OutboxRepository.h"
#include "common/Operator.h"
#include "storage/DossierRepository.h"

#include <QCoreApplication>

namespace guichet {

class Clock;
class EncryptionService;

// The dossier side of submitting a signed evidence package to the CA (issue 7, "Evidence
// package"). The package holds the identity scans, so the outbox keeps it sealed by the
// EncryptionService (bound to the item's idempotency key), never in clear. Queuing moves the
// dossier to SubmittedToCa when its status allows, in the same transaction as the item and
// its audit event; each answer lands with its audit event in one transaction.
class EvidenceSubmissions {
    Q_DECLARE_TR_FUNCTIONS(EvidenceSubmissions)
public:
    EvidenceSubmissions(Database& db, const Clock& clock, EncryptionService& encryption,
                        OperatorIdentity actor, EvidenceReceiver* receiver = nullptr);

    // Queues `package` (the ASiC-E container's bytes). The same package queued twice for a
    // dossier is refused (its idempotency key is the package's digest).
    Result<OutboxItem> queueSubmission(qint64 dossierId, const QByteArray& package);

    // The sender's exchange with the receiver: opens the sealed package and hands it over.
    Result<SubmissionReceipt> send(const OutboxItem& item);
    // "dossier.evidence_delivered": the CA's receipt, with the item delivered.
    Status recordReceipt(const OutboxItem& item, const SubmissionReceipt& receipt);
    // The CA refused the package (`rejected`) or it could not be sent at all.
    Status recordRefusal(const OutboxItem& item, const QString& reason, bool rejected);

    static QByteArray associatedData(const OutboxItem& item);

private:
    Status audit(const QString& action, qint64 dossierId, const QJsonObject& details);
    Status moveToSubmitted(Dossier& dossier);

    Database& m_db;
    const Clock& m_clock;
    EncryptionService& m_encryption;
    OperatorIdentity m_actor;
    EvidenceReceiver* m_receiver;
    OutboxRepository m_outbox;
    DossierRepository m_dossiers;
    AuditLog m_audit;
};

} // namespace guichet
