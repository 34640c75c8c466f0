#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QString>
#include <chrono>

namespace guichet {

// Secrets in the operating system's keychain through QtKeychain (Secret Service on Linux,
// Credential Manager on Windows, Keychain on macOS). QtKeychain's jobs are asynchronous;
// each call here runs one job to completion in a local event loop with a timeout. Call it
// from a worker thread or the command line, never from the GUI thread, where a nested loop
// would re-enter the UI (the KeePassXC habit STYLE.md warns about).
class OsKeychain {
    Q_DECLARE_TR_FUNCTIONS(OsKeychain)
public:
    explicit OsKeychain(QString service,
                        std::chrono::milliseconds timeout = std::chrono::seconds(20));

    // NotFound when the keychain answers but has no such entry; Io when no keychain is
    // reachable; Refused when it is locked or denies access.
    Result<SecretBytes> read(const QString& key) const;
    Status write(const QString& key, const SecretBytes& secret) const;
    Status remove(const QString& key) const;

    const QString& service() const { return m_service; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace guichet
