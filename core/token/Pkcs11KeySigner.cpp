#include "token/Pkcs11KeySigner.h"

#include "token/TokenSession.h"

namespace guichet {

Pkcs11KeySigner::Pkcs11KeySigner(TokenSession& session, QByteArray keyId, KeyAlgorithm algorithm,
                                 QByteArray certificateDer)
    : m_session(session), m_keyId(std::move(keyId)), m_algorithm(algorithm),
      m_certificate(std::move(certificateDer))
{
}

Result<QByteArray> Pkcs11KeySigner::signDigest(QCryptographicHash::Algorithm algorithm,
                                               const QByteArray& hash)
{
    return m_session.signDigest(m_keyId, m_algorithm, algorithm, hash);
}

QCryptographicHash::Algorithm Pkcs11KeySigner::preferredDigest() const
{
    // A hash as strong as the curve, as SoftwareKeySigner chooses for an in-memory key.
    return m_algorithm == KeyAlgorithm::EcP384 ? QCryptographicHash::Sha384
                                               : QCryptographicHash::Sha256;
}

} // namespace guichet
