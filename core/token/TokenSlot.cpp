#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

namespace guichet {

QString keyAlgorithmName(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        return QStringLiteral("rsa2048");
    case KeyAlgorithm::Rsa3072:
        return QStringLiteral("rsa3072");
    case KeyAlgorithm::EcP256:
        return QStringLiteral("ec-p256");
    case KeyAlgorithm::EcP384:
        return QStringLiteral("ec-p384");
    }
    return {};
}

std::optional<KeyAlgorithm> keyAlgorithmFromName(const QString& name)
{
    for (KeyAlgorithm algorithm : {KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa3072,
                                   KeyAlgorithm::EcP256, KeyAlgorithm::EcP384}) {
        if (keyAlgorithmName(algorithm) == name) {
            return algorithm;
        }
    }
    return std::nullopt;
}

Result<TokenInfo> TokenSlot::inspect(const Pkcs11Module& module, CK_SLOT_ID slot)
{
    CK_TOKEN_INFO raw{};
    if (CK_RV rv = module.api().C_GetTokenInfo(slot, &raw); rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("reading the token's information"));
    }
    TokenInfo info;
    info.slotId = slot;
    info.label = fromPaddedField(raw.label, sizeof raw.label);
    info.manufacturer = fromPaddedField(raw.manufacturerID, sizeof raw.manufacturerID);
    info.model = fromPaddedField(raw.model, sizeof raw.model);
    info.serial = fromPaddedField(raw.serialNumber, sizeof raw.serialNumber);
    const CK_FLAGS flags = raw.flags;
    info.initialised = flags & CKF_TOKEN_INITIALIZED;
    info.userPinInitialised = flags & CKF_USER_PIN_INITIALIZED;
    info.userPinCountLow = flags & CKF_USER_PIN_COUNT_LOW;
    info.userPinFinalTry = flags & CKF_USER_PIN_FINAL_TRY;
    info.userPinLocked = flags & CKF_USER_PIN_LOCKED;
    info.soPinCountLow = flags & CKF_SO_PIN_COUNT_LOW;
    info.soPinFinalTry = flags & CKF_SO_PIN_FINAL_TRY;
    info.soPinLocked = flags & CKF_SO_PIN_LOCKED;
    info.protectedAuthenticationPath = flags & CKF_PROTECTED_AUTHENTICATION_PATH;
    info.loginRequired = flags & CKF_LOGIN_REQUIRED;
    info.minPinLength = raw.ulMinPinLen;
    info.maxPinLength = raw.ulMaxPinLen;
    if (info.initialised) {
        // Read-only: listing must work on write-protected tokens too.
        auto session = TokenSession::open(module, slot, false);
        if (!session) {
            return session.error();
        }
        info.objects = (*session)->objects();
    }
    return info;
}

Status TokenSlot::initialise(const Pkcs11Module& module, CK_SLOT_ID slot, const SecretBytes& soPin,
                             const QString& label)
{
    // REFERENCE.md step 2: the label is 32 characters, padded with spaces.
    QByteArray padded = toPaddedField(label, 32);
    const CK_RV rv = module.api().C_InitToken(
        slot, soPin.isEmpty() ? nullptr : const_cast<CK_UTF8CHAR*>(soPin.data()),
        static_cast<CK_ULONG>(soPin.size()), reinterpret_cast<CK_UTF8CHAR*>(padded.data()));
    if (rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("initialising the token"));
    }
    return Status::success();
}

Result<CK_SLOT_ID> TokenSlot::findBySerial(const Pkcs11Module& module, const QString& serial)
{
    auto slotIds = module.slotList(true);
    if (!slotIds) {
        return slotIds.error();
    }
    for (CK_SLOT_ID slot : *slotIds) {
        CK_TOKEN_INFO raw{};
        if (module.api().C_GetTokenInfo(slot, &raw) == CKR_OK &&
            fromPaddedField(raw.serialNumber, sizeof raw.serialNumber) == serial) {
            return slot;
        }
    }
    return TokenErrors::fromReturn(CKR_TOKEN_NOT_PRESENT,
                                   tr("looking for the token %1").arg(serial));
}

Result<CK_SLOT_ID> TokenSlot::findBlank(const Pkcs11Module& module)
{
    auto slotIds = module.slotList(true);
    if (!slotIds) {
        return slotIds.error();
    }
    for (CK_SLOT_ID slot : *slotIds) {
        CK_TOKEN_INFO raw{};
        if (module.api().C_GetTokenInfo(slot, &raw) == CKR_OK &&
            !(raw.flags & CKF_TOKEN_INITIALIZED)) {
            return slot;
        }
    }
    return TokenErrors::fromReturn(CKR_TOKEN_NOT_PRESENT, tr("looking for a blank token"));
}

} // namespace guichet
