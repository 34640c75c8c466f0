#pragma once

#include "audit/AuditLog.h"
#include "ca/outbox/CaRequests.h"
#include "ca/renewal/RenewalService.h"

#include <QCoreApplication>
#include <optional>

namespace guichet {

// The new key a key update certifies: generated on the holder's token (never elsewhere), so
// the token and the key's CKA_ID say where to find it again when the request is sent.
struct NewTokenKey {
    QByteArray publicKeyInfo; // DER SubjectPublicKeyInfo
    QString tokenSerial;
    QByteArray keyId; // CKA_ID
};

// Queues the key update (CMP kur, RFC 9483 4.1.3) of the certificate a renewal dossier
// renews, in one transaction with its audit event. Only a renewal whose decision was "key
// update" may: otherwise the holder must come to a new face-to-face meeting (REG-6.3.1).
// The outbox item is an enrolment with params "request": "kur"; its payload is the
// certificate being renewed; OutboxDelivery sends it once given the keys on the token.
class KeyUpdateRequests {
    Q_DECLARE_TR_FUNCTIONS(KeyUpdateRequests)
public:
    KeyUpdateRequests(Database& db, const Clock& clock, const ProductCatalogue& catalogue,
                      OperatorIdentity actor);

    // The desk that sends the item itself at once (the holder's token open in front of it)
    // holds it from the start, so that no background sender claims it without the keys; if
    // the desk stops, the lease runs out and the item waits in the queue for the token.
    struct DeskClaim {
        QString claimer;
        int leaseSeconds = 120;
    };

    // Checks the renewal (REG-6.3.1), moves the dossier to "submitted to CA" and queues the
    // kur, all in one transaction with the audit events. With `claim`, the item comes back
    // already claimed (sending) for that claimer.
    Result<OutboxItem> queue(qint64 dossierId, const NewTokenKey& key,
                             const std::optional<DeskClaim>& claim = std::nullopt);
    // The renewal link of a dossier whose key update is allowed now, or why not (before the
    // holder's token is touched).
    Result<RenewalLink> checkAllowed(qint64 dossierId);
    // The key update of this dossier still waiting in the outbox (queued, or held by a sender
    // that stopped), to resume it with the key already generated on the token.
    Result<std::optional<OutboxItem>> waiting(qint64 dossierId);
    // Claims that waiting item for the desk; Conflict when a sender holds it now.
    Result<OutboxItem> claim(qint64 itemId, const DeskClaim& claim);

    // Where the item's new key is: token serial and CKA_ID.
    static NewTokenKey newKeyOf(const OutboxItem& item);

private:
    Status moveToCa(const Dossier& dossier);
    Status claimInTransaction(qint64 itemId, const DeskClaim& claim, const QDateTime& now);

    Database& m_db;
    const Clock& m_clock;
    const ProductCatalogue& m_catalogue;
    OperatorIdentity m_actor;
};

} // namespace guichet
