#pragma once

#include "common/Result.h"
#include "token/TokenTypes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace guichet {

// The OpenSSL side of what a token holds: public keys from PKCS#11 attributes, signatures
// in the encodings X.509 expects, and the fields of a certificate C_CreateObject needs.
class TokenCrypto {
    Q_DECLARE_TR_FUNCTIONS(TokenCrypto)
public:
    // DER OIDs of the curves, as CKA_EC_PARAMS holds them.
    static QByteArray ecParams(KeyAlgorithm algorithm);
    static std::optional<KeyAlgorithm> curveFromParams(const QByteArray& params);

    // DER SubjectPublicKeyInfo from CKA_EC_PARAMS + CKA_EC_POINT (an OCTET STRING, or the
    // raw point as some modules give it), or from CKA_MODULUS + CKA_PUBLIC_EXPONENT.
    static Result<QByteArray> spkiFromEc(const QByteArray& params, const QByteArray& point);
    static Result<QByteArray> spkiFromRsa(const QByteArray& modulus, const QByteArray& exponent);

    // PKCS#11 gives ECDSA signatures as r||s; X.509 and PKCS#10 want ECDSA-Sig-Value DER.
    static Result<QByteArray> ecdsaRawToDer(const QByteArray& raw);
    static QByteArray digest(const QByteArray& data, bool sha384);

    struct CertificateFields {
        QByteArray subject;       // DER Name
        QByteArray issuer;        // DER Name
        QByteArray serial;        // DER INTEGER
        QByteArray publicKeyInfo; // DER SubjectPublicKeyInfo
    };
    static Result<CertificateFields> certificateFields(const QByteArray& certificateDer);

    // True when `signature` over `data` verifies with the key `publicKeyInfo` (SHA-256, or
    // SHA-384 for P-384).
    static Result<bool> verify(const QByteArray& publicKeyInfo, const QByteArray& data,
                               const QByteArray& signature, KeyAlgorithm algorithm);
};

} // namespace guichet
