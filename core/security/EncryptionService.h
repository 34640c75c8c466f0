#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"
#include "security/MasterKeySource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <memory>
#include <optional>

namespace guichet {

class Database;

// Encryption at rest for anything Guichet must not keep in clear: captured documents now,
// the token SO PINs later. seal() gives a self-describing blob (see Envelope) under a fresh
// data key wrapped by the workstation's master key; open() gives the plaintext back only if
// every byte of the blob and the associated data are exactly as sealed.
//
// The associated data binds a blob to its place (for a document: its identifier, dossier
// and page), so a blob copied onto another record is refused. It is not secret.
//
// The master key is fetched from its source on first use and kept, wiped on destruction.
// Use one instance per thread.
class EncryptionService {
    Q_DECLARE_TR_FUNCTIONS(EncryptionService)
public:
    explicit EncryptionService(std::unique_ptr<MasterKeySource> source);
    ~EncryptionService();
    EncryptionService(const EncryptionService&) = delete;
    EncryptionService& operator=(const EncryptionService&) = delete;

    // Fetches (or creates) the master key now, so that a caller can refuse before doing
    // any work, with the source's explanation.
    Status ensureReady();

    Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView associatedData);
    Result<QByteArray> open(QByteArrayView blob, QByteArrayView associatedData);
    // For secrets (PINs, keys): the plaintext never passes through a Qt container.
    Result<SecretBytes> openSecret(QByteArrayView blob, QByteArrayView associatedData);

    // The master key's public fingerprint (hex), empty until ready.
    QString keyId() const;
    QString sourceKind() const { return m_source->kind(); }

private:
    std::unique_ptr<MasterKeySource> m_source;
    SecretBytes m_masterKey;
};

// The supervisor's choice of master-key source is recorded in the database: a
// passphrase-protected key there means this workstation works without a keychain, and the
// passphrase must be given; otherwise the key is in the OS keychain.
class MasterKeySelection {
    Q_DECLARE_TR_FUNCTIONS(MasterKeySelection)
public:
    static Result<std::unique_ptr<MasterKeySource>> select(Database& db,
                                                           std::optional<SecretBytes> passphrase);
};

} // namespace guichet
