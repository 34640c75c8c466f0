#include "security/MasterKeyUnlock.h"

#include "security/EncryptionService.h"
#include "security/PassphraseMasterKeySource.h"
#include "storage/Database.h"

namespace guichet {

Status MasterKeyUnlock::unlock(Database& db, const SecretBytes& passphrase)
{
    PassphraseMasterKeySource protectedKey(db, SecretBytes::copyOf(passphrase.view()));
    auto key = protectedKey.masterKey();
    if (!key) {
        return key.error();
    }
    const std::lock_guard lock(m_mutex);
    m_key = std::move(key).value();
    return Status::success();
}

bool MasterKeyUnlock::isUnlocked() const
{
    const std::lock_guard lock(m_mutex);
    return !m_key.isEmpty();
}

Result<std::unique_ptr<MasterKeySource>> MasterKeyUnlock::source(Database& db) const
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_key.isEmpty()) {
            return std::unique_ptr<MasterKeySource>(
                new FixedMasterKeySource(SecretBytes::copyOf(m_key.view())));
        }
    }
    auto configured = PassphraseMasterKeySource::isConfigured(db);
    if (!configured) {
        return configured.error();
    }
    if (*configured) {
        // No silent fallback (issue 4): without the passphrase nothing is stored or shown.
        return Error{ErrorCode::Refused,
                     tr("Identity documents are locked: this workstation's master key is "
                        "protected by a passphrase, which was not given in this session. "
                        "Documents cannot be stored or shown until it is.")};
    }
    return MasterKeySelection::select(db, std::nullopt);
}

MasterKeyUnlock::SourceFactory
MasterKeyUnlock::factory(std::shared_ptr<const MasterKeyUnlock> unlock)
{
    return [unlock = std::move(unlock)](Database& db) { return unlock->source(db); };
}

namespace {

class DeferredMasterKeySource final : public MasterKeySource {
public:
    DeferredMasterKeySource(std::shared_ptr<const MasterKeyUnlock> unlock, DatabaseConfig database)
        : m_unlock(std::move(unlock)), m_database(std::move(database))
    {
    }
    QString kind() const override { return QStringLiteral("deferred"); }
    Result<SecretBytes> masterKey() override
    {
        auto db = Database::open(m_database);
        if (!db) {
            return db.error();
        }
        auto source = m_unlock->source(**db);
        if (!source) {
            return source.error();
        }
        return (*source)->masterKey();
    }

private:
    std::shared_ptr<const MasterKeyUnlock> m_unlock;
    DatabaseConfig m_database;
};

} // namespace

std::unique_ptr<MasterKeySource>
MasterKeyUnlock::deferred(std::shared_ptr<const MasterKeyUnlock> unlock, DatabaseConfig database)
{
    return std::make_unique<DeferredMasterKeySource>(std::move(unlock), std::move(database));
}

} // namespace guichet
