#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/KeySigner.h"
#include "crypto/SecretBytes.h"
#include "operators/OperatorAccount.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <memory>

namespace guichet {

class AuditLog;
class Database;
class Pkcs11Module;
class TokenSession;

// A logged-in operator: the account, and the open PKCS#11 session on their card that signs
// for them until logout (the session owns the login; the signer borrows it).
struct OperatorSession {
    // Out of line, so that holders need not see TokenSession and Pkcs11Module (incomplete here).
    OperatorSession();
    ~OperatorSession();
    OperatorSession(OperatorSession&&) noexcept;
    OperatorSession& operator=(OperatorSession&&) noexcept;

    // Keeps the PKCS#11 module loaded while the session lives, when the session's owner
    // loaded it for this login only (the command line); declared first so it goes last.
    std::shared_ptr<const Pkcs11Module> module;
    OperatorAccount account;
    QString tokenSerial; // which token is the operator's, never the holder's (two-reader desk)
    unsigned long slotId = 0;
    QDateTime sinceUtc;
    std::unique_ptr<TokenSession> tokenSession;
    std::unique_ptr<KeySigner> signer;
    QByteArray keyId; // CKA_ID of the key pair and its certificate on the card
};

// Multi-factor login (GEN-6.5.5-04): the operator's card and its PIN. Logs in with the PIN,
// reads the certificate, checks it (chain to the trust anchors, validity now, digitalSignature
// key usage), proves possession by signing a fresh random challenge and verifying it with the
// certificate's key, then finds the active account of that certificate. Every success and
// refusal is audited ("operator.login", "operator.login_refused"); the PIN is never logged.
class CardLogin {
    Q_DECLARE_TR_FUNCTIONS(CardLogin)
public:
    CardLogin(Database& db, AuditLog& audit, const Clock& clock)
        : m_db(db), m_audit(audit), m_clock(clock)
    {
    }

    Result<OperatorSession> login(const Pkcs11Module& module, const QString& tokenSerial,
                                  const SecretBytes& pin, const QList<QByteArray>& trustAnchorsDer);
    // Audits "operator.logout" and closes the card session.
    Status logout(OperatorSession& session);

    // The certificates a login trusts on this workstation: every stored CA profile's trust
    // anchors and, in training mode, the embedded training CA's root and issuing CA (read
    // from the database, no key needed).
    static Result<QList<QByteArray>> workstationTrustAnchors(Database& db, bool trainingMode);

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace guichet
