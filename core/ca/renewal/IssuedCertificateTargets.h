#pragma once

#include "ca/outbox/CaRequests.h"
#include "common/Operator.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace guichet {

class Clock;
class Database;
class ProductCatalogue;

// A certificate the CA issued that is still to be written on the holder's token, and where:
// the token (by serial) and the key (by CKA_ID) recorded when the request was made.
struct IssuedCertificateTarget {
    qint64 dossierId = 0;
    CertificateForToken certificate;
    // The key update's outbox item (its params name the token and the new key, recorded when
    // the kur was queued); 0 for an enrolment's request kept at personalisation.
    qint64 keyUpdateItemId = 0;
    bool isKeyUpdate() const { return keyUpdateItemId != 0; }
};

// Finishes later what the token could not take at once (issue 6): an enrolment whose dialog
// was closed before the CA answered, or a key update whose last step, writing the new
// certificate beside the new key, failed (token pulled). The write itself runs on the token's
// thread (IssuedCertificateWriter); this side reads the target and records the outcome, on
// the thread that owns the database.
class IssuedCertificateTargets {
    Q_DECLARE_TR_FUNCTIONS(IssuedCertificateTargets)
public:
    IssuedCertificateTargets(Database& db, const Clock& clock, const ProductCatalogue& catalogue,
                             OperatorIdentity actor);

    // The dossier's certificate to write: the newest delivered key update's, else the one
    // answering the request kept at personalisation. A key update whose certificate is
    // already on the token (the dossier reached "certificate issued") is refused.
    Result<IssuedCertificateTarget> find(qint64 dossierId);

    // The certificate is on the token: a key update's dossier moves to "certificate issued"
    // (only now: the holder has the certificate), with its audit event, in one transaction;
    // with `tokenEvent`, the token's "certificate written" event goes in the same transaction.
    // An enrolment's dossier moved when the CA answered: nothing more to record.
    Status recordWritten(const IssuedCertificateTarget& target, const QJsonObject& tokenEvent = {});

private:
    Database& m_db;
    const Clock& m_clock;
    const ProductCatalogue& m_catalogue;
    OperatorIdentity m_actor;
};

} // namespace guichet
