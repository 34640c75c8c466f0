#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QString>

namespace guichet {

// Who asks for a stored SO PIN, and why: using it on the token (unblock, recycle) never shows
// it; showing it needs the supervisor role. Roles come with the operator session; until then
// the caller states the role it holds.
enum class VaultRole { Operator, Supervisor };
enum class VaultPurpose { UseOnToken, ShowToSupervisor };

// The SO PINs Guichet generated, kept encrypted and tied to the token's serial.
class SecretVault {
public:
    virtual ~SecretVault() = default;
    virtual Status store(const QString& tokenSerial, const SecretBytes& secret) = 0;
    virtual Result<SecretBytes> reveal(const QString& tokenSerial, VaultRole role,
                                       VaultPurpose purpose) = 0;
    virtual bool contains(const QString& tokenSerial) = 0;
};

} // namespace guichet
