// The card key as an EVP_PKEY. The deprecated RSA_METHOD / EC_KEY_METHOD plumbing this needs
// in OpenSSL 3.0 (no pkcs11-provider in Debian 12) already lives in one place,
// ca/renewal/SignerKey.cpp, which the key update uses for the holder's token; this file adds
// what the operator's credential needs on top, with no deprecated call of its own: the key
// owns its signer (so the sender can keep the key alone), and the card's reason for a refusal
// is kept for the message, where OpenSSL only says that signing failed.
#include "ca/protection/KeySignerPkey.h"

#include "ca/renewal/SignerKey.h"
#include "crypto/KeySigner.h"

#include <mutex>
#include <openssl/rand.h>

namespace guichet {
namespace {

// Forwards to the operator's signer and remembers why it last refused.
class RecordingSigner final : public KeySigner {
public:
    explicit RecordingSigner(std::shared_ptr<KeySigner> signer) : m_signer(std::move(signer)) {}

    QByteArray certificateDer() const override { return m_signer->certificateDer(); }
    QCryptographicHash::Algorithm preferredDigest() const override
    {
        return m_signer->preferredDigest();
    }
    Result<QByteArray> signDigest(QCryptographicHash::Algorithm algorithm,
                                  const QByteArray& hash) override
    {
        Result<QByteArray> signature = m_signer->signDigest(algorithm, hash);
        const std::lock_guard guard(m_lock);
        if (signature) {
            m_lastError.reset();
        } else {
            m_lastError = signature.error();
        }
        return signature;
    }
    std::optional<Error> takeLastError()
    {
        const std::lock_guard guard(m_lock);
        std::optional<Error> error = std::move(m_lastError);
        m_lastError.reset();
        return error;
    }

private:
    std::shared_ptr<KeySigner> m_signer;
    std::mutex m_lock;
    std::optional<Error> m_lastError;
};

void freeRecordingSigner(void*, void* ptr, CRYPTO_EX_DATA*, int, long, void*)
{
    delete static_cast<RecordingSigner*>(ptr);
}

// The EVP_PKEY's own ex_data slot (not deprecated): freed with the key, after its last use.
int signerIndex()
{
    static const int index = CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_EVP_PKEY, 0, nullptr, nullptr,
                                                     nullptr, freeRecordingSigner);
    return index;
}

Error unusable(const QString& reason)
{
    return Error{
        ErrorCode::InvalidInput,
        KeySignerPkey::tr("The operator's credential cannot protect CMP messages: %1").arg(reason)};
}

} // namespace

Result<openssl::PKey> KeySignerPkey::make(std::shared_ptr<KeySigner> signer)
{
    if (!signer) {
        return unusable(tr("no signer was given."));
    }
    openssl::X509Ptr certificate = openssl::certificateFromDer(signer->certificateDer());
    const EVP_PKEY* publicKey = certificate ? X509_get0_pubkey(certificate.get()) : nullptr;
    const QByteArray publicKeyInfo =
        publicKey != nullptr ? openssl::toDer(publicKey, i2d_PUBKEY) : QByteArray();
    if (publicKeyInfo.isEmpty()) {
        ERR_clear_error();
        return unusable(tr("its certificate is not readable."));
    }
    auto recording = std::make_unique<RecordingSigner>(std::move(signer));
    auto key = SignerKey::make(*recording, publicKeyInfo);
    if (!key) {
        return unusable(key.error().message);
    }
    if (signerIndex() < 0 ||
        EVP_PKEY_set_ex_data(key->get(), signerIndex(), recording.get()) != 1) {
        return openssl::failure(tr("attaching the operator's card to its protection key"));
    }
    recording.release(); // the key frees it (freeRecordingSigner)
    return key;
}

Result<bool> KeySignerPkey::matchesCertificate(EVP_PKEY* key, X509* certificate)
{
    if (key == nullptr || EVP_PKEY_get_ex_data(key, signerIndex()) == nullptr) {
        return true;
    }
    unsigned char challenge[32];
    if (certificate == nullptr || RAND_bytes(challenge, sizeof challenge) != 1) {
        return openssl::failure(tr("checking the operator's card key against its certificate"));
    }
    openssl::MdCtx signing(EVP_MD_CTX_new());
    size_t length = 0;
    QByteArray signature;
    bool signedIt =
        signing && EVP_DigestSignInit(signing.get(), nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestSign(signing.get(), nullptr, &length, challenge, sizeof challenge) == 1;
    if (signedIt) {
        signature.resize(static_cast<qsizetype>(length));
        signedIt = EVP_DigestSign(signing.get(), reinterpret_cast<unsigned char*>(signature.data()),
                                  &length, challenge, sizeof challenge) == 1;
        signature.resize(static_cast<qsizetype>(length));
    }
    if (!signedIt) {
        ERR_clear_error();
        if (auto refused = takeSignerError(key)) {
            return *refused; // the card could not sign now (locked, removed)
        }
        return false; // it signed, but not with a key of the certificate's kind
    }
    openssl::MdCtx verifying(EVP_MD_CTX_new());
    const bool matches =
        verifying &&
        EVP_DigestVerifyInit(verifying.get(), nullptr, EVP_sha256(), nullptr,
                             X509_get0_pubkey(certificate)) == 1 &&
        EVP_DigestVerify(verifying.get(),
                         reinterpret_cast<const unsigned char*>(signature.constData()),
                         static_cast<size_t>(signature.size()), challenge, sizeof challenge) == 1;
    ERR_clear_error();
    return matches;
}

std::optional<Error> KeySignerPkey::takeSignerError(EVP_PKEY* key)
{
    auto* recording = key != nullptr
                          ? static_cast<RecordingSigner*>(EVP_PKEY_get_ex_data(key, signerIndex()))
                          : nullptr;
    return recording != nullptr ? recording->takeLastError() : std::nullopt;
}

} // namespace guichet
