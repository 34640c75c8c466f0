#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QCoreApplication>

namespace guichet {

// scrypt (RFC 7914), the memory-hard KDF that turns a supervisor's passphrase into a
// key-encryption key. Memory use is 128 * r * N bytes.
struct ScryptParameters {
    // N = 2^17, r = 8, p = 1: 128 MiB, and 0.45-0.55 s of CPU on the reference 2-core
    // machine (OpenSSL 3.0; bench/DocumentBench.cpp, ScryptDefaultParameters); 2^15 took
    // about 0.1 s. Unlocking happens once per session, so the stronger setting costs little.
    quint64 n = quint64(1) << 17;
    quint32 r = 8;
    quint32 p = 1;

    // Refuses parameters that are weak, or so large that a tampered settings row could make
    // the workstation exhaust its memory.
    bool isAcceptable() const;
};

class Scrypt {
    Q_DECLARE_TR_FUNCTIONS(Scrypt)
public:
    static Result<SecretBytes> derive(QByteArrayView passphrase, QByteArrayView salt,
                                      const ScryptParameters& parameters, std::size_t keyLength);
};

} // namespace guichet
