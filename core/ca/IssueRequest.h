#pragma once

#include <QString>
#include <QStringList>

namespace guichet {

// What the dossier says the certificate must be. The subject attributes named here are
// forced onto the certificate, whatever the CSR says (the CSR may come from an applicant).
struct IssueRequest {
    QString productId;  // resources/products.json
    QString usage;      // "signature", "authentication", "signature-authentication", "seal",
                        // "server-authentication"
    QString commonName; // empty: keep the CSR's
    QString organisation;
    QString organisationIdentifier; // e.g. "NTRFR-123456789" (EN 319 412-1 5.1.4)
    QString country;                // ISO 3166 alpha-2
    QStringList dnsNames;           // server-authentication: subjectAltName dNSName
    // Chosen by the caller (the outbox later): the same key always gets the same answer,
    // never a second certificate.
    QString idempotencyKey;
};

} // namespace guichet
