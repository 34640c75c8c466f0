#pragma once

#include "ca/CaOpenSsl.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <openssl/crmf.h>
#include <optional>

namespace guichet {

// OIDs Guichet puts in a CMP request's generalInfo (RFC 4210 5.1.1) so that a CA can
// recognise what is asked and a repeat of it.
namespace cmpoid {
// RFC 9483 4.1.1 / RFC 9480: id-it-certProfile, the certificate profile to issue.
inline constexpr const char* CertProfile = "1.3.6.1.5.5.7.4.21";
// Guichet's own (private arc of the training catalogue): the outbox's idempotency key
// (UTF8String) and the certificate usage (UTF8String). A CA that does not know them ignores
// them (RFC 4210 5.1.1.3: unknown generalInfo is ignored).
inline constexpr const char* IdempotencyKey = "1.3.6.1.4.1.99999.2.1";
inline constexpr const char* CertUsage = "1.3.6.1.4.1.99999.2.2";
// RFC 4210 5.1.3.1: password-based MAC.
inline constexpr const char* PasswordBasedMac = "1.2.840.113533.7.66.13";
} // namespace cmpoid

// What Debian 12's OpenSSL 3.0 does not expose about a received request (no getters for
// protectionAlg, generalInfo or the template's public key): read from the DER.
struct CmpRequestInfo {
    bool passwordBased = false;
    QByteArray transactionId;
    QHash<QString, QByteArray> generalInfo; // OID -> DER of the value
};

class CmpMessage {
public:
    static std::optional<CmpRequestInfo> inspect(const OSSL_CMP_MSG* message);
    // The text of a UTF8String value, or of the first UTF8String of a SEQUENCE OF them.
    static QString utf8Value(const QByteArray& der);
    // The public key of a CRMF certificate template ([6] IMPLICIT SubjectPublicKeyInfo).
    static openssl::PKey templatePublicKey(const OSSL_CRMF_MSG* request);
    // The reasonCode (RFC 5280 5.3.1) of a revocation request, 0 if absent.
    static int revocationReason(const OSSL_CMP_MSG* message);

    // generalInfo entries for a request.
    static OSSL_CMP_ITAV* utf8Itav(const char* oid, const QString& value, bool asSequence);

    static QByteArray der(const OSSL_CMP_MSG* message);
    static openssl::CmpMsg fromDer(const QByteArray& der);
};

} // namespace guichet
