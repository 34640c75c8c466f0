#include "security/EncryptionService.h"

#include "crypto/Envelope.h"
#include "security/KeychainMasterKeySource.h"
#include "security/PassphraseMasterKeySource.h"

namespace guichet {

EncryptionService::EncryptionService(std::unique_ptr<MasterKeySource> source)
    : m_source(std::move(source))
{
}

EncryptionService::~EncryptionService() = default;

Status EncryptionService::ensureReady()
{
    if (!m_masterKey.isEmpty()) {
        return Status::success();
    }
    auto key = m_source->masterKey();
    if (!key) {
        return key.error();
    }
    if (key->size() != MasterKeySource::KeySize) {
        return Error{
            ErrorCode::IncompatibleData,
            tr("The master key from the %1 source has the wrong size.").arg(m_source->kind())};
    }
    m_masterKey = std::move(key).value();
    return Status::success();
}

Result<QByteArray> EncryptionService::seal(QByteArrayView plaintext, QByteArrayView associatedData)
{
    if (Status ready = ensureReady(); !ready) {
        return ready.error();
    }
    return Envelope::seal(m_masterKey, plaintext, associatedData);
}

Result<QByteArray> EncryptionService::open(QByteArrayView blob, QByteArrayView associatedData)
{
    if (Status ready = ensureReady(); !ready) {
        return ready.error();
    }
    return Envelope::open(m_masterKey, blob, associatedData);
}

Result<SecretBytes> EncryptionService::openSecret(QByteArrayView blob,
                                                  QByteArrayView associatedData)
{
    if (Status ready = ensureReady(); !ready) {
        return ready.error();
    }
    return Envelope::openSecret(m_masterKey, blob, associatedData);
}

QString EncryptionService::keyId() const
{
    return m_masterKey.isEmpty() ? QString()
                                 : QString::fromLatin1(Envelope::keyId(m_masterKey).toHex());
}

Result<std::unique_ptr<MasterKeySource>>
MasterKeySelection::select(Database& db, std::optional<SecretBytes> passphrase)
{
    auto configured = PassphraseMasterKeySource::isConfigured(db);
    if (!configured) {
        return configured.error();
    }
    if (*configured) {
        if (!passphrase) {
            return Error{ErrorCode::Refused,
                         tr("This database's master key is protected by a passphrase: give the "
                            "passphrase to open or store documents.")};
        }
        return std::unique_ptr<MasterKeySource>(
            new PassphraseMasterKeySource(db, std::move(*passphrase)));
    }
    if (passphrase) {
        return Error{ErrorCode::InvalidInput,
                     tr("This database's master key is in the OS keychain, not protected by a "
                        "passphrase: no passphrase is needed.")};
    }
    return std::unique_ptr<MasterKeySource>(new KeychainMasterKeySource());
}

} // namespace guichet
