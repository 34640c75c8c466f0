#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <openssl/evp.h>
#include <openssl/kdf.h>

namespace guichet::openssl {

// One owner per OpenSSL handle: no path frees by hand (STYLE.md, RAII for every C handle).
template <auto Free> struct Deleter {
    template <typename T> void operator()(T* handle) const { Free(handle); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX_free>>;
using Cipher = std::unique_ptr<EVP_CIPHER, Deleter<EVP_CIPHER_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using Md = std::unique_ptr<EVP_MD, Deleter<EVP_MD_free>>;
using Kdf = std::unique_ptr<EVP_KDF, Deleter<EVP_KDF_free>>;
using KdfCtx = std::unique_ptr<EVP_KDF_CTX, Deleter<EVP_KDF_CTX_free>>;

// OpenSSL's error queue, drained into one line for the log and the message. Called once,
// where an OpenSSL call failed, so the queue never leaks into an unrelated later call.
QString takeErrors();

// An internal error naming what failed; OpenSSL's own reasons are appended.
Error failure(const QString& what);

class Texts {
    Q_DECLARE_TR_FUNCTIONS(OpenSsl)
public:
    static QString failed(const QString& what, const QString& reason);
};

} // namespace guichet::openssl
