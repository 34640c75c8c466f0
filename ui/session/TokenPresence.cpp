#include "session/TokenPresence.h"

#include "token/TokenSession.h"

namespace guichet {

bool Pkcs11TokenPresence::isPresent(const Pkcs11Module& module, const QString& serial)
{
    return TokenSlot::findBySerial(module, serial).ok();
}

} // namespace guichet
