#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"
#include "token/Pkcs11.h"

#include <QCoreApplication>

namespace guichet {

class Pkcs11Module;
class SecretVault;

// The holder's PIN after personalisation: changed by the holder, or unblocked with the SO
// PIN Guichet stored (or the PUK the holder brings). Callers show the tries left (from
// TokenSlot::inspect) before each attempt; a wrong PIN's message repeats them.
class TokenPins {
    Q_DECLARE_TR_FUNCTIONS(TokenPins)
public:
    static Status change(const Pkcs11Module& module, CK_SLOT_ID slot, const SecretBytes& oldPin,
                         const SecretBytes& newPin, const SecretBytes& confirmation);
    // SO login with `soPinOrPuk`, then C_InitPIN with the holder's new PIN.
    static Status unblock(const Pkcs11Module& module, CK_SLOT_ID slot,
                          const SecretBytes& soPinOrPuk, const SecretBytes& newPin,
                          const SecretBytes& confirmation);
    // The same with the SO PIN kept in the vault for this token (never shown).
    static Status unblockWithStoredSoPin(const Pkcs11Module& module, CK_SLOT_ID slot,
                                         SecretVault& vault, const SecretBytes& newPin,
                                         const SecretBytes& confirmation);
};

} // namespace guichet
