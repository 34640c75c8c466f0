#pragma once

#include "common/Result.h"
#include "crypto/KeySigner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet {

// CAdES baseline B (ETSI EN 319 122-1): a detached CMS SignedData with the signing time and
// the signing-certificate-v2 attribute, made through OpenSSL's CMS_CADES. `openssl cms
// -verify -binary -content FILE -inform DER` verifies what this produces.
class CadesSigner {
    Q_DECLARE_TR_FUNCTIONS(CadesSigner)
public:
    // DER SignedData over `content`, which is not embedded; signed with `signer`'s key,
    // whose certificate is embedded. `signingTime` goes in the signing-time attribute (UTC).
    static Result<QByteArray> signDetached(KeySigner& signer, const QByteArray& content,
                                           const QDateTime& signingTime);
};

// What verifying a detached signature found. `valid` means the content is unchanged since
// it was signed and the signature is the certificate's key's; `trusted` that the certificate
// chains to one of the given anchors and was valid at the signing time, and that the
// signature is CAdES baseline B (signing time present, signing-certificate-v2 matching).
struct SignatureReport {
    bool valid = false;
    bool trusted = false;
    bool cadesSigningCertificate = false; // signing-certificate-v2 present and matching
    QString signerName;                   // the signer certificate's subject, one line
    QByteArray signerCertificateDer;
    QDateTime signingTimeUtc;
    QString problem; // translated; empty when valid and trusted
};

class CadesVerifier {
    Q_DECLARE_TR_FUNCTIONS(CadesVerifier)
public:
    // Never fails for a bad signature (that is a report with valid = false and a problem);
    // fails only for input that is not a CMS SignedData at all.
    static Result<SignatureReport> verifyDetached(const QByteArray& signatureDer,
                                                  const QByteArray& content,
                                                  const QList<QByteArray>& trustAnchorsDer);
};

} // namespace guichet
