#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCryptographicHash>

namespace guichet {

// A private key that signs digests on request, wherever it lives: the operator's smart card
// through PKCS#11 (token/Pkcs11KeySigner) or, for the training CA and tests, memory
// (crypto/SoftwareKeySigner). CAdES signatures, audit checkpoints and the challenge of a
// card login all sign through this, so none of them knows where the key is.
class KeySigner {
public:
    virtual ~KeySigner() = default;

    // The signer's X.509 certificate, DER.
    virtual QByteArray certificateDer() const = 0;

    // Signs `hash`, a digest already computed with `algorithm` (Sha256, Sha384 or Sha512):
    // RSA keys give a PKCS#1 v1.5 signature over the DigestInfo, EC keys an ECDSA-Sig-Value
    // (DER), as X.509 and CMS expect.
    virtual Result<QByteArray> signDigest(QCryptographicHash::Algorithm algorithm,
                                          const QByteArray& hash) = 0;

    // The digest this key signs with: SHA-384 for P-384, SHA-256 otherwise.
    virtual QCryptographicHash::Algorithm preferredDigest() const
    {
        return QCryptographicHash::Sha256;
    }
};

} // namespace guichet
