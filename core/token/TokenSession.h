#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"
#include "token/Pkcs11.h"
#include "token/TokenTypes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <memory>
#include <vector>

namespace guichet {

class Pkcs11Module;

// An open read-write session on one token: closed when it goes, logged out first if a login
// is active (RAII for sessions and logins). PINs pass as SecretBytes; an empty PIN on a
// token with a protected authentication path means "typed on the pinpad" (null pointer).
class TokenSession {
    Q_DECLARE_TR_FUNCTIONS(TokenSession)
public:
    ~TokenSession();
    TokenSession(const TokenSession&) = delete;
    TokenSession& operator=(const TokenSession&) = delete;

    // Read-write unless asked otherwise (a write-protected token only opens read-only).
    static Result<std::unique_ptr<TokenSession>> open(const Pkcs11Module& module, CK_SLOT_ID slot,
                                                      bool readWrite = true);

    // Logs in as the holder (CKU_USER) or the security officer (CKU_SO); tries left are read
    // from the flags after a wrong PIN so the message can say them.
    Status login(CK_USER_TYPE user, const SecretBytes& pin);
    void logout();

    // C_InitPIN (SO logged in): sets or resets (unblocks) the holder's PIN.
    Status initUserPin(const SecretBytes& pin);
    // C_SetPIN (holder logged in or not, per the token): changes the logged-in user's PIN.
    Status setPin(const SecretBytes& oldPin, const SecretBytes& newPin);

    // C_GenerateKeyPair with the RGS profile: private key on the token, private, sensitive,
    // not extractable, for signing; then the token's own account of the key read back.
    Result<KeyFacts> generateKeyPair(KeyAlgorithm algorithm, const QByteArray& id,
                                     const QString& label);
    Result<KeyFacts> keyFacts(const QByteArray& id);
    // The public key of the key pair `id`, as DER SubjectPublicKeyInfo.
    Result<QByteArray> publicKeyInfo(const QByteArray& id);
    // Signs `data` with the private key `id`: SHA-256 RSA PKCS#1 v1.5 for RSA, ECDSA over
    // SHA-256 (P-256) or SHA-384 (P-384) for EC, returned DER-encoded as X.509 expects.
    Result<QByteArray> sign(const QByteArray& id, const QByteArray& data);
    // Signs a digest computed elsewhere (CAdES signed attributes, checkpoints): CKM_RSA_PKCS
    // over the DER DigestInfo for RSA, CKM_ECDSA over the hash for EC, returned as
    // Pkcs11KeySigner documents (PKCS#1 v1.5 bytes, or ECDSA-Sig-Value DER).
    Result<QByteArray> signDigest(const QByteArray& id, KeyAlgorithm algorithm,
                                  QCryptographicHash::Algorithm digest, const QByteArray& hash);

    // C_CreateObject for an X.509 certificate with the key's CKA_ID.
    Status importCertificate(const QByteArray& id, const QString& label,
                             const QByteArray& certificateDer);
    // The DER of the certificate object with this CKA_ID (NotFound: there is none).
    Result<QByteArray> certificateValue(const QByteArray& id);
    // C_CreateObject for any object (tests import a key this way to prove it is refused).
    Result<CK_OBJECT_HANDLE> createObject(std::vector<CK_ATTRIBUTE>& attributes);

    QList<TokenObject> objects();

    CK_SESSION_HANDLE handle() const { return m_session; }

private:
    TokenSession(const Pkcs11Module& module, CK_SLOT_ID slot, CK_SESSION_HANDLE session);
    Result<CK_OBJECT_HANDLE> findOne(CK_OBJECT_CLASS objectClass, const QByteArray& id);
    // C_SignInit + C_Sign with `type` over `input`; ECDSA results become DER.
    Result<QByteArray> signWith(CK_OBJECT_HANDLE key, CK_MECHANISM_TYPE type,
                                const QByteArray& input, bool ecdsa);
    Result<QByteArray> attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type);
    std::optional<int> triesLeft(CK_USER_TYPE user) const;

    const Pkcs11Module& m_module;
    CK_FUNCTION_LIST& m_api;
    CK_SLOT_ID m_slot;
    CK_SESSION_HANDLE m_session;
    bool m_loggedIn = false;
};

// Token-level calls that need no session (C_InitToken must run with none open).
class TokenSlot {
    Q_DECLARE_TR_FUNCTIONS(TokenSlot)
public:
    static Result<TokenInfo> inspect(const Pkcs11Module& module, CK_SLOT_ID slot);
    // Formats the token: every object goes; the SO PIN becomes `soPin` (the current SO PIN
    // for a recycled token, which a recycling token requires).
    static Status initialise(const Pkcs11Module& module, CK_SLOT_ID slot, const SecretBytes& soPin,
                             const QString& label);
    // The slot that now holds the token with this serial (SoftHSM2 moves a token to another
    // slot when it is initialised).
    static Result<CK_SLOT_ID> findBySerial(const Pkcs11Module& module, const QString& serial);
    // The first slot offering a token that is not initialised.
    static Result<CK_SLOT_ID> findBlank(const Pkcs11Module& module);
};

} // namespace guichet
