#include "security/KeychainMasterKeySource.h"

#include "crypto/Envelope.h"
#include "crypto/SecureRandom.h"

#include <QLoggingCategory>

namespace guichet {
namespace {
Q_LOGGING_CATEGORY(lcMasterKey, "guichet.security")

Error unreachable(const Error& cause)
{
    return Error{cause.code == ErrorCode::Refused ? ErrorCode::Refused : ErrorCode::Io,
                 KeychainMasterKeySource::unreachableAdvice(cause.message)};
}

} // namespace

KeychainMasterKeySource::KeychainMasterKeySource(OsKeychain keychain, QString entry)
    : m_keychain(std::move(keychain)), m_entry(std::move(entry))
{
}

QString KeychainMasterKeySource::unreachableAdvice(const QString& cause)
{
    return tr("%1\nGuichet keeps identity documents only encrypted, under a master key held in "
              "the OS keychain, so it refuses to store them now. Open a desktop session with a "
              "keyring (GNOME Keyring, KWallet or another Secret Service), or have a supervisor "
              "protect the master key with a passphrase (guichet-cli keychain use-passphrase).")
        .arg(cause);
}

Result<SecretBytes> KeychainMasterKeySource::masterKey()
{
    auto stored = m_keychain.read(m_entry);
    if (stored) {
        if (stored->size() != KeySize) {
            return Error{ErrorCode::IncompatibleData,
                         tr("The master key in the OS keychain (entry \"%1\") has %2 bytes "
                            "instead of %3: it was altered.")
                             .arg(m_entry)
                             .arg(stored->size())
                             .arg(KeySize)};
        }
        return std::move(stored).value();
    }
    if (stored.error().code != ErrorCode::NotFound) {
        return unreachable(stored.error());
    }
    // First use on this workstation: create the key.
    auto created = SecureRandom::secret(KeySize);
    if (!created) {
        return created.error();
    }
    if (Status written = m_keychain.write(m_entry, *created); !written) {
        return unreachable(written.error());
    }
    // Read back: if another process created a key at the same moment, the keychain holds
    // only one of the two, and that one is the key everyone must use.
    auto confirmed = m_keychain.read(m_entry);
    if (!confirmed) {
        return unreachable(confirmed.error());
    }
    qCInfo(lcMasterKey) << "master key created in the OS keychain, id"
                        << Envelope::keyId(*confirmed).toHex();
    return std::move(confirmed).value();
}

KeychainState KeychainMasterKeySource::inspect() const
{
    KeychainState state;
    auto stored = m_keychain.read(m_entry);
    if (stored) {
        state.reachable = true;
        state.hasMasterKey = true;
        state.keyId = QString::fromLatin1(Envelope::keyId(*stored).toHex());
    } else if (stored.error().code == ErrorCode::NotFound) {
        state.reachable = true;
    } else {
        state.problem = stored.error().message;
    }
    return state;
}

} // namespace guichet
