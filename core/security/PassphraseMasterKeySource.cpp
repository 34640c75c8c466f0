#include "security/PassphraseMasterKeySource.h"

#include "audit/AuditLog.h"
#include "crypto/AesGcm.h"
#include "crypto/Envelope.h"
#include "crypto/SecureRandom.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QtEndian>

namespace guichet {
namespace {

constexpr qsizetype kSaltSize = 16;

// The wrap is authenticated over the KDF settings and the key id, so a row edited to weaker
// settings or to another key's fingerprint fails to open.
QByteArray wrapContext(const ScryptParameters& parameters, QByteArrayView salt,
                       QByteArrayView keyId)
{
    QByteArray aad("guichet.master-key.scrypt.v1");
    const quint64 n = qToBigEndian(parameters.n);
    const quint32 r = qToBigEndian(parameters.r);
    const quint32 p = qToBigEndian(parameters.p);
    aad.append(reinterpret_cast<const char*>(&n), sizeof n);
    aad.append(reinterpret_cast<const char*>(&r), sizeof r);
    aad.append(reinterpret_cast<const char*>(&p), sizeof p);
    aad.append(salt).append(keyId);
    return aad;
}

} // namespace

PassphraseMasterKeySource::PassphraseMasterKeySource(Database& db, SecretBytes passphrase)
    : m_db(db), m_passphrase(std::move(passphrase))
{
}

Result<bool> PassphraseMasterKeySource::isConfigured(Database& db)
{
    QSqlQuery query = db.query();
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM master_key_protection")) ||
        !query.next()) {
        return db.storageError(query, tr("reading the master key settings"));
    }
    return query.value(0).toInt() > 0;
}

Result<SecretBytes> PassphraseMasterKeySource::masterKey()
{
    QSqlQuery query = m_db.query();
    if (!query.exec(QStringLiteral("SELECT salt, scrypt_n, scrypt_r, scrypt_p, wrapped_key, "
                                   "key_id FROM master_key_protection WHERE id = 1"))) {
        return m_db.storageError(query, tr("reading the master key settings"));
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound,
                     tr("This database has no passphrase-protected master key.")};
    }
    const QByteArray salt = query.value(0).toByteArray();
    ScryptParameters parameters;
    parameters.n = query.value(1).toULongLong();
    parameters.r = query.value(2).toUInt();
    parameters.p = query.value(3).toUInt();
    const QByteArray wrapped = query.value(4).toByteArray();
    const QByteArray keyId = QByteArray::fromHex(query.value(5).toString().toLatin1());
    if (wrapped.size() != AesGcm::NonceSize + qsizetype(KeySize) + AesGcm::TagSize) {
        return Error{ErrorCode::IncompatibleData,
                     tr("The passphrase-protected master key in the database is damaged.")};
    }
    auto kek = Scrypt::derive(m_passphrase.view(), salt, parameters, AesGcm::KeySize);
    if (!kek) {
        return kek.error();
    }
    SecretBytes key(KeySize);
    if (Status opened = AesGcm::decrypt(
            *kek, QByteArrayView(wrapped).first(AesGcm::NonceSize),
            wrapContext(parameters, salt, keyId),
            QByteArrayView(wrapped).sliced(AesGcm::NonceSize, qsizetype(KeySize)),
            QByteArrayView(wrapped).last(AesGcm::TagSize), reinterpret_cast<char*>(key.data()));
        !opened) {
        if (opened.error().code == ErrorCode::IncompatibleData) {
            return Error{ErrorCode::Refused,
                         tr("The passphrase is wrong (or the stored master key was altered).")};
        }
        return opened.error();
    }
    if (Envelope::keyId(key) != keyId) {
        return Error{ErrorCode::IncompatibleData,
                     tr("The passphrase-protected master key does not match its recorded "
                        "fingerprint: the settings were altered.")};
    }
    return key;
}

Status PassphraseMasterKeySource::checkNewPassphrase(const SecretBytes& passphrase)
{
    // Counted in bytes of UTF-8, which is at least the number of characters.
    if (passphrase.size() < std::size_t(MinimumLength)) {
        return Error{ErrorCode::InvalidInput,
                     tr("The passphrase must have at least %1 characters.").arg(MinimumLength)};
    }
    return Status::success();
}

Result<PassphraseMasterKeySource::Wrapped>
PassphraseMasterKeySource::wrap(const SecretBytes& passphrase, const SecretBytes& masterKey,
                                const ScryptParameters& parameters)
{
    auto salt = SecureRandom::bytes(kSaltSize);
    auto nonce = SecureRandom::bytes(AesGcm::NonceSize);
    if (!salt || !nonce) {
        return salt ? nonce.error() : salt.error();
    }
    auto kek = Scrypt::derive(passphrase.view(), *salt, parameters, AesGcm::KeySize);
    if (!kek) {
        return kek.error();
    }
    const QByteArray keyId = Envelope::keyId(masterKey);
    QByteArray wrapped(AesGcm::NonceSize + qsizetype(KeySize) + AesGcm::TagSize, Qt::Uninitialized);
    std::copy(nonce->cbegin(), nonce->cend(), wrapped.begin());
    if (Status sealed = AesGcm::encrypt(*kek, *nonce, wrapContext(parameters, *salt, keyId),
                                        masterKey.view(), wrapped.data() + AesGcm::NonceSize,
                                        wrapped.data() + AesGcm::NonceSize + qsizetype(KeySize));
        !sealed) {
        return sealed.error();
    }
    return Wrapped{*salt, wrapped, keyId};
}

Result<QString> PassphraseMasterKeySource::protect(Database& db, const Clock& clock,
                                                   const OperatorIdentity& actor,
                                                   const SecretBytes& passphrase,
                                                   SecretBytes masterKey,
                                                   const ScryptParameters& parameters)
{
    if (Status acceptable = checkNewPassphrase(passphrase); !acceptable) {
        return acceptable.error();
    }
    if (masterKey.isEmpty()) {
        auto created = SecureRandom::secret(KeySize);
        if (!created) {
            return created.error();
        }
        masterKey = std::move(created).value();
    }
    if (masterKey.size() != KeySize) {
        return Error{ErrorCode::InvalidInput, tr("A master key has %1 bytes.").arg(KeySize)};
    }
    auto wrapped = wrap(passphrase, masterKey, parameters);
    if (!wrapped) {
        return wrapped.error();
    }
    const QByteArray& keyId = wrapped->keyId;

    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto configured = isConfigured(db);
    if (!configured) {
        return configured.error();
    }
    if (*configured) {
        return Error{ErrorCode::Refused,
                     tr("This database's master key is already protected by a passphrase.")};
    }
    QSqlQuery insert = db.query();
    insert.prepare(QStringLiteral(
        "INSERT INTO master_key_protection (id, kdf, salt, scrypt_n, scrypt_r, scrypt_p, "
        "wrapped_key, key_id, created_at, created_by) VALUES (1, 'scrypt', ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    insert.addBindValue(wrapped->salt);
    insert.addBindValue(qint64(parameters.n));
    insert.addBindValue(int(parameters.r));
    insert.addBindValue(int(parameters.p));
    insert.addBindValue(wrapped->wrappedKey);
    insert.addBindValue(QString::fromLatin1(keyId.toHex()));
    insert.addBindValue(clock.nowUtc().toMSecsSinceEpoch());
    insert.addBindValue(actor.id);
    if (Status done = db.exec(insert, tr("storing the protected master key")); !done) {
        return done.error();
    }
    AuditLog audit(db, clock);
    const QJsonObject details{{QStringLiteral("kdf"), QStringLiteral("scrypt")},
                              {QStringLiteral("n"), qint64(parameters.n)},
                              {QStringLiteral("r"), qint64(parameters.r)},
                              {QStringLiteral("p"), qint64(parameters.p)},
                              {QStringLiteral("keyId"), QString::fromLatin1(keyId.toHex())}};
    if (auto event =
            audit.append(actor.id, QStringLiteral("master-key.passphrase-set"),
                         QStringLiteral("workstation"), QStringLiteral("master-key"), details);
        !event) {
        return event.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    return QString::fromLatin1(keyId.toHex());
}

Result<QString> PassphraseMasterKeySource::changePassphrase(Database& db, const Clock& clock,
                                                            const OperatorIdentity& actor,
                                                            const SecretBytes& oldPassphrase,
                                                            const SecretBytes& newPassphrase,
                                                            const ScryptParameters& parameters)
{
    if (Status acceptable = checkNewPassphrase(newPassphrase); !acceptable) {
        return acceptable.error();
    }
    if (oldPassphrase.view() == newPassphrase.view()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The new passphrase must differ from the current one.")};
    }
    // Read, check and replace under one transaction, so that two supervisors changing it at
    // once cannot leave a row wrapped under a passphrase nobody was told.
    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    // The old passphrase must open the key: knowing the database alone changes nothing.
    PassphraseMasterKeySource current(db, SecretBytes::copyOf(oldPassphrase.view()));
    auto masterKey = current.masterKey();
    if (!masterKey) {
        return masterKey.error();
    }
    auto wrapped = wrap(newPassphrase, *masterKey, parameters);
    if (!wrapped) {
        return wrapped.error();
    }
    QSqlQuery update = db.query();
    update.prepare(QStringLiteral(
        "UPDATE master_key_protection SET kdf = 'scrypt', salt = ?, scrypt_n = ?, scrypt_r = ?, "
        "scrypt_p = ?, wrapped_key = ? WHERE id = 1 AND key_id = ?"));
    update.addBindValue(wrapped->salt);
    update.addBindValue(qint64(parameters.n));
    update.addBindValue(int(parameters.r));
    update.addBindValue(int(parameters.p));
    update.addBindValue(wrapped->wrappedKey);
    update.addBindValue(QString::fromLatin1(wrapped->keyId.toHex()));
    if (Status done = db.exec(update, tr("storing the protected master key")); !done) {
        return done.error();
    }
    if (update.numRowsAffected() != 1) {
        return Error{ErrorCode::Storage,
                     tr("The passphrase-protected master key changed while it was being "
                        "re-wrapped; nothing was changed.")};
    }
    AuditLog audit(db, clock);
    const QString keyId = QString::fromLatin1(wrapped->keyId.toHex());
    const QJsonObject details{{QStringLiteral("kdf"), QStringLiteral("scrypt")},
                              {QStringLiteral("n"), qint64(parameters.n)},
                              {QStringLiteral("r"), qint64(parameters.r)},
                              {QStringLiteral("p"), qint64(parameters.p)},
                              {QStringLiteral("keyId"), keyId}};
    if (auto event =
            audit.append(actor.id, QStringLiteral("master-key.passphrase-changed"),
                         QStringLiteral("workstation"), QStringLiteral("master-key"), details);
        !event) {
        return event.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    return keyId;
}

} // namespace guichet
