#include "token/TokenPins.h"

#include "token/PinPolicy.h"
#include "token/Pkcs11Module.h"
#include "token/SecretVault.h"
#include "token/TokenSession.h"

namespace guichet {

Status TokenPins::change(const Pkcs11Module& module, CK_SLOT_ID slot, const SecretBytes& oldPin,
                         const SecretBytes& newPin, const SecretBytes& confirmation)
{
    auto info = TokenSlot::inspect(module, slot);
    if (!info) {
        return info.error();
    }
    if (info->userPinLocked) {
        return TokenErrors::fromReturn(CKR_PIN_LOCKED, tr("changing the PIN"));
    }
    const bool pinpad = info->protectedAuthenticationPath && newPin.isEmpty();
    if (!pinpad) {
        if (Status acceptable =
                PinPolicy::forToken(*info).checkWithConfirmation(newPin, confirmation);
            !acceptable) {
            return acceptable;
        }
    }
    auto session = TokenSession::open(module, slot);
    if (!session) {
        return session.error();
    }
    if (Status in = (*session)->login(CKU_USER, oldPin); !in) {
        return in;
    }
    return (*session)->setPin(oldPin, newPin);
}

Status TokenPins::unblock(const Pkcs11Module& module, CK_SLOT_ID slot,
                          const SecretBytes& soPinOrPuk, const SecretBytes& newPin,
                          const SecretBytes& confirmation)
{
    auto info = TokenSlot::inspect(module, slot);
    if (!info) {
        return info.error();
    }
    if (info->soPinLocked) {
        return TokenErrors::refused(tr("The security officer PIN of this token is locked: the "
                                       "token cannot be unblocked any more."));
    }
    const bool pinpad = info->protectedAuthenticationPath && newPin.isEmpty();
    if (!pinpad) {
        if (Status acceptable =
                PinPolicy::forToken(*info).checkWithConfirmation(newPin, confirmation);
            !acceptable) {
            return acceptable;
        }
    }
    auto session = TokenSession::open(module, slot);
    if (!session) {
        return session.error();
    }
    if (Status in = (*session)->login(CKU_SO, soPinOrPuk); !in) {
        return in;
    }
    return (*session)->initUserPin(newPin);
}

Status TokenPins::unblockWithStoredSoPin(const Pkcs11Module& module, CK_SLOT_ID slot,
                                         SecretVault& vault, const SecretBytes& newPin,
                                         const SecretBytes& confirmation)
{
    auto info = TokenSlot::inspect(module, slot);
    if (!info) {
        return info.error();
    }
    auto soPin = vault.reveal(info->serial, VaultRole::Operator, VaultPurpose::UseOnToken);
    if (!soPin) {
        return soPin.error();
    }
    return unblock(module, slot, *soPin, newPin, confirmation);
}

} // namespace guichet
