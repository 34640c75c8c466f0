#include "crypto/AesGcm.h"

#include "crypto/OpenSsl.h"

#include <climits>
#include <openssl/core_names.h>
#include <openssl/crypto.h>

namespace guichet {
namespace {

// Fetched once: an explicit fetch avoids OpenSSL 3's implicit lookup on every init.
const EVP_CIPHER* aes256Gcm()
{
    static const openssl::Cipher cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    return cipher.get();
}

// EVP takes int lengths: feed large buffers in slices well below INT_MAX.
constexpr qsizetype kSlice = qsizetype(1) << 30;

template <typename Update> bool updateInSlices(QByteArrayView input, char* output, Update update)
{
    for (qsizetype offset = 0; offset < input.size(); offset += kSlice) {
        const int length = int(std::min(kSlice, input.size() - offset));
        int written = 0;
        if (!update(reinterpret_cast<unsigned char*>(output + offset), &written,
                    reinterpret_cast<const unsigned char*>(input.data() + offset), length) ||
            written != length) {
            return false;
        }
    }
    return true;
}

bool feedAad(EVP_CIPHER_CTX* ctx, QByteArrayView aad, bool encrypt)
{
    for (qsizetype offset = 0; offset < aad.size(); offset += kSlice) {
        const int length = int(std::min(kSlice, aad.size() - offset));
        int ignored = 0;
        const auto* in = reinterpret_cast<const unsigned char*>(aad.data() + offset);
        const int ok = encrypt ? EVP_EncryptUpdate(ctx, nullptr, &ignored, in, length)
                               : EVP_DecryptUpdate(ctx, nullptr, &ignored, in, length);
        if (ok != 1) {
            return false;
        }
    }
    return true;
}

Status checkSizes(const SecretBytes& key, QByteArrayView nonce)
{
    if (key.size() != AesGcm::KeySize || nonce.size() != AesGcm::NonceSize) {
        return Error{ErrorCode::Internal, AesGcm::tr("AES-256-GCM needs a 32-byte key and a "
                                                     "12-byte nonce.")};
    }
    return Status::success();
}

} // namespace

QString AesGcm::tamperedMessage()
{
    return tr("The protected data failed its integrity check: it was altered or damaged, or "
              "sealed under another key. It was not used.");
}

Status AesGcm::encrypt(const SecretBytes& key, QByteArrayView nonce, QByteArrayView aad,
                       QByteArrayView plaintext, char* ciphertext, char* tag)
{
    if (Status sizes = checkSizes(key, nonce); !sizes) {
        return sizes;
    }
    openssl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || aes256Gcm() == nullptr ||
        EVP_EncryptInit_ex2(ctx.get(), aes256Gcm(), key.data(),
                            reinterpret_cast<const unsigned char*>(nonce.data()), nullptr) != 1 ||
        !feedAad(ctx.get(), aad, true) ||
        !updateInSlices(plaintext, ciphertext,
                        [&](unsigned char* out, int* written, const unsigned char* in, int len) {
                            return EVP_EncryptUpdate(ctx.get(), out, written, in, len) == 1;
                        })) {
        return openssl::failure(tr("encrypting"));
    }
    int finalLength = 0;
    unsigned char none[16];
    if (EVP_EncryptFinal_ex(ctx.get(), none, &finalLength) != 1 || finalLength != 0 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(TagSize), tag) != 1) {
        return openssl::failure(tr("encrypting"));
    }
    return Status::success();
}

Status AesGcm::decrypt(const SecretBytes& key, QByteArrayView nonce, QByteArrayView aad,
                       QByteArrayView ciphertext, QByteArrayView tag, char* plaintext)
{
    if (Status sizes = checkSizes(key, nonce); !sizes) {
        return sizes;
    }
    if (tag.size() != TagSize) {
        return Error{ErrorCode::IncompatibleData, tamperedMessage()};
    }
    openssl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    // The tag is set before the data so that OpenSSL checks it in Final; a const_cast is
    // needed only because the ctrl interface is not const-correct.
    if (!ctx || aes256Gcm() == nullptr ||
        EVP_DecryptInit_ex2(ctx.get(), aes256Gcm(), key.data(),
                            reinterpret_cast<const unsigned char*>(nonce.data()), nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(TagSize),
                            const_cast<char*>(tag.data())) != 1 ||
        !feedAad(ctx.get(), aad, false) ||
        !updateInSlices(ciphertext, plaintext,
                        [&](unsigned char* out, int* written, const unsigned char* in, int len) {
                            return EVP_DecryptUpdate(ctx.get(), out, written, in, len) == 1;
                        })) {
        OPENSSL_cleanse(plaintext, std::size_t(ciphertext.size()));
        return openssl::failure(tr("decrypting"));
    }
    int finalLength = 0;
    unsigned char none[16];
    if (EVP_DecryptFinal_ex(ctx.get(), none, &finalLength) != 1) {
        // Authentication failed: nothing decrypted may be used.
        (void)openssl::takeErrors();
        OPENSSL_cleanse(plaintext, std::size_t(ciphertext.size()));
        return Error{ErrorCode::IncompatibleData, tamperedMessage()};
    }
    return Status::success();
}

} // namespace guichet
