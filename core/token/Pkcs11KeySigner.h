#pragma once

#include "crypto/KeySigner.h"
#include "token/TokenTypes.h"

#include <QCoreApplication>

namespace guichet {

class TokenSession;

// A key on a token, through a logged-in session the caller keeps open: CKM_RSA_PKCS over
// the DigestInfo for RSA, CKM_ECDSA over the hash for EC (r||s turned into DER). Borrows the
// session; the session must outlive the signer.
class Pkcs11KeySigner final : public KeySigner {
    Q_DECLARE_TR_FUNCTIONS(Pkcs11KeySigner)
public:
    Pkcs11KeySigner(TokenSession& session, QByteArray keyId, KeyAlgorithm algorithm,
                    QByteArray certificateDer);

    QByteArray certificateDer() const override { return m_certificate; }
    Result<QByteArray> signDigest(QCryptographicHash::Algorithm algorithm,
                                  const QByteArray& hash) override;
    QCryptographicHash::Algorithm preferredDigest() const override;

private:
    TokenSession& m_session;
    QByteArray m_keyId;
    KeyAlgorithm m_algorithm;
    QByteArray m_certificate;
};

} // namespace guichet
