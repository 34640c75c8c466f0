#pragma once

#include "ca/CaOpenSsl.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace guichet {

class KeySigner;

// An OpenSSL key whose private operations are done by a KeySigner (a key on the holder's
// token through PKCS#11, or in memory for the training CA and tests), so that OpenSSL's CMP
// client can protect a key update request with the current certificate's key and sign the
// proof of possession with the new key without either leaving the token (RFC 9483 4.1.3).
// Built as an OpenSSL "foreign" key (RSA_METHOD / EC_KEY_METHOD), which OpenSSL 3.0 signs
// through its legacy path and so through the callbacks here.
//
// The signer must outlive the key, and the key be used on the signer's thread (a token
// session belongs to the token worker's thread).
class SignerKey {
    Q_DECLARE_TR_FUNCTIONS(SignerKey)
public:
    // `publicKeyInfo`: the key's DER SubjectPublicKeyInfo (RSA or EC).
    static Result<openssl::PKey> make(KeySigner& signer, const QByteArray& publicKeyInfo);
};

} // namespace guichet
