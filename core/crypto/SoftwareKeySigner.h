#pragma once

#include "crypto/KeySigner.h"

#include <QCoreApplication>
#include <memory>

struct evp_pkey_st;

namespace guichet {

// A key held in memory: the training CA's own keys and tests. Operators' keys never are.
class SoftwareKeySigner final : public KeySigner {
    Q_DECLARE_TR_FUNCTIONS(SoftwareKeySigner)
public:
    // `privateKeyPem`: an unencrypted PKCS#8 or traditional PEM key; `certificateDer` its
    // certificate. Refused when the two do not match.
    static Result<std::unique_ptr<SoftwareKeySigner>> fromPem(const QByteArray& privateKeyPem,
                                                              const QByteArray& certificateDer);
    ~SoftwareKeySigner() override;

    QByteArray certificateDer() const override { return m_certificate; }
    Result<QByteArray> signDigest(QCryptographicHash::Algorithm algorithm,
                                  const QByteArray& hash) override;
    QCryptographicHash::Algorithm preferredDigest() const override { return m_digest; }

private:
    SoftwareKeySigner(evp_pkey_st* key, QByteArray certificate);
    evp_pkey_st* m_key;
    QByteArray m_certificate;
    QCryptographicHash::Algorithm m_digest = QCryptographicHash::Sha256;
};

} // namespace guichet
