#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace guichet {

// Envelope encryption: each object gets a fresh random 256-bit data key that encrypts it
// with AES-256-GCM; the data key is itself encrypted (wrapped) with AES-256-GCM under the
// master key. Re-keying the master key later only rewraps 32-byte keys.
//
// Format version 1 (all sizes in bytes, 101 bytes of overhead):
//   0  magic "GENV" | 4 version (1) | 5 master key id (8) | 13 wrap nonce (12)
//   25 wrapped data key (32) | 57 wrap tag (16) | 73 content nonce (12)
//   85 ciphertext (n) | 85+n content tag (16)
// The wrap is authenticated over magic, version and key id; the content over the whole
// 85-byte header and the caller's associated data. So one changed byte anywhere, or a
// blob moved to another record (other associated data), fails the check on open.
class Envelope {
    Q_DECLARE_TR_FUNCTIONS(Envelope)
public:
    static constexpr quint8 FormatVersion = 1;
    static constexpr qsizetype HeaderSize = 85;
    static constexpr qsizetype Overhead = HeaderSize + 16;
    static constexpr qsizetype KeyIdSize = 8;

    static Result<QByteArray> seal(const SecretBytes& masterKey, QByteArrayView plaintext,
                                   QByteArrayView associatedData);
    static Result<QByteArray> open(const SecretBytes& masterKey, QByteArrayView blob,
                                   QByteArrayView associatedData);
    static Result<SecretBytes> openSecret(const SecretBytes& masterKey, QByteArrayView blob,
                                          QByteArrayView associatedData);

    // A short public fingerprint of a master key, recorded in every blob so that a blob
    // sealed under another key is named as such.
    static QByteArray keyId(const SecretBytes& masterKey);
    // The key id a blob names, or empty if it is not an envelope.
    static QByteArray keyIdOf(QByteArrayView blob);

private:
    static Status openInto(const SecretBytes& masterKey, QByteArrayView blob,
                           QByteArrayView associatedData, char* plaintext);
};

} // namespace guichet
