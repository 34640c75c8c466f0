#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"
#include "security/MasterKeySource.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <mutex>

namespace guichet {

class Database;

// The window's hold on the workstation's master key when a supervisor chose a passphrase
// instead of the OS keychain (issue 4): the passphrase is asked once per session, the key it
// unlocks is kept here (wiped on destruction) and handed to every worker that seals or opens
// documents. Thread-safe: the window unlocks it through a job on the dossier worker, other
// workers read it.
//
// Until it is unlocked, a passphrase-protected database refuses documents with a message
// saying so; a database without a passphrase uses the keychain as before.
class MasterKeyUnlock {
    Q_DECLARE_TR_FUNCTIONS(MasterKeyUnlock)
public:
    using SourceFactory = std::function<Result<std::unique_ptr<MasterKeySource>>(Database&)>;

    // Runs scrypt (about half a second and 128 MiB with the default settings), so never on
    // the GUI thread. A wrong passphrase is refused with PassphraseMasterKeySource's message
    // and leaves the state unchanged.
    Status unlock(Database& db, const SecretBytes& passphrase);
    bool isUnlocked() const;

    // The master key source for `db`, on the calling thread: the unlocked key; else the
    // keychain when the database has no passphrase; else a refusal explaining that identity
    // documents stay locked until the passphrase is given.
    Result<std::unique_ptr<MasterKeySource>> source(Database& db) const;
    // source() as a factory for DocumentAccess and the outbox, sharing `unlock`.
    static SourceFactory factory(std::shared_ptr<const MasterKeyUnlock> unlock);
    // A source that asks `unlock` only when the key is first needed, on its own connection to
    // `database`: for workers that make their EncryptionService at start, before the
    // operator could type the passphrase (the token service's SO PIN vault).
    static std::unique_ptr<MasterKeySource> deferred(std::shared_ptr<const MasterKeyUnlock> unlock,
                                                     DatabaseConfig database);

private:
    mutable std::mutex m_mutex;
    SecretBytes m_key; // empty until unlocked
};

} // namespace guichet
