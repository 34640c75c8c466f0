#pragma once

#include "ca/CaOpenSsl.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace guichet {

class KeySigner;

// An EVP_PKEY whose private operation is a KeySigner's signDigest(): the operator's key stays
// on the card, yet OpenSSL's CMP (OSSL_CMP_CTX_set1_pkey) protects messages with it
// (RFC 9483 3.2, signature-based protection). The public parts come from the signer's
// certificate; RSA (PKCS#1 v1.5) and EC keys (ECDSA) are supported.
//
// Each signature calls the signer on the calling thread: give a signer that may be used from
// there (SessionWorker::remoteSigner marshals to the card's thread).
class KeySignerPkey {
    Q_DECLARE_TR_FUNCTIONS(KeySignerPkey)
public:
    static Result<openssl::PKey> make(std::shared_ptr<KeySigner> signer);

    // Why the signer last refused to sign through `key` (card removed, session locked), once:
    // OpenSSL itself only reports that the signature failed. Nothing for other keys.
    static std::optional<Error> takeSignerError(EVP_PKEY* key);

    // For a key made here: signs a fresh random digest through the card and checks it with
    // `certificate`'s public key, so that a card key that is not the certificate's is refused
    // before anything is sent (a CA only answers "bad request" to a signature it cannot
    // verify). An Error when the card did not sign (see takeSignerError); true for keys not
    // made here, which OpenSSL holds and checks itself.
    static Result<bool> matchesCertificate(EVP_PKEY* key, X509* certificate);
};

} // namespace guichet
