#include "crypto/Envelope.h"

#include "crypto/AesGcm.h"
#include "crypto/SecureRandom.h"
#include "crypto/Sha256.h"

#include <cstring>

namespace guichet {
namespace {

constexpr char kMagic[4] = {'G', 'E', 'N', 'V'};
constexpr qsizetype kVersionAt = 4;
constexpr qsizetype kKeyIdAt = 5;
constexpr qsizetype kWrapNonceAt = 13;
constexpr qsizetype kWrappedKeyAt = 25;
constexpr qsizetype kWrapTagAt = 57;
constexpr qsizetype kNonceAt = 73;
constexpr qsizetype kDataKeySize = 32;
static_assert(kNonceAt + AesGcm::NonceSize == Envelope::HeaderSize);
static_assert(kWrapTagAt + AesGcm::TagSize == kNonceAt);

QByteArray concat(QByteArrayView a, QByteArrayView b)
{
    QByteArray out;
    out.reserve(a.size() + b.size());
    out.append(a).append(b);
    return out;
}

} // namespace

QByteArray Envelope::keyId(const SecretBytes& masterKey)
{
    Sha256 sha;
    sha.add("guichet.master-key-id.v1");
    sha.add(masterKey.view());
    return sha.finish().left(KeyIdSize);
}

QByteArray Envelope::keyIdOf(QByteArrayView blob)
{
    if (blob.size() < Overhead || std::memcmp(blob.data(), kMagic, sizeof kMagic) != 0) {
        return {};
    }
    return blob.sliced(kKeyIdAt, KeyIdSize).toByteArray();
}

Result<QByteArray> Envelope::seal(const SecretBytes& masterKey, QByteArrayView plaintext,
                                  QByteArrayView associatedData)
{
    auto dataKey = SecureRandom::secret(kDataKeySize);
    auto nonces = SecureRandom::bytes(2 * AesGcm::NonceSize);
    if (!dataKey) {
        return dataKey.error();
    }
    if (!nonces) {
        return nonces.error();
    }
    QByteArray blob(Overhead + plaintext.size(), Qt::Uninitialized);
    char* out = blob.data();
    std::memcpy(out, kMagic, sizeof kMagic);
    out[kVersionAt] = char(FormatVersion);
    const QByteArray id = keyId(masterKey);
    std::memcpy(out + kKeyIdAt, id.constData(), KeyIdSize);
    std::memcpy(out + kWrapNonceAt, nonces->constData(), AesGcm::NonceSize);
    std::memcpy(out + kNonceAt, nonces->constData() + AesGcm::NonceSize, AesGcm::NonceSize);

    const QByteArrayView header(out, HeaderSize);
    if (Status wrapped = AesGcm::encrypt(masterKey, header.sliced(kWrapNonceAt, AesGcm::NonceSize),
                                         header.first(kWrapNonceAt), dataKey->view(),
                                         out + kWrappedKeyAt, out + kWrapTagAt);
        !wrapped) {
        return wrapped.error();
    }
    const QByteArray aad = concat(header, associatedData);
    if (Status sealed =
            AesGcm::encrypt(*dataKey, header.sliced(kNonceAt, AesGcm::NonceSize), aad, plaintext,
                            out + HeaderSize, out + HeaderSize + plaintext.size());
        !sealed) {
        return sealed.error();
    }
    return blob;
}

Status Envelope::openInto(const SecretBytes& masterKey, QByteArrayView blob,
                          QByteArrayView associatedData, char* plaintext)
{
    // Every refusal says the data may have been altered: from outside, a damaged header
    // and a forged one look the same, and neither may be shown as a document.
    if (blob.size() < Overhead || std::memcmp(blob.data(), kMagic, sizeof kMagic) != 0) {
        return Error{ErrorCode::IncompatibleData,
                     tr("The data is not a Guichet encrypted object, or it was altered.")};
    }
    const auto version = quint8(blob[kVersionAt]);
    if (version != FormatVersion) {
        return Error{ErrorCode::IncompatibleData,
                     tr("The encrypted object has format version %1, which this Guichet does "
                        "not know: it was written by a newer version, or it was altered.")
                         .arg(version)};
    }
    const QByteArray expectedId = keyId(masterKey);
    if (blob.sliced(kKeyIdAt, KeyIdSize) != QByteArrayView(expectedId)) {
        return Error{
            ErrorCode::IncompatibleData,
            tr("The encrypted object names master key %1, not this workstation's key "
               "%2: it was sealed under another key, or it was altered.")
                .arg(QString::fromLatin1(blob.sliced(kKeyIdAt, KeyIdSize).toByteArray().toHex()),
                     QString::fromLatin1(expectedId.toHex()))};
    }
    SecretBytes dataKey(kDataKeySize);
    if (Status unwrapped = AesGcm::decrypt(
            masterKey, blob.sliced(kWrapNonceAt, AesGcm::NonceSize), blob.first(kWrapNonceAt),
            blob.sliced(kWrappedKeyAt, kDataKeySize), blob.sliced(kWrapTagAt, AesGcm::TagSize),
            reinterpret_cast<char*>(dataKey.data()));
        !unwrapped) {
        return unwrapped;
    }
    const qsizetype length = blob.size() - Overhead;
    const QByteArray aad = concat(blob.first(HeaderSize), associatedData);
    return AesGcm::decrypt(dataKey, blob.sliced(kNonceAt, AesGcm::NonceSize), aad,
                           blob.sliced(HeaderSize, length),
                           blob.sliced(HeaderSize + length, AesGcm::TagSize), plaintext);
}

Result<QByteArray> Envelope::open(const SecretBytes& masterKey, QByteArrayView blob,
                                  QByteArrayView associatedData)
{
    QByteArray plaintext(std::max<qsizetype>(0, blob.size() - Overhead), Qt::Uninitialized);
    if (Status opened = openInto(masterKey, blob, associatedData, plaintext.data()); !opened) {
        return opened.error();
    }
    return plaintext;
}

Result<SecretBytes> Envelope::openSecret(const SecretBytes& masterKey, QByteArrayView blob,
                                         QByteArrayView associatedData)
{
    SecretBytes plaintext(std::size_t(std::max<qsizetype>(0, blob.size() - Overhead)));
    if (Status opened =
            openInto(masterKey, blob, associatedData, reinterpret_cast<char*>(plaintext.data()));
        !opened) {
        return opened.error();
    }
    return plaintext;
}

} // namespace guichet
