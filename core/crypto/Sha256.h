#pragma once

#include "crypto/OpenSsl.h"

#include <QByteArray>
#include <QByteArrayView>

namespace guichet {

// SHA-256 through OpenSSL's EVP interface, in one call or fed in pieces.
class Sha256 {
public:
    static constexpr qsizetype Size = 32;

    Sha256();
    void add(QByteArrayView bytes);
    // The digest (32 bytes); empty if OpenSSL failed, which callers treat as an internal error.
    QByteArray finish();

    static QByteArray hash(QByteArrayView bytes);
    static QString hashHex(QByteArrayView bytes)
    {
        return QString::fromLatin1(hash(bytes).toHex());
    }

private:
    openssl::MdCtx m_ctx;
    bool m_ok = false;
};

} // namespace guichet
