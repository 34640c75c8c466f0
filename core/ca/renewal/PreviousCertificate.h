#pragma once

#include "common/Result.h"
#include "domain/Dossier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace guichet {

class ProductCatalogue;

// The certificate a holder brings to renew (issue 6, "Renewal"): read from a file (PEM or
// DER) or from the holder's token, and what the new dossier can take from it. The subject
// names the holder as the identity document did (ETSI EN 319 412-2 4.2.4), so given names,
// surname and organisation are prefilled from it; the rest the operator completes.
struct PreviousCertificate {
    QByteArray der;
    QString serialHex; // as the outbox stores it (BN_bn2hex)
    QString issuer;    // RFC 2253 one-line form
    QString subject;
    QDateTime notBeforeUtc;
    QDateTime notAfterUtc;
    QString commonName;
    QString givenName;
    QString surname;
    QString organisation;
    QString organisationIdentifier; // "NTRFR-<SIREN>" (ETSI EN 319 412-1 5.1.4)
    QString country;
    QString email; // subjectAltName rfc822Name
    QStringList policyOids;

    bool isExpiredAt(const QDateTime& nowUtc) const { return nowUtc > notAfterUtc; }
    // The SIREN in the organisation identifier, empty when there is none.
    QString siren() const;
    // The catalogue product whose policy OID (at any CA profile) the certificate carries.
    QString productId(const ProductCatalogue& catalogue) const;
    // A draft dossier for the renewal: holder and organisation from the subject, the product
    // from the policy OID (its first usage when the certificate does not say more).
    Dossier draft(const ProductCatalogue& catalogue, const QString& caProfileId) const;
};

class PreviousCertificates {
    Q_DECLARE_TR_FUNCTIONS(PreviousCertificates)
public:
    // PEM ("-----BEGIN CERTIFICATE-----") or DER.
    static Result<PreviousCertificate> read(const QByteArray& bytes);
    static Result<PreviousCertificate> fromFile(const QString& path);
};

} // namespace guichet
