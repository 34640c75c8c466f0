#pragma once

// The standard PKCS#11 header, as Debian's p11-kit ships it (REFERENCE.md, "PKCS#11").
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <p11-kit/pkcs11.h>

namespace guichet {

// What a PKCS#11 failure means for the person at the desk; mapped once, here.
enum class TokenFault {
    None,
    WrongPin,
    PinLocked,
    PinLength,
    PinExpired,
    Removed,
    NotPresent,
    DeviceError,
    Cancelled,
    ModuleMissing,
    NotLoggedIn,
    Refused,
    Other,
};

TokenFault classifyTokenReturn(CK_RV rv);

class TokenErrors {
    Q_DECLARE_TR_FUNCTIONS(TokenErrors)
public:
    // `what` says what was being done ("changing the PIN"); `triesLeft` comes from the
    // token's flags where it reports them (final try = 1).
    static Error fromReturn(CK_RV rv, const QString& what,
                            std::optional<int> triesLeft = std::nullopt);
    static Error cancelled();
    static Error moduleMissing(const QString& path, const QString& reason);
    static Error refused(const QString& message);
};

} // namespace guichet
