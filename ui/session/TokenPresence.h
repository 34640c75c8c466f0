#pragma once

#include <QString>

namespace guichet {

class Pkcs11Module;

// Whether the operator's token is still in its reader, asked on the session's worker thread
// (the thread that owns the PKCS#11 module). The real source asks the module; a test injects
// its own because a SoftHSM2 token cannot be unplugged (the one fault the real component
// cannot produce).
class TokenPresence {
public:
    virtual ~TokenPresence() = default;
    virtual bool isPresent(const Pkcs11Module& module, const QString& serial) = 0;
};

// C_GetSlotList(tokenPresent) then the serial of each token: a token that went, or came back
// with another serial, is absent. Any error counts as absent: the session fails closed.
class Pkcs11TokenPresence final : public TokenPresence {
public:
    bool isPresent(const Pkcs11Module& module, const QString& serial) override;
};

} // namespace guichet
