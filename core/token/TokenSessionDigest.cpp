#include "token/Pkcs11Module.h"
#include "token/TokenCrypto.h"
#include "token/TokenSession.h"

namespace guichet {
namespace {

// The DER DigestInfo prefixes of RFC 8017, 9.2, note 1: SEQUENCE { AlgorithmIdentifier,
// OCTET STRING } up to the hash, which follows.
QByteArray digestInfoPrefix(QCryptographicHash::Algorithm digest)
{
    switch (digest) {
    case QCryptographicHash::Sha256:
        return QByteArray::fromHex("3031300d060960864801650304020105000420");
    case QCryptographicHash::Sha384:
        return QByteArray::fromHex("3041300d060960864801650304020205000430");
    case QCryptographicHash::Sha512:
        return QByteArray::fromHex("3051300d060960864801650304020305000440");
    default:
        return {};
    }
}

} // namespace

Result<QByteArray> TokenSession::signDigest(const QByteArray& id, KeyAlgorithm algorithm,
                                            QCryptographicHash::Algorithm digest,
                                            const QByteArray& hash)
{
    const QByteArray prefix = digestInfoPrefix(digest);
    if (prefix.isEmpty() || hash.size() != QCryptographicHash::hashLength(digest)) {
        return Error{ErrorCode::InvalidInput, tr("The digest to sign is malformed.")};
    }
    auto key = findOne(CKO_PRIVATE_KEY, id);
    if (!key) {
        return key.error();
    }
    const bool ec = algorithm == KeyAlgorithm::EcP256 || algorithm == KeyAlgorithm::EcP384;
    // The hash only, for tokens that offer raw CKM_RSA_PKCS / CKM_ECDSA but no hashing
    // mechanism over a digest computed elsewhere; RSA pads the DigestInfo itself.
    const QByteArray input = ec ? hash : prefix + hash;
    return signWith(*key, ec ? CKM_ECDSA : CKM_RSA_PKCS, input, ec);
}

} // namespace guichet
