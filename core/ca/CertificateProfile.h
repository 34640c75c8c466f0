#pragma once

#include "ca/IssueRequest.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <openssl/x509.h>

namespace guichet {

struct Product;

// The extensions a product and usage give a certificate: key usage, extended key usage,
// certificate policies, subjectAltName, and for eIDAS qualified products the ETSI QC
// statements (EN 319 412-5). Shared by the training CA and by the client's checks.
class CertificateProfile {
    Q_DECLARE_TR_FUNCTIONS(CertificateProfile)
public:
    // OIDs of EN 319 412-5 section 4.
    static constexpr const char* QcStatementsOid = "1.3.6.1.5.5.7.1.3";
    static constexpr const char* QcComplianceOid = "0.4.0.1862.1.1";
    static constexpr const char* QcSscdOid = "0.4.0.1862.1.4";
    static constexpr const char* QcTypeOid = "0.4.0.1862.1.6";
    static constexpr const char* QcTypeEsignOid = "0.4.0.1862.1.6.1";
    static constexpr const char* QcTypeEsealOid = "0.4.0.1862.1.6.2";

    static bool isQualified(const Product& product);

    // Adds the product's extensions to `cert` (whose issuer is `issuer`), with the policy OID
    // of the CA profile.
    static Status apply(X509* cert, const X509* issuer, const Product& product,
                        const IssueRequest& request, const QString& policyOid);

    // The DER of a qcStatements extension value (SEQUENCE OF QCStatement), built with
    // OpenSSL's ASN.1 encoder.
    static Result<QByteArray> qcStatements(const Product& product, const QString& usage);
};

} // namespace guichet
