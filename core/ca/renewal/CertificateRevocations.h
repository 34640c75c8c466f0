#pragma once

#include "ca/TrainingCa.h"
#include "ca/outbox/OutboxItem.h"
#include "common/Operator.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace guichet {

class Clock;
class Database;
class ProductCatalogue;

// A certificate the operator may revoke from a dossier: one the dossier obtained, or, for a
// renewal dossier, the certificate it renews (issue 6, "Revocation").
struct RevocableCertificate {
    QString serialHex; // as the outbox and dossier_certificate store it (BN_bn2hex)
    QByteArray der;
    QString subject;
    QString commonName;
    QString issuer;
    QDateTime notAfterUtc;
    std::optional<QDateTime> revokedUtc;
    bool revocationPending = false; // a revocation waits in the outbox
    qint64 recordedInDossier = 0;   // the dossier whose records hold it
    bool renewed = false;           // the certificate this renewal dossier renews

    bool revocable() const { return !revokedUtc && !revocationPending; }
};

// Revocation by serial number: the operator names the certificate (RFC 5280 reasons), which
// matters once a dossier has several (a renewal: the certificate renewed and the new one).
// The request is queued in the outbox in one transaction with its audit event, for the
// dossier whose records hold the certificate, so the CA's answer lands there.
class CertificateRevocations {
    Q_DECLARE_TR_FUNCTIONS(CertificateRevocations)
public:
    CertificateRevocations(Database& db, const Clock& clock, const ProductCatalogue& catalogue,
                           OperatorIdentity actor);

    // Oldest first; the renewed certificate, when there is one, comes first.
    Result<QList<RevocableCertificate>> list(qint64 dossierId);
    // `serialHex` empty: the dossier's only certificate that can still be revoked; refused,
    // naming the serial numbers, when there are several.
    Result<OutboxItem> queue(qint64 dossierId, const QString& serialHex, RevocationReason reason);

    // "0x01:a2" or "01A2" -> "1A2": how serial numbers are compared.
    static QString normalisedSerial(const QString& serialHex);

private:
    Database& m_db;
    const Clock& m_clock;
    const ProductCatalogue& m_catalogue;
    OperatorIdentity m_actor;
};

} // namespace guichet
