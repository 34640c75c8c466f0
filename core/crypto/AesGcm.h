#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace guichet {

// AES-256-GCM (NIST SP 800-38D) with a 96-bit nonce and a 128-bit tag. The caller owns the
// output buffers so that a plaintext can land directly in a SecretBytes.
class AesGcm {
    Q_DECLARE_TR_FUNCTIONS(AesGcm)
public:
    static constexpr std::size_t KeySize = 32;
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype TagSize = 16;

    // Writes plaintext.size() bytes to `ciphertext` and TagSize bytes to `tag`.
    static Status encrypt(const SecretBytes& key, QByteArrayView nonce, QByteArrayView aad,
                          QByteArrayView plaintext, char* ciphertext, char* tag);

    // Writes ciphertext.size() bytes to `plaintext`. When the tag does not match (wrong key,
    // or any altered byte of nonce, associated data, ciphertext or tag), the output is wiped
    // and an IncompatibleData error says the data was altered: a failed check never yields data.
    static Status decrypt(const SecretBytes& key, QByteArrayView nonce, QByteArrayView aad,
                          QByteArrayView ciphertext, QByteArrayView tag, char* plaintext);

    static QString tamperedMessage();
};

} // namespace guichet
