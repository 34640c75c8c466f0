#pragma once

#include "audit/AuditLog.h"
#include "ca/outbox/CaRequests.h"

#include <QCoreApplication>

namespace guichet {

class RenewalService;

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

    Result<OutboxItem> queue(qint64 dossierId, const NewTokenKey& key);

    // Where the item's new key is: token serial and CKA_ID.
    static NewTokenKey newKeyOf(const OutboxItem& item);

private:
    Database& m_db;
    const Clock& m_clock;
    const ProductCatalogue& m_catalogue;
    OperatorIdentity m_actor;
};

} // namespace guichet
